"""Crash soak: SIGKILL `storywatch` runs and digest deliveries at random points many times, then
compare with a clean run.

    .venv/bin/python scripts/soak_crash.py [--tries 200] [--seed 1]

Each try forks a run over the seeds plus the fixture coverage served on 127.0.0.1 followed by a
delivery of the digest to an SMTP server (aiosmtpd) and a JSON webhook on 127.0.0.1, kills it at a
random crash point (a random hit of that point), sometimes kills the second attempt too, then
finishes with a normal run and delivery. It compares content rows, alert ids and the Parquet
mirror with a clean run's, the deliveries table and its mirror, and what the receivers got: the
clean run's digests (the same Message-IDs / Idempotency-Keys; the text differs only in the
detection times of a fresh run), a repeat only under the same key with the same content.
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
from test_crash import (COMPARE, _crashed_child, _deliver, _pass, clear, delivery_state,  # noqa: E402
                        make_receivers, received, snapshot)

# Highest hit of each point in one run + delivery to two targets (counted on the fixtures).
POINTS = {"collected": 1, "prepared": 1, "planned": 1, "extracted": 1, "detected": 1,
          "commit-begun": 6, "commit-table": 15, "commit-done": 6, "mirror-tmp": 13,
          "mirror-file": 11, "mirrored": 1, "delivery-intent": 2, "delivery-sent": 2,
          "delivery-recorded": 2, "delivery-mirrored": 2}


def run_and_deliver(root, srv, receivers, run_id):
    _pass(root, srv)
    _deliver(root, receivers, run_id)


def compare(root, clean, receivers) -> list[str]:
    """What differs from the clean run: table names, 'parquet', 'deliveries', 'received'."""
    rows, counts, mirrored = snapshot(root)
    state, delivery_mirrored, _ = delivery_state(root)
    bad = [t for t in COMPARE if rows[t] != clean["rows"][t]] + (["parquet"] if mirrored != counts else [])
    bad += ["deliveries"] if state != clean["state"] or not delivery_mirrored else []
    got = received(receivers)        # a fresh run's digest shows its own detection times: keys must match
    return bad + (["received"] if set(got) != set(clean["got"]) or any(len(v) != 1 for v in got.values())
                  else [])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    started = time.monotonic()
    diffs = killed = repeats = 0
    receivers = make_receivers()
    with LocalServer() as srv, tempfile.TemporaryDirectory() as tmp:
        srv.serve_coverage()
        clean_root = Path(tmp) / "clean"
        run_and_deliver(clean_root, srv, receivers, "clean")
        clean = {"rows": snapshot(clean_root)[0], "state": delivery_state(clean_root)[0],
                 "got": received(receivers)}
        sent_clean = len(receivers[0].messages) + len(receivers[1].posts)
        for i in range(args.tries):
            root = Path(tmp) / f"t{i}"
            clear(receivers)
            kills = []
            for k in range(rnd.choice((1, 1, 2))):           # sometimes the second attempt dies too
                name = rnd.choice(list(POINTS))
                point = f"{name}:{rnd.randint(1, POINTS[name])}"
                status = _crashed_child(root, srv, point,
                                        job=lambda: run_and_deliver(root, srv, receivers, f"t{i}k{k}"))
                hit = os.WIFSIGNALED(status)
                killed += hit
                kills.append(point + ("" if hit else "(not reached)"))
            run_and_deliver(root, srv, receivers, f"t{i}")
            bad = compare(root, clean, receivers)
            repeat = len(receivers[0].messages) + len(receivers[1].posts) - sent_clean
            diffs += bool(bad)
            repeats += repeat
            print(f"try {i + 1}: killed at {', '.join(kills)} → "
                  f"{'DIFFERS: ' + ','.join(bad) if bad else 'equal'}"
                  + (f" ({repeat} digest repeated under its own id)" if repeat else ""), flush=True)
    for r in receivers:
        r.close()
    rows_compared = sum(len(v) for v in clean["rows"].values())
    print(f"soak tries={args.tries} kills={killed} rows_compared_per_try={rows_compared} "
          f"digests_per_try={len(clean['got'])} repeats_same_id={repeats} "
          f"differences={diffs} seconds={time.monotonic() - started:.0f}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
