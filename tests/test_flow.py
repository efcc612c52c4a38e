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
