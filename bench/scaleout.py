"""scaleout: the CPU stages on N Dask workers (prefect-dask's DaskTaskRunner) vs one worker.

Input: the 181 pages of the Zyte article-extraction corpus, ``--copies`` times (default 4) —
extraction-heavy input, no network. A task gets its pages' places in the corpus and loads them
itself, as each fetch task of `storywatch run` fetches its own pages (page bodies never travel
through the flow or the scheduler: only requests go out, texts come back). Work per task: one batch of
``--batch`` pages (default ``pipeline.PAGE_BATCH``, what `storywatch run` reads per task) through
the same functions `storywatch run` maps on its task runner — ``ingest.read_pages`` (the reading
half of each fetch task, ``ingest.fetch_pages``: trafilatura + metadata + identity),
``text.prepare`` (normalize, relevance, MinHash) and ``facts.claims_for`` (figures, statuses,
roles). Each N runs one Prefect flow on storywatch's DaskTaskRunner
(``flows.dask_runner.task_runner``) against a fresh LocalCluster of N
single-threaded worker processes made by ``flows.dask_runner.local_cluster`` (as `storywatch
run --dask local:N` makes it: the workers report to the flow's Prefect API), each warmed first
(imports, caches); the map over the batches is timed inside the flow (start-up excluded).
Side by side, the physical ceiling: the same batches on a ``multiprocessing`` pool of N processes.

    .venv/bin/python bench/scaleout.py [--workers 1,2] [--copies 4] [--batch 100] [--repeat 3] [--small]
    .venv/bin/python bench/scaleout.py --workers 1,2,4,8,16 --copies 32  # a 16-core machine (58 tasks)
    .venv/bin/python bench/scaleout.py --workers 1,2,4,8,16 --copies 32 --wait 17  # orchestration only

``--repeat R`` runs R rounds over every N (Dask then pool for each) and takes the medians.
ratio = speedup at the largest N ÷ the pool's speedup at that N (1.0: as good as bare processes).
Each row of the JSON also has ``dask_busy``, the share of the N workers' time in the map spent in
task runs (Dask's task stream), and ``task_bound``, the speedup whole tasks allow when all take
as long (tasks ÷ rounds of N): a speedup short of the pool's with the workers busy is slower
tasks (contention), with them idle is scheduling or too few tasks.

``--wait MS``: each task sleeps MS per page instead of doing the work (the pool's too), so the
workers need no cores: what is left is the orchestration alone — Prefect's engine around each
task, its API server, the flow's submissions, Dask's scheduler and nannies. It can be measured at
16 workers on a machine with fewer cores, and says whether storywatch's Prefect and Dask wiring
could keep 16 workers fed; how trafilatura itself scales over 16 cores it cannot say. Its
results go to ``scaleout-wait.json``.
Goals (issue 6): ≥ 1.8× at 2 workers on 2 cores; ≥ 10× at 16 workers on 16 cores.
"""
from __future__ import annotations

import gzip
import multiprocessing as mp
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, Timer, args, finish, need_corpus  # noqa: E402

sys.path.insert(0, str(ROOT))

from storywatch.facts import claims as facts  # noqa: E402
from storywatch import pipeline  # noqa: E402
from storywatch.text import prepare  # noqa: E402
from storywatch.ingest.read import Fetched, read_pages  # noqa: E402
from storywatch.ingest.fetch import FetchResult  # noqa: E402
from storywatch.story import Story  # noqa: E402

NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)
STORY = Story(slug="bench", name="bench", description="", seeds=Path("."),
              terms=(("the", "a", "of", "and", "la", "de", "di", "der", "e"),), feeds=(), pages=(), path=Path("."))


Ref = tuple[int, int, int, str]      # copy, page, position in the input, corpus file


def fetched(batch: list[Ref]) -> list[Fetched]:
    """The batch's pages as the fetcher hands them to ``read_pages``, loaded from the corpus."""
    out = []
    for copy, page, position, path in batch:
        url = f"https://example.org/{copy}/{page}.html"
        body = gzip.decompress(Path(path).read_bytes())
        out.append(Fetched(url, "feed", None, position, FetchResult(url, url, 200, body, "text/html",
                                                                    None, None, None, (), False)))
    return out


def work(batch: list[Ref]) -> int:
    """One task: load and read the pages, prepare them, extract their claims; returns claims made."""
    read = read_pages(fetched(batch), STORY.slug, NOW, "bench-run")
    n = 0
    for p in prepare(read.docs, STORY):
        n += len(facts.claims_for(p.norm, version_id=p.doc.url, article_id=p.doc.url, story=STORY.slug,
                                  run_id="bench-run"))
    return n


def nap(batch: list[float]) -> int:
    """``--wait``'s task: as long as the work, without it (a batch is each page's seconds)."""
    time.sleep(sum(batch))
    return len(batch)


def load(copies: int, small: bool, batch: int) -> list[list[Ref]]:
    files = sorted((need_corpus("article-extraction-benchmark") / "html").glob("*.html.gz"))[: 16 if small else None]
    refs = [(c, i, c * len(files) + i, str(f)) for c in range(copies) for i, f in enumerate(files)]
    return pipeline.batches(refs, 4 if small else batch)


def naps(batches: list[list[Ref]], ms: float) -> list[list[float]]:
    """The same batches, each page replaced by the seconds it sleeps."""
    return [[ms / 1000] * len(b) for b in batches]


_PASS: dict = {}     # the Dask pass under way (batches, task function): read by the flow, in this process
WORK = "read+prepare+claims"     # the timed task's name, which starts its Dask keys


def _stages(n: int) -> tuple[float, float]:
    """The timed flow body: seconds, and the workers' busy share. It takes its batches from
    ``_PASS``, not from a closure: the flow goes with every task to the workers (Prefect ships the
    flow-run context), and a flow closing over the input shipped all of it with each task (when it
    held the page bodies: 30 MB with each of 29 tasks); a module-level function is sent by
    reference, as `storywatch run`'s flow is."""
    from prefect.context import get_run_context

    from flows.storywatch_flows import stage      # Prefect's task, made as storywatch's are (NO_CACHE)

    batches, fn = _PASS["batches"], _PASS["work"]
    t_work = stage(fn, name=WORK)
    t_warm = stage(fn, name="warm")
    # Prefect's task engine in each worker process (client, settings) warms on its first task
    [f.result() for f in t_warm.map([batches[0][:1]] * (4 * n))]
    client = get_run_context().task_runner.client
    client.get_task_stream(count=1)                  # the scheduler records its task stream from here on
    started, t0 = time.time(), time.perf_counter()
    [f.result() for f in t_work.map(batches)]
    seconds = time.perf_counter() - t0
    return seconds, busy(client.get_task_stream(start=started), seconds, n)


def busy(stream: list[dict], seconds: float, n: int) -> float:
    """The share of the n workers' time during the map that went to task runs (Prefect's engine
    and the work: Dask's task stream), so that a speedup short of the pool's says whether the
    workers sat idle (scheduling, too few tasks) or ran slower (contention)."""
    spent = sum(ss["stop"] - ss["start"] for t in stream if t["key"].startswith(WORK)
                for ss in t["startstops"] if ss["action"] == "compute")
    return round(spent / (n * seconds), 3)


def dask_pass(batches, n: int, fn=work) -> tuple[float, float]:
    """One flow on DaskTaskRunner against a LocalCluster of n workers (warmed through the
    cluster's own client first, as an existing cluster would be): seconds, and the workers'
    busy share."""
    from distributed import Client
    from prefect import flow

    from flows.dask_runner import local_cluster, task_runner   # what `storywatch run --dask` uses

    with local_cluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(fn, batches[0][:1])                     # on every worker: imports, caches
        _PASS.update(batches=batches, work=fn)
        try:
            stages = flow(_stages, name=f"scaleout-{n}", task_runner=task_runner(cluster.scheduler_address),
                          log_prints=False)
            return stages(n)
        finally:
            _PASS.clear()


def pool_pass(batches, n: int, fn=work) -> float:
    with mp.get_context("spawn").Pool(n) as pool:
        pool.map(fn, [batches[0][:1]] * n, chunksize=1)     # warm (not every process for sure)
        with Timer() as t:
            pool.map(fn, batches, chunksize=1)
    return t.s


def main() -> None:
    a = args(__doc__, lambda ap: (ap.add_argument("--workers", default="1,2"),
                                  ap.add_argument("--copies", type=int, default=4),
                                  ap.add_argument("--batch", type=int, default=pipeline.PAGE_BATCH,
                                                  help="pages per task (default: storywatch's PAGE_BATCH)"),
                                  ap.add_argument("--repeat", type=int, default=1,
                                                  help="rounds over every N; medians count (a shared machine)"),
                                  ap.add_argument("--wait", type=float, default=None, metavar="MS",
                                                  help="tasks sleep MS per page instead of working: "
                                                       "the orchestration alone")))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")   # no network from here
    ns = sorted({int(x) for x in a.workers.split(",")} | {1})
    batches = load(1 if a.small else a.copies, a.small, a.batch)
    pages = sum(len(b) for b in batches)
    fn = work
    if a.wait is not None:
        fn, batches = nap, naps(batches, a.wait)
    runs: dict[int, dict[str, list[float]]] = {n: {"dask": [], "pool": [], "busy": []} for n in ns}
    for _ in range(a.repeat):       # rounds, not repeats in a row: load drift hits every N alike
        for n in ns:
            seconds, share = dask_pass(batches, n, fn)
            runs[n]["dask"].append(round(seconds, 3))
            runs[n]["busy"].append(share)
            runs[n]["pool"].append(round(pool_pass(batches, n, fn), 3))
            print(f"{n:>2} workers: dask {seconds:.2f} s (workers busy {share:.0%}), "
                  f"pool {runs[n]['pool'][-1]:.2f} s", flush=True)
    rows = [{"workers": n, "dask_s": statistics.median(r["dask"]), "pool_s": statistics.median(r["pool"]),
             "dask_runs_s": r["dask"], "pool_runs_s": r["pool"], "dask_busy": statistics.median(r["busy"]),
             # the speedup whole tasks allow when all take as long: tasks ÷ rounds of n tasks
             "task_bound": round(len(batches) / -(-len(batches) // n), 2)} for n, r in runs.items()]
    base = rows[0]
    for r in rows:
        r["dask_speedup"] = round(base["dask_s"] / r["dask_s"], 3)
        r["pool_speedup"] = round(base["pool_s"] / r["pool_s"], 3)
        r["dask_pages_per_s"] = round(pages / r["dask_s"], 1)
    top = rows[-1]
    ratio = top["dask_speedup"] / top["pool_speedup"]
    finish("scaleout" if a.wait is None else "scaleout-wait", ratio,
           {"pages": pages, "batch": a.batch, "tasks": len(batches), "cores": os.cpu_count(),
            "repeat": a.repeat, "wait_ms_per_page": a.wait, "rows": rows},
           f"workers={top['workers']} dask_speedup={top['dask_speedup']:.2f} pool_speedup={top['pool_speedup']:.2f} "
           f"pages={pages}")


if __name__ == "__main__":
    # run as the importable module `scaleout` (bench/ is on sys.path, the workers' too): its
    # functions then pickle by reference, not by value with the globals they touch
    import scaleout

    scaleout.main()
