"""Deal statuses in one sentence: an ordered vocabulary, with negation, hedging and attribution.

The trigger patterns (EN/IT/FR/DE/ES) live in :mod:`storywatch.facts.lexicon`; weak triggers (a bare
"talks") yield to a real status in the same sentence; statuses other than *negotiating* need deal
context in the sentence (or a headline).
"""
from __future__ import annotations

import itertools
import re
import re._constants as _C
import re._parser as _P
from dataclasses import dataclass
from functools import lru_cache

from storywatch.facts import lexicon as L
from storywatch.facts.numbers import trie_rx
from storywatch.facts.sentences import detect_language

STATUSES: tuple[str, ...] = ("exploring", "negotiating", "agreed", "signed", "stalled", "cancelled", "denied")


@dataclass(frozen=True)
class StatusMention:
    status: str
    text: str
    negated: bool
    hedged: bool
    attribution: str | None
    start: int = -1               # offsets of ``text`` in the sentence
    end: int = -1


_STATUS_RX = [(st, re.compile(p, re.I), weak) for st, p, weak in L.STATUS_PATTERNS]
_CONTEXT = re.compile(L.STATUS_CONTEXT, re.I | re.X)
_ATTRIB = [re.compile(p) for p in L.ATTRIBUTION_PATTERNS]
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s(?:but|while|whereas|although|though|ma|mentre|mais|aber|"
                     r"während|pero|mientras)\s", re.I)
_TOKEN = re.compile(r"[\w'’]+")
_GATED = set(STATUSES) - {"negotiating"}  # "analysts agreed", "denied a permit": need deal context


def extract_statuses(sentence: str, lang: str | None = None, headline: bool = False) -> list[StatusMention]:
    """Deal-status mentions in one sentence (see STATUSES), with negation/hedging/attribution."""
    lang = lang or detect_language(sentence)
    hits = [h for h in _trigger_hits(sentence) if _gate_ok(sentence, h, headline)]
    mentions, denial = [], None
    for status, m, weak in sorted(hits, key=lambda h: h[1].start()):
        # "denied that a contract was signed": the denial negates what follows in its clause
        negated = _negated(sentence, m) or (denial is not None and _in_denial(sentence, denial, m.start()))
        mentions.append((weak, StatusMention(status, m.group(), negated, _hedged(sentence, m, weak, lang, negated),
                                             _attribution(sentence, status, m), m.start(), m.end())))
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


def _in_denial(sentence: str, denial: int, start: int) -> bool:
    """Is ``start`` inside what the denial ending at ``denial`` denies? ("dementierte, dass ...")"""
    that = _THAT.match(sentence, denial)
    return not _CLAUSE.search(sentence, that.end() if that else denial, start)


def _trigger_hits(sentence: str) -> list[tuple[str, re.Match, bool]]:
    hits: list[tuple[str, re.Match, bool]] = []
    folded = " ".join(sentence.lower().split())
    if not _PREFILTER.search(folded):
        return hits  # most sentences: no trigger can start anywhere in them
    if _ALWAYS:                 # a pattern without a bounded prefix: the prefixes select nothing
        wanted = _ALL
    else:
        wanted = set().union(*(_patterns_for(m.group(1)) for m in _PREFIX_AT.finditer(folded)))
    for i, (status, rx, weak) in enumerate(_STATUS_RX):
        if i not in wanted:
            continue  # none of this pattern's prefixes occurs in the sentence
        for m in rx.finditer(sentence):
            if not any(m.start() < h.end() and h.start() < m.end() for _, h, _ in hits):
                hits.append((status, m, weak))
    return hits


def _gate_ok(sentence: str, hit, headline: bool) -> bool:
    status, m, _ = hit
    if status == "exploring" and m.group().lower().startswith("eye"):  # "Italy Eyes SpaceX", not "in the eyes of"
        prev = re.search(r"(\S+)\s+$", sentence[:m.start()])
        return bool(prev and prev.group(1)[0].isupper())
    if status not in _GATED or headline or _CONTEXT.search(sentence):
        return True
    nxt = re.match(r"\s+(?:an?\s+|the\s+)?(\S)", sentence[m.end():])
    return status == "exploring" and bool(nxt and (nxt.group(1).isupper() or nxt.group(1) in "$€£"))


def _clause(sentence: str, m: re.Match) -> tuple[str, str]:
    """Text of the trigger's clause before and after the trigger."""
    bounds = [b for b in _CLAUSE.finditer(sentence)]
    start = max([b.end() for b in bounds if b.end() <= m.start()], default=0)
    end = min([b.start() for b in bounds if b.start() >= m.end()], default=len(sentence))
    return sentence[start:m.start()], sentence[m.end():end]


def _negated(sentence: str, m: re.Match) -> bool:
    before = [t.lower() for t in _TOKEN.findall(_clause(sentence, m)[0])][-6:]
    return any(t in L.NEGATORS or t.endswith(("n't", "n’t")) or t.startswith(("n'", "n’")) for t in before)


def _hedged(sentence: str, m: re.Match, weak: bool, lang: str = "en", negated: bool = False) -> bool:
    if re.match(r"[^.!?]*\?", sentence[m.end():]):  # the trigger's own question: "Is a deal in the works?"
        return True
    before, after = (_TOKEN.findall(x.lower()) for x in _clause(sentence, m))
    hedges = L.HEDGES - L.HEDGES_NOT_IN.get(lang, set()) - (L.NEGATIVE_POLARITY if negated else set())
    if any(t in hedges for t in before) or before[-1:] == ["to"] and before[-2:-1] != ["yet"]:
        return True
    return not weak and any(t in L.MODALS for t in after[:3])


def _attribution(sentence: str, status: str, m: re.Match) -> str | None:
    if status == "denied":
        who = _denier(_clause(sentence, m)[0])
        if who:
            return who
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
# 9, not 5: "in th" (of "in the talks") let every "in the" through; 1,704 of the 6,701 Zyte
# sentences passed, 489 now; 329 prefixes.
_K = 9


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


def _prefixes(seq: list, k: int = _K) -> set[str]:
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


_PATTERN_PREFIXES = [_prefixes(list(_P.parse(p, re.I))) for _, p, _ in L.STATUS_PATTERNS]
_ALWAYS = frozenset(i for i, found in enumerate(_PATTERN_PREFIXES) if "" in found)  # unbounded patterns
_ALL = frozenset(range(len(_PATTERN_PREFIXES)))


def _prefilter() -> re.Pattern:
    found = set().union(*_PATTERN_PREFIXES)
    if "" in found:            # a pattern the reader cannot bound: never filter
        return re.compile("")
    return re.compile(trie_rx(found))


_PREFILTER = _prefilter()
# every position where a prefix starts (a lookahead, so they may overlap); the prefix tree
# matches the longest prefix there, and every shorter one at that position is a prefix of it
_PREFIX_AT = re.compile(f"(?=({_PREFILTER.pattern}))")


@lru_cache(maxsize=4096)
def _patterns_for(prefix: str) -> frozenset[int]:
    """The trigger patterns one of whose prefixes starts ``prefix`` (the longest found there)."""
    return frozenset(i for i, found in enumerate(_PATTERN_PREFIXES)
                     if any(prefix.startswith(q) for q in found if q))
