"""Smoke test of the benchmarks: each `bench/<name>.py --small` runs, prints its ratio line last and
writes <name>-small.json (into a temp dir: a test run never rewrites the committed bench/results).
The full runs and their numbers are in docs/benchmarks.md."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("STORYWATCH_CORPORA", ROOT.parent / "shared" / "corpora"))
LINE = re.compile(r"^[\w-]+ ratio=\d+\.\d\d")

CASES = [   # throughput: test_throughput_rounds_and_stages (the same run, with --repeat and --stages)
    ("feeds", "feedparser-tests", ()),
    ("sql", None, ()),
    ("dedup", None, ()),
    ("noop", None, ()),
    ("memory", None, ()),
    ("memory", None, ("--http",)),
    ("overlap", "article-extraction-benchmark", ()),
]   # and scaleout: test_scaleout_says_where_the_workers_time_went, test_scaleout_wait_times_the_orchestration_alone


def _name(script: str, options: tuple) -> str:
    """The benchmark's name: its script, then its options (memory --http: memory-http)."""
    return "-".join((script, *(o.removeprefix("--") for o in options)))


def _run(script: str, corpus: str | None, options: tuple, tmp_path: Path) -> str:
    """``bench/<script>.py --small <options>`` with its results in ``tmp_path``: exits 0 and prints
    its ratio line last; returns its output."""
    if corpus and not (CORPORA / corpus).exists():
        pytest.skip(f"{CORPORA / corpus} is absent: the {_name(script, options)} benchmark needs that corpus")
    env = {**os.environ, "STORYWATCH_CORPORA": str(CORPORA), "STORYWATCH_BENCH_RESULTS": str(tmp_path)}
    p = subprocess.run([sys.executable, str(ROOT / "bench" / f"{script}.py"), "--small", *options], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    last = p.stdout.strip().splitlines()[-1]
    assert LINE.match(last), last
    return p.stdout


@pytest.mark.parametrize("script,corpus,options", CASES, ids=[_name(c[0], c[2]) for c in CASES])
def test_bench_small(script: str, corpus: str | None, options: tuple, tmp_path: Path) -> None:
    _run(script, corpus, options, tmp_path)
    assert (tmp_path / f"{_name(script, options)}-small.json").exists()


def test_scaleout_says_where_the_workers_time_went(tmp_path: Path) -> None:
    # the scaleout smoke; each row: the share of the workers' time in task runs, and the speedup
    # whole tasks allow
    _run("scaleout", "article-extraction-benchmark", ("--workers", "1,2"), tmp_path)
    doc = json.loads((tmp_path / "scaleout-small.json").read_text())
    assert [r["workers"] for r in doc["rows"]] == [1, 2] and doc["tasks"] == 4
    assert [r["task_bound"] for r in doc["rows"]] == [1.0, 2.0]
    for r in doc["rows"]:
        assert 0.2 < r["dask_busy"] <= 1.0, r        # task runs fill much of the map, never more


def test_scaleout_wait_times_the_orchestration_alone(tmp_path: Path) -> None:
    # --wait: each task sleeps its pages' time instead of working, through the same flow, task
    # runner and cluster; a map can never take less than the longest worker's share of the sleep.
    # One worker: the two-worker cluster is the test above's (each cluster costs seconds to start)
    _run("scaleout", "article-extraction-benchmark", ("--workers", "1", "--wait", "20"), tmp_path)
    doc = json.loads((tmp_path / "scaleout-wait-small.json").read_text())
    assert not (tmp_path / "scaleout-small.json").exists()
    assert doc["wait_ms_per_page"] == 20 and doc["pages"] == 16 and doc["tasks"] == 4
    assert [r["workers"] for r in doc["rows"]] == [1]
    asleep = doc["pages"] * 0.020          # the whole input's sleep, in seconds
    for r in doc["rows"]:
        assert r["dask_s"] >= asleep / r["workers"] and r["pool_s"] >= asleep / r["workers"], r
        assert 0.2 < r["dask_busy"] <= 1.0, r


def test_throughput_rounds_and_stages(tmp_path: Path) -> None:
    # --repeat reports the median of its rounds; --stages times every stage of each round's run
    import statistics

    out = _run("throughput", "article-extraction-benchmark", ("--repeat", "3", "--stages"), tmp_path)
    doc = json.loads((tmp_path / "throughput-small.json").read_text())
    assert len(doc["rounds"]) == 3 and doc["ratios"] == [r["ratio"] for r in doc["rounds"]]
    assert doc["ratio"] == pytest.approx(statistics.median(doc["ratios"]), abs=1e-4)
    for r in doc["rounds"]:
        stages = r["stages"]
        assert {"poll feeds", "fetch + read pages", "claims", "logs, run row, Parquet mirror"} <= set(stages)
        # every stage takes time; a part inside one ("of which claims: leads") may round to 0 ms here
        assert all(s["seconds"] > 0 for k, s in stages.items() if k != "detect" and not k.startswith("of which"))
        assert all(s["seconds"] >= 0 for s in stages.values())
        # the stages run one after another inside the timed run (each rounded to the millisecond)
        top = [s["seconds"] for k, s in stages.items() if not k.startswith("of which")]
        assert sum(top) <= r["storywatch_seconds"] + 0.0005 * (len(top) + 1)
    assert out.count("round ") == 3


@pytest.mark.parametrize("light", [False, True], ids=["dense", "dense-light"])
def test_throughput_dense_corpus(tmp_path: Path, light: bool) -> None:
    # issue 24: --corpus dense generates its pages (no corpus needed), serves and times them as the
    # Zyte pages are, and writes throughput-dense(-small).json, never throughput(-small).json;
    # --light: the same articles without the heavy site chrome, throughput-dense-light(-small).json
    name = "dense-light" if light else "dense"
    out = _run("throughput", None, ("--corpus", "dense", "--stages", *(("--light",) if light else ())), tmp_path)
    assert out.strip().splitlines()[-1].startswith(f"throughput-{name} ratio=")
    assert sorted(f.name for f in tmp_path.glob("*.json")) == [f"throughput-{name}-small.json"]
    doc = json.loads((tmp_path / f"throughput-{name}-small.json").read_text())
    assert doc["name"] == f"throughput-{name}" and doc["corpus"] == name and doc["pages"] == 12
    assert (doc["dense"]["elements_median"] < 200) == light
    assert doc["ratio"] > 0 and doc["floor"]["extracted"] == 12
    sw = doc["storywatch"]
    assert sw["new_versions"] == 12 and sw["rejected"] == 0 and sw["source_errors"] == 0
    assert sw["claims"] >= 8 * 12              # figure-dense: ~10 figures and statuses a page (and headlines')
    assert sum(doc["dense"]["layouts"].values()) == 12 and sum(doc["dense"]["languages"].values()) == 12
    stages = doc["rounds"][0]["stages"]
    assert stages["claims"]["seconds"] > 0
    assert {"of which claims: figures", "of which claims: subjects", "of which claims: statuses"} <= set(stages)


def test_dense_corpus_is_deterministic_varied_and_figure_dense() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import _dense
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from storywatch.text import dedup

    pages = _dense.corpus(80)
    assert [p.html for p in pages] == [p.html for p in _dense.corpus(80)]     # same bytes every run
    assert [p.html for p in _dense.corpus(12)] == [p.html for p in pages[:12]]  # --small: a prefix
    assert len({p.pid for p in pages}) == 80
    assert {p.layout for p in pages} == set(_dense.LAYOUTS)
    assert 0.12 <= sum(p.lang == "it" for p in pages) / 80 <= 0.4             # about a quarter Italian
    assert all(400 <= p.words <= 1000 and 5 <= p.facts <= 20 for p in pages)
    assert 8 <= sum(p.facts for p in pages) / 80 <= 13                          # about ten a page
    for p in pages:
        html = p.html.decode("utf-8")
        assert f'<html lang="{p.lang}">' in html and ("billion" in html or "miliardi" in html or "milion" in html)
    # no two articles near-duplicates (the pipeline's dedup would mark one and lead nothing from it)
    import trafilatura
    sets = [dedup.shingles(trafilatura.extract(p.html.decode("utf-8")), k=3) for p in pages[:30]]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sets) for b in sets[:i])
    assert worst < dedup.DUPLICATE_THRESHOLD


def test_claims_profile_says_where_the_claims_time_goes() -> None:
    # bench/claims_profile.py (issue 24): the claims stage per page and word, its linearity and its parts
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "claims_profile.py"), "--pages", "24", "--repeat", "1"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    out = p.stdout
    assert re.search(r"claims_for over 24 dense pages: [\d.]+ CPU s, [\d.]+ ms/page", out), out
    assert "linearity, µs/word: 1 page a text" in out
    for part in ("figures", "subjects", "statuses", "figure roles"):
        assert re.search(rf"^\s+{part}\s+[\d.]+ s", out, re.M), out
