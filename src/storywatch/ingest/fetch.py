"""Safe, polite, bounded HTTP GET for feeds and article pages.

Only public http(s) addresses are fetched (every redirect hop and every DNS answer
is vetted, and the connection goes to the vetted address), redirects are followed
here, bodies are streamed under a byte cap (counted after decompression), every
fetch has a wall-clock deadline, robots.txt is honoured and each host gets a pause
between requests. Problems are ``FetchError``s that say whether to retry.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Iterable
from urllib.parse import urljoin, urlsplit

import httpx

from storywatch.ingest.netguard import (  # noqa: F401 - FetchError & co. stay importable from here
    CURRENT_URL, DEADLINE, RETRY_HINT, TERMINAL_HINT, AddressRefused, FetchError, Resolver, Guard,
    GuardedBackend, GuardedTransport, rebuild_error, system_resolver, allow_private_from_env,
    is_public_address,
)

__all__ = ["FetchError", "AddressRefused", "FetchResult", "Fetcher", "HostMemory", "allow_private_from_env",
           "is_public_address", "DEFAULT_USER_AGENT"]

DEFAULT_USER_AGENT = "storywatch/0.1 (+https://github.com/storywatch/storywatch)"
ROBOTS_MAX_BYTES = 512_000
ROBOTS_TTL_S = 3600.0
ROBOTS_ERROR_TTL_S = 300.0
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


# errors ---------------------------------------------------------------------

def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _status_error(url: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    transient = status >= 500 or status in (408, 425, 429)
    reason = f"HTTP {status} {response.reason_phrase}".rstrip()
    hint = None
    if status in (401, 403):
        hint = "terminal; the site refuses us, find another source or ask for access"
    elif status in (404, 410):
        hint = "terminal; the page is gone, drop or fix the URL"
    return FetchError(url, reason, transient=transient, hint=hint, status=status,
                      retry_after=_retry_after(response.headers.get("retry-after")) if transient else None)


def _transport_error(url: str, exc: Exception, deadline: float, budget: float) -> FetchError:
    if isinstance(exc, FetchError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        if time.monotonic() >= deadline - 0.05:
            return FetchError(url, f"no complete answer within the {budget:g} s deadline", transient=True)
        return FetchError(url, f"timed out ({type(exc).__name__})", transient=True)
    if isinstance(exc, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return FetchError(url, f"TLS certificate rejected ({exc})", transient=False,
                          hint="terminal; the site's certificate is invalid, do not trust it")
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.DecodingError)):
        return FetchError(url, f"{type(exc).__name__}: {exc}", transient=False)
    if isinstance(exc, httpx.HTTPError):
        detail = str(exc) or type(exc).__name__
        return FetchError(url, f"connection problem ({detail})", transient=True)
    return FetchError(url, f"unexpected {type(exc).__name__}: {exc}", transient=True)


def _relabel(exc: FetchError, url: str) -> FetchError:
    """Name the requested URL in the message; mention the hop where it happened."""
    if exc.url == url:
        return exc
    reason = f"{exc.reason} (at redirect hop {exc.url})"
    return rebuild_error(type(exc), f"{url}: {reason} — {exc.hint}", {**exc.__dict__, "url": url, "reason": reason})


def _check_scheme(url: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise AddressRefused(url, f"malformed URL ({exc})", hint="terminal; fix the URL") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise AddressRefused(url, f"scheme {scheme or '(none)'}: is not fetched",
                             hint="terminal; only http and https URLs are fetched")
    if not parts.hostname:
        raise AddressRefused(url, "URL has no host", hint="terminal; fix the URL")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


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

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        return self._fetch(url, headers, self.max_bytes, robots=self.respect_robots)

    # internals ----------------------------------------------------------------------
    def _fetch(self, url: str, headers: dict[str, str], max_bytes: int, robots: bool) -> FetchResult:
        try:
            return self._follow(url, headers, max_bytes, robots)
        except FetchError as exc:
            raise _relabel(exc, url) from exc.__cause__

    def _follow(self, url: str, headers: dict[str, str], max_bytes: int, robots: bool) -> FetchResult:
        current, hops, seen = url, [], {url}
        budget = [self.deadline_s]  # seconds left for this fetch (politeness pauses and robots excluded)
        for _ in range(self.max_redirects + 1):
            _, host, port = _check_scheme(current)
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
        raise FetchError(url, f"more than {self.max_redirects} redirects", transient=False,
                         hint="terminal; use the final URL directly or drop it")

    def _hop(self, current: str, headers: dict[str, str], max_bytes: int, budget: list[float]) -> FetchResult | str:
        """One request: a FetchResult, or the absolute URL a redirect points to."""
        self._wait_turn(current)
        start = time.monotonic()
        deadline = start + max(budget[0], 0.001)
        tokens = (DEADLINE.set(deadline), CURRENT_URL.set(current))
        try:
            with self._client.stream("GET", current, headers=headers) as response:
                return self._handle(current, response, max_bytes, deadline)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a FetchError
            raise _transport_error(current, exc, deadline, self.deadline_s) from exc
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
            raise _status_error(current, response)
        return self._result(current, response, self._read(current, response, max_bytes, deadline))

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

    def _wait_turn(self, url: str) -> None:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._last_request.get(key, -1e18) + self.per_host_delay)
            self._last_request[key] = start
        if start > now:
            time.sleep(start - now)

    # robots.txt ---------------------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            cached = self._robots.get(origin)
        if cached is None or cached[1] < time.monotonic():
            cached = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = cached
        parser = cached[0]
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
