"""storywatch's task runner: in-process threads, or Dask through prefect-dask's DaskTaskRunner.

Three things differ from prefect-dask's own runner, each measured (docs/benchmarks.md): a
submission is not tokenized by Dask; the flow's settings are serialized once, not for each
submission; and a worker thread keeps Prefect's settings and API client from one task run to the
next instead of building them again for each.
"""
from __future__ import annotations

import contextlib
import functools
import os
import threading

# Prefect settings and API clients one worker thread keeps; a flow run's settings are one entry,
# so more than a few means a worker shared by runs against different Prefect APIs
_KEPT_PER_THREAD = 4


def task_runner(spec: str | None = None):
    """The flow's task runner: in-process threads, or Dask when ``STORYWATCH_DASK`` (or ``spec``) is
    ``local:<workers>`` (a LocalCluster of that many worker processes) or a scheduler address
    (``tcp://host:8786``) of an existing cluster."""
    spec = spec if spec is not None else os.environ.get("STORYWATCH_DASK", "")
    if not spec:
        from prefect.task_runners import ThreadPoolTaskRunner
        return ThreadPoolTaskRunner(max_workers=1)
    runner = _dask_runner_class()
    if spec.startswith("local:"):
        n = int(spec.split(":", 1)[1])
        return runner(cluster_class=local_cluster,
                      cluster_kwargs={"n_workers": n, "threads_per_worker": 1,
                                      "processes": True, "dashboard_address": None})
    return runner(address=spec)


@functools.cache
def _dask_runner_class():
    """prefect-dask's DaskTaskRunner, submitting ``run_on_worker`` with ``pure=False``.

    Its client submits with Dask's default ``pure=True``: Dask then tokenizes every argument to
    name the task (pickling each page body and record of a batch) although Prefect's own task-run
    id makes every submission unique anyway; that pickling is most of the flow process's CPU per
    task. Its client also sends Prefect's ``run_task_sync``, which builds the flow's settings and a
    new API client for every task run; ``run_on_worker`` runs the same engine with those kept.
    And the flow's settings are serialized once, not per submission (``serialized_context``).
    (prefect-dask is pinned in requirements.lock; ``submit`` mirrors ``PrefectDaskClient.submit``.)
    """
    from uuid import uuid4

    from distributed import Future
    from prefect.utilities.engine import collect_task_run_inputs_sync
    from prefect_dask import DaskTaskRunner
    from prefect_dask.task_runners import PrefectDaskFuture

    class StorywatchDaskRunner(DaskTaskRunner):
        def submit(self, task, parameters, wait_for=None, dependencies=None):
            if not self._started:
                raise RuntimeError("The task runner must be started before submitting work.")
            parameters = self._optimize_futures(parameters)
            wait_for = self._optimize_futures(wait_for) if wait_for else None
            if task.isasync:      # none of storywatch's: prefect-dask's own path (asyncio.run per task)
                future = self.client.submit(task, parameters=parameters, wait_for=wait_for,
                                            dependencies=dependencies, return_type="state", pure=False)
                return PrefectDaskFuture(wrapped_future=future, task_run_id=future.task_run_id)
            task_run_id = uuid4()
            inputs = {k: collect_task_run_inputs_sync(v, future_cls=Future) for k, v in parameters.items()}
            if dependencies:
                inputs = {k: v.union(dependencies.get(k, set())) for k, v in inputs.items()}
            context = serialized_context({"task": task, "task_run_id": task_run_id, "task_inputs": inputs,
                                          "copy_to_child_ctx": True})
            future = self.client.submit(run_on_worker, task=task, task_run_id=task_run_id, parameters=parameters,
                                        wait_for=wait_for, dependencies=inputs, context=context,
                                        key=f"{task.name}-{task_run_id}", pure=False)
            return PrefectDaskFuture(wrapped_future=future, task_run_id=task_run_id)

    return StorywatchDaskRunner


def serialized_context(asset_ctx_kwargs: dict) -> dict:
    """Prefect's ``serialize_context(asset_ctx_kwargs)``, the settings serialized once per settings
    context rather than once per submission.

    Prefect dumps the whole settings model (every value visited for secrets) for every task it
    submits: most of a submission's CPU in the flow, for the same dict every time within a flow
    run. (Prefect's own ProcessPoolTaskRunner keeps its whole serialized context for the runner's
    life.) The rest mirrors Prefect 3.8's function (pinned in requirements.lock;
    tests/test_scaleout.py compares the two).
    """
    import prefect.context as pc

    flow_run, task_run, tags = pc.EngineContext.get(), pc.TaskRunContext.get(), pc.TagsContext.get()
    deployment_id = pc._deployment_id.get()
    return {
        "flow_run_context": flow_run.serialize() if flow_run else {},
        "task_run_context": task_run.serialize() if task_run else {},
        "tags_context": tags.serialize() if tags else {},
        "settings_context": _settings_serialized(pc.SettingsContext.get()),
        "asset_context": pc.AssetContext.from_task_and_inputs(**asset_ctx_kwargs).serialize(),
        "deployment_id": str(deployment_id) if deployment_id else None,
        "deployment_parameters": pc._deployment_parameters.get(),
    }


_settings_last: tuple = (None, {})      # the settings context last serialized, and its dict


def _settings_serialized(settings) -> dict:
    global _settings_last
    if settings is None:
        return {}
    last, serialized = _settings_last
    if last is not settings:
        serialized = settings.serialize()
        _settings_last = (settings, serialized)
    return serialized


_thread = threading.local()


def run_on_worker(task, context: dict, **run):
    """One task run on a Dask worker: Prefect's own ``run_task_sync``, with the flow's settings and
    an open API client kept by this worker thread across task runs.

    ``run_task_sync`` given a serialized context validates the flow's settings into a new
    ``SettingsContext`` (reading env files, prefect.toml and the profiles file again) and opens a
    new API client, twice, each loading the CA certificates into a fresh SSL context: nearly all
    of a no-op task's time on a worker. The settings are fully given by the flow's serialized
    settings, so equal ones make an equal context; the client is the one ``get_client`` would make
    under them.
    The task's own contexts (flow run, task run, tags, assets) are still built from ``context``.
    """
    from prefect.context import SyncClientContext
    from prefect.task_engine import run_task_sync

    settings, client = _kept(context.get("settings_context") or {})
    with settings:
        token = SyncClientContext.__var__.set(client)
        try:
            return run_task_sync(task, context={**context, "settings_context": {}}, return_type="state", **run)
        finally:
            SyncClientContext.__var__.reset(token)


def _kept(serialized: dict):
    """This thread's settings context and entered client context for ``serialized`` settings,
    made on first use (the oldest dropped, its client closed, past ``_KEPT_PER_THREAD``)."""
    from prefect.context import SettingsContext, SyncClientContext

    kept = _thread.__dict__.setdefault("kept", [])
    for key, settings, client in kept:
        if key == serialized:
            return settings, client
    settings = SettingsContext(**serialized) if serialized else contextlib.nullcontext()
    with settings:
        client = SyncClientContext()
        client.client.__enter__()          # opened once, for every task run of this thread
        if SettingsContext.get().settings.client.server_version_check_enabled:   # as its __enter__ does
            client.client.raise_for_api_version_mismatch_once()
    kept.append((serialized, settings, client))
    if len(kept) > _KEPT_PER_THREAD:
        kept.pop(0)[2].client.__exit__(None, None, None)
    return settings, client


# Dask's timers in the scheduler, each nanny and each worker, at 10x (tick), 4x and 5x their
# defaults (20 ms, 500 ms, 100 ms): an idle LocalCluster then spends a third or less of the CPU
# it spends with the defaults (docs/benchmarks.md).
# The tick only measures the event loop's delay (a stall over distributed.admin.tick.limit, 3 s,
# is still logged); the system monitor's CPU and memory figures feed the dashboard and
# heartbeats; the memory monitor still checks a worker's memory limit twice a second.
_HOUSEKEEPING = {
    "distributed.admin.tick.interval": "200ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


def local_cluster(**kwargs):
    """A Dask LocalCluster whose workers report their task runs to this flow's Prefect API.

    DaskTaskRunner creates the cluster when the flow submits its first task. A worker process
    that finds no PREFECT_API_URL starts an ephemeral Prefect server of its own: its task runs
    would be recorded there, not with the flow, and each such server costs CPU beside the tasks.
    The workers get the flow's API address instead (Nanny ``env``).

    Its workers do not run Dask's statistical profiler, which samples every task thread's stack
    each 10 ms for the dashboard's profile page: these clusters have no dashboard, and it is about
    half of a worker's own CPU besides its tasks. And its housekeeping runs less often
    (``_HOUSEKEEPING``): the flow's process hosts the scheduler and every worker's nanny, so it
    pays each timer once per worker.
    """
    import dask
    from distributed import LocalCluster
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        api = str(client.api_url)
    env = {"PREFECT_API_URL": api.rstrip("/"), **kwargs.pop("env", {})}
    quiet = {"distributed.worker.profile.enabled": False, **_HOUSEKEEPING}
    with dask.config.set(quiet):        # the Nanny hands it on to its worker
        return LocalCluster(env=env, **kwargs)
