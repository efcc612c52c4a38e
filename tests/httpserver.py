"""A real threaded HTTP server on 127.0.0.1 for tests (no mocks of the HTTP client).

    with LocalServer() as srv:
        srv.route("/feed.xml", body, content_type="application/rss+xml", etag=True)
        srv.redirect("/old", "/feed.xml")
        srv.route("/slow", b"x" * 100, drip=0.2)      # one byte every 0.2 s (status line too)
        srv.route("/hang", hang=True)                  # read the request, never answer
        srv.route("/bomb", big, gzip=True)             # Content-Encoding: gzip
        url = srv.url("/feed.xml"); srv.count("/feed.xml")
        (hit,) = srv.hits("/slow")                     # bytes sent so far, done, complete

``Hit`` records what the server did with each request, so a test can check a bound on the
server's side (bytes it got to send before the client hung up, requests made, whether a hanging
handler was still waiting) instead of timing the client with a wall clock.

In pytest, use the ``local_server`` fixture (import it into the test module).
Fixture files may hold ``{BASE}``; ``fixture_bytes(name, base)`` substitutes it.
"""

from __future__ import annotations

import gzip as gzip_lib
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
HANG_CAP_S = 15.0  # a hanging handler gives up after this, so no test can hang forever


def fixture_bytes(name: str, base: str = "", folder: Path | None = None) -> bytes:
    """Read ``fixtures/coverage/<name>`` (or ``folder/<name>``) and substitute ``{BASE}``."""
    data = ((folder or FIXTURES / "coverage") / name).read_bytes()
    return data.replace(b"{BASE}", base.encode("ascii")) if base else data


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | bool | None = None          # True: derived from the body
    last_modified: float | None = None       # epoch seconds
    gzip: bool = False
    drip: float | None = None                # seconds between bytes of the whole response
    hang: bool = False
    location: str | None = None

    def current_etag(self) -> str | None:
        if self.etag is True:
            return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'
        return self.etag or None


@dataclass
class Hit:
    """One request as the server saw it; the handler updates it while it answers."""
    path: str
    headers: dict[str, str]
    sent: int = 0                  # bytes of the response written so far (status line and headers included)
    size: int | None = None        # bytes of the whole response (None while there is none, e.g. a hang)
    done: bool = False             # the handler has finished: answered, gave up, or was released

    @property
    def complete(self) -> bool:
        """The whole response was written."""
        return self.size is not None and self.sent == self.size


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        owner = self.server.owner
        route, hit = owner._record(self.path, dict(self.headers.items()))
        try:
            if route is None:
                return self._send(404, {"Content-Type": "text/plain"}, b"not found", hit=hit)
            if route.hang:
                owner._stop.wait(HANG_CAP_S)
                self.close_connection = True
                return None
            if _not_modified(route, self.headers):
                return self._send(304, _validators(route), b"", drip=route.drip, hit=hit)
            return self._send(route.status, _response_headers(route), _payload(route), drip=route.drip, hit=hit)
        finally:
            hit.done = True

    def _send(self, status: int, headers: dict[str, str], body: bytes, drip: float | None = None,
              hit: Hit | None = None) -> None:
        lines = [f"HTTP/1.1 {status} {self.responses.get(status, ('X',))[0]}"]
        headers = {"Content-Length": str(len(body)), **headers}
        lines += [f"{k}: {v}" for k, v in headers.items()]
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        hit = hit or Hit("", {})
        hit.size = len(raw)
        try:
            if drip:
                for i in range(len(raw)):
                    if self.server.owner._stop.wait(drip):
                        break
                    self.wfile.write(raw[i:i + 1])
                    self.wfile.flush()
                    hit.sent = i + 1
            else:
                self.wfile.write(raw)
                hit.sent = len(raw)
        except OSError:  # client gave up: that is what many tests want
            self.close_connection = True


def _validators(route: Route) -> dict[str, str]:
    out = {}
    if route.current_etag():
        out["ETag"] = route.current_etag()
    if route.last_modified is not None:
        out["Last-Modified"] = formatdate(route.last_modified, usegmt=True)
    return out


def _response_headers(route: Route) -> dict[str, str]:
    headers = dict(_validators(route))
    if route.content_type:
        headers["Content-Type"] = route.content_type
    if route.location:
        headers["Location"] = route.location
    if route.gzip:
        headers["Content-Encoding"] = "gzip"
    headers.update(route.headers)
    return headers


def _payload(route: Route) -> bytes:
    return gzip_lib.compress(route.body, 6) if route.gzip else route.body


def _not_modified(route: Route, headers) -> bool:
    etag = route.current_etag()
    inm = headers.get("If-None-Match")
    if inm is not None and etag is not None:
        return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = headers.get("If-Modified-Since")
    if ims and route.last_modified is not None:
        try:
            return parsedate_to_datetime(ims).timestamp() >= int(route.last_modified)
        except (TypeError, ValueError):
            return False
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: "LocalServer"


class LocalServer:
    """Threaded HTTP/1.1 server on an ephemeral 127.0.0.1 port; a context manager."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._counts: dict[str, int] = {}
        self._requests: dict[str, list[dict[str, str]]] = {}
        self._hits: dict[str, list[Hit]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -------------------------------------------------------------
    def start(self) -> "LocalServer":
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # releases hanging and dripping handlers
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # addresses ---------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    # routes ------------------------------------------------------------------
    def route(self, path: str, body: bytes | str = b"", **options) -> Route:
        """Register ``path`` (optionally with its query). Options are ``Route`` fields."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)
        with self._lock:
            self._routes[path] = route
        return route

    def redirect(self, path: str, location: str, status: int = 302) -> Route:
        return self.route(path, b"", status=status, location=location, content_type=None)

    def fixture(self, path: str, name: str, **options) -> Route:
        """Serve ``fixtures/coverage/<name>`` at ``path`` with ``{BASE}`` substituted."""
        return self.route(path, fixture_bytes(name, self.base), **options)

    def serve_coverage(self, updated: bool = False) -> dict[str, str]:
        """Serve every page and feed in ``fixtures/coverage/routes.json`` (with ETag and
        Last-Modified); ``updated=True`` serves each route's "updated" file where it has one.
        Returns {path: file served}."""
        manifest = json.loads((FIXTURES / "coverage" / "routes.json").read_text("utf-8"))
        served = {}
        for path, spec in manifest.items():
            name = spec.get("updated", spec["file"]) if updated else spec["file"]
            stamp = 1736500000.0 if name != spec["file"] else 1736150000.0
            self.fixture(path, name, content_type=spec["content_type"], etag=True, last_modified=stamp)
            served[path] = name
        return served

    def set_body(self, path: str, body: bytes | str, **changes) -> Route:
        """Swap a route's body (and any other Route field) between runs."""
        with self._lock:
            route = self._routes[path]
            route.body = body.encode("utf-8") if isinstance(body, str) else body
            for key, value in changes.items():
                setattr(route, key, value)
            return route

    def count(self, path: str) -> int:
        with self._lock:
            return self._counts.get(path, 0)

    def requests(self, path: str) -> list[dict[str, str]]:
        """Headers of each request to ``path`` (names as sent)."""
        with self._lock:
            return list(self._requests.get(path, []))

    def hits(self, path: str) -> list[Hit]:
        """What the server did with each request to ``path`` (or, for a route registered without its
        query, to that route), in arrival order. The ``Hit`` objects are live: a handler still
        answering keeps updating its ``sent`` and sets ``done`` when it ends."""
        with self._lock:
            return list(self._hits.get(path, []))

    def _record(self, raw_path: str, headers: dict[str, str]) -> tuple[Route | None, Hit]:
        hit = Hit(raw_path, headers)
        with self._lock:
            self._counts[raw_path] = self._counts.get(raw_path, 0) + 1
            self._requests.setdefault(raw_path, []).append(headers)
            self._hits.setdefault(raw_path, []).append(hit)
            path = raw_path if raw_path in self._routes else raw_path.split("?", 1)[0]
            if path != raw_path:
                self._counts[path] = self._counts.get(path, 0) + 1
                self._hits.setdefault(path, []).append(hit)
            return self._routes.get(path), hit


@pytest.fixture
def local_server():
    """A started ``LocalServer``, stopped after the test."""
    with LocalServer() as srv:
        yield srv


def wait_until(predicate, timeout: float = 5.0, step: float = 0.02) -> bool:
    """Poll ``predicate`` until true or ``timeout``; for server-side effects."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
