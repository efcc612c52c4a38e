"""The `storywatch run` flow: one Prefect task per stage over the whole batch, never per article.

The run loop is ``storywatch.pipeline.run``, written once; this file hands it Prefect tasks as its
stages (``TASKS``). Remove the decorators and ``TASKS`` is ``storywatch.pipeline.IN_PROCESS``. No task is ever cached
(``NO_CACHE``: every run must fetch and store; Prefect's default policy would also hash each
task's inputs — a batch's pages or documents — for a key nobody reads). Only I/O tasks retry, and
only on transient errors (a file that could not be read, a warehouse busy with a commit); network
sources retry their own transient errors inside the collect and fetch stages and record what still
fails as a source error, so one bad source never fails the run.
"""
from __future__ import annotations

import asyncio
import functools
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.concurrency.asyncio import concurrency
from prefect.events import emit_event

from storywatch import pipeline
from storywatch.app import interrupt
from storywatch.deliver import alert_json, notify_urls
from storywatch.deliver import deliver as deliver_digest
from storywatch.ingest import fetch_pages
from storywatch.store import Warehouse, WarehouseBusy
from storywatch.store import plan as plan_batch
from storywatch.story import load_story
from storywatch.text import prepare as prepare_batch

from flows.dask_runner import task_runner

# every task of these flows: never cached (see the module docstring)
stage = functools.partial(task, cache_policy=NO_CACHE)


def _transient(task_, task_run, state) -> bool:
    """Retry only errors that may pass: OS-level I/O errors, a busy warehouse, errors marked transient."""
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, (OSError, TimeoutError, WarehouseBusy)) or bool(getattr(exc, "transient", False))


@stage(name="collect coverage", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_transient,
       task_run_name="collect {story.slug}")
def collect(story, wh: Warehouse, now: datetime, run_id: str, seeds_dir, feeds, pages, allow_private,
            revisits_only=False):
    """Poll feeds; list the pages to fetch (their entries', the given ones, due revisits). Seeds
    stream from disk and pages are fetched batch by batch in the flow."""
    return pipeline.collect(story, wh, now, run_id, seeds_dir=seeds_dir, feeds=feeds, pages=pages,
                            allow_private=allow_private, revisits_only=revisits_only)


@stage(name="fetch pages", task_run_name="fetch pages {story}")
def fetch(requests, story: str, now: datetime, run_id: str, allow_private: bool, delay: float, hosts):
    """Fetch and read a batch of pages on this worker (I/O overlapped with trafilatura's CPU work);
    only texts come back. Not retried: each source's transient errors are retried inside."""
    return fetch_pages(requests, story, now, run_id, allow_private=allow_private, delay=delay, hosts=hosts)


@stage(name="normalize batch", task_run_name="normalize {story.slug}")
def prepare(docs, story):
    return prepare_batch(docs, story)


@stage(name="plan against warehouse", task_run_name="plan {story}", retries=2, retry_delay_seconds=1,
       retry_condition_fn=_transient)
def plan(prepared, wh: Warehouse, story: str, run_id: str, now: datetime):
    return plan_batch(prepared, wh, story, run_id, now)


@stage(name="extract figures and statuses", task_run_name="extract {story}")
def extract(items, story: str, run_id: str, rules):
    return pipeline.extract_batch(items, story, run_id, rules)


@stage(name="detect changes", task_run_name="detect {story}")
def detect(p, claims, story: str, run_id: str, now: datetime, rules):
    return pipeline.detect_alerts(p, claims, story, run_id, now, rules)


@stage(name="commit batch", task_run_name="commit {story}", retries=2, retry_delay_seconds=1,
       retry_condition_fn=_transient)
def commit(wh, story, p, bands, claims, alerts):
    return pipeline.commit_batch(wh, p, bands, claims, alerts)


@stage(name="store run", task_run_name="store {story}", retries=2, retry_delay_seconds=1,
       retry_condition_fn=_transient)
def store(wh, story, run_id, now, log, totals):
    return pipeline.finish(wh, story, run_id, now, log, totals)


@stage(name="publish run report", task_run_name="publish {summary.story}")
def publish(wh: Warehouse, summary: pipeline.Summary) -> int:
    """A markdown artifact of what the run found, and one Prefect event per new alert (every one,
    read back from the warehouse: the summary lists only the first ones).

    The warehouse is the source of truth: an event that cannot be sent is logged, never fatal.
    """
    slug = summary.story.lower()
    try:
        create_markdown_artifact(key=f"storywatch-{slug}-run", description=f"storywatch run {summary.run_id}",
                                 markdown="\n".join(["```"] + summary.lines() + ["```"]))
    except Exception as exc:      # noqa: BLE001 - a lost Prefect server never fails a committed run
        get_run_logger().warning("could not create the run's report artifact (the run is committed): %s", exc)
    sent = 0
    try:
        for a in pipeline.run_alerts(wh, summary.run_id) if summary.alert_count else ():
            sent += _emit(slug, summary.story, a, summary.run_id)
    except WarehouseBusy as exc:  # the run is committed: failing (or retrying) it now helps nobody
        get_run_logger().warning(
            "sent %d of %d alert events, then could not read the rest: %s The alerts are stored: "
            "SELECT * FROM alerts WHERE run_id = '%s'.", sent, summary.alert_count, exc, summary.run_id)
    return sent


def _emit(slug: str, story: str, a, run_id: str) -> int:
    """One Prefect event for an alert; 1 if sent, 0 (logged) if not."""
    body = alert_json(a)
    try:
        emit_event(event=f"storywatch.alert.{a.kind}",
                   resource={"prefect.resource.id": f"storywatch.story.{slug}",
                             "prefect.resource.name": story},
                   related=[{"prefect.resource.id": f"storywatch.alert.{a.alert_id}",
                             "prefect.resource.role": "alert"}],
                   payload={"story": a.story, "subject": a.subject, "old": body["old"],
                            "new": body["new"], "source": a.new_url, "evidence": a.evidence,
                            "alert_id": a.alert_id, "run_id": run_id})
        return 1
    except Exception as exc:      # noqa: BLE001 - alerting never depends on Prefect being up
        get_run_logger().warning("could not emit event for alert %s: %s", a.alert_id, exc)
        return 0


def mapped(stage_task):
    """A task mapped over batches (threads in-process, worker processes on Dask), results in order."""
    def run_map(batches: list, *args):
        return (f.result() for f in stage_task.map(batches, *(unmapped(a) for a in args)))
    return run_map


# The run loop's stages as Prefect tasks (``storywatch.pipeline.Stages``).
TASKS = pipeline.Stages(collect=collect, fetch=mapped(fetch), prepare=mapped(prepare), plan=plan,
                        extract=mapped(extract), detect=detect, commit=commit, finish=store)


def story_limit(story: str) -> str:
    """The global concurrency limit that keeps two runs of one story from writing at once."""
    return f"storywatch-{story}"


async def ensure_limit(name: str) -> None:
    """Create the story's concurrency limit (1 slot) when it does not exist yet; one a user has
    changed is left as it is. Without a Prefect server to ask, the warehouse's run lock still
    keeps two runs of a story apart."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
    async with get_client() as client:
        try:
            await client.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            try:
                await client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
            except ObjectAlreadyExists:      # another run of the story made it first
                pass


@flow(name="storywatch-run", flow_run_name="run {story}", log_prints=True, task_runner=task_runner())
async def run_story(story: str = "italy-spacex", warehouse: str = "warehouse",
                    seeds: str | None = None, feeds: list[str] | None = None,
                    pages: list[str] | None = None, allow_private: bool = False,
                    revisits_only: bool = False) -> pipeline.Summary:
    """One incremental pass over a story: collect, normalize, plan, extract, detect, store.

    Runs of one story hold its global concurrency limit (created here when missing); the
    warehouse's run lock also serializes them.
    """
    interrupt.reinstall()         # `storywatch run`: Ctrl-C / SIGTERM stop at a safe point (app/interrupt.py)
    st = load_story(story)
    wh = Warehouse(warehouse)
    await ensure_limit(story_limit(st.slug))
    async with concurrency(story_limit(st.slug), occupy=1, strict=False):
        # in a thread, so the stories of an all-stories run work side by side (the tasks it calls
        # keep this flow run's context: to_thread copies it)
        summary = await asyncio.to_thread(
            pipeline.run, st, wh, TASKS, seeds_dir=Path(seeds) if seeds else None, feeds=feeds or [],
            pages=pages or [], allow_private=allow_private, revisits_only=revisits_only,
            should_stop=interrupt.requested)
        interrupt.committed(summary)  # from here a lost Prefect server cannot hang the run
    if interrupt.requested():
        get_run_logger().warning("stopped after the run committed: its report and alert events are not "
                                 "published (the alerts are stored: storywatch alerts)")
        return summary
    try:
        publish(wh, summary)
    except Exception as exc:      # noqa: BLE001 - the warehouse is the source of truth
        get_run_logger().warning("could not publish the run's report (the run is committed): %s", exc)
    return summary


@flow(name="storywatch-revisit", flow_run_name="revisit {story}", log_prints=True)
async def revisit_story(story: str = "italy-spacex", warehouse: str = "warehouse",
                        allow_private: bool = False) -> pipeline.Summary:
    """Fetch again the story's known articles that are due (see README: Revisits)."""
    return await run_story(story=story, warehouse=warehouse, allow_private=allow_private,
                           revisits_only=True)


@stage(name="deliver digest", task_run_name="deliver {story}")
def deliver(wh: Warehouse, story, urls: list[str], fmt: str, run_id: str, now: datetime):
    return deliver_digest(wh, story, urls, fmt=fmt, run_id=run_id, now=now)


@flow(name="storywatch-digest", flow_run_name="digest {story}", log_prints=True)
async def send_digest(story: str = "italy-spacex", warehouse: str = "warehouse",
                      format: str = "html") -> int:
    """Send every alert not yet delivered to each of the story's notification targets.

    Targets are Apprise URLs from STORYWATCH_NOTIFY_<SLUG> or the story file's `notify`; they
    carry secrets, so they come from the environment (or a Prefect Secret block exported into
    it by the work pool) and never reach logs, artifacts or the warehouse.
    """
    st = load_story(story)
    now = datetime.now(timezone.utc)
    deliveries = deliver(Warehouse(warehouse), st.slug, notify_urls(st), format,
                         pipeline.new_run_id(now), now)
    sent = sum(1 for d in deliveries if d.status == "sent")
    print(f"{st.slug}: {sent} digests sent, {len(deliveries) - sent} failed")
    return sent


# -- every story of the stories folder, in one flow run --------------------------------------------
class StoriesFailed(RuntimeError):
    """Some stories of an all-stories run failed (the others ran); ``results`` has every story's."""

    def __init__(self, results: list[dict]):
        self.results = results
        bad = [r["story"] for r in results if r["status"] in ("failed", "not run")]
        super().__init__(f"{len(bad)} of {len(results)} stories failed: {', '.join(bad)}")


def _last_starts(warehouse: str) -> dict[str, datetime]:
    """When each story's last run started (for ``poll_every``); empty without a warehouse."""
    wh = Warehouse(warehouse)
    if not wh.db_path.exists():
        return {}
    with wh.reader() as con:
        return dict(con.execute("SELECT story, max(started_at) FROM runs GROUP BY story").fetchall())


def _due(story, last: datetime | None, now: datetime) -> bool:
    """A story with ``poll_every`` is due once that much has passed since its last run started
    (less a tenth, at most a minute: a run that started late is not skipped for seconds)."""
    if story.poll_every is None or last is None:
        return True
    from datetime import timedelta
    slack = min(story.poll_every / 10, timedelta(minutes=1))
    return now >= last + story.poll_every - slack


def _result(slug: str, summary: pipeline.Summary) -> dict:
    nothing_read = bool(summary.errors) and not (summary.new_versions or summary.unchanged)
    return {"story": slug, "status": "failed" if nothing_read else "ok", "summary": summary,
            "error": "no source could be read" if nothing_read else None}


@flow(name="storywatch-run-all", flow_run_name="{mode} all stories", log_prints=True)
async def run_all_stories(warehouse: str = "warehouse", mode: str = "poll", allow_private: bool = False,
                          respect_poll_every: bool = True, skip_idle: bool = True) -> list[dict]:
    """Every story file of the stories folder (``storywatch.story.stories_folder``), up to
    ``story_workers()`` at a time, each as its own ``run_story`` subflow run (named ``run <slug>``, holding the story's
    concurrency limit): a story file added to the folder is run by the next scheduled run.

    ``mode`` "poll" runs each story's seeds, feeds and pages, skipping a story whose
    ``poll_every`` has not passed since its last run; "revisit" fetches again its due articles.
    With ``skip_idle``, a story that provably has nothing new (no feeds or pages, every seed file
    stored since its last change, no revisit due: ``storywatch.app.stories.idle_stories``, one
    warehouse read for all stories) gets no subflow run: a cycle's cost grows with its new work,
    not with the number of stories. A story whose file does not load, or whose run fails, is
    recorded and the others still run; the flow run then fails (``StoriesFailed``) after the last
    story, naming them. A stop (Ctrl-C, SIGTERM) stops the stories at work at a safe point and
    starts no other. Results come back in the folder's order; a line is printed as each ends.
    """
    if mode not in ("poll", "revisit"):
        raise ValueError(f"mode must be 'poll' or 'revisit', not {mode!r}")
    from storywatch.app.stories import idle_stories
    from storywatch.story import all_stories
    entries = all_stories()
    now = datetime.now(timezone.utc)
    last = _last_starts(warehouse) if mode == "poll" and respect_poll_every else {}
    loaded = [st for _, st in entries if not isinstance(st, Exception)]
    idle = idle_stories(Warehouse(warehouse), loaded, mode, now) if skip_idle else {}
    gate = asyncio.Semaphore(story_workers())

    async def one(path: Path, st) -> dict:
        if isinstance(st, Exception):
            r = {"story": path.stem, "status": "failed", "error": str(st), "summary": None}
        elif mode == "poll" and respect_poll_every and not _due(st, last.get(st.slug), now):
            r = {"story": st.slug, "status": "skipped", "summary": None,
                 "error": f"poll_every {st.poll_every}: last run {last[st.slug]:%Y-%m-%d %H:%M %Z}"}
        elif st.slug in idle:
            r = {"story": st.slug, "status": "idle", "summary": None, "error": idle[st.slug]}
        else:
            async with gate:
                r = await _run_one(st, warehouse, allow_private, mode)
        print(all_stories_line(r))
        return r

    results = list(await asyncio.gather(*(one(path, st) for path, st in entries)))
    if any(r["status"] in ("failed", "not run") for r in results):
        raise StoriesFailed(results)
    return results


def story_workers() -> int:
    """How many stories an all-stories run works on at once (``STORYWATCH_STORY_WORKERS``,
    default 4): a slow source delays only its own story; commits still take the warehouse's run
    lock one at a time."""
    import os
    try:
        return max(1, int(os.environ.get("STORYWATCH_STORY_WORKERS", "4")))
    except ValueError:
        raise ValueError("STORYWATCH_STORY_WORKERS must be a whole number of stories, e.g. 4") from None


async def _run_one(st, warehouse: str, allow_private: bool, mode: str) -> dict:
    if interrupt.requested():
        return {"story": st.slug, "status": "not run", "summary": None,
                "error": f"stopped by {interrupt.signal_name()}"}
    try:
        summary = await run_story(story=st.slug, warehouse=warehouse, allow_private=allow_private,
                                  revisits_only=mode == "revisit")
        return _result(st.slug, summary)
    except Exception as exc:      # noqa: BLE001 - one story's failure never stops the others
        return {"story": st.slug, "status": "failed", "summary": None, "error": f"{type(exc).__name__}: {exc}"}


def all_stories_line(r: dict) -> str:
    """One line per story of an all-stories run."""
    from storywatch.pipeline.summary import count
    s = r["summary"]
    if s is None:
        return f"{r['story']}: {r['status']}" + (f" — {r['error']}" if r["error"] else "")
    return (f"{r['story']}: {r['status']} — run {s.run_id}: {count(s.new_versions, 'new version')}, "
            f"{s.unchanged} unchanged, {count(s.alert_count, 'alert')}, {count(len(s.errors), 'source error')}"
            + (f" ({r['error']})" if r["error"] else ""))


@flow(name="storywatch-digest-all", flow_run_name="digest all stories", log_prints=True)
async def send_all_digests(warehouse: str = "warehouse", format: str = "html") -> int:
    """The digest of every story of the stories folder (a ``send_digest`` subflow run for each
    story with notify targets); a story that fails is recorded and the others are sent, then the
    flow run fails."""
    from storywatch.story import all_stories
    sent, failed = 0, []
    for path, st in all_stories():
        try:
            if isinstance(st, Exception):
                raise st
            if not (st.notify or notify_urls(st)):          # nothing to send to: no subflow run
                print(f"{st.slug}: no notify targets")
                continue
            sent += await send_digest(story=st.slug, warehouse=warehouse, format=format)
        except Exception as exc:          # noqa: BLE001 - one story's failure never stops the others
            failed.append(path.stem)
            print(f"{path.stem}: failed — {type(exc).__name__}: {exc}")
    if failed:
        raise RuntimeError(f"the digest of {len(failed)} stories failed: {', '.join(failed)}")
    return sent
