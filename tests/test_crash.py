"""Exactly once under crashes: SIGKILL a run at 24 points, rerun, compare with a clean run.

The child process is forked from the test (the library is already imported, so each try costs
milliseconds) and killed by ``STORYWATCH_CRASH_AT`` inside the real code path; the rerun is a
normal run. The warehouse must open, hold the same rows and alert ids as a clean run over the same
input, and its Parquet mirror must hold every row. bench/soak_crash.py is the longer soak.
"""
import os

import pyarrow.parquet as pq
import pytest

from storywatch.pipeline import run_story
from storywatch.story import load_story
from storywatch.warehouse import TABLES, Warehouse

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

from conftest import SEEDS

FEEDS = ("/feeds/globalwire-rss2.xml", "/feeds/alert-atom.xml", "/feeds/orbitpolicy.json",
         "/feeds/roundup-malformed.xml")
POINTS = (["collected", "prepared", "planned", "extracted", "detected", "commit-begun"]
          + [f"commit-table:{i}" for i in range(1, 12)]
          + ["commit-done"] + [f"mirror-file:{i}" for i in range(1, 6)] + ["mirrored"])
# What must be equal: content rows, without the run that wrote them or the wall-clock times.
COMPARE = {
    "articles": "article_id, story, url, source_kind, outlet",
    "versions": "version_id, article_id, seq, content_hash, title, text, published, order_key, duplicate_of",
    "claims": "claim_id, version_id, kind, subject, value, unit, status, text, sentence, role",
    "alerts": "alert_id, kind, subject, old_value, old_unit, old_status, new_value, new_unit, new_status, evidence",
    "lsh_bands": "story, band, bucket, version_id",
    "rejections": "story, url, content_hash, reason",
    "feed_entries": "story, feed_url, entry_id, fingerprint",
}


def _pass(root, srv):
    run_story(load_story("italy-spacex"), Warehouse(root), seeds_dir=SEEDS,
              feeds=[srv.url(f) for f in FEEDS], allow_private=True, say=lambda m: None)


def _crashed_child(root, srv, point) -> int:
    pid = os.fork()
    if pid == 0:                                     # child: run until killed at the point
        os.environ["STORYWATCH_CRASH_AT"] = point
        try:
            _pass(root, srv)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


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
