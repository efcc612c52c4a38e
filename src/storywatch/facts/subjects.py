"""What a figure counts or measures, read from its sentence, and the role it plays there.

A figure's subject is the noun phrase it quantifies or the frame around it ("death toll rose to N",
"killing N people", "$X a share", "sentenced to N years"), named by a canonical subject that stays
the same across wording, outlets and languages ("people killed" = "morti" = "Todesopfer"). With no
frame, an amount, a percentage or a length takes the subject its noun phrase names
(``phrases.phrase_subject``: "the cost of the repairs is put at €300m" → cost); a count falls back
to its counted noun, lowercased; the deal cues (deal value, company valuation, budget, deal
duration) read what no phrase names; else "unrelated". All knowledge (frames, cue words, subjects
and their properties) is data: ``data/subjects.toml`` and ``data/phrases.toml``, read once.

``figure_context`` says whether a figure is a plain current report (None) or ``background`` (an
older value restated), ``hedged`` (a projection: "could rise to 500") or ``historical`` (another
event: "the 2009 quake killed 309").

Every reading looks only at a bounded window around the figure, so the work per sentence is linear
in its length however many figures it holds.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from storywatch.facts import lexicon as L
from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import (CHANGE, FROM, INCREMENT_BEFORE, MORE_APPROX, OLD_VALUE, SUBJECT_DATA, Figure, expect,
                                      spans)
from storywatch.facts.phrases import counted_name, is_denominator, part_before, people_verb, phrase_subject, rate_span
from storywatch.facts.sentences import ALL_STOPS
from storywatch.facts.detect import (CANONICAL, GENERIC, SUBJECTS, UNRELATED, is_monotonic, revision_down,
                                     subject_info)

__all__ = ["UNRELATED", "GENERIC", "SUBJECTS", "WINDOW", "subject_info", "is_monotonic", "revision_down",
           "is_description", "noun_subject", "classify_subject", "figure_context", "is_background"]

_DATA = SUBJECT_DATA            # data/subjects.toml, read once (grammar.py)
_SET = _DATA["settings"]
WINDOW: int = _SET["window"]
_TIGHT: int = _SET["tight_gap"]
_HEAD_GAP: int = _SET["head_gap"]


def _rx(fragment: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{fragment})(?!\w)", re.I | re.X)


def _rx_list(fragments, after: bool = False) -> re.Pattern | None:
    """One pattern of the fragments; one read after a figure may follow its digits directly
    ("$9.99/month", "$10-a-month"), so only a letter before it breaks the word."""
    if not fragments:
        return None
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?!\w)", re.I | re.X) if after else _rx(body)


_INFO = CANONICAL
_SOURCES = {s["name"]: [(who, _rx(p)) for who, p in s["by_source"].items()] for s in _DATA["subject"] if s.get("by_source")}
_NOUNS: dict[str, str] = {n.lower(): s["name"] for s in _DATA["subject"] for n in s.get("nouns", ())}
# (name, kinds, before, head, after) for subjects with frames, in file order
_FRAMES = [(s["name"], frozenset(s["kinds"]), _rx_list(s.get("before")), _rx_list(s.get("head")),
            _rx_list(s.get("after"), after=True)) for s in _DATA["subject"]
           if s.get("before") or s.get("head") or s.get("after")]
_LINKS = _rx(_SET["links"])
_AFTER_GAP_STOP = _rx(_SET["after_gap_stop"])   # "40 million … and the allowance": another noun's frame
_AFTER_CLAUSE_STOP = re.compile(_SET["after_clause_stop"], re.I)   # "…, will not rise": the main clause again
_GAP_SKIP = _rx(_SET["gap_skip"])               # "un homme de 71 ans est mort": an age between is no stop


_CUES = _DATA["cues"]
_MONEY_CUES = [(label, _rx(_CUES[key])) for label, key in (("company valuation", "company_valuation"), ("budget", "budget"),
               ("ambiguous", "ambiguous"), ("deal value", "deal_value"), (UNRELATED, "other"))]
_DURATION_CUES = [("deal duration", _rx(_CUES["deal_duration"])), (UNRELATED, _rx(_CUES["duration_other"]))]
_DEAL_NOUN = _rx(_CUES["deal_nouns"])
_COST_CUE = re.compile(_CUES["cost_words"], re.I | re.X)
_VALUE_CUE = re.compile(_CUES["value_words"], re.I | re.X)
_COMPANY_NOUN = _rx(_CUES["company_nouns"])
_BUDGET_NOUN = _rx(_CUES["budget"])

_CTX = _DATA["context"]
_HEDGED = _rx(_CTX["hedged"])
_BACKGROUND = _rx(_CTX["background"])
_BG_REACH: int = _CTX["background_reach"]
_HISTORICAL = _rx(_CTX["historical"])
_THEN = _rx(_CTX["historical_then"])
# background cues after which only a later figure is the old one ("up from €1.5bn")
_AFTER_ONLY = re.compile(rf"(?:{_CTX['background_after_only']})s?$", re.I | re.X)
_BG_REACH_BACK: int = _CTX["background_reach_back"]
_INC_AFTER = re.compile(_CTX["increment_after"], re.I | re.X)
_REPORTED_BY = re.compile(r"first\s+reported\s+by\b", re.I)
_DIGIT = re.compile(r"\d")

_QUALIFIERS = L.alt(re.escape(w).replace(r"\ ", r"\s+") for w in [*L.APPROX, *MORE_APPROX])
_QUAL_END = re.compile(rf"(?<!\w)(?:{_QUALIFIERS})\s*$", re.I)
_CONJUNCT = re.compile(rf"\s+(?:and|y|e|et|und)\s+(?:(?:{_QUALIFIERS})\s+)?\d[\d.,]*\s+([^\W\d_]+)", re.I)
_GAP_STOP = re.compile(r"[\d.;:!?()\[\]]")
_ASIDE = re.compile(r",[^,;.]{0,60},")
# "revenue rose 3.5 percent to $27bn": a change in percent between a head and its figure
_CHANGE_BY = re.compile(r"(?:(?<!\w)(?:by|un|el|del|di|il|um|de)\s+)?(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent|per\s?cent|per\s?cento|prozent|pour\s?cent|por\s?ciento)(?!\w)", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\s(?:while|whereas|but|mentre|ma|während|aber|tandis\s+que|mais|mientras|pero)\s",
                           re.I)
# the patterns read by ``spans``: the gate's prefix tree built once for them all
expect([rx for f in _FRAMES for rx in f[2:] if rx] + [rx for _, rx in _MONEY_CUES + _DURATION_CUES]
       + [_CLAUSE_BREAK, _HEDGED, _HISTORICAL, _THEN, _BACKGROUND])


# ------------------------------------------------------------------ properties
def is_description(kind: str, value: float | None, text: str, subject: str) -> bool:
    """A few things spelled in words, of a noun no subject names ("two others", "deux doses", "three
    suspects"): a description, not a tally; its subject stays what it counts, but it never leads."""
    return kind == "count" and value is not None and value < 4 and text[:1].isalpha() and subject not in _INFO


# ------------------------------------------------------------------ subject
def _gap_words(gap: str) -> int | None:
    """Words between a frame and the figure, qualifiers ("at least") not counted; None across a
    number or a stop."""
    if _GAP_STOP.search(gap := _GAP_SKIP.sub(" ", gap)):
        return None
    while (q := _QUAL_END.search(gap)) and q.start() < len(gap):
        gap = gap[:q.start()]
        if not gap.strip():
            break
    return len(_WORD.findall(gap))


def _frame(sentence: str, figure: Figure, after_frames: bool = True) -> str | None:
    """The subject whose frame reaches the figure nearest; None when no frame does. Frames after
    the figure are skipped when ``after_frames`` is false (its counted noun names it already)."""
    lo, hi = max(0, figure.start - WINDOW), min(len(sentence), figure.end + WINDOW)
    sp = spans(sentence)
    best: tuple[int, int, str] | None = None
    for rank, (name, kinds, rx_before, rx_head, rx_after) in enumerate(_FRAMES):
        if figure.kind not in kinds:
            continue
        gaps = []
        if rx_before:
            gaps += [g for _, b in sp.within(rx_before, lo, figure.start)
                     if (g := _gap_words(sentence[b:figure.start])) is not None and g <= _TIGHT]
        if rx_head:
            gaps += [g for _, b in sp.within(rx_head, lo, figure.start)
                     if (g := _head_gap(sentence[b:figure.start])) is not None]
        if rx_after:
            # may start inside the figure ("112 [people were killed]"), end with it only as its own words ("34 [siguen ingresados]")
            for a, b in sp.within(rx_after, figure.start, hi):
                if b < figure.end or (b == figure.end and (a == figure.start or " " not in sentence[a:b].strip())):
                    continue
                if b > figure.end and not after_frames:
                    break
                g = _gap_words(sentence[figure.end:a]) if a > figure.end else 0
                if g is not None and g <= _TIGHT and not _AFTER_GAP_STOP.search(sentence, figure.end, a) \
                        and not _AFTER_CLAUSE_STOP.search(sentence, figure.end, a):
                    gaps.append(g)
                break
        if gaps and (best is None or (min(gaps), rank) < best[:2]):
            best = (min(gaps), rank, name)
    return best and best[2]


def _head_gap(gap: str) -> int | None:
    """'unemployment rose to 5%': words between a head noun and the figure, the last a link; an
    aside between commas ("the toll, first put at 38, rose to 112") and an old value skipped."""
    gap = _CHANGE_BY.sub(" ", OLD_VALUE.sub(" ", _ASIDE.sub(" ", gap)))
    n = _gap_words(gap)
    # a comma ends the head's clause, but for a short apposition ("the toll, first put at 38")
    if n is None or n > _HEAD_GAP or ("," in gap and len(_WORD.findall(gap.rpartition(",")[2])) > 4):
        return None
    stripped = gap
    while (q := _QUAL_END.search(stripped)) and stripped.strip():
        stripped = stripped[:q.start()]
    words, last = _WORD.findall(stripped), _WORD.findall(gap)[-1:]   # "hasta" links, though a qualifier
    if words and not _LINKS.fullmatch(words[-1]) and not (last and _LINKS.fullmatch(last[0])):
        return None
    return n + 1  # a head frame is looser than a tight one at the same distance


def noun_subject(thing: str | None) -> str | None:
    if not thing:
        return None
    word = thing.strip("'’-").lower()   # 'cas' = 'Fälle' = cases; 'dépôts' = 'depots'
    return _NOUNS.get(word) or counted_name(word) or L.fold(word) or None


def classify_subject(sentence: str, figure: Figure) -> str:
    """What the figure counts or measures: a canonical subject, a counted noun, or "unrelated";
    a count for each of something is a rate of it ("cases per 100,000", "death toll per day")."""
    if figure.kind == "count" and is_denominator(sentence, figure):        # "160 cases per [1,000 children]"
        return UNRELATED
    subject = _by_source(sentence, figure, _classify(sentence, figure))
    per = rate_span(sentence, figure) if figure.kind == "count" and subject != UNRELATED else None
    return f"{subject} {per}" if per else subject


def _classify(sentence: str, figure: Figure) -> str:
    noun = noun_subject(figure.thing) if figure.kind == "count" else None
    # "3 deaths of detained children": a counted noun that names a subject beats a frame after it
    specific = noun in _INFO and noun != GENERIC and not _INFO[noun].get("who")   # "40 workers [trapped]"
    framed = _frame(sentence, figure, after_frames=not specific) or (None if specific else _shared_frame(sentence, figure))
    if framed:   # "17 officers injured", "90 manifestantes heridos": the injured by who they are
        return L.by_who(framed, figure.thing if figure.kind == "count" else None)
    if figure.kind == "count":   # "one person": a fact only where a frame or a subject's noun names it
        if noun == GENERIC and (done := people_verb(sentence, figure)):
            return f"{GENERIC} {done}"   # "infected 214 people", "214 persone contagiate": what happened to them
        return noun if noun and (figure.value != 1 or (noun in _INFO and noun != GENERIC)) else UNRELATED
    if figure.kind == "measure" and figure.unit not in L.FRAMED_UNITS:   # a scale or an area: its unit
        return L.UNIT_SUBJECTS.get(figure.unit, (figure.unit or UNRELATED).lower())
    phrase = phrase_subject(sentence, figure, measure_of=figure.kind == "measure") if figure.kind != "duration" else None
    if figure.kind == "measure":   # a length or a mass: its frame or a known quantity ("the ash column rose to 9 km")
        return phrase[0] if phrase and phrase[1] else UNRELATED
    if figure.kind == "duration":
        hit = _nearest(sentence, figure, _DURATION_CUES)
        return hit[0] if hit else UNRELATED
    if phrase and phrase[1]:       # a quantity the data names in every language ("costo" = "Kosten" = cost)
        return phrase[0]
    label = _cue_label(sentence, figure)
    return label if label != UNRELATED or not phrase else phrase[0]


def _by_source(sentence: str, figure: Figure, subject: str) -> str:
    """'Police put the crowd at 25,000', '120.000 secondo gli organizzatori': a count each source
    gives its own of ('crowd (police)'), by the nearest source word before the figure in its clause
    (a semicolon ends one), else the first after it; the subject alone where none is named."""
    sources = _SOURCES.get(subject)
    if not sources:
        return subject
    lo = max(sentence.rfind(";", 0, figure.start) + 1, figure.start - WINDOW)
    end = sentence.find(";", figure.end)
    hi = min(len(sentence) if end < 0 else end, figure.end + WINDOW)
    before = [(m.end(), who) for who, rx in sources for m in rx.finditer(sentence, lo, figure.start)]
    after = [(m.start(), who) for who, rx in sources for m in rx.finditer(sentence, figure.end, hi)]
    who = max(before)[1] if before else min(after)[1] if after else None
    return f"{subject} ({who})" if who else subject


def _shared_frame(sentence: str, figure: Figure) -> str | None:
    """'46 agentes y más de 90 manifestantes heridos': a count coordinated with the next one shares
    the frame after that one, read as if the next were not there ('46 agentes heridos')."""
    m = _CONJUNCT.match(sentence, figure.end) if figure.kind == "count" and figure.thing else None
    if not m or L.fold(m.group(1).lower()) in ALL_STOPS:
        return None
    return _frame(sentence[:figure.end] + sentence[m.end():], figure)


def _cue_label(sentence: str, figure: Figure) -> str:
    """The deal cues' reading of an amount with no frame or known phrase (deal value, company
    valuation, budget), else "unrelated"."""
    hit = _nearest(sentence, figure, _MONEY_CUES)
    if not hit:
        return UNRELATED
    label, cue, lo, hi = hit
    if label == "ambiguous":
        label = _worth_of_what(sentence, cue, lo, hi)
    elif label == "deal value" and not _DEAL_NOUN.search(sentence, lo, hi):
        if _COST_CUE.fullmatch(sentence, *cue):
            label = "cost"      # "il costo dell'opera sale a 3,6 miliardi": a cost, with no deal named near it
        elif _VALUE_CUE.fullmatch(sentence, *cue):
            label = "value"     # "the value of the stolen works": a thing's value
    return label if figure.kind == "money" or label == "budget" else UNRELATED


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def _nearest(sentence: str, figure: Figure, cues):
    """The cue category nearest the figure within the window (cues inside the figure ignored):
    (label, cue span, window start, window end)."""
    lo, hi = max(0, figure.start - WINDOW), min(len(sentence), figure.end + WINDOW)
    span = (figure.start, figure.end)
    sp = spans(sentence)
    best = None
    for rank, (label, rx) in enumerate(cues):
        for cue in sp.within(rx, lo, hi):
            if cue[0] < span[1] and span[0] < cue[1]:
                continue
            key = (_dist(cue, span), rank)
            if best is None or key < best[0]:
                best = (key, label, cue)
    return best and (best[1], best[2], lo, hi)


_COPULAS = frozenset(_CUES["copulas"].split())    # "Acme está valorada en": no noun
_VALUES_WHAT = re.compile(r"valu(?:es|ing)\s+(.*)\s+at", re.I)


def _worth_of_what(sentence: str, cue: tuple[int, int], lo: int, hi: int) -> str:
    """'a deal worth $1.5bn' vs 'SpaceX, valued at $350bn': the noun before the cue decides, or
    what a verb values ('values the company at', 'values the stolen works at')."""
    text = sentence[lo:hi]
    valued = _VALUES_WHAT.match(sentence, *cue)
    before = valued.group(1) if valued else sentence[max(lo, cue[0] - 60):cue[0]]
    if _DEAL_NOUN.search(before):
        return "deal value"
    if _BUDGET_NOUN.search(before):
        return "budget"
    words = [w for w in re.findall(r"[\w'’]+", before) if w.lower() not in ALL_STOPS | _COPULAS]
    if _COMPANY_NOUN.search(before) or (words and words[-1][0].isupper() and not words[-1].endswith("ly")):
        return "company valuation"
    # "the works, valued at 60 million euros": no deal and no company named, the value of a thing
    return "deal value" if _DEAL_NOUN.search(text) else "value"


# ------------------------------------------------------------------ role in the sentence
def figure_context(sentence: str, figure: Figure, figures: list[Figure]) -> str | None:
    """None for a plain current report; "background" for an older value restated ("up from",
    "first put at", "the earlier offer of"); "hedged" for a projection ("could rise to",
    "officials fear up to", "is expected to reach"); "historical" for a figure of another event
    ("the 2009 quake killed 309"). ``figures``: the sentence's figures, in text order."""
    if is_background(sentence, figure, figures) or part_before(sentence, figure) or _increment(sentence, figure):
        return "background"
    if _hedged(sentence, figure):
        return "hedged"
    if _historical(sentence, figure):
        return "historical"
    return None


def _increment(sentence: str, figure: Figure) -> bool:
    """A count added to the fact, not its value: "another 30", "eight more bodies", "altri otto"."""
    inside = figure.text.split(maxsplit=1)[1:]         # "eight more bodies", "trois autres": in its own text
    return figure.kind == "count" and bool(INCREMENT_BEFORE.search(sentence[max(0, figure.start - 30):figure.start])
                                           or _INC_AFTER.match(sentence[figure.end:figure.end + 30])
                                           or inside and _INC_AFTER.match(" " + inside[0]))


def _clause_start(sentence: str, figure: Figure) -> int:
    """Where the figure's clause begins, at most WINDOW characters before it."""
    lo = max(0, figure.start - WINDOW)
    breaks = spans(sentence).within(_CLAUSE_BREAK, lo, figure.start)
    return breaks[-1][1] if breaks else lo


def _hedged(sentence: str, figure: Figure) -> bool:
    for _, b in spans(sentence).within(_HEDGED, _clause_start(sentence, figure), figure.start):
        g = _gap_words(sentence[b:figure.start])
        if g is not None and g <= 1:
            return True
    return False


def _historical(sentence: str, figure: Figure) -> bool:
    """A year of another event in the figure's clause, or in the one before it "then" refers to."""
    sp, start = spans(sentence), _clause_start(sentence, figure)
    return bool(sp.within(_HISTORICAL, start, figure.start) or (
        start and sp.within(_THEN, start, figure.start) and sp.within(_HISTORICAL, max(0, start - WINDOW), start)))


# one sentence's figures by kind, with their starts, for the last list seen
_index: list = [None, None]


def _by_kind(figures: list[Figure], kind: str) -> tuple[list[int], list[Figure]]:
    if _index[0] is not figures:
        table: dict[str, tuple[list[int], list[Figure]]] = {}
        for f in sorted(figures, key=lambda f: f.start):
            starts, figs = table.setdefault(f.kind, ([], []))
            starts.append(f.start)
            figs.append(f)
        _index[0], _index[1] = figures, table
    return _index[1].get(kind, ([], []))


def is_background(sentence: str, figure: Figure, figures: list[Figure] | None = None) -> bool:
    """True when the figure restates an older value ("initially", "first reported in", "up from").
    ``figures``: the sentence's figures (``extract_figures(sentence)``), when the caller has them."""
    figures = extract_figures(sentence) if figures is None else figures
    starts, same = _by_kind(figures, figure.kind)
    reach = _BG_REACH + WINDOW
    lo, hi = max(0, figure.start - reach), min(len(sentence), figure.end + reach)
    near = same[bisect_left(starts, lo):bisect_right(starts, hi)]
    if not any((f.start, f.end) == (figure.start, figure.end) for f in near):
        near = sorted([*near, figure], key=lambda f: f.start)
    i = bisect_left(starts, figure.start)
    listed = any((f.start, f.end) == (figure.start, figure.end) for f in same[i:bisect_right(starts, figure.start)])
    several = len(same) + (not listed) >= 2
    for c0, c1 in spans(sentence).within(_BACKGROUND, lo, hi):
        if not several and _REPORTED_BY.match(sentence, c0):
            continue  # "the $1.5bn deal, first reported by Bloomberg": the current value
        after = bool(_AFTER_ONLY.search(sentence, c0, c1))
        cands = [f for f in near if not after or f.start >= c1]
        if not cands:
            continue
        nearest = min(cands, key=lambda f: _dist((c0, c1), (f.start, f.end)))
        limit = _BG_REACH if figure.start >= c1 else _BG_REACH_BACK
        # a number between a figure and the cue after it is the one the cue tells of, figure or
        # not: "437 people had been on board, not the 412 first given"
        told_of_another = figure.end <= c0 and _DIGIT.search(sentence, figure.end, c0)
        if (nearest.start, nearest.end) == (figure.start, figure.end) and not told_of_another \
                and _dist((c0, c1), (figure.start, figure.end)) <= limit:
            return True
    return _changed_from(sentence, figure, starts)


def _changed_from(sentence: str, figure: Figure, starts: list[int]) -> bool:
    """'raised from €1bn to €1.5bn': the 'from' figure is the old one."""
    head = sentence[max(0, figure.start - WINDOW):figure.start]
    return bool(FROM.search(head[-12:]) and CHANGE.search(head)
                and bisect_right(starts, figure.end) < len(starts))
