"""Statuses in one sentence, along the lifecycles of the common kinds of story (a deal, legislation, a
court case, a labor dispute, an emergency, an insolvency), with negation, hedging, future tense and attribution.

Knowledge is data: the deal's triggers are :mod:`storywatch.facts.lexicon`'s STATUS_PATTERNS; the
other lifecycles, their triggers and context words, and the per-language negation/modal cues are in
``data/lifecycles.toml``, read once here. The lifecycle comes from the sentence: a trigger of its
own ("signed … into law") or a deal trigger near another lifecycle's objects ("signed the bill").
A negated, hedged, modal or future mention keeps its flag and is never a plain status. Work is
linear in the sentence: each trigger regex scans it once, each check reads a bounded window.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import SimpleNamespace

from storywatch.facts import lexicon as _lexicon
from storywatch.facts.grammar import literal_prefixes, matches_at, starts_at_boundary
from storywatch.facts.numbers import trie_rx
from storywatch.facts.sentences import detect_language
from storywatch.facts.detect import BREAKS, DEAL, LIFECYCLE_DATA, LIFECYCLE_OF, LIFECYCLES, STATUSES, status_rank

_DATA = LIFECYCLE_DATA
__all__ = ["LIFECYCLES", "STATUSES", "LIFECYCLE_OF", "DEAL", "BREAKS", "status_rank", "StatusMention",
           "extract_statuses"]


@dataclass(frozen=True)
class StatusMention:
    status: str
    text: str
    negated: bool
    hedged: bool
    attribution: str | None
    start: int = -1               # offsets of ``text`` in the sentence
    end: int = -1
    lifecycle: str = DEAL
    about: str = ""               # what the status is of, where its lifecycle names them ("airport")


def _alt(words) -> str:
    return "|".join(f"(?:{w})" for w in words)


# the things a lifecycle's statuses are of, where its data names them (closure: airport, railway
# line…; restriction: curfew, quarantine…), each named alike in every language
_NAMES = {lc["name"]: [(name, re.compile(rf"(?<!\w)(?:{_alt(pats)})(?!\w)", re.I)) for name, pats in lc["names"].items()]
          for lc in _DATA["lifecycle"] if lc.get("names")}


def _about(text: str, lc: str, start: int, end: int) -> str:
    """The named thing nearest the trigger at ``start:end``, within _WIN characters of it (inside
    it is nearest; the data's first name wins a tie), or "" where the lifecycle names none there."""
    best = (len(text) + 1, "")
    for name, rx in _NAMES.get(lc, ()):
        for m in rx.finditer(text, max(0, start - _WIN), end + _WIN):    # near it: linear in the text
            d = max(start - m.end(), m.start() - end, 0)
            if d < best[0]:
                best = (d, name)
    return best[1]


def _ctx_rx(words) -> re.Pattern | None:
    return re.compile(rf"\b(?:{_alt(words)})\b", re.I) if words else None


def _near(lc: dict, trigger: dict) -> re.Pattern | None:
    """What must be near a trigger for it to count: its own words, its lifecycle's context, or nothing."""
    if trigger.get("near"):
        return _ctx_rx(trigger["near"])
    return _ctx_rx(lc.get("context", [])) if trigger.get("context") else None


# Every trigger: (status, lifecycle, pattern, weak, what must be near it). The other lifecycles'
# triggers come first: where two overlap, the more specific reading wins.
_TRIGGERS = [(t["status"], lc["name"], rf"\b(?:{_alt(t['patterns'])})\b", t.get("weak", False), _near(lc, t))
             for lc in _DATA["lifecycle"] for t in lc.get("trigger", [])]
_TRIGGERS += [(st, DEAL, p, weak, None) for st, p, weak in _lexicon.STATUS_PATTERNS]
# The lexicon as this module reads it: the facts.lexicon module, with every lifecycle's triggers
# as STATUS_PATTERNS (status, regex, weak), in the order they are tried.
L = SimpleNamespace(**{k: v for k, v in vars(_lexicon).items() if not k.startswith("__")})
L.STATUS_PATTERNS = [(st, p, weak) for st, _, p, weak, _ in _TRIGGERS]

_STATUS_RX = [(st, lc, re.compile(p, re.I), weak, near) for st, lc, p, weak, near in _TRIGGERS]
_LITERAL = [p.lower() for _, _, p, _, _ in _TRIGGERS]   # a word of the pattern's own is no cue
_LC = {lc["name"]: lc for lc in _DATA["lifecycle"]}
_CONTEXT_OF = {name: _ctx_rx(lc.get("context", [])) for name, lc in _LC.items()}
_REMAPS = [(name, _ctx_rx(lc.get("remap_near", [])) or _CONTEXT_OF[name], lc["remap"])
           for name, lc in _LC.items() if lc.get("remap")]
_REFINE = {(name, r["status"]): (r["to"], _ctx_rx(r.get("when", [])), _ctx_rx(r.get("unless", [])))
           for name, lc in _LC.items() for r in lc.get("refine", [])}
_WINDOW, _REFINE_WINDOW = int(_DATA["window"]), int(_DATA["refine_window"])
_CUE = {lang: {k: set(v) if isinstance(v, list) and k != "after_phrases" else v for k, v in c.items()}
        for lang, c in _DATA["cues"].items()}
_AFTER_PHRASE = {lang: re.compile(rf"\W*(?:{_alt(c.get('after_phrases', []))})\b", re.I)
                 for lang, c in _DATA["cues"].items() if c.get("after_phrases")}
_NO_CUES: dict = {}
_HIST_AFTER = re.compile(_DATA["historical_after"], re.I)
_HIST_BEFORE = re.compile(_DATA["historical_before"], re.I)
_HIST_START = re.compile(_DATA["historical_start"], re.I)
_HIST_WHEN = re.compile(_DATA["historical_when"], re.I)

_CONTEXT = re.compile(L.STATUS_CONTEXT, re.I | re.X)
_ATTRIB = [re.compile(p) for p in L.ATTRIBUTION_PATTERNS]
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s(?:but|while|whereas|although|though|ma|mentre|mais|aber|"
                     r"während|pero|mientras)\s", re.I)
_TOKEN = re.compile(r"[\w'’]+")
_MONTH_MAY = re.compile(r"\bMay(?=\s+\d)|(?<=\d\s)May\b")   # "since May 16", "on 16 May": the month, no modal
_GATED = set(LIFECYCLES[DEAL]) - {"negotiating"}  # "analysts agreed", "denied a permit": need deal context
_WIN = 120                    # characters of a trigger's clause read before and after it
_PREV_WORD = re.compile(r"(\S+)\s+$")


def extract_statuses(sentence: str, lang: str | None = None, headline: bool = False) -> list[StatusMention]:
    """Status mentions in one sentence (see STATUSES, LIFECYCLES), with negation/hedging/attribution."""
    s = _Sentence(sentence)
    hits = _trigger_hits(s)
    if not hits:
        return []       # most sentences: no language to detect, no clauses to bound
    lang = lang or detect_language(sentence)
    mentions, denial = [], None
    for status, lc, m, weak, i in sorted(hits, key=lambda h: h[2].start()):
        read = _resolve(s, status, lc, m, headline)
        if read is None:
            continue
        status, lc = read
        before, after = (_MONTH_MAY.sub("   ", part) for part in s.clause(m.start(), m.end()))
        words = [t.lower() for t in _TOKEN.findall(before)]
        # words a trigger's gaps took in ("emergency would be extended", "Streik wurde nicht abgesagt")
        inside = [t for t in _TOKEN.findall(m.group().lower()) if t not in _LITERAL[i]]
        # "denied that a contract was signed": the denial negates what follows in its clause
        negated = _negated(words, lang) or _negated(inside, lang, len(inside)) or \
            (denial is not None and s.in_denial(denial, m.start()))
        hedged = _hedged(s, m, weak, lang, negated, words, _TOKEN.findall(after.lower()), inside) or _historical(s, m)
        mentions.append((weak, StatusMention(status, m.group(), negated, hedged, _attribution(s, status, before),
                                             m.start(), m.end(), lc, _about(s.text, lc, m.start(), m.end()))))
        if status == "denied" and not negated:
            denial = m.end()
    if any(not weak and not (x.negated or x.hedged) for weak, x in mentions):
        mentions = [(weak, x) for weak, x in mentions if not weak]  # bare "talks" yields to a real status
    out, seen = [], set()
    for _, x in mentions:
        if (x.status, x.negated, x.hedged) not in seen:
            seen.add((x.status, x.negated, x.hedged))
            out.append(x)
    return out


_THAT = re.compile(r"\s*,\s*(?:dass|che|que|qu['’])\b", re.I)
_STOP = re.compile(r"[.!?]")


class _Sentence:
    """What every trigger of one sentence reads: its clause bounds and sentence ends (found once
    when first read, then bisected), its deal context and attribution (found at most once)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def starts(self) -> list[int]:
        return [b.start() for b in self._bounds]

    @cached_property
    def ends(self) -> list[int]:
        return [b.end() for b in self._bounds]

    @cached_property
    def _bounds(self) -> list[re.Match]:
        return list(_CLAUSE.finditer(self.text))

    @cached_property
    def stops(self) -> list[int]:
        return [m.start() for m in _STOP.finditer(self.text)]

    def clause(self, start: int, end: int) -> tuple[str, str]:
        """Text of the trigger's clause before and after it, each at most _WIN characters."""
        i = bisect_right(self.ends, start) - 1
        lo = self.ends[i] if i >= 0 else 0
        j = bisect_left(self.starts, end)
        hi = self.starts[j] if j < len(self.starts) else len(self.text)
        before = self.text[max(lo, start - _WIN):start]
        if start - _WIN > lo:
            before = before.partition(" ")[2]        # not half a word
        return before, self.text[end:min(hi, end + _WIN)]

    def in_denial(self, denial: int, start: int) -> bool:
        """Is ``start`` inside what the denial ending at ``denial`` denies? ("dementierte, dass ...")"""
        that = _THAT.match(self.text, denial)
        i = bisect_left(self.starts, that.end() if that else denial)
        return not (i < len(self.starts) and self.ends[i] <= start)

    def question(self, end: int) -> bool:
        """Does the part of the sentence holding ``end`` end with a question mark?"""
        i = bisect_left(self.stops, end)
        return i < len(self.stops) and self.text[self.stops[i]] == "?"

    def near(self, rx: re.Pattern, start: int, end: int, window: int) -> bool:
        return rx.search(self.text, max(0, start - window), min(len(self.text), end + window)) is not None

    @cached_property
    def deal_context(self) -> bool:
        extra = _CONTEXT_OF[DEAL]
        return bool(_CONTEXT.search(self.text) or (extra and extra.search(self.text)))

    @cached_property
    def attribution(self) -> str | None:
        return _find_attribution(self.text)


def _trigger_hits(s: _Sentence) -> list[tuple[str, str, re.Match, bool, int]]:
    hits: list[tuple[str, str, re.Match, bool, int]] = []
    folded = " ".join(s.text.lower().split())
    # An ASCII sentence: prefixes looked for at word starts only (every trigger opens with \b),
    # and, where folding changed nothing but case, a pattern tried only where its prefixes start.
    at_word = _AT_WORD is not None and s.text.isascii()
    at = _AT_WORD if at_word else _PREFIX_AT
    first = at.search(folded)
    if not first:
        return hits  # most sentences: no trigger can start anywhere in them
    wanted: dict[int, list[int]] = {}      # pattern -> where one of its prefixes starts (folded)
    for m in at.finditer(folded, first.start()):
        for i in _patterns_for(m.group(1)):
            wanted.setdefault(i, []).append(m.start())
    places = at_word and len(folded) == len(s.text) and folded == s.text.lower()
    taken = bytearray(len(s.text))  # characters an accepted match covers: matches never overlap
    for i in (range(len(_STATUS_RX)) if _ALWAYS else sorted(wanted)):   # unbounded ones: every pattern
        status, lc, rx, weak, near = _STATUS_RX[i]
        for m in (matches_at(rx, s.text, wanted[i]) if places else rx.finditer(s.text)):
            if near is not None and not s.near(near, m.start(), m.end(), _WINDOW):
                continue  # "approved" far from any bill, "revocato" far from any strike
            if taken.find(1, m.start(), m.end()) >= 0:
                continue  # an earlier (more specific) pattern has this text
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            hits.append((status, lc, m, weak, i))
    return hits


def _resolve(s: _Sentence, status: str, lc: str, m: re.Match, headline: bool) -> tuple[str, str] | None:
    """The (status, lifecycle) a trigger reports in this sentence, or None when it reports none."""
    if lc == DEAL:
        for name, rx, remap in _REMAPS:          # "signed the bill": legislation, not a deal
            if status in remap and s.near(rx, m.start(), m.end(), _WINDOW):
                status, lc = remap[status], name
                break
        else:
            if not _gate_ok(s, status, m, headline):
                return None
    refine = _REFINE.get((lc, status))             # "the House passed": one chamber
    if refine and s.near(refine[1], m.start(), m.end(), _REFINE_WINDOW) and not (
            refine[2] and s.near(refine[2], m.start(), m.end(), _REFINE_WINDOW)):
        status = refine[0]
    return status, lc


def _gate_ok(s: _Sentence, status: str, m: re.Match, headline: bool) -> bool:
    if status == "exploring" and m.group().lower().startswith("eye"):  # "Italy Eyes SpaceX", not "in the eyes of"
        prev = _PREV_WORD.search(s.text[max(0, m.start() - 60):m.start()])
        return bool(prev and prev.group(1)[0].isupper())
    if status not in _GATED or headline or s.deal_context:
        return True
    nxt = re.match(r"\s+(?:an?\s+|the\s+)?(\S)", s.text[m.end():m.end() + 40])
    return status == "exploring" and bool(nxt and (nxt.group(1).isupper() or nxt.group(1) in "$€£"))


def _negated(before: list[str], lang: str, last: int = 6) -> bool:
    cues = _CUE.get(lang, _NO_CUES)
    extra, other = cues.get("negators", set()), cues.get("not_negators", set())
    return any((t in L.NEGATORS and t not in other) or t in extra or t.endswith(("n't", "n’t"))
               or t.startswith(("n'", "n’")) for t in before[-last:])


@lru_cache(maxsize=64)
def _hedge_words(lang: str, negated: bool) -> frozenset[str]:
    cue = _CUE.get(lang, _NO_CUES)
    return frozenset((L.HEDGES | cue.get("hedges", set())) - L.HEDGES_NOT_IN.get(lang, set()) -
                     cue.get("not_hedges", set()) - (L.NEGATIVE_POLARITY if negated else set()))


def _hedged(s: _Sentence, m: re.Match, weak: bool, lang: str, negated: bool, before: list[str],
            after: list[str], inside: list[str]) -> bool:
    """Modal, conditional, future, expected or asked: "could be signed", "is expected to pass",
    "will be sentenced", "sarà firmato", "soll verabschiedet werden", "Is a deal in the works?"."""
    if s.question(m.end()):  # the trigger's own question: "Is a deal in the works?"
        return True
    cue = _CUE.get(lang, _NO_CUES)
    hedges = _hedge_words(lang, negated)
    if any(t in hedges or t.endswith(("'ll", "’ll")) for t in before + inside) or \
            before[-1:] == ["to"] and before[-2:-1] != ["yet"]:
        return True
    phrase = _AFTER_PHRASE.get(lang)
    if phrase and phrase.match(s.text, m.end()):    # "signed as early as next month"
        return True
    return not weak and any(t in L.MODALS or t in cue.get("after", ()) for t in after[:3])


def _historical(s: _Sentence, m: re.Match) -> bool:
    """A step of an earlier event: "a previous rail bill, passed in 2014, ..." (read like a hedge:
    never the story's status)."""
    return bool(_HIST_AFTER.match(s.text, m.end(), min(len(s.text), m.end() + 40)) or
                _HIST_BEFORE.search(s.text, max(0, m.start() - 60), m.start()) or _HIST_START.match(s.text) or
                _HIST_WHEN.search(s.text, max(0, m.start() - 2 * _WIN), m.start()))


def _attribution(s: _Sentence, status: str, before: str) -> str | None:
    if status == "denied":
        who = _denier(before)
        if who:
            return who
    return s.attribution


def _find_attribution(sentence: str) -> str | None:
    for rx in _ATTRIB:
        a = rx.search(sentence)
        if a:
            text = re.sub(r"\s+familiar\s+with\s+.*\s+(?=\S+$)", " ", a.group().strip())
            first = text.split()[0].lower()
            return (text[0].lower() + text[1:] if first in L.ATTRIBUTION_COMMON else text)[:60]
    return None


def _denier(before: str) -> str | None:
    """'The government denied' -> 'the government'; 'SpaceX has denied' -> 'SpaceX'."""
    words = re.sub(rf"\b(?:{L.DENIER_SKIP})\b", " ", before).split()
    if not words:
        return None
    tail = words[-4:]
    dets = [i for i, w in enumerate(tail) if w.lower() in L.DETERMINERS]
    if dets:
        phrase = tail[dets[-1]:]
        return " ".join([phrase[0].lower()] + phrase[1:]) if len(phrase) > 1 else None
    names = list(itertools.takewhile(lambda w: w[0].isupper() or w[0].isdigit(), reversed(tail)))
    if names:
        return " ".join(reversed(names))
    return " ".join(tail[-2:]) if len(tail) > 1 and tail[-2].endswith(("'s", "’s")) else None


# ------------------------------------------------------------------ prefilter
# Every trigger match starts with one of a few literal prefixes (up to 9 characters, whitespace
# as one space), read off the patterns' parse trees; one literal search over the sentence rules
# most sentences out before the ~15 trigger regexes run. Any construct the reader does not
# expand cuts the prefix short, which keeps the filter safe (a shorter prefix matches more).
# Nine characters, so that a common "in th…" does not let every sentence through.
_K = 9

_PATTERN_PREFIXES = [literal_prefixes(p, _K) for _, p, _ in L.STATUS_PATTERNS]
_ALWAYS = frozenset(i for i, found in enumerate(_PATTERN_PREFIXES) if "" in found)  # unbounded patterns


def _prefix_tree() -> str:
    found = set().union(*_PATTERN_PREFIXES)
    return "" if "" in found else trie_rx(found)   # a pattern the reader cannot bound: never filter


_TREE = _prefix_tree()
# every position where a prefix starts (a lookahead, so they may overlap); the prefix tree
# matches the longest prefix there, and every shorter one at that position is a prefix of it.
# Its first match is the filter: no match, no trigger can start anywhere in the sentence. (One
# regex for both: the tree is ~64k characters, and each compile of it costs ~0.1 s at import.)
_PREFIX_AT = _PREFILTER = re.compile(f"(?=({_TREE}))")
# at word starts only, where every trigger starts in an ASCII text (None when one may not)
_AT_WORD = re.compile(rf"(?=\b({_TREE}))") \
    if not _ALWAYS and all(starts_at_boundary(p) for _, p, _ in L.STATUS_PATTERNS) else None


@lru_cache(maxsize=4096)
def _patterns_for(prefix: str) -> frozenset[int]:
    """The trigger patterns one of whose prefixes starts ``prefix`` (the longest found there)."""
    return frozenset(i for i, found in enumerate(_PATTERN_PREFIXES)
                     if any(prefix.startswith(q) for q in found if q))
