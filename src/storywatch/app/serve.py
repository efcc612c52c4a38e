"""`storywatch serve`: a small read-only web app over the warehouse (Starlette on uvicorn).

``/`` lists the stories; ``/stories/<slug>`` shows one: its current facts with their sources and
the timeline chart of each (``deliver.timelines``, inline SVG), its alerts with evidence and both
sources, its source errors; ``/alerts/<alert_id>`` puts the two versions an alert compares side
by side, the changed sentence highlighted; ``/feeds/<slug>.atom`` and ``/feeds/all.atom`` are
Atom feeds of the alerts (``deliver.atom_feed``).

It reads while runs write: each request opens its own short read-only connection
(``Warehouse.reader``) and closes it before the page is drawn, so no lock is held between
requests and a run waits at most for one query. Requests of this process read one at a time (a
DuckDB file is attached by one connection of a process at a time). Every response carries a
Content-Security-Policy that allows no script, no external resource and no form; a missing
warehouse, an unknown story or alert, or any other path answers a 404 page that says why.
"""
from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

import duckdb
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from storywatch.app import serve_pages as pages
from storywatch.deliver import atom_feed, read_history, timelines
from storywatch.records import Alert, dict_rows, records_of
from storywatch.store import Warehouse, WarehouseBusy
from storywatch.story import load_story, slug_problem

HEADERS = {
    "content-security-policy": pages.CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
ATOM = "application/atom+xml; charset=utf-8"
ERRORS_SHOWN = 100
ALERTS_SHOWN = 200          # on a story page, newest first (the feed has as many)

STORIES_SQL = """
WITH s AS (SELECT story FROM articles UNION SELECT story FROM alerts UNION SELECT story FROM runs
           UNION SELECT story FROM source_errors)
SELECT s.story,
       (SELECT count(*) FROM articles a WHERE a.story = s.story) AS articles,
       (SELECT count(*) FROM versions v WHERE v.story = s.story) AS versions,
       (SELECT count(*) FROM alerts a WHERE a.story = s.story) AS alerts,
       (SELECT max(detected_at) FROM alerts a WHERE a.story = s.story) AS last_alert,
       (SELECT max(finished_at) FROM runs r WHERE r.story = s.story) AS last_run
FROM s ORDER BY s.story
"""
FACTS_SQL = """
SELECT f.subject, f.kind, f.value, f.unit, f.status, f.text, f.sentence, f.url, f.version_id,
       a.outlet, v.published
FROM current_facts f JOIN versions v USING (version_id) JOIN articles a ON a.article_id = v.article_id
WHERE f.story = ? AND f.subject <> 'unrelated'
ORDER BY f.kind = 'status' DESC, f.subject, f.kind
"""
VERSION_SQL = """
SELECT v.version_id, v.seq, v.title, v.text, v.published, v.observed_at, a.url, a.outlet
FROM versions v JOIN articles a ON a.article_id = v.article_id WHERE v.version_id = ?
"""


class NotFound(Exception):
    """A page that is not there, and why (shown on the 404 page)."""


class SecurityHeaders:
    """ASGI wrapper: every response, errors included, gets ``HEADERS``."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Site:
    """The warehouse the app reads, one short read-only connection per request."""

    def __init__(self, warehouse: str):
        self.warehouse = Warehouse(warehouse)
        self.label = str(warehouse)
        self._read = threading.Lock()      # one attach of the file per process at a time
        self._draw = threading.Lock()      # matplotlib is not thread-safe

    def read(self, work):
        """``work(con)`` on a fresh read-only connection, closed before this returns."""
        if not self.warehouse.db_path.exists():
            raise NotFound(f"No warehouse at {self.label}: there is no {self.warehouse.db_path.name} "
                           f"there yet. Run `storywatch run --warehouse {self.label}` first, or start "
                           "`storywatch serve` with --warehouse pointing at one.")
        with self._read, self.warehouse.reader() as con:
            return work(con)

    def draw(self, history, alerts) -> dict[tuple[str, str, str], str]:
        with self._draw:
            return timelines(history, alerts)

    @staticmethod
    def story_name(slug: str) -> tuple[str, str]:
        """(name, description) from the story file when there is one, else (slug, '')."""
        try:
            story = load_story(slug)
        except Exception:                  # no file here, or one that does not parse: the slug will do
            return slug, ""
        return story.name, story.description

    def stories(self) -> list[dict[str, Any]]:
        rows = self.read(lambda con: dict_rows(con.execute(STORIES_SQL)))
        return [{**r, "name": self.story_name(r["story"])[0]} for r in rows]

    def known(self, con, slug: str) -> bool:
        if slug_problem(slug):
            return False
        return any(con.execute(f"SELECT 1 FROM {t} WHERE story = ? LIMIT 1", [slug]).fetchall()
                   for t in ("articles", "alerts", "runs", "source_errors"))

    def story(self, slug: str) -> dict[str, Any]:
        def work(con):
            if not self.known(con, slug):
                raise NotFound(f"No story {slug!r} in the warehouse {self.label}.")
            return {
                "facts": dict_rows(con.execute(FACTS_SQL, [slug])),
                "alerts": alerts_of(con, slug, ALERTS_SHOWN),
                "alert_total": con.execute("SELECT count(*) FROM alerts WHERE story = ?", [slug]).fetchone()[0],
                "errors": dict_rows(con.execute(
                    "SELECT source, transient, message, recorded_at FROM source_errors WHERE story = ? "
                    "ORDER BY recorded_at DESC, error_id LIMIT ?", [slug, ERRORS_SHOWN])),
                "error_total": con.execute("SELECT count(*) FROM source_errors WHERE story = ?",
                                           [slug]).fetchone()[0],
                "history": read_history(con, [slug]),
            }
        return self.read(work)

    def alert(self, alert_id: str) -> tuple[Alert, dict | None, dict | None]:
        def work(con):
            found = records_of(con.execute("SELECT * FROM alerts WHERE alert_id = ?", [alert_id]), Alert)
            if not found:
                raise NotFound(f"No alert {alert_id!r} in the warehouse {self.label}.")
            a = found[0]
            return a, version(con, a.old_version_id), version(con, a.new_version_id)
        return self.read(work)

    def feed(self, slug: str | None) -> tuple[list[Alert], datetime | None]:
        def work(con):
            if slug is not None and not self.known(con, slug):
                raise NotFound(f"No story {slug!r} in the warehouse {self.label}: no feed.")
            last_run = con.execute("SELECT max(finished_at) FROM runs WHERE ? IS NULL OR story = ?",
                                   [slug, slug]).fetchone()[0]
            return alerts_of(con, slug, ALERTS_SHOWN), last_run
        return self.read(work)


def alerts_of(con, slug: str | None, limit: int) -> list[Alert]:
    """A story's latest alerts (None: every story's), newest first."""
    return records_of(con.execute("SELECT * FROM alerts WHERE ? IS NULL OR story = ? "
                                  "ORDER BY detected_at DESC, alert_id LIMIT ?", [slug, slug, limit]), Alert)


def version(con, version_id: str | None) -> dict | None:
    if not version_id:
        return None
    rows = dict_rows(con.execute(VERSION_SQL, [version_id]))
    return rows[0] if rows else None


def make_app(warehouse: str) -> SecurityHeaders:
    """The ASGI app over ``warehouse`` (read-only: GET and HEAD only)."""
    site = Site(warehouse)

    def index(request: Request) -> Response:
        return HTMLResponse(pages.index_page(site.stories(), site.label))

    def story(request: Request) -> Response:
        slug = request.path_params["slug"]
        data = site.story(slug)
        charts = site.draw(data["history"], data["alerts"]) if data["alerts"] else {}
        name, description = site.story_name(slug)
        return HTMLResponse(pages.story_page(slug, name, description, data["facts"], charts,
                                             data["alerts"], data["alert_total"], data["errors"],
                                             data["error_total"]))

    def alert(request: Request) -> Response:
        a, old, new = site.alert(request.path_params["alert_id"])
        return HTMLResponse(pages.alert_page(a, site.story_name(a.story)[0], old, new))

    def feed(request: Request) -> Response:
        name = request.path_params["name"]
        slug = None if name == "all" else name
        alerts, last_run = site.feed(slug)
        base = str(request.base_url)
        page_url = base if slug is None else base + pages.story_href(slug).lstrip("/")
        title = None if slug is None else f"storywatch alerts — {site.story_name(slug)[0]}"
        body = atom_feed(alerts, story=slug, title=title, self_url=str(request.url), page_url=page_url,
                         alert_url=lambda a: base + pages.alert_href(a.alert_id).lstrip("/"),
                         updated=last_run)
        return Response(body, media_type=ATOM)

    def not_found(request: Request, exc: Exception) -> Response:
        return HTMLResponse(pages.not_found_page(str(exc)), status_code=404)

    def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            message = f"Nothing at {request.url.path}: see the list of stories."
        elif exc.status_code == 405:
            message = "storywatch serve is read-only: only GET and HEAD are answered."
        else:
            message = str(exc.detail)
        return HTMLResponse(pages.not_found_page(message, exc.status_code), status_code=exc.status_code,
                            headers=dict(exc.headers or {}))

    def busy(request: Request, exc: Exception) -> Response:
        return HTMLResponse(pages.not_found_page(f"{exc} (try again in a moment)", 503), status_code=503,
                            headers={"retry-after": "5"})

    def unreadable(request: Request, exc: Exception) -> Response:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return HTMLResponse(pages.not_found_page(
            f"The warehouse {site.label} could not be read ({first}). One made by an earlier release "
            "is brought up to date by the next `storywatch run`.", 500), status_code=500)

    routes = [Route("/", index), Route("/stories/{slug}", story), Route("/alerts/{alert_id}", alert),
              Route("/feeds/{name}.atom", feed)]
    app = Starlette(routes=routes, exception_handlers={
        NotFound: not_found, HTTPException: http_error, WarehouseBusy: busy, duckdb.Error: unreadable})
    return SecurityHeaders(app)


def url_of(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(warehouse: str, host: str = "127.0.0.1", port: int = 8765, say=print) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    import uvicorn
    if host not in ("127.0.0.1", "localhost", "::1"):
        say(f"storywatch serve: warning: listening on {host}: anyone who can reach it reads the "
            "warehouse (no login). The default, 127.0.0.1, is this machine only.")
    say(f"storywatch serve: {warehouse} read-only on "
        f"{url_of(host, port)} (Ctrl-C stops)")
    config = uvicorn.Config(make_app(warehouse), host=host, port=port, log_level="warning",
                            access_log=False, server_header=False, lifespan="off")
    uvicorn.Server(config).run()
