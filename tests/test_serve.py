"""`storywatch serve`: the real command on a free port of 127.0.0.1 over a warehouse built by the
shipped story, read with httpx and with headless Chromium (following links, no console message,
a hostile article's payload shown as text); 404s that say why; the CSP header; a run writing to
the warehouse while the server answers is not blocked.

Chromium: Debian's `chromium`, as for tests/test_browser.py (STORYWATCH_NO_BROWSER=1 skips the
browser tests, STORYWATCH_CHROMIUM names another binary).
"""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import feedparser
import httpx
import pytest

from conftest import ROOT
from storywatch.pipeline import run_story
from storywatch.records import Alert, SourceError, Version, records_of, to_table
from storywatch.story import load_story
from storywatch.store import Warehouse
from test_browser import FLAGS, chromium, png_ink

SCRIPT = "<script>alert(1)</script><script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")
HOSTILE_ID = "bad0bad0bad0bad0bad0"
DOCS = ROOT / "docs"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(warehouse: Path):
    """`storywatch serve --warehouse W --port P` as a real process; yields (base URL, its first line)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storywatch.app.cli", "serve", "--warehouse",
                             str(warehouse), "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"serve exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
            try:
                httpx.get(base + "/", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "serve did not answer within 60 s"
                time.sleep(0.1)
        yield base, proc.stdout.readline()
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def plant_hostile(wh: Warehouse) -> None:
    """A version and an alert whose article text carries script and an onerror image, a source
    URL that is javascript:, and a source error whose message does too."""
    with wh.reader() as con:
        (alert,) = records_of(con.execute("SELECT * FROM alerts"), Alert)
        (new,) = records_of(con.execute("SELECT * FROM versions WHERE version_id = ?",
                                        [alert.new_version_id]), Version)
    sentence = f"Officials now say the deal is worth 2 billion euros {SCRIPT} {IMG} in all."
    version = replace(new, version_id="bad0version0000000000", seq=new.seq + 1, content_hash="bad0",
                      title=f"Hostile {SCRIPT}", text=f"{IMG} First paragraph.\n\n{sentence}\n\nThe end {SCRIPT}.")
    bad = replace(alert, alert_id=HOSTILE_ID, old_version_id=alert.new_version_id,
                  new_version_id=version.version_id, old_value=alert.new_value, old_unit=alert.new_unit,
                  old_text=alert.new_text, old_evidence=alert.evidence, old_url="javascript:alert(1)",
                  new_value=2e9, new_unit="EUR", new_text=f"2 billion euros {IMG}", evidence=sentence,
                  new_url="https://news.example/a?x=1&y=<b>", detected_at=alert.detected_at + timedelta(minutes=5))
    error = SourceError(error_id="bad0error00000000000", run_id=alert.run_id, story=alert.story,
                        source=f"https://feeds.example/{IMG}", transient=False,
                        message=f"malformed feed {SCRIPT}: check the URL", recorded_at=alert.detected_at)
    wh.commit({"versions": to_table([version], Version), "alerts": to_table([bad], Alert),
               "source_errors": to_table([error], SourceError)})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    wh = Warehouse(root / "wh")
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    plant_hostile(wh)
    with wh.reader() as con:
        real = con.execute("SELECT alert_id FROM alerts WHERE alert_id <> ?", [HOSTILE_ID]).fetchone()[0]
    with serving(root / "wh") as (base, first_line):
        yield {"base": base, "first_line": first_line, "real": real, "root": root}


def get(site, path: str) -> httpx.Response:
    return httpx.get(site["base"] + path, timeout=30)


# -- HTTP --------------------------------------------------------------------------------------
def test_listens_on_loopback_by_default_and_every_page_has_the_csp(site):
    assert "read-only on http://127.0.0.1:" in site["first_line"]
    for path in ("/", "/stories/italy-spacex", f"/alerts/{site['real']}", "/feeds/all.atom",
                 "/stories/nope", "/nowhere"):
        r = get(site, path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_index_and_story_pages(site):
    index = get(site, "/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert "href='/stories/italy-spacex'" in index.text and "Italy–SpaceX" in index.text
    story = get(site, "/stories/italy-spacex")
    assert story.status_code == 200
    text = story.text
    assert "Current facts" in text and "deal value" in text
    assert text.count("<svg") >= 2                                   # a timeline per fact, inline
    assert f"href='/alerts/{site['real']}'" in text and f"href='/alerts/{HOSTILE_ID}'" in text
    assert "seed:italy-spacex/000_762e4873f08c2ef8.txt" in text      # both sources of the real alert
    assert "seed:italy-spacex/002_b4d0339e3ac2ca88.txt" in text
    assert "Source errors (1)" in text and "malformed feed" in text


def test_article_text_is_escaped_in_every_page(site):
    for path in ("/stories/italy-spacex", f"/alerts/{HOSTILE_ID}"):
        text = get(site, path).text
        assert "<script" not in text and "<img" not in text and "onerror=\"" not in text, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert "href=\"javascript:" not in text and "href='javascript:" not in text
        assert "javascript:alert(1)" in text                         # the source shown as text
    assert 'href="https://news.example/a?x=1&amp;y=&lt;b&gt;"' in get(site, f"/alerts/{HOSTILE_ID}").text


def test_alert_page_shows_both_versions_with_the_changed_sentence_marked(site):
    r = get(site, f"/alerts/{site['real']}")
    assert r.status_code == 200
    old = re.search(r"<section class='side old'>(.*?)</section>", r.text, re.S).group(1)
    new = re.search(r"<section class='side new'>(.*?)</section>", r.text, re.S).group(1)
    assert re.search(r"<mark id='old-changed'>Italy is reportedly in discussions.*<strong>\$1\.5 billion</strong>", old)
    assert re.search(r"<mark id='new-changed'>According to credible sources.*<strong>1\.5 billion euros, "
                     r"roughly equating to \$1\.55 billion</strong>", new)
    assert "seed:italy-spacex/000_762e4873f08c2ef8.txt" in old and "seed:italy-spacex/002_b4d0339e3ac2ca88.txt" in new


@pytest.mark.parametrize("path, says", [
    ("/stories/nope", "No story &#x27;nope&#x27;"),
    ("/stories/%3Cscript%3E", "No story &#x27;&lt;script&gt;&#x27;"),
    ("/alerts/0000", "No alert &#x27;0000&#x27;"),
    ("/feeds/nope.atom", "No story &#x27;nope&#x27;"),
    ("/nowhere", "Nothing at /nowhere"),
])
def test_unknown_pages_are_a_clear_404(site, path, says):
    r = get(site, path)
    assert r.status_code == 404 and says in r.text and "<a href='/'>All stories</a>" in r.text


def test_read_only(site):
    r = httpx.post(site["base"] + "/", timeout=30)
    assert r.status_code == 405 and "read-only" in r.text


def test_missing_warehouse_is_a_404_that_says_what_to_do(tmp_path):
    with serving(tmp_path / "none") as (base, _):
        for path in ("/", "/stories/italy-spacex", "/feeds/all.atom"):
            r = httpx.get(base + path, timeout=30)
            assert r.status_code == 404 and "No warehouse at" in r.text and "storywatch run --warehouse" in r.text


def test_feeds_link_to_the_served_pages(site):
    for path, fid in (("/feeds/italy-spacex.atom", "urn:storywatch:story:italy-spacex"),
                      ("/feeds/all.atom", "urn:storywatch:stories")):
        r = get(site, path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        parsed = feedparser.parse(r.content)
        assert parsed.bozo == 0 and parsed.feed.id == fid
        assert {e.id for e in parsed.entries} == {f"urn:storywatch:alert:{site['real']}",
                                                   f"urn:storywatch:alert:{HOSTILE_ID}"}
        assert parsed.feed.links[0].href == site["base"] + path                          # rel=self
        for e in parsed.entries:
            assert e.link.startswith(site["base"] + "/alerts/") and httpx.get(e.link, timeout=30).status_code == 200


def test_a_run_writing_meanwhile_is_not_blocked(tmp_path):
    """The server answers requests in a loop while a run builds its warehouse: the run finishes in
    its usual time, every request is answered (404 before the file exists, then pages), and the
    pages show what the run wrote."""
    wh = Warehouse(tmp_path / "wh")
    with serving(wh.root) as (base, _):
        codes: list[int] = []
        stop = threading.Event()

        def hammer():
            with httpx.Client(timeout=30) as client:
                while not stop.is_set():
                    for path in ("/", "/stories/italy-spacex", "/feeds/all.atom"):
                        codes.append(client.get(base + path).status_code)

        threads = [threading.Thread(target=hammer) for _ in range(2)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        started = time.monotonic()
        try:
            summary = run_story(load_story("italy-spacex"), wh, say=lambda m: None)
            took = time.monotonic() - started
            time.sleep(0.5)
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        print(f"run while serving: {took:.2f} s, {len(codes)} requests answered meanwhile")
        assert summary.new_versions == 2 and len(summary.alerts) == 1
        assert took < 20, f"the run took {took:.1f} s while the server was reading"
        assert set(codes) <= {200, 404} and 200 in codes and len(codes) > 10, codes
        assert httpx.get(base + "/stories/italy-spacex", timeout=30).text.count("class='alert'") == 1


# -- the browser -------------------------------------------------------------------------------
def browse(url: str, tmp: Path, *extra: str) -> tuple[str, str]:
    """(stdout, console lines) of headless Chromium on ``url``."""
    cmd = [chromium(), *FLAGS, f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0",
           *extra, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


def dom(url: str, tmp: Path) -> str:
    out, console = browse(url, tmp, "--virtual-time-budget=2000", "--dump-dom")
    assert console == [], console                 # no error, no CSP violation, no log at all
    return out


def test_browser_follows_links_and_runs_nothing(site, tmp_path):
    index = dom(site["base"] + "/", tmp_path)
    assert "<title>storywatch — stories</title>" in index
    story_href = re.search(r'href="(/stories/[^"]+)"', index).group(1)
    story = dom(site["base"] + story_href, tmp_path)
    assert "Current facts" in story and story.count("<svg") >= 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in story            # shown as text
    alert_hrefs = re.findall(r'href="(/alerts/[^"]+)"', story)
    assert f"/alerts/{HOSTILE_ID}" in alert_hrefs and f"/alerts/{site['real']}" in alert_hrefs
    for href in alert_hrefs:
        page = dom(site["base"] + href, tmp_path)
        assert "<mark id=\"new-changed\">" in page
        assert "PWNED" not in page.replace("document.title='PWNED'", "")
        assert "data-pwned" not in page.replace("setAttribute('data-pwned'", "")
    assert "<mark id=\"old-changed\">" in dom(site["base"] + f"/alerts/{site['real']}", tmp_path)


def test_the_console_check_sees_a_script_the_csp_blocks(tmp_path):
    """Control: a page that tries to run a script under the same CSP is caught by the console check."""
    page = tmp_path / "blocked.html"
    page.write_text(f"<!doctype html><html><head><meta http-equiv='Content-Security-Policy' "
                    f"content=\"{CSP}\"><title>t</title></head><body>{SCRIPT}{IMG}</body></html>")
    _, console = browse(page.as_uri(), tmp_path, "--virtual-time-budget=2000", "--dump-dom")
    assert any("Executing inline script violates the following Content Security Policy" in line
               for line in console), console


def test_screenshots(tmp_path):
    """Screenshots of a story page and an alert page of the shipped story (kept in docs/ for the
    README when STORYWATCH_SCREENSHOTS=1): not blank, no console message."""
    import os
    keep = os.environ.get("STORYWATCH_SCREENSHOTS") == "1"
    wh = Warehouse(tmp_path / "wh")
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    with wh.reader() as con:
        (alert_id,) = con.execute("SELECT alert_id FROM alerts").fetchone()
    with serving(wh.root) as (base, _):
        for path, name, size in (("/stories/italy-spacex", "serve-story.png", (1280, 2000)),
                                 (f"/alerts/{alert_id}", "serve-alert.png", (1400, 1500))):
            png = (DOCS if keep else tmp_path) / name
            _, console = browse(base + path, tmp_path, f"--screenshot={png}",
                                f"--window-size={size[0]},{size[1]}", "--hide-scrollbars")
            assert console == []
            width, height, ink = png_ink(png)
            assert (width, height) == size and ink > 0.01
