"""`storywatch watch`: react within seconds to a new or changed seed file or a new feed entry.

The watcher stays in one process and runs the library pipeline directly (no Prefect flow run per
change, which would add its orchestration to every reaction): it checks the seeds folder
every ``poll_s`` seconds and the feeds every ``feed_s`` seconds, and runs one incremental pass
when something changed. Scheduled deployments (prefect.yaml) remain the way to run unattended.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from storywatch.ingest import seed_names
from storywatch.pipeline import Summary, run_story
from storywatch.store import Warehouse
from storywatch.story import Story


def seeds_signature(folder: Path) -> tuple:
    """Names, modification times and sizes of the seed files: changes when a seed appears, changes
    or goes away (a file deleted between the listing and its stat is simply gone)."""
    out = []
    for name in seed_names(folder):
        try:
            st = (folder / name).stat()
        except FileNotFoundError:
            continue
        out.append((name, st.st_mtime_ns, st.st_size))
    return tuple(out)


def watch(story: Story, wh: Warehouse, *, seeds_dir: Path | None = None, feeds: tuple[str, ...] = (),
          allow_private: bool = False, poll_s: float = 0.25, feed_s: float = 60.0,
          stop: Callable[[], bool] = lambda: False, report: Callable[[Summary], None] = print) -> None:
    folder = seeds_dir or story.seeds
    last_sig = None
    next_feeds = 0.0
    has_feeds = bool(feeds or story.feeds or story.discover)
    while not stop():
        sig = seeds_signature(folder)
        due_feeds = has_feeds and time.monotonic() >= next_feeds
        if sig != last_sig or due_feeds:
            summary = run_story(story, wh, seeds_dir=folder, feeds=feeds if due_feeds else (),
                                allow_private=allow_private, say=lambda m: None)
            last_sig = sig
            if due_feeds:
                next_feeds = time.monotonic() + feed_s
            if summary.new_versions or summary.alert_count or summary.errors:
                report(summary)
        time.sleep(poll_s)
