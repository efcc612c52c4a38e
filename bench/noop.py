"""noop: `storywatch run` (the real CLI, fresh process) over warehouses of 1k/10k/100k stored versions
vs a trivial Prefect flow process, and runs with N new items (cost should be O(N), not O(stored)).

Warehouses are synthesized (bench/_synth.py: realistic sizes, Parquet mirror present, nothing due
for a revisit), the story has no feeds or pages and an empty seeds folder, so the run is a no-op.
floor: `python -c` running an async @flow that does nothing, in a fresh process, same environment
(no PREFECT_API_URL: both start Prefect's ephemeral server). Each is timed twice; the best counts.
ratio = floor ÷ storywatch no-op at the largest warehouse (goal: storywatch ≤ 1.5 × floor, i.e. ratio ≥ 0.67).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, args, finish  # noqa: E402

import _synth  # noqa: E402

FLOOR = ("import asyncio\nfrom prefect import flow\n@flow\nasync def noop():\n    return None\n"
         "asyncio.run(noop())\n")
STORY = 'slug = "bench"\nname = "bench"\nseeds = "seeds"\nterms = [["the", "a", "of"]]\n'
CLI = str(Path(PY).with_name("storywatch"))
# --small: Prefect's ephemeral server alone takes ~10 s to start here, too slow for a smoke, so the
# smoke times the Prefect-free pass (pipeline.run_story in a fresh process) against a fresh process
# importing the same modules. The full run times the real CLI against the empty Prefect flow.
SMALL_FLOOR = "import storywatch.pipeline, storywatch.story, storywatch.store.warehouse\n"
SMALL_RUN = ("import sys\nfrom storywatch.pipeline import run_story\nfrom storywatch.story import load_story\n"
             "from storywatch.store.warehouse import Warehouse\n"
             "run_story(load_story('bench'), Warehouse(sys.argv[1]), say=lambda *a: None)\n")


def timed(cmd: list[str], env: dict, reps: int = 2) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=env["BENCH_CWD"])
        s = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
        best = min(best, s)
    return best


def main() -> None:
    a = args(__doc__)
    sizes = [200] if a.small else [1_000, 10_000, 100_000]
    new_counts = [] if a.small else [10, 100]
    o_n_sizes = [] if a.small else [1_000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "stories").mkdir()
        (tmp / "stories" / "bench.toml").write_text(STORY)
        (tmp / "stories" / "seeds").mkdir()
        env = {**os.environ, "STORYWATCH_STORIES": str(tmp / "stories"), "PREFECT_HOME": str(tmp / "prefect"),
               "BENCH_CWD": str(tmp), "STORYWATCH_HOST_DELAY": "0"}
        env.pop("PREFECT_API_URL", None)
        env.pop("STORYWATCH_WAREHOUSE", None)
        if a.small:
            floor = timed([PY, "-c", SMALL_FLOOR], env, reps=1)
        else:
            timed([PY, "-c", FLOOR], env, reps=1)             # first start creates Prefect's database
            floor = timed([PY, "-c", FLOOR], env)
        curve, o_n = [], []
        pool = _synth.texts(200, 3000, __import__("numpy").random.default_rng(3))
        for n in sizes:
            wdir = tmp / f"wh{n}"
            t0 = time.perf_counter()
            _synth.build(wdir, "bench", n)
            build_s = time.perf_counter() - t0
            run = [CLI, "run", "--warehouse", str(wdir), "--story", "bench"]
            sw = timed([PY, "-c", SMALL_RUN, str(wdir)], env, reps=1) if a.small else timed(run, env)
            curve.append({"stored_versions": n, "storywatch_s": round(sw, 2), "floor_s": round(floor, 2),
                          "ratio": round(floor / sw, 3), "build_s": round(build_s, 1)})
            if n in o_n_sizes:
                for k in new_counts:
                    seeds = tmp / f"seeds{n}_{k}"
                    seeds.mkdir()
                    for i in range(k):
                        (seeds / f"{i:04d}_bench.txt").write_text(
                            f"Headline {n} {k} {i}\n\n{pool[(i * 7 + k) % len(pool)]} The contract is worth "
                            f"{1 + (i % 9) / 10:.1f} billion euros.\n", encoding="utf-8")
                    t0 = time.perf_counter()
                    p = subprocess.run(run + ["--seeds", str(seeds)], env=env, capture_output=True, text=True,
                                       cwd=tmp)
                    s = time.perf_counter() - t0
                    if p.returncode != 0:
                        raise SystemExit(p.stderr[-3000:])
                    o_n.append({"stored_versions": n, "new_items": k, "storywatch_s": round(s, 2),
                                "over_noop_s": round(s - sw, 2), "per_item_ms": round((s - sw) / k * 1000, 1),
                                "summary": p.stdout.strip().splitlines()[0][:200]})
            shutil.rmtree(wdir, ignore_errors=True)
    big = curve[-1]
    finish("noop", big["ratio"], {
        "goal": "storywatch no-op <= 1.5 x floor at 100k stored versions (ratio >= 0.67)",
        "floor": {"what": ("python -c: import the pipeline modules (--small: Prefect-free smoke)" if a.small else
                           "python -c: asyncio.run of an empty async @flow (fresh process)"), "seconds": round(floor, 2)},
        "storywatch": ("python -c: pipeline.run_story in a fresh process (--small smoke)" if a.small else
                       "storywatch run --warehouse W --story bench (real CLI, Prefect flow, fresh process)"),
        "curve": curve, "new_items": o_n,
    }, f"storywatch={big['storywatch_s']:.2f}s floor={floor:.2f}s stored={big['stored_versions']}")


if __name__ == "__main__":
    main()
