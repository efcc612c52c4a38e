"""Scale-out: the CPU stages on a 2-worker Dask LocalCluster give exactly the in-process result."""
import asyncio

import pytest

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
    from flows.dask_runner import task_runner
    from flows.storywatch_flows import run_story
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


def test_dask_workers_report_task_runs_to_the_flows_api(harness, tmp_path, monkeypatch):
    """Without PREFECT_API_URL a worker process starts an ephemeral server of its own and its task
    runs never reach the flow's API; local_cluster hands the workers the flow's address (and turns
    off Dask's profiler, which samples each task thread every 10 ms for a dashboard these have not,
    and slows the housekeeping timers of the workers and the scheduler)."""
    from prefect import flow, task
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.context import get_run_context

    from flows.dask_runner import task_runner

    @task
    def where(i: int) -> tuple[str, bool, tuple]:
        import os

        import dask
        from distributed import get_worker
        timers = get_worker().periodic_callbacks
        return (os.environ.get("PREFECT_API_URL", ""), dask.config.get("distributed.worker.profile.enabled"),
                tuple(timers[k].callback_time for k in ("tick", "monitor", "memory_monitor")))

    def scheduler_tick(dask_scheduler):
        return dask_scheduler.periodic_callbacks["tick"].callback_time

    @flow(task_runner=task_runner("local:2"))
    def probe():
        urls = [f.result() for f in where.map(range(4))]
        run = get_run_context()
        return urls, run.task_runner.client.run_on_scheduler(scheduler_tick), run.flow_run.id

    urls, tick, run_id = probe()
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])))
    # no profiler (no dashboard reads it); tick, system monitor, memory monitor at 200/2000/500 ms
    assert set(urls) == {(api, False, (200, 2000, 500))}
    assert tick == 200
    assert len([r for r in runs if r.name.startswith("where")]) == 4


def test_dask_submissions_are_not_tokenized(harness):
    """Dask names a pure submission by tokenizing (pickling) its arguments — a batch's page bodies;
    storywatch's runner submits with pure=False, so the Dask key ends in a fresh UUID."""
    import re

    from prefect import flow, task

    from flows.dask_runner import task_runner

    @task
    def size(batch: list[bytes]) -> int:
        return sum(map(len, batch))

    @flow(task_runner=task_runner("local:1"))
    def probe():
        futures = size.map([[b"x" * 1000] * 3, [b"y" * 10] * 2])
        return [f.wrapped_future.key for f in futures], [f.result() for f in futures]

    keys, sizes = probe()
    assert sizes == [3000, 20]
    uuid = re.compile(r"-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    assert all(uuid.search(k) for k in keys), keys


def test_a_dask_worker_keeps_prefects_client_across_task_runs_and_follows_each_runs_settings(harness):
    """A worker thread opens Prefect's API client once, not per task run (with the settings it was
    built under: ~85 ms of each task run); every flow run's own settings still reach its tasks, on a
    cluster shared by runs with different settings."""
    from distributed import Client
    from prefect import flow, task
    from prefect.client.orchestration import get_client
    from prefect.context import get_run_context
    from prefect.settings import PREFECT_TASK_DEFAULT_RETRIES, temporary_settings

    from flows.dask_runner import local_cluster, task_runner

    @task
    def probe(i: int):
        client = get_client(sync_client=True)
        seen = getattr(client, "_storywatch_probe", None)
        client._storywatch_probe = i
        return seen, PREFECT_TASK_DEFAULT_RETRIES.value(), str(get_run_context().task_run.id)

    with local_cluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        @flow(task_runner=task_runner(cluster.scheduler_address))
        def run():
            return [probe.submit(i).result() for i in range(4)]

        with temporary_settings(updates={PREFECT_TASK_DEFAULT_RETRIES: 3}):
            first = run()
        with temporary_settings(updates={PREFECT_TASK_DEFAULT_RETRIES: 5}):
            second = run()
    assert [seen for seen, _, _ in first] == [None, 0, 1, 2]          # one client, kept
    assert {retries for _, retries, _ in first} == {3}
    assert [seen for seen, _, _ in second] == [None, 0, 1, 2]         # other settings: another client
    assert {retries for _, retries, _ in second} == {5}
    assert len({run_id for _, _, run_id in first + second}) == 8


def test_async_tasks_still_run_on_dask(harness):
    """storywatch's tasks are all sync; an async one goes through prefect-dask's own path."""
    from prefect import flow, task

    from flows.dask_runner import task_runner

    @task
    async def double(i: int) -> int:
        return 2 * i

    @flow(task_runner=task_runner("local:1"))
    def run():
        return [f.result() for f in double.map(range(3))]

    assert run() == [0, 2, 4]


def test_the_submitted_context_is_prefects_with_the_settings_serialized_once(harness):
    """The runner's context for a submission equals Prefect's ``serialize_context``; the settings
    part is dumped once per settings context, again when the settings change."""
    from uuid import uuid4

    from prefect import flow, tags, task
    from prefect.context import serialize_context
    from prefect.settings import PREFECT_TASK_DEFAULT_RETRIES, temporary_settings

    from flows.dask_runner import serialized_context

    @task
    def noop(i: int) -> int:
        return i

    @flow
    def contexts():
        asset = {"task": noop, "task_run_id": uuid4(), "task_inputs": {"i": set()}, "copy_to_child_ctx": True}
        with tags("storywatch-test"):
            ours, first = serialized_context(asset), serialized_context(asset)
            prefects = serialize_context(asset)
            with temporary_settings(updates={PREFECT_TASK_DEFAULT_RETRIES: 7}):
                again, theirs_again = serialized_context(asset), serialize_context(asset)
        return ours, first, prefects, again, theirs_again

    ours, first, prefects, again, theirs_again = contexts()
    assert ours == prefects and again == theirs_again
    assert ours["flow_run_context"] and ours["tags_context"] and ours["asset_context"]
    assert first["settings_context"] is ours["settings_context"]          # dumped once
    assert again["settings_context"] != ours["settings_context"]          # new settings, new dump
    assert again["settings_context"]["settings"]["tasks"]["default_retries"] == 7
