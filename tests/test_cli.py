"""End to end: the installed `storywatch` command, a real Prefect flow run, a real DuckDB file."""
import json
import os
import re
import signal
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import ROOT

STORYWATCH = [sys.executable, "-m", "storywatch.app.cli"]


def sw(*args, env=None, check=True, stdin=None):
    # PYTHONFAULTHANDLER: a command that hangs is sent SIGABRT at the timeout and prints every
    # thread's stack, so the failure says where it waited instead of only that it did
    e = dict(os.environ, PYTHONFAULTHANDLER="1", **(env or {}))
    with subprocess.Popen(STORYWATCH + list(args), cwd=ROOT, env=e, text=True, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        try:
            out, err = proc.communicate(stdin, timeout=300)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            out, err = proc.communicate()
            raise AssertionError(f"storywatch {' '.join(args)} ran past 300 s\nstdout:\n{out}\n"
                                 f"stderr (stacks at the timeout):\n{err[-8000:]}") from None
    p = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}\nstdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


@pytest.mark.prefect
def test_run_twice_alerts_once_then_changes_nothing(tmp_path):
    wh = tmp_path / "wh"
    # the first run finds its warehouse in $STORYWATCH_WAREHOUSE, the rest are given --warehouse:
    # what the second run and the reads find proves that both name the same folder
    first = sw("run", env={"STORYWATCH_WAREHOUSE": str(wh)})
    assert (wh / "storywatch.duckdb").exists()
    assert "2 new articles, 2 new versions" in first.stdout
    # a clean first impression: no warning, and no report of DuckDB objects at interpreter exit
    assert "WARNING" not in first.stderr and "nanobind" not in first.stderr, first.stderr
    assert "Finished in state" not in first.stderr      # Prefect's INFO lines stay in Prefect
    # … and what it prints is what the README shows (its run id and claim count aside)
    sample = (ROOT / "README.md").read_text(encoding="utf-8").split("prints a summary like this")[1]
    sample = sample.split("```")[1].strip().splitlines()
    pattern = re.escape(sample[0]).replace("20261123T101500\\-3fa2c1", r"\d{8}T\d{6}-[0-9a-f]{6}").replace("…", ".+")
    assert re.fullmatch(pattern, first.stdout.splitlines()[0]), (sample[0], first.stdout)
    assert first.stdout.splitlines()[1:4] == sample[1:4]
    assert "ALERT figure_changed deal value" in first.stdout
    alerts = json.loads(sw("alerts", "--warehouse", str(wh), "--json").stdout)
    assert len(alerts) == 1
    a = alerts[0]
    assert set(a) >= {"id", "story", "kind", "subject", "old", "new", "evidence", "detected_at"}
    assert (a["story"], a["kind"], a["subject"]) == ("italy-spacex", "figure_changed", "deal value")
    assert a["old"] == {"value": 1500000000.0, "unit": "USD", "text": a["old"]["text"],
                        "url": "seed:italy-spacex/000_762e4873f08c2ef8.txt", "published": None}
    assert "$1.5 billion" in a["old"]["text"]
    assert (a["new"]["value"], a["new"]["unit"]) == (1500000000.0, "EUR")
    assert a["new"]["url"] == "seed:italy-spacex/002_b4d0339e3ac2ca88.txt"
    assert "1.5 billion euros" in a["evidence"]

    second = json.loads(sw("run", "--warehouse", str(wh), "--json").stdout)
    assert (second["new_articles"], second["new_versions"], second["unchanged"], second["alerts"]) == (0, 0, 2, [])
    again = json.loads(sw("alerts", "--warehouse", str(wh), "--json").stdout)
    assert [x["id"] for x in again] == [a["id"]]

    for table in ("articles", "versions", "claims", "alerts", "runs"):
        files = list((wh / "parquet" / table).glob("run-*.parquet"))
        assert files, table
    assert sum(pq.read_table(f).num_rows for f in (wh / "parquet" / "alerts").glob("*.parquet")) == 1

    md = sw("digest", "--warehouse", str(wh)).stdout
    assert md.startswith("# storywatch digest") and "1. **italy-spacex** — deal value: USD 1.5 billion → EUR 1.5 billion" in md
    html_out = tmp_path / "d.html"
    sw("digest", "--warehouse", str(wh), "--format", "html", "--out", str(html_out))
    assert "<blockquote class='evidence'>" in html_out.read_text()
    assert json.loads(sw("digest", "--warehouse", str(wh), "--format", "json").stdout)[0]["id"] == a["id"]
    assert sw("digest", "--warehouse", str(wh), "--since", "2999-01-01").stdout == ""
    rows = json.loads(sw("sql", "--warehouse", str(wh), "--json",
                         "SELECT subject, unit FROM current_facts ORDER BY subject").stdout)
    assert {"subject": "deal value", "unit": "EUR"} in rows


def test_bad_story():
    # ($STORYWATCH_WAREHOUSE: test_run_twice_alerts_once_then_changes_nothing's first run)
    bad = sw("run", "--story", "no-such-story", check=False)
    assert bad.returncode == 2 and "no-such-story.toml" in bad.stderr


def test_alerts_on_an_empty_warehouse_says_so(tmp_path):
    assert sw("alerts", "--warehouse", str(tmp_path / "none")).stdout.strip() == "no alerts"
    assert sw("alerts", "--warehouse", str(tmp_path / "none"), "--json").stdout.strip() == "[]"
    bad = sw("alerts", "--since", "yesterday", check=False)
    assert bad.returncode != 0 and "ISO 8601" in bad.stderr


def test_extract_shows_figures_and_statuses():
    out = sw("extract", "-", "--json", stdin="Italy and SpaceX signed a five-year contract worth "
             "1.5 billion euros (about $1.55 billion).").stdout
    rows = json.loads(out)
    money = [r for r in rows if r["kind"] == "money"]
    assert money and money[0]["value"] == 1.5e9 and money[0]["unit"] == "EUR"
    assert money[0]["alt_unit"] == "USD" and money[0]["subject"] == "deal value"
    assert any(r["kind"] == "status" and r["value"] == "signed" for r in rows)
    text = sw("extract", str(ROOT / "seeds" / "000_762e4873f08c2ef8.txt")).stdout
    assert "deal value" in text and "$1.5 billion" in text


def test_status_before_and_after_a_run(tmp_path, story):
    from storywatch.pipeline import run_story
    from storywatch.store.warehouse import Warehouse
    wh = tmp_path / "wh"
    assert "no warehouse yet" in sw("status", "--warehouse", str(wh)).stdout
    run_story(story, Warehouse(wh), say=lambda m: None)
    st = json.loads(sw("status", "--warehouse", str(wh), "--json").stdout)
    assert st["story"] == "italy-spacex" and st["counts"]["alerts"] == 1
    assert st["runs"][0]["new_versions"] == 2
    assert "last run" in sw("status", "--warehouse", str(wh)).stdout


def test_a_reader_that_leaves_early_gets_no_traceback():
    # "storywatch extract … | head": the pipe's reader goes away; the command ends as a pipe's
    # writer does (141, SIGPIPE's status), with nothing on stderr
    proc = subprocess.Popen(STORYWATCH + ["extract", "-"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    _, err = proc.communicate(("The toll rose to 112 and 40 people were injured. " * 2000).encode(), timeout=120)
    assert proc.returncode == 141, err.decode()
    assert b"Traceback" not in err and b"BrokenPipe" not in err
