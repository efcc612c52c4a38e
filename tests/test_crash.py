"""Exactly once under crashes: SIGKILL a run at 24 points and a digest delivery at 22, rerun,
compare with a clean run.

The child process is forked from the test (the library is already imported, so each try costs
milliseconds) and killed by ``STORYWATCH_CRASH_AT`` inside the real code path; the rerun is a
normal run. The warehouse must open, hold the same rows and alert ids as a clean run over the same
input, and its Parquet mirror must hold every row. Deliveries go to a real SMTP server and a real
webhook on 127.0.0.1: after the rerun every digest is recorded once as sent, and what the
receivers got is the clean run's digests — a repeat only under the same Message-ID /
Idempotency-Key with the same content, never another id, nothing missing.
scripts/soak_crash.py is the longer soak.
"""
import os
import shutil
import signal
from collections import defaultdict
from datetime import datetime, timezone

import pyarrow.parquet as pq
import pytest

from storywatch.deliver.send import deliver
from storywatch.pipeline import run_story
from storywatch.story import load_story
from storywatch.store.warehouse import TABLES, Warehouse

try:
    from httpserver import LocalServer
    from receivers import Hook, MailBox
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer
    from tests.receivers import Hook, MailBox

from conftest import SEEDS

FEEDS = ("/feeds/globalwire-rss2.xml", "/feeds/alert-atom.xml", "/feeds/orbitpolicy.json",
         "/feeds/roundup-malformed.xml")
POINTS = (["collected", "prepared", "planned", "extracted", "detected", "commit-begun"]
          + [f"commit-table:{i}" for i in range(1, 12)]
          + ["commit-done"] + [f"mirror-file:{i}" for i in range(1, 6)] + ["mirrored"])
# One deliver() to two targets passes each delivery point twice and the commit points four times.
DELIVERY_POINTS = ([f"{p}:{i}" for p in ("delivery-intent", "delivery-sent", "delivery-recorded",
                                          "mirror-tmp", "delivery-mirrored") for i in (1, 2)]
                   + [f"{p}:{i}" for p in ("commit-begun", "commit-table", "commit-done")
                      for i in (1, 2, 3, 4)])
# Killed after the server accepted and before the outcome committed: that digest goes out twice.
RESENT = {"delivery-sent:1", "delivery-sent:2", "commit-begun:2", "commit-begun:4",
          "commit-table:2", "commit-table:4"}
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
# What must be equal: content rows, without the run that wrote them or the wall-clock times.
COMPARE = {
    "articles": "article_id, story, url, source_kind, outlet",
    "versions": "version_id, article_id, seq, content_hash, title, text, published, order_key, duplicate_of",
    "claims": "claim_id, version_id, kind, subject, value, unit, status, text, sentence, role",
    "alerts": "alert_id, kind, subject, old_value, old_unit, old_status, new_value, new_unit, new_status, evidence",
    "lsh_bands": "story, band, bucket, version_id",
    "rejections": "story, url, content_hash, reason",
    "feed_entries": "story, feed_url, entry_id, fingerprint",
    "fact_state": "story, subject, kind, claim_id, version_id, article_id, order_key, seq, position",
}


def _pass(root, srv):
    run_story(load_story("italy-spacex"), Warehouse(root), seeds_dir=SEEDS,
              feeds=[srv.url(f) for f in FEEDS], allow_private=True, say=lambda m: None)


def _deliver(root, receivers, run_id):
    deliver(Warehouse(root), "italy-spacex", [r.url for r in receivers], run_id=run_id, now=NOW,
            attempts=2, backoff=0.01)


def _crashed_child(root, srv, point, job=None) -> int:
    """Fork; the child does ``job`` (default: a run) until killed at ``point``; return its status."""
    pid = os.fork()
    if pid == 0:                                     # child: run until killed at the point
        os.environ["STORYWATCH_CRASH_AT"] = point
        signal.alarm(120)                            # a hung child fails the test, never hangs it
        try:
            (job or (lambda: _pass(root, srv)))()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


def received(receivers) -> dict[str, set]:
    """Per receiver, per delivery key (Message-ID or Idempotency-Key): the distinct contents got."""
    mail, hook = receivers
    got = defaultdict(set)
    for m in mail.messages:
        got[m["Message-ID"]].add((m["Subject"], text_of(m)))
    for key, (_, _, payload) in zip(hook.keys, hook.posts):
        got[key].add((payload["title"], payload["message"]))
    return dict(got)


def text_of(msg) -> str:
    return "\n".join(part.get_content() for part in msg.walk() if part.get_content_maintype() == "text")


def delivery_state(root):
    """Deliveries as content (no run ids or times), and whether the Parquet mirror equals the table."""
    wh = Warehouse(root)
    glob = str(wh.parquet_root / "deliveries" / "run-*.parquet")
    with wh.reader() as con:
        state = con.execute("SELECT delivery_id, story, target, alert_ids, status, error FROM deliveries "
                            "ORDER BY ALL").fetchall()
        table = con.execute("SELECT * FROM deliveries ORDER BY ALL").fetchall()
        mirror = con.execute(f"SELECT * FROM read_parquet('{glob}') ORDER BY ALL").fetchall()
        alerts = {r[0] for r in con.execute("SELECT alert_id FROM alerts").fetchall()}
    return state, table == mirror, alerts


def snapshot(root):
    wh = Warehouse(root)
    with wh.reader() as con:
        rows = {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in COMPARE.items()}
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
    mirrored = {t: sum(pq.read_metadata(f).num_rows for f in (wh.parquet_root / t).glob("run-*.parquet"))
                for t in TABLES}
    return rows, counts, mirrored


@pytest.fixture(scope="module")
def server():
    os.environ["STORYWATCH_HOST_DELAY"] = "0"
    with LocalServer() as srv:
        srv.serve_coverage()
        yield srv


@pytest.fixture(scope="module")
def clean(server, tmp_path_factory):
    root = tmp_path_factory.mktemp("clean")
    _pass(root, server)
    rows, _, _ = snapshot(root)
    assert rows["alerts"] and rows["versions"]
    return rows


@pytest.mark.parametrize("point", POINTS)
def test_sigkill_then_rerun_equals_a_clean_run(point, server, clean, tmp_path):
    status = _crashed_child(tmp_path, server, point)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9, f"{point} was never reached"
    _pass(tmp_path, server)                               # the rerun
    rows, counts, mirrored = snapshot(tmp_path)
    for table, expected in clean.items():
        assert rows[table] == expected, f"{table} differs after a crash at {point}"
    assert mirrored == counts, f"Parquet mirror incomplete after a crash at {point}"
    assert not list(Warehouse(tmp_path).parquet_root.glob("*/.*.tmp"))


def test_streaming_in_batches_of_one_equals_one_batch(server, clean, tmp_path):
    """A backfill streams in batches (flat memory); the state carried between batches is exact."""
    run_story(load_story("italy-spacex"), Warehouse(tmp_path), seeds_dir=SEEDS,
              feeds=[server.url(f) for f in FEEDS], allow_private=True, say=lambda m: None, batch_size=1)
    rows, counts, mirrored = snapshot(tmp_path)
    for table, expected in clean.items():
        assert rows[table] == expected, table
    assert mirrored == counts


def test_two_runs_at_once_serialize_and_store_each_row_once(server, clean, tmp_path):
    """Two `run`s of one warehouse at the same moment (a user and a schedule): one waits for the
    other, neither corrupts the warehouse, and the rows are exactly a single clean run's."""
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            try:
                _pass(tmp_path, server)
                os._exit(0)
            except BaseException:
                os._exit(1)
        pids.append(pid)
    assert all(os.waitpid(pid, 0)[1] == 0 for pid in pids)
    rows, counts, mirrored = snapshot(tmp_path)
    for table, expected in clean.items():
        assert rows[table] == expected, table
    assert counts["runs"] == 2 and mirrored == counts


# -- digest delivery -------------------------------------------------------------------------
def make_receivers():
    """An SMTP server and a JSON webhook on 127.0.0.1, each with its Apprise ``url``."""
    mail, hook = MailBox(), Hook()
    hook.url = f"json://127.0.0.1:{hook.port}/hooks/storywatch"
    return mail, hook


@pytest.fixture(scope="module")
def receivers():
    mail, hook = make_receivers()
    yield mail, hook
    mail.close()
    hook.close()


def clear(receivers):
    mail, hook = receivers
    mail.messages.clear()
    hook.posts.clear()
    hook.keys.clear()


@pytest.fixture(scope="module")
def stored(server, tmp_path_factory):
    """A warehouse after a clean run: what each delivery test starts from (copied)."""
    root = tmp_path_factory.mktemp("stored")
    _pass(root, server)
    return root


@pytest.fixture(scope="module")
def clean_delivery(stored, receivers, tmp_path_factory):
    root = tmp_path_factory.mktemp("delivered") / "wh"
    shutil.copytree(stored, root)
    clear(receivers)
    _deliver(root, receivers, "clean")
    state, mirrored, alerts = delivery_state(root)
    got = received(receivers)
    assert len(state) == 2 and all(r[4] == "sent" and set(r[3]) == alerts for r in state) and mirrored
    assert len(got) == 2 and all(len(v) == 1 for v in got.values())
    return state, {k: v for k, v in got.items()}


@pytest.mark.parametrize("point", DELIVERY_POINTS)
def test_sigkill_during_delivery_then_rerun_delivers_each_digest_once(point, stored, receivers,
                                                                       clean_delivery, tmp_path):
    root = tmp_path / "wh"
    shutil.copytree(stored, root)
    clear(receivers)
    status = _crashed_child(root, None, point, job=lambda: _deliver(root, receivers, "crashed"))
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9, f"{point} was never reached"
    _deliver(root, receivers, "rerun")
    state, mirrored, _ = delivery_state(root)
    clean_state, clean_got = clean_delivery
    assert state == clean_state, f"deliveries differ after a crash at {point}"
    assert mirrored, f"deliveries mirror differs from the table after a crash at {point}"
    got = received(receivers)
    assert got == clean_got, f"receivers got other digests than a clean run's after a crash at {point}"
    mail, hook = receivers
    assert len(mail.messages) + len(hook.posts) == 2 + (point in RESENT)   # the one repeat SMTP/HTTP allow
    assert not list((root / "parquet").glob("*/.*.tmp"))
