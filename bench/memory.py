"""memory: peak RSS of a seed backfill (one `run_story` pass over N seed articles) as N grows.

``--http``: a backfill over HTTP instead — N article pages (~150 KB of HTML each, like the Zyte
corpus' pages: the same ~3 KB texts inside markup and scripts) listed in RSS feeds of 1,000, served on
loopback by `python -m http.server` in its own process, fetched and read by the run (default sizes
1k/2k/4k; `--full`: one backfill of 100k pages, ~15 GB of HTML on disk, ~20 min here).

Seeds are ~3 KB texts assembled from sentences of the Zyte corpus' ground truth (each also names a
money figure and a status so claims are extracted), written as files in one seeds folder. Each size
runs in a fresh process into a fresh warehouse; the child reports ru_maxrss (peak RSS) and its RSS
after imports, and logs the peak RSS so far after every batch of 500 (the curve of one growing
backfill; `--full` is one 100k backfill, ~40 min here; `--sizes` picks others). The target is
100,000 articles: `--full` measures it; the default sizes (1k/4k/8k) give a linear extrapolation
to 100k, marked as such (a single size fits the per-batch curve instead).
floor: the fresh process's RSS after importing the same modules (what a flat pipeline would need
plus one batch). ratio = 1.5 GB ÷ peak RSS at 100k (measured or extrapolated); goal ≥ 1.
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, StaticSite, args, finish  # noqa: E402

import numpy as np  # noqa: E402

import _synth  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import storywatch.pipeline as pipeline
from storywatch.story import Story
from storywatch.store.warehouse import Warehouse
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
base = peak()
seeds, log = Path(sys.argv[1]), open(sys.argv[3], "a")
feeds = sys.argv[4:]
story = Story("bench", "bench", "", seeds, (("the", "a", "of"),), (), (), seeds / "bench.toml")
t0 = time.perf_counter()
done = [0]
from storywatch.pipeline import loop  # noqa: E402
process_batch = loop.process
def logged(docs, *a, **k):      # peak RSS so far after every batch: the curve of one growing backfill
    process_batch(docs, *a, **k)
    done[0] += len(docs)
    log.write(json.dumps({"articles": done[0], "peak_rss_mb": round(peak()), "s": round(time.perf_counter() - t0, 1)}) + "\n")
    log.flush()
loop.process = logged
s = pipeline.run_story(story, Warehouse(sys.argv[2]), seeds_dir=seeds, feeds=feeds, allow_private=bool(feeds),
                       say=lambda *a: None)
print(json.dumps({"seconds": time.perf_counter() - t0, "import_rss_mb": base, "peak_rss_mb": peak(),
                  "versions": s.new_versions, "claims": s.new_claims}))
"""
GOAL_MB = 1536


def write_seeds(folder: Path, n: int) -> int:
    rng = np.random.default_rng(11)
    folder.mkdir()
    nbytes = 0
    for start in range(0, n, 1000):
        for i, text in enumerate(_synth.texts(min(1000, n - start), 3000, rng), start):
            body = (f"Headline number {i}\n\n{text} The contract is worth {1 + (i % 40) / 10:.1f} billion "
                    f"euros, and talks are {'advanced' if i % 2 else 'stalled'}.\n")
            nbytes += (folder / f"{i:06d}_seed.txt").write_text(body, encoding="utf-8")
    return nbytes


# ~150 KB of page around each article: navigation, and the inline scripts and JSON real pages carry
CHROME = ("<nav>" + "".join(f'<a href="/section/{i}">Section {i}</a> ' for i in range(60)) + "</nav>"
          + "<script>window.__STATE__ = " + json.dumps({"k": ["x" * 60] * 2300}) + ";</script>")


def article_html(i: int, body: str) -> str:
    title, _, text = body.partition("\n\n")
    paras = "".join(f"<p>{p.strip()}.</p>" for p in text.split(". ") if p.strip())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2026-03-{1 + i % 28:02d}T{i % 24:02d}:00:00Z">'
            f'</head><body>{CHROME}<article><h1>{title}</h1>{paras}</article>'
            f"<footer>© Bench News {i}</footer></body></html>")


FEED_ITEMS = 1000       # items per feed: a backfill reads many feeds (or pages), not one huge feed


def write_site(site: Path, n: int, base_rss: str) -> tuple[int, list[str]]:
    """N article pages (from the same seed texts) and feeds listing them; HTML bytes, feed paths."""
    seeds = site.parent / f"texts{n}"
    write_seeds(seeds, n)
    (site / "p").mkdir(parents=True)
    nbytes, items = 0, []
    for i, f in enumerate(sorted(seeds.iterdir())):
        nbytes += (site / "p" / f"{i}.html").write_text(article_html(i, f.read_text("utf-8")), "utf-8")
        items.append(f"<item><title>Headline {i}</title><link>{base_rss}/p/{i}.html</link><guid>{i}</guid></item>")
        f.unlink()
    seeds.rmdir()
    feeds = []
    for k in range(0, n, FEED_ITEMS):
        feeds.append(f"/feed{k // FEED_ITEMS}.xml")
        (site / feeds[-1][1:]).write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>'
            f"<link>{base_rss}</link><description>bench</description>" + "".join(items[k:k + FEED_ITEMS])
            + "</channel></rss>", "utf-8")
    return nbytes, feeds


def _sizes(ap) -> None:
    ap.add_argument("--http", action="store_true", help="pages over loopback HTTP instead of seed files")
    ap.add_argument("--sizes", type=lambda v: [int(x) for x in v.split(",")], help="e.g. 1000,4000,8000")
    ap.add_argument("--keep", type=Path, help="write seeds (with --http: the site, ~150 KB a page), warehouse "
                    "and the per-batch log here")


def main() -> None:
    a = args(__doc__, _sizes)
    sizes = a.sizes or ([20, 60] if a.small else ([100_000] if a.full else
                                                   [1_000, 2_000, 4_000] if a.http else [1_000, 4_000, 8_000]))
    rows, curves = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = a.keep or Path(tmp)
        tmp.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            seeds, log = Path(tmp) / f"seeds{n}", Path(tmp) / f"batches{n}.jsonl"
            with contextlib.ExitStack() as stack:
                if a.http:                  # a site on loopback with N pages and feeds of them
                    seeds.mkdir()
                    (Path(tmp) / f"site{n}").mkdir()
                    srv = stack.enter_context(StaticSite(Path(tmp) / f"site{n}"))
                    nbytes, paths = write_site(Path(tmp) / f"site{n}", n, srv.base)
                    feeds = [srv.url(f) for f in paths]
                else:
                    nbytes, feeds = write_seeds(seeds, n), []
                t0 = time.perf_counter()
                p = subprocess.run([PY, "-c", CHILD, str(seeds), str(Path(tmp) / f"wh{n}"), str(log), *feeds],
                                   capture_output=True, text=True, env={**os.environ, "STORYWATCH_HOST_DELAY": "0"})
            if p.returncode != 0:
                raise SystemExit(p.stderr[-3000:])
            r = json.loads(p.stdout.strip().splitlines()[-1])
            curves[n] = [json.loads(line) for line in log.read_text().splitlines()]
            rows.append({"articles": n, "input_bytes": nbytes, "wall_s": round(time.perf_counter() - t0, 1),
                         "run_s": round(r["seconds"], 1), "peak_rss_mb": round(r["peak_rss_mb"]),
                         "import_rss_mb": round(r["import_rss_mb"]), "versions": r["versions"],
                         "claims": r["claims"]})
    x = np.array([r["articles"] for r in rows], float)
    y = np.array([r["peak_rss_mb"] for r in rows], float)
    if len(x) == 1:                 # one backfill: fit the peak after each batch past its first tenth
        pts = [c for c in curves[sizes[0]] if c["articles"] >= sizes[0] / 10] or curves[sizes[0]]
        x = np.array([c["articles"] for c in pts], float)
        y = np.array([c["peak_rss_mb"] for c in pts], float)
    slope, icpt = np.polyfit(x, y, 1) if len(x) > 1 else (0.0, y[0])
    # a peak that falls as N grows is noise (the small sizes differ by a few MB): memory that does
    # not grow is flat, so the extrapolation never goes below the largest peak measured
    fitted, slope = slope, max(slope, 0.0)
    measured_100k = rows[-1]["articles"] >= 100_000
    peak_100k = rows[-1]["peak_rss_mb"] if measured_100k else max(slope * 100_000 + icpt, float(y.max()))
    per_article_s = rows[-1]["run_s"] / rows[-1]["articles"]
    ratio = GOAL_MB / peak_100k
    finish("memory-http" if a.http else "memory", ratio, {
        "goal": "peak RSS <= 1.5 GB at 100k articles, flat in N", "runs": rows,
        "input": "article pages over loopback HTTP, one RSS feed" if a.http else "seed files",
        "growth_kb_per_article": round(slope * 1024, 2), "growth_kb_per_article_fitted": round(fitted * 1024, 2),
        "peak_rss_100k_mb": round(peak_100k), "peak_rss_100k_is": "measured" if measured_100k else
        "EXTRAPOLATED (linear fit of the measured sizes)",
        "run_time_100k_s_extrapolated": round(per_article_s * 100_000),
        "floor": {"what": "RSS after imports in the same fresh process", "mb": rows[-1]["import_rss_mb"]},
        "peak_rss_after_each_batch": {str(n): c[:: max(1, len(c) // 40)] + c[-1:] for n, c in curves.items()},
    }, f"peak100k={'' if measured_100k else '~'}{peak_100k:.0f}MB "
       f"({'measured' if measured_100k else 'extrapolated'}) growth={slope * 1024:.1f}KB/article")


if __name__ == "__main__":
    main()
