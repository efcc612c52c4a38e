"""Deliver: alerts as people read them (JSON, Markdown and HTML digests with timeline charts, Atom
feeds) and their delivery to notification targets through Apprise, recorded in an outbox."""
from storywatch.deliver.atom import atom_feed, entry_id, feed_id
from storywatch.deliver.chart import read_history, timelines
from storywatch.deliver.digest import html_digest, markdown, render
from storywatch.deliver.send import DeliveryConfigError, deliver, notify_urls
from storywatch.deliver.values import alert_json, change_text, fmt_value

__all__ = ["read_history", "timelines", "html_digest", "markdown", "render", "DeliveryConfigError",
           "deliver", "notify_urls", "alert_json", "change_text", "fmt_value",
           "atom_feed", "entry_id", "feed_id"]
