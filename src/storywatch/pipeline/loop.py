"""The run loop: one incremental pass over a story, written once.

It hands each stage's work to a ``Stages``: plain functions in this process (``IN_PROCESS``:
`storywatch run` without Prefect, `watch`, the benchmarks), or the Prefect tasks of
``flows/storywatch_flows.py``, which map the CPU stages over sub-batches on threads or Dask
workers. Documents stream through in batches of ``BATCH_DOCS``: memory stays flat however large
the input, and each batch commits in its own transaction (content-derived keys make a rerun after
a crash resume where it stopped). The run's logs and its row commit last.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from storywatch.faults import crashpoint
from storywatch.ingest import PageRequest, PagesRead, RawDocument, Staging, fetch_pages, host_delay
from storywatch.pipeline import stages as S
from storywatch.pipeline.progress import progress
from storywatch.pipeline.summary import Summary, Totals
from storywatch.store import Warehouse, plan
from storywatch.story import Story
from storywatch.text import prepare

Mapped = Callable[..., Iterable]      # (batches, *same args for each) → one result per batch


@dataclass(frozen=True)
class Stages:
    """Who runs each stage. ``fetch``, ``prepare`` and ``extract`` map over batches (one result per
    batch, in order); the others take the whole batch of the run."""

    collect: Callable
    fetch: Mapped
    prepare: Mapped
    plan: Callable
    extract: Mapped
    detect: Callable
    commit: Callable
    finish: Callable


def each(fn: Callable) -> Mapped:
    """``fn`` over each batch in turn, in this process (lazily: one batch's result at a time)."""
    def mapped(batches: list, *args) -> Iterator:
        return (fn(b, *args) for b in batches)
    return mapped


def _collect(story, wh, now, run_id, seeds_dir, feeds, pages, allow_private, revisits_only):
    return S.collect(story, wh, now, run_id, seeds_dir=seeds_dir, feeds=feeds, pages=pages,
                     allow_private=allow_private, revisits_only=revisits_only)


def _fetch(requests: list[PageRequest], story: str, now: datetime, run_id: str, allow_private: bool,
           delay: float, hosts) -> PagesRead:
    return fetch_pages(requests, story, now, run_id, allow_private=allow_private, delay=delay, hosts=hosts)


def _commit(wh, story, p, bands, claims, alerts):
    return S.commit_batch(wh, p, bands, claims, alerts)


IN_PROCESS = Stages(collect=_collect, fetch=each(_fetch), prepare=each(prepare), plan=plan,
                    extract=each(S.extract_batch), detect=S.detect_alerts, commit=_commit, finish=S.finish)


class RunInterrupted(Exception):
    """The run stopped when asked to (``should_stop``), between stages or batches, or at once
    (KeyboardInterrupt): ``totals`` holds what its committed batches added (each batch commits
    whole or not at all); the run's row and logs are not written, and a rerun goes on from there."""

    def __init__(self, story: str, run_id: str, totals: Totals, batches: int):
        super().__init__(f"run {run_id} of {story} stopped after {batches} committed batches")
        self.story, self.run_id, self.totals, self.batches = story, run_id, totals, batches


def _flat(results: Iterable[list]) -> list:
    return [item for r in results for item in r]


def run(story: Story, wh: Warehouse, stages: Stages = IN_PROCESS, *, seeds_dir: Path | None = None,
        feeds: Iterable[str] = (), pages: Iterable[str] = (), allow_private: bool = False,
        revisits_only: bool = False, now: datetime | None = None, run_id: str | None = None,
        say=print, batch_size: int | None = None, should_stop: Callable[[], bool] | None = None) -> Summary:
    """collect → fetch → (prepare → plan → extract → detect → commit) per batch → finish.

    ``should_stop`` (the CLI's Ctrl-C) is asked between stages and batches; when true the run
    raises ``RunInterrupted`` with what it committed so far."""
    now = now or datetime.now(timezone.utc)
    run_id = run_id or S.new_run_id(now)
    size = batch_size or S.BATCH_DOCS
    totals, done = Totals(), [0]
    if should_stop is None:
        return _run(story, wh, stages, seeds_dir, feeds, pages, allow_private, revisits_only, now, run_id,
                    say, size, totals, done, None)
    try:
        return _run(story, wh, stages, seeds_dir, feeds, pages, allow_private, revisits_only, now, run_id,
                    say, size, totals, done, should_stop)
    except RunInterrupted:
        raise
    except BaseException as exc:          # KeyboardInterrupt of a stop that could not wait
        if should_stop():
            raise RunInterrupted(story.slug, run_id, totals, done[0]) from exc
        raise


def _run(story, wh, stages, seeds_dir, feeds, pages, allow_private, revisits_only, now, run_id, say, size,
         totals, done, should_stop):
    def check():
        if should_stop is not None and should_stop():
            raise RunInterrupted(story.slug, run_id, totals, done[0])
    work, log = stages.collect(story, wh, now, run_id, seeds_dir, list(feeds), list(pages), allow_private,
                               revisits_only)
    with Staging(size) as staged:
        delay = host_delay()
        for chunk in S.chunked(work.requests, size):
            # pages are fetched and read where the stage runs, a chunk at a time: only texts come back
            reads = stages.fetch(S.fetch_batches(chunk, S.PAGE_BATCH, polite=delay > 0), story.slug, now,
                                 run_id, allow_private, delay, work.hosts)
            staged.add(log.absorb(reads, work))
            check()
        crashpoint("collected")
        check()
        total = S.count_documents(story, staged, seeds_dir, revisits_only)
        with wh.run_lock(say=say), progress(total, story.slug, size) as bar:
            seeds = S.chunked(S.seed_documents(story, log, seeds_dir, revisits_only), size)
            for docs in itertools.chain(seeds, staged.batches(size)):
                check()
                process(docs, story, wh, run_id, now, totals, stages, check)
                done[0] += 1
                bar.advance(len(docs))
            return stages.finish(wh, story.slug, run_id, now, log, totals)


def process(docs: list[RawDocument], story: Story, wh: Warehouse, run_id: str, now: datetime,
            totals: Totals, stages: Stages = IN_PROCESS, check: Callable[[], None] = lambda: None) -> None:
    """prepare → plan → claims → detect → commit, for one batch (under the run lock). The CPU
    stages fan out over sub-batches. ``check`` (may raise) runs between stages, never in a commit."""
    prepared = _flat(stages.prepare(S.batches(docs), story))
    crashpoint("prepared")
    check()
    p, bands = stages.plan(prepared, wh, story.slug, run_id, now)
    crashpoint("planned")
    check()
    claims = _flat(stages.extract(S.batches(S.extraction_items(p)), story.slug, run_id, story.facts))
    crashpoint("extracted")
    check()
    alerts = stages.detect(p, claims, story.slug, run_id, now, story.facts)
    crashpoint("detected")
    check()
    stages.commit(wh, story.slug, p, bands, claims, alerts)
    totals.add(p, claims, alerts)


def run_story(story: Story, wh: Warehouse, **options) -> Summary:
    """The whole pass in this process, without Prefect (``run``'s options)."""
    return run(story, wh, IN_PROCESS, **options)
