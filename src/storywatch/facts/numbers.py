"""Amounts as written in news text: digits with language-dependent separators, scale words
("1,5 miliardi", "$300m", "35 lakh"), written numbers ("forty-five", "un miliardo e mezzo") and
fractions of a scale ("a quarter million"). Pure stdlib; word lists in :mod:`storywatch.facts.lexicon`.

``lang`` is "en", "it", "fr", "de", "es", or "price" for a lone price string, where a space
groups thousands ("9 800 Kč") and a single separator before exactly three digits groups
thousands whichever it is ("Rp 31.500", "1,500").
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from storywatch.facts import lexicon as L

END = r"(?![\wÀ-ÿ])"
HALF = Decimal("0.5")


def rx_alt(words) -> str:
    return L.alt(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def trie_rx(words) -> str:
    """One regex alternation of ``words`` as a prefix tree (longest match first): tried at every
    word start of every sentence, a flat alternation of ~250 words is the grammar's hot spot."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_rx(trie)


def _node_rx(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _node_rx(sub)
                for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@lru_cache(maxsize=8)
def amount_re(lang: str) -> re.Pattern:
    sep = r"(?:[,.'’\u00a0\u202f]" + ("| )" if lang in ("fr", "price") else ")")
    indian = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"          # 12,34,567.89
    # (?=\d) first: tried at every position of every sentence, the lookbehinds cost more than a
    # digit test that fails at once on letters (zero-width: same matches, 2x faster with the \b below)
    num = (r"(?=\d)(?<![\d_/#+])(?<!\d[.,])(?<![\s(]-)(?<![^\W\d_]-)(?!0\d)"
           rf"(?:{indian}(?![,\d])|\d{{1,3}}(?:{sep}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)")
    scale, wn, frac = trie_rx(L.SCALE_WORDS), trie_rx(L.WORD_NUMBERS), trie_rx(L.FRACTIONS)
    return re.compile(
        rf"(?:(?P<num>{num})(?:(?P<sl>[mbkMBKT]){END}|\s?(?P<sl2>Mds?|Md|M)(?=\s?€)|(?:\s*|-)(?P<s1>{scale}){END})?"
        rf"|\b(?:(?P<half>{L.HALF_PREFIX})\s*(?P<s3>{scale}){END}"      # one \b for the word forms
        rf"|(?P<frac>{frac})\s+(?:of\s+an?\s+|an?\s+)?(?P<s5>{scale}){END}"
        rf"|(?P<wn>{wn}){END}(?P<h1>\s+and\s+a\s+half)?(?:\s+(?P<s2>{scale}){END})?"
        rf"|(?P<a>an?)\s+(?P<s4>{scale}){END}))(?P<h2>{L.HALF_SUFFIX})?", re.I)


# Where an amount can start: the first digit of a run of digits, or a word that begins a written
# form (a word number, a fraction, "half a", "a million"; "mezzo", "demi-" and "medio" may run
# into their scale word, "mezzomilione"). The grammar tried at every position of a sentence is
# most of what reading figures costs, and most sentences have none.
_TOKENS = re.compile(r"(?P<d>\d+)|[^\W\d_]+")


@lru_cache(maxsize=1)
def _starts() -> frozenset[str]:
    forms = itertools.chain(L.WORD_NUMBERS, L.FRACTIONS, L.HALF_PREFIX_STARTS, ("a", "an"))
    return frozenset(re.match(r"[^\W\d_]+", f.lower()).group() for f in forms)


def amounts(text: str, lang: str) -> Iterator[re.Match | Spelled]:
    """The amounts of ``text``: the grammar's matches (:func:`grammar_amounts`), except where
    text2num reads a longer run of number words than the grammar ("cent douze", where the grammar
    reads "douze"): the run is yielded instead, as a :class:`Spelled`."""
    return _matches(text, lang, spelled_runs(text, lang))


def grammar_amounts(text: str, lang: str) -> Iterator[re.Match]:
    """The matches of ``amount_re(lang).finditer(text)``, the grammar tried only where an amount
    can start (a third faster over news sentences; those places found by regex scans in an ASCII
    text, by a loop over its words in any other). A word that is not ASCII is always tried: the
    grammar's case-insensitive matching folds more than ``str.lower`` does."""
    return _matches(text, lang, {})


def _matches(text: str, lang: str, runs: dict[int, Spelled]) -> Iterator[re.Match | Spelled]:
    rx, end = amount_re(lang), 0
    starts = _ascii_starts(text) if text.isascii() else _token_starts(text)
    for at in sorted(set(starts) | runs.keys()) if runs else starts:
        if at < end:
            continue
        m = rx.match(text, at)
        run = runs.get(at)
        if run and not (m and m.group("wn") and m.end("wn") >= run.end("wn")):
            m = run
        if m:
            end = m.end()
            yield m


def _token_starts(text: str) -> Iterator[int]:
    """Where an amount can start: each run of digits, each word ``_starts`` holds (ASCII case
    aside) or that begins with a glued half prefix, each word that is not ASCII."""
    starts = _starts()
    for token in _TOKENS.finditer(text):
        if not token.group("d"):
            word = token.group()
            if word.isascii() and (low := word.lower()) not in starts and not low.startswith(L.HALF_PREFIX_GLUED):
                continue
        yield token.start()


# An ASCII text lowercased, its digits and underscores made spaces, keeps its positions, and its
# regex words are then exactly its runs of letters: ``_token_starts`` found by two scans, no loop.
_NO_DIGITS = str.maketrans("0123456789_", "           ")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _start_words() -> re.Pattern:
    return re.compile(rf"\b(?:{trie_rx(_starts())})\b|\b{rx_alt(L.HALF_PREFIX_GLUED)}")


def _ascii_starts(text: str) -> list[int]:
    words = [m.start() for m in _start_words().finditer(text.lower().translate(_NO_DIGITS))]
    digits = [m.start() for m in _DIGITS.finditer(text)] if any(c in text for c in "0123456789") else []
    return sorted(words + digits) if digits else words


# ------------------------------------------------------------------ spelled numbers (text2num)
class Spelled:
    """A run of number words read by text2num ("cent douze", "zweitausend", "one hundred and
    twelve"), with the scale word and half after it; it answers ``start``, ``end``, ``group`` and
    ``groupdict`` as the grammar's match does, its number in the ``wn`` group."""

    __slots__ = ("value", "_groups", "_spans")

    def __init__(self, text: str, start: int, stop: int, value: int, after: re.Match) -> None:
        self.value = Decimal(value)
        half = "h2" if after.group("s2") else "h1"      # "cinquanta milioni e mezzo", "trenta e mezzo"
        self._groups = dict.fromkeys(amount_re("en").groupindex) | {
            "wn": text[start:stop], "s2": after.group("s2"), half: after.group("h2")}
        self._spans = {0: (start, after.end()), "wn": (start, stop)}

    def group(self, name: int | str = 0) -> str | None:
        return self._groups["wn"] if name == 0 else self._groups[name]

    def groupdict(self) -> dict[str, str | None]:
        return dict(self._groups)

    def start(self, name: int | str = 0) -> int:
        return self._spans[name][0]

    def end(self, name: int | str = 0) -> int:
        return self._spans[name][1]

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._spans[name]


# scale words of a million or more end a run: the grammar reads them after it ("cinquanta milioni")
_BIG_SCALES = frozenset(w for w, v in L.SCALE_WORDS.items() if v >= 1e6)
_RUN_WORDS = 8          # a run is read from its start, its longest readable prefix first: bounded work


@lru_cache(maxsize=16)
def _stem_rx(lang: str, folded: bool = False) -> re.Pattern | None:
    """Number words' stems, then the rest of the word; ``folded``: for an ASCII text already
    lowercased (the same spans as case-insensitive matching there, at half its cost)."""
    stems = L.NUMBER_STEMS_BY_LANG.get(lang)
    return re.compile(rf"\b(?:{trie_rx(stems)})[^\W\d_]*", 0 if folded else re.I) if stems else None


_LINK = re.compile(rf"(?:\s*-\s*|\s+(?:{'|'.join(L.NUMBER_LINKS)})\s+|\s+)", re.I)


@lru_cache(maxsize=1)
def _after_run() -> re.Pattern:
    return re.compile(rf"(?:\s+(?P<s2>{trie_rx(_BIG_SCALES)}){END})?(?P<h2>{L.HALF_SUFFIX})?", re.I)


def spelled_runs(text: str, lang: str) -> dict[int, Spelled]:
    """Where a run of number words starts -> the run as text2num reads it, for the runs the word
    lists cannot read whole: more than one word, or one word they do not hold ("centododici")."""
    ascii = text.isascii()
    rx = _stem_rx(lang, ascii)
    if rx is None:
        return {}
    out: dict[int, Spelled] = {}
    for run in _word_runs(text, rx, lang, text.lower() if ascii else text):
        i = 0
        while i < len(run):
            found = _read_run(text, run[i:], lang)
            if found:
                out[run[i].start()] = found
                i = next((k for k, w in enumerate(run) if w.start() >= found.end("wn")), len(run))
            else:
                i += 1
    return out


def _word_runs(text: str, rx: re.Pattern, lang: str, scanned: str) -> Iterator[list[re.Match]]:
    """Runs of number words, joined by spaces, hyphens or "and"/"et"/"y"/"und"; the words are
    found in ``scanned`` (``text`` or, ASCII, lowercased: the same places)."""
    run: list[re.Match] = []
    for w in rx.finditer(scanned):
        if not _number_word(w.group().lower(), lang):
            continue
        if run and not (len(run) < _RUN_WORDS and _LINK.fullmatch(text, run[-1].end(), w.start())):
            yield run
            run = []
        run.append(w)
    if run:
        yield run


@lru_cache(maxsize=1 << 16)
def _number_word(word: str, lang: str) -> bool:
    """A word text2num reads as a number on its own, and no scale word of a million or more (the
    grammar reads those after the run): "trenta", "centododici"; not "settembre", "tennis"."""
    if word in _BIG_SCALES:
        return False
    try:
        text2num(word, lang)
    except ValueError:
        return False
    return True


def _read_run(text: str, words: list[re.Match], lang: str) -> Spelled | None:
    if words[0].group().lower() in L.VAGUE_NUMBER_WORDS:
        return None
    for k in range(len(words), 0, -1):
        start, stop = words[0].start(), words[k - 1].end()
        phrase = " ".join(text[start:stop].lower().split())
        if k == 1 and phrase in L.WORD_NUMBERS:
            return None                                  # the grammar reads it, halves and all
        try:
            value = text2num(phrase, lang)
        except ValueError:
            continue
        return Spelled(text, start, stop, value, _after_run().match(text, stop))
    return None


def parse_number(s: str, lang: str) -> tuple[Decimal, int]:
    """'1.500' -> 1500 (it) / 1.5 (en); '1,5' -> 1.5 everywhere. Returns (value, decimals)."""
    s = re.sub(r"[\s\u00a0\u202f'’]", "", s)
    dec = None
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, *rest = s.split(sep)
        if len(rest) == 1 and (len(rest[0]) != 3 or len(head) > 3):
            dec = sep
        elif len(rest) == 1 and lang != "price":
            dec = ("." if sep == "." else None) if lang == "en" else ("," if sep == "," else None)
    if dec is None:
        return Decimal(re.sub(r"[.,]", "", s)), 0
    whole, frac = s.rsplit(dec, 1)
    return Decimal(re.sub(r"[.,]", "", whole) + "." + frac), len(frac)


def scale(word: str | None) -> Decimal:
    if not word:
        return Decimal(1)
    w = re.sub(r"\s+", " ", word.lower())
    return Decimal(str(L.SCALE_LETTERS.get(w) or L.SCALE_WORDS.get(w, 1)))


def word_number(text: str) -> Decimal:
    # casefold: the pattern matched case-insensitively, so "ſix" (long s) is "six" here too
    return Decimal(str(L.WORD_NUMBERS[re.sub(r"\s+", " ", text.casefold())]))


def amount(m: re.Match, lang: str) -> tuple[Decimal, Decimal, str | None]:
    """(base number, precision of base, scale word) of an ``amount_re`` match."""
    g = m.groupdict()
    if g["num"]:
        base, decimals = parse_number(g["num"], lang)
        prec = Decimal(1).scaleb(-decimals)
    elif g["wn"]:
        base = (m.value if isinstance(m, Spelled) else word_number(g["wn"])) + (HALF if g["h1"] else 0)
        prec = HALF if base % 1 else Decimal(1)
    elif g["frac"]:
        base = Decimal(L.FRACTIONS[re.sub(r"\s+", " ", g["frac"].casefold())])
        prec = Decimal("0.25") if base in (Decimal("0.25"), Decimal("0.75")) else base.min(HALF)
    else:
        base, prec = (HALF, HALF) if g["half"] else (Decimal(1), Decimal(1))
    word = g["sl"] or g["sl2"] or g["s1"] or g["s2"] or g["s3"] or g["s4"] or g["s5"]
    if g["h2"] and word:
        base, prec = base + HALF, min(prec, HALF)
    return base, prec, word
