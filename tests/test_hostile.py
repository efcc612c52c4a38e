"""Nothing let in: hostile feeds, pages and seeds end as a clear error value, in bounded time and memory.

Every case yields a ``FetchError`` naming the URL and what to do (transient ones are raised by
``poll_feed``, terminal ones become ``FeedPoll.error``), a ``FeedPoll.error``, ``None`` from
``extract_page``, or a ``SourceProblem`` from ``read_seeds`` — never an unhandled exception.

Already covered elsewhere (not repeated here):

- billion laughs and XXE (file:///etc/passwd) parsed directly: tests/test_feeds.py::test_entities_are_never_expanded
- 50 MB gzip bomb held in memory, 1 MB cap: tests/test_fetch.py::test_gzip_bomb_stopped_by_decompressed_size
- body over max_bytes with an honest Content-Length: tests/test_fetch.py::test_body_over_max_bytes_is_terminal
- a drip-fed response (every byte on time, the whole too slow): tests/test_fetch.py::test_slow_drip_hits_total_deadline
- a server that never answers: tests/test_fetch.py::test_never_answering_server_times_out
- redirect loops and too many redirects: tests/test_fetch.py::test_redirect_loop_is_terminal,
  test_too_many_redirects_is_terminal
- wrong/missing charsets, mojibake, UTF-16 with BOM, UTF-16-LE without BOM for pages:
  tests/test_pages.py::test_wrong_or_missing_charsets_decode, test_valid_utf8_beats_a_lying_http_charset,
  test_http_charset_is_used_when_bytes_are_not_utf8
- empty and garbage bodies parsed directly: tests/test_feeds.py::test_garbage_never_raises,
  tests/test_pages.py::test_garbage_gives_none
- binary and Latin-1 seed files: tests/test_pipeline.py::test_a_bad_seed_is_one_clear_error_and_the_others_go_on
- every file of the feedparser corpus through parse_feed without exception:
  tests/test_feeds.py::test_feedparser_corpus_never_raises_and_wellformed_feeds_yield_entries

Added here:

- quadratic-blowup and parameter-entity XXE feeds, and billion laughs / XXE served over HTTP: test_entity_attacks_*
- a gzip bomb that would inflate to 100 GiB, streamed, for a feed and a page, with a tracemalloc bound: test_gzip_bomb_*
- a 100 MB page generated on the fly, with and without Content-Length, with a tracemalloc bound: test_100mb_page_*
- one byte per second through poll_feed: test_one_byte_per_second_feed
- an endless redirect chain (a fresh URL on every hop) for a feed and a page: test_endless_redirects_*
- feeds in UTF-16 (BOM, no BOM LE/BE), wrong, bogus or missing charsets, mojibake: test_feed_encodings;
  pages in UTF-16-BE without BOM and with a bogus HTTP charset: test_page_encodings_not_covered_elsewhere
- empty bodies (200 with no body, 204) for a feed and a page over HTTP: test_empty_body_*
- HTML that is not an article (login page, JSON as text/html, images as text/html): test_not_an_article
- seed files that are empty, blank, UTF-16, invalid UTF-8 past the binary sniff, oversized: test_hostile_seeds
- the corpus's corrupt gzip/deflate bodies served with their Content-Encoding: test_corpus_compressed_bodies_over_http
- peak traced memory of parse_feed over the corpus's hostile folders (a third of legacy-2011-illformed) and
  its 30 largest feeds: test_corpus_peak_memory
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pytest

from storywatch.ingest.feeds import FeedPoll, parse_feed, poll_feed
from storywatch.ingest.fetch import Fetcher, FetchError
from storywatch.ingest.pages import extract_page
from storywatch.ingest.sources import MAX_SEED_BYTES, read_seeds

try:
    from httpserver import local_server  # noqa: F401 - pytest fixture
except ImportError:  # tests/ became a package
    from tests.httpserver import local_server  # noqa: F401

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedparser-tests"
MB = 1 << 20
ARTICLE = ("<p>Italy is in advanced talks with SpaceX over a secure communications deal worth "
           "1.5 billion euros, according to people familiar with the matter.</p>\n")
RSS_ITEM = ("<item><guid isPermaLink='false'>{i}</guid><title>Italy SpaceX talks {i}</title>"
            "<description>A deal worth 1.5 billion euros.</description></item>\n")


def fetcher(**options) -> Fetcher:
    settings = {"allow_private": True, "per_host_delay": 0, "respect_robots": False,
                "connect_timeout": 2, "read_timeout": 3, **options}
    return Fetcher(**settings)


# a streaming loopback server: bodies are generated while they are sent ----------------

App = Callable[[str], tuple[int, dict[str, str], Iterable[bytes]]]


class _StreamHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_StreamServer"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        status, headers, chunks = self.server.app(self.path)
        self.send_response(status)
        for name, value in {"Connection": "close", **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            for chunk in chunks:
                if self.server.stopping.is_set():
                    break
                self.wfile.write(chunk)
        except OSError:  # the client gave up, which is the point
            pass
        self.close_connection = True


class _StreamServer(ThreadingHTTPServer):
    daemon_threads = True
    app: App
    stopping: threading.Event


@pytest.fixture
def stream_server():
    """Start a server with ``start(app)``; returns its base URL. ``app(path) -> (status, headers, chunks)``."""
    servers: list[_StreamServer] = []

    def start(app: App) -> str:
        srv = _StreamServer(("127.0.0.1", 0), _StreamHandler)
        srv.app, srv.stopping = app, threading.Event()
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for srv in servers:
        srv.stopping.set()
        srv.shutdown()
        srv.server_close()


class Tally:
    """What a ``stream_server`` app handed out: the paths asked for, and the bytes the server wrote.
    These bound a hostile case by the work the client made the server do, not by seconds."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.sent = 0
        self.done = threading.Event()   # the server stopped sending: the end, or the client hung up

    def count(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        try:
            for chunk in chunks:
                yield chunk
                self.sent += len(chunk)  # written: the server asks for the next chunk only then
        finally:
            self.done.set()


def gzip_bomb(inflated_mib: int) -> Iterator[bytes]:
    """A gzip stream of ``inflated_mib`` MiB of zeros, ~1 KiB on the wire per MiB, made as it is sent."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MB)
    yield packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)  # gzip header + first MiB
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)  # self-contained: repeatable
    for _ in range(inflated_mib - 1):
        yield block


def big_page(total: int) -> Iterator[bytes]:
    """An HTML page of ``total`` bytes, 64 KiB at a time."""
    head = b"<html><head><title>Huge</title></head><body><article>\n"
    yield head
    para = ARTICLE.encode()
    chunk = para * (65536 // len(para))
    sent = len(head)
    while sent < total:
        piece = chunk[: total - sent]
        sent += len(piece)
        yield piece


class Measured:
    def __init__(self) -> None:
        self.peak = 0


def measure(fn: Callable[[], object]) -> tuple[object, Measured]:
    """Run ``fn`` under tracemalloc; the peak is counted above what was traced before."""
    m = Measured()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        try:
            out: object = fn()
        except FetchError as exc:
            out = exc
        m.peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return out, m


# XML entity attacks -------------------------------------------------------------------

QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"x" * 50_000 + b'">]>'
             b'<rss version="2.0"><channel><title>t</title><item><guid isPermaLink="false">1</guid><title>'
             + b"&a;" * 20_000 + b"</title></item></channel></rss>")  # would be 1 GB expanded
PARAMETER_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;
<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;]>
<rss version="2.0"><channel><title>t</title>
<item><guid isPermaLink="false">1</guid><title>ok</title><description>plain</description></item></channel></rss>"""


@pytest.mark.parametrize("body", [QUADRATIC, PARAMETER_XXE], ids=["quadratic-blowup", "parameter-entity-xxe"])
def test_entity_attacks_parsed(body: bytes) -> None:
    poll, m = measure(lambda: parse_feed(body, "https://x.example/evil"))
    assert isinstance(poll, FeedPoll) and m.peak < 64 * MB  # expanded, the quadratic blowup is 1 GB
    texts = [poll.title or ""] + [f"{e.title} {e.summary}" for e in poll.entries]
    assert all("root:" not in t and len(t) < 200_000 for t in texts)
    assert poll.error and poll.error.startswith("https://x.example/evil: ") and " — " in poll.error


def test_entity_attacks_over_http(local_server) -> None:
    try:
        from test_feeds import BILLION_LAUGHS, XXE
    except ImportError:  # tests/ became a package
        from tests.test_feeds import BILLION_LAUGHS, XXE

    local_server.route("/lol.xml", BILLION_LAUGHS, content_type="application/rss+xml")
    local_server.route("/xxe.xml", XXE, content_type="application/rss+xml")
    with fetcher() as f:
        for path in ("/lol.xml", "/xxe.xml"):
            poll = poll_feed(f, local_server.url(path))
            assert poll.error and poll.error.startswith(local_server.url(path))
            assert [e.entry_id for e in poll.entries] == ["1"]
            assert all("lollol" not in (e.title or "") and "root:" not in (e.summary or "") for e in poll.entries)


# gzip bombs and huge bodies -------------------------------------------------------------

BOMB_MIB = 100 * 1024  # 100 GiB once inflated, about 100 MB on the wire if it were all sent:
                       # far more than the socket buffers hold, so what the server sent tells
                       # whether the client stopped reading


def _wire_bytes(inflated_mib: int) -> int:
    first, block = itertools.islice(gzip_bomb(2), 2)
    return len(first) + (inflated_mib - 1) * len(block)


@pytest.mark.parametrize("content_type", ["application/rss+xml", "text/html; charset=utf-8"])
def test_gzip_bomb_bounded(stream_server, content_type: str) -> None:
    tally = Tally()
    base = stream_server(lambda path: (200, {"Content-Type": content_type, "Content-Encoding": "gzip"},
                                       tally.count(gzip_bomb(BOMB_MIB))))
    url = base + "/bomb"
    max_bytes = 8 * MB
    with fetcher(max_bytes=max_bytes) as f:
        if content_type.startswith("application/rss"):
            out, m = measure(lambda: poll_feed(f, url))
            assert isinstance(out, FeedPoll) and out.entries == ()
            message = out.error
        else:
            out, m = measure(lambda: f.fetch(url))
            assert isinstance(out, FetchError) and not out.transient
            message = str(out)
    assert message.startswith(url + ": ") and "after decompression" in message and "raise max_bytes" in message
    # the body is capped at max_bytes; one inflation step adds at most 1 MiB, then bytes() copies it
    assert m.peak < 2 * max_bytes + 16 * MB, m.peak
    # and the client stopped reading at the cap: the server got nowhere near the end of the bomb
    # (~8 KiB of it inflate to max_bytes; the rest of what it sent sits in the socket buffers)
    assert tally.done.wait(60), "the server is still sending: the client kept reading"
    assert tally.sent < _wire_bytes(BOMB_MIB) // 4, tally.sent


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "close-delimited"])
def test_100mb_page_bounded(stream_server, declared: bool) -> None:
    total = 100 * 1000 * 1000
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if declared:
        headers["Content-Length"] = str(total)
    tally = Tally()
    base = stream_server(lambda path: (200, headers, tally.count(big_page(total))))
    max_bytes = 4 * MB
    with fetcher(max_bytes=max_bytes) as f:
        out, m = measure(lambda: f.fetch(base + "/huge"))
    assert isinstance(out, FetchError) and not out.transient
    assert str(out).startswith(base + "/huge: ") and f"{max_bytes}-byte limit" in str(out)
    assert m.peak < 2 * max_bytes + 16 * MB, m.peak
    # the client hung up at the limit: the server sent at most max_bytes plus what the socket
    # buffers took, nowhere near the 100 MB
    assert tally.done.wait(60), "the server is still sending: the client kept reading"
    assert tally.sent < total // 4, tally.sent


def test_100mb_page_within_a_raised_limit_extracts_in_bounds(stream_server) -> None:
    """A trusted source may raise max_bytes; the page then arrives whole and is read."""
    total = 12 * MB
    base = stream_server(lambda path: (200, {"Content-Type": "text/html"}, big_page(total)))
    with fetcher(max_bytes=16 * MB, read_timeout=10) as f:
        result = f.fetch(base + "/big")
    assert len(result.body) == total


# slow, silent and endless servers --------------------------------------------------------

def test_one_byte_per_second_feed(local_server) -> None:
    local_server.route("/drip.xml", "<rss version='2.0'><channel></channel></rss>", drip=1.0,
                       content_type="application/rss+xml")
    with fetcher(connect_timeout=1, read_timeout=1.5) as f, pytest.raises(FetchError) as info:
        poll_feed(f, local_server.url("/drip.xml"))
    assert info.value.transient and "deadline" in str(info.value) and "retry later" in str(info.value)
    assert str(info.value).startswith(local_server.url("/drip.xml") + ": ")
    # the client gave up at its 2.5 s deadline, a few bytes in, where the whole response takes minutes:
    # by then the server (one byte a second) had sent well under half of it
    (hit,) = local_server.hits("/drip.xml")
    assert not hit.complete and hit.sent < hit.size // 2, (hit.sent, hit.size)


def _endless(path: str):
    n = int(path.rsplit("/", 1)[-1] or 0)
    return 302, {"Location": f"/hop/{n + 1}", "Content-Length": "0"}, ()


def test_endless_redirects_feed(stream_server) -> None:
    asked: list[str] = []

    def app(path: str):
        asked.append(path)
        return _endless(path)

    base = stream_server(app)
    with fetcher() as f:
        poll = poll_feed(f, base + "/hop/0")
    assert asked == [f"/hop/{n}" for n in range(6)]  # the first request and 5 redirects, then it stops
    assert poll.entries == () and poll.error.startswith(base + "/hop/0: ")
    assert "more than 5 redirects" in poll.error and "drop it" in poll.error


def test_endless_redirects_page(stream_server) -> None:
    base = stream_server(_endless)
    with fetcher(max_redirects=20) as f, pytest.raises(FetchError) as info:
        f.fetch(base + "/hop/0")
    assert not info.value.transient and "more than 20 redirects" in str(info.value)


# charsets ---------------------------------------------------------------------------------

_FEED = ('<?xml version="1.0" encoding="{enc}"?><rss version="2.0"><channel><title>Società</title>'
         '<item><guid>1</guid><title>Italia è in trattativa: 1,5 miliardi €</title></item></channel></rss>')
FEED_ENCODINGS = {
    "utf-16 with BOM": (_FEED.format(enc="utf-16").encode("utf-16"), "application/rss+xml"),
    "utf-16-le without BOM": (_FEED.format(enc="utf-16").encode("utf-16-le"), "application/rss+xml"),
    "utf-16-be without BOM": (_FEED.format(enc="utf-16").encode("utf-16-be"), "application/rss+xml"),
    "utf-16 declared utf-8": (_FEED.format(enc="utf-8").encode("utf-16-le"), "application/rss+xml"),
    "utf-8, HTTP says iso-8859-1": (_FEED.format(enc="utf-8").encode(), "application/rss+xml; charset=iso-8859-1"),
    "utf-8, HTTP says utf-16": (_FEED.format(enc="utf-8").encode(), "application/rss+xml; charset=utf-16"),
    "utf-8, bogus HTTP charset": (_FEED.format(enc="utf-8").encode(), "application/rss+xml; charset=x-nonsense"),
    "cp1252 declared utf-8": (_FEED.format(enc="utf-8").encode("cp1252"), "application/rss+xml"),
    "cp1252 undeclared": (_FEED.replace('<?xml version="1.0" encoding="{enc}"?>', "").encode("cp1252"), None),
    "mojibake": (_FEED.format(enc="utf-8").encode().decode("cp1252").encode(), "application/rss+xml"),
}


@pytest.mark.parametrize("label", list(FEED_ENCODINGS))
def test_feed_encodings(label: str) -> None:
    body, content_type = FEED_ENCODINGS[label]
    poll = parse_feed(body, "https://x.example/feed", content_type=content_type)
    assert [e.title for e in poll.entries] == ["Italia è in trattativa: 1,5 miliardi €"], label
    assert poll.error is None or (poll.error.startswith("https://x.example/feed: ") and " — " in poll.error)


def test_page_encodings_not_covered_elsewhere() -> None:
    html = "<html><head><title>t</title></head><body><article>" + ARTICLE.replace("in advanced", "è in") * 3 + \
           "</article></body></html>"
    for data, charset in ((html.encode("utf-16-be"), None), (html.encode("utf-8"), "x-nonsense"),
                          (html.encode("utf-8"), "utf-16")):
        doc = extract_page(data, "https://x.example/a", charset=charset)
        assert doc is not None and "1.5 billion euros" in doc.text and "è in talks" in doc.text, charset


# empty and non-article bodies ------------------------------------------------------------

@pytest.mark.parametrize("status", [200, 204])
def test_empty_body_feed_and_page(local_server, status: int) -> None:
    local_server.route("/empty", b"", status=status, content_type="application/rss+xml")
    with fetcher() as f:
        poll = poll_feed(f, local_server.url("/empty"))
        result = f.fetch(local_server.url("/empty"))
    assert poll.entries == () and poll.error == f"{local_server.url('/empty')}: feed is empty — check the feed URL"
    assert extract_page(result.body, result.final_url, charset=result.charset) is None


LOGIN = b"""<!doctype html><html lang="en"><head><title>Sign in | Daily Ledger</title></head><body>
<header><a href="/">Daily Ledger</a></header>
<main><form action="/login" method="post"><h1>Sign in to continue reading</h1>
<p>Subscribers only. Please log in with your email address and password to continue reading this article.</p>
<label>Email <input name="email" type="email"></label><label>Password <input type="PASSWORD" name="pw"></label>
<button>Log in</button>
<p>Forgot your password? Don't have an account? Subscribe now for unlimited access to all our journalism.</p>
</form></main><footer>&copy; Daily Ledger</footer></body></html>"""
NOT_ARTICLES = {
    "login page": LOGIN,
    "JSON as text/html": json.dumps({"headline": "Italy SpaceX talks", "articleBody": ARTICLE * 5}).encode(),
    "PNG as text/html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64,
    "JPEG as text/html": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 64 + b"<p>" + b"A" * 200,
    "GIF as text/html": b"GIF89a" + bytes(range(256)) * 64,
}


@pytest.mark.parametrize("label", list(NOT_ARTICLES))
def test_not_an_article(local_server, label: str) -> None:
    local_server.route("/page", NOT_ARTICLES[label], content_type="text/html; charset=utf-8")
    with fetcher() as f:
        result = f.fetch(local_server.url("/page"))
    assert extract_page(result.body, result.final_url, charset=result.charset) is None


def test_an_article_with_a_login_box_is_still_an_article() -> None:
    page = LOGIN.replace(b"<main>", b"<main><article><h1>Italy and SpaceX</h1>" + (ARTICLE * 4).encode()
                         + b"</article>")
    doc = extract_page(page, "https://x.example/a")
    assert doc is not None and "1.5 billion euros" in doc.text


# seeds ------------------------------------------------------------------------------------

SEEDS = {
    "01_empty.txt": (b"", "empty file"),
    "02_blank.txt": (b" \n\t\r\n\n", "empty file"),
    "03_utf16.txt": ("Italia e SpaceX: 1,5 miliardi di euro".encode("utf-16"), "binary file"),
    "04_late_bad_byte.txt": (b"Italy " * 3000 + b"\xff and SpaceX", "not UTF-8 (byte 0xff at offset 18000)"),
    "05_huge.txt": (b"a" * (MAX_SEED_BYTES + 1), "more than a seed article"),
    "06_binary.md": (bytes(range(256)), "binary file"),
    "07_cp1252.text": ("Trattativa da 1,5 miliardi €".encode("cp1252"), "not UTF-8"),
    "08_ok_with_bom.txt": ("\ufeffItaly and SpaceX are negotiating.".encode("utf-8"), None),
}


def test_hostile_seeds(tmp_path) -> None:
    for name, (data, _) in SEEDS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "09_folder.txt").mkdir()  # not a file: skipped
    start = time.monotonic()
    docs, problems = read_seeds(tmp_path, "s")
    assert time.monotonic() - start < 60  # a hang guard only (it takes milliseconds)
    assert [d.url for d in docs] == ["seed:s/08_ok_with_bom.txt"]
    assert docs[0].text == "Italy and SpaceX are negotiating."
    by_name = {Path(p.source).name: p for p in problems}
    assert set(by_name) == {n for n, (_, want) in SEEDS.items() if want}
    for name, (_, want) in SEEDS.items():
        if want:
            message = by_name[name].message
            assert message.startswith(str(tmp_path / name) + ": ") and want in message, message
            assert "\n" not in message and not by_name[name].transient


# the feedparser corpus ----------------------------------------------------------------------

def _corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser corpus {CORPUS} is absent (CI has ../shared/corpora; a plain clone does not)")
    return CORPUS


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["gzip.gz", "gzip-not-compressed.gz", "gzip-struct-error.gz",
                                  "deflate.z", "deflate-no-headers.z", "deflate-not-compressed.z"])
def test_corpus_compressed_bodies_over_http(local_server, name: str) -> None:
    """Served with the Content-Encoding they claim: good ones parse, corrupt ones are terminal errors."""
    data = (_corpus() / "legacy-2023-compression" / name).read_bytes()
    encoding = "gzip" if name.endswith(".gz") else "deflate"
    local_server.route("/feed", data, content_type="application/atom+xml", headers={"Content-Encoding": encoding})
    with fetcher() as f:
        poll = poll_feed(f, local_server.url("/feed"))
    if name in ("gzip.gz", "deflate.z", "deflate-no-headers.z"):
        assert poll.error is None and poll.format, poll.error
    else:
        assert poll.entries == () and poll.error.startswith(local_server.url("/feed") + ": ")
        assert "DecodingError" in poll.error and "terminal" in poll.error


@pytest.mark.corpus
def test_corpus_peak_memory() -> None:
    """Every file outside wellformed/ (corrupt gzip/deflate, entities, encodings...), a third of the legacy
    truncated/ill-formed feeds and the 30 largest feeds (test_feeds.py parses every file without tracemalloc)."""
    root = _corpus()
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name not in ("LICENSE", "PROVENANCE.md"))
    folder = {p: p.relative_to(root).parts[0] for p in files}
    hostile = [p for p in files if folder[p] not in ("wellformed", "legacy-2011-illformed")]
    legacy = [p for p in files if folder[p] == "legacy-2011-illformed"][::3]  # a third: tracemalloc is slow
    largest = sorted(files, key=lambda p: p.stat().st_size)[-30:]
    chosen = list(dict.fromkeys(hostile + legacy + largest))
    assert len(chosen) > 900
    worst, slowest = (0, ""), (0.0, "")
    tracemalloc.start()
    try:
        for path in chosen:
            data = path.read_bytes()
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            start = time.monotonic()
            poll = parse_feed(data, f"http://127.0.0.1:8097/{path.relative_to(root)}")
            slowest = max(slowest, (time.monotonic() - start, str(path.relative_to(root))))
            assert isinstance(poll, FeedPoll)
            worst = max(worst, (tracemalloc.get_traced_memory()[1] - base, str(path.relative_to(root))))
    finally:
        tracemalloc.stop()
    assert worst[0] < 32 * MB, worst  # measured: ~1 MB, for the largest wellformed Atom feed
    assert slowest[0] < 60, slowest   # a hang guard only: no one feed may stall the parser


def test_truncated_feed_over_http(local_server) -> None:
    """A feed cut off mid-entry (as a dropped connection leaves it): what was read, and an error."""
    body = ("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            + "".join(RSS_ITEM.format(i=i) for i in range(3)))
    local_server.route("/cut.xml", body + RSS_ITEM.format(i=3)[:40], content_type="application/rss+xml")
    with fetcher() as f:
        poll = poll_feed(f, local_server.url("/cut.xml"))
    assert [e.entry_id for e in poll.entries][:3] == ["0", "1", "2"]
    assert poll.error and poll.error.startswith(local_server.url("/cut.xml") + ": ") and "not well-formed" in poll.error

