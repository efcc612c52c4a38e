"""sql: the README's ad-hoc SQL queries over 1M synthetic claims (+ 100k versions, 67k articles).

Each query is run the way `storywatch sql` runs it — a fresh read-only DuckDB connection, execute,
fetch every row — three times; the best time counts (the first, cold one is reported too).
ratio = 1 s ÷ the slowest query's time (goal: every query under a second, ratio ≥ 1).
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, Timer, args, finish  # noqa: E402

import _synth  # noqa: E402


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("Ad-hoc questions in SQL", 1)[1]
    block = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    return [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.strip().startswith("--")]


def main() -> None:
    a = args(__doc__)
    n_claims = 20_000 if a.small else 1_000_000
    per = 10
    queries = readme_queries()
    with tempfile.TemporaryDirectory() as tmp:
        with Timer() as build_t:
            wh = _synth.build(Path(tmp) / "wh", "bench", n_claims // per, claims_per_version=per,
                              text_chars=1500, bands=False, alerts=n_claims // 100, mirror=False)
        results = []
        for q in queries:
            times, rows = [], 0
            for _ in range(3):
                t0 = time.perf_counter()
                with wh.reader() as con:
                    rows = len(con.execute(q).fetchall())
                times.append(time.perf_counter() - t0)
            results.append({"query": q, "rows": rows, "best_s": round(min(times), 4),
                            "cold_s": round(times[0], 4)})
        with wh.reader() as con:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("claims", "versions", "articles", "alerts")}
    slowest = max(r["best_s"] for r in results)
    ratio = 1.0 / slowest
    finish("sql", ratio, {"rows": counts, "goal": "each query < 1 s (ratio >= 1)", "build_s": round(build_t.s, 1),
                          "queries": results, "floor": "1 second per query (the goal itself)",
                          "slowest_s": slowest},
           f"slowest={slowest * 1000:.0f}ms claims={counts['claims']}")


if __name__ == "__main__":
    main()
