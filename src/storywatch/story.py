"""A story: what storywatch follows, described in one small TOML file a user edits."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

DEFAULT_STORY = "italy-spacex"
_PROJECT = Path(__file__).resolve().parents[2]


class StoryError(ValueError):
    """The story file is missing or wrong; the message names the file and what to fix."""


@dataclass(frozen=True)
class Story:
    slug: str
    name: str
    description: str
    seeds: Path
    terms: tuple[tuple[str, ...], ...]
    feeds: tuple[str, ...]
    pages: tuple[str, ...]
    path: Path

    @cached_property
    def _patterns(self) -> list[re.Pattern[str]]:  # compiled once per story, used for every item
        return [re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in group) + r")(?!\w)",
                           re.IGNORECASE) for group in self.terms]

    def matches(self, text: str) -> bool:
        """True when the text names at least one term of every group."""
        return all(p.search(text) for p in self._patterns)

    def missing_terms(self, text: str) -> list[str]:
        """The term groups the text does not mention (why an item was rejected)."""
        return ["/".join(g[:3]) for g, p in zip(self.terms, self._patterns) if not p.search(text)]


def story_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("STORYWATCH_STORIES"):
        dirs.append(Path(os.environ["STORYWATCH_STORIES"]))
    dirs += [Path.cwd() / "stories", _PROJECT / "stories"]
    return dirs


def find_story_file(slug: str) -> Path:
    if slug.endswith(".toml") and Path(slug).is_file():
        return Path(slug)
    for d in story_dirs():
        candidate = d / f"{slug}.toml"
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(d) for d in story_dirs())
    raise StoryError(f"story '{slug}': no {slug}.toml in {looked}. Create one (copy "
                     f"stories/{DEFAULT_STORY}.toml) or set STORYWATCH_STORIES to its folder.")


def load_story(slug: str = DEFAULT_STORY) -> Story:
    path = find_story_file(slug)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StoryError(f"{path}: not valid TOML ({exc}); fix the file and run again.") from exc
    for key in ("slug", "name", "terms"):
        if key not in data:
            raise StoryError(f"{path}: missing '{key}'; see stories/{DEFAULT_STORY}.toml for the fields.")
    terms = data["terms"]
    if not (isinstance(terms, list) and terms and all(isinstance(g, list) and g for g in terms)):
        raise StoryError(f"{path}: 'terms' must be a list of non-empty lists of words.")
    return Story(
        slug=str(data["slug"]), name=str(data["name"]), description=str(data.get("description", "")),
        seeds=(path.parent / data.get("seeds", "../seeds")).resolve(),
        terms=tuple(tuple(str(t) for t in g) for g in terms),
        feeds=tuple(data.get("feeds", [])), pages=tuple(data.get("pages", [])), path=path)
