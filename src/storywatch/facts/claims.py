"""Facts: the claims one version makes, each with its role.

Figures and statuses come from ``figures`` and ``statuses`` sentence by sentence over the reporting blocks of a
normalized document. Each claim gets a role: the ``lead`` claim of a tracked fact is what the
version reports for it (the first plain statement); ``mention`` repeats it; ``background``
restates an older value; ``hedged`` and ``negated`` statuses are not statuses; ``duplicate``
claims sit in a section that rewrites an earlier one of the same page, so they never count twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from storywatch.facts.figures import extract_figures
from storywatch.facts.grammar import FROM, SUBJECT_DATA, TO, Figure, literal_prefixes
from storywatch.facts.numbers import trie_rx
from storywatch.facts.sentences import detect_language, split_sentences
from storywatch.facts.statuses import StatusMention, extract_statuses, status_rank
from storywatch.facts.phrases import parts_of_wholes
from storywatch.facts.subjects import classify_subject, figure_context, is_description, noun_subject, subject_info
from storywatch.records import Claim, stable_id
from storywatch.story import FactRules
from storywatch.text import NormalizedDoc, dedup

STATUS_SUBJECT = "deal status"
UNRELATED = "unrelated"       # a figure whose subject could not be read: never a fact
SENTENCE_MATCH = 0.25       # estimated Jaccard at which two sentences say the same thing
REWRITE_SHARE = 1 / 3       # share of a section's sentences repeated in a later one: a rewrite
# "now covers 14 countries": up to two words (none saying "from") between "now" and the figure
_NOW = re.compile(rf"(?<!\w)(?:{SUBJECT_DATA['context']['current']})\s+"
                  r"(?:(?!(?:from|up|down|da|dai|dal|dalle|von|de|des|desde)\b)[^\W\d_]+\s+){0,2}$", re.I | re.X)


@dataclass(frozen=True)
class Sentence:
    text: str
    block: str
    section: int
    position: int


def sentences(doc: NormalizedDoc, lang: str | None = None) -> list[Sentence]:
    out: list[Sentence] = []
    for block in doc.reporting():
        parts = [block.text] if block.kind in ("headline", "subheadline", "heading") \
            else split_sentences(block.text, lang)
        for part in parts:
            if part.strip():
                out.append(Sentence(part.strip(), block.kind, block.section, len(out)))
    return out


def rewritten_sections(sents: list[Sentence]) -> set[int]:
    """Sections (after the first) that rewrite an earlier section of the same page.

    A later section is a rewrite when at least a third of an earlier section's sentences have a
    near-match in it (MinHash estimate of content-word Jaccard ≥ 0.25).
    """
    if len({s.section for s in sents}) < 2:
        return set()                                # one section rewrites nothing
    by_section: dict[int, list[np.ndarray]] = {}
    for s in sents:
        words = dedup.content_words(s.text)
        if len(words) >= 4:
            by_section.setdefault(s.section, []).append(dedup.minhash(set(words)))
    stacked = {k: np.stack(v) for k, v in by_section.items()}
    rewrites: set[int] = set()
    sections = sorted(stacked)
    for i, later in enumerate(sections):
        for earlier in sections[:i]:
            if earlier in rewrites:
                continue
            # every earlier sentence against every later one at once
            sims = dedup.similarity(stacked[earlier][:, None, :], stacked[later][None, :, :])
            hits = int(np.count_nonzero(sims.max(axis=1) >= SENTENCE_MATCH))
            if hits / len(stacked[earlier]) >= REWRITE_SHARE:
                rewrites.add(later)
                break
    return rewrites


def _figure_claims(base: dict, s: Sentence, lang: str | None, role: str) -> list[Claim]:
    figs = extract_figures(s.text, lang)
    # figures whose subject is known as they are read: a part's (what its whole says), a count in words
    parts = {f: subject for f, subject in worded_counts(s.text) if not any(g.start < f.end and f.start < g.end for g in figs)}
    if figs:
        wholes = {f.end: f for f in figs}
        for part in parts_of_wholes(s.text, figs):
            parts[part] = _part_subject(s.text, wholes[part.start + len(part.text)])
    figs = sorted(figs + list(parts), key=lambda f: f.start)
    parts.update(_changed_to(s.text, figs))        # a new value takes its old value's subject
    if not figs or role != "candidate":
        return [_figure_claim(base, s, fig, role, parts.get(fig)) for fig in figs]
    # the context test reads the sentence in its own language: the same figures unless the
    # document's language differs from the sentence's. A figure the sentence only recalls, hedges
    # or dates to another event is "background", "hedged" or "historical", never a candidate.
    own = figs if lang in (None, detect_language(s.text)) else extract_figures(s.text)
    return [_figure_claim(base, s, fig, _context(s.text, fig, own) or role, parts.get(fig)) for fig in figs]


def _changed_to(sentence: str, figs: list[Figure]) -> dict[Figure, str]:
    """'Son amende passe de 294 000 à 147 000 euros', 'cut from 4 to 2 years': a figure no frame
    names, right after "from X to", is a new value of what X is."""
    out = {}
    for a, b in zip(figs, figs[1:]):
        if a.kind == b.kind and TO.fullmatch(sentence, a.end, b.start) and FROM.search(sentence, max(0, a.start - 12), a.start) \
                and classify_subject(sentence, b) == UNRELATED and (subject := classify_subject(sentence, a)) != UNRELATED:
            out[b] = subject
    return out


# ------------------------------------------------------------------ none yet, or the first
def _worded(fragments) -> re.Pattern:          # the data's fragments are verbose: whitespace is nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(re.sub(r"\s+", "", f) for f in fragments) + r")(?!\w)", re.I)


_WORDED = [(_worded(s[key]), value, s["name"]) for s in SUBJECT_DATA["subject"]
           for key, value in (("zero", 0.0), ("first", 1.0)) if s.get(key)]
# their literal prefixes in one tree: one scan of a lowercased sentence rules most sentences out
_WORDED_ANY = re.compile(trie_rx(set().union(*(literal_prefixes(rx.pattern, 9) for rx, _, _ in _WORDED))))


def worded_counts(sentence: str) -> list[tuple[Figure, str]]:
    """'No one has died', 'aucun décès', 'the first death of the outbreak': a count the data words
    with no number (none yet: 0; the first: 1), with the subject it counts."""
    if not _WORDED_ANY.search(" ".join(sentence.lower().split())):
        return []
    return [(Figure(kind="count", value=value, unit="count", text=m.group(), start=m.start(), end=m.end(),
                    precision=1.0), subject) for rx, value, subject in _WORDED for m in rx.finditer(sentence)]


def _part_subject(sentence: str, whole: Figure) -> str:
    """What a part before a whole counts: what the sentence says of the whole ("900 of the 1,400
    workers have been laid off" → laid off); with nothing said, a part of those its noun names by
    who they are is not all of them ("keeps 1,050 of the 1,400 workers": not the workforce), and a
    part of things is those things ("won 140 of the 400 seats" → seats)."""
    said, noun = classify_subject(sentence, whole), noun_subject(whole.thing)
    if said != noun or noun is None:
        return said
    return f"{noun} (part)" if (subject_info(noun) or {}).get("who") else noun


def _context(text: str, fig: Figure, figures: list[Figure]) -> str | None:
    """The figure's role in its sentence (``figure_context``), but a figure right after "now" is
    the current value even where a cue before it restates an older one ("the recall, first
    announced for 38,000 cookers, now covers 14 countries")."""
    context = figure_context(text, fig, figures)
    if context == "background" and _NOW.search(text, max(0, fig.start - 40), fig.start):
        return None
    return context


def _figure_claim(base: dict, s: Sentence, fig: Figure, role: str, subject: str | None = None) -> Claim:
    subject = subject or classify_subject(s.text, fig)
    return Claim(
        claim_id=stable_id(base["version_id"], s.position, fig.kind, fig.start, fig.text),
        kind=fig.kind, subject=subject, value=fig.value, value_high=fig.value_high, unit=fig.unit,
        status=None, text=fig.text, sentence=s.text, approx=fig.approx, alt_value=fig.alt_value,
        alt_unit=fig.alt_unit, precision=fig.precision, role=role, block=s.block,
        position=s.position, **base)


def _status_claim(base: dict, s: Sentence, m: StatusMention, role: str) -> Claim:
    if role == "candidate":
        role = "negated" if m.negated else "hedged" if m.hedged else "candidate"
    return Claim(
        claim_id=stable_id(base["version_id"], s.position, "status", m.status, m.text),
        kind="status", subject=f"{m.lifecycle} status" + (f" ({m.about})" if m.about else ""), value=None,
        value_high=None, unit=None,
        status=m.status, text=m.text, sentence=s.text, approx=m.attribution, alt_value=None,
        alt_unit=None, precision=None, role=role, block=s.block, position=s.position, **base)


def _assign_leads(claims: list[Claim], fresh: set[str]) -> list[Claim]:
    """Mark the lead claim of each subject; other candidates (and a few described in words:
    ``is_description``) become mentions.

    The lead is the first statement of the fact — among the sentences this version adds to the
    article's previous version when it adds any (an update appended at the end is the news) —
    and, for a status, the furthest-along one.
    """
    lead: dict[tuple[str, str], int] = {}
    for i, c in enumerate(claims):
        if c.role != "candidate" or c.subject == UNRELATED or is_description(c.kind, c.value, c.text, c.subject):
            continue
        key = (c.subject, c.kind)
        j = lead.get(key)
        new_i, new_j = c.sentence in fresh, j is not None and claims[j].sentence in fresh
        # A headline's figure is title-cased shorthand: the body's first statement of it leads.
        body_over_headline = (j is not None and c.kind != "status" and new_i == new_j
                              and claims[j].block == "headline" and c.block != "headline")
        if j is None or (new_i and not new_j) or body_over_headline:
            lead[key] = i
        elif new_i == new_j and c.kind == "status" and status_rank(c.status) > status_rank(claims[j].status):
            lead[key] = i
    leads = set(lead.values())
    return [_with_role(c, "lead" if i in leads else "mention" if c.role == "candidate" else c.role)
            for i, c in enumerate(claims)]


def _with_role(c: Claim, role: str) -> Claim:
    """``replace(c, role=role)``: the same record when the role stays, else one built directly
    (``dataclasses.replace`` reads every field through its list of fields: a tenth of the leads)."""
    return c if role == c.role else Claim(**{**vars(c), "role": role})


def claims_for(doc: NormalizedDoc, *, version_id: str, article_id: str, story: str, run_id: str,
               lang: str | None = None, duplicate: bool = False,
               previous_text: str | None = None, rules: FactRules = FactRules()) -> list[Claim]:
    """Every figure and status the version reports, with roles; a duplicate version leads nothing.

    ``previous_text`` is the text of the article's previous version, if any: sentences it lacks
    are what this version changed, and their claims lead. ``rules``: the story file's renames
    and merges of subjects, and the status lifecycles it reads (``[facts]``).
    """
    base = dict(version_id=version_id, article_id=article_id, story=story, run_id=run_id)
    sents = sentences(doc, lang)
    rewrites = rewritten_sections(sents)
    claims: list[Claim] = []
    for s in sents:
        role = "duplicate" if duplicate or s.section in rewrites else "candidate"
        claims += _figure_claims(base, s, lang, role)
        for m in extract_statuses(s.text, lang, headline=s.block == "headline"):
            claims.append(_status_claim(base, s, m, role))
    fresh = set() if previous_text is None else {s.text for s in sents if s.text not in previous_text}
    return _assign_leads(_by_rules(claims, rules), fresh)


def _by_rules(claims: list[Claim], rules: FactRules) -> list[Claim]:
    """Subjects renamed or merged as the story file says; statuses of lifecycles it does not read
    dropped."""
    if rules.rename:
        claims = [replace(c, subject=rules.subject(c.subject)) for c in claims]
    if rules.lifecycles:
        claims = [c for c in claims if c.kind != "status" or c.subject.partition(" status")[0] in rules.lifecycles]
    return claims
