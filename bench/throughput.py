"""throughput: the whole pipeline over the Zyte article-extraction corpus vs bare trafilatura.extract.

storywatch: `run_story` with a local RSS feed listing the corpus pages, served on loopback by
`python -m http.server` in its own process, as a real site would be (STORYWATCH_HOST_DELAY=0,
allow_private, an empty seeds folder, a story whose terms match nearly everything) into a fresh
warehouse — fetch, extract, normalize, dedup, claims, detect, store.
floor: `trafilatura.extract` over the same decoded HTML, same process count (1).
ratio = storywatch pages/s ÷ floor pages/s (goal ≥ 0.8), each side timed after one untimed pass
of its own over every page (steady state: imports and first-call setup paid).

--repeat N: N rounds (floor, storywatch into a fresh warehouse, floor), the median ratio reported
(one round swings ±5% on a shared 2-core machine). --stages: each round also reports the seconds
of every stage of the run (wall clock in the run's thread, as a share of the floor), by wrapping
the pipeline's stage functions (and, inside the claims stage, the figure, subject, status… readers
that storywatch.facts.claims calls); the run's total is timed the same way either way.

--corpus dense (issue 24): instead of the Zyte pages, --pages N (default 400; --small: 12) generated
figure-dense news pages (bench/_dense.py: four outlet layouts, a quarter Italian, 400–900 words and
about ten figures and statuses a page), served and measured the same way; the result goes to
bench/results/throughput-dense.json. --light: the same articles without the heavy site chrome (mega
menus, teaser cards, footer columns, page-state script, ad slots: ~115 elements a page instead of
~600), where trafilatura costs least and the claims stage weighs most (throughput-dense-light.json).
"""
from __future__ import annotations

import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import StaticSite, Timer, args, finish, need_corpus  # noqa: E402
import _dense  # noqa: E402

os.environ["STORYWATCH_HOST_DELAY"] = "0"
# every page of the feed in one run (the collector lists 200 new entries of a feed a run by default;
# the dense corpus has 400): without this the run would store half of what the floor reads
os.environ["STORYWATCH_MAX_ENTRIES"] = "1000000"

import trafilatura  # noqa: E402

import storywatch.ingest.read as reading  # noqa: E402
import storywatch.pipeline as pipeline  # noqa: E402
from storywatch.story import Story  # noqa: E402
from storywatch.store.warehouse import Warehouse  # noqa: E402

TERMS = (("the", "a", "of", "and", "to", "in", "la", "de", "di", "il", "der", "die", "e", "o", "que"),)


def rss(base: str, ids: list[str]) -> str:
    items = "".join(f"<item><title>{i}</title><link>{base}/p/{i}.html</link><guid>{i}</guid></item>"
                    for i in ids)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>'
            f"<link>{escape(base)}</link><description>bench</description>{items}</channel></rss>")


# the stages --stages times: the run loop's stage, its name; mapped stages are timed over all batches
STAGES = (("collect", "poll feeds"), ("fetch", "fetch + read pages"), ("prepare", "normalize + MinHash"),
          ("plan", "plan + duplicates"), ("extract", "claims"), ("detect", "detect"),
          ("commit", "commit batch"), ("finish", "logs, run row, Parquet mirror"))
MAPPED = ("fetch", "prepare", "extract")
# inside the claims stage, the calls storywatch.facts.claims makes per sentence or figure (disjoint: none
# of them calls another through the module), timed as "of which claims: <label>"; a name the module no
# longer has is skipped
CLAIMS_PARTS = (("sentences", "sentences"), ("rewritten_sections", "rewrites"), ("extract_figures", "figures"),
                ("classify_subject", "subjects"), ("figure_context", "figure roles"),
                ("extract_statuses", "statuses"), ("_assign_leads", "leads"))


def _timed(real, label: str, seconds: dict[str, float], mapped: bool = False):
    def timed(*a, **k):
        t0 = time.perf_counter()
        try:
            out = real(*a, **k)
            return list(out) if mapped else out       # a mapped stage runs when its results are read
        finally:
            seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - t0
    return timed


def timed_stages(seconds: dict[str, float]) -> None:
    """Time each stage of the in-process run loop, so its wall-clock seconds add up in ``seconds``
    (bench only); and, inside fetching, the reading of pages."""
    from dataclasses import replace

    from storywatch.pipeline import loop
    loop.IN_PROCESS = replace(loop.IN_PROCESS, **{name: _timed(getattr(loop.IN_PROCESS, name), label, seconds,
                                                               name in MAPPED) for name, label in STAGES})
    reading.extract_page = _timed(reading.extract_page, "of which reading pages", seconds)
    from storywatch.facts import claims
    for name, label in CLAIMS_PARTS:
        if callable(getattr(claims, name, None)):
            setattr(claims, name, _timed(getattr(claims, name), f"of which claims: {label}", seconds))


def main() -> None:
    a = args(__doc__, lambda ap: (ap.add_argument("--repeat", type=int, default=1, help="rounds; median ratio"),
                                  ap.add_argument("--stages", action="store_true", help="seconds per stage"),
                                  ap.add_argument("--corpus", choices=("zyte", "dense"), default="zyte",
                                                  help="zyte: the 181 real pages; dense: generated figure-dense pages"),
                                  ap.add_argument("--pages", type=int, default=400,
                                                  help="--corpus dense: how many pages (--small: 12)"),
                                  ap.add_argument("--light", action="store_true",
                                                  help="--corpus dense: the same articles without the heavy site chrome")))
    if a.repeat < 1:
        sys.exit("--repeat: at least one round")
    if a.light and a.corpus != "dense":
        sys.exit("--light: only with --corpus dense")
    corpus_info: dict = {}
    if a.corpus == "dense":
        generated = _dense.corpus(12 if a.small else a.pages, chrome=not a.light)
        pages = {p.pid: p.html for p in generated}
        corpus_info = {"corpus": "dense" + ("-light" if a.light else ""), "dense": _dense.describe(generated)}
    else:
        files = sorted((need_corpus("article-extraction-benchmark") / "html").glob("*.html.gz"))
        if a.small:
            files = files[:12]
        pages = {f.name.removesuffix(".html.gz"): gzip.decompress(f.read_bytes()) for f in files}
    n = len(pages)
    nbytes = sum(len(b) for b in pages.values())
    seconds: dict[str, float] = {}
    if a.stages:
        timed_stages(seconds)

    # floor: bare trafilatura.extract over the same pages (decoded as upstream says: UTF-8); timed
    # before and after the storywatch pass and averaged, so load drift on a shared machine hits both
    def floor_pass() -> tuple[float, int]:
        with Timer() as t:
            ok = sum(1 for b in pages.values() if trafilatura.extract(b.decode("utf-8", "replace")))
        return t.s, ok

    floor_pass()            # warm-up, untimed (see the storywatch side)
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        (site / "p").mkdir(parents=True)
        (tmp / "seeds").mkdir()
        for pid, body in pages.items():
            (site / "p" / f"{pid}.html").write_bytes(body)
        with StaticSite(site) as srv:
            (site / "feed.xml").write_text(rss(srv.base, list(pages)), encoding="utf-8")
            story = Story(slug="bench", name="bench", description="", seeds=tmp / "seeds", terms=TERMS,
                          feeds=(), pages=(), path=tmp / "bench.toml")

            def run(into: str):
                return pipeline.run_story(story, Warehouse(tmp / into), seeds_dir=tmp / "seeds",
                                          feeds=[srv.url("/feed.xml")], allow_private=True, say=lambda *_: None)
            # steady state: a whole warm-up pass into another warehouse first, so imports and
            # first-call setup are paid before the timing, including setup only some pages reach
            # (dateparser builds its regexes, ~0.2 s, when htmldate's extensive search first runs)
            run("warm")
            for i in range(a.repeat):
                floor_before, extracted = floor_pass()
                seconds.clear()
                with Timer() as sw_t:
                    summary = run(f"wh{i}")
                floor_after, _ = floor_pass()
                floor_s = (floor_before + floor_after) / 2
                rounds.append({"floor_seconds": round(floor_s, 3),
                               "floor_before_after": [round(floor_before, 3), round(floor_after, 3)],
                               "storywatch_seconds": round(sw_t.s, 3), "ratio": round(floor_s / sw_t.s, 4),
                               **({"stages": {k: {"seconds": round(v, 3), "x_floor": round(v / floor_s, 3)}
                                              for k, v in seconds.items()}} if a.stages else {})})
                if a.stages:
                    print(f"round {i + 1}: ratio {floor_s / sw_t.s:.2f}, storywatch {sw_t.s:.2f} s, floor "
                          f"{floor_s:.2f} s; " + ", ".join(f"{k} {v / floor_s:.3f}" for k, v in seconds.items()),
                          flush=True)

    median = statistics.median(r["ratio"] for r in rounds)
    mid = min(rounds, key=lambda r: abs(r["ratio"] - median))     # the pages/s shown: the median round's
    floor_ps, sw_ps = n / mid["floor_seconds"], n / mid["storywatch_seconds"]
    finish("throughput" + ("-" + corpus_info["corpus"] if corpus_info else ""), median, {
        **corpus_info, "pages": n, "html_bytes": nbytes, "processes": 1, "goal": ">= 0.8", "repeat": a.repeat,
        "ratios": [r["ratio"] for r in rounds],
        "floor": {"what": "trafilatura.extract(html) per page", "extracted": extracted,
                  "pages_per_s": round(floor_ps, 2)},
        "storywatch": {"what": "run_story(feed of all pages over loopback HTTP) into a fresh warehouse",
                       "pages_per_s": round(sw_ps, 2), "new_versions": summary.new_versions,
                       "rejected": summary.rejected, "claims": summary.new_claims,
                       "source_errors": len(summary.errors), "server": "python -m http.server, its own process"},
        "rounds": rounds,
    }, f"storywatch={sw_ps:.1f}pages/s floor={floor_ps:.1f}pages/s pages={n}"
       + (f" rounds={a.repeat} min={min(r['ratio'] for r in rounds):.2f} max={max(r['ratio'] for r in rounds):.2f}"
          if a.repeat > 1 else ""))


if __name__ == "__main__":
    main()
