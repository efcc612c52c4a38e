"""Property tests: the figure grammar, the normalizer and the URL canonicalizer on arbitrary input.

What is asserted is what the APIs promise:

- ``extract_figures`` / ``extract_statuses`` / ``split_sentences`` never raise; every figure's
  ``value`` is finite, >= 0 and <= ``extract.MAX_VALUE`` (1e15), and so are ``value_high`` and
  ``alt_value`` when set; ``value_high >= value``; text without any digit or letter (so without
  number words) yields no figure and no status; a ``StatusMention``'s ``start/end`` are the offsets
  of its ``text`` in the sentence (documented on the dataclass). ``Figure`` documents no such
  promise for its offsets, so none is asserted.
- ``normalize_text`` never raises; ``content_hash`` does not change when only the whitespace between
  words changes (spaces, tabs, line breaks, blank lines).
- ``canonicalize`` never raises and is idempotent on generated http(s) URLs.
- ``numbers.amounts`` finds exactly the matches of ``amount_re(lang).finditer`` (it only skips the
  places where no amount can start).
"""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storywatch.facts import lexicon as L
from storywatch.facts.figures import MAX_VALUE, extract_figures
from storywatch.facts.sentences import split_sentences
from storywatch.facts.statuses import extract_statuses
from storywatch.text.normalize import content_hash, normalize_text
from storywatch.ingest.urls import canonicalize, is_http_url

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANGS = st.sampled_from([None, "en", "it", "fr", "de", "es"])

FRAGMENTS = [
    "$", "€", "£", "¥", "USD ", " EUR", "1,5 miliardi", "1.5 billion", "1,500,000", "1.500.000", "mld", "mln",
    " euro", " dollars", "%", " per cent", " percent", " years", "-year", " satellites", " million", " bn", "bn",
    "k", "M€", "Mds €", "between ", " and ", " to ", "–", "-", "(about ", ")", "roughly equating to ", "from ",
    " raised", "a half", "one and a half billion", "half a billion", "a decade", "signed", "agreed",
    "in talks", "denied", "not ", "would ", "? ", ". ", "\n", "\n\n", "# ", "- ", "1. ", "¹²³", "٣", "١٫٥",
    "1e308", "9" * 40, "0." + "0" * 30 + "1", "1" + "0" * 400,
]
NOISY = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8),
                           st.from_regex(r"\$?[0-9]{1,30}([.,][0-9]{1,30})?", fullmatch=True)),
                 max_size=30).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NOISY)
# no letter and no digit of any script: no number word, no numeral, so nothing to read a figure from
NO_NUMBERS = st.text(st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No")),
                     max_size=200) | st.lists(st.sampled_from(list(" \t\n$€£¥%.,-–()[]/#+*:;'\"!?…")),
                                              max_size=60).map("".join)


def _sane(x: float | None) -> bool:
    return x is None or (math.isfinite(x) and 0 <= x <= MAX_VALUE)


def _check_figures(sentence: str, lang: str | None) -> None:
    for f in extract_figures(sentence, lang):
        assert _sane(f.value) and f.value is not None, f
        assert _sane(f.value_high) and _sane(f.alt_value), f
        assert f.value_high is None or f.value_high >= f.value, f
        assert math.isfinite(f.precision) and f.precision >= 0, f
        assert 0 <= f.start <= f.end <= len(sentence), f


@SETTINGS
@given(ANY_TEXT, LANGS)
@example("1" + "0" * 28 + " satellites", "en")     # once raised decimal.InvalidOperation in _as_count
@example("$" + "9" * 40 + " billion", "en")
@example("1" + "0" * 400 + " euros", None)
@example("between 1,5 e 2 miliardi di euro", "it")
@example("0TO$2000000000000000", None)               # a range whose upper end was absurd
@example("$10000000000000000000000000000:0", None)    # "% 1" on a 29-digit Decimal raised
def test_figures_never_raise_and_are_sane_on_any_text(text: str, lang: str | None) -> None:
    _check_figures(text, lang)
    for sentence in split_sentences(text, lang):
        _check_figures(sentence, lang)


@SETTINGS
@given(ANY_TEXT, LANGS, st.booleans())
def test_statuses_never_raise_and_offsets_hold(text: str, lang: str | None, headline: bool) -> None:
    for sentence in [text] + split_sentences(text, lang):
        for mention in extract_statuses(sentence, lang, headline=headline):
            assert sentence[mention.start:mention.end] == mention.text, mention


@SETTINGS
@given(ANY_TEXT)
def test_split_sentences_keeps_text(text: str) -> None:
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    # nothing but whitespace is dropped
    assert re.sub(r"\s+", "", "".join(sentences)) == re.sub(r"\s+", "", text)


@SETTINGS
@given(NO_NUMBERS, LANGS)
def test_no_digit_no_letter_no_figure(text: str, lang: str | None) -> None:
    assert extract_figures(text, lang) == []
    assert extract_statuses(text, lang) == []


# normalizer ------------------------------------------------------------------------------

WORD = st.text(st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")), min_size=1, max_size=12)
MARKDOWN_WORD = st.one_of(WORD, st.sampled_from(["**bold", "words**", "__a", "b__", "*", "#", "-", "1.",
                                                  "“quoted”", "‘x’", "$1.5", "billion"]))
SPACES = st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\r\n", " \n ", "\u00a0", "\u2009"]),
                  min_size=1, max_size=3).map("".join)


# every word that starts a written amount, in odd case and glued to its scale, beside the
# characters case-insensitive matching folds specially (long s, dotless i, Kelvin sign, İ)
AMOUNT_WORDS = ["One", "TWENTY-five", "forty five", "a", "An", "a half", "Three-Quarters", "half a", "Half an",
                "mezzo", "mezzomilione", "un demi-", "demi-milliard", "eine halbe", "ein", "medio", "mediomillón",
                "due", "tre", "dos", "zwei", "ſix", "ſeven", "fıve", "\u212aen", "İ", "a dozen", "a hundred", "_one",
                " million", " miliardi", "bn", "m", " e mezzo", " und halb", "5", "1,5", "٣", "²", "A320", "'"]
# and every form the half prefix can take, generated from the lexicon's regex itself
HALF_FORMS = st.from_regex(rf"(?:{L.HALF_PREFIX})\s*(?:million|milione|milliard|Million|millón)", fullmatch=True)
AMOUNT_TEXT = st.lists(st.one_of(st.sampled_from(AMOUNT_WORDS + FRAGMENTS), st.text(max_size=4), HALF_FORMS,
                                 st.sampled_from(" -,.(")), max_size=25).map("".join)


@SETTINGS
@given(st.one_of(AMOUNT_TEXT, ANY_TEXT), st.sampled_from(["en", "it", "fr", "de", "es", "price"]))
@example("mezzomilione e mezzo", "it")
@example("a million, An billion and a half", "en")
@example("ſix million, İ one", "en")
@example("1 e mezzogiorno 2", "it")
@example("They signed a deal for an undisclosed sum", "en")     # ASCII: where amounts start, found by scans
@example("They raised a billion", "en")
@example("A DOZEN bids", "en")
@example("an MD", "it")
@example("a mln. of them", "en")
@example("5a dozen_one x2bn, 3one_half", "en")                  # words glued to digits and underscores
def test_amounts_are_the_grammar_s_matches(text: str, lang: str) -> None:
    _same_matches(text, lang)


def _same_matches(text: str, lang: str) -> None:
    from storywatch.facts.numbers import amount_re, grammar_amounts

    want = [(m.span(), m.groupdict()) for m in amount_re(lang).finditer(text)]
    assert [(m.span(), m.groupdict()) for m in grammar_amounts(text, lang)] == want


@SETTINGS
@given(st.lists(st.one_of(HALF_FORMS, st.sampled_from(AMOUNT_WORDS)), min_size=1, max_size=4).map(" ".join),
       st.sampled_from(["en", "it", "fr", "de", "es"]))
def test_amounts_find_every_half_form(text: str, lang: str) -> None:
    # a form added to lexicon.HALF_PREFIX must have its first word in HALF_PREFIX_STARTS (and in
    # HALF_PREFIX_GLUED when it can run into the scale word), or amounts() would skip it
    _same_matches(text, lang)


# patterns shaped like the subject frames (case-insensitive, verbose, guarded by lookarounds), and
# text built of their words in odd case, glued, spaced, beside what case folding equates specially
GATED = [re.compile(r"(?<!\w)(?:death \s+ toll|killed|in\s*jured|per \s share|ſold)(?!\w)", re.I | re.X),
         re.compile(r"\b(?:sentenced\s+to|condannat[oa]\s+a)\b", re.I), re.compile(r"(?:up|down)\s+from", re.I),
         re.compile(r"(?<![\w.])\d+\s*people|an?\s+\w+", re.I)]
GATE_WORDS = ["death", "toll", "Death  Toll", "KILLED", "ki", "lled", "injured", "in jured", "per", "share",
              "\u0130njured", "kılled", "\u212ailled", "sold", "ſold", "SOLD", "sentenced", "to", "condannato", "a",
              "up", "from", "\n", "\u00a0", " ", "-", "5", "people"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(GATE_WORDS), st.text(max_size=3)), max_size=20).map("".join))
@example("Death\u00a0\ntoll")
@example("\u212aILLED and \u0130NJURED")
def test_may_match_never_rules_out_a_match(text: str) -> None:
    from storywatch.facts.grammar import may_match

    for rx in GATED:
        assert may_match(rx, text) or rx.search(text) is None, rx.pattern


@SETTINGS
@given(st.text(max_size=400))
def test_normalize_text_never_raises(text: str) -> None:
    doc = normalize_text(text)
    assert doc.content_hash == content_hash(doc.text) and len(doc.content_hash) == 64


@SETTINGS
@given(st.lists(MARKDOWN_WORD, min_size=1, max_size=40), st.data())
@example(["**a", "b**"], None)
def test_content_hash_ignores_whitespace_layout(words: list[str], data) -> None:
    one = " ".join(words)
    if data is None:  # the explicit example: the same words across a line break
        other = "\n".join(words)
    else:
        gaps = data.draw(st.lists(SPACES, min_size=len(words) - 1, max_size=len(words) - 1))
        lead, trail = data.draw(st.sampled_from(["", " ", "\n"])), data.draw(st.sampled_from(["", "\t", "\n\n"]))
        other = lead + "".join(w + g for w, g in zip(words, gaps + [""])) + trail
    assert content_hash(one) == content_hash(other), (one, other)


# URLs ------------------------------------------------------------------------------------

LABEL = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,10}[A-Za-z0-9])?", fullmatch=True)
HOST = st.one_of(
    st.lists(LABEL, min_size=1, max_size=4).map(".".join).map(lambda h: h + ".example"),
    st.sampled_from(["AMP.Example.COM", "www-example-com.cdn.ampproject.org", "127.0.0.1", "[::1]",
                     "[2001:DB8::1]", "xn--bcher-kva.example", "bücher.example", "example.com."]),
)
SEGMENT = st.one_of(
    st.sampled_from(["", ".", "..", "amp", "AMP", "c", "s", "v", "x.amp", "y.amp.html", "%7E", "%7e", "%2F", "%20",
                     "%zz", "%", "a b", "ü", "~user", "a;b=c", "@", "!$&'()*+,;=", ":"]),
    st.text(st.characters(blacklist_characters="/?#", blacklist_categories=("Cs",)), max_size=10),
)
QKEY = st.one_of(st.sampled_from(["utm_source", "UTM_Medium", "fbclid", "amp", "outputType", "output", "ref",
                                  "id", "q", "page", "a b", "é", "", "x+y", "%26"]),
                 st.text(st.characters(blacklist_characters="&=#", blacklist_categories=("Cs",)), max_size=6))
QVALUE = st.one_of(st.sampled_from(["", "1", "amp", "true", "a+b", "%2B", "a b", "é", "x=y", "%", "%zz"]),
                   st.text(st.characters(blacklist_characters="&#", blacklist_categories=("Cs",)), max_size=6))


@st.composite
def http_urls(draw) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    userinfo = draw(st.sampled_from(["", "user@", "u:p@"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080", ":0080"]))
    path = "/".join([""] + draw(st.lists(SEGMENT, max_size=6)))
    pairs = draw(st.lists(st.tuples(QKEY, QVALUE), max_size=5))
    query = "&".join(f"{k}={v}" if draw(st.booleans()) else k for k, v in pairs)
    fragment = draw(st.sampled_from(["", "#top", "#a?b=c"]))
    return f"{scheme}://{userinfo}{draw(HOST)}{port}{path}{'?' + query if query else ''}{fragment}"


@SETTINGS
@given(http_urls())
@example("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/amp/x.amp?amp=1&utm_source=a")
@example("http://example.com/a/%2e%2e/b?b=2&a=1#x")
def test_canonicalize_is_idempotent(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once, (url, once)
    if is_http_url(once):
        assert "#" not in once


@SETTINGS
@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=60), http_urls()))
def test_canonicalize_never_raises(text: str, base: str | None) -> None:
    assert isinstance(canonicalize(text, base=base), str)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(GATE_WORDS), st.text(max_size=3)), max_size=20).map("".join))
@example("Death toll killed 5 people; KILLED")
@example("overkilled, then killed \u212ailled")
def test_find_all_finds_what_a_full_scan_finds(text: str) -> None:
    from storywatch.facts.grammar import find_all

    for t in (text, " ".join(text.encode("ascii", "ignore").decode().split())):   # an ASCII one: by places
        for rx in GATED:
            assert [m.span() for m in find_all(rx, t)] == [m.span() for m in rx.finditer(t)], rx.pattern
