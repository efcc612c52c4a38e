"""One incremental pass over a story, as plain functions (the Prefect flow only wires them).

collect → read pages → prepare → plan → claims → detect → store. Each stage takes and returns a
batch; only ``collect``, ``plan`` and ``store`` do I/O (sources, warehouse), so the CPU stages
can run anywhere.
"""
from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from . import dedup
from .coverage import Coverage, collect_http, due_revisits, load_known, make_fetcher, read_pages
from .detect import FactState, detect
from .faults import crashpoint
from .facts import claims_for
from .normalize import NormalizedDoc, normalize_text
from .records import (Alert, Article, Claim, EntryLog, FeedPollLog, FetchLog, LshBand, Rejection,
                      Run, SourceError, Version, dict_rows, from_row, records_of, stable_id,
                      to_table)
from .progress import progress
from .sources import RawDocument, SourceProblem, iter_seeds, order_key, seed_names
from .story import Story
from .warehouse import Warehouse


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


@dataclass(frozen=True)
class Prepared:
    doc: RawDocument
    article_id: str
    norm: NormalizedDoc
    minhash: tuple[int, ...]
    relevant: bool
    reason: str | None          # why an item does not belong to the story


@dataclass
class Plan:
    """What this run adds: new articles and versions, decided against the warehouse."""

    articles: list[Article] = field(default_factory=list)
    versions: list[tuple[Version, Prepared]] = field(default_factory=list)
    unchanged: int = 0
    state: dict[str, FactState] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)       # article_id → url
    outlets: dict[str, str | None] = field(default_factory=dict)
    previous: dict[str, str] = field(default_factory=dict)   # article_id → text of its latest version
    rejections: list[Rejection] = field(default_factory=list)


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
        from .digest import alert_json
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
    """The story's and the given feeds and pages, then due revisits (seeds stream separately).

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


# -- read pages (CPU) ------------------------------------------------------------------------
# Pages read (trafilatura) per task. Each task pays Prefect ~0.15 s on its worker: ~20% of the
# work at 25 pages, ~6% at 100 (bench/scaleout.py --batch; docs/benchmarks.md).
PAGE_BATCH = 100


def read_coverage(cov: Coverage, story: str, now: datetime, run_id: str) -> Coverage:
    """Extract every page the collector fetched (in-process; the flow maps ``read_pages`` over
    ``batches(cov.fetched, PAGE_BATCH)`` on its task runner instead)."""
    return cov.absorb(read_pages(b, story, now, run_id) for b in batches(cov.fetched, PAGE_BATCH))


def documents(story: Story, cov: Coverage, seeds_dir: Path | None = None,
              revisits_only: bool = False):
    """Every document of the run, seeds first, read lazily; seed problems join ``cov.problems``."""
    seeds = () if revisits_only else iter_seeds(seeds_dir or story.seeds, story.slug, cov.problems)
    # Reporting order across batches: undated seeds sort first (by file name), then coverage by time.
    return itertools.chain(seeds, sorted(cov.docs, key=lambda d: d.order_key))


def count_documents(story: Story, cov: Coverage, seeds_dir: Path | None = None,
                    revisits_only: bool = False) -> int:
    """How many documents ``documents`` will yield (for progress), without reading them."""
    seeds = 0 if revisits_only else len(seed_names(seeds_dir or story.seeds))
    return seeds + len(cov.docs)


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


# -- plan (reads the warehouse) --------------------------------------------------------------
# Each fact's latest lead claim: the greatest (order_key, seq, -position) per subject. One
# arg_max over narrow columns, then the full rows of the winners only: 3.5x faster at 100k stored
# versions than a window over every lead claim's full row (same rows: the key is a total order).
_STATE_SQL = """
WITH lead AS (
    SELECT c.subject, c.claim_id, v.order_key, v.seq, c.position
    FROM claims c JOIN versions v USING (version_id)
    WHERE c.story = ? AND c.role = 'lead' AND v.duplicate_of IS NULL),
latest AS (SELECT arg_max(claim_id, (order_key, seq, -position)) AS claim_id FROM lead GROUP BY subject)
SELECT c.*, a.url AS src_url, v.published AS src_published, v.order_key AS src_order, a.outlet AS src_outlet
FROM latest JOIN claims c USING (claim_id) JOIN versions v USING (version_id)
JOIN articles a ON a.article_id = v.article_id
"""


def load_state(con, story: str) -> dict[str, FactState]:
    state = {}
    for r in dict_rows(con.execute(_STATE_SQL, [story])):
        claim = from_row(Claim, r)
        state[claim.subject] = FactState(claim, r["src_url"], r["src_published"], r["src_order"],
                                         r["src_outlet"])
    return state


def plan(prepared: list[Prepared], wh: Warehouse, story: str, run_id: str,
         now: datetime) -> tuple[Plan, list[LshBand]]:
    """What the batch adds (articles, versions, near-duplicates) against the stored state, read
    through one connection."""
    with wh.reader() as con:
        p = plan_versions(prepared, con, story, run_id, now)
        return p, mark_duplicates(p, con, story)


def _stored_versions(con, items: list[Prepared]):
    """What the warehouse holds of the batch's articles: their (article, content hash) pairs, and
    each one's latest version as (text, order key) and seq. Narrow columns first; the text only of
    the latest versions the batch changes, by key: a scan of the text column reads every stored
    text (0.45 s and ~180 MB at 100k versions, even when no article of the batch is stored)."""
    rows = con.execute("SELECT article_id, content_hash, seq, order_key, version_id FROM versions "
                       "WHERE article_id IN (SELECT unnest(?))", [[x.article_id for x in items]]).fetchall()
    hashes = {(aid, h) for aid, h, *_ in rows}
    last = {}
    for aid, _, seq, okey, vid in rows:
        if aid not in last or seq > last[aid][0]:
            last[aid] = (seq, okey, vid)
    changed = {last[x.article_id][2] for x in items
               if x.article_id in last and (x.article_id, x.norm.content_hash) not in hashes}
    texts = dict(con.execute("SELECT version_id, text FROM versions WHERE version_id = ANY(?)",
                             [sorted(changed)]).fetchall()) if changed else {}
    latest = {aid: (texts.get(vid), okey) for aid, (_, okey, vid) in last.items()}
    return hashes, latest, {aid: seq for aid, (seq, _, _) in last.items()}


def plan_versions(prepared: list[Prepared], con, story: str, run_id: str, now: datetime) -> Plan:
    p = Plan()
    items = [x for x in prepared if x.relevant]
    p.rejections = [Rejection(story, x.doc.url, x.norm.content_hash, x.norm.title, x.reason, now, run_id)
                    for x in prepared if not x.relevant]
    p.state = load_state(con, story)
    ids = [x.article_id for x in items]
    known = {r[0]: r[1] for r in con.execute(
        "SELECT article_id, url FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()}
    hashes, latest, seqs = _stored_versions(con, items)
    for x in sorted(items, key=lambda i: i.doc.order_key):
        p.urls[x.article_id] = x.doc.url
        p.outlets[x.article_id] = x.doc.outlet
        if x.article_id not in known:
            known[x.article_id] = x.doc.url
            p.articles.append(Article(x.article_id, story, x.doc.url, x.doc.source_kind,
                                      x.doc.outlet, now, run_id))
        if (x.article_id, x.norm.content_hash) in hashes:
            p.unchanged += 1
            continue
        hashes.add((x.article_id, x.norm.content_hash))
        okey = x.doc.order_key
        if x.article_id in latest:
            p.previous[x.article_id], prev_key = latest[x.article_id]
            if okey <= prev_key and x.doc.source_kind != "seed":
                okey = order_key(now, x.doc.url)      # an undated update is reported when seen
        seq = seqs.get(x.article_id, 0) + 1
        seqs[x.article_id] = seq
        latest[x.article_id] = (x.norm.text, okey)
        v = Version(stable_id(x.article_id, x.norm.content_hash), x.article_id, story, seq,
                    x.norm.content_hash, x.norm.title, x.norm.text, x.doc.published, now,
                    okey, None, None, x.doc.language, x.minhash, run_id)
        p.versions.append((v, x))
    return p


def _candidates(con, story: str, wanted: set[tuple[int, int]]) -> list[tuple]:
    """(version_id, article_id, minhash) of the stored versions sharing a band with the batch.
    Two steps: the band table's matching rows, then those versions by key (a join of versions
    with the band rows scanned every stored signature: 165 ms and ~170 MB at 100k versions)."""
    if not wanted:
        return []
    hits = con.execute("SELECT DISTINCT version_id FROM lsh_bands WHERE story = ? AND (band, bucket) IN "
                       "(SELECT (unnest(?), unnest(?)))", [story, *map(list, zip(*sorted(wanted)))]).fetchall()
    if not hits:
        return []
    return con.execute("SELECT version_id, article_id, minhash FROM versions WHERE version_id = ANY(?)",
                       [[h[0] for h in hits]]).fetchall()


def mark_duplicates(p: Plan, con, story: str) -> list[LshBand]:
    """Near-duplicates of another article's version (stored or in this batch) become duplicate_of."""
    index = dedup.Index()
    bands = {v.version_id: dedup.band_hashes(v.minhash) for v, _ in p.versions}
    rows = _candidates(con, story, {(b, h) for hs in bands.values() for b, h in enumerate(hs)})
    owner = {}
    for vid, aid, sig in rows:
        index.add(vid, sig)
        owner[vid] = aid
    out = []
    for i, (v, x) in enumerate(p.versions):
        match = index.best_match(v.minhash)
        if match and owner[match[0]] != v.article_id:
            v = replace(v, duplicate_of=match[0], similarity=round(match[1], 4))
            p.versions[i] = (v, x)
        index.add(v.version_id, v.minhash)
        owner[v.version_id] = v.article_id
    for v, _ in p.versions:
        out += [LshBand(story, b, h, v.version_id, v.run_id) for b, h in enumerate(bands[v.version_id])]
    return out


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
    """Split a stage's work into batches of ``size`` (one Prefect task each, never one per article)."""
    return list(chunked(items, size)) or [[]]


# -- detect (CPU) ----------------------------------------------------------------------------
def detect_alerts(p: Plan, claims: list[Claim], story: str, run_id: str, now: datetime) -> list[Alert]:
    versions = {v.version_id: v for v, _ in p.versions}
    facts = [FactState(c, p.urls[c.article_id], versions[c.version_id].published,
                       versions[c.version_id].order_key, p.outlets.get(c.article_id))
             for c in claims if c.role == "lead" and versions[c.version_id].duplicate_of is None]
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
    cov = read_coverage(cov, story.slug, now, run_id)
    crashpoint("collected")
    totals = Totals()
    total = count_documents(story, cov, seeds_dir)
    with wh.run_lock(say=say), progress(total, story.slug, batch_size) as bar:
        for docs in chunked(documents(story, cov, seeds_dir), batch_size):
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
        "feed_entries": to_table(cov.entries, EntryLog),
        "fetches": to_table(cov.fetches, FetchLog),
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
