"""stories_slow: 20 stories on one warehouse, each with a feed that takes --delay seconds to answer
(a real HTTP server on 127.0.0.1), run by one `storywatch run --all-stories` cycle with the stories
worked one at a time (STORYWATCH_STORY_WORKERS=1) and four at a time (the default), side by side
in one run, alternating, best of two.

Without cross-story delay the cycle costs about (stories ÷ workers) × one story's run; one after
another it costs stories × one story's run. ratio = four-at-a-time cycle ÷ one-at-a-time cycle
(goal: about 1/4, no worse than 1/3: what is left is the warehouse's commit lock and Prefect's
per-subflow work in the one process).
"""
from __future__ import annotations

import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, args, finish  # noqa: E402

CLI = str(Path(PY).with_name("storywatch"))
TERMS = '[["Italy", "Rome"], ["SpaceX", "Starlink"]]'
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>'
        b"<link>http://127.0.0.1/</link><description>nothing new</description></channel></rss>")


def serve(delay: float) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(FEED)))
            self.end_headers()
            self.wfile.write(FEED)

        def log_message(self, *a):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def make(folder: Path, n: int, port: int) -> None:
    stories, seeds = folder / "stories", folder / "seeds"
    stories.mkdir(parents=True)
    for i in range(n):
        slug = f"s{i:03d}"
        (seeds / slug).mkdir(parents=True)
        (seeds / slug / "001_seed.txt").write_text(
            f"Story {i}: Italy and SpaceX\n\nRome and SpaceX discuss contract {i}, worth {1 + i % 9}.{i % 10} "
            "billion euros, for Starlink secure communications.\n", encoding="utf-8")
        (stories / f"{slug}.toml").write_text(
            f'slug = "{slug}"\nname = "Story {i}"\nseeds = "../seeds/{slug}"\nterms = {TERMS}\n'
            f'feeds = ["http://127.0.0.1:{port}/{slug}.xml"]\n', encoding="utf-8")


def timed(cmd: list[str], env: dict, cwd: Path) -> float:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=cwd)
    s = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
    return s


def main() -> None:
    a = args(__doc__, lambda ap: (ap.add_argument("--stories", type=int, default=20),
                                  ap.add_argument("--delay", type=float, default=3.0)))
    n, delay = (4, 1.0) if a.small else (a.stories, a.delay)
    server = serve(delay)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            make(tmp, n, server.server_address[1])
            wh = str(tmp / "wh")
            env = {**os.environ, "STORYWATCH_STORIES": str(tmp / "stories"), "PREFECT_HOME": str(tmp / "prefect"),
                   "STORYWATCH_HOST_DELAY": "0", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}
            env.pop("PREFECT_API_URL", None)
            cycle = [CLI, "run", "--all-stories", "--allow-private", "--warehouse", wh]
            timed(cycle, {**env, "STORYWATCH_STORY_WORKERS": "4"}, tmp)   # stores the seeds, makes Prefect's db
            serial, side = [], []
            for _ in range(2):
                serial.append(timed(cycle, {**env, "STORYWATCH_STORY_WORKERS": "1"}, tmp))
                side.append(timed(cycle, {**env, "STORYWATCH_STORY_WORKERS": "4"}, tmp))
    finally:
        server.shutdown()
    ratio = min(side) / min(serial)
    finish("stories_slow", ratio, {
        "goal": "four stories at a time: the cycle costs about a quarter of one-at-a-time (<= 1/3)",
        "stories": n, "feed_delay_s": delay,
        "one_at_a_time_s": [round(x, 2) for x in serial], "four_at_a_time_s": [round(x, 2) for x in side],
    }, f"four={min(side):.2f}s one={min(serial):.2f}s stories={n} delay={delay}s")


if __name__ == "__main__":
    main()
