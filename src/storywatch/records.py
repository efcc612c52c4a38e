"""Records passed between stages: frozen, typed dataclasses with their Arrow schema beside them.

A record that does not fit its schema fails at the boundary (``to_table``), not three stages later
inside DuckDB. The column order and types here are the same as the tables in ``schema.sql``
(a test checks that they agree).
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")


def stable_id(*parts: object) -> str:
    """A short, stable identifier derived from content (same input, same id, on every rerun)."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:20]


@dataclass(frozen=True)
class Article:
    """An article's identity: its canonical URL (or ``seed:`` identifier), independent of content."""

    article_id: str
    story: str
    url: str
    source_kind: str          # seed | feed | page
    outlet: str | None
    first_seen: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("article_id", pa.string()), ("story", pa.string()), ("url", pa.string()),
        ("source_kind", pa.string()), ("outlet", pa.string()), ("first_seen", TS),
        ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class Version:
    """One distinct normalized text of an article; stored only when its content hash changes."""

    version_id: str
    article_id: str
    story: str
    seq: int                  # 1, 2, … per article in the order seen
    content_hash: str         # sha256 of the normalized reporting text
    title: str | None
    text: str                 # normalized reporting text (boilerplate removed)
    published: datetime | None
    observed_at: datetime
    order_key: str            # sorts versions of a story in reporting order
    duplicate_of: str | None  # version_id this one repeats (near-duplicate), else None
    similarity: float | None  # estimated Jaccard similarity to duplicate_of
    language: str | None
    minhash: tuple[int, ...]  # MinHash signature of the text
    run_id: str

    SCHEMA = pa.schema([
        ("version_id", pa.string()), ("article_id", pa.string()), ("story", pa.string()),
        ("seq", pa.int32()), ("content_hash", pa.string()), ("title", pa.string()),
        ("text", pa.string()), ("published", TS), ("observed_at", TS), ("order_key", pa.string()),
        ("duplicate_of", pa.string()), ("similarity", pa.float64()), ("language", pa.string()),
        ("minhash", pa.list_(pa.uint32())), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class Claim:
    """One figure or status as reported in one version, with the sentence that carries it."""

    claim_id: str
    version_id: str
    article_id: str
    story: str
    kind: str                 # money | percent | duration | count | status
    subject: str              # tracked fact, e.g. "deal value", "deal status"
    value: float | None       # full number; None for statuses
    value_high: float | None  # upper end of a range
    unit: str | None          # ISO 4217, "%", "years", "count"; None for statuses
    status: str | None        # status vocabulary word; None for figures
    text: str                 # surface text
    sentence: str             # evidence sentence
    approx: str | None        # qualifier kept ("about", "roughly")
    alt_value: float | None   # the same figure in another currency in the same phrase
    alt_unit: str | None
    precision: float | None   # rounding granularity of the stated number
    role: str                 # lead | mention | background | hedged | negated | duplicate
    block: str                # headline | body | heading | …
    position: int             # order of the sentence within the version
    run_id: str

    SCHEMA = pa.schema([
        ("claim_id", pa.string()), ("version_id", pa.string()), ("article_id", pa.string()),
        ("story", pa.string()), ("kind", pa.string()), ("subject", pa.string()),
        ("value", pa.float64()), ("value_high", pa.float64()), ("unit", pa.string()),
        ("status", pa.string()), ("text", pa.string()), ("sentence", pa.string()),
        ("approx", pa.string()), ("alt_value", pa.float64()), ("alt_unit", pa.string()),
        ("precision", pa.float64()), ("role", pa.string()), ("block", pa.string()),
        ("position", pa.int32()), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class Alert:
    """A reported fact changed: old and new value, both sources, and the evidence sentence."""

    alert_id: str
    story: str
    kind: str                 # figure_changed | status_changed | conflict
    subject: str
    old_value: float | None
    old_unit: str | None
    old_status: str | None
    old_text: str | None
    old_url: str | None
    old_published: datetime | None
    old_version_id: str | None
    new_value: float | None
    new_unit: str | None
    new_status: str | None
    new_text: str
    new_url: str
    new_published: datetime | None
    new_version_id: str
    evidence: str
    old_evidence: str | None
    detected_at: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("alert_id", pa.string()), ("story", pa.string()), ("kind", pa.string()),
        ("subject", pa.string()), ("old_value", pa.float64()), ("old_unit", pa.string()),
        ("old_status", pa.string()), ("old_text", pa.string()), ("old_url", pa.string()),
        ("old_published", TS), ("old_version_id", pa.string()), ("new_value", pa.float64()),
        ("new_unit", pa.string()), ("new_status", pa.string()), ("new_text", pa.string()),
        ("new_url", pa.string()), ("new_published", TS), ("new_version_id", pa.string()),
        ("evidence", pa.string()), ("old_evidence", pa.string()), ("detected_at", TS),
        ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class SourceError:
    """A source that could not be read this run; the run goes on with the others."""

    error_id: str
    run_id: str
    story: str
    source: str
    transient: bool
    message: str              # one line: what is wrong and what to do
    recorded_at: datetime

    SCHEMA = pa.schema([
        ("error_id", pa.string()), ("run_id", pa.string()), ("story", pa.string()),
        ("source", pa.string()), ("transient", pa.bool_()), ("message", pa.string()), ("recorded_at", TS),
    ])


@dataclass(frozen=True)
class Run:
    run_id: str
    story: str
    started_at: datetime
    finished_at: datetime
    new_articles: int
    new_versions: int
    duplicates: int
    new_claims: int
    new_alerts: int
    source_errors: int
    unchanged: int

    SCHEMA = pa.schema([
        ("run_id", pa.string()), ("story", pa.string()), ("started_at", TS), ("finished_at", TS),
        ("new_articles", pa.int32()), ("new_versions", pa.int32()), ("duplicates", pa.int32()),
        ("new_claims", pa.int32()), ("new_alerts", pa.int32()), ("source_errors", pa.int32()),
        ("unchanged", pa.int32()),
    ])


@dataclass(frozen=True)
class LshBand:
    """One LSH band hash of a version's MinHash signature (the near-duplicate index)."""

    story: str
    band: int
    bucket: int
    version_id: str
    run_id: str

    SCHEMA = pa.schema([
        ("story", pa.string()), ("band", pa.int16()), ("bucket", pa.int64()),
        ("version_id", pa.string()), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class FeedPollLog:
    """One poll of a feed: the validators the server gave (for the next conditional GET)."""

    poll_id: str
    story: str
    feed_url: str
    polled_at: datetime
    not_modified: bool
    etag: str | None
    last_modified: str | None
    entries: int
    error: str | None
    run_id: str

    SCHEMA = pa.schema([
        ("poll_id", pa.string()), ("story", pa.string()), ("feed_url", pa.string()),
        ("polled_at", TS), ("not_modified", pa.bool_()), ("etag", pa.string()),
        ("last_modified", pa.string()), ("entries", pa.int32()), ("error", pa.string()),
        ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class EntryLog:
    """A feed entry as seen once per fingerprint: a new fingerprint makes its page be fetched again."""

    story: str
    feed_url: str
    entry_id: str
    fingerprint: str
    link: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    first_seen: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("story", pa.string()), ("feed_url", pa.string()), ("entry_id", pa.string()),
        ("fingerprint", pa.string()), ("link", pa.string()), ("title", pa.string()),
        ("published", TS), ("updated", TS), ("first_seen", TS), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class FetchLog:
    """One fetch of a page: redirects, validators, and whether its text changed."""

    fetch_id: str
    story: str
    url: str                  # requested
    final_url: str | None     # after redirects
    article_url: str | None   # canonical URL (the article's identity), when extracted
    status: int | None
    redirects: list[str]
    etag: str | None
    last_modified: str | None
    outcome: str              # fetched | not_modified | unreadable (no article text) | error
    fetched_at: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("fetch_id", pa.string()), ("story", pa.string()), ("url", pa.string()),
        ("final_url", pa.string()), ("article_url", pa.string()), ("status", pa.int32()),
        ("redirects", pa.list_(pa.string())), ("etag", pa.string()), ("last_modified", pa.string()),
        ("outcome", pa.string()), ("fetched_at", TS), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class Rejection:
    """An item that does not belong to the story, and why."""

    story: str
    url: str
    content_hash: str
    title: str | None
    reason: str
    recorded_at: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("story", pa.string()), ("url", pa.string()), ("content_hash", pa.string()),
        ("title", pa.string()), ("reason", pa.string()), ("recorded_at", TS), ("run_id", pa.string()),
    ])


@dataclass(frozen=True)
class DiscoverPollLog:
    """One poll of a news-search query (``discover``): what the service answered, how many of its
    items were new this run, and how many of those the story kept (on-story articles stored)."""

    poll_id: str
    story: str
    source: str               # the service's name in the story file: gdelt | google-news | bing-news
    query_url: str            # the request made (also its feed_url in feed_polls and feed_entries)
    polled_at: datetime
    not_modified: bool
    items: int                # items the answer carried (up to the service's cap)
    new_items: int            # items not seen before, listed to fetch this run
    kept: int                 # of those, articles the story kept (the rest: off-story, duplicate, error)
    error: str | None
    run_id: str

    SCHEMA = pa.schema([
        ("poll_id", pa.string()), ("story", pa.string()), ("source", pa.string()), ("query_url", pa.string()),
        ("polled_at", TS), ("not_modified", pa.bool_()), ("items", pa.int32()), ("new_items", pa.int32()),
        ("kept", pa.int32()), ("error", pa.string()), ("run_id", pa.string()),
    ])


RECORD_TYPES: dict[str, type] = {
    "articles": Article, "versions": Version, "claims": Claim, "alerts": Alert,
    "source_errors": SourceError, "runs": Run, "lsh_bands": LshBand,
    "feed_polls": FeedPollLog, "feed_entries": EntryLog, "fetches": FetchLog, "rejections": Rejection,
    "discover_polls": DiscoverPollLog,
}


def to_table(records: Iterable[Any], cls: type) -> pa.Table:
    """Records → Arrow table with the declared schema; a wrong type raises here, at the boundary."""
    rows = [r for r in records]
    for r in rows:
        if not isinstance(r, cls):
            raise TypeError(f"expected {cls.__name__}, got {type(r).__name__}")
    names = cls.SCHEMA.names
    columns = {n: [getattr(r, n) for r in rows] for n in names}
    return pa.Table.from_pydict(columns, schema=cls.SCHEMA)


def from_row(cls: type, row: dict[str, Any]) -> Any:
    """A row read back from the warehouse → the record type."""
    return cls(**{f.name: row[f.name] for f in dataclasses.fields(cls)})


def dict_rows(cur) -> list[dict[str, Any]]:
    """Every row of an executed DuckDB cursor as a dict keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def records_of(cur, cls: type) -> list:
    """Every row of an executed DuckDB cursor as the record type ``cls``."""
    return [from_row(cls, r) for r in dict_rows(cur)]
