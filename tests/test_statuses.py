"""Golden with/without tests for storywatch.facts.statuses (extract_statuses): the deal status a sentence
reports, and whether it is negated, hedged or attributed. Each rule has a sentence that must yield the
status and a near-miss that must not."""
from pathlib import Path

import pytest

from storywatch.facts.sentences import split_sentences
from storywatch.facts.statuses import extract_statuses

SEEDS = Path(__file__).parents[1] / "seeds"


def statuses(text: str, **kw) -> list[tuple[str, bool, bool]]:
    return [(m.status, m.negated, m.hedged) for m in extract_statuses(text, **kw)]


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


# ------------------------------------------------------------------ eval-driven fixes (issue 4)
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


def test_triggers_are_tried_only_where_their_prefixes_start_a_word():
    """In an ASCII sentence a trigger is tried only where one of its prefixes starts a word
    (``_AT_WORD``): every match a full scan finds starts at such a place, over the labelled set,
    the seeds and hand-made forms (spaced, upper-case, a prefix inside a word, a trigger at the end)."""
    import json
    import re

    from storywatch.facts import statuses
    rows = [json.loads(x) for x in (Path(__file__).parents[1] / "eval" / "status_sentences.jsonl")
            .read_text("utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in rows] + [s for p in SEEDS.glob("*.txt") for s in split_sentences(p.read_text("utf-8"))]
    texts += ["DEAL  WAS\tSIGNED", "Unsigned papers; the deal was signed", "they resigned, then signed", "signed"]
    assert statuses._AT_WORD is not None
    rxs = [re.compile(p, re.I) for _, p, _ in statuses.L.STATUS_PATTERNS]
    tried = 0
    for t in (t for t in texts if t.isascii()):
        folded = " ".join(t.lower().split())
        places: dict[int, set[int]] = {}
        for m in statuses._AT_WORD.finditer(folded):
            for i in statuses._patterns_for(m.group(1)):
                places.setdefault(i, set()).add(m.start())
        for i, rx in enumerate(rxs):
            starts = {m.start() for m in rx.finditer(t)}
            if folded == t.lower():
                assert starts <= places.get(i, set()), (t, i)
            else:
                assert not starts or i in places, (t, i)
            tried += len(starts)
    assert tried > 100
    from storywatch.facts.grammar import starts_at_boundary
    assert starts_at_boundary(r"(?<!a\s)\bsign\b|\bcafé") and not starts_at_boundary(r"\bsign|inked")
    assert not starts_at_boundary(r"\bba(?:ſ|x)") and not starts_at_boundary(r"\b[İa]")   # they match ASCII 's', 'i'


def test_german_mai_is_a_month_not_a_negator():
    """'mai' negates in Italian ("non è mai stato chiuso"); in German "Mai" is May."""
    [m] = extract_statuses("Im Mai wurde die Strecke wegen des Sturms gesperrt.")
    assert (m.status, m.negated) == ("closed", False)
    [m] = extract_statuses("Il ponte non è mai stato chiuso.")
    assert m.negated
