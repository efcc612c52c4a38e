"""One incremental pass over a story, as plain functions (the Prefect flow only wires them).

collect → fetch pages → prepare → plan → claims → detect → store. Each stage takes and returns a
batch; only ``collect``, ``fetch pages`` (which also reads them: trafilatura), ``plan`` (its own
module, ``storywatch.store.plan``) and ``store`` do I/O (sources, warehouse), so the CPU stages can run
anywhere. Seeds and fetched pages stream through in batches: nothing holds the whole input.
"""
from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from storywatch.text import dedup
from storywatch.ingest.collect import (Coverage, PageRequest, collect_http, due_revisits, fetch_pages, load_known,
                       make_fetcher)
from storywatch.facts.detect import FactState, detect
from storywatch.faults import crashpoint
from storywatch.facts.claims import claims_for
from storywatch.text.normalize import normalize_text
from storywatch.store.plan import Plan, Prepared, plan
from storywatch.records import (Alert, Article, Claim, FeedPollLog, LshBand, Rejection, Run, SourceError, Version,
                      records_of, stable_id, to_table)
from storywatch.pipeline.progress import progress
from storywatch.ingest.sources import RawDocument, SourceProblem, iter_seeds, seed_names
from storywatch.ingest.staging import Staging
from storywatch.story import Story
from storywatch.store.warehouse import Warehouse


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


# A run's summary lists its first alerts and counts the rest: a backfill can raise hundreds of
# thousands, and holding each one for the summary would grow the run's memory with its input.
# Every alert is in the warehouse (`run_alerts`, `storywatch alerts`).
SUMMARY_ALERTS = 100


@dataclass(frozen=True)
class Summary:
    run_id: str
    story: str
    new_articles: int
    new_versions: int
    duplicates: int
    unchanged: int
    new_claims: int
    alerts: tuple[Alert, ...]       # the run's first SUMMARY_ALERTS alerts
    alert_count: int                # all of the run's alerts
    errors: tuple[SourceError, ...]
    rejected: int = 0

    def as_json(self) -> dict:
        from storywatch.deliver.digest import alert_json
        return {"run_id": self.run_id, "story": self.story, "new_articles": self.new_articles,
                "new_versions": self.new_versions, "duplicates": self.duplicates,
                "unchanged": self.unchanged, "new_claims": self.new_claims, "rejected": self.rejected,
                "alert_count": self.alert_count, "alerts": [alert_json(a) for a in self.alerts],
                "source_errors": [{"source": e.source, "transient": e.transient, "message": e.message}
                                  for e in self.errors]}

    def lines(self) -> list[str]:
        out = [f"storywatch run {self.run_id} — story {self.story}: {self.new_articles} new articles, "
               f"{self.new_versions} new versions ({self.duplicates} duplicates), {self.unchanged} "
               f"unchanged, {self.new_claims} claims, {self.alert_count} alerts, "
               f"{len(self.errors)} source errors, {self.rejected} rejected as off-story"]
        for a in self.alerts:
            old = a.old_status or a.old_text
            new = a.new_status or a.new_text
            out.append(f"  ALERT {a.kind} {a.subject}: {old!r} → {new!r}")
            out.append(f"        evidence: {a.evidence}")
            out.append(f"        sources: {a.old_url} → {a.new_url}")
        if self.alert_count > len(self.alerts):
            out.append(f"  … and {self.alert_count - len(self.alerts)} more alerts: storywatch sql "
                       f"\"SELECT * FROM alerts WHERE run_id = '{self.run_id}'\"")
        for e in self.errors:
            out.append(f"  source error: {e.message}")
        return out


# -- collect (I/O) ---------------------------------------------------------------------------
BATCH_DOCS = 500        # documents planned, extracted and committed together
# A run checkpoints DuckDB at its end only past this much write-ahead log: a checkpoint costs
# seconds at 100k stored versions, so a small run leaves its rows in the log (every reader replays
# it; DuckDB 1.5's CLI too) and a later, bigger one folds them in. O(new items), not O(warehouse).
CHECKPOINT_LOG_BYTES = 4 << 20


def collect(story: Story, wh: Warehouse, now: datetime, run_id: str, *, seeds_dir: Path | None = None,
            feeds: list[str] | tuple[str, ...] = (), pages: list[str] | tuple[str, ...] = (),
            allow_private: bool = False, revisits_only: bool = False) -> Coverage:
    """Poll the story's and the given feeds; list their new entries' pages, the given pages and
    the due revisits to fetch (``fetch_coverage``; seeds stream separately).

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
        if not (feeds or pages or due):
            return Coverage()           # nothing to fetch: no validators or seen entries to load
        known = load_known(con, story.slug, feeds, due)
    fetcher = make_fetcher(allow_private)
    try:
        return collect_http(story.slug, feeds, pages, fetcher, known, now, run_id)
    finally:
        fetcher.close()


# -- fetch pages (I/O, then CPU) ------------------------------------------------------------
# Pages fetched and read (trafilatura) per task. Each task pays Prefect ~0.15 s on its worker:
# ~20% of the work at 25 pages, ~6% at 100 (bench/scaleout.py --batch; docs/benchmarks.md).
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


def fetch_coverage(cov: Coverage, story: str, now: datetime, run_id: str, staged: Staging, *,
                   allow_private: bool = False, size: int = BATCH_DOCS) -> None:
    """Fetch and read the pages ``collect`` listed, ``size`` at a time, into ``staged`` (in-process;
    the flow maps ``fetch_pages`` over ``fetch_batches`` of each chunk instead)."""
    for chunk in chunked(cov.requests, size):
        staged.add(cov.absorb([fetch_pages(chunk, story, now, run_id, allow_private=allow_private,
                                           hosts=cov.hosts)]))


def seed_documents(story: Story, cov: Coverage, seeds_dir: Path | None = None,
                   revisits_only: bool = False) -> Iterator[RawDocument]:
    """The story's seed documents, read lazily in file-name order; their problems join ``cov``'s."""
    if revisits_only:
        return iter(())
    return iter_seeds(seeds_dir or story.seeds, story.slug, cov.problems)


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


# -- prepare (CPU) ---------------------------------------------------------------------------
def prepare(docs: list[RawDocument], story: Story) -> list[Prepared]:
    out = []
    for doc in docs:
        norm = normalize_text(doc.text, story.matches, title=doc.title)
        sig = dedup.minhash(dedup.shingles(norm.text, k=3))
        relevant, reason = True, None
        if doc.source_kind != "seed" and not story.matches(norm.text):
            relevant = False
            reason = "does not mention " + " and ".join(story.missing_terms(norm.text))
        out.append(Prepared(doc, stable_id(story.slug, doc.url), norm,
                            tuple(int(x) for x in sig), relevant, reason))
    return out


# -- plan (reads the warehouse): storywatch.store.plan ---------------------------------------------
# -- claims (CPU) ----------------------------------------------------------------------------
def extraction_items(p: Plan) -> list[tuple[Version, Prepared, str | None]]:
    """The work of the extract stage: each new version with its article's previous text."""
    return [(v, x, p.previous.get(v.article_id)) for v, x in p.versions]


def extract_batch(items: list[tuple[Version, Prepared, str | None]], story: str, run_id: str) -> list[Claim]:
    """Claims of a batch of new versions (pure CPU: runs in-process or on a Dask worker)."""
    claims: list[Claim] = []
    for v, x, previous in items:
        claims += claims_for(x.norm, version_id=v.version_id, article_id=v.article_id, story=story,
                             run_id=run_id, lang=v.language, duplicate=v.duplicate_of is not None,
                             previous_text=previous)
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
def detect_alerts(p: Plan, claims: list[Claim], story: str, run_id: str, now: datetime) -> list[Alert]:
    versions = {v.version_id: v for v, _ in p.versions}
    facts = []
    for c in claims:
        v = versions[c.version_id]
        if c.role == "lead" and v.duplicate_of is None:
            facts.append(FactState(c, p.urls[c.article_id], v.published, v.order_key,
                                   p.outlets.get(c.article_id), v.seq))
    alerts, _ = detect(story, p.state, facts, now, run_id)
    return alerts


# -- store (I/O) -----------------------------------------------------------------------------
@dataclass
class Totals:
    """What a run added, summed over its batches."""

    articles: int = 0
    versions: int = 0
    duplicates: int = 0
    unchanged: int = 0
    claims: int = 0
    rejected: int = 0
    alert_count: int = 0
    alerts: list[Alert] = field(default_factory=list)      # the first SUMMARY_ALERTS

    def add(self, p: Plan, claims: list[Claim], alerts: list[Alert]) -> None:
        self.articles += len(p.articles)
        self.versions += len(p.versions)
        self.duplicates += sum(1 for v, _ in p.versions if v.duplicate_of)
        self.unchanged += p.unchanged
        self.claims += len(claims)
        self.rejected += len(p.rejections)
        self.alert_count += len(alerts)
        self.alerts += alerts[:SUMMARY_ALERTS - len(self.alerts)]


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


def process_batch(docs: list[RawDocument], story: Story, wh: Warehouse, run_id: str, now: datetime,
                  totals: Totals) -> None:
    """prepare → plan → duplicates → claims → detect → commit, for one batch (under the run lock)."""
    prepared = prepare(docs, story)
    crashpoint("prepared")
    p, bands = plan(prepared, wh, story.slug, run_id, now)
    crashpoint("planned")
    claims = extract_claims(p, story.slug, run_id)
    crashpoint("extracted")
    alerts = detect_alerts(p, claims, story.slug, run_id, now)
    crashpoint("detected")
    commit_batch(wh, p, bands, claims, alerts)
    totals.add(p, claims, alerts)


def run_story(story: Story, wh: Warehouse, *, seeds_dir: Path | None = None,
              feeds: list[str] | tuple[str, ...] = (), pages: list[str] | tuple[str, ...] = (),
              allow_private: bool = False, now: datetime | None = None, say=print,
              batch_size: int = BATCH_DOCS) -> Summary:
    """The whole pass without Prefect: what `storywatch run` does inside its flow.

    Documents stream through in batches of ``batch_size``: memory stays flat however large the
    input, and each batch commits in its own transaction (content-derived keys make a rerun after
    a crash resume where it stopped). The run's logs and its row commit last.
    """
    now = now or datetime.now(timezone.utc)
    run_id = new_run_id(now)
    cov = collect(story, wh, now, run_id, seeds_dir=seeds_dir, feeds=feeds, pages=pages,
                  allow_private=allow_private)
    with Staging(batch_size) as staged:
        fetch_coverage(cov, story.slug, now, run_id, staged, allow_private=allow_private, size=batch_size)
        crashpoint("collected")
        totals = Totals()
        total = count_documents(story, staged, seeds_dir)
        with wh.run_lock(say=say), progress(total, story.slug, batch_size) as bar:
            seeds = chunked(seed_documents(story, cov, seeds_dir), batch_size)
            for docs in itertools.chain(seeds, staged.batches(batch_size)):
                process_batch(docs, story, wh, run_id, now, totals)
                bar.advance(len(docs))
            return finish(wh, story.slug, run_id, now, cov, totals)


def finish(wh: Warehouse, story: str, run_id: str, now: datetime, cov: Coverage,
           totals: Totals) -> Summary:
    """Commit the run's logs and its row, then write the Parquet mirror."""
    errors = source_errors(cov.problems, story, run_id, now)
    run = Run(run_id, story, now, datetime.now(timezone.utc), totals.articles, totals.versions,
              totals.duplicates, totals.claims, totals.alert_count, len(errors), totals.unchanged)
    wh.commit({
        "feed_polls": to_table(cov.polls, FeedPollLog),
        **cov.log_tables(),
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
