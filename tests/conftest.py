from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPORA = ROOT.parent / "shared" / "corpora"
# Runs and benchmarks started by the tests (and their subprocesses) start an ephemeral Prefect
# server; Prefect's 20 s for it is short on a busy 2-core machine (the CLI sets the same).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def pytest_xdist_auto_num_workers(config):
    """``-n auto`` (pyproject's addopts): the whole suite (no paths named) runs on one worker per
    core, files kept whole on a worker (``--dist loadfile``: module fixtures such as a Prefect
    harness start once); a run of named files or tests stays in one process, as before.
    PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None                                   # xdist's own hook reads it
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return 0
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# The files that take longest, longest first: on several workers they start first, so that none of
# them is the last to start and ends the run alone (xdist hands out files in collection order).
LONGEST_FIRST = ("test_interrupt.py", "test_bench_smoke.py", "test_stories.py", "test_cli.py",
                 "test_prefect_server.py", "test_growth.py", "test_lifecycles.py", "test_subjects_growth.py",
                 "test_scaleout.py", "test_stories_side_by_side.py", "test_sql_readonly.py", "test_flow.py",
                 "test_libraries.py", "test_hostile.py", "test_serve.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))      # stable: file order kept


@pytest.fixture(scope="session", autouse=True)
def _isolated_prefect_home(tmp_path_factory):
    """Prefect's ephemeral server keeps its database under PREFECT_HOME: one per test session."""
    home = tmp_path_factory.mktemp("prefect-home")
    old = os.environ.get("PREFECT_HOME")
    os.environ["PREFECT_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("PREFECT_HOME", None)
    else:
        os.environ["PREFECT_HOME"] = old


@pytest.fixture
def story():
    from storywatch.story import load_story
    return load_story("italy-spacex")


@pytest.fixture
def warehouse(tmp_path):
    from storywatch.store.warehouse import Warehouse
    return Warehouse(tmp_path / "wh")


def corpus(name: str) -> Path:
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"corpus {path} is absent (CI has ../shared/corpora; a plain clone does not)")
    return path
