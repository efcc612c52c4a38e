"""`storywatch status`: a story's sources, its last runs, recent errors and what is due next."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from storywatch.ingest import due_revisits
from storywatch.records import dict_rows
from storywatch.store import Warehouse
from storywatch.story import Story


def story_status(story: Story, wh: Warehouse, now: datetime | None = None) -> dict[str, Any]:
    now = now or datetime.now(timezone.utc)
    out: dict[str, Any] = {"story": story.slug, "name": story.name, "story_file": str(story.path),
                           "seeds": str(story.seeds), "feeds": list(story.feeds), "pages": list(story.pages),
                           "discover": list(story.discover), "searches": [],
                           "warehouse": str(wh.root), "runs": [], "errors": [], "feed_polls": [],
                           "due_revisits": [], "counts": {}}
    if not wh.db_path.exists():
        out["hint"] = "no warehouse yet: run `storywatch run` to create it"
        return out
    with wh.reader() as con:
        def rows(sql: str, *params) -> list[dict[str, Any]]:
            return dict_rows(con.execute(sql, list(params)))
        out["runs"] = rows("SELECT * FROM runs WHERE story = ? ORDER BY started_at DESC LIMIT 5", story.slug)
        out["errors"] = rows("SELECT recorded_at, source, transient, message FROM source_errors "
                             "WHERE story = ? ORDER BY recorded_at DESC LIMIT 10", story.slug)
        # a warehouse of an earlier release gets the search log at its next run, not from a reader
        searched = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                               "AND table_name = 'discover_polls'").fetchall()[0][0]
        out["searches"] = rows(_SEARCHES, story.slug) if searched else []
        queries = {p["query_url"] for p in out["searches"]}
        out["feed_polls"] = [p for p in rows(
            "SELECT feed_url, polled_at, not_modified, entries, error FROM feed_polls WHERE story = ? "
            "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1 ORDER BY feed_url",
            story.slug) if p["feed_url"] not in queries]
        out["due_revisits"] = due_revisits(con, story.slug, now)
        for t in ("articles", "versions", "claims", "alerts", "rejections"):
            out["counts"][t] = con.execute(f"SELECT count(*) FROM {t} WHERE story = ?", [story.slug]).fetchall()[0][0]
    return out


# Each news search's last poll, with its totals over every poll: items found, kept, polls with an error.
_SEARCHES = """
SELECT source, query_url, polled_at, not_modified, items, new_items, kept, error,
       sum(items) OVER w AS items_found, sum(kept) OVER w AS items_kept, count(error) OVER w AS errors,
       count(*) OVER w AS polls
FROM discover_polls WHERE story = ?
WINDOW w AS (PARTITION BY query_url)
QUALIFY row_number() OVER (PARTITION BY query_url ORDER BY polled_at DESC) = 1
ORDER BY source, query_url
"""


def _search_line(p: dict[str, Any]) -> str:
    last = "not modified" if p["not_modified"] else f"{p['items']} items, {p['new_items']} new, {p['kept']} kept"
    line = (f"  discover {p['source']}: polled {p['polled_at']:%Y-%m-%d %H:%M} — {last}; over {p['polls']} polls "
            f"{p['items_found']} items found, {p['items_kept']} kept as on-story, {p['errors']} with errors")
    return line + (f"\n    last error: {p['error']}" if p["error"] else "")


def render_status(st: dict[str, Any]) -> str:
    lines = [f"{st['name']} ({st['story']}) — story file {st['story_file']}",
             f"  warehouse {st['warehouse']}: " + ", ".join(f"{v} {k}" for k, v in st["counts"].items()),
             f"  seeds {st['seeds']}; {len(st['feeds'])} feeds; {len(st['pages'])} pages"
             + (f"; discover {', '.join(st['discover'])}" if st.get("discover") else "")]
    if st.get("hint"):
        lines.append(f"  {st['hint']}")
    for r in st["runs"][:1]:
        lines.append(f"  last run {r['run_id']} at {r['finished_at']:%Y-%m-%d %H:%M %Z}: {r['new_versions']} "
                     f"new versions, {r['new_alerts']} alerts, {r['source_errors']} source errors")
    for p in st["feed_polls"]:
        state = "error: " + p["error"] if p["error"] else ("not modified" if p["not_modified"]
                                                            else f"{p['entries']} entries")
        lines.append(f"  feed {p['feed_url']}: polled {p['polled_at']:%Y-%m-%d %H:%M} — {state}")
    polled = {p["source"] for p in st.get("searches", [])}
    lines += [_search_line(p) for p in st.get("searches", [])]
    lines += [f"  discover {name}: not polled yet" for name in st.get("discover", []) if name not in polled]
    lines.append(f"  revisits due now: {len(st['due_revisits'])}")
    for e in st["errors"][:5]:
        lines.append(f"  error {e['recorded_at']:%Y-%m-%d %H:%M}: {e['message']}")
    return "\n".join(lines)
