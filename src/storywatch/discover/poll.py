"""Polling a news search like a feed, through the run's ``Collector``.

* A query is asked again only once its service's polite interval (``every``) has passed since its
  last poll, and never sooner than ``gap_s`` after the last request to the service in this
  process (GDELT asks for one request every 5 seconds; ``STORYWATCH_HOST_DELAY=0`` lifts the
  pause, as it does for hosts). The request is a conditional GET with the validators the service
  gave last time; its retries and time budget are a feed's.
* Items go where feed entries go: only the ones not seen before (by fingerprint), their links
  taken to the publisher's URL (``links``), then listed as pages to fetch, where the relevance
  filter, deduplication and identity apply as to any feed entry. A rerun with nothing new lists
  nothing.
* Each poll is a ``DiscoverPollLog`` row; ``settle`` counts, when the run's articles are stored,
  how many of its new items the story kept.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from storywatch.discover.answers import read_answer, with_link
from storywatch.discover.links import LinkError, publisher_url
from storywatch.discover.services import Search, searches
from storywatch.ingest import (Collector, FeedEntry, FetchError, RunLog, SourceProblem, canonicalize, host_delay,
                               with_retries)
from storywatch.records import DiscoverPollLog, stable_id
from storywatch.story import Story

_LAST_REQUEST: dict[str, float] = {}     # service → monotonic time of its last request in this process
_LOCK = threading.Lock()


def due_searches(con, story: Story, now: datetime) -> list[Search]:
    """The story's queries whose polite interval has passed since their last poll."""
    wanted = searches(story)
    if not wanted:
        return []
    last = dict(con.execute("SELECT query_url, max(polled_at) FROM discover_polls WHERE story = ? "
                            "GROUP BY query_url", [story.slug]).fetchall())
    return [s for s in wanted if s.url not in last or now - last[s.url] >= s.service.every]


def _pace(search: Search, sleep=time.sleep) -> None:
    """Wait for this request's turn at the service: a slot ``gap_s`` after the one before, taken
    under a lock, so stories polled side by side still ask it one at a time."""
    gap = search.service.gap_s if host_delay() > 0 else 0.0
    if gap <= 0:
        return
    with _LOCK:
        now = time.monotonic()
        turn = max(now, _LAST_REQUEST.get(search.service.name, now - gap) + gap)
        _LAST_REQUEST[search.service.name] = turn
    if turn > now:
        sleep(turn - now)


def pollers(found: list[Search]) -> list[Callable[[Collector], None]]:
    """One poll per query, for ``collect_http``'s ``searches``."""
    return [lambda c, s=s: poll(c, s) for s in found]


def _log(c: Collector, search: Search, *, not_modified=False, items=0, new=0, errors=()) -> None:
    """The poll's row; its error names the first problems and counts the rest (each is also a
    source error of its own)."""
    errors = list(errors)
    shown = errors[:3] + ([f"and {len(errors) - 3} more (see source_errors)"] if len(errors) > 3 else [])
    c.log.discoveries.append(DiscoverPollLog(
        stable_id(c.run_id, "discover", search.url), c.story, search.service.name, search.url, c.now,
        not_modified, items, new, 0, "; ".join(shown) or None, c.run_id))


def _resolve(c: Collector, search: Search, new: list[FeedEntry], errors: list[str]) -> tuple[list[FeedEntry], bool]:
    """The new entries with their publisher's URL (None where it cannot be had, so the entry is
    recorded as seen and lists nothing); whether one failed for a reason that may pass."""
    out, retry = [], False
    for e in new:
        link = None
        if e.link:
            try:
                link = publisher_url(search.service, e.link, c.fetcher)
            except LinkError as exc:
                c.log.problems.append(SourceProblem(search.url, f"{search.url}: {search.service.name} {exc}",
                                                    transient=exc.transient))
                errors.append(str(exc))
                if exc.transient:
                    retry = True
                    continue            # not recorded as seen: asked again next poll
        out.append(with_link(e, link))
    return out, retry


def poll(c: Collector, search: Search) -> None:
    """Ask one query, read its answer, list its new items' publisher pages; log the poll."""
    etag, lm = c.known.feed_validators.get(search.url, (None, None))
    _pace(search)
    try:
        result = with_retries(lambda b: c.fetcher.fetch(search.url, etag=etag, last_modified=lm, budget=b))
    except FetchError as exc:
        c.log.problems.append(SourceProblem(search.url, f"{search.service.name}: {exc}", transient=exc.transient))
        return _log(c, search, errors=[str(exc)])
    fp = read_answer(search, result, etag, lm)
    errors = [fp.error] if fp.error else []
    if fp.error:
        c.log.problems.append(SourceProblem(search.url, fp.error))
    new, retry = _resolve(c, search, c.unseen(fp)[:search.service.max_items], errors)
    c.take(fp, new)
    if retry and c.log.polls:           # no validators kept: the next poll reads the answer again
        c.log.polls[-1] = replace(c.log.polls[-1], etag=None, last_modified=None)
    # listed: the entries with a page that ``take`` recorded as seen (a host without room defers some)
    listed = sum(1 for e in new if e.link and (search.url, e.entry_id, e.fingerprint) in c.known.fingerprints)
    _log(c, search, not_modified=fp.not_modified, items=len(fp.entries), new=listed, errors=errors)


def settle(log: RunLog, con, story: str) -> None:
    """Count, for each of the run's polls, its new items whose article the story now holds (its
    identity: the publisher URL's canonical form, or the canonical URL its fetch was stored under)."""
    if not log.discoveries:
        return
    tables = log.log_tables()
    stored_as: dict[str, set[str]] = {}
    for row in tables["fetches"].select(["url", "article_url"]).to_pylist():
        if row["article_url"]:
            stored_as.setdefault(canonicalize(row["url"]), set()).add(row["article_url"])
    queries = {p.query_url for p in log.discoveries}
    links: dict[str, set[str]] = {}
    for row in tables["feed_entries"].select(["feed_url", "link"]).to_pylist():
        if row["feed_url"] in queries and row["link"]:
            links.setdefault(row["feed_url"], set()).add(row["link"])
    ids = {link: {canonicalize(link)} | stored_as.get(canonicalize(link), set())
           for found in links.values() for link in found}
    every = sorted({i for s in ids.values() for i in s})
    held = {r[0] for r in con.execute("SELECT url FROM articles WHERE story = ? AND url IN (SELECT unnest(?))",
                                      [story, every]).fetchall()} if every else set()
    log.discoveries = [replace(p, kept=sum(1 for link in links.get(p.query_url, ()) if ids[link] & held))
                       for p in log.discoveries]
