"""Many stories: `storywatch story new`, `storywatch stories`, `storywatch run --all-stories` (the
real CLI in a subprocess, real story files in temporary folders), the poll_every field and the
check that spares a story with nothing new its subflow run."""
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from datetime import datetime, timedelta, timezone

import duckdb
import pytest

from conftest import ROOT, SEEDS

STORYWATCH = [sys.executable, "-m", "storywatch.app.cli"]


def sw(*args, stories, cwd=None, timeout=300):
    env = dict(os.environ, STORYWATCH_STORIES=str(stories), STORYWATCH_HOST_DELAY="0",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    env.pop("STORYWATCH_WAREHOUSE", None)
    return subprocess.run(STORYWATCH + list(args), cwd=cwd or ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def write_story(folder, slug, seeds=True, extra=""):
    """A story with the shipped story's terms and, with ``seeds``, a copy of its two seed articles."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_dir = folder.parent / "seeds" / slug
    seed_dir.mkdir(parents=True, exist_ok=True)
    if seeds:
        for f in sorted(SEEDS.glob("*.txt")):
            shutil.copy(f, seed_dir / f.name)
    (folder / f"{slug}.toml").write_text(
        f'slug = "{slug}"\nname = "Story {slug}"\nseeds = "../seeds/{slug}"\n'
        'terms = [["Italy", "Italian", "Rome", "Meloni"], ["SpaceX", "Starlink", "Musk"]]\n' + extra,
        encoding="utf-8")
    return seed_dir


# -- story new ------------------------------------------------------------------------------------
def test_story_new_writes_a_file_to_fill_in_and_refuses_bad_slugs_and_existing_files(tmp_path, capsys):
    stories = tmp_path / "stories"
    p = sw("story", "new", "port-takeover", "--dir", str(stories), stories=tmp_path / "elsewhere")
    assert p.returncode == 0, p.stderr
    path = stories / "port-takeover.toml"
    text = path.read_text()
    assert "# [facts]" in text and "# track = " in text and "feeds = []" in text and "pages = []" in text
    assert (tmp_path / "seeds" / "port-takeover").is_dir()
    data = tomllib.loads(text)
    assert data["slug"] == "port-takeover" and data["name"] == ""
    # as written it asks for its name; filled in, it loads
    from storywatch.story import StoryError, parse_story, read_story_file
    with pytest.raises(StoryError, match="'name' is empty"):
        read_story_file(path)
    path.write_text(text.replace('name = ""', 'name = "Port takeover"'))
    st = read_story_file(path)
    assert st.slug == "port-takeover" and st.seeds == (tmp_path / "seeds" / "port-takeover").resolve()
    assert parse_story({**data, "name": "x"}, path).poll_every is None

    again = sw("story", "new", "port-takeover", "--dir", str(stories), stories=tmp_path)
    assert again.returncode == 2 and "exists already" in again.stderr
    assert path.read_text().count("Port takeover") == 1              # not overwritten
    p = sw("story", "new", "Port_Takeover", "--dir", str(stories), stories=tmp_path)
    assert p.returncode == 2 and "cannot create story" in p.stderr
    assert not (stories / "Port_Takeover.toml").exists()
    # the other bad slugs through the same entry point in this process (a process each proves no more)
    from storywatch.app.cli import main
    for bad in ("port--takeover", "x" * 49, "port-", "über"):
        capsys.readouterr()
        assert main(["story", "new", bad, "--dir", str(stories)]) == 2, bad
        assert "cannot create story" in capsys.readouterr().err, bad
        assert not (stories / f"{bad}.toml").exists()
    # default folder: $STORYWATCH_STORIES
    p = sw("story", "new", "second-one", stories=tmp_path / "env-stories")
    assert p.returncode == 0 and (tmp_path / "env-stories" / "second-one.toml").is_file()


def test_poll_every_is_checked_with_a_clear_error(tmp_path):
    from storywatch.story import StoryError, parse_story
    base = {"slug": "a", "name": "A", "terms": [["x"]]}
    path = tmp_path / "a.toml"
    assert parse_story({**base, "poll_every": "1h30m"}, path).poll_every == timedelta(minutes=90)
    assert parse_story({**base, "poll_every": "2d"}, path).poll_every == timedelta(days=2)
    for bad in ("soon", "30", 30, "30s", "1 hour", ""):
        with pytest.raises(StoryError, match="'poll_every' must be a time of at least one minute"):
            parse_story({**base, "poll_every": bad}, path)


def test_all_stories_lists_every_file_and_one_bad_file_hides_nothing(tmp_path):
    from storywatch.story import Story, StoryError, all_stories
    stories = tmp_path / "stories"
    write_story(stories, "alpha")
    write_story(stories, "beta")
    (stories / "broken.toml").write_text("slug = [\n")
    (stories / "renamed.toml").write_text('slug = "other"\nname = "x"\nterms = [["x"]]\n')
    got = {p.stem: st for p, st in all_stories(stories)}
    assert isinstance(got["alpha"], Story) and isinstance(got["beta"], Story)
    assert isinstance(got["broken"], StoryError) and "not valid TOML" in str(got["broken"])
    assert isinstance(got["renamed"], StoryError) and "must be named other.toml" in str(got["renamed"])


def test_due_follows_poll_every():
    from flows.storywatch_flows import _due
    from storywatch.story import parse_story
    st = parse_story({"slug": "a", "name": "A", "terms": [["x"]], "poll_every": "1h"}, ROOT / "a.toml")
    now = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)
    assert _due(st, None, now)
    assert not _due(st, now - timedelta(minutes=30), now)
    assert _due(st, now - timedelta(minutes=59, seconds=30), now)          # a late start is not skipped
    assert _due(st, now - timedelta(hours=2), now)
    plain = parse_story({"slug": "a", "name": "A", "terms": [["x"]]}, ROOT / "a.toml")
    assert _due(plain, now - timedelta(seconds=1), now)


def test_idle_stories_only_when_provably_nothing_new(tmp_path):
    from storywatch.app.stories import idle_stories
    from storywatch.pipeline import run_story
    from storywatch.store import Warehouse
    from storywatch.story import read_story_file
    stories = tmp_path / "stories"
    seeds = write_story(stories, "alpha")
    write_story(stories, "fed", extra='feeds = ["https://example.org/feed.xml"]\n')
    write_story(stories, "never")
    wh = Warehouse(tmp_path / "wh")
    alpha, fed, never = (read_story_file(stories / f"{s}.toml") for s in ("alpha", "fed", "never"))
    time.sleep(0.05)
    run_story(alpha, wh, say=lambda *a: None)
    idle = idle_stories(wh, [alpha, fed, never])
    assert set(idle) == {"alpha"} and "2 seed files stored" in idle["alpha"]
    # a seed changed since it was stored, or a new one: work
    time.sleep(0.05)
    (seeds / "003_new.txt").write_text("Italy and SpaceX: talks resume in Rome.\n")
    assert idle_stories(wh, [alpha]) == {}
    run_story(alpha, wh, say=lambda *a: None)
    assert set(idle_stories(wh, [alpha])) == {"alpha"}
    time.sleep(0.05)
    os.utime(seeds / "003_new.txt")             # touched, maybe changed: work (unsure counts as work)
    assert idle_stories(wh, [alpha]) == {}
    run_story(never, wh, say=lambda *a: None)
    assert set(idle_stories(wh, [never])) == {"never"}
    time.sleep(0.05)
    os.utime(never.path)                        # an edited story file (new terms): run it again
    assert idle_stories(wh, [never]) == {}


# -- storywatch stories, run --all-stories ---------------------------------------------------------
@pytest.mark.prefect
def test_run_all_stories_then_list_them(tmp_path):
    stories = tmp_path / "stories"
    write_story(stories, "alpha")
    write_story(stories, "beta")
    (stories / "broken.toml").write_text('slug = "broken"\nname = 5\nterms = [["x"]]\n')
    wh = tmp_path / "wh"

    first = sw("run", "--all-stories", "--warehouse", str(wh), stories=stories)
    assert first.returncode == 1 and "3 stories:" in first.stdout, first.stdout + first.stderr[-3000:]
    lines = first.stdout.splitlines()
    by_story = {ln.split(":")[0]: ln for ln in lines[:3]}      # a line as each story ends
    assert by_story["alpha"].startswith("alpha: ok — run ") and "2 new versions" in by_story["alpha"]
    assert "1 alert," in by_story["alpha"]
    assert by_story["beta"].startswith("beta: ok — run ") and "2 new versions" in by_story["beta"]
    assert by_story["broken"].startswith("broken: failed — ") and "'name' must be a string" in by_story["broken"]
    assert lines[-1] == "3 stories: 1 failed, 2 ok"                          # … the others ran
    con = duckdb.connect(str(wh / "storywatch.duckdb"), read_only=True)
    try:
        assert dict(con.execute("SELECT story, count(*) FROM versions GROUP BY story").fetchall()) == {
            "alpha": 2, "beta": 2}
        assert dict(con.execute("SELECT story, count(*) FROM alerts GROUP BY story").fetchall()) == {
            "alpha": 1, "beta": 1}
    finally:
        con.close()

    listed = sw("stories", "--warehouse", str(wh), "--json", stories=stories)
    assert listed.returncode == 1                      # a file does not load
    report = json.loads(listed.stdout)
    rows = {r["story"]: r for r in report["stories"]}
    assert set(rows) == {"alpha", "beta", "broken"}
    assert "'name' must be a string" in rows["broken"]["error"]
    a = rows["alpha"]
    assert (a["feeds"], a["pages"], a["alerts"], a["last_run_errors"]) == (0, 0, 1, [])
    assert a["seeds"] == str((tmp_path / "seeds" / "alpha").resolve())
    assert a["facts_tracked"] >= 1 and a["last_run"]["new_versions"] == 2
    text = sw("stories", "--warehouse", str(wh), stories=stories).stdout
    assert "3 stories in" in text and "(1 that do not load)" in text and "broken: ERROR" in text
    assert "alpha — Story alpha: 0 feeds, 0 pages" in text and "1 alert\n" in text + "\n"

    # a new story file is picked up by the next run; stories with nothing new are idle
    (stories / "broken.toml").unlink()
    write_story(stories, "gamma", extra='poll_every = "1h"\n')
    second = sw("run", "--all-stories", "--warehouse", str(wh), "--json", stories=stories)
    assert second.returncode == 0, second.stdout + second.stderr[-3000:]
    got = {r["story"]: r for r in json.loads(second.stdout)}
    assert got["alpha"]["status"] == got["beta"]["status"] == "idle"
    assert got["gamma"]["status"] == "ok" and got["gamma"]["summary"]["new_versions"] == 2
    # gamma's seeds are stored; a new seed makes it work, but its poll_every has not passed
    (tmp_path / "seeds" / "gamma" / "009_more.txt").write_text("Italy and SpaceX: talks go on in Rome.\n")
    third = sw("run", "--all-stories", "--warehouse", str(wh), stories=stories)
    assert third.returncode == 0, third.stdout + third.stderr[-3000:]
    assert "gamma: skipped — poll_every 1:00:00: last run" in third.stdout
    assert third.stdout.splitlines()[-1] == "3 stories: 2 idle, 1 skipped"


def test_run_all_stories_refuses_one_story_options(tmp_path):
    p = sw("run", "--all-stories", "--feed", "https://example.org/f.xml", "--warehouse", str(tmp_path / "wh"),
           stories=tmp_path)
    assert p.returncode == 2 and "--feed is for one story" in p.stderr


@pytest.mark.prefect
def test_run_all_stories_flow_a_subflow_per_story_and_one_failure_stops_none(tmp_path, monkeypatch):
    """Under Prefect's test harness: each story with work is its own `run <slug>` subflow run of
    the all-stories run; a story whose run raises is recorded, the next still runs, and the parent
    run fails naming it."""
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.testing.utilities import prefect_test_harness

    import flows.storywatch_flows as F
    from storywatch import pipeline
    stories = tmp_path / "stories"
    for slug in ("alpha", "boom", "gamma"):
        write_story(stories, slug)
    monkeypatch.setenv("STORYWATCH_STORIES", str(stories))
    real = pipeline.run

    def run(st, *a, **k):
        if st.slug == "boom":
            raise RuntimeError("disk on fire")
        return real(st, *a, **k)
    monkeypatch.setattr(pipeline, "run", run)

    async def flow_runs():
        async with get_client() as c:
            return [(r.name, r.state.type.value, r.parent_task_run_id is not None) for r in await c.read_flow_runs()]

    with prefect_test_harness(server_startup_timeout=120):
        with pytest.raises(F.StoriesFailed) as failed:
            asyncio.run(F.run_all_stories(warehouse=str(tmp_path / "wh")))
        got = {r["story"]: r for r in failed.value.results}
        assert [r["story"] for r in failed.value.results] == ["alpha", "boom", "gamma"]
        assert got["alpha"]["status"] == got["gamma"]["status"] == "ok"
        assert got["gamma"]["summary"].new_versions == 2
        assert got["boom"]["status"] == "failed" and "disk on fire" in got["boom"]["error"]
        assert "1 of 3 stories failed: boom" in str(failed.value)
        runs = asyncio.run(flow_runs())
        assert sorted(r for r in runs if r[2]) == [("run alpha", "COMPLETED", True), ("run boom", "FAILED", True),
                                                   ("run gamma", "COMPLETED", True)]
        assert ("poll all stories", "FAILED", False) in runs
        # the next cycle: nothing new for alpha and gamma (no subflow run), boom tried again
        monkeypatch.setattr(pipeline, "run", real)
        again = asyncio.run(F.run_all_stories(warehouse=str(tmp_path / "wh")))
        assert [(r["story"], r["status"]) for r in again] == [("alpha", "idle"), ("boom", "ok"), ("gamma", "idle")]
        assert sum(1 for r in asyncio.run(flow_runs()) if r[2]) == 4
        # digests: a story without notify targets gets no subflow run
        assert asyncio.run(F.send_all_digests(warehouse=str(tmp_path / "wh"))) == 0
        assert not [r for r in asyncio.run(flow_runs()) if r[0].startswith("digest ") and r[2]]
