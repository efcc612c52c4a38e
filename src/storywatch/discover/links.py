"""Aggregator links → the publisher's URL, before any identity is taken.

A search service hands out links of its own: Bing's ``/news/apiclick.aspx?…&url=<publisher URL>``,
Google News' ``/rss/articles/<id>``. Stored as such, one article found by search and by its
outlet's feed would be two. So:

* ``param``: the publisher URL is a query parameter of the link (Bing's ``url=``).
* ``google``: the article id is URL-safe base64 of a small protobuf that, in the older form,
  embeds the URL (``08 13 22 <varint length> <url>``): decoded here with no request. The newer,
  opaque ids are resolved by following the link's redirect through the guarded fetcher (public
  addresses only, robots.txt respected, its time budget), the landing page's body left unread:
  the publisher's address is where it lands.
* A link that cannot be resolved is a ``LinkError`` (the poll records it as a source error); the
  aggregator's URL is never listed. A publisher URL must be http(s).
"""
from __future__ import annotations

import base64
import binascii
from urllib.parse import parse_qs, urlsplit

from storywatch.discover.services import Service
from storywatch.ingest import Fetcher, FetchError, with_retries

_PROTO_PREFIX = b"\x08\x13\x22"


class LinkError(Exception):
    """An item's link could not be taken to its publisher's URL; ``transient``: try next run."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


def _http(url: str, link: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise LinkError(f"item link {link} leads to {url[:200]!r}, not an http(s) address — skipped")
    return url.strip()


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _aggregated(service: Service, link: str) -> bool:
    """Whether ``link`` is the service's own: any link on its own host, or an article path
    (``link_paths``, at the start of the path) on the host its base URL is overridden to."""
    host = _host(link)
    if host == _host(service.default_url):
        return True
    return host == _host(service.base_url) and any(urlsplit(link).path.startswith(p) for p in service.link_paths)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while at < len(data) and shift < 35:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if not byte & 0x80:
            return value, at
        shift += 7
    raise ValueError("bad varint")


def google_article_url(link: str) -> str | None:
    """The publisher URL a Google News article id embeds, or None (an opaque id)."""
    article_id = urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1]
    try:
        data = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
        if not data.startswith(_PROTO_PREFIX):
            return None
        size, at = _varint(data, len(_PROTO_PREFIX))
        url = data[at:at + size].decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    return url if url.startswith(("http://", "https://")) and len(url) == size else None


def _follow(link: str, fetcher: Fetcher) -> str:
    try:
        result = with_retries(lambda b: fetcher.fetch(link, budget=b, body=False))
    except FetchError as exc:
        raise LinkError(f"item link {link} could not be followed to its publisher ({exc.reason}) — "
                        f"skipped", transient=exc.transient) from exc
    if not result.redirects:
        raise LinkError(f"item link {link} neither embeds its publisher's URL nor redirects to it — skipped; "
                        "the aggregator's URL is never stored")
    return result.final_url


def publisher_url(service: Service, link: str, fetcher: Fetcher) -> str:
    """The publisher's URL of an item ``link`` of ``service``; raises ``LinkError``."""
    link = _http(link, link)
    if service.links == "direct" or not _aggregated(service, link):
        return link
    if service.links == "param":
        values = parse_qs(urlsplit(link).query).get(service.link_param or "url", [])
        if not values or not values[0].strip():
            raise LinkError(f"item link {link} has no '{service.link_param}' parameter with the publisher's "
                            "URL — skipped")
        return _http(values[0], link)
    decoded = google_article_url(link)
    if decoded:
        return _http(decoded, link)
    final = _follow(link, fetcher)
    if _aggregated(service, final):
        raise LinkError(f"item link {link} redirects only to the aggregator ({final}) — skipped")
    return _http(final, link)
