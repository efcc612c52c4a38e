"""Golden with/without tests for storywatch.facts.figures: each rule has a sentence that must yield
the figure/status and a near-miss that must not."""
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.facts.figures import (
    STATUSES, SUBJECTS, Figure, StatusMention, classify_subject, detect_language, extract_figures,
    extract_statuses, is_background, split_sentences,
)

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


# ------------------------------------------------------------------ interface
def test_vocabularies():
    assert STATUSES == ("exploring", "negotiating", "agreed", "signed", "stalled", "cancelled", "denied")
    assert {"deal value", "deal duration", "company valuation", "budget", "unrelated"} <= set(SUBJECTS)


def test_dataclasses_are_frozen():
    f = one("A $2 million deal.")
    with pytest.raises(FrozenInstanceError):
        f.value = 1.0  # type: ignore[misc]
    m = extract_statuses("Italy is in talks with SpaceX.")[0]
    assert isinstance(m, StatusMention)
    with pytest.raises(FrozenInstanceError):
        m.status = "signed"  # type: ignore[misc]


def test_offsets_point_at_text():
    s = "Italy is weighing a €1.5bn ($1.6bn) deal with SpaceX, sources say."
    for f in extract_figures(s):
        assert s[f.start:f.end] == f.text
    for m in extract_statuses(s):
        assert s[m.start:m.end] == m.text


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


# ------------------------------------------------------------------ money grammar
MONEY = [
    ("Italy would pay $1.5 billion.", 1.5e9, "USD", "$1.5 billion"),
    ("A US$1.5bn contract.", 1.5e9, "USD", "US$1.5bn"),
    ("The €1.5bn deal.", 1.5e9, "EUR", "€1.5bn"),
    ("A deal worth EUR 1.5 billion.", 1.5e9, "EUR", "EUR 1.5 billion"),
    ("A deal worth 1.5 billion euros.", 1.5e9, "EUR", "1.5 billion euros"),
    ("L'accordo vale 1,5 miliardi di euro.", 1.5e9, "EUR", "1,5 miliardi di euro"),
    ("Un contrat de 1,5 milliard d'euros.", 1.5e9, "EUR", "1,5 milliard d'euros"),
    ("Ein Vertrag über 1,5 Milliarden Euro.", 1.5e9, "EUR", "1,5 Milliarden Euro"),
    ("Un contrato de 1.500 millones de euros.", 1.5e9, "EUR", "1.500 millones de euros"),
    ("It costs £300m.", 3e8, "GBP", "£300m"),
    ("It costs 300 million pounds.", 3e8, "GBP", "300 million pounds"),
    ("A ¥10 billion loan.", 1e10, "JPY", "¥10 billion"),
    ("A CHF 2 million fee.", 2e6, "CHF", "CHF 2 million"),
    ("A 1.5 billion dollars deal.", 1.5e9, "USD", "1.5 billion dollars"),
    ("It is worth $1.55bn.", 1.55e9, "USD", "$1.55bn"),
    ("Ein Auftrag über 1,5 Mrd. Euro.", 1.5e9, "EUR", "1,5 Mrd. Euro"),
    ("Un contrat de 300 M€.", 3e8, "EUR", "300 M€"),
    ("A $10k fee.", 1e4, "USD", "$10k"),
    ("The $2 trillion plan.", 2e12, "USD", "$2 trillion"),
    ("Un accordo da 500 mila euro.", 5e5, "EUR", "500 mila euro"),
    ("A 1.5-billion-euro contract.", 1.5e9, "EUR", "1.5-billion-euro"),
    ("A $1.5-billion deal.", 1.5e9, "USD", "$1.5-billion"),
]


@pytest.mark.parametrize("text,value,unit,surface", MONEY)
def test_money_forms(text, value, unit, surface):
    f = one(text)
    assert (f.kind, f.value, f.unit, f.text) == ("money", value, unit, surface)
    assert text[f.start:f.end] == surface


NOT_MONEY = [
    "In 2024 the deal was discussed.", "Since 1999 SpaceX has grown.", "Call +39 06 1234 5678 now.",
    "The Boeing 737 jets were grounded.", "Covid-19 patients were treated.", "The G7 summit met.",
    "5G networks and 4K screens.", "The top 10 companies.", "It weighs 300 pounds.",
    "He came 1st in the 1990s.", "On 15 January 2024 the talks began.", "Section 230 protections apply.",
    "A Falcon 9 rocket launched.", "Its 2024-2025 plan.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_never_figures(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize("text,lang,value", [
    ("1,500 euros", "en", 1500.0), ("1,500 euro", "it", 1.5), ("1.500 euro", "it", 1500.0),
    ("1.500 euros", "en", 1.5), ("1,5 miliardi di euro", "en", 1.5e9), ("12.500 euro", "de", 12500.0),
    ("1.234.567 euro", "it", 1234567.0), ("1,234,567.89 dollars", "en", 1234567.89),
    ("1.234,5 euro", "en", 1234.5), ("1 500 000 euros", "fr", 1.5e6),
])
def test_decimal_separators_by_language(text, lang, value):
    assert one(text, lang).value == pytest.approx(value)


def test_language_guess_decides_ambiguous_separators():
    assert one("Il costo è di 1.500 euro per il contratto.").value == 1500.0
    assert one("The contract costs 1,500 euros.").value == 1500.0


@pytest.mark.parametrize("text,precision", [
    ("$1.5 billion", 1e8), ("$1.55bn", 1e7), ("$2 million", 1e6), ("40% of it", 1.0),
    ("12.5% of it", 0.1), ("1,5 miliardi di euro", 1e8), ("half a billion euros", 5e8),
])
def test_precision(text, precision):
    assert one(text).precision == pytest.approx(precision)


@pytest.mark.parametrize("text,approx", [
    ("about $1.5 billion", "about"), ("Roughly $1.5 billion", "roughly"),
    ("approximately 1.5 billion euros", "approximately"), ("nearly $2bn", "nearly"),
    ("more than $1bn", "more than"), ("up to €2bn", "up to"), ("some $1.5 billion", "some"),
    ("circa 1,5 miliardi di euro", "circa"), ("oltre 1,5 miliardi di euro", "oltre"),
    ("environ 1,5 milliard d'euros", "environ"), ("rund 1,5 Milliarden Euro", "rund"),
    ("etwa 2 Millionen Euro", "etwa"), ("unos 1.500 millones de euros", "unos"),
    ("cerca de 2 millones de euros", "cerca de"), ("$1.5 billion", None),
])
def test_approx_qualifiers(text, approx):
    assert one(text).approx == approx


# ------------------------------------------------------------------ conversions
@pytest.mark.parametrize("text,surface,alt", [
    ("1.5 billion euros (about $1.55 billion)", "1.5 billion euros (about $1.55 billion)", 1.55e9),
    ("1.5 billion euros, roughly equating to $1.55 billion", None, 1.55e9),
    ("a €1.5bn ($1.6bn) deal", "€1.5bn ($1.6bn)", 1.6e9),
    ("1.5 billion euros, or about $1.55 billion", None, 1.55e9),
    ("1,5 miliardi di euro (circa 1,6 miliardi di dollari)", None, 1.6e9),
])
def test_conversion_is_one_figure(text, surface, alt):
    f = one(text)
    assert (f.unit, f.value, f.alt_value, f.alt_unit) == ("EUR", 1.5e9, alt, "USD")
    assert f.text == (surface or text)
    assert f.approx is None  # "about" belongs to the conversion


@pytest.mark.parametrize("text", [
    "€1.5bn, up from €1bn", "€1.5bn and $2bn were discussed", "a €1.5bn deal; $2bn for launches",
])
def test_not_a_conversion(text):
    figs = extract_figures(text)
    assert len(figs) == 2 and all(f.alt_value is None for f in figs)


# ------------------------------------------------------------------ ranges
@pytest.mark.parametrize("text,low,high,unit", [
    ("a 1–1.5 billion euros deal", 1e9, 1.5e9, "EUR"),
    ("between $1bn and $1.5bn", 1e9, 1.5e9, "USD"),
    ("un accordo da 1-1.5 miliardi", 1e9, 1.5e9, "EUR"),
    ("$1-1.5 billion", 1e9, 1.5e9, "USD"),
    ("tra 1 e 1,5 miliardi di euro", 1e9, 1.5e9, "EUR"),
    ("a 10-15% stake", 10.0, 15.0, "%"),
    ("for 2 to 3 years", 2.0, 3.0, "years"),
])
def test_ranges(text, low, high, unit):
    f = one(text)
    assert (f.value, f.value_high, f.unit) == (low, high, unit)


def test_change_is_not_a_range():
    s = "The deal was raised from €1bn to €1.5bn."
    figs = extract_figures(s)
    assert [(f.value, f.value_high) for f in figs] == [(1e9, None), (1.5e9, None)]
    assert [is_background(s, f) for f in figs] == [True, False]


def test_and_without_between_is_two_figures():
    figs = extract_figures("Italy pays $1bn and SpaceX $2bn.")
    assert [(f.value, f.value_high) for f in figs] == [(1e9, None), (2e9, None)]


def test_inferred_euro_is_flagged():
    f = one("L'accordo da 1,5 miliardi.")
    assert (f.unit, f.unit_inferred) == ("EUR", True)
    assert one("L'accordo da 1,5 miliardi di euro.").unit_inferred is False
    assert one("1,5 miliardi di persone").kind == "count"  # a counted noun, not money


# ------------------------------------------------------------------ written numbers
@pytest.mark.parametrize("text,value,unit", [
    ("one and a half billion dollars", 1.5e9, "USD"), ("a billion dollars", 1e9, "USD"),
    ("half a billion euros", 5e8, "EUR"), ("un miliardo e mezzo di euro", 1.5e9, "EUR"),
    ("two million dollars", 2e6, "USD"), ("deux milliards d'euros", 2e9, "EUR"),
    ("mil millones de dólares", 1e9, "USD"), ("eine halbe Milliarde Euro", 5e8, "EUR"),
])
def test_written_numbers(text, value, unit):
    f = one(text)
    assert (f.kind, f.value, f.unit) == ("money", value, unit)


def test_written_numbers_only_in_their_language():
    assert extract_figures("Payments are due dates away.") == []          # "due" is Italian for 2
    assert one("Sono stati lanciati due satelliti.").value == 2.0


# ------------------------------------------------------------------ sanity
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 .,-–$€%()abmkn'") + [
    "billion", "miliardi", "euros", " between ", " and ", "year", "satellites", "half", "one", " to ",
    "about ", "signed", "not ", "talks", "denied", "deal"]), max_size=40).map("".join))
def test_any_text_gives_consistent_figures(text):
    for f in extract_figures(text):
        assert text[f.start:f.end] == f.text
        assert 0 <= f.value <= 1e15 and f.precision > 0
        assert f.value_high is None or f.value_high > f.value
        assert classify_subject(text, f) in SUBJECTS
    for m in extract_statuses(text):
        assert m.status in STATUSES and text[m.start:m.end] == m.text


def test_no_negative_or_absurd_values():
    assert extract_figures("Shares fell (-5%) today.") == []
    assert extract_figures("A $5,000,000 trillion fantasy.") == []


# ------------------------------------------------------------------ percent
@pytest.mark.parametrize("text,value", [
    ("12%", 12.0), ("12 percent", 12.0), ("12 per cent", 12.0), ("12 per cento", 12.0),
    ("12,5 %", 12.5), ("12,5 pour cent", 12.5), ("12 Prozent", 12.0), ("12 por ciento", 12.0),
])
def test_percent(text, value):
    f = one(f"Growth of {text} this year")
    assert (f.kind, f.value, f.unit) == ("percent", value, "%")


def test_percentage_points_are_not_percent():
    assert extract_figures("Rates rose 2 percentage points.") == []


# ------------------------------------------------------------------ duration
@pytest.mark.parametrize("text,value,unit", [
    ("a five-year deal", 5.0, "years"), ("a 5-year contract", 5.0, "years"),
    ("the contract runs for five years", 5.0, "years"), ("l'accordo dura per cinque anni", 5.0, "years"),
    ("a 10-year contract", 10.0, "years"), ("within 18 months", 18.0, "months"),
    ("a decade-long deal", 10.0, "years"), ("two decades", 20.0, "years"), ("for 6 weeks", 6.0, "weeks"),
    ("un contrat de trois ans", 3.0, "years"), ("ein Vertrag über zehn Jahre", 10.0, "years"),
    ("A DECADE of talks", 10.0, "years"), ("per un decennio", 10.0, "years"), ("pendant une DÉCENNIE", 10.0, "years"),
    ("für ein Jahrzehnt", 10.0, "years"), ("durante una década", 10.0, "years"), ("for one Decade", 10.0, "years"),
])
def test_duration(text, value, unit):
    f = one(text)
    assert (f.kind, f.value, f.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text", [
    "a 5-year-old child", "two years ago the talks began", "SpaceX could one day rival them",
    "cinque anni fa", "il y a trois ans",
])
def test_not_duration(text):
    assert extract_figures(text) == []


# ------------------------------------------------------------------ count
@pytest.mark.parametrize("text,value,thing", [
    ("SpaceX runs 6,000 satellites", 6000.0, "satellites"), ("it hired 1,000 employees", 1000.0, "employees"),
    ("two satellites were launched", 2.0, "satellites"), ("6,000 Starlink satellites", 6000.0, "satellites"),
    ("1.5 million users", 1.5e6, "users"), ("SpaceX ha 6.000 satelliti in orbita", 6000.0, "satelliti"),
])
def test_count(text, value, thing):
    f = one(text)
    assert (f.kind, f.value, f.unit, f.thing) == ("count", value, "count", thing)


@pytest.mark.parametrize("text", [
    "in 2024 satellites were launched", "the Boeing 737 jets", "the Top 10 companies",
    "1. Satellites matter", "it is 300 km away", "on 15 January", "one satellite",
])
def test_not_count(text):
    assert [f for f in extract_figures(text) if f.kind == "count"] == []


# ------------------------------------------------------------------ subjects
@pytest.mark.parametrize("text,subject", [
    ("Italy is in talks over a €1.5bn contract.", "deal value"),
    ("A deal worth $1.5 billion.", "deal value"),
    ("L'accordo vale 1,5 miliardi di euro.", "deal value"),
    ("SpaceX was valued at $350 billion.", "company valuation"),
    ("The company's valuation reached $350bn.", "company valuation"),
    ("SpaceX's market cap is $400bn.", "company valuation"),
    ("Italy's budget deficit of €20 billion.", "budget"),
    ("The deficit is 3% of GDP.", "budget"),
    ("Starlink revenue reached $8 billion.", "unrelated"),
    ("He donated $1 million.", "unrelated"),
    ("A 10% stake.", "unrelated"),
])
def test_subject_money_percent(text, subject):
    assert classify_subject(text, one(text)) == subject


def test_valuation_and_deal_in_one_sentence():
    s = "SpaceX, valued at $350 billion, is in talks over a €1.5bn deal."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["company valuation", "deal value"]


@pytest.mark.parametrize("text,subject", [
    ("A five-year contract with SpaceX.", "deal duration"),
    ("Caleb has spent over a decade in fintech.", "unrelated"),
    ("After two years of talks, Italy moved on.", "unrelated"),
    ("SpaceX runs 6,000 satellites.", "satellite count"),
    ("SpaceX has 13,000 employees.", "unrelated"),
])
def test_subject_duration_count(text, subject):
    assert classify_subject(text, one(text)) == subject


# ------------------------------------------------------------------ background
@pytest.mark.parametrize("text,index,expected", [
    ("The €1.5 billion deal first reported in January is now worth €2 billion.", 0, True),
    ("The €1.5 billion deal first reported in January is now worth €2 billion.", 1, False),
    ("The deal was originally worth €1bn.", 0, True),
    ("Initially valued at €1bn, the deal is now worth €1.5bn.", 0, True),
    ("Initially valued at €1bn, the deal is now worth €1.5bn.", 1, False),
    ("The deal, previously reported at €1bn, grew.", 0, True),
    ("The deal was first valued at €1bn.", 0, True),
    ("L'accordo, inizialmente da 1 miliardo di euro, vale ora 1,5 miliardi di euro.", 0, True),
    ("The deal is worth €2bn, up from €1.5bn.", 1, True),
    ("The deal is worth €2bn, up from €1.5bn.", 0, False),
    ("The €1.5bn deal, first reported by Bloomberg, is advancing.", 0, False),
    ("The €1.5bn figure, first reported by Bloomberg in January, was later revised to €2bn.", 0, True),
    ("SpaceX was valued at $350 billion.", 0, False),
    ("Italy would pay €1.5bn for the deal.", 0, False),
])
def test_background(text, index, expected):
    assert is_background(text, extract_figures(text)[index]) is expected


# ------------------------------------------------------------------ statuses
STATUS_WITH = [
    ("Italy is exploring a deal with SpaceX.", "exploring"),
    ("Italy is considering a contract with SpaceX.", "exploring"),
    ("Italy eyes SpaceX for secure communications.", "exploring"),
    ("L'Italia sta valutando l'accordo con SpaceX.", "exploring"),
    ("Italy is in talks with SpaceX.", "negotiating"),
    ("Talks continue between Rome and SpaceX.", "negotiating"),
    ("L'Italia è in trattativa con SpaceX.", "negotiating"),
    ("La France est en négociation avec SpaceX.", "negotiating"),
    ("Deutschland verhandelt mit SpaceX.", "negotiating"),
    ("España está en negociaciones con SpaceX.", "negotiating"),
    ("Italy and SpaceX reached an agreement on the deal.", "agreed"),
    ("Accordo raggiunto tra Roma e SpaceX.", "agreed"),
    ("Italy signed the contract with SpaceX.", "signed"),
    ("Italy inked the deal on Monday.", "signed"),
    ("Il contratto è stato firmato.", "signed"),
    ("Der Vertrag wurde unterzeichnet.", "signed"),
    ("El contrato fue firmado.", "signed"),
    ("Le contrat a été signé.", "signed"),
    ("The talks have stalled.", "stalled"),
    ("The deal is on hold.", "stalled"),
    ("Le trattative sono in stallo.", "stalled"),
    ("Die Gespräche sind ins Stocken geraten.", "stalled"),
    ("The negotiations have hit a snag.", "stalled"),
    ("Italy halts talks with SpaceX.", "stalled"),
    ("Italy scrapped the SpaceX deal.", "cancelled"),
    ("The contract was called off.", "cancelled"),
    ("Il contratto con SpaceX è saltato.", "cancelled"),
    ("The government denied reports of a deal.", "denied"),
    ("Palazzo Chigi smentisce l'accordo con SpaceX.", "denied"),
    ("There are no talks with SpaceX.", "denied"),
]


@pytest.mark.parametrize("text,status", STATUS_WITH)
def test_status_with(text, status):
    assert statuses(text) == [(status, False, False)]


@pytest.mark.parametrize("text", [
    "Italy Partners with SpaceX: A New Era in Government Communications",
    "Both parties have declined to comment officially.",
    "The outcome may pave the way for a new standard.",
    "He enjoys exploring the latest advancements in artificial intelligence.",
    "Visit SpaceX to explore the latest strategies.",
    "In the eyes of regulators, the plan is risky.",
    "Analysts agreed that Musk is unpredictable.",
    "He was denied a visa.",
    "The potential agreement could mark a significant step.",
    "It is a sign of the times.",
])
def test_status_without(text):
    assert extract_statuses(text, headline=text.startswith("Italy Partners")) == []


@pytest.mark.parametrize("text,status", [
    ("No contract has been signed.", "signed"), ("Italy has not signed the contract.", "signed"),
    ("The deal has not yet been signed.", "signed"), ("Il contratto non è stato firmato.", "signed"),
    ("Nessun contratto è stato firmato con SpaceX.", "signed"), ("Italy n'a pas signé le contrat.", "signed"),
    ("SpaceX did not deny the reports.", "denied"), ("Italy has yet to sign the deal.", "signed"),
])
def test_negation(text, status):
    assert statuses(text) == [(status, True, False)]


def test_denial_negates_what_it_denies():
    assert statuses("The government denied that a contract was signed.") == \
        [("denied", False, False), ("signed", True, False)]
    # ... but only inside its clause
    assert statuses("Meloni's office denied that an agreement had been signed, saying talks were ongoing.") == \
        [("denied", False, False), ("signed", True, False), ("negotiating", False, False)]


def test_negated_status_keeps_the_talks():
    s = "Palazzo Chigi said that no contract had been signed and that talks with SpaceX were continuing."
    assert statuses(s) == [("signed", True, False), ("negotiating", False, False)]
    assert extract_statuses(s)[0].attribution == "Palazzo Chigi said"


@pytest.mark.parametrize("text,status", [
    ("Italy would sign the deal next month.", "signed"), ("The deal could be signed next week.", "signed"),
    ("Italy may sign the contract.", "signed"), ("The deal, if signed, would be Europe's largest.", "signed"),
    ("Italy is expected to sign the deal.", "signed"), ("Any finalized deal would likely require approval.", "signed"),
    ("A potential agreement might be reached.", "agreed"), ("Il contratto potrebbe essere firmato.", "signed"),
    ("Is a major deal in the works?", "negotiating"),
])
def test_hedging(text, status):
    assert statuses(text) == [(status, False, True)]


@pytest.mark.parametrize("text,attribution", [
    ("Sources say Italy is in talks with SpaceX.", "sources say"),
    ("According to Bloomberg, Italy is in talks with SpaceX.", "according to Bloomberg"),
    ("Italy is reportedly in talks with SpaceX.", "reportedly"),
    ("The government denied reports of a deal.", "the government"),
    ("Secondo fonti di governo, l'Italia è in trattativa con SpaceX.", "secondo fonti di governo"),
    ("Italy is not in talks with SpaceX, the minister said.", "the minister said"),
    ("Italy is in talks with SpaceX.", None),
])
def test_attribution(text, attribution):
    assert extract_statuses(text)[0].attribution == attribution


def test_question_hedges_only_its_own_part():
    assert statuses("Italy Eyes SpaceX for Secure Communication! Is a Major Deal in the Works?", headline=True) == \
        [("exploring", False, False), ("negotiating", False, True)]


def test_weak_noun_yields_to_a_real_status():
    assert statuses("After months of negotiations, Italy signed the deal.") == [("signed", False, False)]
    assert statuses("The talks collapsed last week.") == [("cancelled", False, False)]
    assert statuses("Officials familiar with the talks spoke.") == [("negotiating", False, False)]


def test_headline_relaxes_context():
    assert statuses("Italy, SpaceX Sign Up", headline=True) == [("signed", False, False)]
    assert statuses("Italy, SpaceX Sign Up") == []


# ------------------------------------------------------------------ sentences
def test_split_keeps_abbreviations_and_decimals():
    text = ("Mr. Rossi met the U.S. team on Monday. The $1.5 bn deal, e.g. the encryption part, "
            "is No. 1 for Italy. Really? Yes! Dr. A. Smith said so.")
    assert split_sentences(text) == [
        "Mr. Rossi met the U.S. team on Monday.",
        "The $1.5 bn deal, e.g. the encryption part, is No. 1 for Italy.",
        "Really?", "Yes!", "Dr. A. Smith said so."]


def test_split_markdown_blocks():
    text = "### Pros\n- **Security**: Better. More text\n1. **Item**: The goal.\nwrapped\ncontinues here."
    assert split_sentences(text) == [
        "### Pros", "- **Security**: Better.", "More text", "1. **Item**: The goal.", "wrapped continues here."]


def test_split_other_languages():
    assert split_sentences("Il Sig. Rossi ha firmato. L'accordo vale 1,5 mld. di euro.", "it") == \
        ["Il Sig. Rossi ha firmato.", "L'accordo vale 1,5 mld. di euro."]
    assert split_sentences("Es geht um 1,5 Mrd. Euro. Der Vertrag steht.", "de") == \
        ["Es geht um 1,5 Mrd. Euro.", "Der Vertrag steht."]


@pytest.mark.parametrize("text,lang", [
    ("Italy is in talks with SpaceX over the deal.", "en"),
    ("L'Italia è in trattativa con SpaceX per il contratto della difesa.", "it"),
    ("La France est en négociation avec SpaceX pour le contrat.", "fr"),
    ("Deutschland verhandelt mit SpaceX über einen Vertrag für die Regierung.", "de"),
    ("España está en negociaciones con SpaceX para el contrato del gobierno.", "es"),
    ("SpaceX", "en"), ("", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


# ------------------------------------------------------------------ eval-driven fixes (issue 4)
def test_lettered_dollar_prefix_lowercase_and_spaced():
    f = one("the price of the second simulator ranges between c $ 16.4 million")
    assert (f.value, f.unit, f.text) == (16.4e6, "CAD", "c $ 16.4 million")
    assert one("exports rose to hk $ 10.05 billion .").unit == "HKD"
    assert one("A $5 million grant.").unit == "USD"            # the article "A" is no prefix


def test_named_currencies_with_nationality():
    figs = extract_figures("It costs you 10 us dollar and me 100 chinese yuan.", "en")
    assert [(f.value, f.unit) for f in figs] == [(10, "USD"), (100, "CNY")]
    assert one("deposits: 10 turkish lira").unit == "TRY"
    assert extract_figures("The lira fell 10 points.", "en") == []


def test_negative_polarity_any_is_not_a_hedge_under_negation():
    assert statuses("Meloni's office denied that any contract had been signed with SpaceX.") == \
        [("denied", False, False), ("signed", True, False)]
    assert statuses("Any contract signed with SpaceX would need parliament's approval.") == \
        [("signed", False, True)]


def test_spanish_se_is_not_a_hedge_but_italian_se_is():
    assert statuses("Todavía no se ha firmado ningún contrato.", lang="es") == [("signed", True, False)]
    assert statuses("Resta da capire se il contratto sarà firmato.", lang="it") == [("signed", False, True)]


def test_german_denial_reaches_past_the_comma_before_dass():
    assert statuses("Die Regierung dementierte, dass ein Vertrag unterzeichnet worden sei.", lang="de") == \
        [("denied", False, False), ("signed", True, False)]
    assert statuses("Die Regierung dementierte, der Vertrag wurde aber unterzeichnet.", lang="de") == \
        [("denied", False, False), ("signed", False, False)]


def test_offer_and_operation_give_status_context():
    assert statuses("Il governo sta valutando l'offerta di SpaceX.", lang="it") == [("exploring", False, False)]
    assert statuses("Die italienische Regierung prüft das Angebot von SpaceX.", lang="de") == \
        [("exploring", False, False)]
    assert statuses("Il governo sta valutando le opzioni.", lang="it") == []


def test_new_break_words():
    assert statuses("Die Verhandlungen wurden abgebrochen.", lang="de") == [("cancelled", False, False)]
    assert statuses("L'ipotesi di un accordo con SpaceX è stata accantonata.", lang="it") == \
        [("stalled", False, False)]


def test_budget_noun_before_worth_cue():
    s = "La manovra vale circa 30 miliardi di euro."
    assert classify_subject(s, one(s, "it")) == "budget"
    s2 = "SpaceX vale oggi circa 350 miliardi di dollari."
    assert classify_subject(s2, one(s2, "it")) == "company valuation"


def test_german_bewertet_and_haushalt_compounds():
    s = "SpaceX wird mit rund 350 Milliarden Dollar bewertet."
    assert classify_subject(s, one(s, "de")) == "company valuation"
    s2 = "Italiens Haushaltsdefizit soll auf 3,3 Prozent sinken."
    assert classify_subject(s2, one(s2, "de")) == "budget"
    s3 = "Die Inflation soll auf 3,3 Prozent sinken."
    assert classify_subject(s3, one(s3, "de")) == "unrelated"


def test_background_cues_d_abord_and_prima_volta():
    s = "L'accord, d'abord évalué à 1,5 milliard de dollars, atteindrait désormais 1,5 milliard d'euros."
    old, new = extract_figures(s, "fr")
    assert is_background(s, old) and not is_background(s, new)
    s2 = ("La notizia, riportata per la prima volta da Bloomberg a gennaio, parlava di un accordo "
          "da 1,5 miliardi di euro.")
    assert is_background(s2, one(s2, "it"))
    s3 = "Il contratto da 1,5 miliardi di euro è stato firmato per la prima volta da un governo europeo."
    assert not is_background(s3, one(s3, "it"))


def test_parse_price():
    from storywatch.facts.figures import parse_price
    assert parse_price("CHF 1'049,95") == (1049.95, "CHF")
    assert parse_price("34.992001", "GBP") == (34.992001, "GBP")
    assert parse_price("1.144.000") == (1144000, None)
    assert parse_price("Free shipping") == (None, None)


def test_negative_pronoun_negates_a_status():
    # with: "nothing has been signed" (a real outlet's wording, tests/fixtures/coverage) is not signed
    (m,) = [x for x in extract_statuses("The talks are reportedly still under way and nothing has been signed.")
            if x.status == "signed"]
    assert m.negated
    # without: a plain statement stays signed
    (p,) = [x for x in extract_statuses("Italy and SpaceX have signed the contract.") if x.status == "signed"]
    assert not p.negated


def test_status_prefilter_never_hides_a_trigger():
    """The literal prefilter in statuses.py must pass every sentence a trigger regex matches: checked
    over our labelled set, the seeds and hand-made forms (Italian, spaced, upper-case)."""
    import json
    import re

    from storywatch.facts import statuses
    rows = [json.loads(x) for x in (Path(__file__).parents[1] / "eval" / "news_sentences.jsonl")
            .read_text("utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in rows] + [s for p in SEEDS.glob("*.txt") for s in split_sentences(p.read_text("utf-8"))]
    texts += ["IN   ADVANCED\tTALKS", "è in  trattativa", "Talks  are\ncontinuing", "deal was reached"]
    rxs = [re.compile(p, re.I) for _, p, _ in statuses.L.STATUS_PATTERNS]
    matched = [t for t in texts if any(rx.search(t) for rx in rxs)]
    assert len(matched) > 90
    for t in matched:
        assert statuses._PREFILTER.search(" ".join(t.lower().split())), t
    # and it does filter: a sentence with no trigger is ruled out before the regexes run
    assert not statuses._PREFILTER.search("the weather in rome was mild on tuesday")
    # each pattern that matches a sentence is among those its prefixes select there
    assert not statuses._ALWAYS
    selected = 0
    for t in texts:
        folded = " ".join(t.lower().split())
        wanted = set().union(*(statuses._patterns_for(m.group(1)) for m in statuses._PREFIX_AT.finditer(folded)))
        hits = {i for i, rx in enumerate(rxs) if rx.search(t)}
        assert hits <= wanted, (t, hits - wanted)
        selected += len(wanted)
    assert selected < len(texts) * len(rxs) / 4        # and most patterns are skipped
