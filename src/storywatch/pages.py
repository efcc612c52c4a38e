"""Article pages -> main text and metadata (trafilatura 2.x, precision first).

``extract_page`` decodes bytes itself (BOM, HTTP charset, <meta charset>, sniffing,
mojibake repair), reads metadata from JSON-LD / Open Graph / <meta> / <html lang>,
prunes obvious boilerplate, and lets ``trafilatura.bare_extraction`` pick the main
text. It returns ``None`` (a value, not an exception) when nothing can be extracted.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any, Iterator
from urllib.parse import urlsplit

from charset_normalizer import from_bytes

from .urls import canonicalize, is_http_url

__all__ = ["PageDoc", "extract_page", "decode_html"]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_SPACE = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")
_BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|related|comments?|signup|"
                          r"most-?read|recommended|outbrain|taboola)(?:$|[\s_-])", re.I)
MIN_TEXT_CHARS = 60  # less than this is a menu or an error page, not an article
LOGIN_WALL_MAX_CHARS = 1500  # a sign-in page's prose fits in this; an article inside a page-wide form does not
_PASSWORD_FORMS = ("//form[.//input[translate(@type,'PASSWORD','password')='password']]"
                   "[not(.//article or .//*[@itemprop='articleBody'])]")
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "liveblogposting"}


@dataclass(frozen=True)
class PageDoc:
    url: str
    canonical_url: str
    title: str | None
    author: str | None
    published: datetime | None
    modified: datetime | None
    language: str | None
    text: str
    sitename: str | None = None


# decoding -------------------------------------------------------------------------

def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _utf16_sniff(data: bytes) -> str | None:
    head = data[:64]
    if head.count(0) < len(head) // 4:
        return None
    return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be" if head[:1] == b"\x00" else None


def _unmojibake_run(match: re.Match) -> str:
    run = match.group(0)
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in run)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as Windows-1252/Latin-1 ("â‚¬" -> "€", "Ã¨" -> "è")."""
    return _MOJIBAKE.sub(_unmojibake_run, text)


# U+00C2..U+00F4, the first character of every mojibake run, as UTF-8 encodes it
_MOJIBAKE_LEAD_UTF8 = re.compile(rb"\xc3[\x82-\xb4]")


def _repaired(text: str, data: bytes, encoding: str) -> str:
    """``fix_mojibake(text)``; skipped (same result) when ``text`` is UTF-8 ``data`` holding no
    character a mojibake run starts with: a byte search is ~15x cheaper than the text regex."""
    if encoding in ("utf-8", "utf-8-sig") and not _MOJIBAKE_LEAD_UTF8.search(data):
        return text
    return fix_mojibake(text)


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Bytes -> text: BOM, UTF-16 sniffing, valid UTF-8, declared charset, <meta charset>, detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return _repaired(text, data, encoding)
    meta = _META_CHARSET.search(data[:4096])
    candidates = [_utf16_sniff(data), "utf-8", charset, meta.group(1).decode("ascii") if meta else None]
    for encoding in candidates:
        text = _try(data, encoding)
        if text is not None:
            return _repaired(text, data, encoding)
    best = from_bytes(data[:200_000]).best()
    text = _try(data, best.encoding if best else None)
    return fix_mojibake(text if text is not None else data.decode("cp1252", "replace"))


# metadata ---------------------------------------------------------------------------

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_META_ATTRS = ("property", "name", "itemprop", "http-equiv")


class _MetaTags:
    """Every <meta> of a page read once: (name, attribute) -> the first non-empty content.

    Names compare ASCII-case-insensitively, as XPath's translate() did.
    """

    def __init__(self, tree):
        self._first: dict[tuple[str, str], str] = {}
        for meta in tree.iter("meta"):
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


def _json_ld_objects(tree) -> Iterator[dict]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
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


def _article_ld(tree) -> dict:
    for obj in _json_ld_objects(tree):
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


def _canonical(tree, metas: _MetaTags, url: str) -> str:
    links = [link.get("href") for link in tree.xpath("//link[@href]")
             if "canonical" in (link.get("rel") or "").lower().split()]
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
    ld, metas = _article_ld(tree), _MetaTags(tree)
    author = _names(ld.get("author")) or metas.get("author", "dc.creator", "parsely-author", "sailthru.author")
    if author and is_http_url(author):
        author = None
    published, modified = _dates(tree, metas, ld)
    return {
        "canonical_url": _canonical(tree, metas, url),
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


def _is_json(text: str) -> bool:
    """A JSON document served as HTML (an API answer, an error object): not a page."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    if head not in ("{", "["):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _markup(html: bytes | str, charset: str | None) -> str | None:
    """The page as text ready to parse, or None when it is no HTML at all."""
    text = decode_html(html, charset) if isinstance(html, (bytes, bytearray)) else fix_mojibake(html)
    text = _XML_DECL.sub("", text.replace("\x00", ""), count=1)
    if not text.strip() or "<" not in text or _is_json(text):
        return None
    return _repair(text)


# What trafilatura.load_html repairs before libxml2 parses (trafilatura.utils.repair_faulty_html),
# done once per page: the escalation check parses the page a second time.
_CONTROL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def _repair(text: str) -> str:
    """``text`` without the characters libxml2 refuses (trafilatura's INVALID_XML_CHARS), its
    doctype's stray slash, a self-closing <html/>. The character class is searched only when the
    UTF-8 bytes hold one of them: a byte scan costs a fifth of the regex over a 170k-character
    page, and ~no page has any (UTF-8 encodes each as itself, U+FFFE/U+FFFF as EF BF BE/BF)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    data = text.encode("utf-8", "surrogatepass")
    if (len(data.translate(None, _CONTROL_BYTES)) != len(data)
            or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data):
        text = INVALID_XML_CHARS.sub("", text)
    if "doctype" in text[:50].lower():
        first, newline, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


@cache
def _parser():
    """trafilatura's HTML parser (trafilatura.utils.HTML_PARSER, same options) with lxml's C-level
    element class lookup: every element an ``HtmlElement``. lxml.html's own lookup is a Python call
    each time a query touches an element (438k calls over the 181 Zyte pages, ~7% of the page
    stage) and only picks form classes (FormElement, InputElement...) nothing here uses."""
    from lxml import etree, html

    parser = html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                             remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity))
    return parser


def _tree(markup: str):
    """``markup`` (from ``_markup``) parsed as trafilatura.load_html parses a page: as text, then
    as UTF-8 bytes if that fails or yields nothing; None for a page without "html" in its first
    50 characters that parses into fewer than two elements (not HTML)."""
    from lxml import etree, html

    def parse(doc):
        try:
            return html.fromstring(doc, parser=_parser())
        except (ValueError, etree.LxmlError):   # an encoding declaration in a str; an empty document
            return None

    tree = parse(markup)
    if tree is None or len(tree) < 1:
        tree = parse(markup.encode("utf-8", "surrogatepass"))
    if tree is not None and "html" not in markup[:50].lower() and len(tree) < 2:
        return None
    return tree


# trafilatura's own test for an under-extraction (trafilatura.core's ESCALATION_MAX_LENGTH and
# ESCALATION_PAGE_SHARE): a text this short that covers so little of the page's text.
ESCALATE_BELOW_CHARS = 3000
ESCALATE_PAGE_SHARE = 0.2


@cache
def _visible_text():
    """XPath: the body's text nodes outside scripts and styles (compiled on first use)."""
    from lxml import etree

    return etree.XPath("//body//text()[not(ancestor::script or ancestor::style or "
                       "ancestor::noscript or ancestor::template)]", smart_strings=False)


def _page_chars(tree) -> int:
    """How much text the page shows (its body's visible text, spaces collapsed)."""
    return len(" ".join(" ".join(_visible_text()(tree)).split()))


def _main_text(markup: str, tree, url: str):
    """trafilatura's precise extraction, first without its comparison against readability and
    jusText (``fast``: that comparison is 40% of its cost and changes 6 of the 181 Zyte pages);
    the comparison runs, on a fresh parse, only when the fast text looks like an under-extraction.
    ``tree`` comes pruned."""
    import trafilatura

    options = dict(url=url, favor_precision=True, include_comments=False, include_tables=True,
                   with_metadata=False, deduplicate=False)
    doc = trafilatura.bare_extraction(tree, fast=True, **options)
    size = len(_paragraphs(getattr(doc, "text", None)) if doc is not None else "")
    if size >= ESCALATE_BELOW_CHARS:
        return doc
    fresh = _tree(markup)               # bare_extraction pruned the tree it was given
    if fresh is None or size >= ESCALATE_PAGE_SHARE * _page_chars(fresh):
        return doc
    _prune(fresh)
    return trafilatura.bare_extraction(fresh, fast=False, **options)


def _fill_from_page(meta: dict[str, Any], tree, url: str) -> None:
    """A title or date the page's head lacks, searched in the page as trafilatura would: its title
    heuristics (one <h1>, title XPaths, <title>), its byline search for the author, and htmldate's
    extensive date search. Not trafilatura's whole metadata pass (tags, categories, licence,
    sitename guessed from twitter:site or a copyright line): 20 ms a page; the outlet falls back
    to the host name instead."""
    if meta["title"] and meta["published"]:
        return
    from trafilatura.metadata import extract_author, extract_title

    meta["title"] = meta["title"] or extract_title(tree)
    meta["author"] = meta["author"] or extract_author(tree)
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
        markup = _markup(html, charset)
        tree = _tree(markup) if markup is not None else None
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
