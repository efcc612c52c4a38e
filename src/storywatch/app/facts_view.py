"""`storywatch facts`: a story's tracked facts with their current values and sources, and the
subjects seen but not tracked, so a user can tune the story file's ``[facts]`` table."""
from __future__ import annotations

from typing import Any

from storywatch.deliver import fmt_value
from storywatch.facts import is_fact
from storywatch.records import dict_rows
from storywatch.store import Warehouse
from storywatch.story import Story

_FACTS_SQL = """
SELECT s.subject, s.kind, count(*) AS articles, bool_or(s.prominent) AS prominent,
       any_value(f.value) AS value, any_value(f.unit) AS unit, any_value(f.status) AS status,
       any_value(f.text) AS text, any_value(f.sentence) AS sentence, any_value(f.url) AS url
FROM fact_sources s
LEFT JOIN current_facts f ON f.story = s.story AND f.subject = s.subject AND f.kind = s.kind
WHERE s.story = ?
GROUP BY s.subject, s.kind
ORDER BY count(*) DESC, s.subject, s.kind
"""


def story_facts(story: Story, wh: Warehouse) -> dict[str, Any]:
    """Every subject the story's articles report in a lead claim, split into its facts and the rest."""
    if not wh.db_path.exists():
        return {"story": story.slug, "facts": [], "untracked": [],
                "hint": "no warehouse yet: run `storywatch run` to create it"}
    with wh.reader() as con:
        rows = dict_rows(con.execute(_FACTS_SQL, [story.slug]))
    facts, untracked = [], []
    for r in rows:
        r["shown"] = fmt_value(r["value"], r["unit"], r["status"])
        tracked = is_fact((r["subject"], r["kind"]), r["articles"], r["prominent"], story.facts)
        (facts if tracked else untracked).append(r)
    return {"story": story.slug, "facts": facts, "untracked": untracked}


def render_facts(report: dict[str, Any]) -> str:
    out = [f"story {report['story']}: {len(report['facts'])} facts tracked, "
           f"{len(report['untracked'])} subjects seen but not tracked"]
    if report.get("hint"):
        out.append(report["hint"])
    for r in report["facts"]:
        out.append(f"  {r['subject']} ({r['kind']}): {r['shown']} — {r['articles']} article"
                   f"{'s' if r['articles'] != 1 else ''}{', in a headline or opening' if r['prominent'] else ''}")
        if r["sentence"]:
            out.append(f"      “{r['sentence']}”  {r['url']}")
    if report["untracked"]:
        out.append("seen, not tracked (one article, not in its opening; add to [facts] track = [...] to follow):")
        out += [f"  {r['subject']} ({r['kind']}): {r['shown']}" for r in report["untracked"]]
    return "\n".join(out)
