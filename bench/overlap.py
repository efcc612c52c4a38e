"""overlap: fetching a page while the one before it is read, vs fetching and reading in turn.

``ingest.fetch_pages`` (what each fetch task of `storywatch run` does) over the 181 pages of the
Zyte corpus, from a server that answers each request after ``--latency`` ms (default 20: a nearby
site; real ones are slower), run in its own process like a real site. Side by side in one run:
the same function with its prefetch replaced by a plain loop (fetch, read, fetch, read), rounds
interleaved, medians of ``--repeat`` (default 3). ratio = sequential seconds ÷ storywatch seconds
(> 1: the download of the next page hides behind the reading of this one; at best
(wait + read) ÷ max(wait, read)).

    .venv/bin/python bench/overlap.py [--latency 20] [--repeat 3] [--small]
"""
from __future__ import annotations

import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, args, finish, need_corpus  # noqa: E402

from storywatch.ingest import PageRequest  # noqa: E402
from storywatch.ingest import read as coverage  # noqa: E402

SERVER = r"""
import sys, time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
class Slow(SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        time.sleep(float(sys.argv[2]) / 1000)
        super().do_GET()
srv = ThreadingHTTPServer(("127.0.0.1", 0), partial(Slow, directory=sys.argv[1]))
print(srv.server_address[1], flush=True)
srv.serve_forever()
"""


def sequential(fetcher, requests):
    """``coverage._fetched_ahead`` without the thread: each page fetched only once the last is read."""
    for r in requests:
        yield r, coverage.fetch_one(fetcher, r)


def _extra(ap) -> None:
    ap.add_argument("--latency", type=float, default=20.0, help="ms before the server answers each request")
    ap.add_argument("--repeat", type=int, default=3)


def main() -> None:
    a = args(__doc__, _extra)
    files = sorted((need_corpus("article-extraction-benchmark") / "html").glob("*.html.gz"))[: 12 if a.small else None]
    now = datetime.now(timezone.utc)
    ways = {"storywatch": coverage._fetched_ahead, "sequential": sequential}
    seconds: dict[str, list[float]] = {k: [] for k in ways}
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            (Path(tmp) / f.name.removesuffix(".gz")).write_bytes(gzip.decompress(f.read_bytes()))
        server = subprocess.Popen([PY, "-c", SERVER, tmp, str(a.latency)], stdout=subprocess.PIPE, text=True)
        try:
            base = f"http://127.0.0.1:{int(server.stdout.readline())}"
            reqs = [PageRequest(f"{base}/{f.name.removesuffix('.gz')}", "feed", None, i)
                    for i, f in enumerate(files)]
            coverage.fetch_pages(reqs, "bench", now, "bench", allow_private=True, delay=0)   # warm-up
            for _ in range(1 if a.small else a.repeat):
                for name, way in ways.items():
                    coverage._fetched_ahead = way
                    t = time.perf_counter()
                    out = coverage.fetch_pages(reqs, "bench", now, "bench", allow_private=True, delay=0)
                    seconds[name].append(time.perf_counter() - t)
                    if len(out.docs) + len(out.problems) != len(reqs):
                        raise SystemExit(f"{name}: {len(out.docs)} documents, {len(out.problems)} problems")
        finally:
            coverage._fetched_ahead = ways["storywatch"]
            server.terminate()
    med = {k: statistics.median(v) for k, v in seconds.items()}
    ratio = med["sequential"] / med["storywatch"]
    finish("overlap", ratio, {
        "pages": len(files), "latency_ms": a.latency, "rounds": len(seconds["storywatch"]),
        "storywatch": {"what": "coverage.fetch_pages (next page fetched while this one is read)",
                       "seconds": [round(s, 3) for s in seconds["storywatch"]], "median": round(med["storywatch"], 3)},
        "floor": {"what": "the same, fetch then read in turn", "seconds": [round(s, 3) for s in seconds["sequential"]],
                  "median": round(med["sequential"], 3)},
        "waiting_s": round(len(files) * a.latency / 1000, 3),
    }, f"storywatch={med['storywatch']:.2f}s sequential={med['sequential']:.2f}s latency={a.latency:g}ms "
       f"pages={len(files)}")


if __name__ == "__main__":
    main()
