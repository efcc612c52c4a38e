"""Values as people read them: one formatting shared by the digests, the charts, the CLI and the
JSON shape of an alert."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from storywatch.records import Alert

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
DURATION_UNITS = ("years", "months", "weeks", "days", "hours")


def scaled(value: float) -> str:
    """A number in words of its scale: 1.5e9 → '1.5 billion'."""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def fmt_value(value: float | None, unit: str | None, status: str | None = None) -> str:
    """A claim's value in its unit: 'USD 1.5 billion', '35%', '5 years', '1,200', or its status."""
    if status is not None:
        return status
    if value is None:
        return "?"
    if unit == "%":
        return f"{value:g}%"
    if unit in (None, "count"):
        return f"{value:,.0f}" if value == int(value) else f"{value:g}"
    if unit in DURATION_UNITS:
        return f"{value:g} {unit}"
    return f"{unit} {scaled(value)}"


def change_text(a: Alert) -> tuple[str, str]:
    """An alert's old and new value, formatted."""
    return (fmt_value(a.old_value, a.old_unit, a.old_status),
            fmt_value(a.new_value, a.new_unit, a.new_status))


def iso(ts: datetime | None) -> str | None:
    return ts.isoformat() if ts else None


def alert_json(a: Alert) -> dict[str, Any]:
    """The public JSON shape of an alert (README: `storywatch alerts --json`)."""
    status = a.new_status is not None
    return {
        "id": a.alert_id, "story": a.story, "kind": a.kind, "subject": a.subject,
        "old": {"value": a.old_status if status else a.old_value, "unit": None if status else a.old_unit,
                "text": a.old_text, "url": a.old_url, "published": iso(a.old_published)},
        "new": {"value": a.new_status if status else a.new_value, "unit": None if status else a.new_unit,
                "text": a.new_text, "url": a.new_url, "published": iso(a.new_published)},
        "evidence": a.evidence, "old_evidence": a.old_evidence,
        "detected_at": iso(a.detected_at),
    }
