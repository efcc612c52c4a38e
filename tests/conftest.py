from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPORA = ROOT.parent / "shared" / "corpora"


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
