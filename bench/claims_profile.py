"""claims_profile: where the claims stage's time goes on the figure-dense pages (issue 24).

Not a ratio benchmark: it reads the generated pages of ``bench/_dense.py`` as the pipeline does
(``extract_page``, ``normalize_text``), then times ``claims_for`` alone, in CPU seconds of this
process (``time.process_time``: steadier than the wall clock on a shared machine), best of
--repeat passes:

- the stage per page and per word, English and Italian pages apart;
- linearity: the same sentences joined into texts of 1, 4 and 16 pages (µs per word should not grow);
- its parts: the functions ``storywatch.facts.claims`` calls per sentence or figure (sentence
  split, figures, subjects, figure roles, statuses, leads), each wrapped with a timer;
- --profile: cProfile's top functions (own time) under storywatch/facts and storywatch/text.

    .venv/bin/python bench/claims_profile.py [--pages 400] [--light] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _dense  # noqa: E402
import _common  # noqa: E402
from throughput import CLAIMS_PARTS  # noqa: E402

from storywatch.facts import claims as C  # noqa: E402
from storywatch.ingest.pages import extract_page  # noqa: E402
from storywatch.text.normalize import normalize_text  # noqa: E402

SRC = _common.ROOT / "src"     # on sys.path: _common appends it (this checkout's code)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--light", action="store_true", help="the pages without heavy site chrome (same articles)")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    ap.add_argument("--profile", action="store_true", help="cProfile's top functions too")
    a = ap.parse_args()
    docs = []
    for p in _dense.corpus(a.pages, chrome=not a.light):
        page = extract_page(p.html, f"https://{p.layout}.example/{p.pid}")
        norm = normalize_text(page.text, lambda _t: True, title=page.title)
        docs.append((p.lang, page.language, norm, len(norm.text.split())))

    def run(items) -> int:
        n = 0
        for _, lang, norm, _w in items:
            n += len(C.claims_for(norm, version_id="v", article_id="a", story="bench", run_id="r", lang=lang))
        return n

    def best(items) -> float:
        out = float("inf")
        for _ in range(a.repeat):
            t0 = time.process_time()
            run(items)
            out = min(out, time.process_time() - t0)
        return out

    run(docs)                                       # warm: first-call setup paid
    total, words, claims = best(docs), sum(d[3] for d in docs), run(docs)
    print(f"claims_for over {len(docs)} dense pages{' (light)' if a.light else ''}: {total:.2f} CPU s, "
          f"{total / len(docs) * 1e3:.2f} ms/page, {total / words * 1e6:.1f} µs/word, {claims / len(docs):.1f} claims/page")
    for lang in ("en", "it"):
        part = [d for d in docs if d[0] == lang]
        if part:
            s = best(part)
            print(f"  {lang}: {len(part)} pages, {s / len(part) * 1e3:.2f} ms/page, "
                  f"{s / sum(d[3] for d in part) * 1e6:.1f} µs/word")

    # linearity: the same English pages' texts joined 1, 4, 16 at a time
    en = [d for d in docs if d[0] == "en"][:16]
    if len(en) == 16:
        line = []
        for k in (1, 4, 16):
            joined = [("en", "en", normalize_text("\n".join(d[2].text for d in en[i:i + k]), lambda _t: True, title=None), 0)
                      for i in range(0, 16, k)]
            line.append(f"{k} page{'s' if k > 1 else ''} a text {best(joined) / sum(d[3] for d in en) * 1e6:.1f}")
        print("  linearity, µs/word: " + ", ".join(line))

    # parts: each function claims_for calls, timed in CPU seconds
    seconds: dict[str, float] = {}
    real = {}
    for name, label in CLAIMS_PARTS:
        fn = getattr(C, name, None)
        if not callable(fn):
            continue
        real[name] = fn

        def timed(*args, _fn=fn, _label=label, **kw):
            t0 = time.process_time()
            try:
                return _fn(*args, **kw)
            finally:
                seconds[_label] = seconds.get(_label, 0.0) + time.process_time() - t0
        setattr(C, name, timed)
    t0 = time.process_time()
    run(docs)
    wrapped = time.process_time() - t0
    for name, fn in real.items():
        setattr(C, name, fn)
    print(f"  parts (one wrapped pass, {wrapped:.2f} CPU s; the rest is claims_for's own loop and Claim records):")
    for label, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"    {label:14s} {s:6.2f} s  {s / len(docs) * 1e3:6.2f} ms/page  {s / wrapped:6.1%}")

    if a.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(docs)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(r"storywatch/(facts|text)", 25)
        print("\n".join(line for line in out.getvalue().splitlines() if "storywatch/" in line or "ncalls" in line))


if __name__ == "__main__":
    main()
