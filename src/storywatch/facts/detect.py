"""Detect: compare each new version's lead claims with the story's current facts → alerts.

A fact is keyed by (story, subject, kind), as a version's lead claims are: a budget of $5,000 and a
budget cut of 40 percent are two facts, and a move from one to the other changes neither. The
versions of a story are taken in reporting order (then revision); for each non-duplicate version
the lead claim of every fact is compared with the fact's value so far:

* money: a change of the reported (primary) currency is a change, unless one figure's conversion
  restates the other ("€1.5bn ($1.6bn)" then "$1.6bn") or one is a name that can denote the other's
  code ("francs" and CHF: ``lexicon.AMBIGUOUS_CURRENCY``); the same currency changes when the values
  differ beyond the rounding of the less precise figure (|a − b| ≥ half its last stated digit);
* percent, duration, count: a different unit, or values beyond rounding;
* status: any move to another word of the vocabulary;
* a count that only rises (a death toll: ``subjects.is_monotonic``) does not fall back when a slower
  outlet still carries an older, lower figure, unless the sentence says it was revised down;
* any other figure does not go back to a value the fact held before its current one when another
  outlet than the current value's reports it within ``STALE_WINDOW`` (a slower outlet still quoting
  the election-night share, or the first evacuation count): older news, not a change.
Only the story's facts alert (``tracked_facts``): subjects its file names, statuses, and subjects
that recur across two articles or more or lead a headline or opening paragraph; the others' values
are kept all the same, so a subject that becomes a fact later is compared with what came before.

A change between two outlets (their names, else their hosts) reported within 24 hours of each other is a ``conflict``:
the outlets disagree, neither revises the other. Undated seeds are never in conflict, nor is an article
updated in place (a later revision of it): its outlet revises its own report.

Alert ids derive from the story, fact and the two versions and values, so a rerun or a rebuild
from the same input gives the same ids and ``INSERT … ON CONFLICT DO NOTHING`` writes them once.

The facts' vocabulary lives here too, read from the data with no text read: the status lifecycles
(``data/lifecycles.toml``) and the canonical subjects' properties (``data/subjects.toml``). This
module is light to import; the readers of text (``statuses``, ``subjects``) compile their patterns
at import, most of two seconds, so a process that only detects, stores or shows facts skips them.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from importlib import resources
from urllib.parse import urlsplit

from storywatch.facts.grammar import SUBJECT_DATA
from storywatch.facts.lexicon import AMBIGUOUS_CURRENCY
from storywatch.records import Alert, Claim, stable_id
from storywatch.story import FactRules

# ------------------------------------------------------------------ the vocabulary: status lifecycles
LIFECYCLE_DATA = tomllib.loads(resources.files("storywatch.facts").joinpath("data/lifecycles.toml").read_text("utf-8"))
LIFECYCLES: dict[str, tuple[str, ...]] = {lc["name"]: tuple(lc["statuses"]) for lc in LIFECYCLE_DATA["lifecycle"]}
STATUSES: tuple[str, ...] = tuple(s for steps in LIFECYCLES.values() for s in steps)
LIFECYCLE_OF: dict[str, str] = {s: name for name, steps in LIFECYCLES.items() for s in steps}
DEAL = "deal"
BREAKS: frozenset[str] = frozenset(s for lc in LIFECYCLE_DATA["lifecycle"] for s in lc.get("breaks", []))
_RANK = {s: i for steps in LIFECYCLES.values() for i, s in enumerate(steps)}


def _check_data() -> None:
    """The data file's promises: a word names one lifecycle, deal's first, breaks last."""
    problems = ["a status word in two lifecycles"] * (len(STATUSES) != len(set(STATUSES)))
    problems += ["the deal lifecycle must come first"] * (next(iter(LIFECYCLES)) != DEAL)
    for lc in LIFECYCLE_DATA["lifecycle"]:
        steps, breaks = lc["statuses"], lc.get("breaks", [])
        problems += [f"{lc['name']}: breaks come last"] * (steps[len(steps) - len(breaks):] != breaks)
        problems += [f"{lc['name']}: unknown status {t['status']!r}" for t in lc.get("trigger", []) + lc.get("refine", [])
                     if {t["status"], t.get("to", t["status"])} - set(steps)]
    if problems:
        raise ValueError("data/lifecycles.toml: " + "; ".join(problems))


_check_data()


def status_rank(status: str) -> int:
    """Rank of a status within its lifecycle: further along ranks higher, a break (stalled, cancelled,
    denied; vetoed, struck down; called off) over any progress step; -1 for an unknown word."""
    return _RANK.get(status, -1)


# ------------------------------------------------------------------ the vocabulary: subjects
UNRELATED = "unrelated"
GENERIC = "people"              # the subject of "N people": what they are is read from the frame
CANONICAL: dict[str, dict] = {s["name"]: s for s in SUBJECT_DATA["subject"]}   # name → its properties
_REVISION_DOWN = re.compile(rf"(?<!\w)(?:{SUBJECT_DATA['context']['revision_down']})(?!\w)", re.I | re.X)


class _Subjects(tuple):
    """The canonical subjects (``data/subjects.toml``) and "unrelated"; ``in`` also holds for any
    subject read from the text (a counted noun: a non-empty, lowercase, trimmed string)."""

    def __contains__(self, item) -> bool:
        return tuple.__contains__(self, item) or (
            isinstance(item, str) and bool(item) and item == item.strip() and item == item.lower())


SUBJECTS: tuple[str, ...] = _Subjects(tuple(CANONICAL) + (UNRELATED,))


def subject_info(subject: str) -> dict | None:
    """A canonical subject's properties in ``data/subjects.toml``; None for an open counted noun."""
    info = CANONICAL.get(subject)
    return None if info is None else dict(info)


def is_monotonic(subject: str) -> bool:
    """True for a count that only rises as a story develops (a death toll, the injured)."""
    return bool(CANONICAL.get(subject.partition(" (")[0], {}).get("monotonic", False))   # "injured (police)" too


def revision_down(sentence: str) -> bool:
    """True when the sentence says a figure was revised down ("revised down to", "rivisto al
    ribasso", "nach unten korrigiert", "revu à la baisse", "revisado a la baja")."""
    return bool(_REVISION_DOWN.search(sentence))


# A lead claim in a headline, a subheadline or a version's first sentences is prominent: its
# subject is one of the story's facts even when only one article reports it.
PROMINENT_SENTENCES = 4


@dataclass(frozen=True)
class FactState:
    """What a fact holds after some version: its lead claim and where it came from."""

    claim: Claim
    url: str
    published: datetime | None
    order_key: str
    outlet: str | None = None
    seq: int = 1              # the version's revision: orders two versions at one order_key
    earlier: tuple[Claim, ...] = ()   # the values the fact held before this one, oldest first

    @property
    def key(self) -> tuple[str, str]:
        return self.claim.subject, self.claim.kind


def _within_rounding(a: float, b: float, prec_a: float | None, prec_b: float | None) -> bool:
    coarse = max(prec_a or 0.0, prec_b or 0.0)
    tolerance = coarse / 2 if coarse else 0.0
    return abs(a - b) < tolerance - 1e-9 * max(abs(a), abs(b), 1.0) or a == b


def same_figure(old: Claim, new: Claim) -> bool:
    if old.value is None or new.value is None:
        return False
    if old.unit == new.unit or new.unit in AMBIGUOUS_CURRENCY.get(old.unit, ()) \
            or old.unit in AMBIGUOUS_CURRENCY.get(new.unit, ()):      # "francs" and CHF: one currency
        return _within_rounding(old.value, new.value, old.precision, new.precision)
    # A conversion given in the same phrase restates the figure in the other currency.
    if new.alt_unit == old.unit and new.alt_value is not None:
        return _within_rounding(old.value, new.alt_value, old.precision, None) or \
            _within_rounding(old.value, new.alt_value, None, old.precision)
    if old.alt_unit == new.unit and old.alt_value is not None:
        return _within_rounding(old.alt_value, new.value, None, new.precision) or \
            _within_rounding(old.alt_value, new.value, new.precision, None)
    return False


def changed(old: Claim, new: Claim) -> bool:
    if new.kind == "status":
        return old.status != new.status
    return not same_figure(old, new)


CONFLICT_WINDOW = timedelta(hours=24)
# a slower outlet's older figure comes within a few days of the report that superseded it
STALE_WINDOW = timedelta(days=3)
EARLIER_KEPT = 8          # superseded values remembered per fact


def _reported_at(order_key: str) -> datetime | None:
    stamp = order_key.split("|", 1)[0]
    if stamp.startswith("0000"):
        return None
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def is_conflict(old: FactState, new: FactState) -> bool:
    """Two outlets that disagree within a day of each other: not a revision, a conflict."""
    if _outlet(old) == _outlet(new) or new.seq > 1:
        return False
    t_old, t_new = _reported_at(old.order_key), _reported_at(new.order_key)
    return t_old is not None and t_new is not None and abs(t_new - t_old) <= CONFLICT_WINDOW


def alert_for(story: str, old: FactState, new: FactState, detected_at: datetime, run_id: str) -> Alert:
    o, n = old.claim, new.claim
    kind = "status_changed" if n.kind == "status" else "figure_changed"
    if is_conflict(old, new):
        kind = "conflict"
    alert_id = stable_id(story, kind, n.subject, o.version_id, n.version_id,
                         o.value, o.unit, o.status, n.value, n.unit, n.status)
    return Alert(
        alert_id=alert_id, story=story, kind=kind, subject=n.subject,
        old_value=o.value, old_unit=o.unit, old_status=o.status, old_text=o.text, old_url=old.url,
        old_published=old.published, old_version_id=o.version_id,
        new_value=n.value, new_unit=n.unit, new_status=n.status, new_text=n.text, new_url=new.url,
        new_published=new.published, new_version_id=n.version_id,
        evidence=n.sentence, old_evidence=o.sentence, detected_at=detected_at, run_id=run_id)


def prominent(c: Claim) -> bool:
    return c.block in ("headline", "subheadline") or c.position < PROMINENT_SENTENCES


def tracked_facts(facts: list[FactState], sources: dict[tuple[str, str], tuple[int, bool]],
                  sourced: set[tuple[str, str, str]], rules: FactRules = FactRules()) -> set[tuple[str, str]]:
    """Which of the facts' keys are the story's facts: named in its file's ``track``, or (unless
    ignored) a status, or reported by two articles or more, or by one prominently. ``sources``:
    per key, the stored articles reporting it and whether one does prominently; ``sourced``: the
    (subject, kind, article) pairs already counted there."""
    fresh: dict[tuple[str, str], set[str]] = {}
    loud = set()
    for f in facts:
        if (f.claim.subject, f.claim.kind, f.claim.article_id) not in sourced:
            fresh.setdefault(f.key, set()).add(f.claim.article_id)
        if prominent(f.claim):
            loud.add(f.key)
    out = set()
    for key in {f.key for f in facts}:
        count, was_loud = sources.get(key, (0, False))
        if is_fact(key, count + len(fresh.get(key, ())), was_loud or key in loud, rules):
            out.add(key)
    return out


def is_fact(key: tuple[str, str], articles: int, loud: bool, rules: FactRules = FactRules()) -> bool:
    """Whether a subject (subject, kind) reported by ``articles`` articles, prominently by one of
    them or not (``loud``), is one of the story's facts."""
    subject, kind = key
    if subject in rules.track:
        return True
    # "180,000 people", "two people familiar with", "40.000 persone": a count of people whose
    # sentence says nothing of what happened to them is no fact of its own (it would compare the
    # ill with the sources, the marchers with the arrested); a frame or a noun names the facts
    if subject in rules.ignore or subject in ("unrelated", GENERIC):
        return False
    return kind == "status" or loud or articles >= 2


def falls_back(prev: Claim, new: Claim) -> bool:
    """An older report, not a change: a lower figure for a count that only rises, with no word of
    a revision; or an earlier step of a lifecycle's progress than the one reached ("convicted"
    after "sentenced", "strike called" after "on strike"). After a break (stalled, called off) any
    step is news: the talks resumed."""
    if new.kind == "status":
        return (prev.status not in BREAKS and new.status not in BREAKS
                and LIFECYCLE_OF.get(prev.status) == LIFECYCLE_OF.get(new.status)
                and status_rank(new.status) < status_rank(prev.status))
    return (new.kind == prev.kind and new.unit == prev.unit and new.value is not None
            and prev.value is not None and new.value < prev.value and is_monotonic(new.subject)
            and not revision_down(new.sentence))


def reverts(prev: FactState, new: FactState, earlier: tuple[Claim, ...] | None = None) -> bool:
    """A figure back at a value the fact held before ``prev`` (``earlier``, default
    ``prev.earlier``), reported by another outlet than ``prev``'s within ``STALE_WINDOW`` of it: a
    slower outlet still carrying the older figure."""
    earlier = prev.earlier if earlier is None else earlier
    if new.claim.kind == "status" or _outlet(prev) == _outlet(new):
        return False
    t_prev, t_new = _reported_at(prev.order_key), _reported_at(new.order_key)
    if t_prev is None or t_new is None or abs(t_new - t_prev) > STALE_WINDOW:
        return False
    return (changed(prev.claim, new.claim)
            and any(same_figure(old, new.claim) for old in earlier if old.kind == new.claim.kind))


def _outlet(f: FactState) -> str | None:
    return f.outlet or urlsplit(f.url).hostname


def stale(prev: FactState, new: FactState, earlier: tuple[Claim, ...] | None = None) -> bool:
    """An older report of the fact, not news: it falls back (``falls_back``) or reverts (``reverts``)."""
    return falls_back(prev.claim, new.claim) or reverts(prev, new, earlier)


def _after(earlier: tuple[Claim, ...], prev: FactState, new: FactState) -> tuple[Claim, ...]:
    """The values a fact held before ``new``, when ``new`` follows ``prev`` (which held ``earlier``)."""
    return (earlier + (prev.claim,))[-EARLIER_KEPT:] if changed(prev.claim, new.claim) else earlier


def settle(latest: FactState, history: list[tuple[Claim, FactState]]) -> FactState:
    """A fact's state as the next batch compares with it: ``latest`` (its newest lead claim), unless
    that is an older report the alerts passed over, then the last alert's new value. ``history``:
    the fact's alerts in reporting order, each as (old claim, new value)."""
    if not history:
        return latest
    earlier = tuple(old for old, _ in history)[-EARLIER_KEPT:]
    last = replace(history[-1][1], earlier=earlier)
    if latest.claim.claim_id == last.claim.claim_id or stale(last, latest):
        return last
    return replace(latest, earlier=_after(earlier, last, latest))


def detect(story: str, state: dict[tuple[str, str], FactState], new_facts: list[FactState],
           detected_at: datetime, run_id: str, tracked: set[tuple[str, str]] | None = None
           ) -> tuple[list[Alert], dict[tuple[str, str], FactState]]:
    """Walk new lead claims in reporting order; return alerts and the facts' state afterwards.

    ``state`` holds each fact's value before the first new version; ``new_facts`` are the lead
    claims of new, non-duplicate versions; ``tracked``: the keys that may alert (None: every one). A version earlier than the current state (a late
    arrival) is compared with nothing newer than itself and does not move the current value back.
    """
    state = dict(state)
    earlier = {key: fact.earlier for key, fact in state.items()}   # superseded values, per fact
    alerts: list[Alert] = []
    for fact in sorted(new_facts, key=lambda f: (f.order_key, f.seq, f.claim.position)):
        prev = state.get(fact.key)
        if prev is not None and prev.order_key > fact.order_key:
            continue
        if prev is not None and stale(prev, fact, earlier.get(fact.key, ())):
            continue
        if prev is not None and changed(prev.claim, fact.claim) and (tracked is None or fact.key in tracked):
            alerts.append(alert_for(story, prev, fact, detected_at, run_id))
        if prev is not None:
            earlier[fact.key] = _after(earlier.get(fact.key, ()), prev, fact)
        state[fact.key] = fact
    return alerts, state
