"""Scale-out: the CPU stages on a 2-worker Dask LocalCluster give exactly the in-process result."""
import asyncio

import pytest

from storywatch.warehouse import Warehouse
from test_crash import COMPARE, FEEDS, snapshot

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

pytestmark = pytest.mark.prefect


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


def test_two_dask_workers_equal_the_in_process_run(harness, tmp_path, monkeypatch):
    from flows.storywatch_flows import run_story, task_runner
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0")
    with LocalServer() as srv:
        srv.serve_coverage()
        feeds = [srv.url(f) for f in FEEDS]
        local = asyncio.run(run_story(warehouse=str(tmp_path / "local"), feeds=feeds, allow_private=True))
        dask_flow = run_story.with_options(task_runner=task_runner("local:2"))
        on_dask = asyncio.run(dask_flow(warehouse=str(tmp_path / "dask"), feeds=feeds, allow_private=True))
    assert (on_dask.new_versions, len(on_dask.alerts)) == (local.new_versions, len(local.alerts))
    assert local.new_versions >= 6
    a, _, _ = snapshot(tmp_path / "local")
    b, _, _ = snapshot(tmp_path / "dask")
    for table in COMPARE:
        assert a[table] == b[table], table
