"""Many stories: `storywatch stories` (every story file with its sources, last run, facts and
alerts), `storywatch story new` (a commented file to fill in), and what `run --all-stories` and the
all-stories flow need: which stories have nothing new to do (``idle_stories``) and the run's lines.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from storywatch.facts import is_fact
from storywatch.ingest import due_revisits, seed_names
from storywatch.records import dict_rows
from storywatch.store import Warehouse
from storywatch.story import Story, StoryError, all_stories, slug_problem, stories_folder, story_template


# -- storywatch stories -----------------------------------------------------------------------------
def stories_report(wh: Warehouse, folder: Path | None = None) -> dict[str, Any]:
    """Every story file of the stories folder: its sources, last run, facts tracked, alerts and
    the source errors of its last run; a file that does not load is listed with its error."""
    folder = folder or stories_folder()
    entries = all_stories(folder)
    rows: list[dict[str, Any]] = []
    db = _StoryTables(wh, [st.slug for _, st in entries if isinstance(st, Story)])
    for path, st in entries:
        if isinstance(st, StoryError):
            rows.append({"story": path.stem, "file": str(path), "error": str(st)})
            continue
        rows.append({"story": st.slug, "name": st.name, "file": str(path), "error": None,
                     "seeds": str(st.seeds), "feeds": len(st.feeds), "pages": len(st.pages),
                     "discover": list(st.discover),
                     "poll_every": str(st.poll_every) if st.poll_every else None,
                     "last_run": db.runs.get(st.slug), "facts_tracked": db.facts(st),
                     "alerts": db.alerts.get(st.slug, 0), "last_run_errors": db.errors.get(st.slug, [])})
    out: dict[str, Any] = {"folder": str(folder), "warehouse": str(wh.root), "stories": rows}
    if not folder.is_dir():
        out["hint"] = f"no stories folder at {folder}: `storywatch story new SLUG` creates one"
    elif not wh.db_path.exists():
        out["hint"] = "no warehouse yet: run `storywatch run --all-stories` to create it"
    return out


class _StoryTables:
    """The warehouse's rows for many stories, read in one connection with one query per table."""

    def __init__(self, wh: Warehouse, slugs: list[str]):
        self.runs: dict[str, dict] = {}
        self.alerts: dict[str, int] = {}
        self.errors: dict[str, list[str]] = {}
        self.sources: dict[str, list[tuple]] = {}
        if not slugs or not wh.db_path.exists():
            return
        with wh.reader() as con:
            self.runs = {r["story"]: r for r in dict_rows(con.execute(
                "SELECT * FROM runs WHERE story IN (SELECT unnest(?)) "
                "QUALIFY row_number() OVER (PARTITION BY story ORDER BY started_at DESC) = 1", [slugs]))}
            self.alerts = dict(con.execute("SELECT story, count(*) FROM alerts WHERE story IN "
                                           "(SELECT unnest(?)) GROUP BY story", [slugs]).fetchall())
            last = [r["run_id"] for r in self.runs.values()]
            for story, message in con.execute("SELECT story, message FROM source_errors WHERE run_id IN "
                                              "(SELECT unnest(?)) ORDER BY recorded_at", [last]).fetchall():
                self.errors.setdefault(story, []).append(message)
            for story, subject, kind, n, prominent in con.execute(
                    "SELECT story, subject, kind, count(*), bool_or(prominent) FROM fact_sources "
                    "WHERE story IN (SELECT unnest(?)) GROUP BY ALL", [slugs]).fetchall():
                self.sources.setdefault(story, []).append((subject, kind, n, prominent))

    def facts(self, story: Story) -> int:
        """How many subjects are tracked as facts (``storywatch facts``' rule)."""
        return sum(1 for subject, kind, n, prominent in self.sources.get(story.slug, ())
                   if is_fact((subject, kind), n, prominent, story.facts))


def render_stories(report: dict[str, Any]) -> str:
    rows = report["stories"]
    bad = sum(1 for r in rows if r["error"])
    out = [f"{len(rows)} {'story' if len(rows) == 1 else 'stories'} in {report['folder']}"
           + (f" ({bad} that do not load)" if bad else "") + f"; warehouse {report['warehouse']}"]
    if report.get("hint"):
        out.append(report["hint"])
    for r in rows:
        if r["error"]:
            out.append(f"  {r['story']}: ERROR {r['error']}")
            continue
        run = r["last_run"]
        when = (f"last run {run['finished_at']:%Y-%m-%d %H:%M %Z} ({_n(run['new_versions'], 'new version')}, "
                f"{_n(run['source_errors'], 'source error')})" if run else "never run")
        every = f", polled every {r['poll_every']}" if r["poll_every"] else ""
        found = f", discover {', '.join(r['discover'])}" if r["discover"] else ""
        out.append(f"  {r['story']} — {r['name']}: {r['feeds']} feeds, {r['pages']} pages{found}, seeds "
                   f"{r['seeds']}{every}; {when}; {_n(r['facts_tracked'], 'fact')} tracked, {_n(r['alerts'], 'alert')}")
        out += [f"      source error: {m}" for m in r["last_run_errors"][:5]]
    return "\n".join(out)


def _n(n: int, noun: str) -> str:
    return f"{n} {noun if n == 1 else noun + 's'}"


def print_stories(warehouse: str, as_json: bool) -> int:
    report = stories_report(Warehouse(warehouse))
    print(json.dumps(report, default=str, ensure_ascii=False, indent=2) if as_json else render_stories(report))
    return 1 if any(r["error"] for r in report["stories"]) else 0


# -- storywatch story new ---------------------------------------------------------------------------
def new_story(slug: str, folder: Path) -> Path:
    """Write ``folder/<slug>.toml`` from the template (and its seeds folder); refuse a slug that
    would not work everywhere or a file that exists."""
    if problem := slug_problem(slug):
        raise StoryError(f"cannot create story: {problem}.")
    path = folder / f"{slug}.toml"
    if path.exists():
        raise StoryError(f"{path} exists already; edit it, or choose another slug.")
    folder.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:         # never overwrite one made meanwhile
        f.write(story_template(slug))
    (folder / ".." / "seeds" / slug).resolve().mkdir(parents=True, exist_ok=True)
    return path


def create_story(slug: str, folder: str | None) -> int:
    try:
        path = new_story(slug, Path(folder or os.environ.get("STORYWATCH_STORIES") or "stories"))
    except (StoryError, OSError) as exc:
        print(f"storywatch story new: {exc}", file=sys.stderr)
        return 2
    seeds = (path.parent / ".." / "seeds" / slug).resolve()
    print(f"{path}: written. Fill in name and terms; put seed articles in {seeds} or add feeds or "
          f"pages; then `storywatch run --story {slug}` (or --all-stories).")
    return 0


# -- run --all-stories: which stories have nothing new ------------------------------------------
def idle_stories(wh: Warehouse, stories: list[Story], mode: str = "poll",
                 now: datetime | None = None) -> dict[str, str]:
    """The stories a pass would find nothing new for, each with why, read from the warehouse in
    one connection: no feeds, pages or news searches (those must be polled), no revisit due, a last run without
    source errors that started after the story file's last change, and every seed file stored,
    or rejected, after its last change (its mtime and ctime older than the newest record of its
    ``seed:`` URL). Anything unsure counts as work:
    a story missing here is run."""
    now = now or datetime.now(timezone.utc)
    if not stories or not wh.db_path.exists():
        return {}
    slugs = [s.slug for s in stories]
    out: dict[str, str] = {}
    with wh.reader() as con:
        last = {story: (errors, started) for story, errors, started in con.execute(
            "SELECT story, source_errors, started_at FROM runs WHERE story IN (SELECT unnest(?)) QUALIFY "
            "row_number() OVER (PARTITION BY story ORDER BY started_at DESC) = 1", [slugs]).fetchall()}
        fetched = {r[0] for r in con.execute(      # only fetched articles are ever revisited
            "SELECT DISTINCT story FROM articles WHERE source_kind IN ('feed', 'page') AND story IN "
            "(SELECT unnest(?))", [slugs]).fetchall()}
        seen: dict[str, datetime] = {}
        for url, at in con.execute(
                "SELECT url, max(seen_at) FROM (SELECT a.url, v.observed_at AS seen_at FROM articles a JOIN versions v "
                "USING (article_id) WHERE a.source_kind = 'seed' AND a.story IN (SELECT unnest(?)) "
                "UNION ALL SELECT url, recorded_at FROM rejections WHERE url LIKE 'seed:%' AND story IN "
                "(SELECT unnest(?))) GROUP BY url", [slugs, slugs]).fetchall():
            seen[url] = at
        for st in stories:
            if st.slug not in last or last[st.slug][0] or (mode == "poll" and (st.feeds or st.pages or st.discover)):
                continue
            if _changed_since(st.path, last[st.slug][1]):       # new terms may take a rejected seed
                continue
            if mode == "poll":
                seeds = _seeds_stored(st, seen)
                if seeds is None:
                    continue
            if st.slug in fetched and due_revisits(con, st.slug, now):
                continue
            out[st.slug] = (f"nothing new: {_n(seeds, 'seed file')} stored, no feeds or pages, no revisit due"
                            if mode == "poll" else "nothing new: no revisit due")
    return out


def _changed_since(path: Path, when: datetime) -> bool:
    try:
        info = path.stat()
    except OSError:
        return True
    return max(info.st_mtime, info.st_ctime) >= when.timestamp()


def _seeds_stored(st: Story, seen: dict[str, datetime]) -> int | None:
    """How many seed files the story has, when each is stored after its last change; else None."""
    if not st.seeds.is_dir():
        return None
    n = 0
    for name in seed_names(st.seeds):
        at = seen.get(f"seed:{st.slug}/{name}")
        if at is None or _changed_since(st.seeds / name, at):
            return None
        n += 1
    return n


# -- storywatch run --all-stories ---------------------------------------------------------------
def run_all(args) -> int:
    """Every story of the stories folder in this one process and one Prefect server (the
    ``run_all_stories`` flow: a subflow run per story with new work); a line per story, then the
    totals. Exit 1 when a story failed (the others still ran), 130/143 when stopped."""
    import asyncio

    from storywatch.app import interrupt
    for flag, given in (("--seeds", args.seeds), ("--feed", args.feed), ("--page", args.page),
                        ("--dask", args.dask)):
        if given:
            print(f"storywatch run: {flag} is for one story; --all-stories runs each story's own sources.",
                  file=sys.stderr)
            return 2
    interrupt.install()
    code = 1
    try:
        code = _run_all(args, interrupt, asyncio)
        return code
    finally:
        interrupt.bounded_exit(interrupt.exit_code() if interrupt.requested() else code)


def _run_all(args, interrupt, asyncio) -> int:
    interrupt.start_ephemeral_server()
    interrupt.watch_api()
    from flows.storywatch_flows import StoriesFailed, all_stories_line, run_all_stories
    interrupt.on_commit(lambda summary: 1)
    try:
        results = asyncio.run(run_all_stories(warehouse=args.warehouse, allow_private=args.allow_private,
                                              skip_idle=not args.run_idle))
    except StoriesFailed as exc:
        results = exc.results
    if not interrupt.claim_report():
        interrupt.hard_exit(interrupt.exit_code())
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    if args.json:
        print(json.dumps([{**r, "summary": r["summary"].as_json() if r["summary"] else None} for r in results],
                         default=str, ensure_ascii=False, indent=2), flush=True)
    else:
        print("\n".join([all_stories_line(r) for r in results] + [
            f"{len(results)} {'story' if len(results) == 1 else 'stories'}: "
            + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))]), flush=True)
    if interrupt.requested():
        return interrupt.exit_code()
    return 1 if counts.get("failed") or counts.get("not run") else 0
