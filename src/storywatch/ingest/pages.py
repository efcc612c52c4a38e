"""Article pages -> main text and metadata (trafilatura 2.x, precision first).

``extract_page`` decodes and parses the bytes itself (``storywatch.ingest.markup``: BOM, HTTP
charset, <meta charset>, sniffing, mojibake repair), reads metadata from JSON-LD / Open
Graph / <meta> / <html lang>, prunes obvious boilerplate, and lets
``trafilatura.bare_extraction`` pick the main text. It returns ``None`` (a value, not an
exception) when nothing can be extracted.
"""

from __future__ import annotations

import json
import re
from copy import copy
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any, Iterator
from urllib.parse import urlsplit

from storywatch.ingest.markup import div_frame, page_chars, page_text, parse_page
from storywatch.ingest.urls import canonicalize, is_http_url

__all__ = ["PageDoc", "extract_page"]

_SPACE = re.compile(r"\s+")
_BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|related|comments?|signup|"
                          r"most-?read|recommended|outbrain|taboola)(?:$|[\s_-])", re.I)
MIN_TEXT_CHARS = 60  # less than this is a menu or an error page, not an article
LOGIN_WALL_MAX_CHARS = 1500  # a sign-in page's prose fits in this; an article inside a page-wide form does not
_PASSWORD_FORMS = ("//form[.//input[translate(@type,'PASSWORD','password')='password']]"
                   "[not(.//article or .//*[@itemprop='articleBody'])]")
_JSON_LD = "application/ld+json"    # a <script>'s type, as the head metadata and trafilatura read it
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "liveblogposting"}


@dataclass(frozen=True)
class PageDoc:
    url: str
    canonical_url: str
    title: str | None
    author: str | None          # as the head names it (JSON-LD, meta tags); not stored yet
    published: datetime | None
    modified: datetime | None
    language: str | None
    text: str
    sitename: str | None = None


# metadata ---------------------------------------------------------------------------

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_META_ATTRS = ("property", "name", "itemprop", "http-equiv")


class _MetaTags:
    """Every <meta> of a page read once: (name, attribute) -> the first non-empty content.

    Names compare ASCII-case-insensitively, as XPath's translate() did.
    """

    def __init__(self, metas):
        self._first: dict[tuple[str, str], str] = {}
        for meta in metas:
            content = (meta.get("content") or "").strip()
            if not content:
                continue
            for attr in _META_ATTRS:
                name = meta.get(attr)
                if name is not None:
                    self._first.setdefault((name.translate(_ASCII_LOWER), attr), content)

    def get(self, *names: str) -> str | None:
        """The first name (in the order given) present under any attribute (in _META_ATTRS order)."""
        for name in names:
            for attr in _META_ATTRS:
                value = self._first.get((name, attr))
                if value is not None:
                    return value
        return None


def _head_elements(tree) -> tuple[list, list, list]:
    """The page's <meta> elements, canonical <link> hrefs and JSON-LD <script>s, in document
    order, from one walk of the tree (an XPath for each would walk it three times)."""
    metas, canonicals, scripts = [], [], []
    for element in tree.iter("meta", "link", "script"):
        tag = element.tag
        if tag == "meta":
            metas.append(element)
        elif tag == "link":
            href = element.get("href")
            if href is not None and "canonical" in (element.get("rel") or "").lower().split():
                canonicals.append(href)
        elif element.get("type") == _JSON_LD:
            scripts.append(element)
    return metas, canonicals, scripts


def _json_ld_objects(scripts) -> Iterator[dict]:
    for script in scripts:
        try:
            data = json.loads(script.text_content() or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
                yield item


def _article_ld(scripts) -> dict:
    for obj in _json_ld_objects(scripts):
        types = obj.get("@type", [])
        types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types) and (
                obj.get("headline") or obj.get("datePublished")):
            return obj
    return {}


def _names(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return "; ".join(dict.fromkeys(names)) or None
    return None


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 / RFC 2822 text -> aware UTC datetime (naive values are taken as UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)


def _language(tree, metas: _MetaTags, ld: dict) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  metas.get("content-language", "og:locale", "language", "dc.language"), ld.get("inLanguage")]
    for value in candidates:
        if isinstance(value, str):
            primary = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
            if primary.isalpha() and 2 <= len(primary) <= 3:
                return primary
    return None


def _canonical(links: list[str], metas: _MetaTags, url: str) -> str:
    page = canonicalize(url)
    for href in links + [metas.get("og:url")]:
        if not href or not href.strip():
            continue
        candidate = canonicalize(href.strip(), base=url)
        if not is_http_url(candidate):
            continue
        if urlsplit(candidate).path == "/" and urlsplit(page).path != "/":
            continue  # an article whose canonical is the home page: a site bug, ignore it
        return candidate
    return page


def _dates(tree, metas: _MetaTags, ld: dict) -> tuple[datetime | None, datetime | None]:
    published = parse_datetime(ld.get("datePublished")) or parse_datetime(metas.get(
        "article:published_time", "datepublished", "date", "pubdate", "publish-date", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date"))
    if published is None:
        times = tree.xpath("//*[@itemprop='datePublished']/@datetime | //time[@datetime]/@datetime")
        published = next((d for d in map(parse_datetime, times) if d), None)
    modified = parse_datetime(ld.get("dateModified")) or parse_datetime(metas.get(
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"))
    return published, modified


def _head_metadata(tree, url: str) -> dict[str, Any]:
    meta_elements, canonicals, scripts = _head_elements(tree)
    ld, metas = _article_ld(scripts), _MetaTags(meta_elements)
    author = _names(ld.get("author")) or metas.get("author", "dc.creator", "parsely-author", "sailthru.author")
    if author and is_http_url(author):
        author = None
    published, modified = _dates(tree, metas, ld)
    return {
        "canonical_url": _canonical(canonicals, metas, url),
        "title": _names(ld.get("headline")) or metas.get("og:title", "twitter:title"),
        "author": author,
        "published": published,
        "modified": modified,
        "language": _language(tree, metas, ld),
        "sitename": metas.get("og:site_name", "application-name") or _names(ld.get("publisher")),
    }


# extraction -------------------------------------------------------------------------

def _prune(tree) -> None:
    """Drop cookie banners, newsletter boxes, related rails, comments and link-only layout tables."""
    total = None
    names: dict[str, bool] = {}     # class/id value -> names boilerplate (a page repeats its values)
    for element in tree.xpath("//body//*[@class or @id] | //body//table"):
        boilerplate = (_names_boilerplate(element.get("class"), names)
                       or _names_boilerplate(element.get("id"), names))
        if not boilerplate and element.tag != "table" or element.getparent() is None:
            continue
        text_len = len(element.text_content() or "")   # measured only for candidates: it walks the subtree
        if total is None:           # the whole page's text, before anything is dropped
            total = len(tree.text_content() or "") or 1
        if text_len > total / 2:
            continue  # never prune what holds most of the page
        if boilerplate or _link_dense(element, text_len):
            element.drop_tree()


# Elements trafilatura deletes from its copy of the tree before reading it (its tree_cleaning):
# dropped from ours before it copies the tree (four times a page) and walks every copy with its
# XPaths, where they cost a good part of its fast pass. Its comparison with readability and
# jusText reads the raw tree: it gets only what no extractor reads (not <noscript>, <nav>,
# <aside>, <footer>...).
# Never a JSON-LD <script> (it finds forum threads there), a <form> or <figure> (it handles them
# itself), <math> (it salvages formulas) or the <head>.
_NOISE = ("style", "svg", "link", "meta", "iframe", "video", "audio", "canvas", "picture", "source",
          "object", "embed")


@cache
def _cleaned_first() -> tuple[str, ...]:
    """What trafilatura's fast pass never reads: its own list of elements it cleans away first."""
    from trafilatura.settings import MANUALLY_CLEANED

    return tuple(sorted((set(MANUALLY_CLEANED) | set(_NOISE)) - {"script", "form", "figure", "math", "head"}))


def _drop_noise(tree, tags: tuple[str, ...] = _NOISE) -> None:
    """Delete ``tags`` and the scripts that are not JSON-LD from ``tree``, keeping their tails."""
    from lxml import etree

    scripts = [s for s in tree.iter("script") if s.get("type") != _JSON_LD]
    for script in scripts:
        script.drop_tree()              # its tail stays, as trafilatura's deletion keeps it
    etree.strip_elements(tree, *tags, with_tail=False)


def _names_boilerplate(value: str | None, seen: dict[str, bool]) -> bool:
    """Whether a class or id value names boilerplate (matching class and id apart is matching
    "class id": a name never spans the space)."""
    if not value:
        return False
    hit = seen.get(value)
    if hit is None:
        hit = seen[value] = _BOILERPLATE.search(value) is not None
    return hit


def _link_dense(element, text_len: int) -> bool:
    link_len = sum(len(a.text_content() or "") for a in element.iter("a"))
    return text_len == 0 or link_len / text_len > 0.5


def _login_wall(text: str, login: str) -> bool:
    """True when all the text is a sign-in form's (a login or paywall page, not an article)."""
    if not login.strip() or len(text) > LOGIN_WALL_MAX_CHARS:
        return False
    return all(_SPACE.sub(" ", p).strip() in login for p in text.split("\n\n"))


def _paragraphs(text: str | None) -> str:
    lines = (line.strip() for line in (text or "").splitlines())
    return "\n\n".join(line for line in lines if line)


# trafilatura's own test for an under-extraction (trafilatura.core's ESCALATION_MAX_LENGTH and
# ESCALATION_PAGE_SHARE): a text this short that covers so little of the page's text.
ESCALATE_BELOW_CHARS = 3000
ESCALATE_PAGE_SHARE = 0.2


def _main_text(markup: str, tree, url: str):
    """trafilatura's precise extraction, first without its comparison against readability and
    jusText (``fast``: that comparison is a large share of its cost and changes few pages);
    the comparison runs only when the fast text looks like an under-extraction, on a fresh parse
    pruned as ``tree`` was: the fast pass's tree lost what only the comparison reads, and the
    page's text before our pruning is measured on it first. ``tree`` comes pruned, and loses
    what trafilatura's cleaning would delete; a frame of <div> paragraphs is made readable to
    the fast pass (``markup.div_frame``)."""
    import trafilatura

    _drop_noise(tree, _cleaned_first())
    div_frame(tree, ESCALATE_BELOW_CHARS, ESCALATE_PAGE_SHARE)
    doc = trafilatura.bare_extraction(tree, options=_options(url, fast=True))
    size = len(_paragraphs(getattr(doc, "text", None)) if doc is not None else "")
    if size >= ESCALATE_BELOW_CHARS:
        return doc
    whole = parse_page(markup)
    if whole is None or size >= ESCALATE_PAGE_SHARE * page_chars(whole):
        return doc
    _prune(whole)
    _drop_noise(whole)
    return trafilatura.bare_extraction(whole, options=_options(url, fast=False))


@cache
def _extractor(fast: bool):
    """trafilatura's options for our extraction (precision, no comments, tables, no metadata, no
    deduplication), built once: building them reads its config each time."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=fast, precision=True, comments=False, tables=True,
                     dedup=False, with_metadata=False)


def _options(url: str, fast: bool):
    """``_extractor(fast)`` for ``url``, as ``bare_extraction(url=url, ...)`` would build them (its
    date parameters, set with today's date, are read only with metadata)."""
    options = copy(_extractor(fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _fill_from_page(meta: dict[str, Any], tree, url: str) -> None:
    """A title or date the page's head lacks, searched in the page as trafilatura would: its title
    heuristics (one <h1>, title XPaths, <title>) and htmldate's extensive date search. Not
    trafilatura's whole metadata pass (tags, categories, licence, sitename guessed from
    twitter:site or a copyright line), costly for what it adds; the outlet falls back to the host
    name instead. Nor its byline search: the author is the head's or none, as nothing stored
    reads it."""
    if meta["title"] and meta["published"]:
        return
    from trafilatura.metadata import extract_title

    meta["title"] = meta["title"] or extract_title(tree)
    if not meta["published"]:
        from htmldate import find_date

        found = find_date(tree, url=url, original_date=True, extensive_search=True,
                          max_date=datetime.now(timezone.utc).strftime("%Y-%m-%d"))
        meta["published"] = parse_datetime(found) if found else None


def extract_page(html: bytes | str, url: str, *, charset: str | None = None) -> PageDoc | None:
    """Main text and metadata of an article page, or None when nothing usable is there.

    ``charset`` is the HTTP-declared charset, if any (``FetchResult.charset``).
    """
    try:
        markup = page_text(html, charset)
        tree = parse_page(markup) if markup is not None else None
        if tree is None:
            return None
        meta = _head_metadata(tree, url)
        login = _SPACE.sub(" ", " ".join(f.text_content() or "" for f in tree.xpath(_PASSWORD_FORMS)))
        _prune(tree)
        _fill_from_page(meta, tree, url)
        doc = _main_text(markup, tree, url)
    except (ValueError, TypeError, RecursionError, LookupError, AttributeError):
        return None
    text = _paragraphs(getattr(doc, "text", None)) if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS or _login_wall(text, login):
        return None
    return PageDoc(url=url, canonical_url=meta["canonical_url"], title=meta["title"], author=meta["author"],
                   published=meta["published"], modified=meta["modified"], language=meta["language"],
                   text=text, sitename=meta["sitename"])
