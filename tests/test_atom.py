"""Atom feeds of alerts (RFC 4287): valid under feedparser, the elements a validator requires,
stable ids, article text escaped, and `storywatch digest --format atom`."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import feedparser
import pytest

from storywatch.app.cli import main
from storywatch.deliver import atom_feed, entry_id, feed_id, render
from storywatch.pipeline import run_story
from storywatch.records import Alert, records_of
from storywatch.story import load_story
from storywatch.store import Warehouse

A = "{http://www.w3.org/2005/Atom}"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
RFC3339 = "%Y-%m-%dT%H:%M:%SZ"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    wh = Warehouse(tmp_path_factory.mktemp("atom") / "wh")
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    with wh.reader() as con:
        alerts = records_of(con.execute("SELECT * FROM alerts"), Alert)
    assert len(alerts) == 1
    return wh, alerts[0]


def hostile(a: Alert) -> Alert:
    return replace(a, alert_id="0123456789abcdef0123", subject="deal value",
                   evidence=f"Officials said {SCRIPT} {IMG} & more\x00\x0b.", old_evidence=f"{SCRIPT}{IMG}",
                   new_text=f"{SCRIPT} 2 billion", old_url="javascript:alert(1)",
                   new_url="https://news.example/a?x=1&y=<b>\"q\"",
                   detected_at=a.detected_at + timedelta(hours=1))


def parse_ok(text: str):
    parsed = feedparser.parse(text)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_feed_parses_and_has_what_rfc4287_requires(built):
    _, alert = built
    bad = hostile(alert)
    text = atom_feed([alert, bad], story="italy-spacex", self_url="http://127.0.0.1:8765/feeds/italy-spacex.atom",
                     page_url="http://127.0.0.1:8765/stories/italy-spacex",
                     alert_url=lambda a: f"http://127.0.0.1:8765/alerts/{a.alert_id}")
    parsed = parse_ok(text)
    assert parsed.feed.id == "urn:storywatch:story:italy-spacex" == feed_id("italy-spacex")
    assert parsed.feed.title and parsed.feed.author == "storywatch"
    assert [e.id for e in parsed.entries] == [f"urn:storywatch:alert:{bad.alert_id}",
                                              f"urn:storywatch:alert:{alert.alert_id}"]   # newest first
    # the structure itself (what a feed validator checks), read with a plain XML parser
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{tag}") is not None, tag
    datetime.strptime(root.findtext(f"{A}updated"), RFC3339)
    assert root.find(f"{A}author/{A}name").text == "storywatch"
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert rels == {"self": "http://127.0.0.1:8765/feeds/italy-spacex.atom",
                    "alternate": "http://127.0.0.1:8765/stories/italy-spacex"}
    entries = root.findall(f"{A}entry")
    assert len(entries) == 2
    for entry, a in zip(entries, [bad, alert]):
        assert entry.findtext(f"{A}id") == entry_id(a)
        assert entry.findtext(f"{A}title")
        assert entry.findtext(f"{A}updated") == a.detected_at.astimezone(timezone.utc).strftime(RFC3339)
        assert entry.find(f"{A}content").get("type") == "html"
        alternate = [x for x in entry.findall(f"{A}link") if x.get("rel") == "alternate"]
        assert [x.get("href") for x in alternate] == [f"http://127.0.0.1:8765/alerts/{a.alert_id}"]
    # feedparser's view: the alternate link, both sources, the change in the title
    first = parsed.entries[1]
    assert first.link == f"http://127.0.0.1:8765/alerts/{alert.alert_id}"
    assert "USD 1.5 billion → EUR 1.5 billion" in first.title
    assert "1.5 billion euros" in first.content[0].value and "seed:italy-spacex/" in first.content[0].value


def test_article_text_is_escaped_and_stays_text(built):
    _, alert = built
    bad = hostile(alert)
    text = atom_feed([bad], story="italy-spacex")
    parse_ok(text)                                       # the control characters were dropped
    assert "\x00" not in text and "\x0b" not in text
    assert SCRIPT not in text and "<img" not in text     # nowhere raw in the XML
    root = ET.fromstring(text.encode("utf-8"))
    entry = root.find(f"{A}entry")
    content = entry.findtext(f"{A}content")              # the HTML the reader renders
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content and "<script" not in content
    assert "&lt;img src=x onerror=" in content
    assert "href=\"javascript:" not in content and "javascript:alert(1)" in content   # shown as text
    assert "href=\"https://news.example/a?x=1&amp;y=&lt;b&gt;&quot;q&quot;\"" in content
    assert entry.findtext(f"{A}summary").startswith(f"Officials said {SCRIPT}")       # type text: as written
    related = [x.get("href") for x in entry.findall(f"{A}link")]
    assert related == ["https://news.example/a?x=1&y=<b>\"q\""]          # the web source only, no javascript:
    parsed = parse_ok(text)
    assert "<script" not in parsed.entries[0].content[0].value


def test_ids_are_stable_and_the_all_stories_feed_has_its_own(built):
    _, alert = built
    when = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    one = atom_feed([alert], story="italy-spacex", updated=when)
    assert one == atom_feed([alert], story="italy-spacex", updated=when)
    everything = parse_ok(atom_feed([alert]))
    assert everything.feed.id == "urn:storywatch:stories"
    assert everything.entries[0].id == parse_ok(one).entries[0].id
    assert "stories" in everything.feed.title or "all" in everything.feed.title


def test_a_feed_without_alerts_is_valid(built):
    when = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    parsed = parse_ok(atom_feed([], story="italy-spacex", updated=when))
    assert parsed.entries == [] and parsed.feed.updated == "2026-11-23T12:00:00Z"


def test_digest_format_atom(built, capsys, tmp_path):
    wh, alert = built
    assert render([alert], "atom").startswith("<?xml")
    assert render([], "atom") == ""                       # no alerts, no digest, as for every format
    assert main(["digest", "--warehouse", str(wh.root), "--format", "atom"]) == 0
    parsed = parse_ok(capsys.readouterr().out)
    assert [e.id for e in parsed.entries] == [f"urn:storywatch:alert:{alert.alert_id}"]
    assert parsed.feed.id == "urn:storywatch:story:italy-spacex"     # the alerts are of one story
    assert main(["digest", "--warehouse", str(tmp_path / "none"), "--format", "atom"]) == 0
    assert capsys.readouterr().out == ""
