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
A signal try forks a run with `storywatch run`'s handlers (storywatch.app.interrupt), sends it
SIGINT or SIGTERM (sometimes twice) after a random delay within the clean run's duration, checks
that it exits 130 / 143 (or 0 when it finished first), then finishes with a normal run and
delivery and compares the same way. (tests/test_interrupt.py signals the real command, Prefect
and all; forks keep a try to a second here.)
Prints one line per try and a summary; the summary is what docs/reliability.md records.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]
os.environ.setdefault("STORYWATCH_HOST_DELAY", "0")

from httpserver import LocalServer  # noqa: E402
from conftest import SEEDS  # noqa: E402
from test_crash import (COMPARE, FEEDS, _crashed_child, _deliver, _pass, clear, delivery_state,  # noqa: E402
                        make_receivers, received, snapshot)

from storywatch.pipeline import run_story  # noqa: E402
from storywatch.pipeline.loop import RunInterrupted  # noqa: E402
from storywatch.store.warehouse import Warehouse  # noqa: E402
from storywatch.story import load_story  # noqa: E402

# Highest hit of each point in one run + delivery to two targets (counted on the fixtures).
POINTS = {"collected": 1, "prepared": 1, "planned": 1, "extracted": 1, "detected": 1,
          "commit-begun": 6, "commit-table": 15, "commit-done": 6, "mirror-tmp": 13,
          "mirror-file": 11, "mirrored": 1, "delivery-intent": 2, "delivery-sent": 2,
          "delivery-recorded": 2, "delivery-mirrored": 2}


def run_and_deliver(root, srv, receivers, run_id):
    _pass(root, srv)
    _deliver(root, receivers, run_id)


def _signalled_child(root, srv, sig, delay: float, twice: bool) -> int:
    """Fork a run with the CLI's signal handlers; signal it ``delay`` s in (twice: again 0-0.2 s
    later); return its wait status (exit 130 / 143 when stopped, 0 when it finished first)."""
    stop = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)         # no signal before the child's handlers
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            from storywatch.app import interrupt
            interrupt.install()
            signal.pthread_sigmask(signal.SIG_UNBLOCK, stop)
            signal.alarm(120)                            # a hung child fails the try, never hangs it
            try:
                run_story(load_story("italy-spacex"), Warehouse(root), seeds_dir=SEEDS,
                          feeds=[srv.url(f) for f in FEEDS], allow_private=True, say=lambda m: None,
                          should_stop=interrupt.requested)
                code = 0
            except (RunInterrupted, KeyboardInterrupt):
                code = interrupt.exit_code()
        finally:
            os._exit(code)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, stop)
    time.sleep(delay)
    for n in range(1 + twice):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        time.sleep(random.uniform(0, 0.2))
    _, status = os.waitpid(pid, 0)
    return status


def _any_order(state):
    return [(*row[:3], sorted(row[3]), *row[4:]) for row in state]


def compare(root, clean, receivers, alerts_in_any_order=False) -> list[str]:
    """What differs from the clean run: table names, 'parquet', 'deliveries', 'received'.
    ``alerts_in_any_order``: a digest lists its alerts in the order they were detected, so after a
    run stopped between batches (alerts detected by two runs) the list's order is not the clean
    run's; its id (from the sorted ids) and set of alerts still must be."""
    rows, counts, mirrored = snapshot(root)
    state, delivery_mirrored, _ = delivery_state(root)
    want = clean["state"]
    if alerts_in_any_order:
        state, want = _any_order(state), _any_order(want)
    bad = [t for t in COMPARE if rows[t] != clean["rows"][t]] + (["parquet"] if mirrored != counts else [])
    bad += ["deliveries"] if state != want or not delivery_mirrored else []
    got = received(receivers)        # a fresh run's digest shows its own detection times: keys must match
    return bad + (["received"] if set(got) != set(clean["got"]) or any(len(v) != 1 for v in got.values())
                  else [])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=200)
    ap.add_argument("--signal-tries", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    started = time.monotonic()
    diffs = killed = repeats = stopped = finished = wrong_exit = 0
    receivers = make_receivers()
    with LocalServer() as srv, tempfile.TemporaryDirectory() as tmp:
        srv.serve_coverage()
        clean_root = Path(tmp) / "clean"
        t0 = time.monotonic()
        _pass(clean_root, srv)
        clean_s = time.monotonic() - t0            # signals fall within a run's duration
        _deliver(clean_root, receivers, "clean")
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
        for i in range(args.signal_tries):
            root = Path(tmp) / f"s{i}"
            clear(receivers)
            sig = rnd.choice((signal.SIGINT, signal.SIGTERM))
            twice = rnd.random() < 0.3
            delay = rnd.uniform(0, clean_s)
            status = _signalled_child(root, srv, sig, delay, twice)
            code = os.waitstatus_to_exitcode(status)
            expected = {signal.SIGINT: 130, signal.SIGTERM: 143}[sig]
            stopped += code == expected
            finished += code == 0
            wrong_exit += code not in (0, expected)
            run_and_deliver(root, srv, receivers, f"s{i}")
            bad = compare(root, clean, receivers, alerts_in_any_order=True)
            diffs += bool(bad) or code not in (0, expected)
            print(f"signal try {i + 1}: {signal.Signals(sig).name}{' twice' if twice else ''} at "
                  f"{delay:.2f}s → exit {code}, then {'DIFFERS: ' + ','.join(bad) if bad else 'equal'}",
                  flush=True)
    for r in receivers:
        r.close()
    rows_compared = sum(len(v) for v in clean["rows"].values())
    print(f"soak tries={args.tries} kills={killed} signal_tries={args.signal_tries} stopped={stopped} "
          f"finished_first={finished} wrong_exit={wrong_exit} rows_compared_per_try={rows_compared} "
          f"digests_per_try={len(clean['got'])} repeats_same_id={repeats} "
          f"differences={diffs} seconds={time.monotonic() - started:.0f}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
