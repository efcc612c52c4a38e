"""Coverage over HTTP end to end: feeds and pages from a real loopback server, two runs and a third."""
from datetime import datetime, timedelta, timezone

import pytest

from storywatch.ingest.collect import revisit_interval
from storywatch.pipeline import run_story

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

FEEDS = ("/feeds/globalwire-rss2.xml", "/feeds/alert-atom.xml", "/feeds/orbitpolicy.json",
         "/feeds/roundup-malformed.xml")


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0")
    with LocalServer() as srv:
        srv.serve_coverage()
        yield srv


def _run(story, wh, srv, tmp_path):
    empty = tmp_path / "no-seeds"
    empty.mkdir(exist_ok=True)
    return run_story(story, wh, seeds_dir=empty, feeds=[srv.url(f) for f in FEEDS],
                     allow_private=True, say=lambda m: None)


def _q(wh, sql, *params):
    with wh.reader() as con:
        return con.execute(sql, list(params)).fetchall()


def test_two_runs_with_one_changed_article_then_a_third_adds_nothing(story, warehouse, server, tmp_path):
    first = _run(story, warehouse, server, tmp_path)
    urls = {u for (u,) in _q(warehouse, "SELECT url FROM articles")}
    assert not any("spacex-starlink-launch" in u or "budget" in u for u in urls)
    rejected = {u.rsplit("/", 1)[-1]: r for u, r in _q(warehouse, "SELECT url, reason FROM rejections")}
    assert "Italy" in rejected["spacex-starlink-launch.html"]
    assert "SpaceX" in rejected["italy-budget-2025.html"]
    # the syndicated copy keeps its own identity and is stored as the newswire story's duplicate
    (copy_of,), = _q(warehouse, "SELECT o.url FROM versions v JOIN articles c ON c.article_id = v.article_id "
                                "JOIN versions ov ON ov.version_id = v.duplicate_of "
                                "JOIN articles o ON o.article_id = ov.article_id WHERE c.url LIKE '%dailyledger%'")
    assert copy_of.endswith("/globalwire/italy-spacex-talks.html")
    assert any("/politica/" in u for u in urls)          # the Italian article, identity from og:url
    assert first.duplicates == 1
    # the newswire's "$1.5 billion" and the Italian "1,5 miliardi di euro" the same day: a conflict
    conflicts = [a for a in first.alerts if a.kind == "conflict"]
    assert any("/politica/" in a.new_url and "globalwire" in a.old_url for a in conflicts)
    # the malformed feed's error is recorded, its good entries still read
    errors = [e.source for e in first.errors]
    assert server.url("/feeds/roundup-malformed.xml") in errors
    assert _q(warehouse, "SELECT count(*) FROM feed_polls WHERE entries > 0 AND feed_url LIKE '%roundup%'")[0][0] == 1
    # sidebars, rails and comments never reach the claims
    sentences = " ".join(s for (s,) in _q(warehouse, "SELECT sentence FROM claims"))
    for sidebar in ("$350 billion", "Tesla", "€10.6 billion", "€4.2 billion", "30 miliardi"):
        assert sidebar not in sentences
    n_versions = _q(warehouse, "SELECT count(*) FROM versions")[0][0]

    server.serve_coverage(updated=True)
    second = _run(story, warehouse, server, tmp_path)
    assert second.new_versions == 1 and second.new_articles == 0
    (seq, url), = _q(warehouse, "SELECT seq, a.url FROM versions JOIN articles a "
                                "USING (article_id) WHERE versions.run_id = ?", second.run_id)
    assert seq == 2 and "defensedesk" in url
    kinds = sorted((a.kind, a.new_status or a.new_value) for a in second.alerts)
    assert ("figure_changed", 1.6e9) in kinds and ("status_changed", "signed") in kinds
    assert all(a.new_url == url for a in second.alerts)
    # conditional GET: unchanged feeds answered 304
    polls = _q(warehouse, "SELECT feed_url, not_modified FROM feed_polls WHERE run_id = ?", second.run_id)
    assert dict(polls)[server.url("/feeds/globalwire-rss2.xml")] is True

    third = _run(story, warehouse, server, tmp_path)
    assert (third.new_articles, third.new_versions, len(third.alerts)) == (0, 0, 0)
    assert _q(warehouse, "SELECT count(*) FROM versions")[0][0] == n_versions + 1


def test_syndicated_copy_under_its_own_url_is_a_duplicate_and_alerts_nothing(story, warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0")
    with LocalServer() as srv:
        srv.fixture("/a/original", "newswire-italy-spacex.html", content_type="text/html; charset=utf-8")
        body = (srv.fixture("/b/copy", "syndicated-newswire-copy.html").body
                .replace(b"rel=\"canonical\"", b"rel=\"x-canonical\""))
        srv.route("/b/copy", body, content_type="text/html; charset=utf-8")
        empty = tmp_path / "none"
        empty.mkdir()
        s = run_story(story, warehouse, seeds_dir=empty, pages=[srv.url("/a/original"), srv.url("/b/copy")],
                      allow_private=True, say=lambda m: None)
    assert s.new_articles == 2 and s.duplicates == 1 and s.alerts == ()
    (dup,), = _q(warehouse, "SELECT duplicate_of FROM versions WHERE duplicate_of IS NOT NULL")
    roles = {r for (r,) in _q(warehouse, "SELECT DISTINCT role FROM claims JOIN versions v USING (version_id) "
                                          "WHERE v.duplicate_of IS NOT NULL")}
    assert dup and roles == {"duplicate"}


def test_loopback_is_refused_without_the_switch(story, warehouse, tmp_path, monkeypatch):
    monkeypatch.delenv("STORYWATCH_ALLOW_PRIVATE", raising=False)
    with LocalServer() as srv:
        srv.serve_coverage()
        empty = tmp_path / "none"
        empty.mkdir()
        s = run_story(story, warehouse, seeds_dir=empty, pages=[srv.url("/globalwire/italy-spacex-talks.html")],
                      say=lambda m: None)
        assert srv.count("/globalwire/italy-spacex-talks.html") == 0
    assert s.new_versions == 0 and "STORYWATCH_ALLOW_PRIVATE" in s.errors[0].message


def test_revisit_schedule_slows_with_age_and_backs_off():
    assert revisit_interval(timedelta(minutes=5), 0) == timedelta(minutes=15)
    assert revisit_interval(timedelta(hours=5), 0) == timedelta(hours=1)
    assert revisit_interval(timedelta(days=2), 0) == timedelta(hours=3)
    assert revisit_interval(timedelta(days=10), 0) == timedelta(days=3)
    assert revisit_interval(timedelta(days=90), 0) == timedelta(days=30)
    assert revisit_interval(timedelta(minutes=5), 3) == timedelta(minutes=15) * 1.2 ** 3
    assert revisit_interval(timedelta(days=10), 50) == timedelta(days=30)


def test_a_page_whose_url_ends_in_a_slash_is_fetched_as_given_then_and_on_revisit(story, warehouse, tmp_path):
    """The canonical form (slash dropped) is the article's identity, never the URL fetched: a
    server that answers only the slashed URL is read on the first run and on every revisit."""
    from datetime import timedelta

    from storywatch.ingest import due_revisits
    from storywatch.pipeline import run_story as run

    body = ("<html><head><title>Italy and SpaceX</title></head><body><article><h1>Italy weighs SpaceX deal</h1>"
            "<p>Italy is in talks with SpaceX over a secure-communications deal worth 1.5 billion euros, "
            "officials in Rome said on Monday, as the government weighed its options for the years ahead.</p>"
            "<p>The talks continue this week in Rome, with ministers expected to meet the company's envoys.</p>"
            "</article></body></html>")
    with LocalServer() as srv:
        srv.route("/news/italy-spacex/", body)
        url = srv.url("/news/italy-spacex/")
        first = run(story, warehouse, pages=[url], allow_private=True, say=lambda m: None)
        assert not first.errors and srv.count("/news/italy-spacex/") == 1
        with warehouse.reader() as con:
            stored = con.execute("SELECT url FROM articles WHERE source_kind = 'page'").fetchall()
        assert stored == [(url.rstrip("/"),)]                     # identity: the canonical URL
        later = datetime.now(timezone.utc) + timedelta(hours=2)
        with warehouse.reader() as con:
            due = due_revisits(con, story.slug, later)
        assert due == [url]
        second = run(story, warehouse, allow_private=True, now=later, say=lambda m: None)
        assert not second.errors and srv.count("/news/italy-spacex/") == 2
