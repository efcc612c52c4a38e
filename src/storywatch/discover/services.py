"""The news-search services (``data/services.toml``) and the queries a story asks them.

A story's terms become one query per service (one per language where the service takes a single
language a request): term groups are ANDed, the terms of a group ORed, a term of several words
quoted as a phrase. The query URL is stable while the story file is: it is the feed URL the
service is polled under, so its validators and the items already seen carry from run to run.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from storywatch.story import Story, parse_interval

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Service:
    """One news-search service, as ``services.toml`` defines it."""

    name: str
    title: str
    default_url: str                 # the service's own address (links on its host are its own)
    query_param: str
    query: str                       # gdelt | web: how terms are written
    params: tuple[tuple[str, str], ...]
    language: str                    # in-query | per-request | none
    every: timedelta                 # least time between two polls of one query
    gap_s: float                     # least seconds between two requests to it in one process
    max_items: int                   # items read from one answer at most
    links: str                       # direct | param | google
    link_param: str | None
    link_paths: tuple[str, ...]
    docs: str
    terms: str

    @property
    def env(self) -> str:
        """The environment variable that overrides its base URL."""
        return f"STORYWATCH_DISCOVER_{self.name.upper().replace('-', '_')}_URL"

    @property
    def base_url(self) -> str:
        return os.environ.get(self.env, "").strip() or self.default_url


@dataclass(frozen=True)
class Search:
    """One query a story asks one service: polled like a feed at ``url``."""

    service: Service
    url: str
    language: str | None = None


@cache
def _toml(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def _service(name: str, d: dict) -> Service:
    every = parse_interval(d["every"])
    assert every is not None, f"services.toml: {name}.every"
    return Service(name, d["title"], d["base_url"], d["query_param"], d["query"],
                   tuple((str(k), str(v)) for k, v in d.get("params", {}).items()), d["language"], every,
                   float(d["gap_s"]), int(d["max_items"]), d["links"], d.get("link_param"),
                   tuple(d.get("link_paths", ())), d["docs"], d["terms"])


def services() -> dict[str, Service]:
    """Every service storywatch knows, by the name a story file gives it."""
    return {name: _service(name, d) for name, d in _toml("services.toml").items()}


def _term(term: str) -> str:
    """A term as a search engine reads it: a bare word, or a quoted phrase."""
    term = " ".join(term.replace('"', " ").split())
    return term if term.replace("-", "").isalnum() and " " not in term else f'"{term}"'


def _any(items: list[str]) -> str:
    return items[0] if len(items) == 1 else "(" + " OR ".join(items) + ")"


def query_text(terms: tuple[tuple[str, ...], ...], style: str = "web", languages: tuple[str, ...] = ()) -> str:
    """The story's terms as one query: an AND of the groups, each an OR of its terms. ``gdelt``
    adds the languages as ``sourcelang:`` operators (GDELT's names for them)."""
    parts = [_any(list(dict.fromkeys(_term(t) for t in group))) for group in terms]
    if style == "gdelt" and languages:
        names = _toml("languages.toml")
        parts.append(_any([f"sourcelang:{names[code]['gdelt']}" for code in languages]))
    return " ".join(parts)


def searches(story: Story, known: dict[str, Service] | None = None) -> list[Search]:
    """The queries the story's ``discover`` asks, in the order it names the services."""
    known = known or services()
    out = []
    for name in story.discover:
        service = known[name]
        text = query_text(story.terms, service.query, story.languages if service.language == "in-query" else ())
        langs: tuple[str | None, ...] = (None,)
        if service.language == "per-request" and story.languages:
            langs = story.languages
        for lang in langs:
            params = [*service.params, (service.query_param, text)]
            if lang is not None:
                params += list(_toml("languages.toml")[lang][name].items())
            base = service.base_url
            out.append(Search(service, f"{base}{'&' if '?' in base else '?'}{urlencode(params)}", lang))
    return out
