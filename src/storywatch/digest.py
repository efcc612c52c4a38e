"""Alerts as people read them: JSON objects, a Markdown or HTML digest (urlwatch's layout).

A digest opens with a numbered summary of what changed per story and fact, then the details:
old → new, the evidence sentence, both sources and times. No alerts, no digest (empty output).
Every string that comes from an article is escaped in HTML.
"""
from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from .records import Alert

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def fmt_value(value: float | None, unit: str | None, status: str | None = None) -> str:
    if status is not None:
        return status
    if value is None:
        return "?"
    if unit == "%":
        return f"{value:g}%"
    if unit in (None, "count"):
        return f"{value:,.0f}" if value == int(value) else f"{value:g}"
    if unit in ("years", "months", "weeks", "days", "hours"):
        return f"{value:g} {unit}"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{unit} {value / scale:g} {word}"
    return f"{unit} {value:g}"


def _iso(ts: datetime | None) -> str | None:
    return ts.isoformat() if ts else None


def alert_json(a: Alert) -> dict[str, Any]:
    """The public JSON shape of an alert (README: `storywatch alerts --json`)."""
    status = a.kind == "status_changed"
    return {
        "id": a.alert_id, "story": a.story, "kind": a.kind, "subject": a.subject,
        "old": {"value": a.old_status if status else a.old_value, "unit": None if status else a.old_unit,
                "text": a.old_text, "url": a.old_url, "published": _iso(a.old_published)},
        "new": {"value": a.new_status if status else a.new_value, "unit": None if status else a.new_unit,
                "text": a.new_text, "url": a.new_url, "published": _iso(a.new_published)},
        "evidence": a.evidence, "old_evidence": a.old_evidence,
        "detected_at": _iso(a.detected_at),
    }


def _change(a: Alert) -> tuple[str, str]:
    return (fmt_value(a.old_value, a.old_unit, a.old_status),
            fmt_value(a.new_value, a.new_unit, a.new_status))


def _when(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "undated"


def markdown(alerts: list[Alert]) -> str:
    if not alerts:
        return ""
    lines = [f"# storywatch digest — {len(alerts)} change{'s' if len(alerts) != 1 else ''}", ""]
    for i, a in enumerate(alerts, 1):
        old, new = _change(a)
        lines.append(f"{i}. **{a.story}** — {a.subject}: {old} → {new}")
    lines += ["", "---", ""]
    for i, a in enumerate(alerts, 1):
        old, new = _change(a)
        lines += [
            f"## {i}. {a.subject} ({a.kind.replace('_', ' ')})", "",
            f"- **was:** {old} — “{a.old_text or ''}” ({a.old_url}, {_when(a.old_published)})",
            f"- **now:** {new} — “{a.new_text}” ({a.new_url}, {_when(a.new_published)})",
            f"- **evidence:** > {a.evidence}",
            f"- **detected:** {_when(a.detected_at)} · id `{a.alert_id}`", "",
        ]
    return "\n".join(lines)


def html_digest(alerts: list[Alert]) -> str:
    if not alerts:
        return ""
    e = html.escape
    items = []
    details = []
    for i, a in enumerate(alerts, 1):
        old, new = _change(a)
        items.append(f"<li><b>{e(a.story)}</b> — {e(a.subject)}: {e(old)} → <b>{e(new)}</b></li>")
        details.append(
            f"<section class='alert' id='a{i}'><h2>{i}. {e(a.subject)} "
            f"<small>({e(a.kind.replace('_', ' '))})</small></h2>"
            f"<p class='change'><del>{e(old)}</del> → <ins>{e(new)}</ins></p>"
            f"<blockquote class='evidence'>{e(a.evidence)}</blockquote>"
            f"<p class='sources'>was: “{e(a.old_text or '')}” — {e(a.old_url or '')} "
            f"({e(_when(a.old_published))})<br>now: “{e(a.new_text)}” — {e(a.new_url)} "
            f"({e(_when(a.new_published))})</p>"
            f"<p class='meta'>detected {e(_when(a.detected_at))} · id {e(a.alert_id)}</p></section>")
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>storywatch digest — {len(alerts)} changes</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em}"
        "blockquote{border-left:4px solid #ccc;margin:0;padding-left:1em;color:#333}"
        "del{color:#a00}ins{color:#070;text-decoration:none}small,.meta{color:#666}</style>"
        f"</head><body><h1>storywatch digest</h1><ol class='summary'>{''.join(items)}</ol><hr>"
        f"{''.join(details)}</body></html>")


def json_digest(alerts: list[Alert]) -> str:
    return json.dumps([alert_json(a) for a in alerts], ensure_ascii=False, indent=2)


def render(alerts: list[Alert], fmt: str) -> str:
    if fmt == "markdown":
        return markdown(alerts)
    if fmt == "html":
        return html_digest(alerts)
    if fmt == "json":
        return json_digest(alerts)
    raise ValueError(f"unknown digest format {fmt!r}: use markdown, html or json")
