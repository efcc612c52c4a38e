"""Which tracked fact a figure is about (deal value, duration, valuation, budget, ...) and whether
its sentence restates an older value (background)."""
from __future__ import annotations

import re

from storywatch.facts import lexicon as L
from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import CHANGE, FROM, Figure
from storywatch.facts.sentences import ALL_STOPS

SUBJECTS: tuple[str, ...] = ("deal value", "deal duration", "company valuation", "budget",
                             "satellite count", "unrelated")


def _cue(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern})\b", re.I | re.X)


_MONEY_CUES = [("company valuation", _cue(L.VALUATION_CUES)), ("budget", _cue(L.BUDGET_CUES)),
               ("ambiguous", _cue(L.AMBIG_VALUE_CUES)), ("deal value", _cue(L.DEAL_CUES)),
               ("unrelated", _cue(L.OTHER_CUES))]
_DURATION_CUES = [("deal duration", _cue(L.DURATION_DEAL_CUES)), ("unrelated", _cue(L.DURATION_OTHER_CUES))]
_DEAL_NOUN = _cue(L.DEAL_NOUNS)
_COMPANY_NOUN = _cue(L.COMPANY_NOUNS)
_BUDGET_NOUN = _cue(L.BUDGET_CUES)
_BACKGROUND = re.compile(rf"\b(?:{L.BACKGROUND_CUES})", re.I | re.X)


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def _nearest(sentence: str, figure: Figure, cues) -> tuple[str, re.Match] | None:
    """The cue category nearest to the figure (cues inside the figure's own text ignored)."""
    best = None
    for rank, (label, rx) in enumerate(cues):
        for m in rx.finditer(sentence):
            if m.start() < figure.end and figure.start < m.end():
                continue
            key = (_dist(m.span(), (figure.start, figure.end)), rank)
            if best is None or key < best[0]:
                best = (key, label, m)
    return best and (best[1], best[2])


def classify_subject(sentence: str, figure: Figure) -> str:
    """Which tracked fact the figure is about; one of SUBJECTS."""
    if figure.kind == "count":
        return "satellite count" if (figure.thing or "").lower() in L.SATELLITE_NOUNS else "unrelated"
    if figure.kind == "duration":
        hit = _nearest(sentence, figure, _DURATION_CUES)
        return hit[0] if hit else "unrelated"
    hit = _nearest(sentence, figure, _MONEY_CUES)
    if not hit:
        return "unrelated"
    label, m = hit
    if label == "ambiguous":
        label = _worth_of_what(sentence, m)
    if figure.kind != "money" and label != "budget":
        return "unrelated"
    return label


def _worth_of_what(sentence: str, cue: re.Match) -> str:
    """'a deal worth $1.5bn' vs 'SpaceX, valued at $350bn': the noun before the cue decides."""
    before = sentence[max(0, cue.start() - 60):cue.start()]
    if _DEAL_NOUN.search(before):
        return "deal value"
    if _BUDGET_NOUN.search(before):
        return "budget"
    words = [w for w in re.findall(r"[\w'’]+", before) if w.lower() not in ALL_STOPS | {"now", "currently", "been"}]
    if _COMPANY_NOUN.search(before) or (words and words[-1][0].isupper() and not words[-1].endswith("ly")):
        return "company valuation"
    return "deal value" if _DEAL_NOUN.search(sentence) else "company valuation"


def is_background(sentence: str, figure: Figure, figures: list[Figure] | None = None) -> bool:
    """True when the figure restates an older value ("initially", "first reported in", "up from").

    ``figures``: the sentence's figures as ``extract_figures(sentence)`` reads them, when the
    caller has them already (one sentence often holds several figures).
    """
    figures = extract_figures(sentence) if figures is None else figures
    figs = [f for f in figures if f.kind == figure.kind]
    if not any((f.start, f.end) == (figure.start, figure.end) for f in figs):
        figs.append(figure)
    for cue in _BACKGROUND.finditer(sentence):
        if len(figs) < 2 and re.match(r"first\s+reported\s+by\b", sentence[cue.start():], re.I):
            continue  # "the $1.5bn deal, first reported by Bloomberg": the current value
        after = cue.group().lower().endswith("from")
        cands = [f for f in figs if not after or f.start >= cue.end()]
        if not cands:
            continue
        near = min(cands, key=lambda f: _dist(cue.span(), (f.start, f.end)))
        if near == figure and _dist(cue.span(), (figure.start, figure.end)) <= 80:
            return True
    return _changed_from(sentence, figure, figs)


def _changed_from(sentence: str, figure: Figure, figs: list[Figure]) -> bool:
    """'raised from €1bn to €1.5bn': the 'from' figure is the old one."""
    head = sentence[:figure.start]
    return bool(FROM.search(head) and CHANGE.search(head)
                and any(f.start > figure.end for f in figs))
