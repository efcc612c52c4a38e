"""A story: what storywatch follows, described in one small TOML file a user edits.

The file is read and checked once, here: every field has a type, and a wrong one gets one message
naming the file, the field and the fix. The slug becomes part of Prefect artifact keys, event
names, concurrency limits and environment variable names, so it is limited to what all of them
accept: lowercase letters, digits and single dashes.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache, cached_property
from pathlib import Path
from typing import Any

DEFAULT_STORY = "italy-spacex"
_PROJECT = Path(__file__).resolve().parents[2]
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 48
FIELDS = ("slug", "name", "description", "seeds", "terms", "feeds", "pages", "discover", "languages", "notify",
          "facts", "poll_every")
FACT_FIELDS = ("track", "ignore", "rename", "lifecycles")
REQUIRED = ("slug", "name", "terms")
# The news-search services and languages a story file may name: their definitions live in the discover
# package's data, read here (not imported) so that a wrong name stops the file where it is read.
_DISCOVER_DATA = Path(__file__).resolve().parent / "discover" / "data"


class StoryError(ValueError):
    """The story file is missing or wrong; the message names the file and what to fix."""


@dataclass(frozen=True)
class FactRules:
    """What the story file's ``[facts]`` table says about which subjects are its facts. Without
    one, the facts are found in the text: subjects that recur across the story's articles or lead
    a headline or an opening paragraph."""

    track: frozenset[str] = frozenset()          # always facts
    ignore: frozenset[str] = frozenset()         # never facts
    rename: tuple[tuple[str, str], ...] = ()     # (subject as read, subject to keep): renames and merges
    lifecycles: frozenset[str] = frozenset()     # status lifecycles read; empty: every one

    def subject(self, subject: str) -> str:
        return dict(self.rename).get(subject, subject)


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
    notify: tuple[str, ...] = ()      # Apprise URLs (or prefect-secret:<block>) for digests
    facts: FactRules = FactRules()
    poll_every: timedelta | None = None   # the all-stories poll skips the story until this has passed
    discover: tuple[str, ...] = ()      # news-search services asked for coverage from the terms
    languages: tuple[str, ...] = ()     # ISO 639-1 codes the searches ask for (none: the services' default)

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


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` cannot name a story, or None when it can."""
    if not SLUG.fullmatch(slug):
        return (f"slug {slug!r} must be lowercase letters and digits in words joined by single dashes "
                "(e.g. 'port-takeover-2026')")
    if len(slug) > MAX_SLUG:
        return f"slug {slug!r} is longer than {MAX_SLUG} characters"
    return None


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


def _text(path: Path, data: dict, key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise StoryError(f"{path}: '{key}' must be a string in quotes, not {type(value).__name__} "
                         f"({value!r}); e.g. {key} = \"…\".")
    return value


def _strings(path: Path, data: dict, key: str, *, urls: bool = False) -> tuple[str, ...]:
    value = data.get(key, [])
    if not (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)):
        raise StoryError(f"{path}: '{key}' must be a list of strings, e.g. {key} = [\"https://…\", \"https://…\"]; "
                         f"it is {value!r}.")
    if urls:
        for v in value:
            if not re.match(r"https?://[^/\s]+", v.strip(), re.I):
                raise StoryError(f"{path}: '{key}' has {v!r}, which is not an http(s) URL; "
                                 "write each as \"https://host/path\".")
    return tuple(v.strip() for v in value)


def _terms(path: Path, data: dict) -> tuple[tuple[str, ...], ...]:
    terms = data["terms"]
    ok = isinstance(terms, list) and terms and all(
        isinstance(g, list) and g and all(isinstance(t, str) and t.strip() for t in g) for g in terms)
    if not ok:
        raise StoryError(f"{path}: 'terms' must be a list of non-empty lists of words, e.g. "
                         "terms = [[\"Italy\", \"Rome\"], [\"SpaceX\", \"Starlink\"]].")
    return tuple(tuple(t.strip() for t in g) for g in terms)


def _fact_rules(path: Path, data: dict) -> FactRules:
    table = data.get("facts", {})
    if not isinstance(table, dict):
        raise StoryError(f"{path}: 'facts' must be a table: [facts] on its own line, then track = [...] etc.")
    unknown = sorted(set(table) - set(FACT_FIELDS))
    if unknown:
        raise StoryError(f"{path}: unknown field {unknown[0]!r} in [facts]; it has {', '.join(FACT_FIELDS)}.")
    lists = {k: _strings(path, table, k) for k in ("track", "ignore", "lifecycles")}
    rename = table.get("rename", {})
    if not (isinstance(rename, dict) and all(isinstance(v, str) and v.strip() for v in rename.values())):
        raise StoryError(f"{path}: 'rename' in [facts] must map subjects to subjects, e.g. "
                         "rename = { \"people killed\" = \"death toll\" }.")
    return FactRules(frozenset(lists["track"]), frozenset(lists["ignore"]),
                     tuple(sorted((k.strip(), v.strip()) for k, v in rename.items())),
                     frozenset(lists["lifecycles"]))


def parse_story(data: dict[str, Any], path: Path) -> Story:
    """A story from its file's parsed TOML, every field checked."""
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise StoryError(f"{path}: unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                         f"a story file has {', '.join(FIELDS)}.")
    for key in REQUIRED:
        if key not in data:
            raise StoryError(f"{path}: missing '{key}'; see stories/{DEFAULT_STORY}.toml for the fields.")
    slug, name = _text(path, data, "slug"), _text(path, data, "name").strip()
    if problem := slug_problem(slug):
        raise StoryError(f"{path}: {problem}.")
    if not name:
        raise StoryError(f"{path}: 'name' is empty; give the story a name people will read in alerts.")
    return Story(slug=slug, name=name, description=_text(path, data, "description", ""),
                 seeds=(path.parent / _text(path, data, "seeds", "../seeds")).resolve(),
                 terms=_terms(path, data), feeds=_strings(path, data, "feeds", urls=True),
                 pages=_strings(path, data, "pages", urls=True), path=path,
                 notify=_strings(path, data, "notify"), facts=_fact_rules(path, data),
                 poll_every=_interval(path, data), discover=_known(path, data, "discover", "services.toml"),
                 languages=_known(path, data, "languages", "languages.toml"))


def load_story(slug: str = DEFAULT_STORY) -> Story:
    path = find_story_file(slug)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StoryError(f"{path}: not valid TOML ({exc}); fix the file and run again.") from exc
    return parse_story(data, path)


@cache
def _known_names(table: str) -> frozenset[str]:
    return frozenset(tomllib.loads((_DISCOVER_DATA / table).read_text(encoding="utf-8")))


def _known(path: Path, data: dict, key: str, table: str) -> tuple[str, ...]:
    """A list of names each of which must be a table of ``discover/data/<table>``."""
    names = _strings(path, data, key)
    known = _known_names(table)
    for name in names:
        if name not in known:
            raise StoryError(f"{path}: '{key}' has {name!r}, which storywatch does not know; "
                             f"it knows {', '.join(map(repr, sorted(known)))}.")
    return tuple(dict.fromkeys(names))


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(?:\d+[smhd])+")


def parse_interval(text: str) -> timedelta | None:
    """'30m', '2h', '1h30m', '1d', '90s' as a timedelta; None when the text is not one."""
    text = text.strip().lower().replace(" ", "")
    if not _INTERVAL.fullmatch(text):
        return None
    return timedelta(seconds=sum(int(n) * _UNITS[u] for n, u in re.findall(r"(\d+)([smhd])", text)))


def _interval(path: Path, data: dict) -> timedelta | None:
    if "poll_every" not in data:
        return None
    value = data["poll_every"]
    every = parse_interval(value) if isinstance(value, str) else None
    if every is None or every < timedelta(minutes=1):
        raise StoryError(f"{path}: 'poll_every' must be a time of at least one minute in quotes, "
                         f"written with s, m, h or d (\"30m\", \"2h\", \"1h30m\", \"1d\"); it is {value!r}.")
    return every


def stories_folder() -> Path:
    """The folder whose story files `storywatch stories` lists and `run --all-stories` runs: the
    first of ``story_dirs`` that exists ($STORYWATCH_STORIES, ./stories, the project's)."""
    for d in story_dirs():
        if d.is_dir():
            return d
    return story_dirs()[0]


def read_story_file(path: Path) -> Story:
    """The story in ``path``, checked, whose file must be named after its slug (``<slug>.toml``:
    how ``--story SLUG`` and the all-stories flow find it again)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StoryError(f"{path}: not valid TOML ({exc}); fix the file and run again.") from exc
    except OSError as exc:
        raise StoryError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    story = parse_story(data, path)
    if story.slug != path.stem:
        raise StoryError(f"{path}: the file of story {story.slug!r} must be named {story.slug}.toml "
                         f"(rename the file, or set slug = \"{path.stem}\").")
    return story


def all_stories(folder: Path | None = None) -> list[tuple[Path, Story | StoryError]]:
    """Every ``*.toml`` of the stories folder, in name order, each with its story or the error that
    stops it from loading: one bad file never hides the others."""
    folder = folder or stories_folder()
    out: list[tuple[Path, Story | StoryError]] = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            out.append((path, read_story_file(path)))
        except StoryError as exc:
            out.append((path, exc))
    return out


def story_template(slug: str) -> str:
    """A commented story file for ``slug`` that a user only has to fill in (`storywatch story new`)."""
    return f'''# A story storywatch follows. Fill in name and terms, then add seeds, feeds or pages.
# Every field is described in the README, section "The story file".
slug = "{slug}"                     # must stay equal to this file's name ({slug}.toml)
name = ""                           # the story's name, as alerts and digests show it
description = ""                    # one sentence saying what the story is

# Seed articles: plain UTF-8 text files (.txt, .md), one article each, read in file-name order.
# Relative to this file.
seeds = "../seeds/{slug}"

# An article belongs to the story when it names at least one term of EVERY group
# (case-insensitive, whole words), e.g. [["Italy", "Rome"], ["SpaceX", "Starlink"]].
terms = [
    ["first term", "a synonym"],
    ["second term"],
]

# Coverage polled on every run: RSS/Atom/JSON feed URLs and single article pages (http or https).
feeds = []
pages = []

# News search from the terms (README, "Finding coverage: discover"): "gdelt", "google-news", "bing-news".
# discover = ["gdelt"]
# languages = ["en", "it"]        # the languages searched, where the service takes them

# How often the all-stories poll (`storywatch run --all-stories`, the poll-all deployment) runs
# this story at most; every poll when absent.
# poll_every = "1h"

# Which subjects are the story's facts (default: found in the text). Uncomment to change it.
# [facts]
# track = ["aid"]                                # always facts
# ignore = ["share price"]                       # never facts
# rename = {{ "people killed" = "death toll" }}    # rename a subject, or merge it into another
# lifecycles = ["search", "emergency"]           # the status lifecycles read (default: every one)
'''
