"""Golden with/without tests for the money grammar's wider forms (issue 4): currencies from CLDR
and hand-kept forms, codes glued to digits, minor units and compound amounts, fractions of a
scale, Indian grouping, and lone price strings. Each rule has a sentence that must yield the
figure and a near-miss that must not."""
import pytest

from storywatch.facts import currency
from storywatch.facts.figures import extract_figures, parse_price


def money(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(round(f.value, 8), f.unit) for f in extract_figures(text, lang) if f.kind == "money"]


@pytest.mark.parametrize("text,want", [
    ("The price of this book is 100 ₡", [(100, "CRC")]),          # CLDR symbol
    ("I spend 100₾ buying the new bicycle.", [(100, "GEL")]),
    ("Hey, the cost is 100元!", [(100, "CNY")]),
    ("The ticket costs 250 Kč", [(250, "CZK")]),
    ("It cost 2 499,00 zł in Warsaw", [(499, "PLN")]),
    ("Revenue was Rs 5,000 crore last year", [(5e10, "INR")]),    # crore scale
    ("Am I eligible for a loan of 35 lakh rupees", [(3.5e6, "INR")]),
    ("Am I eligible for a loan of 12,34,567.89 rupees", [(1234567.89, "INR")]),
])
def test_currency_forms(text, want):
    assert money(text) == want


@pytest.mark.parametrize("text,want", [
    ("USD115", [(115, "USD")]),
    ("115.5USD", [(115.5, "USD")]),
    ("we are giving away 3 USD50 Cards.", [(50, "USD")]),          # USD belongs to the glued 50
    ("They lost 75 USD million in the past three years.", [(75e6, "USD")]),
    ("five more losses in excess of 30 MUSD were reported", [(30e6, "USD")]),
    ("The company has annual revenues of about MAUD 60", [(60e6, "AUD")]),
    ("The price starts at dollar 22.5 million.", [(22.5e6, "USD")]),
    ("rmb 10 usd 20", [(10, "CNY"), (20, "USD")]),
    ("10 $ 30 $", [(10, "USD"), (30, "USD")]),
    ("$1,190.00 AUD", [(1190, "AUD")]),
    ("Its GDP is $2.174T.", [(2.174e12, "USD")]),
])
def test_codes_and_scales_around_the_amount(text, want):
    assert money(text) == want


@pytest.mark.parametrize("text", [
    "The Airbus A320 and the F16 flew over.",         # letters glued to digits, not a currency
    "Sales rose in Q2 and the R20 tyre sold out.",    # single letters: currencies only in a lone price
    "TOP 10 stories of the week",                     # an ISO code that is an English word
    "ALL 5 seats were taken",
    "Ne ha parlato con lei 5 volte.",                 # Italian "lei" (she), not Romanian lei
    "He scored 10 000 points",                        # "000" never stands alone as zero money
    "The 2019 budget 100 pages long",
])
def test_never_money(text):
    assert money(text, None) == []


@pytest.mark.parametrize("text,want", [
    ("it only cost 3 dollars 50 cents.", [(3.5, "USD")]),
    ("it only cost thirteen dollars and forty-five cents", [(13.45, "USD")]),
    ("it only cost thirteen dollars forty five", [(13.45, "USD")]),
    ("The subscription will increase to 17 USD 25.", [(17.25, "USD")]),
    ("It costs you 10 us dollar and me c $ 100 and fifty.", [(10, "USD"), (100.5, "CAD")]),
    ("10 $ 30 cent", [(10.3, "USD")]),
    ("Iraq asked its clients to pay 50 cents more per barrel", [(0.5, "USD")]),
    ("per share lower at 197 pence.", [(1.97, "GBP")]),
])
def test_minor_units_and_compound_amounts(text, want):
    assert money(text) == want


@pytest.mark.parametrize("text,want", [
    ("It costs $15 and 20 people came.", [(15, "USD")]),          # a count, not cents
    ("10 turkish lira 11a", [(10, "TRY")]),                       # a label glued to letters
    ("It cost $1.5 billion 20 years ago", [(1.5e9, "USD")]),      # scaled amounts take no cents
    ("Il a gagné cinq cents euros", []),                          # French "cent" is a hundred
])
def test_no_compound_without_cents(text, want):
    assert money(text, None if "gagné" in text else "en") == want


@pytest.mark.parametrize("text,want", [
    ("It costs half million usd.", [(5e5, "USD")]),
    ("It costs a quarter million us dollars.", [(2.5e5, "USD")]),
    ("It costs three quarters billion us dollars.", [(7.5e8, "USD")]),
])
def test_fractions_of_a_scale(text, want):
    assert money(text) == want


def test_three_quarters_of_members_is_not_money():
    assert money("three quarters of the members voted") == []


@pytest.mark.parametrize("raw,hint,decsep,want", [
    ("9 800 Kč", None, None, (9800, "CZK")),           # in a lone price a space groups thousands
    ("Rp 31.500", None, None, (31500, "IDR")),         # and "31.500" is thirty-one thousand
    ("1 030 р.", None, None, (1030, "RUB")),
    ("$.75", None, None, (0.75, "USD")),
    ("$119. 95", None, None, (119.95, "USD")),
    ("1250€ 60", None, "€", (1250.6, "EUR")),
    ("499.80", "MSRP: $588.00", None, (499.8, "USD")),  # currency from the hint, not "SR" in MSRP
    ("157,000 تومان", None, None, (157000, "تومان")),  # ambiguous forms stay as written
    ("1 pound", None, None, (1, "GBP")),
    ("Free!", None, None, (0, None)),
    ("Free shipping", None, None, (None, None)),
])
def test_parse_price(raw, hint, decsep, want):
    assert parse_price(raw, hint, decsep) == want


def test_tables_come_from_cldr_with_hand_kept_overrides():
    assert currency.code_of("Kč") == "CZK"            # CLDR
    assert currency.code_of("$") == "USD"             # the usual reading of a shared symbol
    assert currency.code_of("kr") == "kr"             # ambiguous: kept as written
    assert currency.code_of("swiss francs") == "CHF"
    assert currency.code_of("dinar koweïtien") == "KWD"  # CLDR names in fr
    assert "KD" in currency.PRICE_SYMBOLS and "KD" not in currency.SYMBOLS  # lone prices only
