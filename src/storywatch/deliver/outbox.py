"""The deliveries outbox: a digest is recorded before it is sent, so a crash never drops one or
turns it into a different one.

* A digest's id is derived from what it carries: ``stable_id("delivery", story, target, sorted
  alert ids)``. Its intent row (status ``pending``) is committed *before* the send; the outcome
  (``sent`` or ``failed``, attempts, error) is one UPDATE of that row in one transaction after it.
* An alert belongs to one digest per target, for good: a ``pending`` row (a crash came between
  intent and outcome) or a ``failed`` row is sent again as the same digest — same id, same
  alerts, same email ``Message-ID`` / webhook ``Idempotency-Key`` — before any new digest, and
  alerts detected meanwhile go in a new digest of their own. While a target keeps failing, no
  new digest is started for it, so an outage leaves one failed digest, not one per send.
* The Parquet mirror of deliveries is one file per run of the intent, rewritten when a row of
  that run changes; ``Warehouse.mirror`` (every run) and ``mend_mirror`` (every send) rewrite
  any file that a crash left behind the table.

Failed rows whose id is not derived from their alerts (written without the outbox) are records
only: their alerts go out in the next new digest.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Sequence

import pyarrow as pa

from storywatch.faults import crashpoint
from storywatch.records import TS, Alert, dict_rows, records_of, stable_id, to_table
from storywatch.store import Warehouse

STATUSES = ("pending", "sent", "failed")


@dataclass(frozen=True)
class Delivery:
    """One digest of a story for one target: which alerts, and whether it went out."""

    delivery_id: str          # stable_id("delivery", story, target, sorted alert ids)
    story: str
    target: str               # redacted: scheme://host[:port], never a secret
    alert_ids: tuple[str, ...]
    status: str               # pending | sent | failed
    attempts: int
    error: str | None         # scrubbed of the URL's secrets
    delivered_at: datetime    # when the status last changed
    run_id: str               # the run that recorded the intent

    SCHEMA = pa.schema([
        ("delivery_id", pa.string()), ("story", pa.string()), ("target", pa.string()),
        ("alert_ids", pa.list_(pa.string())), ("status", pa.string()), ("attempts", pa.int32()),
        ("error", pa.string()), ("delivered_at", TS), ("run_id", pa.string()),
    ])


def delivery_id(story: str, target: str, alert_ids: Sequence[str]) -> str:
    return stable_id("delivery", story, target, *sorted(alert_ids))


def message_id(key: str, domain: str | None) -> str:
    """The email Message-ID of a digest: the same on every resend of it."""
    return f"<{key}.storywatch@{domain or 'storywatch.invalid'}>"


# -- reading ---------------------------------------------------------------------------------
def outstanding(con, story: str, target: str) -> list[Delivery]:
    """Digests of the target recorded but not (known to be) delivered: pending or failed, oldest first."""
    cur = con.execute("SELECT * FROM deliveries WHERE story = ? AND target = ? AND status <> 'sent' "
                      "ORDER BY delivered_at, delivery_id", [story, target])
    found = [replace(d, alert_ids=tuple(d.alert_ids)) for d in records_of(cur, Delivery)]
    return [d for d in found if d.delivery_id == delivery_id(story, target, d.alert_ids)]


_UNSENT_SQL = """
SELECT * FROM alerts
WHERE story = ? AND alert_id NOT IN (
    SELECT unnest(alert_ids) FROM deliveries WHERE story = ? AND target = ? AND status = 'sent')
ORDER BY detected_at, coalesce(new_published, detected_at), alert_id
"""


def unassigned(con, story: str, target: str, held: Sequence[Delivery] = ()) -> list[Alert]:
    """Alerts of the story in no digest of the target yet (neither sent nor held by ``held``)."""
    taken = {a for d in held for a in d.alert_ids}
    alerts = records_of(con.execute(_UNSENT_SQL, [story, story, target]), Alert)
    return [a for a in alerts if a.alert_id not in taken]


def alerts_of(con, d: Delivery) -> list[Alert]:
    """The alerts a digest carries, in its order."""
    cur = con.execute("SELECT * FROM alerts WHERE list_contains(?, alert_id)", [list(d.alert_ids)])
    by_id = {a.alert_id: a for a in records_of(cur, Alert)}
    return [by_id[i] for i in d.alert_ids if i in by_id]


def rows(con, story: str | None = None) -> list[dict[str, Any]]:
    """The deliveries table as dicts, oldest first (for reports and tests)."""
    return dict_rows(con.execute("SELECT * FROM deliveries WHERE (? IS NULL OR story = ?) "
                                 "ORDER BY delivered_at, delivery_id", [story, story]))


# -- writing ---------------------------------------------------------------------------------
def record_intent(wh: Warehouse, story: str, target: str, alerts: Sequence[Alert], run_id: str,
                  now: datetime) -> Delivery:
    """Commit the digest as ``pending`` before anything is sent."""
    ids = tuple(a.alert_id for a in alerts)
    d = Delivery(delivery_id(story, target, ids), story, target, ids, "pending", 0, None, now, run_id)
    wh.commit({"deliveries": to_table([d], Delivery)})
    crashpoint("delivery-intent")
    return d


def record_outcome(wh: Warehouse, d: Delivery, ok: bool, made: int, error: str | None,
                   now: datetime) -> Delivery:
    """Mark the digest sent or failed (one transaction), then rewrite its run's Parquet file."""
    done = replace(d, status="sent" if ok else "failed", attempts=d.attempts + made,
                   error=None if ok else error, delivered_at=now)
    wh.execute("UPDATE deliveries SET status = ?, attempts = ?, error = ?, delivered_at = ? "
               "WHERE delivery_id = ?", [done.status, done.attempts, done.error, now, d.delivery_id])
    crashpoint("delivery-recorded")
    wh.mirror_run("deliveries", d.run_id)
    crashpoint("delivery-mirrored")
    return done


def mend_mirror(wh: Warehouse) -> int:
    """Write missing deliveries files and rewrite those a crash left behind the table."""
    return wh.mirror_missing("deliveries") + wh.mend("deliveries")
