"""Fetch a batch of listed pages and read them (trafilatura) into documents: each page read while
the next one downloads, and only its text kept. Runs in-process or on a Dask worker."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator
from urllib.parse import urlsplit

from storywatch.ingest.collect import PageRequest, PagesRead, make_fetcher, with_retries
from storywatch.ingest.fetch import Fetcher, FetchError, FetchResult, HostMemory
from storywatch.ingest.pages import extract_page
from storywatch.ingest.sources import RawDocument, SourceProblem, order_key
from storywatch.ingest.urls import canonicalize
from storywatch.records import FetchLog, stable_id


@dataclass(frozen=True)
class Fetched:
    """A page body fetched and not read yet (reading it is CPU work: ``read_pages``)."""

    url: str                      # as requested
    kind: str                     # feed | page
    published: datetime | None    # the feed entry's date, if it came from a feed
    seq: int                      # the fetch's place in this run (its log row's id)
    result: FetchResult


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
    """One page with its last validators, transient errors retried within the page's time budget
    (``source_budget``); what still fails, as a value."""
    try:
        return with_retries(lambda budget: fetcher.fetch(r.url, etag=r.etag, last_modified=r.last_modified,
                                                         budget=budget))
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
