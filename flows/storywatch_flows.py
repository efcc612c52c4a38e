"""The `storywatch run` flow: one Prefect task per stage over the whole batch, never per article.

Remove the decorators and this is ``storywatch.pipeline.run_story``. Only I/O tasks retry, and
only on transient errors (a file that could not be read, a connection reset); a terminal error is
recorded as a source error and the run goes on.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from prefect import flow, task

from storywatch import pipeline
from storywatch.story import load_story
from storywatch.warehouse import Warehouse


def _transient(task_, task_run, state) -> bool:
    """Retry only errors that may pass: OS-level I/O errors and errors marked transient."""
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, (OSError, TimeoutError)) or bool(getattr(exc, "transient", False))


@task(name="collect sources", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_transient,
      task_run_name="collect {story.slug}")
def collect(story, seeds_dir: Path | None):
    return pipeline.collect(story, seeds_dir)


@task(name="normalize batch", task_run_name="normalize {story.slug}")
def prepare(docs, story):
    return pipeline.prepare(docs, story)


@task(name="plan against warehouse", retries=2, retry_delay_seconds=1, retry_condition_fn=_transient)
def plan(prepared, wh: Warehouse, story: str, run_id: str, now: datetime):
    p = pipeline.plan(prepared, wh, story, run_id, now)
    bands = pipeline.mark_duplicates(p, wh, story)
    return p, bands


@task(name="extract figures and statuses")
def extract(p, story: str, run_id: str):
    return pipeline.extract_claims(p, story, run_id)


@task(name="detect changes")
def detect(p, claims, story: str, run_id: str, now: datetime):
    return pipeline.detect_alerts(p, claims, story, run_id, now)


@task(name="store batch", retries=2, retry_delay_seconds=1, retry_condition_fn=_transient)
def store(wh, story, run_id, now, p, bands, claims, alerts, problems):
    return pipeline.finish(wh, story, run_id, now, p, bands, claims, alerts, problems)


@flow(name="storywatch-run", flow_run_name="run {story}", log_prints=True)
async def run_story(story: str = "italy-spacex", warehouse: str = "warehouse",
                    seeds: str | None = None, feeds: list[str] | None = None,
                    pages: list[str] | None = None) -> dict[str, Any]:
    """One incremental pass over a story: collect, normalize, plan, extract, detect, store."""
    st = load_story(story)
    wh = Warehouse(warehouse)
    now = datetime.now(timezone.utc)
    run_id = pipeline.new_run_id(now)
    docs, problems = collect(st, Path(seeds) if seeds else None)
    problems = problems + pipeline.unsupported_sources(feeds or [], pages or [])
    prepared = prepare(docs, st)
    with wh.run_lock(say=print):
        wh.init()
        p, bands = plan(prepared, wh, st.slug, run_id, now)
        claims = extract(p, st.slug, run_id)
        alerts = detect(p, claims, st.slug, run_id, now)
        summary = store(wh, st.slug, run_id, now, p, bands, claims, alerts, problems)
    return summary
