"""discover: what a news search costs a run, against a listed feed carrying the same items.

A story whose only source is `discover = ["gdelt"]` (a GDELT-shaped ArtList JSON endpoint on
127.0.0.1, four items: two on-story, two off-story) and a story with the same items as one listed
RSS feed, each in its own warehouse. Both first runs fetch the four pages; then each story is run
again with nothing new (a conditional GET answered 304) and, for the search, once more inside its
polite interval (no request at all). Requests are counted on the server's side.
floor: the listed feed's rerun (the same machinery without the search).
ratio = feed rerun ÷ search rerun (goal: about 1, a search costs what a feed costs).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, args, finish, machine  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from httpserver import LocalServer  # noqa: E402

PAGES = ["/globalwire/italy-spacex-talks.html", "/globalwire/spacex-starlink-launch.html",
         "/globalwire/italy-budget-2025.html", "/corriere-orbitale/italia-spacex-trattativa"]
GDELT, FEED = "/api/v2/doc/doc", "/bench/feed.xml"


def serve(srv: LocalServer) -> None:
    srv.serve_coverage()
    items = [{"url": srv.url(p), "title": p, "seendate": "20250106T100000Z"} for p in PAGES]
    srv.route(GDELT, json.dumps({"articles": items}), content_type="application/json", etag=True)
    rss = "".join(f"<item><title>{p}</title><link>{srv.url(p)}</link><guid>{srv.url(p)}</guid></item>" for p in PAGES)
    srv.route(FEED, f'<?xml version="1.0"?><rss version="2.0"><channel><title>b</title>{rss}</channel></rss>',
              content_type="application/rss+xml", etag=True)


def story(folder: Path, slug: str, line: str):
    from storywatch.story import load_story, read_story_file
    terms = json.dumps([list(g) for g in load_story("italy-spacex").terms])
    path = folder / f"{slug}.toml"
    path.write_text(f'name = "{slug}"\nslug = "{slug}"\nseeds = "seeds"\nterms = {terms}\n{line}\n', encoding="utf-8")
    return read_story_file(path)


def main() -> None:
    a = args(__doc__)
    reps = 2 if a.small else 5
    os.environ["STORYWATCH_HOST_DELAY"] = "0"
    from storywatch.pipeline import run_story
    from storywatch.store import Warehouse
    with tempfile.TemporaryDirectory() as tmp, LocalServer() as srv:
        tmp = Path(tmp)
        (tmp / "seeds").mkdir()
        serve(srv)
        os.environ["STORYWATCH_DISCOVER_GDELT_URL"] = srv.url(GDELT)
        searched = story(tmp, "searched", 'discover = ["gdelt"]')
        listed = story(tmp, "listed", f'feeds = ["{srv.url(FEED)}"]')

        def requests() -> int:
            return sum(srv.count(p) for p in [*PAGES, GDELT, FEED])

        def timed(st, now) -> tuple[float, int, int]:
            before = requests()
            t0 = time.perf_counter()
            s = run_story(st, Warehouse(tmp / st.slug), allow_private=True, say=lambda m: None, now=now)
            return time.perf_counter() - t0, requests() - before, s.new_articles

        start = datetime.now(timezone.utc)
        first = {st.slug: timed(st, start) for st in (listed, searched)}
        rerun: dict[str, list[tuple[float, int, int]]] = {"listed": [], "searched": [], "within": []}
        for k in range(1, reps + 1):
            now = start + timedelta(hours=k)
            for st in (listed, searched):                 # side by side, alternating
                rerun[st.slug].append(timed(st, now))
            rerun["within"].append(timed(searched, now + timedelta(minutes=1)))
    best = {name: min(r[0] for r in runs) for name, runs in rerun.items()}
    data = {"machine": machine(), "reps": reps,
            "first": {k: {"s": round(v[0], 3), "requests": v[1], "new_articles": v[2]} for k, v in first.items()},
            "rerun": {k: {"best_s": round(best[k], 4), "requests": runs[0][1], "new_articles": runs[0][2]}
                      for k, runs in rerun.items()}}
    finish("discover", best["listed"] / best["searched"], data,
           f"(feed rerun {best['listed']:.3f} s, search rerun {best['searched']:.3f} s, "
           f"{rerun['searched'][0][1]} request; inside the interval {best['within']:.3f} s, "
           f"{rerun['within'][0][1]} requests)")


if __name__ == "__main__":
    main()
