"""Golden with/without tests for storywatch.facts.figures (extract_figures, parse_price): money,
percent, duration and count figures, ranges, conversions and written numbers. Each rule has a sentence
that must yield the figure and a near-miss that must not. The money grammar's wider forms (CLDR
currencies, minor units, price strings) are in tests/test_money.py; the facts records and vocabularies
shared by figures, subjects and statuses are checked here too."""
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import Figure
from storywatch.facts.statuses import LIFECYCLES, STATUSES, StatusMention, extract_statuses
from storywatch.facts.subjects import SUBJECTS, classify_subject, is_background


def one(text: str, lang: str | None = None) -> Figure:
    figs = extract_figures(text, lang)
    assert len(figs) == 1, figs
    return figs[0]


# ------------------------------------------------------------------ interface
def test_vocabularies():
    deal = ("exploring", "negotiating", "agreed", "signed", "stalled", "cancelled", "denied")
    assert LIFECYCLES["deal"] == deal and STATUSES[:len(deal)] == deal
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


@pytest.mark.parametrize("text,lang,value,thing", [
    ("I 450 passeggeri sono salvi.", "it", 450.0, "passeggeri"),     # the article, not a model "I 450"
    ("A 300 vecinos se les pidió salir.", "es", 300.0, "vecinos"),
])
def test_a_one_letter_word_opening_a_sentence_is_no_model_name(text, lang, value, thing):
    assert [(f.value, f.thing) for f in extract_figures(text, lang) if f.kind == "count"] == [(value, thing)]


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


def test_parse_price():
    from storywatch.facts.figures import parse_price
    assert parse_price("CHF 1'049,95") == (1049.95, "CHF")
    assert parse_price("34.992001", "GBP") == (34.992001, "GBP")
    assert parse_price("1.144.000") == (1144000, None)
    assert parse_price("Free shipping") == (None, None)


# ------------------------------------------------------------------ issue 24: measures, tallies, qualifiers
@pytest.mark.parametrize("text,value", [
    ("A magnitude 6.8 earthquake struck.", 6.8), ("A magnitude-6.8 quake hit.", 6.8),
    ("A 6.8-magnitude quake hit.", 6.8), ("It measured 6.8 on the Richter scale.", 6.8),
    ("Una scossa di magnitudo 6,8.", 6.8), ("Ein Beben der Stärke 6,8.", 6.8),
    ("Un séisme de magnitude 6,8.", 6.8), ("Un sismo de magnitud 7.", 7.0),
])
def test_unitless_measures(text, value):
    f = one(text)
    assert (f.kind, f.value, f.unit) == ("measure", value, "magnitude")
    assert text[f.start:f.end] == f.text


def test_magnitude_words_without_a_number_are_nothing():
    assert extract_figures("The magnitude of the task is clear.") == []


@pytest.mark.parametrize("text,value,approx", [
    ("The death toll rose to at least 112.", 112.0, "at least"),
    ("Il bilancio delle vittime è salito a 38.", 38.0, None),
    ("Die Zahl der Todesopfer stieg auf mindestens 112.", 112.0, "mindestens"),
    ("Le bilan est passé à 112.", 112.0, None),
    ("La cifra de muertos asciende a al menos 112.", 112.0, "al menos"),
])
def test_bare_number_after_a_tally_is_a_count(text, value, approx):
    f = one(text)
    assert (f.kind, f.value, f.approx, f.thing) == ("count", value, approx, None)


def test_bare_number_far_from_a_tally_is_nothing():
    assert extract_figures("The toll road opened in 2009.") == []
    assert extract_figures("The death toll was high; officials met 12 times.") == []
