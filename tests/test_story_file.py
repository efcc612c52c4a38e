"""The story file is read and checked once: every field typed, one clear message naming the file,
the field and the fix; a slug that is accepted works everywhere it is used."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from storywatch.deliver.send import env_name
from storywatch.story import StoryError, load_story, slug_problem

GOOD = 'slug = "port-takeover"\nname = "Port takeover"\nterms = [["port"], ["offer", "bid"]]\n'
CLI = str(Path(sys.executable).with_name("storywatch"))


def story_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("extra, field, hint", [
    ("seeds = 5\n", "seeds", "string"),
    ("pages = [1, 2]\n", "pages", "list of strings"),
    ('feeds = "http://example.com/feed"\n', "feeds", "list of strings"),
    ('feeds = ["example.com/feed"]\n', "feeds", "http(s) URL"),
    ("notify = [3]\n", "notify", "list of strings"),
    ('description = ["x"]\n', "description", "string"),
    ('feed = ["http://example.com/feed"]\n', "feed", "unknown field"),
])
def test_a_wrong_field_is_named_with_its_fix(tmp_path, extra, field, hint):
    path = story_file(tmp_path, GOOD + extra)
    with pytest.raises(StoryError) as err:
        load_story(str(path))
    assert str(path) in str(err.value) and f"'{field}'" in str(err.value) and hint in str(err.value)


@pytest.mark.parametrize("slug", ["", "Italy-SpaceX", "italy_spacex", "-x", "x-", "a--b", "a b", "ü", "x" * 49])
def test_a_slug_that_would_not_work_everywhere_is_refused(tmp_path, slug):
    path = story_file(tmp_path, GOOD.replace('"port-takeover"', f'"{slug}"'))
    with pytest.raises(StoryError, match="slug"):
        load_story(str(path))


@pytest.mark.parametrize("slug", ["port-takeover", "quake-2026", "a", "x" * 48])
def test_an_accepted_slug_fits_artifact_keys_events_limits_and_variables(slug):
    assert slug_problem(slug) is None
    assert re.fullmatch(r"[a-z0-9-]+", f"storywatch-{slug}-run")             # Prefect artifact keys
    assert re.fullmatch(r"[A-Z0-9_]+", env_name(slug))                         # environment names
    assert slug == slug.lower() and "." not in slug                            # event resource ids


def test_terms_and_missing_fields(tmp_path):
    with pytest.raises(StoryError, match="'terms' must be a list of non-empty lists"):
        load_story(str(story_file(tmp_path, GOOD.replace('[["port"], ["offer", "bid"]]', '["port"]'))))
    with pytest.raises(StoryError, match="missing 'name'"):
        load_story(str(story_file(tmp_path, 'slug = "a"\nterms = [["x"]]\n')))
    with pytest.raises(StoryError, match="'name' is empty"):
        load_story(str(story_file(tmp_path, GOOD.replace('"Port takeover"', '"  "'))))


def test_a_good_file_carries_everything_it_says(tmp_path):
    text = GOOD + ('feeds = ["https://news.example/feed.xml"]\npages = ["http://news.example/a"]\n'
                   'notify = ["json://hooks.example/x"]\nseeds = "seeds"\ndescription = "d"\n')
    story = load_story(str(story_file(tmp_path, text)))
    assert (story.slug, story.name, story.description) == ("port-takeover", "Port takeover", "d")
    assert story.terms == (("port",), ("offer", "bid"))
    assert story.feeds == ("https://news.example/feed.xml",) and story.pages == ("http://news.example/a",)
    assert story.notify == ("json://hooks.example/x",) and story.seeds == (tmp_path / "seeds").resolve()


def test_the_cli_says_one_line_and_commits_nothing(tmp_path):
    path = story_file(tmp_path, GOOD.replace('"port-takeover"', '"Port_Takeover"'))
    wh = tmp_path / "wh"
    out = subprocess.run([CLI, "run", "--story", str(path), "--warehouse", str(wh)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert str(path) in out.stderr and "slug" in out.stderr
    assert not (wh / "storywatch.duckdb").exists()
