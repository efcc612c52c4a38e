from __future__ import annotations

import gzip
import socket
import time

import pytest

from storywatch.ingest.fetch import AddressRefused, Fetcher, FetchError, allow_private_from_env, is_public_address

try:
    from httpserver import LocalServer, local_server  # noqa: F401 - pytest fixture
except ImportError:  # tests/ became a package
    from tests.httpserver import LocalServer, local_server  # noqa: F401


def loopback_fetcher(**options) -> Fetcher:
    """The test server lives on 127.0.0.1, so these fetchers allow private addresses."""
    settings = {"allow_private": True, "per_host_delay": 0, "respect_robots": False,
                "connect_timeout": 2, "read_timeout": 3, **options}
    return Fetcher(**settings)


@pytest.fixture
def no_connections(monkeypatch):
    """Fail loudly if anything opens a TCP connection."""
    attempts: list = []

    def refuse(address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"unexpected connection to {address}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_sends_storywatch_user_agent_and_reports_content_type(local_server) -> None:
    local_server.route("/page", "<p>hi</p>", content_type="text/html; charset=ISO-8859-1")
    with loopback_fetcher() as fetcher:
        result = fetcher.fetch(local_server.url("/page"))
    assert result.status == 200 and result.body == b"<p>hi</p>" and not result.not_modified
    assert (result.content_type, result.charset) == ("text/html", "iso-8859-1")
    assert local_server.requests("/page")[0]["User-Agent"].startswith("storywatch/")


def test_conditional_get_with_etag_returns_304(local_server) -> None:
    local_server.route("/feed", b"<rss/>", etag=True)
    with loopback_fetcher() as fetcher:
        first = fetcher.fetch(local_server.url("/feed"))
        second = fetcher.fetch(local_server.url("/feed"), etag=first.etag)
        local_server.set_body("/feed", b"<rss>new</rss>")
        third = fetcher.fetch(local_server.url("/feed"), etag=first.etag)
    assert first.etag and not first.not_modified
    assert second.not_modified and second.status == 304 and second.body == b""
    assert local_server.requests("/feed")[1]["If-None-Match"] == first.etag
    assert not third.not_modified and third.body == b"<rss>new</rss>"


def test_conditional_get_with_last_modified_returns_304(local_server) -> None:
    local_server.route("/feed", b"<rss/>", last_modified=1_736_150_000)
    with loopback_fetcher() as fetcher:
        first = fetcher.fetch(local_server.url("/feed"))
        second = fetcher.fetch(local_server.url("/feed"), last_modified=first.last_modified)
    assert first.last_modified and "GMT" in first.last_modified
    assert second.not_modified and second.last_modified == first.last_modified


def test_redirect_hops_are_recorded(local_server) -> None:
    local_server.redirect("/a", "/b", status=301)
    local_server.redirect("/b", local_server.url("/c"), status=307)
    local_server.route("/c", "done")
    with loopback_fetcher() as fetcher:
        result = fetcher.fetch(local_server.url("/a"))
    assert result.url == local_server.url("/a")
    assert result.final_url == local_server.url("/c")
    assert result.redirects == (local_server.url("/b"), local_server.url("/c"))
    assert result.body == b"done"


def test_redirect_loop_is_terminal(local_server) -> None:
    local_server.redirect("/loop1", "/loop2")
    local_server.redirect("/loop2", "/loop1")
    with loopback_fetcher() as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/loop1"))
    assert not info.value.transient and "loop" in str(info.value)
    assert local_server.count("/loop1") == 1


def test_too_many_redirects_is_terminal(local_server) -> None:
    for i in range(4):
        local_server.redirect(f"/r{i}", f"/r{i + 1}")
    local_server.route("/r4", "end")
    with loopback_fetcher(max_redirects=2) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/r0"))
    assert not info.value.transient and "more than 2 redirects" in str(info.value)
    assert local_server.count("/r4") == 0


def test_loopback_refused_without_allow_private(local_server) -> None:
    local_server.route("/page", "secret")
    with Fetcher(per_host_delay=0) as fetcher, pytest.raises(AddressRefused) as info:
        fetcher.fetch(local_server.url("/page"))
    assert not info.value.transient and "127.0.0.1" in str(info.value)
    assert local_server.count("/page") == 0 and local_server.count("/robots.txt") == 0


def _resolve(host: str, port: int) -> list[str]:
    """Test DNS: internal.example answers with a private address, everything else as usual."""
    if host == "internal.example":
        return ["10.20.30.40"]
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


@pytest.mark.parametrize("target", ["http://internal.example:{port}/secret", "http://127.0.0.2:{port}/secret",
                                    "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/secret"])
def test_redirect_to_private_address_refused(local_server, target: str) -> None:
    """127.0.0.1 is allowed explicitly (standing in for a public host); the hop is not."""
    local_server.redirect("/go", target.format(port=local_server.port))
    local_server.route("/secret", "internal")
    with Fetcher(per_host_delay=0, respect_robots=False, allowed_networks=["127.0.0.1/32"],
                 resolver=_resolve) as fetcher:
        with pytest.raises(AddressRefused) as info:
            fetcher.fetch(local_server.url("/go"))
    assert local_server.count("/go") == 1 and local_server.count("/secret") == 0
    assert info.value.url == local_server.url("/go") and "redirect hop" in str(info.value)


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1/", "http://10.1.2.3/", "http://172.16.0.1/",
    "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/",
    "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/", "http://240.0.0.1/",
])
def test_private_literals_refused_without_connecting(no_connections, url: str) -> None:
    with Fetcher(per_host_delay=0) as fetcher, pytest.raises(AddressRefused):
        fetcher.fetch(url)
    assert no_connections == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "data:text/html,hello",
                                 "gopher://example.com/", "http:///nohost"])
def test_non_http_schemes_refused_without_connecting(no_connections, url: str) -> None:
    with Fetcher(per_host_delay=0) as fetcher, pytest.raises(AddressRefused) as info:
        fetcher.fetch(url)
    assert not info.value.transient and str(info.value).startswith(url)
    assert no_connections == []


def test_every_dns_answer_is_vetted(no_connections) -> None:
    answers = {"mixed.example": ["93.184.215.14", "10.0.0.5"], "rebind.example": ["::1"]}
    with Fetcher(per_host_delay=0, resolver=lambda host, port: answers[host]) as fetcher:
        for host in answers:
            with pytest.raises(AddressRefused) as info:
                fetcher.fetch(f"https://{host}/article")
            assert host in str(info.value)
    assert no_connections == []


def test_dns_rebinding_caught_at_connect_time(no_connections) -> None:
    """The host is vetted again when the socket is opened, against the address actually used."""
    answers = iter([["93.184.215.14"], ["127.0.0.1"]])
    with Fetcher(per_host_delay=0, respect_robots=False, resolver=lambda host, port: next(answers)) as fetcher:
        with pytest.raises(AddressRefused) as info:
            fetcher.fetch("http://rebind.example/article")
    assert "127.0.0.1" in str(info.value) and no_connections == []


def test_is_public_address() -> None:
    assert is_public_address("93.184.215.14") and is_public_address("2606:4700::1111")
    assert not any(map(is_public_address, ["127.0.0.1", "100.64.1.1", "169.254.169.254", "fd12::1", "::"]))


def test_body_over_max_bytes_is_terminal(local_server) -> None:
    local_server.route("/big", b"x" * 200_000)
    with loopback_fetcher(max_bytes=100_000) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/big"))
    assert not info.value.transient and "100000-byte limit" in str(info.value)


def test_gzip_body_is_decoded(local_server) -> None:
    local_server.route("/gz", "Italy SpaceX " * 1000, gzip=True)
    with loopback_fetcher() as fetcher:
        assert fetcher.fetch(local_server.url("/gz")).body == b"Italy SpaceX " * 1000


def test_gzip_bomb_stopped_by_decompressed_size(local_server) -> None:
    bomb = b"\0" * 50_000_000
    local_server.route("/bomb", bomb, gzip=True, content_type="application/rss+xml")
    assert len(gzip.compress(bomb)) < 1_000_000  # the wire size alone would pass
    with loopback_fetcher(max_bytes=1_000_000) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/bomb"))
    assert not info.value.transient and "after decompression" in str(info.value)


def test_slow_drip_hits_total_deadline(local_server) -> None:
    local_server.route("/drip", b"x" * 400, drip=0.05)  # each byte is on time; the whole takes ~25 s
    with loopback_fetcher(connect_timeout=0.5, read_timeout=0.5) as fetcher:
        start = time.monotonic()
        with pytest.raises(FetchError) as info:
            fetcher.fetch(local_server.url("/drip"))
        elapsed = time.monotonic() - start
    assert info.value.transient and "deadline" in str(info.value)
    assert elapsed >= 0.9  # not before the 1 s deadline (a lower bound: a slow machine only adds to it)
    # ... and long before the end: by the time the client gave up, the server (one byte per 0.05 s)
    # had sent well under half the response (~20 bytes at the 1 s deadline; half is ~12 s in)
    (hit,) = local_server.hits("/drip")
    assert not hit.complete and hit.sent < hit.size // 2, (hit.sent, hit.size)


def test_never_answering_server_times_out(local_server) -> None:
    local_server.route("/hang", hang=True)
    with loopback_fetcher(connect_timeout=0.5, read_timeout=0.5) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/hang"))
    assert info.value.transient
    # the client gave up on its own: the server was still holding the request (it lets a hanging
    # request go only after HANG_CAP_S = 15 s, which would otherwise have ended the wait)
    (hit,) = local_server.hits("/hang")
    assert not hit.done


def test_connection_refused_is_transient() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with loopback_fetcher() as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert info.value.transient and not isinstance(info.value, AddressRefused)


@pytest.mark.parametrize(("status", "transient"), [(500, True), (502, True), (503, True), (429, True),
                                                    (404, False), (403, False), (410, False), (400, False)])
def test_status_classification(local_server, status: int, transient: bool) -> None:
    local_server.route("/s", "x", status=status, headers={"Retry-After": "120"})
    with loopback_fetcher() as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(local_server.url("/s"))
    error = info.value
    assert error.transient is transient and error.status == status
    assert str(error).startswith(local_server.url("/s") + ": HTTP ") and " — " in str(error)
    assert (error.retry_after == 120) is transient


def test_robots_disallow_is_honoured_and_cached(local_server) -> None:
    local_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    local_server.route("/private/memo", "no")
    local_server.route("/public", "yes")
    with loopback_fetcher(respect_robots=True) as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(local_server.url("/private/memo"))
        assert fetcher.fetch(local_server.url("/public")).body == b"yes"
    assert not info.value.transient and "robots.txt" in str(info.value)
    assert local_server.count("/private/memo") == 0 and local_server.count("/robots.txt") == 1


def test_robots_group_for_storywatch(local_server) -> None:
    local_server.route("/robots.txt", "User-agent: storywatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    local_server.route("/page", "x")
    with loopback_fetcher(respect_robots=True) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(local_server.url("/page"))
    assert local_server.count("/page") == 0


@pytest.mark.parametrize(("robots", "allowed"), [({"status": 404}, True), ({"status": 403}, True),
                                                 ({"status": 503}, False), ({"hang": True}, True)])
def test_robots_failure_policy(local_server, robots: dict, allowed: bool) -> None:
    local_server.route("/robots.txt", "Disallow: /", **robots)
    local_server.route("/page", "x")
    with loopback_fetcher(respect_robots=True, connect_timeout=0.3, read_timeout=0.3) as fetcher:
        if allowed:
            assert fetcher.fetch(local_server.url("/page")).body == b"x"
        else:
            with pytest.raises(FetchError) as info:
                fetcher.fetch(local_server.url("/page"))
            assert info.value.transient and "robots.txt" in str(info.value)
    assert local_server.count("/page") == int(allowed)


def test_per_host_delay_spaces_requests(local_server) -> None:
    local_server.route("/p", "x")
    with loopback_fetcher(per_host_delay=0.3) as fetcher:
        start = time.monotonic()
        for _ in range(3):
            fetcher.fetch(local_server.url("/p"))
        assert time.monotonic() - start >= 0.6


def test_the_next_batch_fetcher_keeps_the_pause_and_the_robots_txt(local_server) -> None:
    """Batches of a run fetch on different workers: the host's pause and its robots.txt carry over
    (pickled, as Dask and Prefect send them) instead of being lost with the first fetcher."""
    import pickle

    local_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    local_server.route("/p", "x")
    local_server.route("/private/q", "no")
    with loopback_fetcher(per_host_delay=0.5, respect_robots=True) as first:
        first.fetch(local_server.url("/p"))
        asked = time.monotonic()
        memory = pickle.loads(pickle.dumps(first.memory()))
    with loopback_fetcher(per_host_delay=0.5, respect_robots=True, hosts=memory) as second:
        second.fetch(local_server.url("/p"))
        assert time.monotonic() - asked >= 0.45
        with pytest.raises(FetchError, match="robots.txt"):
            second.fetch(local_server.url("/private/q"))
    assert local_server.count("/robots.txt") == 1 and local_server.count("/private/q") == 0
    merged = memory.merge(second.memory())
    assert dict(merged.last_request)[f"127.0.0.1:{local_server.port}"] > dict(memory.last_request)[
        f"127.0.0.1:{local_server.port}"]


def test_allow_private_from_env(monkeypatch) -> None:
    monkeypatch.delenv("STORYWATCH_ALLOW_PRIVATE", raising=False)
    assert allow_private_from_env() is False
    monkeypatch.setenv("STORYWATCH_ALLOW_PRIVATE", "1")
    assert allow_private_from_env() is True
    monkeypatch.setenv("STORYWATCH_ALLOW_PRIVATE", "0")
    assert allow_private_from_env() is False


def test_server_helper_serves_304_itself() -> None:
    """The helper, not only the fetcher, is under test here: a wrong validator must not give 304."""
    with LocalServer() as srv, loopback_fetcher() as fetcher:
        srv.route("/x", "body", etag='"v1"')
        assert not fetcher.fetch(srv.url("/x"), etag='"v0"').not_modified
        assert fetcher.fetch(srv.url("/x"), etag='"v1"').not_modified


def test_fetch_errors_survive_pickling() -> None:
    """Prefect may persist a task's exception: type, flags and message must survive."""
    import pickle

    for error in (AddressRefused("http://10.0.0.1/", "host 10.0.0.1 is a non-public address"),
                  FetchError("https://x.example/", "HTTP 503", transient=True, status=503, retry_after=30.0)):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)
        assert (again.transient, again.status, again.retry_after, again.url) == (
            error.transient, error.status, error.retry_after, error.url)


def _self_signed_tls_server(tmp_path):
    """An HTTPS server on 127.0.0.1 with a certificate no CA signed (generated here)."""
    import datetime
    import ipaddress
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            body = b"<html><body><p>secret</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_untrusted_certificate_is_refused_by_every_fetcher(tmp_path) -> None:
    # fetchers share one TLS context per process: it must verify for each of them
    server = _self_signed_tls_server(tmp_path)
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/a"
        for _ in range(2):
            with Fetcher(allow_private=True, per_host_delay=0, respect_robots=False) as f:
                with pytest.raises(FetchError) as err:
                    f.fetch(url)
            assert "certificate" in str(err.value).lower() and not err.value.transient
    finally:
        server.shutdown()


def test_a_source_budget_bounds_the_fetch_and_a_spent_one_sends_nothing(local_server) -> None:
    from storywatch.ingest.fetch import Budget

    local_server.route("/drip", b"x" * 400, drip=0.05)
    local_server.route("/p", "x")
    budget = Budget(1.0)
    with loopback_fetcher(connect_timeout=10, read_timeout=20) as fetcher:    # a 30 s fetch deadline
        with pytest.raises(FetchError) as info:
            fetcher.fetch(local_server.url("/drip"), budget=budget)
        assert info.value.transient and "1 s time budget" in str(info.value)
        assert budget.left <= 0.05
        with pytest.raises(FetchError, match="budget .* is spent") as spent:
            fetcher.fetch(local_server.url("/p"), budget=budget)
    assert spent.value.transient and local_server.count("/p") == 0
    (hit,) = local_server.hits("/drip")
    assert not hit.complete and hit.sent < hit.size // 2, (hit.sent, hit.size)
