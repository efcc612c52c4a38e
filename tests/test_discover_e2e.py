"""Coverage found by news search, end to end: GDELT-, Google News- and Bing News-shaped services on
127.0.0.1 (their base URLs overridden), the coverage fixtures as the publishers' pages, real runs
into a real warehouse, then a rerun."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from storywatch.app.cli import main
from storywatch.ingest import canonicalize
from storywatch.pipeline import run_story
from storywatch.story import load_story, read_story_file
from test_discover import google_id

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

TALKS = "/globalwire/italy-spacex-talks.html"
ITALIAN = "/corriere-orbitale/italia-spacex-trattativa"
LAUNCH = "/globalwire/spacex-starlink-launch.html"      # SpaceX, no Italy: off-story
BUDGET = "/globalwire/italy-budget-2025.html"           # Italy, no SpaceX: off-story
DESK = "/defensedesk/italy-spacex-encryption-deal-talks"
BLOG = "/orbitpolicy/italy-starlink-talks-sovereignty/"
GDELT = "/api/v2/doc/doc"


@pytest.fixture
def srv(monkeypatch):
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0")
    with LocalServer() as s:
        s.serve_coverage()
        for name, path in (("GDELT", GDELT), ("GOOGLE_NEWS", "/rss/search"), ("BING_NEWS", "/news/search")):
            monkeypatch.setenv(f"STORYWATCH_DISCOVER_{name}_URL", s.url(path))
        yield s


def _story_file(tmp_path, discover: list[str], **more) -> object:
    """A story file with a name, a slug, the shipped story's terms and ``discover``: nothing else."""
    folder = tmp_path / "stories"
    folder.mkdir(exist_ok=True)
    (tmp_path / "seeds").mkdir(exist_ok=True)          # the default seeds folder, empty
    terms = json.dumps([list(g) for g in load_story("italy-spacex").terms])
    lines = ['name = "Italy and SpaceX, found by search"', 'slug = "found"', f"terms = {terms}",
             f"discover = {json.dumps(discover)}", *(f"{k} = {json.dumps(v)}" for k, v in more.items())]
    path = folder / "found.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_story_file(path)


def _artlist(srv, paths) -> bytes:
    return json.dumps({"articles": [
        {"url": srv.url(p), "url_mobile": "", "title": p.rsplit("/", 1)[-1], "seendate": "20250106T100000Z",
         "socialimage": "", "domain": "127.0.0.1", "language": "English", "sourcecountry": "Italy"}
        for p in paths]}).encode()


def _q(wh, sql, *params):
    with wh.reader() as con:
        return con.execute(sql, list(params)).fetchall()


def _run(story, wh, **kw):
    return run_story(story, wh, allow_private=True, say=lambda m: None, **kw)


def test_a_story_with_only_terms_and_gdelt_finds_stores_and_alerts_then_a_rerun_costs_nothing(
        srv, tmp_path, warehouse, capsys):
    srv.route(GDELT, _artlist(srv, [TALKS, LAUNCH, BUDGET, ITALIAN]), content_type="application/json", etag=True)
    story = _story_file(tmp_path, ["gdelt"])
    assert (story.feeds, story.pages) == ((), ())
    first = _run(story, warehouse)

    # the query built from the terms, with ArtList JSON asked for
    (hit,) = srv.hits(GDELT)
    sent = parse_qs(urlsplit(hit.path).query)
    assert sent["query"] == ['(Italy OR Italian OR Italia OR italiano OR italiana OR italiane OR Rome OR Roma OR '
                             'Meloni OR "Palazzo Chigi") (SpaceX OR Starlink OR Musk)']
    assert (sent["mode"], sent["format"]) == (["ArtList"], ["json"])
    # every item fetched, off-story ones rejected, on-story ones stored under the publisher's URL
    assert [srv.count(p) for p in (TALKS, LAUNCH, BUDGET, ITALIAN)] == [1, 1, 1, 1]
    rejected = {u.rsplit("/", 1)[-1]: r for u, r in _q(warehouse, "SELECT url, reason FROM rejections")}
    assert "Italy" in rejected["spacex-starlink-launch.html"] and "SpaceX" in rejected["italy-budget-2025.html"]
    urls = {u for (u,) in _q(warehouse, "SELECT url FROM articles WHERE story = 'found'")}
    assert canonicalize(srv.url(TALKS)) in urls and len(urls) == 2
    assert first.new_articles == 2 and first.errors == ()
    # and the two outlets' figures the same day raise an alert
    assert any(a.kind == "conflict" and a.subject == "deal value" for a in first.alerts)
    (poll,) = _q(warehouse, "SELECT source, items, new_items, kept, error FROM discover_polls")
    assert poll == ("gdelt", 4, 4, 2, None)

    # a rerun once the polite interval has passed: a conditional GET, 304, nothing downstream
    later = datetime.now(timezone.utc) + timedelta(hours=1)
    second = _run(story, warehouse, now=later)
    assert srv.count(GDELT) == 2 and "If-None-Match" in srv.hits(GDELT)[-1].headers
    assert [srv.count(p) for p in (TALKS, LAUNCH, BUDGET, ITALIAN)] == [1, 1, 1, 1]
    assert (second.new_articles, second.new_versions, second.alerts, second.errors) == (0, 0, (), ())
    # the same items without validators: read again, but nothing new is fetched
    srv.route(GDELT, _artlist(srv, [TALKS, LAUNCH, BUDGET, ITALIAN]), content_type="application/json")
    third = _run(story, warehouse, now=later + timedelta(hours=1))
    assert srv.count(GDELT) == 3 and [srv.count(p) for p in (TALKS, LAUNCH, ITALIAN)] == [1, 1, 1]
    assert (third.new_articles, third.new_versions, third.alerts) == (0, 0, ())
    # within the interval the service is not asked at all
    _run(story, warehouse, now=later + timedelta(hours=1, minutes=5))
    assert srv.count(GDELT) == 3
    polls = _q(warehouse, "SELECT not_modified, items, new_items, kept FROM discover_polls ORDER BY polled_at")
    assert polls[1:] == [(True, 0, 0, 0), (False, 4, 0, 0)]

    # storywatch status shows the search: last poll, items found, kept, errors
    assert main(["status", "--story", str(story.path), "--warehouse", str(warehouse.root)]) == 0
    out = capsys.readouterr().out
    assert "discover gdelt: polled" in out and "8 items found, 2 kept as on-story, 0 with errors" in out
    assert main(["status", "--story", str(story.path), "--warehouse", str(warehouse.root), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["searches"]
    assert (row["source"], row["items_found"], row["items_kept"], row["polls"]) == ("gdelt", 8, 2, 3)


def _google_rss(srv, links) -> bytes:
    items = "".join(
        f"<item><title>{t} - Outlet</title><link>{link}</link><guid isPermaLink=\"false\">{gid}</guid>"
        f"<pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><description>&lt;a href=\"{link}\"&gt;{t}&lt;/a&gt;"
        f"</description><source url=\"{srv.base}\">Outlet</source></item>"
        for t, link, gid in links)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title>\"Italy\" - Google News</title><link>https://news.google.com/</link>{items}"
            "</channel></rss>").encode()


def _bing_rss(srv, targets) -> bytes:
    items = "".join(
        f"<item><title>{p}</title><link>{srv.url('/news/apiclick.aspx')}?ref=FexRss&amp;aid=&amp;tid=T{i}&amp;"
        f"url={quote(srv.url(p), safe='')}&amp;c=1&amp;mkt=en-us</link><description>d</description>"
        f"<pubDate>Mon, 06 Jan 2025 11:00:00 GMT</pubDate></item>" for i, p in enumerate(targets))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bing: Italy</title>'
            f"<link>https://www.bing.com/news</link>{items}</channel></rss>").encode()


def test_aggregator_links_are_stored_under_the_publishers_url_once_with_an_outlet_feed(srv, tmp_path, warehouse):
    embedded = srv.url("/rss/articles/" + google_id(srv.url(TALKS + "?utm_source=gnews")) + "?oc=5")
    srv.redirect("/rss/articles/AU_yqLdesk", DESK)
    srv.route("/rss/articles/AU_yqLstuck", "<html><body>Opening Google News…</body></html>")
    srv.route("/rss/search", _google_rss(srv, [
        ("Talks", embedded, "CBMi-talks"), ("Desk", srv.url("/rss/articles/AU_yqLdesk?oc=5"), "AU_desk"),
        ("Stuck", srv.url("/rss/articles/AU_yqLstuck?oc=5"), "AU_stuck")]),
        content_type="application/rss+xml; charset=utf-8", etag=True)
    srv.route("/news/search", _bing_rss(srv, [BLOG, TALKS]), content_type="application/rss+xml", etag=True)
    story = _story_file(tmp_path, ["google-news", "bing-news"],
                        feeds=[srv.url("/feeds/globalwire-rss2.xml")])
    first = _run(story, warehouse)

    urls = [u for (u,) in _q(warehouse, "SELECT url FROM articles")]
    # found by the outlet's feed, by Google News and by Bing: one article, fetched once
    assert urls.count(canonicalize(srv.url(TALKS))) == 1 and srv.count(TALKS) == 1
    assert canonicalize(srv.url(DESK)) in urls and canonicalize(srv.url(BLOG)) in urls
    assert not any("/rss/articles/" in u or "apiclick" in u for u in urls)
    assert not _q(warehouse, "SELECT url FROM fetches WHERE url LIKE '%/rss/articles/%' OR url LIKE '%apiclick%'")
    # the link that leads nowhere is a source error of the search, never stored
    (stuck,) = [e for e in first.errors if "AU_yqLstuck" in e.message]
    assert stuck.source.startswith(srv.url("/rss/search")) and not stuck.transient
    links = {l for (l,) in _q(warehouse, "SELECT link FROM feed_entries WHERE feed_url LIKE '%/rss/search%'")}
    assert links == {srv.url(TALKS + "?utm_source=gnews"), srv.url(DESK), None}
    polls = dict((s, (i, n, k)) for s, i, n, k in
                 _q(warehouse, "SELECT source, items, new_items, kept FROM discover_polls"))
    assert polls == {"google-news": (3, 2, 2), "bing-news": (2, 2, 2)}

    later = datetime.now(timezone.utc) + timedelta(hours=1)
    second = _run(story, warehouse, now=later)
    assert (second.new_articles, second.new_versions, second.errors) == (0, 0, ())
    # an opaque Google link costs a request to where it leads (its body unread), then the page's fetch
    assert srv.count(TALKS) == 1 and srv.count(DESK) == 2 and srv.count("/rss/articles/AU_yqLstuck") == 1


@pytest.mark.parametrize("answer,says", [
    (dict(body=b"<!DOCTYPE html><html><body><h1>Before you continue</h1></body></html>"), "answered an HTML page"),
    (dict(body=b"Please limit requests to one every 5 seconds or contact us.", content_type="text/plain"),
     "answered a message instead of results"),
    (dict(body=b'{"articles": [{"url": "http', content_type="application/json"), "malformed JSON"),
    (dict(body=b"<html><body>Server error</body></html>", status=500), "500"),
])
def test_a_bad_answer_is_recorded_and_the_other_sources_go_on(srv, tmp_path, warehouse, answer, says):
    srv.route(GDELT, **answer)
    story = _story_file(tmp_path, ["gdelt"], pages=[srv.url(TALKS)])
    s = _run(story, warehouse)
    assert s.new_articles == 1                        # the listed page still comes in
    (error,) = [e for e in s.errors if GDELT in e.source]
    assert says in error.message
    ((items, message),) = _q(warehouse, "SELECT items, error FROM discover_polls")
    assert items == 0 and says in message


def test_a_flood_and_odd_links_are_bounded_and_recorded(srv, tmp_path, warehouse, monkeypatch):
    monkeypatch.setenv("STORYWATCH_MAX_ENTRIES", "5")
    flood = json.loads(_artlist(srv, [f"/flood/{i}" for i in range(300)]))
    for i in range(5):
        flood["articles"].insert(0, {"url": f"javascript:alert({i})", "title": "odd", "seendate": "20250107T000000Z"})
    srv.route(GDELT, json.dumps(flood).encode(), content_type="application/json")
    story = _story_file(tmp_path, ["gdelt"])
    s = _run(story, warehouse)
    assert sum(srv.count(f"/flood/{i}") for i in range(300)) == 5     # a run fetches at most 5 new entries
    ((items, new, error),) = _q(warehouse, "SELECT items, new_items, error FROM discover_polls")
    assert (items, new) == (250, 5) and "answered 305 items, more than the 250 one poll reads" in error
    # the poll's error names the first problems and counts the rest; each is a source error
    assert "not an http(s) address" in error and error.endswith("and 3 more (see source_errors)")
    assert sum("javascript:alert(" in e.message for e in s.errors) == 5
    assert not _q(warehouse, "SELECT 1 FROM fetches WHERE url LIKE 'javascript%'")


def test_the_service_is_not_asked_without_the_private_switch(srv, tmp_path, warehouse, monkeypatch):
    monkeypatch.delenv("STORYWATCH_ALLOW_PRIVATE", raising=False)
    srv.route(GDELT, _artlist(srv, [TALKS]), content_type="application/json")
    story = _story_file(tmp_path, ["gdelt"])
    s = run_story(story, warehouse, say=lambda m: None)
    assert srv.count(GDELT) == 0 and s.new_articles == 0
    assert "STORYWATCH_ALLOW_PRIVATE" in s.errors[0].message


def test_status_reads_a_warehouse_of_an_earlier_release_before_its_first_search(tmp_path):
    import shutil
    from pathlib import Path

    from storywatch.app.status import render_status, story_status
    from storywatch.store import Warehouse
    wh = Warehouse(tmp_path / "wh")
    shutil.copytree(Path(__file__).parent / "fixtures" / "warehouse-0.1.0", wh.root,
                    ignore=shutil.ignore_patterns("*.md"))
    story = _story_file(tmp_path, ["gdelt", "bing-news"])
    st = story_status(story, wh)
    assert st["searches"] == [] and st["discover"] == ["gdelt", "bing-news"]
    text = render_status(st)
    assert "discover gdelt: not polled yet" in text and "; discover gdelt, bing-news" in text


def test_stories_lists_a_storys_searches_and_never_counts_it_idle(srv, tmp_path, warehouse, monkeypatch, capsys):
    from dataclasses import replace

    from storywatch.app.stories import idle_stories
    srv.route(GDELT, b"{}", content_type="application/json")        # GDELT's answer when nothing matched
    story = _story_file(tmp_path, ["gdelt", "google-news"])
    monkeypatch.setenv("STORYWATCH_STORIES", str(story.path.parent))
    assert main(["stories", "--warehouse", str(warehouse.root)]) == 0
    assert "found — Italy and SpaceX, found by search: 0 feeds, 0 pages, discover gdelt, google-news" in \
        capsys.readouterr().out
    assert main(["stories", "--warehouse", str(warehouse.root), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["stories"]
    assert row["discover"] == ["gdelt", "google-news"]
    story = replace(story, discover=("gdelt",))
    assert _run(story, warehouse).errors == ()
    assert idle_stories(warehouse, [story]) == {}                   # its searches must be polled
    assert "found" in idle_stories(warehouse, [replace(story, discover=())])
