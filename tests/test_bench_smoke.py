"""Smoke test of the benchmarks: each `bench/<name>.py --small` runs, prints its ratio line last and
writes bench/results/<name>-small.json. The full runs and their numbers are in docs/benchmarks.md."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("STORYWATCH_CORPORA", ROOT.parent / "shared" / "corpora"))
LINE = re.compile(r"^\w+ ratio=\d+\.\d\d")

CASES = [
    ("throughput", "article-extraction-benchmark"),
    ("feeds", "feedparser-tests"),
    ("sql", None),
    ("dedup", None),
    ("noop", None),
    ("memory", None),
    ("scaleout", "article-extraction-benchmark"),
]


@pytest.mark.parametrize("name,corpus", CASES, ids=[c[0] for c in CASES])
def test_bench_small(name: str, corpus: str | None) -> None:
    if corpus and not (CORPORA / corpus).exists():
        pytest.skip(f"{CORPORA / corpus} is absent: the {name} benchmark needs that corpus")
    out = ROOT / "bench" / "results" / f"{name}-small.json"
    out.unlink(missing_ok=True)
    env = {**os.environ, "STORYWATCH_CORPORA": str(CORPORA)}
    p = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), "--small"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-3000:]
    last = p.stdout.strip().splitlines()[-1]
    assert LINE.match(last), last
    assert out.exists()
