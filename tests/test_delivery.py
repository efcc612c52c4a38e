"""Delivery through Apprise to real local servers: SMTP (aiosmtpd) and a JSON webhook (http.server)."""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pyarrow.parquet as pq
import pytest

from storywatch.deliver import outbox
from storywatch.deliver.send import (DeliveryConfigError, deliver, env_name, notify_urls, redact, rows,
                                 scrub)
from storywatch.pipeline import run_story
from storywatch.records import Alert, from_row, to_table
from storywatch.story import load_story
from storywatch.store.warehouse import Warehouse

try:
    from receivers import Hook, MailBox, free_port
except ImportError:                      # pragma: no cover
    from tests.receivers import Hook, MailBox, free_port

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
PASSWORD = "Sm7p-Pa55w0rd-xyzzy"
TOKEN = "hooktoken-5f1e2d3c4b"
EVIDENCE = "According to credible sources, the discussions revolve around"


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    w = Warehouse(tmp_path / "wh")
    run_story(load_story("italy-spacex"), w, say=lambda m: None)
    return w


def alerts_of(wh: Warehouse) -> list[Alert]:
    with wh.reader() as con:
        cur = con.execute("SELECT * FROM alerts ORDER BY detected_at")
        names = [d[0] for d in cur.description]
        return [from_row(Alert, dict(zip(names, r))) for r in cur.fetchall()]


def delivered(wh: Warehouse) -> list[dict]:
    with wh.reader() as con:
        return rows(con)


# -- a real SMTP server ----------------------------------------------------------------------
@pytest.fixture
def smtp():
    box = MailBox(password=PASSWORD)
    yield box
    box.close()


def text_of(msg) -> str:
    return "\n".join(part.get_content() for part in msg.walk() if part.get_content_maintype() == "text")


def test_email_delivery_reads_back(wh, smtp):
    (alert,) = alerts_of(wh)
    (d,) = deliver(wh, "italy-spacex", [smtp.url], run_id="r1", now=NOW, backoff=0.01)
    assert (d.status, d.attempts, d.alert_ids, d.target) == ("sent", 1, (alert.alert_id,), redact(smtp.url))
    (msg,) = smtp.messages
    assert msg["Subject"] == "storywatch: italy-spacex — 1 change"
    assert "desk@example.com" in msg["To"]
    body = text_of(msg)
    assert "deal value" in body and "EUR 1.5 billion" in body and EVIDENCE in body
    # one Message-ID, derived from the delivery id (Apprise's own random one replaced, not doubled)
    assert msg.get_all("Message-ID") == [f"<{d.delivery_id}.storywatch@127.0.0.1>"]
    assert d.delivery_id == outbox.delivery_id("italy-spacex", d.target, [alert.alert_id])
    assert deliver(wh, "italy-spacex", [smtp.url], run_id="r2", now=NOW) == []     # nothing new
    assert len(smtp.messages) == 1


def test_html_email_carries_the_digest_and_chart(wh, smtp):
    deliver(wh, "italy-spacex", [smtp.url], fmt="html", run_id="r1", now=NOW)
    body = text_of(smtp.messages[0])
    assert "<blockquote class='evidence'>" in body and "<svg" in body and EVIDENCE in body


# -- a real JSON webhook ---------------------------------------------------------------------
def hook_url(port: int) -> str:
    return f"json://storywatch:{TOKEN}@127.0.0.1:{port}/hooks/{TOKEN}"


def test_json_webhook_reads_back(wh):
    port = free_port()
    hook = Hook(port)
    try:
        (d,) = deliver(wh, "italy-spacex", [hook_url(port)], run_id="r1", now=NOW)
    finally:
        hook.close()
    assert d.status == "sent" and d.target == f"json://127.0.0.1:{port}"
    assert hook.keys == [d.delivery_id]                   # the receiver's idempotency key
    ((path, auth, payload),) = hook.posts
    assert path == f"/hooks/{TOKEN}" and auth and auth.startswith("Basic ")
    assert payload["title"] == "storywatch: italy-spacex — 1 change"
    assert "USD 1.5 billion → EUR 1.5 billion" in payload["message"] and EVIDENCE in payload["message"]


def second_alert(wh: Warehouse) -> Alert:
    (first,) = alerts_of(wh)
    later = replace(first, alert_id="second-alert", new_value=1.6e9, new_text="1.6 billion euros",
                    detected_at=NOW + timedelta(hours=1), run_id="r2")
    wh.commit({"alerts": to_table([later], Alert)})
    return later


def test_failed_delivery_is_retried_as_itself_then_new_alerts_follow(wh, caplog):
    """A failed digest keeps its id and alerts: the next send repeats it (the server may have
    taken it after all) and puts alerts detected since in a digest of their own."""
    caplog.set_level(logging.DEBUG)
    port = free_port()                                   # nothing listens there yet
    naps = []
    (failed,) = deliver(wh, "italy-spacex", [hook_url(port)], run_id="r1", now=NOW,
                        attempts=3, backoff=0.01, sleep=naps.append)
    assert failed.status == "failed" and failed.attempts == 3 and failed.error
    assert naps == [0.01, 0.02]                          # exponential backoff between tries
    later = second_alert(wh)
    (again,) = deliver(wh, "italy-spacex", [hook_url(port)], run_id="r2", now=NOW + timedelta(hours=1),
                       attempts=1)
    assert (again.delivery_id, again.status, again.attempts) == (failed.delivery_id, "failed", 4)
    assert len(delivered(wh)) == 1                       # still down: no second digest started
    hook = Hook(port)
    try:
        retried, fresh = deliver(wh, "italy-spacex", [hook_url(port)], run_id="r3",
                                 now=NOW + timedelta(hours=2))
        assert deliver(wh, "italy-spacex", [hook_url(port)], run_id="r4", now=NOW + timedelta(hours=3)) == []
    finally:
        hook.close()
    assert (retried.delivery_id, retried.alert_ids, retried.status) == \
        (failed.delivery_id, failed.alert_ids, "sent")
    assert fresh.alert_ids == (later.alert_id,) and fresh.status == "sent"
    assert hook.keys == [failed.delivery_id, fresh.delivery_id]
    assert "EUR 1.6 billion" in hook.posts[1][2]["message"] and "1.6" not in hook.posts[0][2]["message"]
    table = delivered(wh)
    assert {r["delivery_id"]: (r["status"], r["attempts"], r["error"]) for r in table} == \
        {failed.delivery_id: ("sent", 5, None), fresh.delivery_id: ("sent", 1, None)}
    stored = repr(table) + "".join(p.read_bytes().decode("latin-1")
                                   for p in (wh.root / "parquet" / "deliveries").glob("*.parquet"))
    assert TOKEN not in stored and TOKEN not in caplog.text
    assert f"json://127.0.0.1:{port}" in caplog.text                # the redacted target is logged


def test_a_pending_digest_is_resent_with_the_same_message_id(wh, smtp):
    """A crash between the intent commit and the outcome leaves the digest pending: the next send
    repeats exactly it — same Message-ID, same alerts — and new alerts go in a new digest."""
    (first,) = alerts_of(wh)
    target = redact(smtp.url)
    intent = outbox.record_intent(wh, "italy-spacex", target, [first], "r0", NOW)
    later = second_alert(wh)
    resent, fresh = deliver(wh, "italy-spacex", [smtp.url], run_id="r1", now=NOW + timedelta(hours=1))
    assert (resent.delivery_id, resent.alert_ids, resent.status, resent.run_id) == \
        (intent.delivery_id, (first.alert_id,), "sent", "r0")
    assert fresh.alert_ids == (later.alert_id,)
    assert smtp.message_ids() == [outbox.message_id(intent.delivery_id, "127.0.0.1"),
                                  outbox.message_id(fresh.delivery_id, "127.0.0.1")]
    assert "EUR 1.6 billion" not in text_of(smtp.messages[0])
    assert [r["status"] for r in delivered(wh)] == ["sent", "sent"]


def test_a_failed_row_from_before_the_outbox_is_history_only(wh, smtp):
    """Rows written before issue 7 have run-dependent ids: their alerts go in the next new digest."""
    (first,) = alerts_of(wh)
    old = outbox.Delivery("legacy-0001", "italy-spacex", redact(smtp.url), (first.alert_id,), "failed",
                          3, "connection refused", NOW, "r0")
    wh.commit({"deliveries": to_table([old], outbox.Delivery)})
    (d,) = deliver(wh, "italy-spacex", [smtp.url], run_id="r1", now=NOW + timedelta(hours=1))
    assert d.delivery_id != "legacy-0001" and d.alert_ids == (first.alert_id,) and d.status == "sent"
    assert {r["delivery_id"]: r["status"] for r in delivered(wh)} == \
        {"legacy-0001": "failed", d.delivery_id: "sent"}
    assert deliver(wh, "italy-spacex", [smtp.url], run_id="r2", now=NOW + timedelta(hours=2)) == []


def test_the_deliveries_mirror_is_mended_after_a_crash_before_its_rewrite(wh):
    (first,) = alerts_of(wh)
    d = outbox.record_intent(wh, "italy-spacex", "json://h.example", [first], "r0", NOW)
    wh.mirror_run("deliveries", "r0")
    wh.execute("UPDATE deliveries SET status = 'sent', attempts = 1 WHERE delivery_id = ?", [d.delivery_id])
    path = wh.parquet_root / "deliveries" / "run-r0.parquet"
    assert pq.read_table(path).column("status").to_pylist() == ["pending"]          # the crash left it behind
    assert wh.mirror() == 1                              # what the next run (or send) does
    assert pq.read_table(path).column("status").to_pylist() == ["sent"]
    assert outbox.mend_mirror(wh) == 0


def test_secrets_stay_out_of_the_table_and_the_logs(wh, smtp, caplog):
    caplog.set_level(logging.DEBUG)
    closed = f"mailto://storywatch:{PASSWORD}@127.0.0.1:{free_port()}?from=sw@example.com&to=desk@example.com"
    out = deliver(wh, "italy-spacex", [smtp.url, closed], run_id="r1", now=NOW, backoff=0.01)
    assert sorted(d.status for d in out) == ["failed", "sent"]
    table = repr(delivered(wh))
    for secret in (PASSWORD, f"storywatch:{PASSWORD}"):
        assert secret not in table and secret not in caplog.text
    assert all(r["target"].count("/") == 2 and "@" not in r["target"] for r in delivered(wh))


def test_wrong_password_is_a_failure_not_a_crash(wh, smtp):
    url = smtp.url.replace(PASSWORD, "wrong-password-123")
    (d,) = deliver(wh, "italy-spacex", [url], run_id="r1", now=NOW, attempts=2, backoff=0.01)
    assert d.status == "failed" and d.attempts == 2 and "wrong-password-123" not in (d.error or "")
    assert smtp.messages == []


def test_configuration_from_env_and_toml(tmp_path, monkeypatch):
    story = load_story("italy-spacex")
    assert env_name("italy-spacex") == "STORYWATCH_NOTIFY_ITALY_SPACEX"
    monkeypatch.setenv("STORYWATCH_NOTIFY_ITALY_SPACEX", "json://h1/x  mailto://u:p@h2?to=a@b")
    assert notify_urls(story) == ["json://h1/x", "mailto://u:p@h2?to=a@b"]
    monkeypatch.delenv("STORYWATCH_NOTIFY_ITALY_SPACEX")
    toml = tmp_path / "s.toml"
    toml.write_text(story.path.read_text(encoding="utf-8") + '\nnotify = ["json://hook.example/x"]\n')
    assert notify_urls(load_story(str(toml))) == ["json://hook.example/x"]
    assert notify_urls(story) == []


def test_redaction_and_refusals(wh):
    assert redact("mailto://me:pw@smtp.example.com:587/?to=x@y") == "mailto://smtp.example.com:587"
    assert redact("json://tok@hooks.example/abc") == "json://hooks.example"
    assert scrub("failed for json://u:tok123@h/p/xyz9 (xyz9)", "json://u:tok123@h/p/xyz9") == \
        "failed for *** (***)"
    with pytest.raises(DeliveryConfigError, match="two notify URLs"):
        deliver(wh, "italy-spacex", ["json://h.example/a", "json://h.example/b"], run_id="r", now=NOW)
    with pytest.raises(DeliveryConfigError, match="not an Apprise URL"):
        deliver(wh, "italy-spacex", ["nosuchscheme://h.example/a"], run_id="r", now=NOW)
    with pytest.raises(ValueError, match="format"):
        deliver(wh, "italy-spacex", ["json://h.example/a"], fmt="pdf", run_id="r", now=NOW)
    assert deliver(wh, "italy-spacex", [], run_id="r", now=NOW) == []
