"""Alerts as an Atom 1.0 feed (RFC 4287): one entry per alert, newest first.

Each entry's ``id`` is ``urn:storywatch:alert:<alert_id>`` (alert ids are stable: the same change
keeps its id on every rerun and rebuild), ``updated`` is when the alert was detected, its title
says the change (``deal value: USD 1.5 billion → EUR 1.5 billion``) and its content (HTML,
escaped as the feed's text) carries the evidence sentence, the previous one and both sources.
The feed's ``id`` is stable per story (``urn:storywatch:story:<slug>``) or for every story
(``urn:storywatch:stories``); the feed has an author, so entries need none.

The XML is built with ``xml.etree.ElementTree``, which escapes every string it writes; article
text is escaped once more for the HTML inside ``content``. Characters XML 1.0 cannot carry
(control characters, lone surrogates) are dropped first.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Callable, Iterable
from urllib.parse import urlsplit

from storywatch.deliver.values import change_text
from storywatch.records import Alert

NS = "http://www.w3.org/2005/Atom"
ALL_STORIES_ID = "urn:storywatch:stories"
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def feed_id(story: str | None) -> str:
    """The feed's stable id: one per story, one for every story."""
    return f"urn:storywatch:story:{story}" if story else ALL_STORIES_ID


def entry_id(alert: Alert) -> str:
    return f"urn:storywatch:alert:{alert.alert_id}"


def _clean(text: object) -> str:
    return _NOT_XML.sub("", "" if text is None else str(text))


def _stamp(ts: datetime | None) -> str:
    """RFC 3339 in UTC: ``2026-11-23T10:15:00Z``."""
    ts = ts or datetime(1970, 1, 1, tzinfo=timezone.utc)
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _web(url: str | None) -> bool:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}", {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        el.text = _clean(text)
    return el


def entry_title(a: Alert) -> str:
    old, new = change_text(a)
    return f"{a.story} — {a.subject}: {old} → {new}"


def entry_html(a: Alert) -> str:
    """The entry's content: the change, the evidence, the previous sentence, both sources."""
    e = html.escape
    old, new = change_text(a)

    def source(label: str, text: str | None, url: str | None, ts: datetime | None) -> str:
        where = (f"<a href=\"{e(url)}\">{e(url)}</a>" if _web(url) else e(url or "unknown"))
        when = f" ({ts:%Y-%m-%d %H:%M} UTC)" if ts else ""
        return f"<li>{label}: “{e(text or '')}” — {where}{e(when)}</li>"

    previously = (f"<p>previously: <q>{e(a.old_evidence)}</q></p>" if a.old_evidence else "")
    return (f"<p>{e(a.kind.replace('_', ' '))}: <del>{e(old)}</del> → <ins>{e(new)}</ins></p>"
            f"<blockquote>{e(a.evidence)}</blockquote>{previously}"
            f"<ul>{source('was', a.old_text, a.old_url, a.old_published)}"
            f"{source('now', a.new_text, a.new_url, a.new_published)}</ul>")


def atom_feed(alerts: Iterable[Alert], *, story: str | None = None, title: str | None = None,
              self_url: str | None = None, page_url: str | None = None,
              alert_url: Callable[[Alert], str] | None = None,
              updated: datetime | None = None) -> str:
    """An Atom feed of ``alerts`` (newest first) for ``story`` (None: every story).

    ``self_url``: where the feed is served (``rel="self"``); ``page_url``: the web page it
    follows (``rel="alternate"``); ``alert_url(alert)``: each entry's web page (its alternate
    link; without one, the new source's URL when it is on the web). ``updated``: the feed's
    time when no alert is newer (a feed without entries still needs one).
    """
    alerts = sorted(alerts, key=lambda a: (a.detected_at, a.alert_id), reverse=True)
    ET.register_namespace("", NS)
    feed = ET.Element(f"{{{NS}}}feed")
    _sub(feed, "id", feed_id(story))
    _sub(feed, "title", title or (f"storywatch alerts — {story}" if story else "storywatch alerts — all stories"))
    _sub(feed, "subtitle", "Each entry: a reported figure or status changed, with the sentence that "
                           "says so and both sources.")
    stamps = [a.detected_at for a in alerts if a.detected_at] + ([updated] if updated else [])
    _sub(feed, "updated", _stamp(max((_aware(t) for t in stamps), default=None)))
    author = _sub(feed, "author")
    _sub(author, "name", "storywatch")
    _sub(feed, "generator", "storywatch")
    if self_url:
        _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    if page_url:
        _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    for a in alerts:
        entry = _sub(feed, "entry")
        _sub(entry, "id", entry_id(a))
        _sub(entry, "title", entry_title(a), type="text")
        _sub(entry, "updated", _stamp(a.detected_at))
        if a.new_published:
            _sub(entry, "published", _stamp(a.new_published))
        alternate = alert_url(a) if alert_url else (a.new_url if _web(a.new_url) else None)
        if alternate:
            _sub(entry, "link", rel="alternate", type="text/html", href=alternate)
        for url in dict.fromkeys(u for u in (a.old_url, a.new_url) if _web(u)):
            if url != alternate:
                _sub(entry, "link", rel="related", href=url)
        _sub(entry, "category", term=a.kind)
        _sub(entry, "category", term=a.subject)
        _sub(entry, "summary", a.evidence, type="text")
        _sub(entry, "content", entry_html(a), type="html")
    ET.indent(feed)
    return "<?xml version='1.0' encoding='utf-8'?>\n" + ET.tostring(feed, encoding="unicode") + "\n"


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)
