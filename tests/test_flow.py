"""The Prefect wiring, under Prefect's own test harness."""
import pytest

pytestmark = pytest.mark.prefect


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


def test_flow_runs_the_stages_and_records_a_refused_feed(harness, tmp_path):
    import asyncio

    from flows.storywatch_flows import run_story
    summary = asyncio.run(run_story(story="italy-spacex", warehouse=str(tmp_path / "wh"),
                              feeds=["http://127.0.0.1:9/feed.xml"]))
    assert summary.new_versions == 2 and len(summary.alerts) == 1
    assert [e.source for e in summary.errors] == ["http://127.0.0.1:9/feed.xml"]
    assert "STORYWATCH_ALLOW_PRIVATE" in summary.errors[0].message   # loopback refused by default
    again = asyncio.run(run_story(story="italy-spacex", warehouse=str(tmp_path / "wh")))
    assert (again.new_versions, len(again.alerts), again.unchanged) == (0, 0, 2)


def test_each_alert_is_a_prefect_event_and_the_run_an_artifact(harness, tmp_path, monkeypatch):
    import asyncio
    import time

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.events.worker import EventsWorker

    from flows.storywatch_flows import run_story
    from storywatch import pipeline
    from storywatch.pipeline import summary as summary_module
    from storywatch.store.warehouse import Warehouse

    # a summary that lists no alert: the event comes from the warehouse, where every alert is
    monkeypatch.setattr(summary_module, "SUMMARY_ALERTS", 0)
    summary = asyncio.run(run_story(story="italy-spacex", warehouse=str(tmp_path / "wh")))
    assert (summary.alerts, summary.alert_count) == ((), 1)
    [alert] = pipeline.run_alerts(Warehouse(tmp_path / "wh"), summary.run_id)
    EventsWorker.drain_all()

    async def query():
        async with get_client() as client:
            arts = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["storywatch-italy-spacex-run"])))
            r = await client._client.post("/events/filter", json={
                "filter": {"event": {"prefix": ["storywatch.alert."]}, "any_resource":
                           {"id": ["storywatch.alert." + alert.alert_id]}}, "limit": 10})
            # alert ids are stable, so the module's other runs raised this alert too: this run's only
            return arts, [e for e in r.json().get("events", [])
                          if e["payload"].get("run_id") == summary.run_id]

    deadline = time.monotonic() + 20
    while True:
        arts, events = asyncio.run(query())
        if events or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert any(summary.run_id in (a.data or "") for a in arts)
    assert [e["event"] for e in events] == ["storywatch.alert.figure_changed"]
    payload = events[0]["payload"]
    assert payload["subject"] == "deal value" and payload["new"]["unit"] == "EUR"
    assert payload["old"]["unit"] == "USD" and payload["source"] == alert.new_url


def test_publish_goes_on_when_the_warehouse_stays_busy(harness, tmp_path, monkeypatch, caplog):
    # the run is committed before publish reads its alerts back: a writer holding the file then
    # costs the events (logged, with the query that finds the alerts), never the flow run
    import asyncio
    import logging

    from prefect import flow

    from flows.storywatch_flows import publish, run_story
    from storywatch.store import warehouse as wmod
    summary = asyncio.run(run_story(story="italy-spacex", warehouse=str(tmp_path / "wh")))
    assert summary.alert_count == 1
    wh = wmod.Warehouse(tmp_path / "wh")
    monkeypatch.setattr(wmod, "CONNECT_WAIT_S", 0.3)

    @flow
    def publish_only():
        return publish(wh, summary)

    with wh._connection(read_only=False), caplog.at_level(logging.WARNING):
        state = publish_only(return_state=True)
    assert state.is_completed() and state.result() == 0
    [warning] = [r.getMessage() for r in caplog.records if "alert events" in r.getMessage()]
    assert "sent 0 of 1 alert events" in warning and summary.run_id in warning
    assert "holds the DuckDB file" in warning
    monkeypatch.setattr(wmod, "CONNECT_WAIT_S", 30.0)
    assert asyncio.run(asyncio.to_thread(publish_only)) == 1     # and once free, every event goes


def test_notify_urls_from_a_prefect_secret_block(harness, monkeypatch):
    from prefect.blocks.system import Secret

    from storywatch.deliver.send import DeliveryConfigError, env_name, notify_urls
    from storywatch.story import load_story
    story = load_story("italy-spacex")
    Secret(value="json://127.0.0.1:9/hook?token=s3cr3t mailto://u:p@127.0.0.1:25").save(
        "storywatch-test-notify", overwrite=True)
    monkeypatch.setenv(env_name(story.slug), "prefect-secret:storywatch-test-notify")
    assert notify_urls(story) == ["json://127.0.0.1:9/hook?token=s3cr3t", "mailto://u:p@127.0.0.1:25"]
    monkeypatch.setenv(env_name(story.slug), "prefect-secret:no-such-block")
    with pytest.raises(DeliveryConfigError, match="no-such-block"):
        notify_urls(story)


def test_no_task_of_the_flows_is_ever_cached():
    """A cached collect or commit would skip real work; Prefect's default policy would also hash
    every task's inputs (a batch's page bodies) for a key nobody reads."""
    from prefect import Task
    from prefect.cache_policies import NO_CACHE

    import flows.storywatch_flows as module

    tasks = [v for v in vars(module).values() if isinstance(v, Task)]
    assert len(tasks) >= 10
    assert all(t.cache_policy == NO_CACHE for t in tasks), [t.name for t in tasks if t.cache_policy != NO_CACHE]


def test_page_batches_fetch_on_separate_tasks_with_one_robots_txt_and_every_page_once(harness, tmp_path,
                                                                                     monkeypatch):
    """Each chunk of pages is fetched by its own task and fetcher: the robots.txt read while polling
    carries to every one of them (not read again per task), and every page is fetched once."""
    import asyncio

    from flows.storywatch_flows import run_story
    from storywatch import pipeline
    try:
        from httpserver import LocalServer
        from test_crash import FEEDS
    except ImportError:                      # pragma: no cover
        from tests.httpserver import LocalServer
        from tests.test_crash import FEEDS

    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0.01")     # polite: a host's pages in one task
    monkeypatch.setattr(pipeline.stages, "BATCH_DOCS", 2)           # so each task gets two pages
    with LocalServer() as srv:
        pages = srv.serve_coverage()
        srv.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        summary = asyncio.run(run_story(warehouse=str(tmp_path / "wh"), feeds=[srv.url(f) for f in FEEDS],
                                        allow_private=True))
        fetched = {p: srv.count(p) for p in pages}
    assert summary.new_versions >= 5 and len(pages) > 4     # several chunks of two
    assert srv.count("/robots.txt") == 1
    assert set(fetched.values()) <= {0, 1} and sum(fetched.values()) >= 5
