"""A news-search service's answer, read into feed entries (``FeedPoll``), never raising.

* GDELT DOC 2.0 ``mode=ArtList&format=json``: ``{"articles": [{"url", "title", "seendate",
  "domain", "language", …}]}`` (``{}`` when nothing matched). GDELT answers a problem with the
  query, or its rate limit, as a line of plain text with status 200: recorded as the poll's error.
* RSS (GDELT ``format=rss``, Google News, Bing News): read by the feed parser every feed goes
  through.
* An HTML page instead (a consent or error page), malformed JSON, or more items than the service's
  ``max_items`` (a flood: only the first ``max_items`` are read) is the poll's error.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, timezone

from storywatch.discover.services import Search
from storywatch.ingest import FeedEntry, FeedPoll, FetchResult, entry_fingerprint, parse_feed

_HTML = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)


def _seen(value: object) -> datetime | None:
    """GDELT's ``seendate`` (``20250106T094500Z``)."""
    try:
        return datetime.strptime(str(value), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _gdelt_entry(url: str, item: dict) -> FeedEntry | None:
    link = item.get("url")
    if not isinstance(link, str) or not link.strip():
        return None
    title = item.get("title") if isinstance(item.get("title"), str) else None
    title = " ".join(title.split()) or None if title else None
    return FeedEntry(url, link.strip(), link.strip(), title, None, _seen(item.get("seendate")), None,
                     entry_fingerprint(link.strip(), None, title, None))


def _gdelt_json(url: str, body: bytes) -> tuple[list[FeedEntry], str | None]:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return [], f"malformed JSON ({str(exc)[:120]})"
    articles = doc.get("articles", []) if isinstance(doc, dict) else None
    if not isinstance(articles, list):
        return [], "JSON without an 'articles' list (not an ArtList answer)"
    entries = [e for item in articles if isinstance(item, dict) and (e := _gdelt_entry(url, item))]
    bad = len(articles) - len(entries)
    return entries, (f"{bad} item(s) without a URL skipped" if bad else None)


def read_answer(search: Search, result: FetchResult, etag: str | None, last_modified: str | None) -> FeedPoll:
    """The answer to one query as a feed poll (error in ``FeedPoll.error``, naming the service)."""
    url, name = search.url, search.service.name
    etag, last_modified = result.etag or etag, result.last_modified or last_modified
    if result.not_modified:
        return FeedPoll(url, (), etag, last_modified, True, None, final_url=result.final_url)
    body = result.body
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    error: str | None = None
    if _HTML.match(body):
        entries, error = [], "answered an HTML page, not search results (a consent, block or error page?)"
    elif head == b"{" and search.service.query == "gdelt":
        entries, error = _gdelt_json(url, body)
    elif head == b"<" or head == b"{":
        ctype = result.content_type + (f"; charset={result.charset}" if result.charset else "") \
            if result.content_type else None
        parsed = parse_feed(body, url, content_type=ctype, base_url=result.final_url)
        entries = list(parsed.entries)
        error = parsed.error.replace(f"{url}: ", "", 1) if parsed.error else None
    else:
        text = " ".join(body[:300].decode("utf-8", "replace").split())
        entries, error = [], f"answered a message instead of results: {text!r}" if text else "answered nothing"
    cap = search.service.max_items
    if len(entries) > cap:
        flood = (f"answered {len(entries)} items, more than the {cap} one poll reads: the first {cap} were read "
                 "(check the query; narrow the story's terms)")
        entries, error = entries[:cap], f"{error}; {flood}" if error else flood
    message = f"{url}: {name} {error} — recorded; the next poll asks again" if error else None
    return FeedPoll(url, tuple(entries), etag, last_modified, False, message, final_url=result.final_url,
                    format="gdelt-json" if head == b"{" else None)


def with_link(entry: FeedEntry, link: str | None) -> FeedEntry:
    """The entry with its link replaced (the publisher's URL, or None when it has none)."""
    return replace(entry, link=link)
