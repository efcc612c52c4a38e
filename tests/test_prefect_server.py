"""Deployments for real: `prefect server` on 127.0.0.1, the work pool, prefect.yaml, a worker.

Runs scripts/prefect_setup.sh (work pool, per-story concurrency limits, `prefect deploy --all`),
starts a process worker, triggers the poll-all deployment over a stories folder whose story polls
a feed served on 127.0.0.1, waits for the flow run to complete and checks the warehouse; then adds
a story file to the folder and checks that the next poll-all run gives it its own subflow run and
its data, with no new deployment.
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


RUNS = ("import asyncio, json\n"
        "from prefect.client.orchestration import get_client\n"
        "async def main():\n"
        "    async with get_client() as c:\n"
        "        runs = await c.read_flow_runs()\n"
        "    print(json.dumps([{'name': r.name, 'sub': r.parent_task_run_id is not None,\n"
        "                       'state': r.state.type.value} for r in runs]))\n"
        "asyncio.run(main())\n")
TRIGGER = ("import asyncio, json, sys\n"
           "from prefect.deployments import run_deployment\n"
           "fr = run_deployment('storywatch-run-all/poll-all', parameters=json.loads(sys.argv[1]), timeout=240)\n"
           "print(fr.state.type.value, fr.name)\n")


def _story(folder: Path, slug: str, feeds: list[str]) -> None:
    """A story with the shipped story's terms and seeds (a copy), polling ``feeds``."""
    seeds = folder.parent / "seeds" / slug
    seeds.mkdir(parents=True)
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        seeds.joinpath(f.name).write_bytes(f.read_bytes())
    text = (ROOT / "stories" / "italy-spacex.toml").read_text(encoding="utf-8")
    text = text.replace('slug = "italy-spacex"', f'slug = "{slug}"').replace('seeds = "../seeds"',
                                                                             f'seeds = "../seeds/{slug}"')
    text = text.replace("feeds = []", f"feeds = {json.dumps(feeds)}")
    (folder / f"{slug}.toml").write_text(text, encoding="utf-8")


def _flow_runs(env) -> list[dict]:
    p = subprocess.run([sys.executable, "-c", RUNS], env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-3000:]
    return json.loads(p.stdout)


def test_deploy_and_run_through_a_worker(prefect_server, tmp_path, monkeypatch):
    env = prefect_server
    stories = tmp_path / "stories"
    stories.mkdir()
    env = dict(env, STORYWATCH_STORIES=str(stories))
    with LocalServer() as srv:
        srv.serve_coverage()
        feed = srv.url("/feeds/alert-atom.xml")
        _story(stories, "italy-spacex", [feed])
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
            wh = tmp_path / "wh"
            params = json.dumps({"warehouse": str(wh)})
            run = subprocess.run([sys.executable, "-c", TRIGGER, params], env=env, capture_output=True,
                                 text=True, timeout=300)
            assert run.returncode == 0, run.stderr[-3000:]
            assert run.stdout.startswith("COMPLETED poll all stories"), (
                run.stdout + (tmp_path / "worker.log").read_text()[-3000:])
            assert srv.count("/feeds/alert-atom.xml") == 1
            con = duckdb.connect(str(wh / "storywatch.duckdb"), read_only=True)
            try:
                assert con.execute("SELECT count(*) FROM feed_polls").fetchall()[0][0] == 1
                assert con.execute("SELECT count(*) FROM versions").fetchall()[0][0] >= 4   # seeds + pages
                assert con.execute("SELECT count(*) FROM alerts").fetchall()[0][0] >= 1
            finally:
                con.close()

            # a story file added to the folder: the next scheduled run picks it up, no redeploy
            _story(stories, "port-takeover", [])
            run = subprocess.run([sys.executable, "-c", TRIGGER, params], env=env, capture_output=True,
                                 text=True, timeout=300)
            assert run.returncode == 0, run.stderr[-3000:]
            assert run.stdout.startswith("COMPLETED poll all stories"), (
                run.stdout + (tmp_path / "worker.log").read_text()[-3000:])
        finally:
            worker.terminate()
            worker.wait(30)
    subflows = [(r["name"], r["state"]) for r in _flow_runs(env) if r["sub"]]
    assert sorted(subflows) == [("run italy-spacex", "COMPLETED"), ("run italy-spacex", "COMPLETED"),
                                ("run port-takeover", "COMPLETED")], subflows
    gcl = subprocess.run([env["PREFECT"], "gcl", "inspect", "storywatch-port-takeover"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert gcl.returncode == 0                  # made by the story's first run
    con = duckdb.connect(str(wh / "storywatch.duckdb"), read_only=True)
    try:
        assert dict(con.execute("SELECT story, count(*) FROM versions GROUP BY story").fetchall())[
            "port-takeover"] == 2
        assert con.execute("SELECT count(*) FROM runs WHERE story = 'port-takeover'").fetchall()[0][0] == 1
    finally:
        con.close()
