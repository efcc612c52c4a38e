"""Streaming: a new seed file becomes a stored alert within seconds (`storywatch watch`)."""
import os
import shutil
import subprocess
import sys
import time

import duckdb

from conftest import ROOT, SEEDS


def _alerts(db):
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None                          # the watcher is committing; look again
    try:
        return con.execute("SELECT count(*), max(new_url) FROM alerts").fetchall()[0]
    finally:
        con.close()


def test_a_new_seed_file_alerts_within_seconds(tmp_path):
    """Behaviour, not a timing target: the alert must arrive while the watcher runs (bounded at 60 s
    so a stuck watcher fails, and a busy machine does not); the ≤ 2 s goal is measured and recorded
    in docs/benchmarks.md."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(min(SEEDS.glob("*.txt")), seeds)
    wh = tmp_path / "wh"
    proc = subprocess.Popen([sys.executable, "-m", "storywatch.app.cli", "watch", "--warehouse", str(wh),
                             "--seeds", str(seeds), "--poll", "0.1"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (wh / "storywatch.duckdb").exists() or (_alerts(wh / "storywatch.duckdb") or (None,))[0] is None:
            assert time.monotonic() < deadline and proc.poll() is None, proc.stdout.read() if proc.poll() else "slow"
            time.sleep(0.1)
        time.sleep(0.5)                                        # first pass settled: one article, no alert
        assert _alerts(wh / "storywatch.duckdb")[0] == 0
        src = sorted(SEEDS.glob("*.txt"))[1]
        tmp = seeds / (".incoming-" + src.name)
        shutil.copy(src, tmp)
        t0 = time.monotonic()
        os.replace(tmp, seeds / src.name)                       # the file appears atomically
        while True:
            got = _alerts(wh / "storywatch.duckdb")
            if got and got[0] == 1:
                break
            assert time.monotonic() - t0 < 60, "no alert 60 s after the file appeared"
            time.sleep(0.02)
        delay = time.monotonic() - t0
        assert got[1].endswith(src.name)
        print(f"watch delay from file to stored alert: {delay:.2f} s")
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_seed_deleted_between_listing_and_stat_is_simply_gone(tmp_path, monkeypatch):
    from storywatch.app import watch as w
    (tmp_path / "001_a.txt").write_text("Italy and SpaceX.\n", encoding="utf-8")
    # the folder listing still names a file that was deleted right after (the race in a live folder)
    monkeypatch.setattr(w, "seed_names", lambda folder: ["001_a.txt", "002_gone.txt"])
    sig = w.seeds_signature(tmp_path)
    assert [name for name, *_ in sig] == ["001_a.txt"]
