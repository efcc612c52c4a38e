"""The pieces of the figure grammar that more than one reader of a sentence needs: the figure
record itself, the cues of a change ("raised from X to Y"), and the literal-prefix prefilter that
tells which of many regexes can match a sentence at all."""
from __future__ import annotations

import re
import re._constants as _C
import re._parser as _P
import tomllib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from storywatch.facts import lexicon as L
from storywatch.facts.numbers import trie_rx

# "… from": the figure after it is the old value of a change
FROM = re.compile(r"\b(?:from|da|de|von|desde)\s+$", re.I)
# "… to": the figure after it is the new value, after "from" and the old one ("de X à Y", "von X auf Y")
_TO_WORDS = r"(?:to|à|a|al|auf|bis|hasta)"
TO = re.compile(rf"\s+{_TO_WORDS}\s+", re.I)
# an old value right before the new one ("rose from 38 to 112", "passe de 294 000 à"): in the gap
# between a head and the new value, skipped as an aside is
OLD_VALUE = re.compile(rf"(?<!\w)(?:from|de|da|von|desde)\s+\d[\d.,\s]*?(?=\s+{_TO_WORDS}\s+$)", re.I)
# qualifiers of a figure beyond lexicon.APPROX (kept in Figure.approx; the value is the number written)
MORE_APPROX = ["mindestens", "über", "knapp", "ungefähr", "circa", "zirka", "höchstens", "al menos",
               "por lo menos", "au moins", "au minimum", "moins de", "quelque", "intorno a", "all'incirca",
               "meno di", "fino ad", "a dir poco", "no less than", "at most", "well over", "a reported",
               "above", "below", "oltre il", "più del", "über", "plus de", "más del"]
# a verb of change ("raised", "cut", "aumentato", …)
CHANGE = re.compile(rf"\b(?:{L.CHANGE_VERBS})", re.I)


def _subject_data() -> dict:
    """data/subjects.toml, read once: the subjects' frames and words (``subjects``), the counted
    nouns and tally heads figures need."""
    text = resources.files("storywatch.facts").joinpath("data", "subjects.toml").read_text("utf-8")
    return tomllib.loads(text)


SUBJECT_DATA = _subject_data()
# counted nouns of the subjects ("satellites", "morti", "Todesopfer"): a count in any language
COUNT_NOUNS = frozenset(n.lower() for s in SUBJECT_DATA["subject"] for n in s.get("nouns", ()))
# "the death toll rose to 112": a bare number after such a head is a count
TALLY_HEAD = re.compile(rf"(?<!\w)(?:{SUBJECT_DATA['figures']['tally_heads']})(?!\w)", re.I | re.X)


def _count_frames(side: str) -> str:
    return "|".join(f"(?:{f})" for s in SUBJECT_DATA["subject"] if "count" in s["kinds"] for f in s.get(side, ()))


# a bare number right after a frame of a count ("killed 12", "mató a 12", "employs 420") or right
# before one ("forced 6,100 from their homes", "120,000 had taken part") is that count
_APPROX_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in [*L.APPROX, *MORE_APPROX])
COUNT_FRAME_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_count_frames('before')})\s+(?:(?:{_APPROX_WORDS})\s+)?$", re.I | re.X)
COUNT_FRAME_AFTER = re.compile(rf"\s+(?:{_count_frames('after')})(?!\w)", re.I | re.X)
# a word that makes the count after it an increment ("another 30", "a further 200"), at a text's end
INCREMENT_BEFORE = re.compile(rf"(?<!\w)(?:{SUBJECT_DATA['context']['increment_before']})", re.I | re.X)

# unitless measures: "magnitude 6.8", "a magnitude-6.8 quake", "6.8-magnitude", "Stärke 6,8",
# "6.8 on the Richter scale"; the name (lowercased) maps to the unit a Figure of kind "measure" gets
MEASURE_NAMES = {"magnitude": "magnitude", "magnitudo": "magnitude", "magnitud": "magnitude",
                 "stärke": "magnitude", "richter": "magnitude", "on the richter scale": "magnitude"}
MEASURE_HINTS = ("magn", "richter", "stärke")
MEASURE = re.compile(
    r"(?<!\w)(?P<name>magnitude|magnitudo|magnitud|stärke|richter)(?:\s+(?:of|di|de|von|der))?[\s-]*"
    r"(?P<num>\d{1,2}(?:[.,]\d{1,2})?)(?![.,]?\d)"
    r"|(?<![\d.,])(?P<num2>\d{1,2}(?:[.,]\d{1,2})?)(?:[\s-]*(?P<name2>magnitude|magnitudo)(?!\w)"
    r"|\s+(?P<name3>on\s+the\s+richter\s+scale))", re.I)


@dataclass(frozen=True)
class Figure:
    kind: str                     # money | percent | duration | count | measure
    value: float
    unit: str
    text: str
    start: int
    end: int
    precision: float
    value_high: float | None = None
    approx: str | None = None
    alt_value: float | None = None
    alt_unit: str | None = None
    thing: str | None = None
    unit_inferred: bool = False   # True when the currency was not written ("1,5 miliardi" -> EUR)


# ------------------------------------------------------------------ literal prefixes of a regex
def literal_prefixes(pattern: str, k: int) -> set[str]:
    """Every literal prefix, up to ``k`` characters, lowercased, whitespace as one space, that a
    match of ``pattern`` (case-insensitive) starts with; "" among them when the pattern cannot be
    bounded so. Read off the pattern's parse tree: for a literal prefilter of many regexes."""
    return _prefixes(list(_P.parse(pattern, re.I)), k)


def starts_at_boundary(pattern: str) -> bool:
    """True when every match of ``pattern`` (case-insensitive) in an ASCII text starts at a word
    boundary with one of its literal prefixes (``literal_prefixes``) as the text folds it: each of
    its branches opens with \\b (lookarounds aside), and none of its characters is a non-ASCII
    one that case-insensitive matching equates with an ASCII one ("ſ", "K", "İ", "ı")."""
    tree = _P.parse(pattern, re.I)
    return _opens_with_boundary(list(tree)) and not any(map(_ascii_twin, _literals(tree)))


def _literals(seq) -> set[str]:
    """The non-ASCII characters a parsed pattern names (literals, class members, small ranges)."""
    out: set[str] = set()
    for op, av in seq:
        if op in (_C.LITERAL, _C.NOT_LITERAL):
            out |= {chr(av)} if av > 127 else set()
        elif op is _C.RANGE:
            out |= {chr(c) for c in range(max(av[0], 128), min(av[1], 0x3000) + 1)}
        elif op is _C.IN:
            out |= _literals(av)
        elif isinstance(av, tuple):         # groups, repeats, lookarounds, branches: their parts
            for part in av:
                for sub in (part if isinstance(part, list) else [part]):
                    out |= _literals(sub) if isinstance(sub, _P.SubPattern) else set()
    return out


def _opens_with_boundary(seq: list) -> bool:
    if not seq:
        return False
    (op, av), rest = seq[0], list(seq[1:])
    if op is _C.AT:
        return av is _C.AT_BOUNDARY
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return _opens_with_boundary(rest)
    if op is _C.SUBPATTERN:
        return _opens_with_boundary(list(av[-1]) + rest)
    if op is _C.BRANCH:
        return all(_opens_with_boundary(list(alt) + rest) for alt in av[1])
    return False


@lru_cache(maxsize=None)
def _ascii_twin(ch: str) -> bool:
    rx = re.compile(re.escape(ch), re.I)
    return any(rx.fullmatch(chr(c)) for c in range(128))


def matches_at(rx: re.Pattern, text: str, places: list[int]) -> Iterator[re.Match]:
    """``rx.finditer(text)`` where its matches can start only at ``places`` (ascending): a match
    is tried at each, as the scan tries it there (what precedes the place is seen, as there)."""
    end = 0
    for at in places:
        if at >= end and (m := rx.match(text, at)):
            end = m.end()
            yield m


def _is_space(op, av) -> bool:
    return (op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_SPACE)]) or (op is _C.LITERAL and av == 32)


def _chars(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av).lower())
        elif op is _C.RANGE and av[1] - av[0] < 64:
            out |= {chr(c).lower() for c in range(av[0], av[1] + 1)}
        else:
            return None
    return out


def _prefixes(seq: list, k: int) -> set[str]:
    if k <= 0 or not seq:
        return {""}
    (op, av), rest = seq[0], list(seq[1:])
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return _prefixes(rest, k)
    if op is _C.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, k)
    if op is _C.BRANCH:
        return set().union(*(_prefixes(list(alt) + rest, k) for alt in av[1]))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        return _repeat_prefixes(av, rest, k)
    heads = {" "} if _is_space(op, av) else {chr(av).lower()} if op is _C.LITERAL else \
        (_chars(av) if op is _C.IN else None)
    if not heads:
        return {""}
    return {h + t for h in heads for t in _prefixes(rest, k - 1)}


def _repeat_prefixes(av, rest: list, k: int) -> set[str]:
    lo, hi, sub = av
    sub = list(sub)
    if len(sub) == 1 and _is_space(*sub[0]):                # \s+ / \s* read as one space
        spaced = {" " + t for t in _prefixes(rest, k - 1)}
        return spaced | _prefixes(rest, k) if lo == 0 else spaced
    once = _prefixes(sub + rest, k) if hi == 1 else _prefixes(sub, k)
    return once | _prefixes(rest, k) if lo == 0 else once


# ------------------------------------------------------------------ which regexes can match a text
# Characters case-insensitive matching equates with an ASCII letter that ``str.lower`` does not give.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _fold(text: str) -> str:
    """Text and prefixes compared alike: lowercased, with what case-insensitive matching equates."""
    return text.translate(_FOLD).lower().replace("i\u0307", "i")
_GATE_K = 9     # prefix length: long enough that a common "in th…" does not admit every text


class _Gate:
    """The literal prefixes of every regex asked about, as one prefix tree; for one text (the last
    asked about), the regexes that can match it, found by one scan: those one of whose prefixes
    occurs in it, and those that cannot be bounded so. Regexes are known by number: a pattern's
    hash reads all its compiled code (µs for a large one), so each is looked up by identity."""

    def __init__(self) -> None:
        self.prefixes: list[frozenset[str] | None] = []    # by number; None: cannot be bounded
        self.number: dict[re.Pattern, int] = {}             # each regex asked about (equal ones alike)
        self.by_id: dict[int, tuple[re.Pattern, int]] = {}  # the same by identity (holds the regex)
        self.unbounded: frozenset[int] = frozenset()
        self.scan: re.Pattern | None = None
        self.text: str | None = None
        self.possible: frozenset[int] = frozenset()
        self.at: dict[str, list[int]] = {}      # the text's longest prefix at a place -> the places
        self.aligned = False                    # the scan's places are the text's own

    def _key(self, rx: re.Pattern, build: bool = True) -> int:
        if (hit := self.by_id.get(id(rx))) is not None and hit[0] is rx:
            return hit[1]
        if (n := self.number.get(rx)) is None:
            n = self.number[rx] = len(self.prefixes)
            found = _prefixes(list(_P.parse(rx.pattern, rx.flags)), _GATE_K)
            # a prefix ending in the middle of nothing, or holding whitespace the folded text lacks
            bounded = "" not in found and not any(c.isspace() and c != " " for p in found for c in p)
            self.prefixes.append(frozenset(map(_fold, found)) if bounded else None)
            if build:
                self._build()
        self.by_id[id(rx)] = (rx, n)
        return n

    def expect(self, rxs) -> None:
        """Know these regexes before they are asked about: one prefix tree built for them all (a
        regex first asked about rebuilds it: ~0.1 s)."""
        for rx in rxs:
            self._key(rx, build=False)
        self._build()

    def _build(self) -> None:
        self.unbounded = frozenset(n for n, p in enumerate(self.prefixes) if p is None)
        every = set().union(*(p for p in self.prefixes if p))
        self.scan = re.compile(f"(?=({trie_rx(every)}))") if every else None
        self.text = None
        _admits.cache_clear()

    def _read(self, text: str) -> None:
        if self.text is text or self.text == text:
            return
        self.possible, self.at, folded = self.unbounded, {}, " ".join(_fold(text).split())
        if self.scan is not None:
            for m in self.scan.finditer(folded):
                self.at.setdefault(m.group(1), []).append(m.start())
            self.possible = self.unbounded.union(*map(_admits, self.at))
        # an ASCII text folds character for character, and no whitespace was cut where the
        # length is the same: a place in the folded text is the same place in the text
        self.aligned, self.text = text.isascii() and len(folded) == len(text), text

    def may_match(self, rx: re.Pattern, text: str) -> bool:
        """False only when ``rx`` cannot match anywhere in ``text``: none of its literal prefixes
        (lowercased, whitespace as one space) occurs in the text folded the same way. For many
        regexes asked about one text in turn: the first question scans the text once for all."""
        n = self._key(rx)
        self._read(text)
        return n in self.possible

    def places(self, rx: re.Pattern, text: str) -> list[int] | None:
        """Where in ``text`` a match of ``rx`` can start, ascending: where the longest prefix the
        scan finds begins with one of its prefixes; None when that cannot be told (a regex that
        cannot be bounded, a text whose folding moves characters)."""
        n = self._key(rx)
        self._read(text)
        if n not in self.possible:
            return []
        if not self.aligned or n in self.unbounded:
            return None
        return sorted([p for found, at in self.at.items() if n in _admits(found) for p in at])


_GATE = _Gate()


def find_all(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)``'s matches, tried only where they can start (``_Gate.places``)."""
    places = _GATE.places(rx, text)
    return rx.finditer(text) if places is None else matches_at(rx, text, places)


@lru_cache(maxsize=4096)
def _admits(found: str) -> frozenset[int]:
    """The regexes (by number) with a prefix that ``found`` (the longest at a place) starts with."""
    return frozenset(n for n, pre in enumerate(_GATE.prefixes) if pre and any(found.startswith(q) for q in pre))


# False only when the regex cannot match anywhere in the text (``_Gate.may_match``)
may_match = _GATE.may_match
expect = _GATE.expect


# ------------------------------------------------------------------ a sentence's matches, found once
class Spans:
    """Every match of a pattern in one sentence, found once (on first use, tried only where it can
    start: ``find_all``) and looked up by position: a figure asks only for the matches in its
    bounded window. Patterns are told apart by identity (see ``_Gate``): give it lasting ones."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.found: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def _all(self, rx: re.Pattern) -> tuple[list[int], list[tuple[int, int]]]:
        if (hit := self.found.get(id(rx))) is None:
            spans = [m.span() for m in find_all(rx, self.sentence)]
            hit = self.found[id(rx)] = ([a for a, _ in spans], spans)
        return hit

    def within(self, rx: re.Pattern, lo: int, hi: int, end_by: int | None = None) -> list[tuple[int, int]]:
        """Matches starting in [lo, hi) and ending by ``end_by`` (default hi), in text order."""
        starts, spans = self._all(rx)
        end_by = hi if end_by is None else end_by
        out = []
        for i in range(bisect_left(starts, lo), len(spans)):
            a, b = spans[i]
            if a >= hi:
                break
            if b <= end_by:
                out.append((a, b))
        return out


_current: list = [None]


def spans(sentence: str) -> Spans:
    """The ``Spans`` of ``sentence``, kept for the last sentence asked about."""
    cur = _current[0]
    if cur is None or not (cur.sentence is sentence or cur.sentence == sentence):
        cur = _current[0] = Spans(sentence)
    return cur
