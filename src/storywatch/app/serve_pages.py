"""The pages `storywatch serve` shows, as HTML strings from what ``serve`` read.

Every string that came from an article or a source (texts, sentences, titles, URLs, outlets,
error messages, even slugs and ids taken from the request) goes through ``html.escape``; a URL
becomes a link only when it is http(s), so a ``javascript:`` source is shown as text. The pages
need no script and no external resource: styles are inline and charts are inline SVG, which the
Content-Security-Policy ``serve`` sends allows and nothing more.
"""
from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any, Mapping, Sequence
from urllib.parse import quote, urlsplit

from storywatch.deliver import change_text, fmt_value
from storywatch.records import Alert

e = html.escape

CSS = (
    "body{font-family:system-ui,sans-serif;margin:0;color:#111;background:#fff;line-height:1.4}"
    "header{background:#1d3557;color:#fff;padding:.6em 1.5em}header a{color:#fff}"
    "header nav{font-size:.9em}main{max-width:72em;margin:0 auto;padding:0 1.5em 3em}"
    "h1{margin:.2em 0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35em .6em;"
    "border-bottom:1px solid #eee;vertical-align:top}th{background:#f4f6f8}"
    ".fact,.alert{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}"
    ".value{font-size:1.3em;font-weight:bold}.meta,small,.sources{color:#555}"
    ".sources{font-size:.9em;overflow-wrap:anywhere}"
    "blockquote{border-left:4px solid #ccc;margin:.5em 0;padding-left:1em;color:#333}"
    "del{color:#a00}ins{color:#070;text-decoration:none;font-weight:bold}"
    "figure{margin:.5em 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.85em}"
    ".sides{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}"
    ".side{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:0}"
    ".side h2{margin-top:.2em}.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95em}"
    "mark{background:#ffe066;padding:.1em 0}mark strong{background:#ffc107}"
    ".old mark{background:#ffd6d6}.old mark strong{background:#ff9e9e}"
    ".err{color:#a00}.transient{color:#8a6d00}.empty{color:#555;font-style:italic}"
)
META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
CSP = META_CSP + "; frame-ancestors 'none'"      # the header; a <meta> policy cannot say frame-ancestors


def when(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "undated"


def is_web(url: str | None) -> bool:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def source_link(url: str | None) -> str:
    """A source as a link when it is on the web, else as text (seeds: ``seed:<story>/<file>``)."""
    if is_web(url):
        return f"<a href=\"{e(url)}\" rel=\"noreferrer noopener\">{e(url)}</a>"
    return f"<span class='seed'>{e(url or 'unknown')}</span>"


def story_href(slug: str) -> str:
    return f"/stories/{quote(slug, safe='')}"


def alert_href(alert_id: str) -> str:
    return f"/alerts/{quote(alert_id, safe='')}"


def page(title: str, body: str, *, feed: str | None = None, crumbs: Sequence[tuple[str, str]] = ()) -> str:
    """A whole page: head (CSP repeated as a meta, styles, the Atom feed it follows), header, body."""
    nav = " › ".join(["<a href='/'>storywatch</a>"] + [f"<a href='{e(h)}'>{e(t)}</a>" for h, t in crumbs])
    alt = (f"<link rel='alternate' type='application/atom+xml' title='alerts' href='{e(feed)}'>"
           if feed else "")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{META_CSP}\">"
            f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{e(title)}</title>{alt}<style>{CSS}</style></head><body>"
            f"<header><nav>{nav}</nav><h1>{e(title)}</h1></header><main>{body}</main></body></html>")


def not_found_page(message: str, status: int = 404) -> str:
    heading = {404: "Not found", 503: "Warehouse busy", 405: "Read-only", 500: "Unreadable"}.get(status, "Error")
    return page(f"{heading} — storywatch",
                f"<p class='err' id='problem'>{e(message)}</p><p><a href='/'>All stories</a></p>")


# -- / -----------------------------------------------------------------------------------------
def index_page(stories: Sequence[Mapping[str, Any]], warehouse: str) -> str:
    if not stories:
        rows = (f"<p class='empty'>The warehouse {e(warehouse)} has no story yet: run "
                f"<code>storywatch run --warehouse {e(warehouse)}</code>.</p>")
    else:
        rows = ("<table id='stories'><tr><th>story</th><th>articles</th><th>versions</th><th>alerts</th>"
                "<th>last alert</th><th>last run</th><th>feed</th></tr>" + "".join(
                    f"<tr><td><a class='story' href='{story_href(s['story'])}'>{e(s['name'])}</a>"
                    f"<br><small>{e(s['story'])}</small></td><td>{s['articles']}</td><td>{s['versions']}</td>"
                    f"<td>{s['alerts']}</td><td>{e(when(s['last_alert']) if s['last_alert'] else '—')}</td>"
                    f"<td>{e(when(s['last_run']) if s['last_run'] else '—')}</td>"
                    f"<td><a href='/feeds/{quote(s['story'], safe='')}.atom'>Atom</a></td></tr>"
                    for s in stories) + "</table>")
    body = (f"{rows}<p class='meta'>Warehouse {e(warehouse)}, read-only. "
            f"<a href='/feeds/all.atom'>Atom feed of every story's alerts</a>.</p>")
    return page("storywatch — stories", body, feed="/feeds/all.atom")


# -- /stories/<slug> ---------------------------------------------------------------------------
def _fact(n: int, f: Mapping[str, Any], chart: str | None) -> str:
    value = fmt_value(f["value"], f["unit"], f["status"])
    figure = (f"<figure class='timeline'>{chart}<figcaption>every report of {e(f['subject'])} in "
              "order (date · outlet); red ring: alert</figcaption></figure>" if chart else "")
    return (f"<section class='fact' id='fact-{n}'><h3>{e(f['subject'])} <small>({e(f['kind'])})</small></h3>"
            f"<p><span class='value'>{e(value)}</span> — reported as “{e(f['text'] or '')}”</p>"
            f"<blockquote>{e(f['sentence'] or '')}</blockquote>"
            f"<p class='sources'>source: {source_link(f['url'])}"
            f"{' · ' + e(f['outlet']) if f.get('outlet') else ''}"
            f" · {e(when(f.get('published')))}</p>{figure}</section>")


def alert_block(a: Alert, *, link: bool = True) -> str:
    old, new = change_text(a)
    previously = (f"<blockquote class='old-evidence'><small>previously:</small> {e(a.old_evidence)}"
                  "</blockquote>" if a.old_evidence else "")
    compare = (f"<p><a class='compare' href='{alert_href(a.alert_id)}'>compare the two versions →</a></p>"
               if link else "")
    return (f"<section class='alert' id='alert-{e(a.alert_id)}'><h3>{e(a.subject)} "
            f"<small>({e(a.kind.replace('_', ' '))})</small></h3>"
            f"<p class='change'><del>{e(old)}</del> → <ins>{e(new)}</ins></p>"
            f"<blockquote class='evidence'>{e(a.evidence)}</blockquote>{previously}"
            f"<p class='sources'>was: “{e(a.old_text or '')}” — {source_link(a.old_url)} "
            f"({e(when(a.old_published))})<br>now: “{e(a.new_text)}” — {source_link(a.new_url)} "
            f"({e(when(a.new_published))})</p>"
            f"<p class='meta'>detected {e(when(a.detected_at))} · id {e(a.alert_id)}</p>{compare}</section>")


def _errors(errors: Sequence[Mapping[str, Any]], total: int) -> str:
    if not errors:
        return "<p class='empty'>No source errors.</p>"
    more = (f"<p class='meta'>The latest {len(errors)} of {total}.</p>" if total > len(errors) else "")
    return ("<table id='errors'><tr><th>when</th><th>source</th><th>problem</th></tr>" + "".join(
        f"<tr><td>{e(when(r['recorded_at']))}</td><td class='sources'>{e(r['source'] or '')}</td>"
        f"<td class='{'transient' if r['transient'] else 'err'}'>{e(r['message'] or '')}"
        f"{' <small>(transient: a later run may read it)</small>' if r['transient'] else ''}</td></tr>"
        for r in errors) + f"</table>{more}")


def story_page(slug: str, name: str, description: str, facts: Sequence[Mapping[str, Any]],
               charts: Mapping[tuple[str, str, str], str], alerts: Sequence[Alert], alert_total: int,
               errors: Sequence[Mapping[str, Any]], error_total: int) -> str:
    feed = f"/feeds/{quote(slug, safe='')}.atom"
    fact_html = "".join(_fact(n, f, charts.get((slug, f["subject"], f["kind"])))
                        for n, f in enumerate(facts, 1)) or "<p class='empty'>No fact reported yet.</p>"
    alert_html = "".join(alert_block(a) for a in alerts) or "<p class='empty'>No alert yet.</p>"
    if alert_total > len(alerts):
        alert_html = f"<p class='meta'>The latest {len(alerts)} of {alert_total}.</p>{alert_html}"
    body = ((f"<p>{e(description)}</p>" if description else "")
            + f"<p class='meta'>story <code>{e(slug)}</code> · <a href='{feed}'>Atom feed of its alerts</a></p>"
            + f"<h2 id='facts'>Current facts</h2>{fact_html}"
            + f"<h2 id='alerts'>Alerts ({alert_total})</h2>{alert_html}"
            + f"<h2 id='source-errors'>Source errors ({error_total})</h2>{_errors(errors, error_total)}")
    return page(name, body, feed=feed, crumbs=[(story_href(slug), name)])


# -- /alerts/<id> ------------------------------------------------------------------------------
def _span(text: str, needle: str | None) -> tuple[int, int] | None:
    """Where ``needle`` is in ``text``: as written, else with any run of whitespace matching any."""
    if not needle or not text:
        return None
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    words = needle.split()
    if not words or len(words) > 400:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.span() if m else None


def highlight(text: str, sentence: str | None, surface: str | None, anchor: str) -> str:
    """The text escaped, its changed sentence in ``<mark>`` and the figure in it in ``<strong>``."""
    span = _span(text, sentence)
    if span is None:
        return e(text)
    a, b = span
    inner = text[a:b]
    s = _span(inner, surface)
    marked = (e(inner) if s is None else
              f"{e(inner[:s[0]])}<strong>{e(inner[s[0]:s[1]])}</strong>{e(inner[s[1]:])}")
    return f"{e(text[:a])}<mark id='{anchor}'>{marked}</mark>{e(text[b:])}"


def _side(cls: str, label: str, version: Mapping[str, Any] | None, sentence: str | None,
          surface: str | None, url: str | None) -> str:
    if version is None:
        return (f"<section class='side {cls}'><h2>{label}</h2><p class='sources'>{source_link(url)}</p>"
                "<p class='empty'>This version's text is not in the warehouse.</p></section>")
    found = _span(version["text"] or "", sentence) is not None
    note = ("" if found or not sentence else
            f"<p class='meta'>The sentence was not found verbatim in this text: “{e(sentence)}”</p>")
    return (f"<section class='side {cls}'><h2>{label}</h2>"
            f"<p class='sources'>{source_link(version['url'])}"
            f"{' · ' + e(version['outlet']) if version.get('outlet') else ''} · version {version['seq']}"
            f" · published {e(when(version['published']))} · stored {e(when(version['observed_at']))}</p>"
            f"<h3 class='title'>{e(version['title'] or '')}</h3>{note}"
            f"<div class='text'>{highlight(version['text'] or '', sentence, surface, cls + '-changed')}</div>"
            "</section>")


def alert_page(a: Alert, name: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> str:
    before, after = change_text(a)
    body = (alert_block(a, link=False)
            + "<div class='sides'>"
            + _side("old", f"was: {e(before)}", old, a.old_evidence, a.old_text, a.old_url)
            + _side("new", f"now: {e(after)}", new, a.evidence, a.new_text, a.new_url)
            + "</div>")
    return page(f"{a.subject}: {before} → {after}", body,
                feed=f"/feeds/{quote(a.story, safe='')}.atom",
                crumbs=[(story_href(a.story), name), (alert_href(a.alert_id), "alert")])
