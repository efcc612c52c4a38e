"""Shared helpers for the benchmarks: paths, machine facts, timing, the result line and JSON."""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# where results go: bench/results, or STORYWATCH_BENCH_RESULTS (the smoke test writes to a temp dir)
RESULTS = Path(os.environ.get("STORYWATCH_BENCH_RESULTS", ROOT / "bench" / "results"))
CORPORA = Path(os.environ.get("STORYWATCH_CORPORA", ROOT.parent / "shared" / "corpora"))
PY = sys.executable

# this checkout's code when nothing else provides it; appended, not put first, so PYTHONPATH can
# point a benchmark at another commit's src/ (side-by-side runs: docs/benchmarks.md, pass 8)
if str(ROOT / "src") not in sys.path:
    sys.path.append(str(ROOT / "src"))


def args(doc: str, extra=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--small", action="store_true", help="seconds-long smoke run (CI)")
    ap.add_argument("--full", action="store_true", help="largest sizes too (slow)")
    if extra:
        extra(ap)
    return ap.parse_args()


def need_corpus(sub: str) -> Path:
    path = CORPORA / sub
    if not path.exists():
        sys.exit(f"{path}: corpus not found; set STORYWATCH_CORPORA to the corpora folder")
    return path


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version
    for mod in ("duckdb", "trafilatura", "feedparser", "prefect", "numpy", "pyarrow"):
        try:
            versions[mod] = version(mod)        # metadata only: importing prefect costs ~1.5 s
        except PackageNotFoundError:
            versions[mod] = None
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), **versions}


def peak_rss_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.s = time.perf_counter() - self.t0


def finish(name: str, ratio: float, data: dict, tail: str = "") -> None:
    """Write bench/results/<name>.json and print the ratio line last."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    doc = {"name": name, "ratio": round(ratio, 4), "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "machine": machine(), "command": " ".join([".venv/bin/python"] + [os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:]),
           **data}
    # a smoke run writes <name>-small.json so it never clobbers the full result
    suffix = "-small" if "--small" in sys.argv else ""
    (RESULTS / f"{name}{suffix}.json").write_text(json.dumps(doc, indent=2, default=str) + "\n")
    sys.stdout.flush()
    print(f"{name} ratio={ratio:.2f} {tail}".rstrip(), flush=True)


class StaticSite:
    """A folder served over HTTP on 127.0.0.1 by ``python -m http.server`` in its own process,
    as a real site would be: its CPU is not the measured process's (an in-process server thread
    competed for the GIL with the pipeline it served)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def __enter__(self) -> "StaticSite":
        import subprocess

        self.proc = subprocess.Popen([PY, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                                      "--directory", str(self.folder)],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()          # "Serving HTTP on 127.0.0.1 port 41234 (...)"
        try:
            self.port = int(line.split(" port ")[1].split()[0])
        except (IndexError, ValueError):
            self.proc.kill()
            raise RuntimeError(f"http.server did not start: {line!r}") from None
        self.base = f"http://127.0.0.1:{self.port}"
        return self

    def url(self, path: str) -> str:
        return self.base + path

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
