"""News search from a story's terms, piece by piece: the query each service gets, its answers read
(JSON and RSS, malformed ones, floods), and aggregator links taken to the publisher's URL, against
real servers on 127.0.0.1."""
from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from storywatch.discover import (LinkError, google_article_url, publisher_url, query_text, read_answer, searches,
                                 services)
from storywatch.ingest import Fetcher, FetchResult
from storywatch.story import StoryError, load_story, parse_story

try:
    from httpserver import LocalServer
except ImportError:                      # pragma: no cover
    from tests.httpserver import LocalServer

TERMS = (("Italy", "Palazzo Chigi"), ("SpaceX", "Starlink"))


def _story(tmp_path, **fields):
    data = {"slug": "probe", "name": "Probe", "terms": [list(g) for g in TERMS], **fields}
    return parse_story(data, tmp_path / "probe.toml")


def _answer(url: str, body: bytes, content_type="application/json") -> FetchResult:
    return FetchResult(url, url, 200, body, content_type, None, '"v1"', None, (), False)


def google_id(url: str) -> str:
    """A Google News article id of the older form: protobuf 08 13 22 <length> <url> d2 01 …"""
    raw = url.encode()
    return base64.urlsafe_b64encode(b"\x08\x13\x22" + bytes([len(raw)]) + raw + b"\xd2\x01\x00").decode().rstrip("=")


# -- the query --------------------------------------------------------------------------------
def test_term_groups_become_an_and_of_ors_with_phrases_quoted():
    assert query_text(TERMS) == '(Italy OR "Palazzo Chigi") (SpaceX OR Starlink)'
    assert query_text((("Musk",),)) == "Musk"
    assert query_text((('say "no"', "x-ray"),)) == '("say no" OR x-ray)'
    assert query_text(TERMS, "gdelt", ("en", "it")) == \
        '(Italy OR "Palazzo Chigi") (SpaceX OR Starlink) (sourcelang:english OR sourcelang:italian)'
    assert query_text(TERMS, "gdelt", ("it",)).endswith(" sourcelang:italian")


def test_each_service_gets_its_query_url_and_languages_where_it_takes_them(tmp_path, monkeypatch):
    monkeypatch.delenv("STORYWATCH_DISCOVER_GDELT_URL", raising=False)
    story = _story(tmp_path, discover=["gdelt", "google-news", "bing-news"], languages=["en", "it"])
    found = searches(story)
    assert [(s.service.name, s.language) for s in found] == [
        ("gdelt", None), ("google-news", "en"), ("google-news", "it"), ("bing-news", "en"), ("bing-news", "it")]
    gdelt = urlsplit(found[0].url)
    q = parse_qs(gdelt.query)
    assert gdelt.netloc == "api.gdeltproject.org" and q["mode"] == ["ArtList"] and q["format"] == ["json"]
    assert q["query"] == ['(Italy OR "Palazzo Chigi") (SpaceX OR Starlink) (sourcelang:english OR sourcelang:italian)']
    google_it = parse_qs(urlsplit(found[2].url).query)
    assert google_it["q"] == ['(Italy OR "Palazzo Chigi") (SpaceX OR Starlink)']
    assert (google_it["hl"], google_it["gl"], google_it["ceid"]) == (["it"], ["IT"], ["IT:it"])
    bing_en = parse_qs(urlsplit(found[3].url).query)
    assert bing_en["format"] == ["rss"] and bing_en["setlang"] == ["en"]
    # without languages, one request a service
    assert len(searches(_story(tmp_path, discover=["google-news"]))) == 1


def test_a_base_url_is_overridden_by_its_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYWATCH_DISCOVER_GOOGLE_NEWS_URL", "http://127.0.0.1:9/rss/search")
    (s,) = searches(_story(tmp_path, discover=["google-news"]))
    assert s.url.startswith("http://127.0.0.1:9/rss/search?q=")
    assert services()["google-news"].env == "STORYWATCH_DISCOVER_GOOGLE_NEWS_URL"


def test_an_unknown_service_or_language_is_one_error_listing_the_known_names(tmp_path):
    with pytest.raises(StoryError) as err:
        _story(tmp_path, discover=["gdelt", "yahoo-news"])
    message = str(err.value)
    assert "probe.toml" in message and "'yahoo-news'" in message
    assert all(f"'{n}'" in message for n in ("gdelt", "google-news", "bing-news"))
    with pytest.raises(StoryError, match="'languages' has 'xx'.*'it'"):
        _story(tmp_path, discover=["gdelt"], languages=["xx"])
    with pytest.raises(StoryError, match="'discover' must be a list"):
        _story(tmp_path, discover="gdelt")
    assert load_story("italy-spacex").discover == ()


# -- answers ----------------------------------------------------------------------------------
def _search(name="gdelt"):
    (s,) = searches(parse_story({"slug": "probe", "name": "P", "terms": [["a"]], "discover": [name]},
                                Path("probe.toml")))
    return s


def test_a_gdelt_artlist_answer_becomes_entries():
    s = _search()
    body = json.dumps({"articles": [
        {"url": "https://pub.example/a", "url_mobile": "", "title": "Italy  and SpaceX", "seendate": "20250106T094500Z",
         "socialimage": "", "domain": "pub.example", "language": "English", "sourcecountry": "Italy"},
        {"url": "https://pub.example/b", "title": "B", "seendate": "junk"},
        {"title": "no url"}]}).encode()
    fp = read_answer(s, _answer(s.url, body), None, None)
    assert [(e.link, e.title) for e in fp.entries] == [("https://pub.example/a", "Italy and SpaceX"),
                                                      ("https://pub.example/b", "B")]
    assert fp.entries[0].published.isoformat() == "2025-01-06T09:45:00+00:00" and fp.entries[1].published is None
    assert fp.etag == '"v1"' and "1 item(s) without a URL" in fp.error
    assert read_answer(s, _answer(s.url, b"{}"), None, None).entries == ()          # nothing matched


@pytest.mark.parametrize("body,says", [
    (b"Please limit requests to one every 5 seconds.", "answered a message instead of results"),
    (b"<!DOCTYPE html><html><body>Consent</body></html>", "answered an HTML page"),
    (b'{"articles": [', "malformed JSON"),
    (b'{"articles": 5}', "not an ArtList"),
    (b"", "answered nothing"),
])
def test_a_malformed_answer_is_the_polls_error_naming_the_service(body, says):
    s = _search()
    fp = read_answer(s, _answer(s.url, body, "text/plain"), None, None)
    assert fp.entries == () and says in fp.error and fp.error.startswith(f"{s.url}: gdelt ")


def test_an_rss_answer_goes_through_the_feed_parser_and_a_flood_is_capped():
    s = _search("bing-news")
    items = "".join(f"<item><title>t{i}</title><link>https://pub.example/{i}</link></item>" for i in range(130))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>{items}</channel></rss>'.encode()
    fp = read_answer(s, _answer(s.url, body, "application/rss+xml"), None, None)
    cap = s.service.max_items
    assert len(fp.entries) == cap < 130
    assert f"answered 130 items, more than the {cap} one poll reads" in fp.error
    assert fp.entries[0].link == "https://pub.example/0"


# -- aggregator links -------------------------------------------------------------------------
def test_bing_links_carry_the_publisher_url_in_their_url_parameter():
    bing = services()["bing-news"]
    target = "https://www.pub.example/world/italy-spacex?id=7"
    link = f"http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=x&url={quote(target, safe='')}&c=1&mkt=en-us"
    with Fetcher() as f:
        assert publisher_url(bing, link, f) == target
        assert publisher_url(bing, "https://www.pub.example/direct", f) == "https://www.pub.example/direct"
        with pytest.raises(LinkError, match="no 'url' parameter"):
            publisher_url(bing, "http://www.bing.com/news/apiclick.aspx?ref=FexRss", f)
        with pytest.raises(LinkError, match="not an http"):
            publisher_url(bing, f"http://www.bing.com/news/apiclick.aspx?url={quote('javascript:alert(1)')}", f)


def test_google_news_ids_that_embed_the_url_are_decoded_without_a_request():
    target = "https://www.bbc.com/news/articles/cjjjnxdv188o"
    link = f"https://news.google.com/rss/articles/{google_id(target)}?oc=5"
    assert google_article_url(link) == target
    # the shape Google News serves: CBMi + base64 of the URL, then the AMP URL
    real = ("https://news.google.com/rss/articles/CBMiLmh0dHBzOi8vd3d3LmJiYy5jb20vbmV3cy9hcnRpY2xlcy9jampqbnhk"
            "djE4OG_SATJodHRwczovL3d3dy5iYmMuY29tL25ld3MvYXJ0aWNsZXMvY2pqam54ZHYxODhvLmFtcA?oc=5")
    assert google_article_url(real) == target
    assert google_article_url("https://news.google.com/rss/articles/CBMiVkFVX3lxTE4zaGU2bTY2ZGkz?oc=5") is None
    with Fetcher() as f:        # no request is made: the fetcher would refuse any address here
        assert publisher_url(services()["google-news"], link, f) == target


def test_opaque_google_news_links_follow_their_redirect_through_the_guarded_fetcher(monkeypatch):
    google = services()["google-news"]
    with LocalServer() as srv:
        srv.route("/news/italy-spacex", "<html><body>article</body></html>")
        srv.redirect("/rss/articles/AU_yqLopaque", "/news/italy-spacex")
        srv.route("/rss/articles/AU_yqLstuck", "<html><body>Opening Google News…</body></html>")
        srv.redirect("/rss/articles/AU_yqLloop", srv.url("/rss/articles/AU_yqLstuck"))
        monkeypatch.setenv("STORYWATCH_DISCOVER_GOOGLE_NEWS_URL", srv.url("/rss/search"))   # its host is Google's
        with Fetcher(allow_private=True, per_host_delay=0) as f:
            assert publisher_url(google, srv.url("/rss/articles/AU_yqLopaque?oc=5"), f) == srv.url("/news/italy-spacex")
            with pytest.raises(LinkError, match="neither embeds its publisher's URL nor redirects") as err:
                publisher_url(google, srv.url("/rss/articles/AU_yqLstuck?oc=5"), f)
            assert not err.value.transient
            with pytest.raises(LinkError, match="redirects only to the aggregator"):
                publisher_url(google, srv.url("/rss/articles/AU_yqLloop"), f)
        with Fetcher(per_host_delay=0) as guarded:          # loopback refused without the switch
            with pytest.raises(LinkError, match="could not be followed"):
                publisher_url(google, srv.url("/rss/articles/AU_yqLopaque"), guarded)
        assert srv.count("/news/italy-spacex") == 1


def test_gdelt_answers_in_rss_too():
    s = _search()
    body = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>GDELT</title>'
            b"<item><title>Italy, SpaceX</title><link>https://pub.example/a</link>"
            b"<pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate></item></channel></rss>")
    fp = read_answer(s, _answer(s.url, body, "application/rss+xml"), None, None)
    assert [(e.link, e.title) for e in fp.entries] == [("https://pub.example/a", "Italy, SpaceX")]
    assert fp.error is None


def test_a_warehouse_without_the_search_log_gets_it_from_step_0004(tmp_path):
    from storywatch.store import Warehouse
    wh = Warehouse(tmp_path / "wh")
    wh.init()
    with wh._connection(read_only=False) as con:
        con.execute("DROP TABLE discover_polls")
        con.execute("DELETE FROM schema_migrations WHERE name = '0004_discover_polls'")
    wh.init()
    with wh.reader() as con:
        assert con.execute("SELECT count(*) FROM discover_polls").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM schema_migrations WHERE name = '0004_discover_polls'").fetchall() == [(1,)]


def test_requests_to_one_service_are_spaced_by_its_gap(monkeypatch):
    import importlib
    discover_poll = importlib.import_module("storywatch.discover.poll")
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "1")
    monkeypatch.setattr(discover_poll, "_LAST_REQUEST", {})
    waits: list[float] = []
    s = _search()                                   # gdelt: 5 s between requests
    for _ in range(3):
        discover_poll._pace(s, sleep=waits.append)
    assert len(waits) == 2 and all(4.5 < w <= 10.0 for w in waits) and waits[1] > waits[0]
    monkeypatch.setenv("STORYWATCH_HOST_DELAY", "0")
    discover_poll._pace(s, sleep=waits.append)
    assert len(waits) == 2


def test_a_publisher_path_like_an_aggregators_is_the_publishers(monkeypatch):
    monkeypatch.delenv("STORYWATCH_DISCOVER_GOOGLE_NEWS_URL", raising=False)
    google, bing = services()["google-news"], services()["bing-news"]
    bbc = "https://www.bbc.com/news/articles/cjjjnxdv188o"
    with Fetcher() as f:
        assert publisher_url(google, bbc, f) == bbc              # "/articles/" on the publisher's own host
        assert publisher_url(google, f"https://news.google.com/rss/articles/{google_id(bbc)}", f) == bbc
        with pytest.raises(LinkError, match="no 'url' parameter"):     # bing.com without www. is Bing's too
            publisher_url(bing, "https://bing.com/news/apiclick.aspx?ref=FexRss", f)
