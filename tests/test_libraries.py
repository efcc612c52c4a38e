"""bench/libraries.py, ours against sentencex, py3langid and text2num (docs/benchmarks.md, "Libraries
against ours"): it runs without the shared corpora, saying what it skipped, and what it measures
on our own material holds. sentencex and py3langid come with the test extra; text2num is a
runtime dependency."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("STORYWATCH_CORPORA", ROOT.parent / "shared" / "corpora"))


def _run(corpora: Path, results: Path) -> tuple[str, dict]:
    env = {**os.environ, "STORYWATCH_CORPORA": str(corpora), "STORYWATCH_BENCH_RESULTS": str(results)}
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "libraries.py"), "--small"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    return p.stdout, json.loads((results / "libraries-small.json").read_text())


def test_without_the_corpora_it_says_what_it_skipped_and_measures_the_rest(tmp_path: Path) -> None:
    out, doc = _run(tmp_path / "no-corpora", tmp_path)
    skipped = [line for line in out.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 2 and "article-extraction-benchmark is absent" in skipped[0], out
    assert "wikipedia-versions is absent" in skipped[1]
    assert out.strip().splitlines()[-1].startswith("libraries ratio=")
    # our own material is still measured: every eval sentence is one sentence to ours
    ours = doc["sentences_labelled"]["ours"]
    assert all(v["f1"] == 1.0 for k, v in ours.items() if k.startswith("eval-sentences/")), ours
    assert not any(k.startswith("zyte") for k in doc["sentences_adjudicated"]["ours"])
    assert doc["languages"]["story pages"]["n"] == len(list((ROOT / "eval" / "stories").glob("*/pages/*.html")))
    # the number words the script scores are the labelled list's, alone and in a sentence
    assert doc["numbers"]["text2num"]["all"].endswith("/52")
    assert doc["numbers"]["in_sentences"]["text2num"]["digits written in NO_AMOUNT sentences"] == 0


def test_every_disagreement_in_the_small_run_is_judged(tmp_path: Path) -> None:
    if not (CORPORA / "article-extraction-benchmark").exists():
        pytest.skip(f"{CORPORA} is absent: the small run reads 20 Zyte pages from it")
    _, doc = _run(CORPORA, tmp_path)
    # the Zyte pages are fixed, so each disagreement on them is judged; the eval stories grow with
    # every new story, and a boundary on a new page stays unjudged (left out, listed) until judged
    assert [u for u in doc["unjudged"] if not u["source"].startswith("stories/")] == []
    assert doc["sentences_adjudicated"]["ours"]["all"]["tp"] > 0
