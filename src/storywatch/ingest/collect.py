"""Coverage over HTTP: poll feeds, fetch new or changed entries' pages, revisit known articles.

* Feeds are polled with the ETag / Last-Modified the server gave last time (a 304 costs nothing
  downstream). An entry whose fingerprint (id, updated, title, summary) is new makes its page be
  fetched; a known fingerprint does not.
* Polling lists the pages to fetch (``PageRequest``: URL, last validators) in a ``Worklist``;
  what the sources did goes to the run's ``RunLog``. ``read.fetch_pages`` then fetches and reads them a batch at a time (on Dask workers when the flow has them), each page read
  (trafilatura) while the next one downloads, and keeps only the texts: a backfill of 100,000
  pages never holds more than a batch's, nor more than two pages' HTML at once. Pages are
  identified by their canonical URL (rel=canonical / og:url, tracking parameters, fragments and
  AMP variants removed).
* Known articles are revisited on a schedule that slows as they age and backs off while they stay
  unchanged (see ``revisit_interval``).
* Transient errors (timeouts, resets, 5xx, 429) are retried with backoff; what still fails, and every
  terminal error, is recorded as a source error and the other sources go on.
* One source cannot hold a run: a feed lists at most ``MAX_NEW_ENTRIES_PER_FEED`` new entries a run
  (oldest first; the rest are not recorded as seen, so the next run lists them); a feed poll or a
  page has ``SOURCE_BUDGET_S`` seconds of requests, retries included; a host whose robots.txt
  Crawl-delay would stretch its pages past that budget gets the pages that fit, the rest next run.
  Each deferral is recorded as a (transient) source problem.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterable, TypeVar
from urllib.parse import urlsplit

import pyarrow as pa

from storywatch.ingest.feeds import FeedEntry, FeedPoll, poll_feed
from storywatch.ingest.fetch import Budget, Fetcher, FetchError, HostMemory, allow_private_from_env
from storywatch.ingest.sources import RawDocument, SourceProblem
from storywatch.ingest.urls import canonicalize
from storywatch.records import DiscoverPollLog, EntryLog, FeedPollLog, FetchLog, stable_id, to_table

T = TypeVar("T")
# Age of an article → how often it is revisited (NewsDiffs' 15 min → 1 h → 3 h → 3 d → 30 d).
REVISIT_STEPS = ((timedelta(hours=3), timedelta(minutes=15)), (timedelta(days=1), timedelta(hours=1)),
                 (timedelta(days=3), timedelta(hours=3)), (timedelta(days=30), timedelta(days=3)))
REVISIT_OLD = timedelta(days=30)
BACKOFF = 1.2                   # ×1.2 per check that found nothing new (NewsSniffer)
RETRY_DELAYS = (0.5, 2.0)       # transient errors: two more tries
MAX_NEW_ENTRIES_PER_FEED = 200  # a feed's new entries listed a run, oldest first (STORYWATCH_MAX_ENTRIES)
SOURCE_BUDGET_S = 45.0          # a feed poll's or a page's seconds, retries included (STORYWATCH_SOURCE_BUDGET)


def revisit_interval(age: timedelta, unchanged_checks: int) -> timedelta:
    """How long after the last check an article of this age is due again."""
    base = next((every for limit, every in REVISIT_STEPS if age < limit), REVISIT_OLD)
    return min(base * (BACKOFF ** max(unchanged_checks, 0)), REVISIT_OLD)


def host_delay() -> float:
    """Seconds between two requests to one host (STORYWATCH_HOST_DELAY, default 1)."""
    return float(os.environ.get("STORYWATCH_HOST_DELAY", "1.0"))


def max_new_entries() -> int:
    """New entries of one feed listed a run (STORYWATCH_MAX_ENTRIES, default 200)."""
    return max(1, int(os.environ.get("STORYWATCH_MAX_ENTRIES", MAX_NEW_ENTRIES_PER_FEED)))


def source_budget() -> float:
    """Seconds one feed poll or page may take, retries included (STORYWATCH_SOURCE_BUDGET, default 45)."""
    return float(os.environ.get("STORYWATCH_SOURCE_BUDGET", SOURCE_BUDGET_S))


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


@dataclass
class PagesRead:
    """What reading a batch of fetched pages gave: documents, problems, and their fetch log rows."""

    docs: list[RawDocument] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    fetches: list[FetchLog] = field(default_factory=list)
    hosts: HostMemory = HostMemory()        # for the next batch's fetcher


@dataclass
class Worklist:
    """What a run fetches: the pages ``collect`` listed, and what the fetchers remember of each host
    (pauses, robots.txt), carried from one batch of fetches to the next."""

    requests: list[PageRequest] = field(default_factory=list)
    hosts: HostMemory = HostMemory()


@dataclass
class RunLog:
    """What a run's sources did: its feed polls and entries, every fetch, every source's problem
    (seeds and feeds and pages alike). Committed with the run's row, in ``finish``."""

    problems: list[SourceProblem] = field(default_factory=list)
    polls: list[FeedPollLog] = field(default_factory=list)
    entries: list[EntryLog] = field(default_factory=list)
    fetches: list[FetchLog] = field(default_factory=list)
    discoveries: list[DiscoverPollLog] = field(default_factory=list)   # news-search polls (discover)
    # entries and fetches moved to Arrow by ``compact`` (much smaller than as Python records),
    # kept until the run commits them
    compacted: dict[str, list[pa.Table]] = field(default_factory=dict)

    def absorb(self, reads: Iterable[PagesRead], work: Worklist | None = None) -> list[RawDocument]:
        """Take in the logs and problems of fetched batches (and their host memory, into
        ``work``); their documents."""
        docs: list[RawDocument] = []
        for r in reads:
            docs.extend(r.docs)
            self.problems.extend(r.problems)
            self.fetches.extend(r.fetches)
            if work is not None:
                work.hosts = work.hosts.merge(r.hosts)
        self.compact()
        return docs

    def compact(self) -> None:
        """Move the feed entries and fetch log rows gathered so far into Arrow tables."""
        for name, rows, cls in (("feed_entries", self.entries, EntryLog), ("fetches", self.fetches, FetchLog)):
            if rows:
                self.compacted.setdefault(name, []).append(to_table(rows, cls))
                rows.clear()

    def log_tables(self) -> dict[str, pa.Table]:
        """Every feed poll, feed entry and fetch log row of the run, as the tables they are stored in."""
        self.compact()
        return {"feed_polls": to_table(self.polls, FeedPollLog),
                "discover_polls": to_table(self.discoveries, DiscoverPollLog),
                **{name: pa.concat_tables(self.compacted.get(name, []) or [to_table([], cls)])
                   for name, cls in (("feed_entries", EntryLog), ("fetches", FetchLog))}}


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
# A due article is fetched again at the URL it was last fetched from (its identity, the canonical
# URL, may answer differently: a trailing slash dropped, say).
_DUE_SQL = """
WITH art AS (
    SELECT a.story, a.url, coalesce(min(v.published), min(a.first_seen)) AS born,
           max(v.observed_at) AS changed
    FROM articles a JOIN versions v USING (article_id)
    WHERE a.story = $story AND a.source_kind IN ('feed', 'page')
    GROUP BY a.story, a.url
), checked AS (
    SELECT art.url, art.born, art.changed, max(f.fetched_at) AS checked,
           count(f.fetched_at) FILTER (WHERE f.fetched_at > art.changed) AS unchanged,
           arg_max(f.url, f.fetched_at) AS fetched_as
    FROM art LEFT JOIN fetches f ON f.story = art.story AND f.article_url = art.url
    GROUP BY ALL
)
SELECT coalesce(fetched_as, url), born, changed, checked, unchanged FROM checked
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


def with_retries(fn: Callable[[Budget], T], sleep=time.sleep, seconds: float | None = None) -> T:
    """``fn(budget)``, transient errors retried while the source's time budget (``seconds``, else
    ``source_budget()``) lasts; the pauses between tries are spent from it too."""
    budget = Budget(source_budget() if seconds is None else seconds)
    for delay in RETRY_DELAYS:
        try:
            return fn(budget)
        except FetchError as exc:
            if not exc.transient:
                raise
            pause = exc.retry_after if exc.retry_after and exc.retry_after < 30 else delay
            if budget.left - pause <= 0:
                raise (exc if budget.label() in exc.reason else budget.spent_error(exc.url, exc)) from exc
            sleep(pause)
            budget.spend(pause)
    return fn(budget)


class Collector:
    """Gathers one run's coverage for a story; each source's failure stays with that source."""

    def __init__(self, story: str, fetcher: Fetcher, known: Known, now: datetime, run_id: str):
        self.story, self.fetcher, self.known, self.now, self.run_id = story, fetcher, known, now, run_id
        self.work, self.log = Worklist(), RunLog()
        self._listed: set[str] = set()
        self._seq = 0
        self._per_host: dict[str, int] = {}                # pages listed per origin paced by a Crawl-delay
        self._deferred: dict[str, tuple[int, float]] = {}  # origin -> pages deferred, its Crawl-delay

    def poll(self, feed_url: str) -> None:
        etag, lm = self.known.feed_validators.get(feed_url, (None, None))
        try:
            fp = with_retries(lambda b: poll_feed(self.fetcher, feed_url, etag=etag, last_modified=lm, budget=b))
        except FetchError as exc:
            self.log.problems.append(SourceProblem(feed_url, str(exc), transient=exc.transient))
            return
        if fp.error:
            self.log.problems.append(SourceProblem(feed_url, fp.error if feed_url in fp.error
                                                   else f"{feed_url}: {fp.error}"))
        self.take(fp)

    def unseen(self, fp: FeedPoll) -> list[FeedEntry]:
        """The entries of a poll not seen before (by fingerprint), once each, oldest first."""
        new = list({(e.entry_id, e.fingerprint): e for e in reversed(fp.entries)      # feeds: newest first
                    if (fp.feed_url, e.entry_id, e.fingerprint) not in self.known.fingerprints}.values())
        new.sort(key=_age)
        return new

    def take(self, fp: FeedPoll, new: list[FeedEntry] | None = None) -> int:
        """List the pages of a poll's new entries (``new``, default ``unseen(fp)``; at most
        ``max_new_entries()``, the rest deferred) and log the poll; the number listed. An entry
        without a link is recorded as seen and lists nothing."""
        feed_url = fp.feed_url
        etag, lm = self.known.feed_validators.get(feed_url, (None, None))
        new = self.unseen(fp) if new is None else new
        cap = max_new_entries()
        kept = sum(self._entry(feed_url, e) for e in new[:cap])
        if len(new) > cap:
            self.log.problems.append(SourceProblem(feed_url, (
                f"{feed_url}: {len(new) - cap} new entries deferred to the next run (at most {cap} new entries "
                "of a feed are fetched a run, oldest first; STORYWATCH_MAX_ENTRIES) — transient; the next "
                "runs fetch them"), transient=True))
        deferred = len(new) > kept   # the next run must read the whole feed again, not get a 304
        self.log.polls.append(FeedPollLog(stable_id(self.run_id, feed_url), self.story, feed_url, self.now,
                                          fp.not_modified, None if deferred else fp.etag or etag,
                                          None if deferred else fp.last_modified or lm,
                                          len(fp.entries), fp.error, self.run_id))
        return kept

    def _entry(self, feed_url: str, e: FeedEntry) -> bool:
        """List a new entry's page; False (and the entry left unseen) when its host has no room this run."""
        if e.link and not self.page(e.link, kind="feed", published=e.published or e.updated):
            return False
        self.known.fingerprints.add((feed_url, e.entry_id, e.fingerprint))
        self.log.entries.append(EntryLog(self.story, feed_url, e.entry_id, e.fingerprint, e.link, e.title,
                                         e.published, e.updated, self.now, self.run_id))
        return True

    def page(self, url: str, *, kind: str = "page", published: datetime | None = None) -> bool:
        """List a page to fetch (``fetch_pages``), once per canonical URL a run; False when its host's
        Crawl-delay leaves no room for it in this run (it is then left for the next)."""
        key = canonicalize(url)
        if key in self._listed:
            return True
        if not self._fits(url):
            return False
        self._listed.add(key)
        self._seq += 1
        etag, lm = self.known.page_validators.get(url, (None, None))
        self.work.requests.append(PageRequest(url, kind, published, self._seq, etag, lm))
        return True

    def _fits(self, url: str) -> bool:
        """Whether the pauses a robots.txt Crawl-delay (one longer than the usual pause) puts
        between the pages listed at ``url``'s host, this one included, fit in a source budget."""
        try:
            delay = self.fetcher.host_delay(url)
        except (FetchError, ValueError):
            return True                     # the fetch itself will say what is wrong with the URL
        if delay <= self.fetcher.per_host_delay:
            return True
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}".lower()
        listed = self._per_host.get(host, 0)
        if listed * delay > source_budget():
            self._deferred[host] = (self._deferred.get(host, (0, delay))[0] + 1, delay)
            return False
        self._per_host[host] = listed + 1
        return True

    def notices(self) -> None:
        """Record the pages each Crawl-delay left for the next run."""
        for host, (n, delay) in sorted(self._deferred.items()):
            fit = self._per_host.get(host, 0)
            self.log.problems.append(SourceProblem(host, (
                f"{host}: {n} pages deferred to the next run: its robots.txt Crawl-delay of {delay:g} s "
                f"lets {fit} pages fit in the {source_budget():g} s source budget — transient; the next "
                "runs fetch them"), transient=True))


def _age(e: FeedEntry) -> tuple:
    """Oldest first: dated entries by date, then undated ones (in the order given)."""
    when = e.published or e.updated
    return (0, when.timestamp()) if when else (1, 0.0)


def collect_http(story: str, feeds: list[str], pages: list[str], fetcher: Fetcher, known: Known,
                 now: datetime, run_id: str,
                 searches: Iterable[Callable[[Collector], None]] = ()) -> tuple[Worklist, RunLog]:
    """Poll every feed, then each of ``searches`` (a source polled through the collector, such as a
    news search: after the feeds, so a page both list is listed once, at the feed's URL), and list
    every page to fetch (their entries', the given ones, the due revisits) for ``fetch_pages``;
    never raises for a source."""
    c = Collector(story, fetcher, known, now, run_id)
    for feed in dict.fromkeys(feeds):
        c.poll(feed)
    for search in searches:
        search(c)
    for url in dict.fromkeys(pages):          # fetched as given: the canonical form is the identity only
        c.page(url)
    for url in known.due:
        c.page(url, kind="page")
    c.notices()
    c.work.hosts = fetcher.memory()
    c.log.compact()
    return c.work, c.log
