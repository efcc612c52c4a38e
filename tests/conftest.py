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
