"""Coverage over HTTP: poll feeds, fetch new or changed entries' pages, revisit known articles.

* Feeds are polled with the ETag / Last-Modified the server gave last time (a 304 costs nothing
  downstream). An entry whose fingerprint (id, updated, title, summary) is new makes its page be
  fetched; a known fingerprint does not.
* Polling lists the pages to fetch (``PageRequest``: URL, last validators); ``fetch_pages`` then
  fetches and reads them a batch at a time (on Dask workers when the flow has them), each page read
  (trafilatura) while the next one downloads, and keeps only the texts: a backfill of 100,000
  pages never holds more than a batch's, nor more than two pages' HTML at once. Pages are
  identified by their canonical URL (rel=canonical / og:url, tracking parameters, fragments and
  AMP variants removed).
* Known articles are revisited on a schedule that slows as they age and backs off while they stay
  unchanged (see ``revisit_interval``).
* Transient errors (timeouts, resets, 5xx, 429) are retried with backoff; what still fails, and every
  terminal error, is recorded as a source error and the other sources go on.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterable, Iterator, TypeVar
from urllib.parse import urlsplit

import pyarrow as pa

from storywatch.ingest.feeds import FeedEntry, poll_feed
from storywatch.ingest.fetch import Fetcher, FetchError, FetchResult, HostMemory, allow_private_from_env
from storywatch.ingest.pages import extract_page
from storywatch.records import EntryLog, FeedPollLog, FetchLog, stable_id, to_table
from storywatch.ingest.sources import RawDocument, SourceProblem, order_key
from storywatch.ingest.urls import canonicalize

T = TypeVar("T")
# Age of an article → how often it is revisited (NewsDiffs' 15 min → 1 h → 3 h → 3 d → 30 d).
REVISIT_STEPS = ((timedelta(hours=3), timedelta(minutes=15)), (timedelta(days=1), timedelta(hours=1)),
                 (timedelta(days=3), timedelta(hours=3)), (timedelta(days=30), timedelta(days=3)))
REVISIT_OLD = timedelta(days=30)
BACKOFF = 1.2                   # ×1.2 per check that found nothing new (NewsSniffer)
RETRY_DELAYS = (0.5, 2.0)       # transient errors: two more tries


def revisit_interval(age: timedelta, unchanged_checks: int) -> timedelta:
    """How long after the last check an article of this age is due again."""
    base = next((every for limit, every in REVISIT_STEPS if age < limit), REVISIT_OLD)
    return min(base * (BACKOFF ** max(unchanged_checks, 0)), REVISIT_OLD)


def host_delay() -> float:
    """Seconds between two requests to one host (STORYWATCH_HOST_DELAY, default 1)."""
    return float(os.environ.get("STORYWATCH_HOST_DELAY", "1.0"))


def make_fetcher(allow_private: bool = False, delay: float | None = None,
                 hosts: HostMemory | None = None) -> Fetcher:
    return Fetcher(allow_private=allow_private or allow_private_from_env(),
                   per_host_delay=host_delay() if delay is None else delay, hosts=hosts)


@dataclass(frozen=True)
class PageRequest:
    """A page to fetch this run, with the validators it was last fetched with."""

    url: str
    kind: str                     # feed | page
    published: datetime | None    # the feed entry's date, if it came from a feed
    seq: int                      # the fetch's place in this run (its log row's id)
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """A page body fetched and not read yet (reading it is CPU work: ``read_pages``)."""

    url: str                      # as requested
    kind: str                     # feed | page
    published: datetime | None    # the feed entry's date, if it came from a feed
    seq: int                      # the fetch's place in this run (its log row's id)
    result: FetchResult


@dataclass
class PagesRead:
    """What reading a batch of fetched pages gave: documents, problems, and their fetch log rows."""

    docs: list[RawDocument] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    fetches: list[FetchLog] = field(default_factory=list)
    hosts: HostMemory = HostMemory()        # for the next batch's fetcher


@dataclass
class Coverage:
    """A run's coverage: its feed polls and entries, the pages to fetch, and (as batches of them
    are fetched, ``absorb``) every fetch's log row and every source's problem."""

    requests: list[PageRequest] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    polls: list[FeedPollLog] = field(default_factory=list)
    entries: list[EntryLog] = field(default_factory=list)
    fetches: list[FetchLog] = field(default_factory=list)
    hosts: HostMemory = HostMemory()
    # entries and fetches moved to Arrow by ``compact``: a fifth of their size as Python records
    # (~1 KB a page of a 100k-page backfill, kept until the run commits them)
    compacted: dict[str, list[pa.Table]] = field(default_factory=dict)

    def absorb(self, reads: Iterable[PagesRead]) -> list[RawDocument]:
        """Take in the logs, problems and host memory of fetched batches; their documents."""
        docs: list[RawDocument] = []
        for r in reads:
            docs.extend(r.docs)
            self.problems.extend(r.problems)
            self.fetches.extend(r.fetches)
            self.hosts = self.hosts.merge(r.hosts)
        self.compact()
        return docs

    def compact(self) -> None:
        """Move the feed entries and fetch log rows gathered so far into Arrow tables."""
        for name, rows, cls in (("feed_entries", self.entries, EntryLog), ("fetches", self.fetches, FetchLog)):
            if rows:
                self.compacted.setdefault(name, []).append(to_table(rows, cls))
                rows.clear()

    def log_tables(self) -> dict[str, pa.Table]:
        """Every feed entry and fetch log row of the run, as the tables they are stored in."""
        self.compact()
        return {name: pa.concat_tables(self.compacted.get(name, []) or [to_table([], cls)])
                for name, cls in (("feed_entries", EntryLog), ("fetches", FetchLog))}


@dataclass(frozen=True)
class Known:
    """What the warehouse knows that decides what to fetch: validators, entries, due revisits."""

    feed_validators: dict[str, tuple[str | None, str | None]]
    page_validators: dict[str, tuple[str | None, str | None]]
    fingerprints: set[tuple[str, str, str]]
    due: list[str]


def load_known(con, story: str, feeds_polled: list[str], due: list[str]) -> Known:
    """Validators, the entries seen of ``feeds_polled``, and the revisits ``due`` (see
    ``due_revisits``)."""
    feeds = {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT feed_url, etag, last_modified FROM feed_polls WHERE story = ? AND error IS NULL "
        "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1", [story]).fetchall()}
    pages = {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT url, etag, last_modified FROM fetches WHERE story = ? AND outcome IN ('fetched', "
        "'not_modified') QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1",
        [story]).fetchall()}
    prints = {(r[0], r[1], r[2]) for r in con.execute(
        "SELECT feed_url, entry_id, fingerprint FROM feed_entries WHERE story = ? AND feed_url IN "
        "(SELECT unnest(?))", [story, list(feeds_polled)]).fetchall()}
    return Known(feeds, pages, prints, due)


def _us(t: timedelta) -> int:
    return t // timedelta(microseconds=1)


# Every feed or page article with its birth, last change, last check and checks since the change,
# kept only if it waited at least its age's base interval: the backoff only lengthens an interval,
# so this drops (in SQL) what cannot be due and leaves the exact rule to Python on the few left.
_DUE_SQL = """
WITH art AS (
    SELECT a.story, a.url, coalesce(min(v.published), min(a.first_seen)) AS born,
           max(v.observed_at) AS changed
    FROM articles a JOIN versions v USING (article_id)
    WHERE a.story = $story AND a.source_kind IN ('feed', 'page')
    GROUP BY a.story, a.url
), checked AS (
    SELECT art.url, art.born, art.changed, max(f.fetched_at) AS checked,
           count(f.fetched_at) FILTER (WHERE f.fetched_at > art.changed) AS unchanged
    FROM art LEFT JOIN fetches f ON f.story = art.story AND f.article_url = art.url
    GROUP BY ALL
)
SELECT url, born, changed, checked, unchanged FROM checked
WHERE epoch_us($now::TIMESTAMPTZ) - epoch_us(coalesce(greatest(changed, checked), changed))
      >= CASE %s ELSE %d END
ORDER BY url
""" % (" ".join(f"WHEN epoch_us($now::TIMESTAMPTZ) - epoch_us(born) < {_us(limit)} THEN {_us(every)}"
                for limit, every in REVISIT_STEPS), _us(REVISIT_OLD))


def due_revisits(con, story: str, now: datetime) -> list[str]:
    due = []
    for url, born, changed_at, checked, unchanged in con.execute(_DUE_SQL, {"story": story, "now": now}).fetchall():
        last = max(t for t in (changed_at, checked) if t is not None)
        if now - last >= revisit_interval(now - born, unchanged):
            due.append(url)
    return due


def _with_retries(fn: Callable[[], T], sleep=time.sleep) -> T:
    for delay in RETRY_DELAYS:
        try:
            return fn()
        except FetchError as exc:
            if not exc.transient:
                raise
            sleep(exc.retry_after if exc.retry_after and exc.retry_after < 30 else delay)
    return fn()


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def article_identity(canonical: str, fetched: str) -> str:
    """The page's canonical URL when it is on the page's own site, else the fetched URL.

    A syndicated copy that names the original as canonical keeps its own identity (and is then
    found as a near-duplicate of the original): no page can add versions to another site's article.
    """
    return canonical if _host(canonical) == _host(fetched) else canonicalize(fetched)


def _outlet(url: str, sitename: str | None) -> str:
    return sitename or (urlsplit(url).hostname or "").removeprefix("www.")


class Collector:
    """Gathers one run's coverage for a story; each source's failure stays with that source."""

    def __init__(self, story: str, fetcher: Fetcher, known: Known, now: datetime, run_id: str):
        self.story, self.fetcher, self.known, self.now, self.run_id = story, fetcher, known, now, run_id
        self.out = Coverage()
        self._listed: set[str] = set()
        self._seq = 0

    def poll(self, feed_url: str) -> None:
        etag, lm = self.known.feed_validators.get(feed_url, (None, None))
        try:
            fp = _with_retries(lambda: poll_feed(self.fetcher, feed_url, etag=etag, last_modified=lm))
        except FetchError as exc:
            self.out.problems.append(SourceProblem(feed_url, str(exc), transient=exc.transient))
            fp = None
        if fp is None:
            return
        self.out.polls.append(FeedPollLog(stable_id(self.run_id, feed_url), self.story, feed_url, self.now,
                                          fp.not_modified, fp.etag or etag, fp.last_modified or lm,
                                          len(fp.entries), fp.error, self.run_id))
        if fp.error:
            self.out.problems.append(SourceProblem(feed_url, fp.error if feed_url in fp.error
                                                   else f"{feed_url}: {fp.error}"))
        for entry in fp.entries:
            self._entry(feed_url, entry)

    def _entry(self, feed_url: str, e: FeedEntry) -> None:
        key = (feed_url, e.entry_id, e.fingerprint)
        if key in self.known.fingerprints:
            return
        self.known.fingerprints.add(key)
        self.out.entries.append(EntryLog(self.story, feed_url, e.entry_id, e.fingerprint, e.link, e.title,
                                         e.published, e.updated, self.now, self.run_id))
        if e.link:
            self.page(e.link, kind="feed", published=e.published or e.updated)

    def page(self, url: str, *, kind: str = "page", published: datetime | None = None) -> None:
        """List a page to fetch (``fetch_pages``), once per canonical URL a run."""
        key = canonicalize(url)
        if key in self._listed:
            return
        self._listed.add(key)
        self._seq += 1
        etag, lm = self.known.page_validators.get(url, (None, None))
        self.out.requests.append(PageRequest(url, kind, published, self._seq, etag, lm))


def fetch_log(story: str, run_id: str, now: datetime, seq: int, url: str, res: FetchResult | None,
              article_url: str | None, outcome: str) -> FetchLog:
    return FetchLog(stable_id(run_id, url, seq), story, url, res.final_url if res else None,
                    article_url if res else None, res.status if res else None,
                    list(res.redirects) if res else [], res.etag if res else None,
                    res.last_modified if res else None, outcome, now, run_id)


def read_pages(fetched: list[Fetched], story: str, now: datetime, run_id: str) -> PagesRead:
    """Extract article text and metadata from fetched pages (CPU; no I/O): a document per
    readable page, a problem per unreadable one, and the fetch log row of each."""
    out = PagesRead()
    for f in fetched:
        _read(out, f, story, now, run_id)
    return out


def _read(out: PagesRead, f: Fetched, story: str, now: datetime, run_id: str) -> None:
    res = f.result
    page = extract_page(res.body, res.final_url, charset=res.charset)
    if page is None:
        out.problems.append(SourceProblem(f.url, f"{f.url}: no article text could be extracted "
                                          "(not an article page?); check the URL or remove it."))
        out.fetches.append(fetch_log(story, run_id, now, f.seq, f.url, res, None, "unreadable"))
        return
    identity = article_identity(page.canonical_url, res.final_url)
    out.fetches.append(fetch_log(story, run_id, now, f.seq, f.url, res, identity, "fetched"))
    when = page.published or f.published
    version_time = page.modified or when or now      # an update is reported when modified
    out.docs.append(RawDocument(
        url=identity, source_kind=f.kind, source=f.url, text=page.text, title=page.title,
        published=when, order_key=order_key(version_time, identity),
        outlet=_outlet(identity, page.sitename), language=page.language))


def fetch_pages(requests: list[PageRequest], story: str, now: datetime, run_id: str, *,
                allow_private: bool = False, delay: float | None = None,
                hosts: HostMemory | None = None) -> PagesRead:
    """Fetch and read a batch of pages (I/O and CPU; never raises for a source): each page is read
    while the next one downloads, and only its text is kept. ``hosts`` is the memory of the fetchers
    before this one (pauses per host, robots.txt); the result carries this one's on."""
    out = PagesRead()
    with make_fetcher(allow_private, delay, hosts) as fetcher:
        for req, got in _fetched_ahead(fetcher, requests):
            if isinstance(got, FetchError):
                out.problems.append(SourceProblem(req.url, str(got), transient=got.transient))
                out.fetches.append(fetch_log(story, run_id, now, req.seq, req.url, None, None, "error"))
            elif got.not_modified:
                out.fetches.append(fetch_log(story, run_id, now, req.seq, req.url, got, req.url,
                                             "not_modified"))
            else:
                _read(out, Fetched(req.url, req.kind, req.published, req.seq, got), story, now, run_id)
        out.hosts = fetcher.memory()
    return out


def fetch_one(fetcher: Fetcher, r: PageRequest) -> FetchResult | FetchError:
    """One page with its last validators, transient errors retried; what still fails, as a value."""
    try:
        return _with_retries(lambda: fetcher.fetch(r.url, etag=r.etag, last_modified=r.last_modified))
    except FetchError as exc:
        return exc


def _fetched_ahead(fetcher: Fetcher, requests: list[PageRequest]
                   ) -> Iterator[tuple[PageRequest, FetchResult | FetchError]]:
    """Each request with its result, the next one fetching (one thread) while this one is used."""
    with ThreadPoolExecutor(1, thread_name_prefix="storywatch-fetch") as pool:
        submitted = ((r, pool.submit(fetch_one, fetcher, r)) for r in requests)    # lazily: one ahead
        current = next(submitted, None)
        while current is not None:
            upcoming = next(submitted, None)        # the next page fetching while this one is used
            yield current[0], current[1].result()
            current = upcoming


def collect_http(story: str, feeds: list[str], pages: list[str], fetcher: Fetcher, known: Known,
                 now: datetime, run_id: str) -> Coverage:
    """Poll every feed and list every page to fetch (its entries', the given ones, the due
    revisits) for ``fetch_pages``; never raises for a source."""
    c = Collector(story, fetcher, known, now, run_id)
    for feed in dict.fromkeys(feeds):
        c.poll(feed)
    for url in dict.fromkeys(canonicalize(p) for p in pages):
        c.page(url)
    for url in known.due:
        c.page(url, kind="page")
    c.out.hosts = fetcher.memory()
    c.out.compact()
    return c.out
