"""Deliver a story's digest through Apprise URLs (mailto://, json://, …), and remember what went out.

* Targets: a list of Apprise URLs per story, from ``STORYWATCH_NOTIFY_<SLUG>`` (space-separated;
  the slug upper-cased, every other character ``_``; set, even empty, it replaces the story
  file's list) or ``notify = ["…"]`` in the story's TOML file.
* What is sent: every alert of the story not yet delivered *successfully* to that target. A
  failed delivery is retried a few times with backoff, recorded as ``failed``, and its alerts go
  out with the next send. Nothing pending, nothing sent (no empty mail).
* What is recorded: one ``deliveries`` row per send, committed with ``Warehouse.commit`` right
  after it (one transaction), so a later crash or rerun never sends those alerts to that target
  again. The one window left is a crash between the server's acceptance and that commit: then
  the next send repeats them (at least once rather than lost).
* Secrets never leave the URL: the row's ``target`` is ``scheme://host[:port]`` and error texts
  are scrubbed of the URL's user, password, path and query values. Two URLs of one story that
  redact to the same target are refused (their delivery state would be shared); put several
  recipients of one mail server in one URL (``mailto://…?to=a@x,b@y``).
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import time
import tomllib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit

import pyarrow as pa

from .records import TS, Alert, from_row, stable_id, to_table
from .warehouse import Warehouse, copy_run_to_parquet

log = logging.getLogger(__name__)
FORMATS = ("markdown", "html")


@dataclass(frozen=True)
class Delivery:
    """One send of a story's digest to one target: which alerts, and whether it went out."""

    delivery_id: str
    story: str
    target: str               # redacted: scheme://host[:port], never a secret
    alert_ids: tuple[str, ...]
    status: str               # sent | failed
    attempts: int
    error: str | None         # scrubbed of the URL's secrets
    delivered_at: datetime
    run_id: str

    SCHEMA = pa.schema([
        ("delivery_id", pa.string()), ("story", pa.string()), ("target", pa.string()),
        ("alert_ids", pa.list_(pa.string())), ("status", pa.string()), ("attempts", pa.int32()),
        ("error", pa.string()), ("delivered_at", TS), ("run_id", pa.string()),
    ])


class DeliveryConfigError(ValueError):
    """A notify URL list that cannot be used; the message says what to fix."""


# -- configuration ---------------------------------------------------------------------------
def env_name(slug: str) -> str:
    return "STORYWATCH_NOTIFY_" + re.sub(r"[^A-Z0-9]", "_", slug.upper())


SECRET_PREFIX = "prefect-secret:"


def notify_urls(story) -> list[str]:
    """The story's Apprise URLs: the environment variable when set, else the TOML ``notify`` list.

    An entry ``prefect-secret:<block>`` is replaced by the value of that Prefect Secret block
    (whitespace-separated URLs), so tokens need not sit in the story file.
    """
    env = os.environ.get(env_name(story.slug))
    if env is not None:
        urls = env.split()
    else:
        data = tomllib.loads(story.path.read_text(encoding="utf-8"))
        urls = data.get("notify", [])
        if not (isinstance(urls, list) and all(isinstance(u, str) for u in urls)):
            raise DeliveryConfigError(f"{story.path}: 'notify' must be a list of Apprise URLs (strings).")
    return [u for entry in urls for u in _resolve_secret(entry)]


def _resolve_secret(entry: str) -> list[str]:
    if not entry.startswith(SECRET_PREFIX):
        return [entry]
    from prefect.blocks.system import Secret
    name = entry.removeprefix(SECRET_PREFIX)
    try:
        value = Secret.load(name).get()
    except Exception as exc:  # noqa: BLE001 - any failure to read the block is a config error
        raise DeliveryConfigError(f"notify: Prefect Secret block '{name}' could not be read "
                                  f"({type(exc).__name__}); create it with `prefect block create "
                                  "secret` or use STORYWATCH_NOTIFY_<SLUG>.") from None
    return str(value).split()


def redact(url: str) -> str:
    """``scheme://host[:port]`` of an Apprise URL: what may be logged and stored."""
    parts = urlsplit(url.strip())
    host = parts.hostname or "?"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme or '?'}://{host}{port}"


def secrets_of(url: str) -> list[str]:
    """The pieces of a URL that may be secret (user, password, path segments, query values)."""
    parts = urlsplit(url.strip())
    found = [url.strip(), parts.username, parts.password, parts.netloc.rpartition("@")[0]]
    found += [seg for seg in parts.path.split("/")]
    found += [v for _, v in parse_qsl(parts.query)]
    found += [unquote(f) for f in found if f]
    return sorted({f for f in found if f and len(f) >= 3}, key=len, reverse=True)


def scrub(text: str, url: str) -> str:
    for secret in secrets_of(url):
        text = text.replace(secret, "***")
    return text


class _Scrub(logging.Filter):
    """Rewrites third-party log records (Apprise logs URL paths, urllib3 request lines) without secrets."""

    def __init__(self, url: str):
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(message, self.url)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


_NOISY = ("apprise", "urllib3.connectionpool", "requests", "smtplib")


@contextlib.contextmanager
def scrubbed_logs(url: str):
    """While sending to ``url``: every record of Apprise and the HTTP stack is scrubbed of its secrets."""
    f = _Scrub(url)
    loggers = [logging.getLogger(name) for name in _NOISY]
    for lg in loggers:
        lg.addFilter(f)
    try:
        yield
    finally:
        for lg in loggers:
            lg.removeFilter(f)


# -- reading what is pending -----------------------------------------------------------------
_PENDING_SQL = """
SELECT * FROM alerts
WHERE story = ? AND alert_id NOT IN (
    SELECT unnest(alert_ids) FROM deliveries WHERE story = ? AND target = ? AND status = 'sent')
ORDER BY detected_at, coalesce(new_published, detected_at), alert_id
"""


def pending(con, story: str, target: str) -> list[Alert]:
    """Alerts of the story not yet delivered successfully to the (redacted) target."""
    cur = con.execute(_PENDING_SQL, [story, story, target])
    names = [d[0] for d in cur.description]
    return [from_row(Alert, dict(zip(names, row))) for row in cur.fetchall()]


# -- sending ---------------------------------------------------------------------------------
def _apprise(url: str):
    import apprise
    asset = apprise.AppriseAsset(storage_mode="memory")
    ap = apprise.Apprise(asset=asset)
    if not ap.add(url):
        raise DeliveryConfigError(f"{redact(url)}: not an Apprise URL storywatch can use; "
                                  "check its scheme and parameters (see the Apprise wiki).")
    return ap


def send(url: str, title: str, body: str, body_format: str, *, attempts: int = 3,
         backoff: float = 0.2, sleep: Callable[[float], None] = time.sleep) -> tuple[bool, int, str | None]:
    """Send one message, retrying with exponential backoff: (sent?, attempts made, scrubbed error)."""
    with scrubbed_logs(url):
        return _send(url, title, body, body_format, attempts, backoff, sleep)


def _send(url, title, body, body_format, attempts, backoff, sleep) -> tuple[bool, int, str | None]:
    import apprise
    error = None
    for attempt in range(1, attempts + 1):
        ap = _apprise(url)              # a fresh instance: our backoff, not Apprise's throttle, paces retries
        with apprise.LogCapture(level=logging.WARNING) as captured:
            try:
                ok = bool(ap.notify(body=body, title=title, body_format=body_format))
            except Exception as exc:                     # a plugin bug must not lose the alerts
                ok, error = False, f"{type(exc).__name__}: {exc}"
            lines = [ln for ln in captured.getvalue().splitlines() if ln.strip()]
        if ok:
            return True, attempt, None
        error = scrub(lines[-1].split(" - ", 2)[-1] if lines else (error or "not delivered"), url)
        log.warning("delivery to %s failed (attempt %d of %d): %s", redact(url), attempt, attempts, error)
        if attempt < attempts:
            sleep(backoff * 2 ** (attempt - 1))
    return False, attempts, error


def _title(story: str, alerts: Sequence[Alert]) -> str:
    n = len(alerts)
    return f"storywatch: {story} — {n} change{'s' if n != 1 else ''}"


def _body(wh: Warehouse, story: str, alerts: list[Alert], fmt: str) -> tuple[str, str]:
    from .digest import html_digest, markdown
    if fmt == "html":
        from .chart import read_history
        with wh.reader() as con:
            history = read_history(con, [story])
        return html_digest(alerts, history), "html"
    return markdown(alerts), "markdown"


# -- the public entry point ------------------------------------------------------------------
def deliver(wh: Warehouse, story: str, urls: list[str], *, fmt: str = "markdown", run_id: str,
            now: datetime, attempts: int = 3, backoff: float = 0.2, lock: bool = True,
            sleep: Callable[[float], None] = time.sleep) -> list[Delivery]:
    """Send every target its pending alerts of the story; return the deliveries recorded.

    Takes the warehouse's run lock (``lock=False`` when the caller already holds it), so two
    deliveries of one warehouse never send the same alerts twice.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown delivery format {fmt!r}: use markdown or html")
    targets = _targets(urls)
    if not targets:
        return []
    wh.init()
    with (wh.run_lock(say=log.info) if lock else contextlib.nullcontext()):
        return [d for target, url in targets.items()
                for d in _deliver_one(wh, story, target, url, fmt, run_id, now, attempts, backoff, sleep)]


def _targets(urls: Sequence[str]) -> dict[str, str]:
    targets: dict[str, str] = {}
    for url in (u.strip() for u in urls if u and u.strip()):
        target = redact(url)
        if target in targets and targets[target] != url:
            raise DeliveryConfigError(
                f"two notify URLs go to {target}: storywatch keeps delivery state per "
                "scheme://host, so merge them (several recipients in one URL) or use distinct hosts.")
        with scrubbed_logs(url):
            _apprise(url)                                # refuse a bad URL before sending anything
        targets[target] = url
    return targets


def _deliver_one(wh: Warehouse, story: str, target: str, url: str, fmt: str, run_id: str,
                 now: datetime, attempts: int, backoff: float, sleep) -> list[Delivery]:
    with wh.reader() as con:
        alerts = pending(con, story, target)
    if not alerts:
        log.info("delivery to %s: nothing new for %s", target, story)
        return []
    body, body_format = _body(wh, story, alerts, fmt)
    ok, made, error = send(url, _title(story, alerts), body, body_format, attempts=attempts,
                           backoff=backoff, sleep=sleep)
    ids = tuple(a.alert_id for a in alerts)
    d = Delivery(stable_id(story, target, *ids, run_id, now.isoformat(), made, ok), story, target,
                 ids, "sent" if ok else "failed", made, error, now, run_id)
    wh.commit({"deliveries": to_table([d], Delivery)})
    _mirror(wh, run_id)
    log.info("delivery to %s: %s, %d alerts, %d attempts", target, d.status, len(ids), made)
    return [d]


def _mirror(wh: Warehouse, run_id: str) -> None:
    """Rewrite this run's Parquet file of deliveries (a run may deliver several times)."""
    with wh.reader() as con:
        copy_run_to_parquet(con, "deliveries", run_id, wh.parquet_root / "deliveries" / f"run-{run_id}.parquet")


def rows(con, story: str | None = None) -> list[dict[str, Any]]:
    """The deliveries table as dicts, oldest first (for reports and tests)."""
    cur = con.execute("SELECT * FROM deliveries WHERE (? IS NULL OR story = ?) "
                      "ORDER BY delivered_at, delivery_id", [story, story])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
