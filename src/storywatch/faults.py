"""Crash points for the exactly-once tests: ``STORYWATCH_CRASH_AT=<point>[:<n>]`` kills the process
with SIGKILL the n-th time (default 1st) it passes ``crashpoint(<point>)``. Unset, it costs one
dictionary lookup. Points are listed in ``POINTS`` (docs/reliability.md explains each)."""
from __future__ import annotations

import os
import signal

POINTS = ("collected", "prepared", "planned", "extracted", "detected", "commit-begun",
          "commit-table", "commit-done", "mirror-tmp", "mirror-file", "mirrored",
          "delivery-intent", "delivery-sent", "delivery-recorded", "delivery-mirrored")
_hits: dict[str, int] = {}


def crashpoint(point: str) -> None:
    target = os.environ.get("STORYWATCH_CRASH_AT")
    if not target:
        return
    name, _, nth = target.partition(":")
    if name != point:
        return
    _hits[point] = _hits.get(point, 0) + 1
    if _hits[point] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
