"""Safe, polite, bounded HTTP GET for feeds and article pages.

Only public http(s) addresses are fetched (every redirect hop and every DNS answer
is vetted, and the connection goes to the vetted address), redirects are followed
here, bodies are streamed under a byte cap (counted after decompression), every
fetch has a wall-clock deadline (and, given a ``Budget``, stays within what is left of its
source's), robots.txt is honoured and each host gets a pause between requests (its robots.txt
Crawl-delay where that is longer, at most ``CRAWL_DELAY_CAP_S``). Problems are ``FetchError``s
that say whether to retry.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urljoin, urlsplit

import httpx

from storywatch.ingest.netguard import (  # noqa: F401 - FetchError & co. stay importable from here
    CURRENT_URL, DEADLINE, AddressRefused, Budget, FetchError, Resolver, Guard,
    GuardedBackend, GuardedTransport, system_resolver, allow_private_from_env,
    is_public_address, check_scheme, relabel, status_error, transport_error,
)

__all__ = ["FetchError", "AddressRefused", "Budget", "FetchResult", "Fetcher", "HostMemory",
           "allow_private_from_env", "is_public_address", "DEFAULT_USER_AGENT", "CRAWL_DELAY_CAP_S"]

DEFAULT_USER_AGENT = "storywatch/0.1 (+https://github.com/storywatch/storywatch)"
ROBOTS_MAX_BYTES = 512_000
ROBOTS_TTL_S = 3600.0
ROBOTS_ERROR_TTL_S = 300.0
CRAWL_DELAY_CAP_S = 60.0  # a longer robots.txt Crawl-delay is read as this
_REDIRECTS = {301, 302, 303, 307, 308}
_INFLATE_PIECE = 1 << 20  # most bytes one decompression step may produce (a gzip bomb inflates ~1000:1)


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    redirects: tuple[str, ...]  # the URL of each hop after the first, in order
    not_modified: bool
    headers: tuple[tuple[str, str], ...] = ()  # final response headers, lowercased names


@dataclass(frozen=True)
class HostMemory:
    """What a fetcher knows of the hosts it asked, for the fetcher of a later batch (maybe in
    another process, on a Dask worker): when each host was last asked (wall-clock seconds, so the
    pause between requests holds across batches) and each origin's robots.txt with its expiry (so
    it is read once per run, not once per batch). Picklable; ``merge`` joins two batches'."""

    last_request: tuple[tuple[str, float], ...] = ()
    robots: tuple[tuple[str, urllib.robotparser.RobotFileParser, float], ...] = ()

    def merge(self, other: "HostMemory") -> "HostMemory":
        last = dict(self.last_request)
        for host, t in other.last_request:
            last[host] = max(t, last.get(host, t))
        robots = {origin: (parser, until) for origin, parser, until in self.robots}
        for origin, parser, until in other.robots:
            if until > robots.get(origin, (None, -1.0))[1]:
                robots[origin] = (parser, until)
        return HostMemory(tuple(sorted(last.items())),
                          tuple((o, p, u) for o, (p, u) in sorted(robots.items(), key=lambda kv: kv[0])))


# the fetcher ----------------------------------------------------------------------

class Fetcher:
    """Synchronous, thread-safe fetcher. ``fetch`` raises ``FetchError``."""

    def __init__(self, *, user_agent: str = DEFAULT_USER_AGENT, allow_private: bool = False,
                 connect_timeout: float = 10, read_timeout: float = 20, max_bytes: int = 10_000_000,
                 max_redirects: int = 5, per_host_delay: float = 1.0, respect_robots: bool = True,
                 allowed_networks: Iterable[str] = (), resolver: Resolver | None = None,
                 hosts: HostMemory | None = None) -> None:
        self.user_agent, self.max_bytes, self.max_redirects = user_agent, max_bytes, max_redirects
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.per_host_delay, self.respect_robots = per_host_delay, respect_robots
        self._guard = Guard(allow_private, allowed_networks, resolver or system_resolver)
        self._client = httpx.Client(
            transport=GuardedTransport(GuardedBackend(self._guard)), follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}, trust_env=False,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout, pool=connect_timeout))
        self._lock = threading.Lock()
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, tuple[urllib.robotparser.RobotFileParser, float]] = {}
        if hosts is not None:
            to_monotonic = time.monotonic() - time.time()
            self._last_request = {h: t + to_monotonic for h, t in hosts.last_request}
            self._robots = {o: (p, until + to_monotonic) for o, p, until in hosts.robots}

    def memory(self) -> HostMemory:
        """The hosts this fetcher asked and the robots.txt it read, for the next batch's fetcher."""
        to_wall = time.time() - time.monotonic()
        with self._lock:
            return HostMemory(tuple(sorted((h, t + to_wall) for h, t in self._last_request.items())),
                              tuple(sorted(((o, p, u + to_wall) for o, (p, u) in self._robots.items()),
                                           key=lambda r: r[0])))

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    @property
    def deadline_s(self) -> float:
        """Wall-clock budget of one fetch (all redirect hops together)."""
        return float(self.connect_timeout + self.read_timeout)

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              budget: Budget | None = None, body: bool = True) -> FetchResult:
        """``budget``: the source's time budget, spent by this fetch's requests (and shortening its
        deadline to what is left); when nothing is left, a transient error without a request.
        ``body=False``: follow the redirects, but leave the final response's body unread (where a
        link leads, at the cost of its headers)."""
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        if budget is not None and budget.left <= 0:
            raise budget.spent_error(url)
        return self._fetch(url, headers, self.max_bytes if body else 0, self.respect_robots, budget)

    def host_delay(self, url: str) -> float:
        """Seconds between two requests to ``url``'s host: ``per_host_delay``, or the host's robots.txt
        Crawl-delay for us (read now if it was not) where longer, at most ``CRAWL_DELAY_CAP_S``."""
        if self.respect_robots:
            self._robots_for(url)
        return self._delay(url)

    # internals ----------------------------------------------------------------------
    def _fetch(self, url: str, headers: dict[str, str], max_bytes: int, robots: bool,
               source: Budget | None = None) -> FetchResult:
        try:
            return self._follow(url, headers, max_bytes, robots, source)
        except FetchError as exc:
            raise relabel(exc, url) from exc.__cause__

    def _follow(self, url: str, headers: dict[str, str], max_bytes: int, robots: bool,
                source: Budget | None) -> FetchResult:
        current, hops, seen = url, [], {url}
        limit = self.deadline_s if source is None else min(self.deadline_s, source.left)
        # seconds left for this fetch (politeness pauses and robots excluded), and what bounds them
        budget = [limit, source.label() if limit < self.deadline_s else f"the {self.deadline_s:g} s deadline"]
        try:
            for _ in range(self.max_redirects + 1):
                _, host, port = check_scheme(current)
                self._guard.vet(current, host, port)  # refuse before robots or any connection
                if robots:
                    self._check_robots(current)
                response = self._hop(current, headers, max_bytes, budget)
                if isinstance(response, FetchResult):
                    return dataclasses.replace(response, url=url, redirects=tuple(hops))
                if response in seen:
                    raise FetchError(url, f"redirect loop (back to {response})", transient=False,
                                     hint="terminal; the site redirects in a circle, fix or drop the URL")
                seen.add(response)
                hops.append(response)
                current = response
        finally:
            if source is not None:
                source.spend(limit - budget[0])
        raise FetchError(url, f"more than {self.max_redirects} redirects", transient=False,
                         hint="terminal; use the final URL directly or drop it")

    def _hop(self, current: str, headers: dict[str, str], max_bytes: int, budget: list) -> FetchResult | str:
        """One request: a FetchResult, or the absolute URL a redirect points to."""
        self._wait_turn(current)
        start = time.monotonic()
        deadline = start + max(budget[0], 0.001)
        tokens = (DEADLINE.set(deadline), CURRENT_URL.set(current))
        try:
            with self._client.stream("GET", current, headers=headers) as response:
                return self._handle(current, response, max_bytes, deadline)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a FetchError
            raise transport_error(current, exc, deadline, budget[1]) from exc
        finally:
            DEADLINE.reset(tokens[0])
            CURRENT_URL.reset(tokens[1])
            budget[0] -= time.monotonic() - start

    def _handle(self, current: str, response: httpx.Response, max_bytes: int, deadline: float) -> FetchResult | str:
        status = response.status_code
        if status in _REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {status} redirect without a Location", transient=False)
            return urljoin(current, location.strip())
        if status == 304:
            return self._result(current, response, b"", not_modified=True)
        if not 200 <= status < 300:
            raise status_error(current, response)
        body = self._read(current, response, max_bytes, deadline) if max_bytes else b""   # 0: not read
        return self._result(current, response, body)

    def _read(self, url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(url, f"body of {int(declared)} bytes exceeds the {max_bytes}-byte limit", transient=False,
                             hint="terminal; raise max_bytes if this source is trusted")
        body = bytearray()
        for chunk in _decoded(response):  # decompressed piece by piece: a gzip bomb is counted as it inflates
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(url, f"body exceeds the {max_bytes}-byte limit (after decompression)",
                                 transient=False, hint="terminal; raise max_bytes if this source is trusted")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("deadline passed while reading the body")
        return bytes(body)

    @staticmethod
    def _result(current: str, response: httpx.Response, body: bytes, not_modified: bool = False) -> FetchResult:
        media, charset = _content_type(response.headers.get("content-type"))
        return FetchResult(url=current, final_url=current, status=response.status_code, body=body,
                           content_type=media, charset=charset, etag=response.headers.get("etag"),
                           last_modified=response.headers.get("last-modified"), redirects=(),
                           not_modified=not_modified,
                           headers=tuple((k.lower(), v) for k, v in response.headers.items()))

    def _delay(self, url: str) -> float:
        parts = urlsplit(url)
        with self._lock:
            cached = self._robots.get(f"{parts.scheme.lower()}://{parts.netloc.lower()}")
        crawl = cached[0].crawl_delay(self.user_agent) if cached and self.respect_robots else None
        return max(self.per_host_delay, min(float(crawl or 0), CRAWL_DELAY_CAP_S))

    def _wait_turn(self, url: str) -> None:
        key, delay = urlsplit(url).netloc.lower(), self._delay(url)
        with self._lock:
            now = time.monotonic()
            start = max(now, self._last_request.get(key, -1e18) + delay)
            self._last_request[key] = start
        if start > now:
            time.sleep(start - now)

    # robots.txt ---------------------------------------------------------------------
    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            cached = self._robots.get(origin)
        if cached is None or cached[1] < time.monotonic():
            cached = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = cached
        return cached[0]

    def _check_robots(self, url: str) -> None:
        if urlsplit(url).path == "/robots.txt":
            return
        parser = self._robots_for(url)
        if parser.can_fetch(self.user_agent, url):
            return
        if getattr(parser, "storywatch_unavailable", False):
            raise FetchError(url, "robots.txt answered with a server error, so the site is off limits for now",
                             transient=True)
        raise FetchError(url, "disallowed by robots.txt", transient=False,
                         hint="terminal; the site asks crawlers to stay out of this path, drop it")

    def _load_robots(self, origin: str) -> tuple[urllib.robotparser.RobotFileParser, float]:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        ttl = ROBOTS_TTL_S
        try:
            result = self._fetch(origin + "/robots.txt", {}, ROBOTS_MAX_BYTES, robots=False)
            parser.parse(result.body.decode("utf-8", "replace").splitlines())
        except FetchError as exc:
            unavailable = exc.status is not None and (exc.status >= 500 or exc.status == 429)
            parser.disallow_all, parser.allow_all = unavailable, not unavailable
            parser.storywatch_unavailable = unavailable
            ttl = ROBOTS_ERROR_TTL_S
        return parser, time.monotonic() + ttl


class _Inflater:
    """One gzip/deflate layer whose every output piece is at most ``_INFLATE_PIECE`` bytes.

    httpx's own decoders inflate each network chunk in one call, so 64 KiB of a gzip bomb would
    become ~64 MB in memory before the byte cap could look at it.
    """

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes):
        while data:
            if self._zlib.eof:  # another gzip member follows; anything else after the stream is ignored
                if self.encoding != "gzip" or data[:2] != b"\x1f\x8b":
                    return
                self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
            try:
                out = self._zlib.decompress(data, _INFLATE_PIECE)
            except zlib.error as exc:
                if self.encoding == "deflate" and not self._started:  # raw deflate without zlib header
                    self._started = True
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise httpx.DecodingError(str(exc)) from exc
            self._started = True
            if out:
                yield out
            data = self._zlib.unconsumed_tail or (self._zlib.unused_data if self._zlib.eof else b"")

    def finish(self):
        try:
            out = self._zlib.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from exc
        if out:
            yield out


def _decoded(response: httpx.Response):
    """The body, decompressed as ``iter_bytes`` would, but in bounded pieces."""
    values = [v.strip().lower() for v in response.headers.get_list("content-encoding", split_commas=True)]
    layers = [_Inflater(v) for v in reversed(values) if v in ("gzip", "deflate")]
    if not layers:
        yield from response.iter_raw()
        return

    def through(pieces, index: int):
        for piece in pieces:
            if index == len(layers):
                yield piece
            else:
                yield from through(layers[index].feed(piece), index + 1)

    yield from through(response.iter_raw(), 0)
    for index, layer in enumerate(layers):
        yield from through(layer.finish(), index + 1)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    media, *params = [p.strip() for p in value.split(";")]
    charset = None
    for param in params:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return (media.lower() or None), charset
