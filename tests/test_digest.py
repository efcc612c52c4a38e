"""Digests: urlwatch's layout (summary, then details), charts of the fact history, escaping."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from storywatch.deliver.chart import by_fact, read_history, source_name, timeline_svg, timelines
from storywatch.deliver.digest import html_digest, json_digest, markdown, md_escape, ordered, render
from storywatch.pipeline import run_story
from storywatch.records import Alert, from_row
from storywatch.story import load_story
from storywatch.store.warehouse import Warehouse

HOSTILE = ("<script>document.title='PWNED'</script>"
           "\"'><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
           " [click](javascript:alert(1)) $x$ `code`")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """A warehouse built from the shipped seeds: its one real alert and the fact history."""
    wh = Warehouse(tmp_path_factory.mktemp("digest") / "wh")
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    with wh.reader() as con:
        cur = con.execute("SELECT * FROM alerts")
        names = [d[0] for d in cur.description]
        alerts = [from_row(Alert, dict(zip(names, r))) for r in cur.fetchall()]
        history = read_history(con)
    assert len(alerts) == 1
    return alerts, history


def hostile(alert: Alert) -> Alert:
    return replace(alert, evidence=f"Officials said {HOSTILE}.", new_text=HOSTILE,
                   new_url="https://x.example/a?b=<script>alert(1)</script>",
                   old_text=HOSTILE, old_evidence=HOSTILE, story="italy-spacex")


def hostile_history(history):
    return [{**row, "text": HOSTILE, "sentence": HOSTILE, "outlet": HOSTILE,
             "url": "https://x.example/\"><script>alert(1)</script>"} for row in history]


class Tags(HTMLParser):
    """Every start tag and attribute a browser would build from the page."""

    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def parsed(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    return t


def test_nothing_changed_means_no_digest():
    for fmt in ("markdown", "html"):
        assert render([], fmt) == ""
    assert html_digest([], charts={("s", "x", "money"): "<svg></svg>"}) == ""
    assert json.loads(render([], "json")) == []


def test_markdown_summary_then_details(real):
    alerts, _ = real
    md = markdown(alerts)
    assert md.startswith("# storywatch digest — 1 change\n")
    summary, details = md.split("\n---\n")
    assert "1. **italy-spacex** — deal value: USD 1.5 billion → EUR 1.5 billion" in summary
    assert "## 1. italy-spacex — deal value (figure changed)" in details
    assert "- **was:** USD 1.5 billion — “$1.5 billion”" in details
    assert "- **now:** EUR 1.5 billion — “1.5 billion euros, roughly equating to $1.55 billion”" in details
    assert "> According to credible sources" in details
    assert "source: seed:italy-spacex/000_" in details and "source: seed:italy-spacex/002_" in details
    assert f"id `{alerts[0].alert_id}`" in details and "detected 20" in details


def test_summary_is_numbered_per_story_and_fact():
    t = datetime(2026, 11, 23, tzinfo=timezone.utc)
    base = Alert("a", "s1", "figure_changed", "deal value", 1e9, "EUR", None, "1 billion euros", "u1",
                 None, "v1", 2e9, "EUR", None, "2 billion euros", "u2", t, "v2", "ev", None, t, "r")
    mix = [base, replace(base, alert_id="b", story="s2"), replace(base, alert_id="c", subject="budget"),
           replace(base, alert_id="d", old_value=2e9, new_value=3e9, new_text="3 billion euros")]
    assert [a.alert_id for a in ordered(mix)] == ["a", "d", "c", "b"]
    md = markdown(mix)
    assert md.index("1. **s1** — deal value") < md.index("2. **s1** — deal value") \
        < md.index("3. **s1** — budget") < md.index("4. **s2** — deal value")
    assert "## 2. s1 — deal value" in md and "EUR 2 billion → EUR 3 billion" in md
    rows = json.loads(json_digest(mix))
    assert [(r["n"], r["id"]) for r in rows] == [(1, "a"), (2, "d"), (3, "c"), (4, "b")]
    assert rows[1]["summary"] == "s1 — deal value: EUR 2 billion → EUR 3 billion"


def test_json_digest_keeps_the_alert_shape(real):
    alerts, _ = real
    (row,) = json.loads(json_digest(alerts))
    assert row["id"] == alerts[0].alert_id and row["n"] == 1
    assert row["old"]["unit"] == "USD" and row["new"]["unit"] == "EUR"
    assert row["evidence"].startswith("According to credible sources")


def test_html_digest_carries_one_timeline_per_fact(real):
    alerts, history = real
    page = html_digest(alerts, timelines(history, alerts))
    facts = by_fact(history)
    assert set(facts) == {("italy-spacex", "deal value", "money"), ("italy-spacex", "deal status", "status")}
    assert page.count("<svg") == len(facts) and page.count("</svg>") == len(facts)
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page
    assert "default-src 'none'" in page and "<blockquote class='evidence'>" in page
    assert page.index("<ol class='summary'>") < page.index("<section class='alert'") < page.index("<svg")
    chart = timeline_svg(facts[("italy-spacex", "deal value", "money")], alerts)
    assert "EUR 1.5 billion" in chart and "USD 1.5 billion" in chart     # text stays text
    assert "000_762e4873f08c2ef8.txt" in chart                        # outlet / source label
    assert "#c00000" in chart                                         # the alert ring
    assert "<svg" not in html_digest(alerts)                          # works without history


def test_svg_ids_differ_between_charts(real):
    alerts, history = real
    import re
    page = html_digest(alerts, timelines(history, alerts))
    ids = re.findall(r"\bid=\"([^\"]+)\"", page)
    assert ids and len(ids) == len(set(ids))
    refs = re.findall(r"url\(#([^)]+)\)", page)
    assert refs and set(refs) <= set(ids)                             # clip paths still resolve


def test_read_history_filters_stories(real, tmp_path):
    _, history = real
    assert all(r["subject"] != "unrelated" for r in history)
    assert [r["order_key"] for r in history if r["subject"] == "deal value"] == \
        sorted(r["order_key"] for r in history if r["subject"] == "deal value")
    assert source_name({"outlet": None, "url": "https://www.example.com/a"}) == "www.example.com"
    assert source_name({"outlet": "Reuters", "url": "x"}) == "Reuters"


def test_article_strings_are_inert_in_html_and_svg(real):
    alerts, history = real
    page = html_digest([hostile(alerts[0])], timelines(hostile_history(history), [hostile(alerts[0])]))
    tags = parsed(page)
    assert "script" not in tags.tags and "img" not in tags.tags
    assert not [a for a in tags.attrs if a.startswith("on")]
    assert "data-pwned" not in tags.attrs
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;" in page                                    # shown, as text
    svg = page[page.index("<svg"):]
    assert "&lt;script&gt;" in svg or "&lt;script" in svg              # the outlet label, escaped
    assert "javascript:alert" not in "".join(a for a in tags.attrs)


def test_hostile_strings_in_markdown_are_text(real):
    alerts, _ = real
    md = markdown([hostile(alerts[0])])
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md and r"\[click\](javascript:alert(1))" in md
    assert md_escape("a\nb`c`*d*") == r"a b\`c\`\*d\*"


def test_dollar_signs_do_not_become_mathtext(real):
    alerts, history = real
    rows = [{**r, "outlet": "$1 and $2 outlet"} for r in by_fact(history)[("italy-spacex", "deal value", "money")]]
    svg = timeline_svg(rows, alerts)
    assert "$1 and $2 outlet" in svg


def test_a_subject_reported_as_money_and_as_a_percent_gets_a_chart_each(real):
    # "budget" as $5,000 and as 40 percent in one version, then $700 million: two facts; the
    # alert's ring is on the money chart only, though its version also states the percent
    alerts, history = real
    base = dict(history[0], subject="budget", status=None, outlet=None, published=None)
    rows = [dict(base, kind="money", value=5000.0, unit="USD", text="$5,000", version_id="v1", order_key="1|a"),
            dict(base, kind="percent", value=40.0, unit="%", text="40 percent", version_id="v1", order_key="1|a"),
            dict(base, kind="money", value=7e8, unit="USD", text="$700 million", version_id="v2", order_key="2|b"),
            dict(base, kind="percent", value=40.0, unit="%", text="40 percent", version_id="v2", order_key="2|b")]
    alert = replace(alerts[0], subject="budget", old_text="$5,000", new_text="$700 million",
                    old_version_id="v1", new_version_id="v2", story=base["story"])
    charts = by_fact(rows)
    assert set(charts) == {(base["story"], "budget", "money"), (base["story"], "budget", "percent")}
    money = timeline_svg(charts[(base["story"], "budget", "money")], [alert])
    share = timeline_svg(charts[(base["story"], "budget", "percent")], [alert])
    assert "#c00000" in money and "#c00000" not in share
    assert "USD 700 million" in money and "USD" not in share
