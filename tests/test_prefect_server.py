"""Deployments for real: `prefect server` on 127.0.0.1, the work pool, prefect.yaml, a worker.

Runs scripts/prefect_setup.sh (work pool, per-story concurrency limit, `prefect deploy --all`),
starts a process worker, triggers the poll deployment against feeds served on 127.0.0.1, waits for
the flow run to complete and checks the warehouse.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

pytestmark = pytest.mark.prefect
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "prefect server exited"
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("prefect server did not become healthy")


@pytest.fixture
def prefect_server(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false",
               PREFECT_WORKER_QUERY_SECONDS="1", PREFECT_WORKER_PREFETCH_SECONDS="1",
               STORYWATCH_HOME=str(ROOT), PREFECT=str(BIN / "prefect"))
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(api, server)
        yield env
    finally:
        server.terminate()
        server.wait(30)


def test_deploy_and_run_through_a_worker(prefect_server, tmp_path, monkeypatch):
    env = prefect_server
    setup = subprocess.run(["bash", "scripts/prefect_setup.sh"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    gcl = subprocess.run([env["PREFECT"], "gcl", "inspect", "storywatch-italy-spacex"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert gcl.returncode == 0 and "storywatch-italy-spacex" in gcl.stdout
    worker_env = dict(env, STORYWATCH_ALLOW_PRIVATE="1", STORYWATCH_HOST_DELAY="0")
    wlog = open(tmp_path / "worker.log", "w")
    worker = subprocess.Popen([env["PREFECT"], "worker", "start", "--pool", "storywatch"], cwd=tmp_path,
                              env=worker_env, stdout=wlog, stderr=subprocess.STDOUT)
    try:
        with LocalServer() as srv:
            srv.serve_coverage()
            wh = tmp_path / "wh"
            params = {"warehouse": str(wh), "feeds": [srv.url("/feeds/alert-atom.xml")]}
            script = ("import asyncio, json, sys\n"
                      "from prefect.deployments import run_deployment\n"
                      "fr = run_deployment('storywatch-run/italy-spacex-poll', "
                      "parameters=json.loads(sys.argv[1]), timeout=240)\n"
                      "print(fr.state.type.value, fr.name)\n")
            run = subprocess.run([sys.executable, "-c", script, json.dumps(params)], env=env,
                                 capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, run.stderr[-3000:]
            assert run.stdout.startswith("COMPLETED run italy-spacex"), (
                run.stdout + (tmp_path / "worker.log").read_text()[-3000:])
            assert srv.count("/feeds/alert-atom.xml") == 1
        con = duckdb.connect(str(wh / "storywatch.duckdb"), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM feed_polls").fetchall()[0][0] == 1
            assert con.execute("SELECT count(*) FROM versions").fetchall()[0][0] >= 4   # seeds + pages
            assert con.execute("SELECT count(*) FROM alerts").fetchall()[0][0] >= 1
        finally:
            con.close()
    finally:
        worker.terminate()
        worker.wait(30)
