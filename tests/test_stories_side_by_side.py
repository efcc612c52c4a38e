"""An all-stories run works on several stories at once: a story whose feed is slow delays only
itself (real Prefect test harness, a real HTTP server on 127.0.0.1, a real warehouse)."""
import asyncio
import http.server
import threading

import pytest

from test_stories import write_story

pytestmark = pytest.mark.prefect

EMPTY_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>',
              b"<link>http://127.0.0.1/</link><description>x</description></channel></rss>")


def slow_feed_server(release: threading.Event):
    """A feed that keeps its answer open (a byte every half second, so no read timeout fires)
    until ``release`` is set, a minute at most."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(EMPTY_FEED[0])
            for _ in range(120):
                if release.wait(0.5):
                    break
                self.wfile.write(b" ")
                self.wfile.flush()
            self.wfile.write(EMPTY_FEED[1])

        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_a_slow_story_delays_only_itself(tmp_path, monkeypatch):
    from prefect.testing.utilities import prefect_test_harness

    import flows.storywatch_flows as F
    release = threading.Event()
    server = slow_feed_server(release)
    stories = tmp_path / "stories"
    feed = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    write_story(stories, "a-slow", extra=f'feeds = ["{feed}"]\n')
    write_story(stories, "b-quick")
    write_story(stories, "c-quick")
    monkeypatch.setenv("STORYWATCH_STORIES", str(stories))
    monkeypatch.setenv("STORYWATCH_STORY_WORKERS", "3")
    ended: list[str] = []
    line = F.all_stories_line

    def record(r):      # the slow feed answers once both quick stories have ended
        ended.append(r["story"])
        if {"b-quick", "c-quick"} <= set(ended):
            release.set()
        return line(r)
    monkeypatch.setattr(F, "all_stories_line", record)
    try:
        with prefect_test_harness(server_startup_timeout=120):
            results = asyncio.run(F.run_all_stories(warehouse=str(tmp_path / "wh"), allow_private=True))
    finally:
        release.set()
        server.shutdown()
    assert [r["story"] for r in results] == ["a-slow", "b-quick", "c-quick"]   # the folder's order
    assert [r["status"] for r in results] == ["ok", "ok", "ok"], results
    assert ended[-1] == "a-slow" and sorted(ended[:2]) == ["b-quick", "c-quick"]
    assert all(r["summary"].new_versions == 2 for r in results)


def test_story_workers_is_checked(monkeypatch):
    import flows.storywatch_flows as F
    monkeypatch.setenv("STORYWATCH_STORY_WORKERS", "many")
    with pytest.raises(ValueError, match="STORYWATCH_STORY_WORKERS"):
        F.story_workers()
    monkeypatch.setenv("STORYWATCH_STORY_WORKERS", "0")
    assert F.story_workers() == 1
    monkeypatch.delenv("STORYWATCH_STORY_WORKERS")
    assert F.story_workers() == 4
