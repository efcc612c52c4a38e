"""Where storywatch may connect: public addresses only, vetted at connect time, under a deadline.

Every redirect hop and every DNS answer is vetted (private, loopback, link-local, site-local,
multicast, reserved, CGNAT, benchmarking, documentation and metadata addresses, also inside an
IPv4-mapped, 6to4 or NAT64 address, are refused unless the caller allows private addresses)
and the connection goes to the vetted address; every socket read and write is clamped to what
is left of the fetch's deadline. Also the error types every fetch problem is reported as, and a
source's time ``Budget``.
"""
from __future__ import annotations

import contextvars
import functools
import ipaddress
import os
import socket
import time
from email.utils import parsedate_to_datetime
from typing import Callable, Iterable
from urllib.parse import urlsplit

import httpcore
import httpx

RETRY_HINT = "transient; retry later"
TERMINAL_HINT = "terminal; record it and move on"
# special-purpose ranges some Python versions count as global: CGNAT, IETF protocol assignments,
# benchmarking, the 6to4 relay anycast, unique-local, link-local and the deprecated site-local IPv6
# (fec0::/10), documentation (2001:db8::/32, 3fff::/20), SRv6 SIDs, local-use NAT64 (64:ff9b:1::/48)
_EXTRA_BLOCKED = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "192.0.0.0/24", "192.88.99.0/24", "198.18.0.0/15",
    "240.0.0.0/4", "fc00::/7", "fe80::/10", "fec0::/10", "2001:db8::/32", "3fff::/20", "5f00::/16",
    "64:ff9b:1::/48"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")   # well-known NAT64 prefix: judged by the v4 inside
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("storywatch_deadline", default=None)
CURRENT_URL: contextvars.ContextVar[str] = contextvars.ContextVar("storywatch_url", default="")
Resolver = Callable[[str, int], list[str]]


class FetchError(Exception):
    """A failed fetch. ``str(e)`` is one line: ``<url>: <what happened> — <what to do>``."""

    def __init__(self, url: str, reason: str, *, transient: bool, hint: str | None = None,
                 status: int | None = None, retry_after: float | None = None) -> None:
        self.url, self.reason, self.transient = url, reason, transient
        self.status, self.retry_after = status, retry_after
        self.hint = hint or (RETRY_HINT if transient else TERMINAL_HINT)
        super().__init__(f"{url}: {reason} — {self.hint}")

    @property
    def kind(self) -> str:
        return "transient" if self.transient else "terminal"

    def __reduce__(self):  # picklable and copyable (Prefect may persist exceptions)
        return rebuild_error, (type(self), str(self), dict(self.__dict__))


def rebuild_error(cls: type, message: str, state: dict) -> "FetchError":
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class AddressRefused(FetchError):
    """The URL's scheme or address is not one we fetch (terminal, nothing was sent)."""

    def __init__(self, url: str, reason: str, hint: str | None = None) -> None:
        super().__init__(url, reason, transient=False, hint=hint or (
            "terminal; only public http(s) addresses are fetched "
            "(set STORYWATCH_ALLOW_PRIVATE=1 for trusted internal sources)"))


class Budget:
    """Seconds of requests one source (a feed poll, a page) may take in a run, its retries and the
    pauses between them included (the politeness pause before each request is not counted)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = self.left = float(seconds)

    def spend(self, seconds: float) -> None:
        self.left -= seconds

    def spent_error(self, url: str, last: FetchError | None = None) -> FetchError:
        reason = f"the source's {self.seconds:g} s time budget (retries included) is spent"
        return FetchError(url, reason + (f"; last: {last.reason}" if last else ""), transient=True,
                          hint=RETRY_HINT + " (a slow source does not hold the run)")

    def label(self) -> str:
        return f"the source's {self.seconds:g} s time budget (retries included)"


def allow_private_from_env() -> bool:
    """True when ``STORYWATCH_ALLOW_PRIVATE`` is 1/true/yes/on."""
    return os.environ.get("STORYWATCH_ALLOW_PRIVATE", "").strip().lower() in {"1", "true", "yes", "on"}


# errors of a fetch -------------------------------------------------------------

def retry_after_s(value: str | None) -> float | None:
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


def status_error(url: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    transient = status >= 500 or status in (408, 425, 429)
    reason = f"HTTP {status} {response.reason_phrase}".rstrip()
    hint = None
    if status in (401, 403):
        hint = "terminal; the site refuses us, find another source or ask for access"
    elif status in (404, 410):
        hint = "terminal; the page is gone, drop or fix the URL"
    return FetchError(url, reason, transient=transient, hint=hint, status=status,
                      retry_after=retry_after_s(response.headers.get("retry-after")) if transient else None)


def transport_error(url: str, exc: Exception, deadline: float, limit: str) -> FetchError:
    """``limit``: what ``deadline`` is, for the message ("the 30 s deadline")."""
    if isinstance(exc, FetchError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        if time.monotonic() >= deadline - 0.05:
            return FetchError(url, f"no complete answer within {limit}", transient=True)
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


def relabel(exc: FetchError, url: str) -> FetchError:
    """Name the requested URL in the message; mention the hop where it happened."""
    if exc.url == url:
        return exc
    reason = f"{exc.reason} (at redirect hop {exc.url})"
    return rebuild_error(type(exc), f"{url}: {reason} — {exc.hint}", {**exc.__dict__, "url": url, "reason": reason})


def check_scheme(url: str) -> tuple[str, str, int]:
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


# address vetting ---------------------------------------------------------------

def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, site-local, multicast, reserved, CGNAT, benchmarking,
    documentation, metadata... addresses, also inside an IPv4-mapped, 6to4 or NAT64 (64:ff9b::/96)
    address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip in _NAT64:
        ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    elif ip.version == 6 and (ip.ipv4_mapped or ip.sixtofour):
        ip = ip.ipv4_mapped or ip.sixtofour
    flags = (ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_multicast, ip.is_reserved, ip.is_unspecified,
             ip.version == 6 and ip.is_site_local)
    return ip.is_global and not any(flags) and not any(ip in net for net in _EXTRA_BLOCKED if net.version == ip.version)


class Guard:
    def __init__(self, allow_private: bool, allowed_networks: Iterable[str], resolver: Resolver) -> None:
        self.allow_private = allow_private
        self.allowed = tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks)
        self.resolver = resolver

    def permitted(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return self.allow_private or is_public_address(address) or any(ip in n for n in self.allowed if n.version == ip.version)

    def vet(self, url: str, host: str, port: int) -> list[str]:
        """Addresses for ``host``; every one must be permitted, else AddressRefused."""
        host = host.strip("[]")
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = self._resolve(url, host, port)
        refused = [a for a in addresses if not self.permitted(a)]
        if refused:
            raise AddressRefused(url, f"host {host} is a non-public address ({', '.join(refused)})")
        return addresses

    def _resolve(self, url: str, host: str, port: int) -> list[str]:
        try:
            addresses = self.resolver(host, port)
        except socket.gaierror as exc:
            permanent = exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5))
            raise FetchError(url, f"host {host} does not resolve ({exc.strerror})", transient=not permanent,
                             hint=None if not permanent else "terminal; check the host name") from exc
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, f"host {host} could not be resolved ({exc})", transient=True) from exc
        if not addresses:
            raise FetchError(url, f"host {host} resolved to no addresses", transient=True)
        return addresses


def _remaining(timeout: float | None, exc_type: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc_type("fetch deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """Clamps every socket read/write to what is left of the fetch deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Resolves and vets the host at connect time, then connects to a vetted address."""

    def __init__(self, guard: Guard) -> None:
        self._guard = guard

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = self._guard.vet(CURRENT_URL.get() or f"{host}:{port}", host, port)
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, _remaining(timeout, httpcore.ConnectTimeout),
                                             local_address, socket_options)
                return _DeadlineStream(stream)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError("no address to connect to")


@functools.cache
def _tls_context():
    """One TLS context per process, shared by every fetcher: loading the CA bundle is costly,
    and each fetcher would otherwise make two (httpx's own pool's, then the guarded pool's). A
    context is safe to share between threads and clients, as httpx's docs advise."""
    return httpx.create_ssl_context(trust_env=False)


class GuardedTransport(httpx.HTTPTransport):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        super().__init__(verify=_tls_context(), trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=_tls_context(), network_backend=backend,
                                             max_connections=20, keepalive_expiry=5.0)
