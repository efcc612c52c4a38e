"""The seed articles (seeds/*.txt) read end to end by the facts stage's readers: which figures, subjects
and statuses each sentence of a real article yields (storywatch.facts.figures, .subjects, .statuses,
split by storywatch.facts.sentences)."""
from pathlib import Path

from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import Figure
from storywatch.facts.sentences import split_sentences
from storywatch.facts.statuses import extract_statuses
from storywatch.facts.subjects import classify_subject, is_background

SEEDS = Path(__file__).parents[1] / "seeds"


def seed(prefix: str) -> list[str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return split_sentences(path.read_text(encoding="utf-8"))


def sentence(sents: list[str], needle: str) -> str:
    (hit,) = [s for s in sents if needle in s]
    return hit


def one(text: str, lang: str | None = None) -> Figure:
    figs = extract_figures(text, lang)
    assert len(figs) == 1, figs
    return figs[0]


def statuses(text: str, **kw) -> list[tuple[str, bool, bool]]:
    return [(m.status, m.negated, m.hedged) for m in extract_statuses(text, **kw)]


# ------------------------------------------------------------------ seed 000
def test_seed000_headline():
    s = sentence(seed("000"), "Italy Explores")
    f = one(s)
    assert (f.kind, f.value, f.unit, f.text, f.precision) == ("money", 1.5e9, "USD", "$1.5 Billion", 1e8)
    assert classify_subject(s, f) == "deal value" and not is_background(s, f)
    assert statuses(s, headline=True) == [("exploring", False, False)]


def test_seed000_body_money_and_talks():
    s = sentence(seed("000"), "for a $1.5 billion deal aimed at")
    f = one(s)
    assert (f.value, f.unit, f.text, f.precision, f.approx) == (1.5e9, "USD", "$1.5 billion", 1e8, None)
    assert classify_subject(s, f) == "deal value"
    (m,) = extract_statuses(s)
    assert (m.status, m.text, m.negated, m.hedged, m.attribution) == \
        ("negotiating", "in discussions", False, False, "reportedly")


def test_seed000_negotiations_progress_not_hedged():
    s = sentence(seed("000"), "As negotiations progress")
    assert statuses(s) == [("negotiating", False, False)]


def test_seed000_finalized_deal_is_hedged():
    s = sentence(seed("000"), "Any finalized deal would likely require approval")
    assert statuses(s) == [("signed", False, True)]


def test_seed000_only_two_figures_and_no_firm_progress():
    sents = seed("000")
    figs = [f for s in sents for f in extract_figures(s)]
    assert [(f.kind, f.value, f.unit) for f in figs] == [("money", 1.5e9, "USD")] * 2
    plain = {m.status for i, s in enumerate(sents) for m in extract_statuses(s, headline=i < 2)
             if not (m.negated or m.hedged)}
    assert plain == {"exploring", "negotiating"}


def test_seed000_declined_to_comment_is_not_denied():
    s = sentence(seed("000"), "declined to comment")
    assert "denied" not in {m.status for m in extract_statuses(s)}
    assert extract_statuses("Both parties have declined to comment officially.") == []


# ------------------------------------------------------------------ seed 002
def test_seed002_conversion_is_one_figure():
    s = sentence(seed("002"), "roughly equating to")
    f = one(s)
    assert (f.kind, f.value, f.unit, f.alt_value, f.alt_unit, f.approx) == \
        ("money", 1.5e9, "EUR", 1.55e9, "USD", None)
    assert f.text == "1.5 billion euros, roughly equating to $1.55 billion"
    assert classify_subject(s, f) == "deal value" and not is_background(s, f)


def test_seed002_parenthesised_conversion():
    s = sentence(seed("002"), "(about $1.55 billion)")
    f = one(s)
    assert (f.value, f.unit, f.approx, f.alt_value, f.alt_unit) == (1.5e9, "EUR", "approximately", 1.55e9, "USD")
    assert f.text == "1.5 billion euros (about $1.55 billion)"
    assert classify_subject(s, f) == "deal value"


def test_seed002_financial_commitment_is_deal_value_not_budget():
    s = sentence(seed("002"), "financial commitment of 1.5 billion euros")
    f = one(s)
    assert (f.value, f.unit, f.alt_value) == (1.5e9, "EUR", None)
    assert classify_subject(s, f) == "deal value"


def test_seed002_list_markers_are_not_figures():
    sents = seed("002")
    items = [s for s in sents if s[:3] in ("1. ", "2. ", "3. ")]
    assert [s[:6] for s in items] == ["1. **S", "2. **I", "3. **R"]
    assert all(extract_figures(s) == [] for s in items)


def test_seed002_author_bio_is_unrelated():
    s = sentence(seed("002"), "over a decade")
    figs = extract_figures(s)
    assert [(f.kind, f.value, f.unit, f.approx) for f in figs] == [("duration", 10.0, "years", "over")]
    assert classify_subject(s, figs[0]) == "unrelated"
    assert extract_figures(sentence(seed("002"), "Master’s degree")) == figs


def test_seed002_all_money_is_the_same_deal():
    sents = seed("002")
    money = [(f.value, f.unit, classify_subject(s, f)) for s in sents for f in extract_figures(s) if f.kind == "money"]
    assert money == [(1.5e9, "EUR", "deal value")] * 3
    assert not [f for s in sents for f in extract_figures(s) if f.kind in ("count", "percent")]


def test_seed002_statuses():
    sents = seed("002")
    assert statuses(sentence(sents, "Italy Eyes SpaceX"), headline=True) == [("exploring", False, False)]
    assert extract_statuses(sentence(sents, "Italy Partners with SpaceX"), headline=True) == []
    assert extract_statuses(sentence(sents, "the outcome may pave the way")) == []
    (m,) = extract_statuses(sentence(sents, "advancing negotiations"))
    assert (m.status, m.attribution) == ("negotiating", "reportedly")
    assert statuses(sentence(sents, "As these talks continue")) == [("negotiating", False, False)]
    assert statuses(sentence(sents, "actively pursuing partnerships")) == [("exploring", False, False)]
    plain = {m.status for s in sents for m in extract_statuses(s) if not (m.negated or m.hedged)}
    assert plain == {"exploring", "negotiating"}  # hype ("Partners with") never becomes agreed/signed
