"""Feed polling: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 via feedparser, JSON Feed 1.0/1.1 by hand.

feedparser never touches the network here: ``Fetcher`` gets the bytes and feedparser
gets a ``BytesIO`` plus the response headers (for encoding sniffing and relative links).
feedparser 6.0 has no JSON Feed support, hence ``_parse_json_feed``. XML entities are
not expanded: feedparser strips unsafe ENTITY declarations and its SAX parser does not
load external entities (see tests/test_feeds.py for the billion-laughs and XXE checks).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

from storywatch.ingest.fetch import Budget, Fetcher, FetchError
from storywatch.ingest.markup import fix_mojibake

__all__ = ["FeedEntry", "FeedPoll", "parse_feed", "poll_feed", "entry_fingerprint"]

_JSON_TYPES = ("application/feed+json", "application/json", "text/json")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_HTML_ROOT = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<[?!][^>]*>\s*|<!--.*?-->\s*)*<html[\s>]", re.I | re.S)
# external (SYSTEM/PUBLIC), parameter or nested entity declarations: never expanded here
_UNSAFE_ENTITY = re.compile(rb"""<!ENTITY\s+(?:%\s*)?[\w.:-]+\s+(?:SYSTEM|PUBLIC|"[^"]*[&%]|'[^']*[&%])""", re.I)


@dataclass(frozen=True)
class FeedEntry:
    feed_url: str
    entry_id: str
    link: str | None
    title: str | None
    summary: str | None
    published: datetime | None
    updated: datetime | None
    fingerprint: str


@dataclass(frozen=True)
class FeedPoll:
    feed_url: str
    entries: tuple[FeedEntry, ...]
    etag: str | None
    last_modified: str | None
    not_modified: bool
    error: str | None
    title: str | None = None
    final_url: str | None = None   # after redirects (None when not fetched)
    format: str | None = None      # feedparser version ("rss20", "atom10", ...) or "json1"/"json11"


def entry_fingerprint(entry_id: str, updated: datetime | None, title: str | None, summary: str | None) -> str:
    """sha256 over (id, updated, title, summary): changes whenever the entry does."""
    stamp = updated.isoformat() if updated else None
    payload = json.dumps([entry_id, stamp, title, summary], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _plain(value: Any) -> str | None:
    """Text without markup, entities decoded, whitespace collapsed; None when empty."""
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", fix_mojibake(html.unescape(_TAG.sub(" ", value)))).strip()
    return text or None


def _make_entry(feed_url: str, entry_id: str | None, link: str | None, title: Any, summary: Any,
                published: datetime | None, updated: datetime | None) -> FeedEntry:
    title, summary = _plain(title), _plain(summary)
    if not entry_id:
        entry_id = link or "sha256:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()[:32]
    return FeedEntry(feed_url=feed_url, entry_id=entry_id, link=link, title=title, summary=summary,
                     published=published, updated=updated,
                     fingerprint=entry_fingerprint(entry_id, updated, title, summary))


# XML feeds (feedparser) ---------------------------------------------------------

def _struct_to_dt(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc) if value else None
    except (TypeError, ValueError, OverflowError):
        return None


def _xml_entry(feed_url: str, base: str, item: Any) -> FeedEntry:
    link = item.get("link") or None
    if link:
        link = urljoin(base, link.strip())
    summary = item.get("summary")
    if not summary and item.get("content"):
        summary = (item["content"][0] or {}).get("value")
    entry_id = item.get("id") or None
    return _make_entry(feed_url, entry_id.strip() if entry_id else None, link, item.get("title"), summary,
                       _struct_to_dt(dict.get(item, "published_parsed")),
                       _struct_to_dt(dict.get(item, "updated_parsed")))  # no fallback to published


def _bozo_message(feed_url: str, exc: Any, n_entries: int) -> str:
    detail = _SPACE.sub(" ", str(exc) or type(exc).__name__).strip()
    kind = type(exc).__name__
    if kind == "NonXMLContentType":
        return f"{feed_url}: feed served with a non-feed content type ({detail}) — parsed anyway; tell the publisher"
    if "Encoding" in kind:
        return f"{feed_url}: feed encoding problem ({detail}) — entries were decoded anyway; check the text"
    return (f"{feed_url}: feed is not well-formed ({detail}) — {n_entries} entries read leniently; "
            "tell the publisher if entries are missing")


def _parse_xml_feed(body: bytes, feed_url: str, content_type: str | None, base: str) -> FeedPoll:
    # without HTTP headers, let the XML declaration decide the encoding (as for a file)
    import feedparser       # here, not at import: a run that polls no feed never pays for it

    headers = {"content-location": base, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    media, _, params = (content_type or "").partition(";")
    if not parsed.get("entries") and parsed.get("bozo") and "charset" in params.lower():
        # a lying HTTP charset (UTF-8 bytes served as "utf-16"...): let the document decide
        retry = feedparser.parse(io.BytesIO(body), response_headers={**headers, "content-type": media.strip()})
        if retry.get("entries"):
            parsed = retry
    entries = []
    for item in parsed.get("entries", []):
        try:
            entries.append(_xml_entry(feed_url, base, item))
        except Exception:  # noqa: BLE001 - one odd entry must not cost the others
            continue
    error = None
    if parsed.get("bozo"):
        error = _bozo_message(feed_url, parsed.get("bozo_exception"), len(entries))
    if _UNSAFE_ENTITY.search(body[:65536]):
        error = (error + "; " if error else f"{feed_url}: ") + \
            "feed declares external or nested XML entities, which were not expanded — tell the publisher"
    if not parsed.get("version") and not entries and (not parsed.get("feed") or _HTML_ROOT.match(body)):
        error = f"{feed_url}: not an RSS, Atom or JSON feed — check that the URL points to a feed"
    title = _plain(parsed.get("feed", {}).get("title"))
    return FeedPoll(feed_url=feed_url, entries=tuple(entries), etag=None, last_modified=None, not_modified=False,
                    error=error, title=title, format=parsed.get("version") or None)


# JSON Feed ------------------------------------------------------------------------

def _iso_dt(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)


def _json_entry(feed_url: str, base: str, item: dict) -> FeedEntry:
    link = item.get("url") or item.get("external_url")
    link = urljoin(base, link.strip()) if isinstance(link, str) and link.strip() else None
    summary = item.get("summary") or item.get("content_text") or item.get("content_html")
    entry_id = item.get("id")
    entry_id = str(entry_id).strip() if entry_id not in (None, "") else None
    return _make_entry(feed_url, entry_id, link, item.get("title"), summary,
                       _iso_dt(item.get("date_published")), _iso_dt(item.get("date_modified")))


def _parse_json_feed(body: bytes, feed_url: str, base: str) -> FeedPoll:
    def poll(entries=(), error=None, title=None, fmt=None) -> FeedPoll:
        return FeedPoll(feed_url=feed_url, entries=tuple(entries), etag=None, last_modified=None,
                        not_modified=False, error=error, title=title, format=fmt)

    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return poll(error=f"{feed_url}: JSON feed is not valid JSON ({exc}) — tell the publisher or drop the feed")
    if not isinstance(doc, dict) or not isinstance(doc.get("items", []), list):
        return poll(error=f"{feed_url}: JSON document is not a JSON Feed (no items list) — check the feed URL")
    version = str(doc.get("version", ""))
    fmt = "json11" if version.endswith("/1.1") else "json1" if "jsonfeed.org" in version else None
    entries, bad = [], 0
    for item in doc.get("items", []):
        if isinstance(item, dict) and (item.get("id") or item.get("url") or item.get("title")):
            entries.append(_json_entry(feed_url, base, item))
        else:
            bad += 1
    error = None
    if fmt is None:
        error = f"{feed_url}: JSON feed has no jsonfeed.org version — read anyway; check the feed"
    if bad:
        error = f"{feed_url}: {bad} JSON Feed item(s) are malformed and were skipped — tell the publisher"
    return poll(entries, error, _plain(doc.get("title")), fmt)


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"<"):
        return head == b"{"
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media in _JSON_TYPES or media.endswith("+json")


# public API -------------------------------------------------------------------------

def parse_feed(body: bytes, feed_url: str, *, content_type: str | None = None,
               base_url: str | None = None) -> FeedPoll:
    """Parse feed bytes. Never raises on bad input: problems come back in ``FeedPoll.error``.

    ``base_url`` (default ``feed_url``) resolves relative links, e.g. the final URL after redirects.
    """
    base = base_url or feed_url
    try:
        if not body or not body.strip():
            return FeedPoll(feed_url, (), None, None, False, f"{feed_url}: feed is empty — check the feed URL")
        if _looks_like_json(body, content_type):
            return _parse_json_feed(body, feed_url, base)
        return _parse_xml_feed(body, feed_url, content_type, base)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        return FeedPoll(feed_url, (), None, None, False,
                        f"{feed_url}: feed could not be parsed ({type(exc).__name__}: {exc}) — report this feed")


def poll_feed(fetcher: Fetcher, feed_url: str, *, etag: str | None = None,
              last_modified: str | None = None, budget: Budget | None = None) -> FeedPoll:
    """Fetch (within ``budget``, the feed's time budget, if given) and parse. Raises ``FetchError``
    only when transient; terminal problems are ``FeedPoll.error``."""
    try:
        result = fetcher.fetch(feed_url, etag=etag, last_modified=last_modified, budget=budget)
    except FetchError as exc:
        if exc.transient:
            raise
        return FeedPoll(feed_url, (), etag, last_modified, False, str(exc))
    new_etag = result.etag or etag
    new_modified = result.last_modified or last_modified
    if result.not_modified:
        return FeedPoll(feed_url, (), new_etag, new_modified, True, None, final_url=result.final_url)
    content_type = result.content_type + (f"; charset={result.charset}" if result.charset else "") \
        if result.content_type else None
    parsed = parse_feed(result.body, feed_url, content_type=content_type, base_url=result.final_url)
    return FeedPoll(feed_url=feed_url, entries=parsed.entries, etag=new_etag, last_modified=new_modified,
                    not_modified=False, error=parsed.error, title=parsed.title, final_url=result.final_url,
                    format=parsed.format)
