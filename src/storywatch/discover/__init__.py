"""Discover: coverage found by news search from a story's terms, not only listed in its file.

A story's ``discover`` names services (``data/services.toml``: GDELT's DOC 2.0 API, Google News
and Bing News RSS search). Each turns the terms into a query URL (``services``), is polled like
a feed through the run's ``Collector`` (``poll``: conditional GET, rate limit, polite interval),
its answer read into feed entries (``answers``: GDELT ArtList JSON, RSS through the feed parser)
and each item's aggregator link taken to the publisher's URL (``links``) before the page is
listed. From there an item is a feed entry: the same fetch, relevance filter, deduplication and
identity. Each poll is logged (``DiscoverPollLog``) for ``storywatch status``.
"""
from storywatch.discover.answers import read_answer
from storywatch.discover.links import LinkError, google_article_url, publisher_url
from storywatch.discover.poll import due_searches, poll, pollers, settle
from storywatch.discover.services import Search, Service, query_text, searches, services

__all__ = ["read_answer", "LinkError", "google_article_url", "publisher_url", "due_searches", "poll", "pollers",
           "settle", "Search", "Service", "query_text", "searches", "services"]
