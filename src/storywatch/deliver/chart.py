"""Timeline charts of a fact's history, as inline SVG for the HTML digest.

One chart per tracked fact (story, subject, kind): every version that stated it is a point, in
reporting order, labelled with its date and outlet; the points where an alert was raised are
ringed in red. Figures are plotted by value (each point labelled with its value and unit, since
a fact can change currency); statuses by their place in the status vocabulary.

matplotlib draws it with its SVG backend (no GUI, no pyplot state, no fonts fetched: text stays
``<text>`` in the DejaVu Sans family the browser already has or substitutes). matplotlib escapes
the text it writes into SVG; ``tests/test_digest.py`` checks it with hostile article strings.
"""
from __future__ import annotations

import io
import os
import re
from datetime import datetime
from typing import Any, Iterable, Sequence
from urllib.parse import urlsplit

from storywatch.deliver.values import fmt_value, scaled
from storywatch.facts import LIFECYCLE_OF, STATUSES
from storywatch.records import Alert, dict_rows, stable_id

HISTORY_SQL = """
SELECT story, subject, kind, value, unit, status, text, sentence, url, outlet, published,
       observed_at, order_key, version_id
FROM fact_history
WHERE subject <> 'unrelated' AND (? IS NULL OR list_contains(?, story))
ORDER BY story, subject, order_key, version_id
"""

_LABEL_MAX = 40


def read_history(con, stories: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Every lead claim of every fact (view ``fact_history``), as dicts, in reporting order."""
    wanted = list(stories) if stories is not None else None
    return dict_rows(con.execute(HISTORY_SQL, [wanted, wanted]))


def by_fact(history: Iterable[dict[str, Any]]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """History rows grouped per fact (story, subject, kind), each group in reporting order."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in history:
        out.setdefault((row["story"], row["subject"], row["kind"]), []).append(row)
    for rows in out.values():
        rows.sort(key=lambda r: (r["order_key"], r["version_id"]))
    return out


def source_name(row: dict[str, Any]) -> str:
    """Outlet when known, else the URL's host, else the seed file's name."""
    if row.get("outlet"):
        return str(row["outlet"])
    url = str(row.get("url") or "")
    if url.startswith("seed:"):
        return url.rsplit("/", 1)[-1]
    return urlsplit(url).hostname or url or "unknown"


def _date(row: dict[str, Any]) -> str:
    ts: datetime | None = row.get("published")
    if ts is not None:
        return f"{ts:%Y-%m-%d}"
    seen: datetime | None = row.get("observed_at")
    return f"undated, read {seen:%Y-%m-%d}" if seen else "undated"


def _plain(text: str, limit: int = _LABEL_MAX) -> str:
    """A label matplotlib draws as typed: no mathtext ($…$), no control characters, bounded length."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", str(text))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("$", r"\$")


def _point_label(row: dict[str, Any]) -> str:
    if row["kind"] == "status":
        return str(row["status"])
    return fmt_value(row["value"], row["unit"])


def _y_values(rows: list[dict[str, Any]]) -> tuple[list[float], list[str] | None]:
    if rows[0]["kind"] == "status":
        # the steps of the lifecycles the fact's statuses belong to, in order
        cycles = {LIFECYCLE_OF.get(r["status"]) for r in rows}
        order = [s for s in STATUSES if LIFECYCLE_OF[s] in cycles]
        words = order + sorted({r["status"] for r in rows} - set(order))
        return [float(words.index(r["status"])) for r in rows], words
    return [float(r["value"]) if r["value"] is not None else float("nan") for r in rows], None


def _panels(rows: list[dict[str, Any]]) -> list[tuple[str | None, list[int]]]:
    """The rows of each value axis: one axis per unit of a figure, so that two currencies are
    never drawn on one scale as if they were the same amount; statuses share one axis."""
    if rows[0]["kind"] == "status":
        return [(None, list(range(len(rows))))]
    units = list(dict.fromkeys(r["unit"] for r in rows))
    return [(u, [i for i, r in enumerate(rows) if r["unit"] == u]) for u in units]


def timeline_svg(rows: list[dict[str, Any]], alerts: Sequence[Alert] = ()) -> str:
    """One fact's history as an SVG chart (a string starting with ``<svg``): every report in order
    on one time axis, one value axis per unit."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    story, subject, kind = rows[0]["story"], rows[0]["subject"], rows[0]["kind"]
    # the claim an alert reports: its version and text (another kind of the subject is another fact)
    alerted = {(a.new_version_id, a.new_text) for a in alerts if (a.story, a.subject) == (story, subject)}
    panels = _panels(rows)
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": f"{story}/{subject}/{kind}",
                     "font.family": "DejaVu Sans", "font.size": 9}):
        fig = Figure(figsize=(7.5, 2.8 + 1.9 * (len(panels) - 1)), dpi=100, layout="constrained")
        axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
        for ax, (unit, idx) in zip(axes, panels):
            title = subject if len(panels) == 1 else f"{subject} — in {unit}"
            _panel(ax, [rows[i] for i in idx], idx, alerted)
            _axes(ax, rows, [rows[i] for i in idx], _y_values([rows[i] for i in idx])[1], title,
                  ticks=ax is axes[-1])
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return _inline(buf.getvalue(), "sw" + stable_id(story, subject, kind)[:8])


def _panel(ax, rows: list[dict[str, Any]], xs: list[int], alerted: set) -> None:
    ys, _ = _y_values(rows)
    ax.step(xs, ys, where="post", color="#999999", linewidth=1, zorder=1)
    _points(ax, rows, xs, ys)
    for x, y, row in zip(xs, ys, rows):
        if (row["version_id"], row["text"]) in alerted:
            ax.scatter([x], [y], s=260, facecolors="none", edgecolors="#c00000", linewidths=2,
                       zorder=3, label="alert")
        ax.annotate(_plain(_point_label(row)), (x, y), textcoords="offset points",
                    xytext=(0, 9), ha="center", fontsize=8)


def _points(ax, rows, xs, ys) -> None:
    outlets = list(dict.fromkeys(source_name(r) for r in rows))
    for i, outlet in enumerate(outlets):
        pts = [(x, y) for x, y, r in zip(xs, ys, rows) if source_name(r) == outlet]
        ax.scatter([p[0] for p in pts], [p[1] for p in pts], s=40, zorder=2,
                   color=f"C{i % 10}", label=_plain(outlet))


def _axes(ax, rows, panel_rows, words, subject, ticks: bool = True) -> None:
    """The time axis carries every report (labelled on the bottom panel); the value axis this
    panel's, formatted in its unit."""
    if ticks:
        ax.set_xticks(range(len(rows)), [f"{_date(r)}\n{_plain(source_name(r), 24)}" for r in rows], fontsize=7)
    ax.set_xlim(-0.6, len(rows) - 0.4)
    ax.margins(y=0.35)
    if words is not None:
        ax.set_yticks(range(len(words)), words)
    else:
        ax.ticklabel_format(axis="y", style="plain", useOffset=False)
        ax.yaxis.set_major_formatter(_money_formatter(panel_rows))
    ax.set_title(_plain(subject, 60), loc="left", fontsize=10)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(unique.values(), unique.keys(), fontsize=7, loc="best", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)


def _money_formatter(rows):
    from matplotlib.ticker import FuncFormatter
    units = {r["unit"] for r in rows}
    unit = units.pop() if len(units) == 1 else None
    return FuncFormatter(lambda v, _pos: _plain(fmt_value(v, unit) if unit else scaled(v)))


def _inline(svg: str, prefix: str) -> str:
    """Drop the XML prolog and DOCTYPE, and make element ids unique within the HTML page."""
    svg = svg[svg.find("<svg"):].strip()
    ids = set(re.findall(r'\bid="([^"]+)"', svg))

    def rename(m: re.Match[str]) -> str:
        name = m.group(2)
        return f"{m.group(1)}{prefix}-{name}{m.group(3)}" if name in ids else m.group(0)
    return re.sub(r'(\bid="|url\(#|href="#)([^")]+)([")])', rename, svg)


def timelines(history: Iterable[dict[str, Any]], alerts: Sequence[Alert]) -> dict[tuple[str, str, str], str]:
    """SVG per fact of the stories the alerts are about, keyed by (story, subject, kind)."""
    stories = {a.story for a in alerts}
    return {key: timeline_svg(rows, alerts) for key, rows in by_fact(history).items()
            if key[0] in stories}
