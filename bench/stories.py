"""stories: one `storywatch run --all-stories` no-op cycle over 200 story files vs one story's no-op
`storywatch run --story s000`, side by side in one run (real CLI, fresh process each, no
PREFECT_API_URL: each starts Prefect's ephemeral server once).

Each story has one small seed, already stored (stored beforehand in-process, without Prefect),
no feeds or pages, so a cycle has nothing new to do. Each command is timed twice, alternating; the
best counts. ratio = all-stories cycle ÷ one story's run (goal: <= 3: a cycle's cost grows with
its new work, not with the number of stories). Also timed, to say where the time goes: the
all-stories cycle over the first --forced stories with --run-idle (a subflow run for every story
even with nothing new), reported per story.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PY, args, finish  # noqa: E402

CLI = str(Path(PY).with_name("storywatch"))
TERMS = '[["Italy", "Rome"], ["SpaceX", "Starlink"]]'


def make(folder: Path, n: int) -> list[str]:
    stories, seeds = folder / "stories", folder / "seeds"
    stories.mkdir(parents=True)
    slugs = [f"s{i:03d}" for i in range(n)]
    for i, slug in enumerate(slugs):
        (seeds / slug).mkdir(parents=True)
        (seeds / slug / "001_seed.txt").write_text(
            f"Story {i}: Italy and SpaceX\n\nRome and SpaceX discuss contract {i}, worth {1 + i % 9}.{i % 10} "
            "billion euros, for Starlink secure communications.\n", encoding="utf-8")
        (stories / f"{slug}.toml").write_text(f'slug = "{slug}"\nname = "Story {i}"\nseeds = "../seeds/{slug}"\n'
                                              f"terms = {TERMS}\n", encoding="utf-8")
    return slugs


def store_all(folder: Path, wh: Path) -> float:
    """Store every story's seed once, in one process without Prefect (what a first cycle would do)."""
    code = ("import sys\nfrom pathlib import Path\nfrom storywatch.pipeline import run_story\n"
            "from storywatch.story import all_stories\nfrom storywatch.store import Warehouse\n"
            "wh = Warehouse(sys.argv[1])\n"
            "for path, st in all_stories(Path(sys.argv[2])):\n    run_story(st, wh, say=lambda *a: None)\n")
    t0 = time.perf_counter()
    subprocess.run([PY, "-c", code, str(wh), str(folder / "stories")], check=True)
    return time.perf_counter() - t0


def timed(cmd: list[str], env: dict, cwd: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=cwd)
    s = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
    return s, p.stdout


def main() -> None:
    a = args(__doc__, lambda ap: (ap.add_argument("--stories", type=int, default=200),
                                  ap.add_argument("--forced", type=int, default=20,
                                                  help="stories in the --run-idle cycle (0: skip it)")))
    n = 5 if a.small else a.stories
    forced_n = 0 if a.small else min(a.forced, n)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        slugs = make(tmp, n)
        wh = tmp / "wh"
        store_s = store_all(tmp, wh)
        env = {**os.environ, "STORYWATCH_STORIES": str(tmp / "stories"), "PREFECT_HOME": str(tmp / "prefect"),
               "STORYWATCH_HOST_DELAY": "0", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}
        env.pop("PREFECT_API_URL", None)
        env.pop("STORYWATCH_WAREHOUSE", None)
        one = [CLI, "run", "--warehouse", str(wh), "--story", slugs[0]]
        every = [CLI, "run", "--all-stories", "--warehouse", str(wh)]
        timed(one, env, tmp)                          # the first start creates Prefect's database
        ones, alls, out = [], [], ""
        for _ in range(2):                            # alternating: both see the same machine
            ones.append(timed(one, env, tmp)[0])
            s, out = timed(every, env, tmp)
            alls.append(s)
        last = out.strip().splitlines()[-1]
        if last != f"{n} stories: {n} idle":
            raise SystemExit(f"the all-stories cycle was not a no-op: {last}")
        forced = {}
        if forced_n:
            sub = tmp / "forced"
            (sub / "stories").mkdir(parents=True)
            for slug in slugs[:forced_n]:
                (sub / "stories" / f"{slug}.toml").write_text(
                    (tmp / "stories" / f"{slug}.toml").read_text().replace("../seeds/", str(tmp / "seeds") + "/"))
            fenv = {**env, "STORYWATCH_STORIES": str(sub / "stories")}
            fs, fout = timed(every + ["--run-idle"], fenv, tmp)
            forced = {"stories": forced_n, "seconds": round(fs, 2),
                      "per_story_s": round((fs - min(ones)) / forced_n, 3),
                      "what": "run --all-stories --run-idle: a run_story subflow for every story, each a no-op"}
    best_one, best_all = min(ones), min(alls)
    ratio = best_all / best_one
    finish("stories", ratio, {
        "goal": "all-stories no-op cycle over 200 stories <= 3 x one story's no-op run",
        "stories": n, "store_first_s": round(store_s, 1),
        "one_story": {"what": " ".join(["storywatch"] + one[1:3] + ["W", "--story", slugs[0]]),
                      "seconds": [round(x, 2) for x in ones]},
        "all_stories": {"what": "storywatch run --all-stories --warehouse W", "seconds": [round(x, 2) for x in alls],
                        "last_line": last},
        "forced": forced,
    }, f"all={best_all:.2f}s one={best_one:.2f}s stories={n}"
       + (f" forced_per_story={forced['per_story_s']:.2f}s" if forced else ""))


if __name__ == "__main__":
    main()
