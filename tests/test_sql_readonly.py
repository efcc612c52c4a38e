"""`storywatch sql` runs one read-only query: it changes nothing on disk and reaches no network.

Each hostile case is the real command (a subprocess) on a real warehouse made by a run over the
shipped seeds; after it, the warehouse must be as it was and nothing may have been written or
contacted. The last tests hold what analysts need: tables, views, the Parquet mirror, ``--json``.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT

STORYWATCH = [sys.executable, "-m", "storywatch.app.cli"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A warehouse with the seeds' one alert and its Parquet mirror, made once for the module."""
    from storywatch.pipeline import run_story
    from storywatch.story import load_story
    from storywatch.store.warehouse import Warehouse
    root = tmp_path_factory.mktemp("sql-template") / "wh"
    summary = run_story(load_story("italy-spacex"), Warehouse(root), say=lambda m: None)
    assert summary.alert_count == 1
    return root


@pytest.fixture
def wh(built, tmp_path) -> Path:
    """A fresh copy of the built warehouse: a test that broke it cannot hide the next one's result."""
    return Path(shutil.copytree(built, tmp_path / "wh"))


@pytest.fixture
def home(tmp_path) -> Path:
    """The command's HOME: DuckDB keeps installed extensions under ~/.duckdb, so an install or
    autoinstall attempt leaves a trace here."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def sql(wh: Path, query: str, *extra: str, home: Path | None = None, cwd: Path | None = None):
    env = dict(os.environ, **({"HOME": str(home)} if home else {}))
    return subprocess.run(STORYWATCH + ["sql", "--warehouse", str(wh), *extra, query], cwd=cwd or ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def alert_count(wh: Path) -> int:
    con = duckdb.connect(str(wh / "storywatch.duckdb"), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    finally:
        con.close()


def assert_refused(p, *words: str) -> None:
    """Refused: exit 2, nothing on stdout, one line on stderr naming what was refused."""
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)
    assert p.stdout == "" and "Traceback" not in p.stderr, p.stderr
    line = p.stderr.strip()
    assert "\n" not in line and line.startswith("storywatch sql: refused"), p.stderr
    for word in words:
        assert word in line, (word, line)


class Listener:
    """A TCP port on 127.0.0.1 that counts the connections made to it (and drops them at once)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    lis = Listener()
    yield lis
    lis.close()


# -- what the probe did -----------------------------------------------------------------------

def test_detach_and_reattach_read_write_is_refused_and_the_alerts_stay(wh):
    db = wh / "storywatch.duckdb"
    p = sql(wh, f"USE memory; DETACH storywatch; ATTACH '{db}' AS rw; DELETE FROM rw.alerts")
    assert_refused(p, "4 statements")
    assert alert_count(wh) == 1


@pytest.mark.parametrize("query", ["USE memory", "DETACH storywatch", "DELETE FROM alerts",
                                   "CREATE TABLE memory.t AS SELECT 1", "CHECKPOINT", "PRAGMA version"])
def test_statements_that_are_not_a_query_are_refused(wh, query):
    assert_refused(sql(wh, query), query.split()[0].upper())
    assert alert_count(wh) == 1


def test_copy_writes_no_file_outside_or_inside_the_warehouse(wh, tmp_path):
    outside = tmp_path / "out.csv"
    planted = wh / "parquet" / "alerts" / "run-planted.parquet"
    for query in (f"COPY alerts TO '{outside}'",
                  f"COPY (SELECT * FROM alerts) TO '{planted}' (FORMAT parquet)",
                  f"EXPLAIN ANALYZE COPY alerts TO '{planted}' (FORMAT parquet)"):
        assert_refused(sql(wh, query), "COPY")
    assert not outside.exists() and not planted.exists()


def test_attach_of_another_file_is_refused_and_creates_nothing(wh, tmp_path):
    other = tmp_path / "other.duckdb"
    assert_refused(sql(wh, f"ATTACH '{other}' AS other"), "ATTACH")
    assert not other.exists()


@pytest.mark.parametrize("query", ["SET threads = 1", "SET enable_external_access = true", "RESET memory_limit",
                                   "SELECT 1; SET lock_configuration = false"])
def test_settings_cannot_be_changed(wh, query):
    assert_refused(sql(wh, query))


def test_two_queries_are_refused_and_neither_runs(wh):
    p = sql(wh, "SELECT 1 AS one; SELECT 2 AS two")
    assert_refused(p, "2 statements", "one at a time")


def test_install_from_a_custom_repository_makes_no_request(wh, home, listener):
    p = sql(wh, f"INSTALL httpfs FROM 'http://127.0.0.1:{listener.port}'", home=home)
    assert_refused(p, "INSTALL")
    assert_refused(sql(wh, "LOAD httpfs", home=home), "LOAD")
    assert listener.connections == 0
    assert not (home / ".duckdb").exists()


def test_reading_an_http_url_is_refused_without_any_network_attempt(wh, home, listener):
    p = sql(wh, f"SELECT * FROM read_csv('http://127.0.0.1:{listener.port}/x.csv')", home=home)
    assert_refused(p, "network")
    assert listener.connections == 0
    assert not (home / ".duckdb").exists(), "an extension install was attempted"


def test_files_outside_the_warehouse_are_not_readable(wh, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("token\nhunter2\n")
    p = sql(wh, f"SELECT * FROM read_csv('{secret}')")
    assert_refused(p, str(secret), "warehouse folder")
    assert "hunter2" not in p.stdout + p.stderr


def test_a_bad_query_is_one_line_not_a_traceback(wh):
    p = sql(wh, "SELECT * FROM no_such_table")
    assert p.returncode == 1 and p.stdout == "" and "Traceback" not in p.stderr, p.stderr
    assert p.stderr.startswith("storywatch sql: ") and "no_such_table" in p.stderr
    assert "\n" not in p.stderr.strip()


# -- what analysts still do --------------------------------------------------------------------

def test_tables_views_and_query_forms_still_work(wh, capsys):
    assert sql(wh, "SELECT count(*) AS n FROM alerts").stdout.splitlines() == ["n", "1"]
    rows = json.loads(sql(wh, "SELECT subject, unit FROM current_facts ORDER BY subject", "--json").stdout)
    assert {"subject": "deal value", "unit": "EUR"} in rows
    # the other query forms through the same entry point in this process (the command's process is
    # the hostile cases' concern)
    from storywatch.app.cli import main
    for query in ("WITH a AS (SELECT * FROM alerts) SELECT kind FROM a", "FROM alerts_with_evidence",
                  "DESCRIBE alerts", "SHOW TABLES", "SUMMARIZE claims", "EXPLAIN SELECT * FROM alerts",
                  "SELECT subject FROM facts_as_of(TIMESTAMPTZ '2999-01-01 00:00:00+00')"):
        capsys.readouterr()
        rc = main(["sql", "--warehouse", str(wh), query])
        out, err = capsys.readouterr()
        assert rc == 0 and out, (query, err)


def test_the_parquet_mirror_is_readable_by_absolute_and_relative_path(wh, tmp_path):
    absolute = sql(wh, f"SELECT kind, subject FROM read_parquet('{wh}/parquet/alerts/*.parquet')", "--json")
    assert json.loads(absolute.stdout) == [{"kind": "figure_changed", "subject": "deal value"}]
    relative = sql(wh, "SELECT count(*) AS n FROM 'wh/parquet/alerts/*.parquet'", cwd=tmp_path)
    assert relative.stdout.splitlines() == ["n", "1"], relative.stderr


def test_the_locked_down_database_never_serves_the_pipeline(wh, capsys):
    """`sql` in-process: its refusal is one line, and the pooled connections the pipeline reads
    and mirrors through still have external access (COPY of the mirror, reading Parquet)."""
    from storywatch.app.cli import main
    from storywatch.store.warehouse import Warehouse
    assert main(["sql", "--warehouse", str(wh), "SELECT count(*) FROM alerts"]) == 0
    assert main(["sql", "--warehouse", str(wh), "SET threads = 1"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    with Warehouse(wh).reader() as con:
        assert con.execute("SELECT current_setting('enable_external_access')").fetchone()[0] is True
        assert con.execute(f"SELECT count(*) FROM '{wh}/parquet/alerts/*.parquet'").fetchone()[0] == 1
