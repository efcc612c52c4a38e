"""Crash soak: SIGKILL `storywatch` runs at random points many times, then compare with a clean run.

    .venv/bin/python scripts/soak_crash.py [--tries 200] [--seed 1]

Each try forks a run over the seeds plus the fixture coverage served on 127.0.0.1, kills it at a
random crash point (a random hit of that point), sometimes kills the rerun too, then finishes with a
normal run and compares content rows, alert ids and the Parquet mirror with a clean run's.
Prints one line per try and a summary; the summary is what docs/reliability.md records.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]
os.environ.setdefault("STORYWATCH_HOST_DELAY", "0")

from httpserver import LocalServer  # noqa: E402
from test_crash import COMPARE, _crashed_child, _pass, snapshot  # noqa: E402

POINTS = {"collected": 1, "prepared": 1, "planned": 1, "extracted": 1, "detected": 1,
          "commit-begun": 1, "commit-table": 11, "commit-done": 1, "mirror-file": 11, "mirrored": 1}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    started = time.monotonic()
    diffs = killed = 0
    with LocalServer() as srv, tempfile.TemporaryDirectory() as tmp:
        srv.serve_coverage()
        clean_root = Path(tmp) / "clean"
        _pass(clean_root, srv)
        clean, _, _ = snapshot(clean_root)
        for i in range(args.tries):
            root = Path(tmp) / f"t{i}"
            kills = []
            for _ in range(rnd.choice((1, 1, 2))):           # sometimes the rerun dies too
                name = rnd.choice(list(POINTS))
                point = f"{name}:{rnd.randint(1, POINTS[name])}"
                status = _crashed_child(root, srv, point)
                hit = os.WIFSIGNALED(status)
                killed += hit
                kills.append(point + ("" if hit else "(not reached)"))
            _pass(root, srv)
            rows, counts, mirrored = snapshot(root)
            bad = [t for t in COMPARE if rows[t] != clean[t]] + (["parquet"] if mirrored != counts else [])
            diffs += bool(bad)
            print(f"try {i + 1}: killed at {', '.join(kills)} → {'DIFFERS: ' + ','.join(bad) if bad else 'equal'}")
    rows_compared = sum(len(v) for v in clean.values())
    print(f"soak tries={args.tries} kills={killed} rows_compared_per_try={rows_compared} "
          f"differences={diffs} seconds={time.monotonic() - started:.0f}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
