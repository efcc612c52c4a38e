"""Alerts as people read them: JSON objects, a Markdown or HTML digest (urlwatch's layout).

A digest opens with a numbered summary of what changed, per story and fact, then the details in
the same order and numbering: old → new, the evidence sentence, both sources and times. No
alerts, no digest (empty output). The HTML digest also carries, per fact of the stories it
covers, a timeline chart of the fact's history when the caller passes them (inline SVG, drawn
by ``chart.timelines``).

Every string that comes from an article (texts, evidence, URLs, titles) is escaped: for HTML
with ``html.escape``; in Markdown, ``& < >`` become entities and ``\\ [ ] ` *`` are
backslash-escaped, so a Markdown renderer (a mail client, Apprise's Markdown → HTML) shows them
as text and never as markup or links.
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Iterable, Mapping

from storywatch.deliver.values import alert_json, change_text
from storywatch.records import Alert


def _when(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "undated"


def ordered(alerts: Iterable[Alert]) -> list[Alert]:
    """Alerts grouped per story, then per fact (first appearance order), oldest first inside."""
    alerts = list(alerts)
    story_rank: dict[str, int] = {}
    fact_rank: dict[tuple[str, str], int] = {}
    for a in alerts:
        story_rank.setdefault(a.story, len(story_rank))
        fact_rank.setdefault((a.story, a.subject), len(fact_rank))
    return sorted(alerts, key=lambda a: (story_rank[a.story], fact_rank[(a.story, a.subject)]))


def _title(n: int) -> str:
    return f"storywatch digest — {n} change{'s' if n != 1 else ''}"


# -- Markdown --------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*\[\]])")


def md_escape(text: str | None) -> str:
    """Article text made inert in Markdown: no HTML, no links, no code or emphasis markers."""
    text = html.escape(text or "", quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _md_source(label: str, value: str, text: str | None, url: str | None, ts: datetime | None) -> str:
    return (f"- **{label}:** {value} — “{md_escape(text)}”  \n"
            f"  source: {md_escape(url or 'unknown')} · {_when(ts)}")


def _md_details(i: int, a: Alert) -> list[str]:
    old, new = change_text(a)
    lines = [f"## {i}. {md_escape(a.story)} — {md_escape(a.subject)} ({a.kind.replace('_', ' ')})", "",
             _md_source("was", md_escape(old), a.old_text, a.old_url, a.old_published),
             _md_source("now", md_escape(new), a.new_text, a.new_url, a.new_published), "",
             f"> {md_escape(a.evidence)}", ""]
    if a.old_evidence:
        lines += [f"> *previously:* {md_escape(a.old_evidence)}", ""]
    lines += [f"detected {_when(a.detected_at)} · id `{a.alert_id}`", ""]
    return lines


def markdown(alerts: list[Alert]) -> str:
    if not alerts:
        return ""
    alerts = ordered(alerts)
    lines = [f"# {_title(len(alerts))}", ""]
    for i, a in enumerate(alerts, 1):
        old, new = change_text(a)
        lines.append(f"{i}. **{md_escape(a.story)}** — {md_escape(a.subject)}: "
                     f"{md_escape(old)} → {md_escape(new)}")
    lines += ["", "---", ""]
    for i, a in enumerate(alerts, 1):
        lines += _md_details(i, a)
    return "\n".join(lines).rstrip()


# -- HTML ------------------------------------------------------------------------------------
_CSS = ("body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#111}"
        "blockquote{border-left:4px solid #ccc;margin:.5em 0;padding-left:1em;color:#333}"
        "del{color:#a00}ins{color:#070;text-decoration:none;font-weight:bold}"
        "small,.meta,.sources{color:#555}.sources{font-size:.9em;overflow-wrap:anywhere}"
        "figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.85em}")
_CSP = ("<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">")


def _html_source(label: str, text: str | None, url: str | None, ts: datetime | None) -> str:
    e = html.escape
    return f"{label}: “{e(text or '')}” — {e(url or 'unknown')} ({e(_when(ts))})"


def _html_alert(i: int, a: Alert) -> str:
    e = html.escape
    old, new = change_text(a)
    previously = (f"<blockquote class='old-evidence'><small>previously:</small> {e(a.old_evidence)}"
                  "</blockquote>" if a.old_evidence else "")
    return (f"<section class='alert' id='a{i}'><h2>{i}. {e(a.story)} — {e(a.subject)} "
            f"<small>({e(a.kind.replace('_', ' '))})</small></h2>"
            f"<p class='change'><del>{e(old)}</del> → <ins>{e(new)}</ins></p>"
            f"<blockquote class='evidence'>{e(a.evidence)}</blockquote>{previously}"
            f"<p class='sources'>{_html_source('was', a.old_text, a.old_url, a.old_published)}<br>"
            f"{_html_source('now', a.new_text, a.new_url, a.new_published)}</p>"
            f"<p class='meta'>detected {e(_when(a.detected_at))} · id {e(a.alert_id)}</p></section>")


def _html_charts(charts: Mapping[tuple[str, str, str], str] | None) -> str:
    if not charts:
        return ""
    e = html.escape
    figures = [f"<figure class='timeline' id='chart-{n}'>{svg}<figcaption>{e(story)} — {e(subject)} "
               f"({e(kind)}): every report in order (date · outlet); red ring: alert</figcaption></figure>"
               for n, ((story, subject, kind), svg) in enumerate(charts.items(), 1)]
    return f"<hr><h2>Timelines</h2>{''.join(figures)}"


def html_digest(alerts: list[Alert], charts: Mapping[tuple[str, str, str], str] | None = None) -> str:
    """The HTML digest; ``charts``: an SVG per fact (story, subject, kind), ``chart.timelines``."""
    if not alerts:
        return ""
    e = html.escape
    alerts = ordered(alerts)
    items = []
    for i, a in enumerate(alerts, 1):
        old, new = change_text(a)
        items.append(f"<li><a href='#a{i}'><b>{e(a.story)}</b> — {e(a.subject)}</a>: "
                     f"{e(old)} → <b>{e(new)}</b></li>")
    details = "".join(_html_alert(i, a) for i, a in enumerate(alerts, 1))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{_CSP}"
        f"<title>{e(_title(len(alerts)))}</title><style>{_CSS}</style></head><body>"
        f"<h1>storywatch digest</h1><ol class='summary'>{''.join(items)}</ol><hr>"
        f"{details}{_html_charts(charts)}</body></html>")


# -- JSON ------------------------------------------------------------------------------------
def json_digest(alerts: list[Alert]) -> str:
    """A JSON array of alerts in summary order; each alert's JSON plus its number and summary line."""
    out = []
    for i, a in enumerate(ordered(alerts), 1):
        old, new = change_text(a)
        out.append({"n": i, "summary": f"{a.story} — {a.subject}: {old} → {new}", **alert_json(a)})
    return json.dumps(out, ensure_ascii=False, indent=2)


def render(alerts: list[Alert], fmt: str, charts: Mapping[tuple[str, str, str], str] | None = None) -> str:
    if fmt == "markdown":
        return markdown(alerts)
    if fmt == "html":
        return html_digest(alerts, charts)
    if fmt == "json":
        return json_digest(alerts)
    if fmt == "atom":        # one feed entry per alert; a feed of one story has that story's id
        from storywatch.deliver.atom import atom_feed
        stories = {a.story for a in alerts}
        return atom_feed(alerts, story=stories.pop() if len(stories) == 1 else None) if alerts else ""
    raise ValueError(f"unknown digest format {fmt!r}: use markdown, html, json or atom")
