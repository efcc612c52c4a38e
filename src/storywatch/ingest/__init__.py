"""Ingest: a story's seeds, feeds and pages in; documents (``RawDocument``) and the run's log out.
Only public http(s) addresses are fetched; every source's failure is recorded and stays with it."""
from storywatch.ingest.collect import (Collector, PageRequest, PagesRead, RunLog, Worklist, collect_http,
                                       due_revisits, host_delay, load_known, make_fetcher, revisit_interval,
                                       with_retries)
from storywatch.ingest.feeds import FeedEntry, FeedPoll, entry_fingerprint, parse_feed
from storywatch.ingest.fetch import Fetcher, FetchError, FetchResult, HostMemory
from storywatch.ingest.pages import extract_page
from storywatch.ingest.read import fetch_pages, read_pages
from storywatch.ingest.sources import RawDocument, SourceProblem, iter_seeds, order_key, seed_names
from storywatch.ingest.staging import Staging
from storywatch.ingest.urls import canonicalize

__all__ = ["Collector", "with_retries", "FeedEntry", "FeedPoll", "entry_fingerprint", "parse_feed", "PageRequest", "PagesRead",
           "RunLog", "Worklist", "collect_http", "due_revisits", "host_delay", "load_known", "make_fetcher", "revisit_interval", "Fetcher", "FetchError", "FetchResult",
           "HostMemory", "extract_page", "fetch_pages", "read_pages", "RawDocument", "SourceProblem",
           "iter_seeds", "order_key", "seed_names", "Staging", "canonicalize"]
