"""The HTML digest in a real browser (headless Chromium): the alert is visible, article text runs nothing.

Needs Debian's `chromium` (`apt-get install -y chromium`); without it this test fails and says so,
unless STORYWATCH_NO_BROWSER=1 is set (then it skips with that reason).
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from storywatch.deliver.chart import read_history, timelines
from storywatch.deliver.digest import html_digest
from storywatch.pipeline import run_story
from storywatch.records import Alert, from_row
from storywatch.story import load_story
from storywatch.store.warehouse import Warehouse

SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    if os.environ.get("STORYWATCH_NO_BROWSER") == "1":
        pytest.skip("STORYWATCH_NO_BROWSER=1: browser test switched off")
    for name in (os.environ.get("STORYWATCH_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    pytest.fail("headless Chromium is not installed: run `apt-get install -y chromium` "
                "(or set STORYWATCH_NO_BROWSER=1 to skip this test)", pytrace=False)


def browse(page: Path, tmp: Path, *extra: str) -> str:
    cmd = [chromium(), *FLAGS, f"--user-data-dir={tmp / 'profile'}", *extra, page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(page: Path, tmp: Path) -> str:
    return browse(page, tmp, "--virtual-time-budget=2000", "--dump-dom")


def screenshot(page: Path, tmp: Path) -> Path:
    png = tmp / "digest.png"
    browse(page, tmp, f"--screenshot={png}", "--window-size=1200,2000")
    assert png.is_file(), "Chromium wrote no screenshot"
    return png


def png_ink(png: Path) -> tuple[int, int, float]:
    """Width, height and the share of pixels that are not the page background."""
    try:
        from PIL import Image
    except ImportError:                                   # no Pillow: size from the PNG header
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        w, h = struct.unpack(">II", data[16:24])
        return w, h, 1.0 if len(zlib.compress(data)) > 20_000 else 0.0
    with Image.open(png) as im:
        gray = im.convert("L")
        hist = gray.histogram()
        return im.width, im.height, 1 - max(hist) / (im.width * im.height)


@pytest.fixture(scope="module")
def digest_page(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    wh = Warehouse(root / "wh")
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    with wh.reader() as con:
        cur = con.execute("SELECT * FROM alerts")
        names = [d[0] for d in cur.description]
        (alert,) = [from_row(Alert, dict(zip(names, r))) for r in cur.fetchall()]
        history = read_history(con)
    alert = replace(alert, evidence=f"{alert.evidence} {SCRIPT} {IMG}", old_evidence=f"{SCRIPT}{IMG}")
    history = [{**r, "outlet": f"{SCRIPT}{IMG}"} for r in history]
    page = root / "digest.html"
    page.write_text(html_digest([alert], timelines(history, [alert])), encoding="utf-8")
    return page


def test_alert_is_visible_and_article_text_runs_nothing(digest_page, tmp_path):
    dom = dump_dom(digest_page, tmp_path)
    assert "EUR 1.5 billion" in dom and "USD 1.5 billion" in dom
    assert "According to credible sources, the discussions revolve around" in dom
    assert dom.count("<svg") == 2                                      # both timelines rendered
    assert "PWNED" not in dom.replace("document.title='PWNED'", "")    # the title was not changed
    assert "data-pwned" not in dom.replace("setAttribute('data-pwned'", "")
    assert "<title>storywatch digest" in dom


def test_screenshot_is_not_blank(digest_page, tmp_path):
    width, height, ink = png_ink(screenshot(digest_page, tmp_path))
    assert (width, height) == (1200, 2000)
    assert ink > 0.01, f"the screenshot is (nearly) blank: {ink:.2%} of pixels differ from the background"


def test_the_harness_does_see_a_script_that_runs(tmp_path):
    """Control: the same strings unescaped and without the CSP do run, and the check catches it."""
    page = tmp_path / "unsafe.html"
    page.write_text(f"<!doctype html><html><head><title>t</title></head><body>{SCRIPT}{IMG}</body></html>")
    dom = dump_dom(page, tmp_path)
    assert "<title>PWNED</title>" in dom and 'data-pwned="1"' in dom
