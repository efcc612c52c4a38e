"""Page bytes -> a parsed HTML tree, as trafilatura would parse it, once.

Decoding (BOM, UTF-16 sniffing, valid UTF-8, the HTTP charset, <meta charset>, detection) with
mojibake repair; what is no HTML at all (empty, no markup, a JSON document) is ``None``; then
trafilatura.load_html's repairs and parse, on a parser with lxml's C-level element lookup. Then
what trafilatura will read of the tree: how much text the page shows (``page_chars``), and the
frame of <div> paragraphs its fast pass would miss (``div_frame``).
"""

from __future__ import annotations

import codecs
import json
import re
from functools import cache

from charset_normalizer import from_bytes

__all__ = ["content_frame", "decode_html", "div_frame", "fix_mojibake", "page_chars", "page_text", "parse_page"]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# a character U+00C2..U+00F4 (the first byte of a UTF-8 sequence, read as Windows-1252) followed by
# continuation bytes read the same way: U+0080..U+00BF or cp1252's letters for 0x80..0x9F
_MOJIBAKE_TAIL = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                  "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_MOJIBAKE_TAIL}]{{1,3}}")


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


# Where _MOJIBAKE can match, as the UTF-8 bytes hold it: U+00C2..U+00F4 (C3 82..C3 B4) before a
# character of _MOJIBAKE_TAIL, whose UTF-8 starts C2 80..C2 BF (U+0080..U+00BF) or C5, C6, CB, E2
# (the others). A superset of _MOJIBAKE's matches: where it finds nothing, neither does the regex.
_MOJIBAKE_UTF8 = re.compile(rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|[\xc5\xc6\xcb\xe2])")


def _repaired(text: str, data: bytes, encoding: str) -> tuple[str, bytes | None]:
    """``fix_mojibake(text)``; skipped (same result) when ``text`` is UTF-8 ``data`` where no
    mojibake run can be: a byte search is far cheaper than the text regex, and accented letters
    (C3 xx) alone do not send a page through the regex. ``data`` comes along when it is still
    the text's bytes (``_decode``)."""
    if encoding in ("utf-8", "utf-8-sig") and not _MOJIBAKE_UTF8.search(data):
        return text, data
    return fix_mojibake(text), None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Bytes -> text: BOM, UTF-16 sniffing, valid UTF-8, declared charset, <meta charset>, detection."""
    return _decode(data, charset)[0]


def _decode(data: bytes, charset: str | None) -> tuple[str, bytes | None]:
    """``decode_html``'s text, and ``data`` when the text is ``data`` decoded as UTF-8 and left
    as it was (``data`` then holds the text's UTF-8 bytes, a BOM aside), else None."""
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
    return fix_mojibake(text if text is not None else data.decode("cp1252", "replace")), None


# parsing --------------------------------------------------------------------------

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


def page_text(html: bytes | str, charset: str | None) -> str | None:
    """The page as text ready to parse, or None when it is no HTML at all."""
    text, data = _decode(html, charset) if isinstance(html, (bytes, bytearray)) else (fix_mojibake(html), None)
    if data is None or b"\x00" in data:     # a byte search: memchr, not a scan of the text
        text = text.replace("\x00", "")
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip() or "<" not in text or _is_json(text):
        return None
    return _repair(text, data)


# What trafilatura.load_html repairs before libxml2 parses (trafilatura.utils.repair_faulty_html),
# done once per page: the escalation check parses the page a second time.
_CONTROL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def _repair(text: str, data: bytes | None = None) -> str:
    """``text`` without the characters libxml2 refuses (trafilatura's INVALID_XML_CHARS), its
    doctype's stray slash, a self-closing <html/>. The character class is searched only when the
    UTF-8 bytes hold one of them (UTF-8 encodes each as itself, U+FFFE/U+FFFF as EF BF BE/BF):
    ~no page has any, and the byte tests cost a fifth of the regex. ``data``: the page's bytes
    when they are the text's UTF-8, else the text is encoded to test it (NULs or an XML
    declaration removed from the text since can only send it through a regex that then removes
    nothing)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    if (len(data.translate(None, _CONTROL_BYTES)) != len(data)
            or b"\xef" in data and (b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data)):
        text = INVALID_XML_CHARS.sub("", text)
    if "doctype" in text[:50].lower():     # its first line, as trafilatura repairs it
        nl = text.find("\n")
        first = text if nl < 0 else text[:nl]
        fixed = DOCTYPE_TAG.sub("", first, count=1)
        if nl < 0 or fixed != first:
            text = fixed + ("\n" if nl < 0 else text[nl:])
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


@cache
def _parser():
    """trafilatura's HTML parser (trafilatura.utils.HTML_PARSER, same options) with lxml's C-level
    element class lookup: every element an ``HtmlElement``. lxml.html's own lookup is a Python call
    each time a query touches an element (hundreds of thousands of calls over a corpus, a
    noticeable share of the page stage) and only picks form classes (FormElement,
    InputElement...) nothing here uses."""
    from lxml import etree, html

    parser = html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                             remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity))
    return parser


def parse_page(markup: str):
    """``markup`` (from ``page_text``) parsed as trafilatura.load_html parses a page: as text, then
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


# what trafilatura reads -------------------------------------------------------------

@cache
def _body_text():
    """XPath: the body's text nodes, and those inside scripts, styles, noscript and templates
    (compiled on first use)."""
    from lxml import etree

    hidden = " | ".join(f"//body//{tag}//text()" for tag in ("script", "style", "noscript", "template"))
    return (etree.XPath("//body//text()", smart_strings=False),
            etree.XPath(hidden, smart_strings=False))


def _words(texts: list[str]) -> tuple[int, int]:
    """Characters and count of the whitespace-separated words of ``texts`` (none spans two)."""
    words = " ".join(texts).split()
    return len("".join(words)), len(words)


def page_chars(tree) -> int:
    """How much text the page shows: its body's text outside scripts and styles, text nodes
    joined by a space and spaces collapsed. Word counts add up over text nodes, so the hidden
    ones are subtracted: cheaper than one XPath testing every node's ancestors."""
    every, hidden = _body_text()
    chars, count = _words(every(tree))
    hidden_chars, hidden_count = _words(hidden(tree))
    count -= hidden_count
    return chars - hidden_chars + count - 1 if count else 0


@cache
def _frame_tests():
    """trafilatura's content frames (its BODY_XPATH, in its order), the XPaths of the <p> text of
    a whole page and of one element and of the page's <div>s' own text, and its minimum text size
    (MIN_EXTRACTED_SIZE)."""
    from lxml import etree
    from trafilatura.settings import DEFAULT_CONFIG
    from trafilatura.xpaths import BODY_XPATH

    return (tuple(BODY_XPATH), etree.XPath("//p//text()", smart_strings=False),
            etree.XPath(".//p//text()", smart_strings=False), etree.XPath("//div/text()", smart_strings=False),
            DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE"))


_FRAME_TAGS = ("article", "div", "main", "section")     # the elements BODY_XPATH tests
_FRAME_ATTRS = ("class", "id", "itemprop", "role")      # all its tests read of them


def content_frame(tree):
    """The frame trafilatura reads: the first element that the first of its content XPaths
    (BODY_XPATH) to match an element with children matches, or None. Those XPaths test only an
    element's tag and four of its attributes, and their regex tests are a Python call per element
    (most of ``div_frame``'s cost), so they run on a stand-in: one element per distinct tag and
    attributes, in the order each first occurs in ``tree``; the first match there is the first
    occurrence of the first match in ``tree``. Where the stand-in cannot be built (a value lxml
    will not set), on ``tree``."""
    from lxml import etree

    frames = _frame_tests()[0]
    firsts: dict[tuple, object] = {}
    for element in tree.iterdescendants(_FRAME_TAGS):
        firsts.setdefault((element.tag, *map(element.get, _FRAME_ATTRS)), element)
    stand_in, real = etree.Element("stand-in"), {}
    try:
        for key, element in firsts.items():
            attrs = {name: value for name, value in zip(_FRAME_ATTRS, key[1:]) if value is not None}
            real[etree.SubElement(stand_in, key[0], attrs)] = element
    except ValueError:
        return next((f for expr in frames for f in expr(tree)[:1] if len(f)), None)
    return next((real[f] for expr in frames for f in expr(stand_in)[:1] if len(real[f])), None)


def div_frame(tree, below_chars: int, page_share: float) -> None:
    """Where the frame trafilatura will read holds too little <p> text for an article but the rest
    of the page holds more, the <p>s outside the frame become <span>s, so that its fast pass reads
    the frame's <div>s as paragraphs. trafilatura reads <div>s as paragraphs only when too little
    <p> text is there, and it measures the whole page, not the frame: a frame of <div> paragraphs
    on a page whose teasers or footer hold <p>s gives its fast pass nothing, and the page then
    needs the full pass (readability and jusText). The frame is the one trafilatura picks, its
    first content XPath matching an element with children, and only when it shows what an
    extraction needs not to be an under-extraction (``below_chars``, or ``page_share`` of the
    page's text): the fast pass reads nothing outside a frame it has found text in. Pages whose
    <p>s hold that much text are left alone (trafilatura's other frames, or its search for text
    outside the frame, may read them), and so are those whose <div>s hold little text of their own:
    finding the frame costs as much as trafilatura's own search."""
    _, page_p_text, p_text, div_text, min_size = _frame_tests()
    page_p = len("".join(page_p_text(tree)))
    if page_p < min_size or page_p >= below_chars:
        return      # trafilatura reads <div>s itself; <p>s enough for an article may be the article
    if len("".join(div_text(tree)).strip()) < min_size:
        return      # no <div> holds text of its own: reading them as paragraphs reads nothing
    frame = content_frame(tree)
    if frame is None or len("".join(p_text(frame))) >= min_size:
        return
    if len(" ".join(frame.text_content().split())) < min(below_chars, page_share * page_chars(tree)):
        return      # too little text for an article: trafilatura goes on to its other frames
    inside = set(frame.iter("p"))
    for p in tree.iter("p"):
        if p not in inside:
            p.tag = "span"
