"""Golden with/without tests for storywatch.facts.subjects: what a figure is about (classify_subject)
and whether it is an old value the sentence only recalls (is_background)."""
import pytest

from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import Figure
from storywatch.facts.subjects import classify_subject, is_background


def one(text: str, lang: str | None = None) -> Figure:
    figs = extract_figures(text, lang)
    assert len(figs) == 1, figs
    return figs[0]


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
    ("Starlink revenue reached $8 billion.", "revenue"),   # issue 24: subjects read from the text
    ("He donated $1 million.", "unrelated"),
    ("A 10% stake.", "stake"),
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
    ("SpaceX runs 6,000 satellites.", "satellites"),
    ("SpaceX has 13,000 employees.", "employees"),
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


# ------------------------------------------------------------------ eval-driven fixes (issue 4)
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
    assert classify_subject(s3, one(s3, "de")) == "inflation rate"   # issue 24: its own subject, not budget


def test_background_cues_d_abord_and_prima_volta():
    s = "L'accord, d'abord évalué à 1,5 milliard de dollars, atteindrait désormais 1,5 milliard d'euros."
    old, new = extract_figures(s, "fr")
    assert is_background(s, old) and not is_background(s, new)
    s2 = ("La notizia, riportata per la prima volta da Bloomberg a gennaio, parlava di un accordo "
          "da 1,5 miliardi di euro.")
    assert is_background(s2, one(s2, "it"))
    s3 = "Il contratto da 1,5 miliardi di euro è stato firmato per la prima volta da un governo europeo."
    assert not is_background(s3, one(s3, "it"))


# ------------------------------------------------------------------ speed (issue 24)
def test_subject_patterns_are_tried_only_where_their_prefixes_start():
    """Subjects scans a sentence for a pattern only at the places the gate saw one of its literal
    prefixes start (``grammar.find_all``): every match a full scan finds is found there, for every
    pattern subjects reads (frames, cues, context cues; each opens with a lookbehind, not \\b), over
    the eval sentences, the seeds and hand-made forms (odd case and spaces, a prefix inside a word,
    a match at either end, characters case folding equates with ASCII ones)."""
    import json
    import re
    from pathlib import Path

    from storywatch.facts import subjects
    from storywatch.facts.grammar import find_all
    from storywatch.facts.sentences import split_sentences

    def patterns(v):
        if isinstance(v, re.Pattern):
            yield v
        elif isinstance(v, (list, tuple)):
            for x in v:
                yield from patterns(x)
    rxs = list(dict.fromkeys(p for v in vars(subjects).values() for p in patterns(v)))
    root = Path(__file__).parents[1]
    texts = [json.loads(x)[k] for f, k in (("real_subjects.jsonl", "sentence"), ("news_sentences.jsonl", "text"),
                                           ("status_sentences.jsonl", "text"))
             for x in (root / "eval" / f).read_text("utf-8").splitlines() if x.strip()]
    seeds = [*(root / "seeds").glob("*.txt"), *(root / "eval" / "stories").glob("*/seeds/*.txt")]
    texts += [s for p in sorted(seeds) for s in split_sentences(p.read_text("utf-8"))]
    texts += ["THE DEATH  TOLL ROSE TO 112", "the death toll rose\tto 112", "overkilled 5; killed 5", "killed",
              "5 people were killed", "$10-a-month", "\u212ailled 3", "prices rose 5% per ſhare", " killed 4 "]
    assert len(rxs) > 100 and len(texts) > 800 and sum(t.isascii() for t in texts) > 500   # ASCII: by places
    matched = 0
    for t in texts:
        for rx in rxs:
            full = [m.span() for m in rx.finditer(t)]
            assert [m.span() for m in find_all(rx, t)] == full, (t, rx.pattern[:80])
            matched += len(full)
    assert matched > 1000
