"""feeds: every file of the feedparser test corpus through storywatch.ingest.feeds.parse_feed vs bare feedparser.

storywatch: `parse_feed(body, url)` — feedparser plus entry records, fingerprints, plain-text titles
and summaries, mojibake repair, entity checks, JSON Feed. floor: `feedparser.parse(BytesIO(body),
response_headers=...)` with the same headers parse_feed passes, on the same bytes, same process.
The floor is timed before and after the storywatch pass and averaged.
ratio = storywatch files/s ÷ floor files/s (goal ≥ 0.7).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Timer, args, finish, need_corpus  # noqa: E402

import feedparser  # noqa: E402

from storywatch.ingest.feeds import parse_feed  # noqa: E402


def main() -> None:
    a = args(__doc__)
    root = need_corpus("feedparser-tests")
    files = sorted(p for p in root.rglob("*") if p.is_file())
    if a.small:
        files = files[::40]
    bodies = [(f"http://127.0.0.1/{p.relative_to(root).as_posix()}", p.read_bytes()) for p in files]
    nbytes = sum(len(b) for _, b in bodies)

    def floor_pass() -> float:
        with Timer() as t:
            for url, body in bodies:
                feedparser.parse(io.BytesIO(body),
                                 response_headers={"content-location": url, "content-type": "application/xml"})
        return t.s

    parse_feed(bodies[0][1], bodies[0][0])          # warm both paths
    floor_before = floor_pass()
    with Timer() as sw:
        polls = [parse_feed(body, url) for url, body in bodies]
    floor_after = floor_pass()
    floor_s = (floor_before + floor_after) / 2
    n = len(bodies)
    ratio = floor_s / sw.s
    entries = sum(len(p.entries) for p in polls)
    finish("feeds", ratio, {
        "files": n, "bytes": nbytes, "processes": 1, "goal": ">= 0.7",
        "floor": {"what": "feedparser.parse(BytesIO(body), response_headers=…)", "seconds": round(floor_s, 3),
                  "seconds_before_after": [round(floor_before, 3), round(floor_after, 3)],
                  "files_per_s": round(n / floor_s, 1)},
        "storywatch": {"what": "storywatch.ingest.feeds.parse_feed(body, url)", "seconds": round(sw.s, 3),
                       "files_per_s": round(n / sw.s, 1), "entries": entries,
                       "with_error": sum(1 for p in polls if p.error)},
    }, f"storywatch={n / sw.s:.0f}files/s floor={n / floor_s:.0f}files/s files={n}")


if __name__ == "__main__":
    main()
