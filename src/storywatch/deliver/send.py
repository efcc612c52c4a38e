"""Deliver a story's digest through Apprise URLs (mailto://, json://, …), and remember what went out.

* Targets: a list of Apprise URLs per story, from ``STORYWATCH_NOTIFY_<SLUG>`` (space-separated;
  the slug upper-cased, every other character ``_``; set, even empty, it replaces the story
  file's list) or ``notify = ["…"]`` in the story's TOML file.
* What is sent: every alert of the story not yet in a digest for that target, as one digest. A
  failed send is retried a few times with backoff and recorded as ``failed``; the next send
  repeats *that* digest before starting a new one. Nothing pending, nothing sent (no empty mail).
* What is recorded (outbox.py): the digest's intent row, ``pending``, is committed *before* the
  send, under an id derived from story, target and alert ids; the outcome is committed right
  after. A crash in between leaves the row ``pending`` and the next send repeats it with the
  same id, so nothing is dropped and a repeat is recognisable: the email carries
  ``Message-ID: <delivery_id.storywatch@host>`` and an HTTP webhook (json://, xml://, form://)
  the header ``Idempotency-Key: <delivery_id>``, identical on every resend.
* The caveat: neither SMTP nor a webhook POST is exactly-once. A crash after the server accepted
  and before the outcome commit means the digest is sent twice; the receiver sees the same
  Message-ID / Idempotency-Key and can drop the second (MTAs and mail clients dedupe on
  Message-ID; a webhook must check the key). Targets without headers (Slack, Teams, Discord…)
  may show such a repeat. Never is a digest dropped, or an alert sent in two different digests.
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
import threading
import time
from datetime import datetime
from typing import Callable, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit

from storywatch.deliver import outbox
from storywatch.deliver.chart import read_history, timelines
from storywatch.deliver.digest import html_digest, markdown
from storywatch.faults import crashpoint
from storywatch.deliver.outbox import Delivery, message_id, rows  # noqa: F401 - the public names of delivery
from storywatch.records import Alert
from storywatch.store import Warehouse

log = logging.getLogger(__name__)
FORMATS = ("markdown", "html")


class DeliveryConfigError(ValueError):
    """A notify URL list that cannot be used; the message says what to fix."""


# -- configuration ---------------------------------------------------------------------------
def env_name(slug: str) -> str:
    return "STORYWATCH_NOTIFY_" + re.sub(r"[^A-Z0-9]", "_", slug.upper())


SECRET_PREFIX = "prefect-secret:"


def notify_urls(story) -> list[str]:
    """The story's Apprise URLs: the environment variable when set, else the story file's ``notify``.

    An entry ``prefect-secret:<block>`` is replaced by the value of that Prefect Secret block
    (whitespace-separated URLs), so tokens need not sit in the story file.
    """
    env = os.environ.get(env_name(story.slug))
    urls = env.split() if env is not None else story.notify
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


# -- sending ---------------------------------------------------------------------------------
def _apprise(url: str, key: str | None = None):
    """An Apprise instance for one URL; with ``key``, a webhook plugin also sends ``Idempotency-Key``."""
    import apprise
    from apprise.plugins.email import NotifyEmail
    asset = apprise.AppriseAsset(storage_mode="memory")
    plugin = apprise.Apprise.instantiate(url, asset=asset)
    if plugin is None:
        raise DeliveryConfigError(f"{redact(url)}: not an Apprise URL storywatch can use; "
                                  "check its scheme and parameters (see the Apprise wiki).")
    if key and not isinstance(plugin, NotifyEmail) and isinstance(getattr(plugin, "headers", None), dict):
        plugin.headers["Idempotency-Key"] = key       # what `+Idempotency-Key=…` in the URL would set
    ap = apprise.Apprise(asset=asset)
    ap.add(plugin)
    return ap


_MSGID_LOCK = threading.Lock()


@contextlib.contextmanager
def _message_id(key: str | None):
    """While sending, Apprise's emails carry ``message_id(key, host)`` as their one Message-ID.

    Apprise 1.13 gives every email ``make_msgid(domain=smtp_host)``, a random id, and sets it
    *after* the custom headers: a ``+Message-ID=…`` URL parameter only adds a second Message-ID
    header. So its module's ``make_msgid`` is replaced for the length of the send (a lock keeps
    two sends of this process apart); tests/test_delivery.py checks the received header.
    """
    if not key:
        yield
        return
    from apprise.plugins.email import base
    with _MSGID_LOCK:
        original = base.make_msgid
        base.make_msgid = lambda idstring=None, domain=None: message_id(key, domain)
        try:
            yield
        finally:
            base.make_msgid = original


def send(url: str, title: str, body: str, body_format: str, *, key: str | None = None,
         attempts: int = 3, backoff: float = 0.2,
         sleep: Callable[[float], None] = time.sleep) -> tuple[bool, int, str | None]:
    """Send one message, retrying with exponential backoff: (sent?, attempts made, scrubbed error).

    ``key`` (the delivery id) makes every try, and every later resend, recognisably the same message.
    """
    with scrubbed_logs(url), _message_id(key):
        return _send(url, title, body, body_format, key, attempts, backoff, sleep)


def _send(url, title, body, body_format, key, attempts, backoff, sleep) -> tuple[bool, int, str | None]:
    import apprise
    error = None
    for attempt in range(1, attempts + 1):
        ap = _apprise(url, key)         # a fresh instance: our backoff, not Apprise's throttle, paces retries
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
    if fmt == "html":
        with wh.reader() as con:
            history = read_history(con, [story])
        return html_digest(alerts, timelines(history, alerts)), "html"
    return markdown(alerts), "markdown"


# -- the public entry point ------------------------------------------------------------------
def deliver(wh: Warehouse, story: str, urls: list[str], *, fmt: str = "markdown", run_id: str,
            now: datetime, attempts: int = 3, backoff: float = 0.2, lock: bool = True,
            sleep: Callable[[float], None] = time.sleep) -> list[Delivery]:
    """Send every target its undelivered alerts of the story; return the digests sent or tried.

    Takes the warehouse's run lock (``lock=False`` when the caller already holds it), so two
    deliveries of one warehouse never send the same alerts twice; first mends the deliveries
    mirror a crash may have left behind.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown delivery format {fmt!r}: use markdown or html")
    targets = _targets(urls)
    if not targets:
        return []
    wh.init()
    with (wh.run_lock(say=log.info) if lock else contextlib.nullcontext()):
        outbox.mend_mirror(wh)
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
    """First the target's unfinished digests, each as it was; then one new digest of the rest."""
    opts = dict(fmt=fmt, now=now, attempts=attempts, backoff=backoff, sleep=sleep)
    with wh.reader() as con:
        held = outbox.outstanding(con, story, target)
    done = []
    for d in held:
        done.append(_send_recorded(wh, d, url, **opts))
        if done[-1].status != "sent":
            log.info("delivery to %s still failing: new alerts wait for the next send", target)
            return done
    with wh.reader() as con:
        alerts = outbox.unassigned(con, story, target, held)
    if not alerts:
        log.info("delivery to %s: nothing new for %s", target, story)
        return done
    d = outbox.record_intent(wh, story, target, alerts, run_id, now)
    return done + [_send_recorded(wh, d, url, **opts)]


def _send_recorded(wh: Warehouse, d: Delivery, url: str, *, fmt: str, now: datetime,
                   attempts: int, backoff: float, sleep) -> Delivery:
    """Send a recorded digest under its id, then record the outcome."""
    with wh.reader() as con:
        alerts = outbox.alerts_of(con, d)
    body, body_format = _body(wh, d.story, alerts, fmt)
    ok, made, error = send(url, _title(d.story, alerts), body, body_format, key=d.delivery_id,
                           attempts=attempts, backoff=backoff, sleep=sleep)
    crashpoint("delivery-sent")
    done = outbox.record_outcome(wh, d, ok, made, error, now)
    log.info("delivery %s to %s: %s, %d alerts, %d attempts", d.delivery_id, d.target, done.status,
             len(d.alert_ids), done.attempts)
    return done
