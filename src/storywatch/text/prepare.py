"""The text stage of a batch: each document normalized, fingerprinted (MinHash) and judged on-story
or not. Pure CPU: runs in-process or on a Dask worker."""
from __future__ import annotations

from dataclasses import dataclass

from storywatch.ingest import RawDocument
from storywatch.records import stable_id
from storywatch.story import Story
from storywatch.text import dedup
from storywatch.text.normalize import NormalizedDoc, normalize_text


@dataclass(frozen=True)
class Prepared:
    doc: RawDocument
    article_id: str
    norm: NormalizedDoc
    minhash: tuple[int, ...]
    relevant: bool
    reason: str | None          # why an item does not belong to the story


def on_story(story: Story, text: str, outlet: str | None) -> bool:
    """The text names a term of every group of the story; or of all but the groups the outlet's own
    name names (a local paper need not write its town's name: "La Voce di Valmora"), as long as
    the text itself names one group."""
    if story.matches(text):
        return True
    return bool(outlet) and len(story.missing_terms(text)) < len(story.terms) and story.matches(f"{text}\n{outlet}")


def prepare(docs: list[RawDocument], story: Story) -> list[Prepared]:
    out = []
    for doc in docs:
        norm = normalize_text(doc.text, story.matches, title=doc.title)
        sig = dedup.minhash(dedup.shingles(norm.text, k=3))
        relevant, reason = True, None
        if doc.source_kind != "seed" and not on_story(story, norm.text, doc.outlet):
            relevant = False
            reason = "does not mention " + " and ".join(story.missing_terms(norm.text))
        out.append(Prepared(doc, stable_id(story.slug, doc.url), norm,
                            tuple(sig.tolist()), relevant, reason))
    return out
