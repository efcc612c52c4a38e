"""The stages of one incremental pass over a story, as plain functions over a batch.

collect → fetch pages → prepare → plan → claims → detect → commit → finish. Only ``collect``,
``fetch pages`` (which also reads them: trafilatura), ``plan`` and the commits do I/O (sources,
warehouse), so the CPU stages can run anywhere. ``loop.run`` drives them, in-process or as
Prefect tasks (``flows/``).
"""
from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from storywatch.discover import due_searches, pollers, settle
from storywatch.facts import FactState, detect, tracked_facts
from storywatch.faults import crashpoint
from storywatch.ingest import (PageRequest, RawDocument, RunLog, SourceProblem, Staging, Worklist, collect_http,
                               due_revisits, iter_seeds, load_known, make_fetcher, seed_names)
from storywatch.pipeline.summary import Summary, Totals
from storywatch.records import (Alert, Article, Claim, LshBand, Rejection, Run, SourceError, Version, records_of,
                                stable_id, to_table)
from storywatch.store import Plan, Warehouse
from storywatch.story import FactRules, Story
from storywatch.text import Prepared


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


# -- collect (I/O) ---------------------------------------------------------------------------
BATCH_DOCS = 500        # documents planned, extracted and committed together
# A run checkpoints DuckDB at its end only past this much write-ahead log: a checkpoint's cost
# grows with the warehouse, so a small run leaves its rows in the log (every reader replays it;
# DuckDB 1.5's CLI too) and a later, bigger one folds them in. O(new items), not O(warehouse).
CHECKPOINT_LOG_BYTES = 4 << 20


def collect(story: Story, wh: Warehouse, now: datetime, run_id: str, *, seeds_dir: Path | None = None,
            feeds: list[str] | tuple[str, ...] = (), pages: list[str] | tuple[str, ...] = (),
            allow_private: bool = False, revisits_only: bool = False) -> tuple[Worklist, RunLog]:
    """Poll the story's and the given feeds and its news searches (``discover``, each once its
    polite interval has passed); list their new entries' pages, the given pages and the due
    revisits to fetch (the fetch stage fetches them; seeds stream separately).

    ``revisits_only`` skips feeds and pages: the hourly revisit deployment.
    """
    if not revisits_only:
        feeds = list(story.feeds) + list(feeds)
        pages = list(story.pages) + list(pages)
    else:
        feeds, pages = [], []
    wh.init()
    with wh.reader() as con:
        due = due_revisits(con, story.slug, now)
        searches = [] if revisits_only else due_searches(con, story, now)
        if not (feeds or pages or due or searches):
            return Worklist(), RunLog()     # nothing to fetch: no validators or seen entries to load
        known = load_known(con, story.slug, feeds + [s.url for s in searches], due)
    fetcher = make_fetcher(allow_private)
    try:
        return collect_http(story.slug, feeds, pages, fetcher, known, now, run_id, pollers(searches))
    finally:
        fetcher.close()


# -- fetch pages (I/O, then CPU) ------------------------------------------------------------
# Pages fetched and read (trafilatura) per task. Each task pays Prefect a fixed cost on its
# worker, so a task takes a batch of pages, not one (bench/scaleout.py --batch; docs/benchmarks.md).
PAGE_BATCH = 100


def fetch_batches(requests: list[PageRequest], size: int = PAGE_BATCH, polite: bool = True) -> list[list]:
    """A chunk's pages as fetch tasks. ``polite`` (a pause between requests to a host): each host's
    pages stay in one batch, so one fetcher asks each host and the pause holds while batches run
    side by side; hosts are packed into batches of about ``size``. Otherwise ``batches``."""
    if not polite:
        return batches(requests, size)
    by_host: dict[str, list[PageRequest]] = {}
    for r in requests:
        by_host.setdefault(urlsplit(r.url).netloc.lower(), []).append(r)
    out: list[list[PageRequest]] = [[]]
    for group in by_host.values():
        if out[-1] and len(out[-1]) + len(group) > size:
            out.append([])
        out[-1].extend(group)
    return out


def seed_documents(story: Story, log: RunLog, seeds_dir: Path | None = None,
                   revisits_only: bool = False) -> Iterator[RawDocument]:
    """The story's seed documents, read lazily in file-name order; their problems join the run log."""
    if revisits_only:
        return iter(())
    return iter_seeds(seeds_dir or story.seeds, story.slug, log.problems)


def count_documents(story: Story, staged: Staging, seeds_dir: Path | None = None,
                    revisits_only: bool = False) -> int:
    """How many documents the run will process (for progress): its seeds (not read yet) and
    the pages fetched and staged."""
    seeds = 0 if revisits_only else len(seed_names(seeds_dir or story.seeds))
    return seeds + staged.count


def chunked(items, size: int = BATCH_DOCS):
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


# -- prepare (CPU): storywatch.text.prepare; plan (reads the warehouse): storywatch.store.plan --
# -- claims (CPU) ----------------------------------------------------------------------------
def extraction_items(p: Plan) -> list[tuple[Version, Prepared, str | None]]:
    """The work of the extract stage: each new version with its article's previous text."""
    return [(v, x, p.previous.get(v.article_id)) for v, x in p.versions]


def extract_batch(items: list[tuple[Version, Prepared, str | None]], story: str, run_id: str,
                  rules: FactRules = FactRules()) -> list[Claim]:
    """Claims of a batch of new versions (pure CPU: runs in-process or on a Dask worker)."""
    if not items:
        return []                                   # an unchanged run reads no text: no reader loads
    from storywatch.facts import claims_for     # the readers load with the first text to read (~1.5 s)
    claims: list[Claim] = []
    for v, x, previous in items:
        claims += claims_for(x.norm, version_id=v.version_id, article_id=v.article_id, story=story,
                             run_id=run_id, lang=v.language, duplicate=v.duplicate_of is not None,
                             previous_text=previous, rules=rules)
    return claims


def extract_claims(p: Plan, story: str, run_id: str) -> list[Claim]:
    return extract_batch(extraction_items(p), story, run_id)


def batches(items: list, size: int = 100) -> list[list]:
    """Split a stage's work into as many batches as ``size`` asks for, of near-equal length (one
    Prefect task each, never one per article). Even, not ``size`` then a remainder: a runt batch
    (724 pages: seven of 100 and one of 24) leaves a worker idle at the end of the map."""
    if not items:
        return [[]]
    count = -(-len(items) // size)
    step, extra = divmod(len(items), count)
    bounds = [i * step + min(i, extra) for i in range(count + 1)]
    return [items[a:b] for a, b in zip(bounds, bounds[1:])]


# -- detect (CPU) ----------------------------------------------------------------------------
def detect_alerts(p: Plan, claims: list[Claim], story: str, run_id: str, now: datetime,
                  rules: FactRules = FactRules()) -> list[Alert]:
    versions = {v.version_id: v for v, _ in p.versions}
    facts = []
    for c in claims:
        v = versions[c.version_id]
        if c.role == "lead" and v.duplicate_of is None:
            facts.append(FactState(c, p.urls[c.article_id], v.published, v.order_key,
                                   p.outlets.get(c.article_id), v.seq))
    tracked = tracked_facts(facts, p.sources, p.sourced, rules)
    alerts, _ = detect(story, p.state, facts, now, run_id, tracked)
    return alerts


# -- store (I/O) -----------------------------------------------------------------------------
def commit_batch(wh: Warehouse, p: Plan, bands: list[LshBand], claims: list[Claim],
                 alerts: list[Alert]) -> dict[str, int]:
    """One transaction for a batch's content: it lands whole or not at all (checkpointed by the
    run's last commit in ``finish``, when the log has grown)."""
    return wh.commit({
        "articles": to_table(p.articles, Article),
        "versions": to_table([v for v, _ in p.versions], Version),
        "lsh_bands": to_table(bands, LshBand),
        "claims": to_table(claims, Claim),
        "alerts": to_table(alerts, Alert),
        "rejections": to_table(p.rejections, Rejection),
    }, checkpoint=False)


def source_errors(problems: list[SourceProblem], story: str, run_id: str, now: datetime) -> list[SourceError]:
    return [SourceError(stable_id(run_id, pr.source, pr.message), run_id, story, pr.source,
                        pr.transient, pr.message, now) for pr in problems]


def finish(wh: Warehouse, story: str, run_id: str, now: datetime, log: RunLog,
           totals: Totals) -> Summary:
    """Commit the run's logs and its row, then write the Parquet mirror."""
    if log.discoveries:
        with wh.reader() as con:
            settle(log, con, story)       # how many of each search's items the story kept
    errors = source_errors(log.problems, story, run_id, now)
    run = Run(run_id, story, now, datetime.now(timezone.utc), totals.articles, totals.versions,
              totals.duplicates, totals.claims, totals.alert_count, len(errors), totals.unchanged)
    wh.commit({
        **log.log_tables(),
        "source_errors": to_table(errors, SourceError),
        "runs": to_table([run], Run),
    }, checkpoint=wh.log_bytes() > CHECKPOINT_LOG_BYTES)
    wh.mirror()
    crashpoint("mirrored")
    return Summary(run_id, story, totals.articles, totals.versions, totals.duplicates,
                   totals.unchanged, totals.claims, tuple(totals.alerts), totals.alert_count, tuple(errors),
                   totals.rejected)


def run_alerts(wh: Warehouse, run_id: str, chunk: int = 1000) -> Iterator[Alert]:
    """Every alert a run raised, read back from the warehouse ``chunk`` at a time (in alert_id
    order), each chunk through a short-lived reader so a slow consumer never holds the file."""
    after = ""
    while True:
        with wh.reader() as con:
            rows = records_of(con.execute("SELECT * FROM alerts WHERE run_id = ? AND alert_id > ? "
                                          "ORDER BY alert_id LIMIT ?", [run_id, after, chunk]), Alert)
        yield from rows
        if len(rows) < chunk:
            return
        after = rows[-1].alert_id
