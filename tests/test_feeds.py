from __future__ import annotations

import re
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest

from storywatch.ingest.feeds import FeedPoll, parse_feed, poll_feed
from storywatch.ingest.fetch import Fetcher, FetchError

try:
    from httpserver import fixture_bytes, local_server  # noqa: F401 - pytest fixture
except ImportError:  # tests/ became a package
    from tests.httpserver import fixture_bytes, local_server  # noqa: F401

BASE = "http://127.0.0.1:9"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedparser-tests"
UTC = timezone.utc


def parsed(name: str, **kwargs) -> FeedPoll:
    return parse_feed(fixture_bytes(name, BASE), f"{BASE}/feeds/{name}", **kwargs)


def fetcher() -> Fetcher:
    return Fetcher(allow_private=True, per_host_delay=0, respect_robots=False, connect_timeout=2, read_timeout=3)


def test_rss2_fixture() -> None:
    poll = parsed("feed-rss2.xml", content_type="application/rss+xml; charset=utf-8")
    assert poll.error is None and poll.format == "rss20" and poll.title.startswith("GlobalWire")
    assert [e.entry_id for e in poll.entries] == [
        "globalwire-2025-0108-0032", "globalwire-2025-0106-0117", "globalwire-2024-1228-0410"]
    talks = poll.entries[1]
    assert talks.link == f"{BASE}/globalwire/italy-spacex-talks.html?utm_source=rss&utm_medium=feed"
    assert talks.published == datetime(2025, 1, 6, 9, 42, tzinfo=UTC)
    assert talks.updated is None  # RSS has no separate update time; no silent fallback
    assert talks.summary.startswith("Italy is in advanced talks") and "<" not in talks.summary
    assert "$1.5 billion" in talks.summary


def test_atom_fixture() -> None:
    poll = parsed("feed-atom.xml")
    assert poll.error is None and poll.format == "atom10" and len(poll.entries) == 4
    first = poll.entries[0]
    assert first.entry_id == "tag:thedefensedesk.example,2025-01-06:italy-spacex-encryption-deal-talks"
    assert first.title == "Italy advances SpaceX talks on government encryption deal"  # markup stripped
    assert first.updated == datetime(2025, 1, 6, 14, 10, tzinfo=UTC)
    assert poll.entries[2].summary.startswith("Il governo italiano è in trattativa")
    assert all(e.published.tzinfo is not None for e in poll.entries)


def test_json_feed_fixture() -> None:
    poll = parsed("feed-jsonfeed.json")
    assert poll.error is None and poll.format == "json11" and poll.title == "Orbit Policy Notes"
    post, older = poll.entries
    assert post.entry_id == "https://orbitpolicy.example/?p=1187"
    assert post.link == f"{BASE}/orbitpolicy/italy-starlink-talks-sovereignty/"
    assert post.published == datetime(2025, 1, 7, 17, 5, 11, tzinfo=UTC)
    assert post.updated == datetime(2025, 1, 7, 17, 20, tzinfo=UTC)
    assert older.link == f"{BASE}/orbitpolicy/2024/12/iris2-timeline/"  # relative url resolved
    assert older.summary.startswith("The EU's secure constellation")


def test_json_feed_detected_by_content_type_or_body() -> None:
    body = b' {"version": "https://jsonfeed.org/version/1", "items": [{"id": "1", "title": "<b>T</b>"}]}'
    for content_type in (None, "application/feed+json", "text/plain"):
        poll = parse_feed(body, "https://x.example/feed.json", content_type=content_type)
        assert poll.format == "json1" and poll.entries[0].title == "T"


@pytest.mark.parametrize("body", [b"{not json", b'{"items": "nope"}', b"[1, 2]", b'{"items": [1, {"x": 2}]}'])
def test_bad_json_feeds_give_errors_not_exceptions(body: bytes) -> None:
    poll = parse_feed(body, "https://x.example/feed.json", content_type="application/feed+json")
    assert poll.error and poll.error.startswith("https://x.example/feed.json: ") and poll.entries == ()


def test_malformed_entry_keeps_good_entries_and_reports() -> None:
    poll = parsed("feed-malformed-entry.xml")
    ids = [e.entry_id for e in poll.entries]
    assert "roundup-1" in ids and "roundup-3" in ids
    assert poll.error and "not well-formed" in poll.error and poll.error.startswith(f"{BASE}/feeds/")
    good = {e.entry_id: e for e in poll.entries}["roundup-3"]
    assert good.published == datetime(2025, 1, 6, 14, 10, tzinfo=UTC) and "1.5 billion" in good.summary


def test_fingerprint_changes_when_entry_changes() -> None:
    before = {e.entry_id: e for e in parsed("feed-atom.xml").entries}
    after = {e.entry_id: e for e in parsed("feed-atom-updated.xml").entries}
    assert before.keys() == after.keys()
    changed = [i for i in before if before[i].fingerprint != after[i].fingerprint]
    assert changed == ["tag:thedefensedesk.example,2025-01-06:italy-spacex-encryption-deal-talks"]
    assert "1.6 billion euros" in after[changed[0]].summary


def test_entries_without_ids_get_stable_ids() -> None:
    body = b"<rss version='2.0'><channel><title>t</title><item><title>A</title></item>" \
           b"<item><title>B</title><link>/b</link></item></channel></rss>"
    first, second = parse_feed(body, "https://x.example/rss").entries
    assert first.entry_id.startswith("sha256:") and first.entry_id == parse_feed(body, "https://x.example/rss").entries[0].entry_id
    assert second.entry_id == "https://x.example/b"


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\xff\xfe garbage", b"<html><body>not a feed</body></html>",
                                  b"<?xml version='1.0'?><rss", "<rss>\udcff</rss>".encode("utf-8", "surrogatepass")])
def test_garbage_never_raises(body: bytes) -> None:
    poll = parse_feed(body, "https://x.example/feed")
    assert poll.entries == () and poll.error and poll.error.startswith("https://x.example/feed: ")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><guid isPermaLink="false">1</guid><title>boom &lol9;</title></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><guid isPermaLink="false">1</guid><title>leak &xxe;</title><description>&xxe;</description></item></channel></rss>"""


@pytest.mark.parametrize("body", [BILLION_LAUGHS, BILLION_LAUGHS.replace(b"\n<!ENTITY", b"<!ENTITY"),
                                  XXE, XXE.replace(b"<!DOCTYPE", b"\n\n<!DOCTYPE")])
def test_entities_are_never_expanded(body: bytes) -> None:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        poll = parse_feed(body, "https://x.example/evil")
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    # expanded, &lol9; is 3 GB and even &lol7; alone is 30 MB; measured: ~1 MB (feedparser's first import)
    assert peak < 16 << 20, peak
    texts = [poll.title or ""] + [f"{e.title} {e.summary}" for e in poll.entries]
    assert all("lollol" not in t and "root:" not in t and len(t) < 200 for t in texts)
    assert poll.error and "https://x.example/evil" in poll.error
    assert [e.entry_id for e in poll.entries] == ["1"]


def test_poll_serves_every_fixture_feed_and_revalidates(local_server) -> None:
    local_server.serve_coverage()
    with fetcher() as f:
        polls = {p: poll_feed(f, local_server.url(p)) for p in
                 ("/feeds/globalwire-rss2.xml", "/feeds/alert-atom.xml", "/feeds/orbitpolicy.json")}
        assert all(p.error is None and p.entries and p.etag for p in polls.values())
        links = [e.link for p in polls.values() for e in p.entries]
        assert all(link.startswith(local_server.base) for link in links)
        again = poll_feed(f, local_server.url("/feeds/alert-atom.xml"), etag=polls["/feeds/alert-atom.xml"].etag)
        assert again.not_modified and again.entries == () and again.etag == polls["/feeds/alert-atom.xml"].etag
        local_server.serve_coverage(updated=True)
        changed = poll_feed(f, local_server.url("/feeds/alert-atom.xml"), etag=again.etag)
    assert not changed.not_modified and changed.etag != again.etag
    assert "1.6 billion euros" in changed.entries[0].summary
    assert local_server.requests("/feeds/alert-atom.xml")[1]["If-None-Match"] == again.etag


def test_poll_last_modified_revalidation(local_server) -> None:
    local_server.route("/rss", fixture_bytes("feed-rss2.xml", BASE), content_type="application/rss+xml",
                       last_modified=1_736_150_000)
    with fetcher() as f:
        first = poll_feed(f, local_server.url("/rss"))
        second = poll_feed(f, local_server.url("/rss"), last_modified=first.last_modified)
    assert len(first.entries) == 3 and second.not_modified and second.last_modified == first.last_modified


def test_poll_terminal_problem_is_an_error_value(local_server) -> None:
    local_server.route("/gone", "x", status=404)
    with fetcher() as f:
        poll = poll_feed(f, local_server.url("/gone"), etag='"e1"')
    assert poll.entries == () and "HTTP 404" in poll.error and poll.etag == '"e1"'
    assert poll.error.startswith(local_server.url("/gone"))


def test_poll_transient_problem_raises(local_server) -> None:
    local_server.route("/busy", "x", status=503)
    with fetcher() as f, pytest.raises(FetchError) as info:
        poll_feed(f, local_server.url("/busy"))
    assert info.value.transient


def test_poll_follows_redirect_and_resolves_relative_links(local_server) -> None:
    local_server.redirect("/old-feed", "/new/feed.json", status=301)
    local_server.route("/new/feed.json", '{"version": "https://jsonfeed.org/version/1.1", '
                       '"items": [{"id": "a", "url": "story.html", "title": "t"}]}',
                       content_type="application/feed+json")
    with fetcher() as f:
        poll = poll_feed(f, local_server.url("/old-feed"))
    assert poll.feed_url == local_server.url("/old-feed") and poll.final_url == local_server.url("/new/feed.json")
    assert poll.entries[0].link == local_server.url("/new/story.html")


# the feedparser test corpus ------------------------------------------------------

_HEADER = re.compile(rb"Header:\s*Content-type:\s*([^\r\n]+)", re.I)


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser corpus {CORPUS} is absent (CI has ../shared/corpora; a plain clone does not)")
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name not in ("LICENSE", "PROVENANCE.md"))


@pytest.mark.corpus
def test_feedparser_corpus_never_raises_and_wellformed_feeds_yield_entries() -> None:
    files = _corpus_files()
    slowest = (0.0, "")
    missing, errors = [], []
    for path in files:
        data = path.read_bytes()
        header = _HEADER.search(data[:2000])
        start = time.monotonic()
        poll = parse_feed(data, f"http://127.0.0.1:8097/{path.relative_to(CORPUS)}",
                          content_type=header.group(1).decode("latin-1").strip() if header else None)
        slowest = max(slowest, (time.monotonic() - start, path.name))
        assert isinstance(poll, FeedPoll)
        if path.relative_to(CORPUS).parts[0] != "wellformed":
            continue
        if re.search(rb"<(item|entry)[\s>]", data) and not poll.entries:
            missing.append(path.name)
        if poll.error and b"<!ENTITY" not in data:
            errors.append(f"{path.name}: {poll.error}")
    assert len(files) > 4000
    assert missing == [] and errors == []
    assert slowest[0] < 60, slowest  # a hang guard only: no one feed may stall the parser
