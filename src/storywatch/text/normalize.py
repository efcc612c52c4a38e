"""Normalize: raw article text → typed blocks, reporting text and content hash.

Seed files and extracted pages carry text that is not reporting: section labels ("News"), photo
credits, headlines of unrelated stories, image descriptions, author biographies, calls to action.
Each block gets a kind; only reporting blocks (headline, subheadline, heading, list, body) reach
figure and status extraction, and only they count for the content hash, so a changed sidebar is no
new version.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

import pyarrow as pa

REPORTING = ("headline", "subheadline", "heading", "list", "body")

# curly quotes and odd spaces -> plain ones; chained str.replace, much faster than str.translate
_PLAIN = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
          ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "))
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_SPACES = re.compile(r"[ \t]+")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^(?:[-*•–—]\s+|\d{1,2}[.)]\s+)")
_CREDIT = re.compile(
    r"(?i)(getty images|shutterstock|\bafp\b|\breuters/|\bap photo\b|^photo(graph)?\s*(by|:)|"
    r"^(image|picture|credit)s?\s*:|\(photo by )")
_IMAGE_DESC = re.compile(r"(?i)(an?|the)\s+(\w+\s+){0,4}(image|photo(graph)?|illustration|picture|rendering)\b")
_IMAGE_SHOWS = re.compile(r"(?i)\bimage (that )?(represents|depicts|shows)\b")    # anywhere
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:writer|journalist|reporter|author|editor|correspondent|columnist|contributor|"
    r"analyst|thought leader|blogger)\b")
_PROMO = re.compile(
    r"(?i)^(for more (insights|information|news|details)|read more|subscribe|sign up|"
    r"follow us|click here|download our|join our)")


@dataclass(frozen=True)
class Block:
    kind: str       # label | credit | related | image | bio | promo | headline | subheadline | heading | list | body
    text: str
    section: int    # reporting section: 0 for the article, 1.. for each later headline-led section

    SCHEMA = pa.schema([("kind", pa.string()), ("text", pa.string()), ("section", pa.int32())])


@dataclass(frozen=True)
class NormalizedDoc:
    title: str | None
    blocks: tuple[Block, ...]
    text: str             # reporting text, blocks joined by blank lines
    content_hash: str

    def reporting(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in REPORTING]


def clean_text(text: str) -> str:
    """Unicode NFC, plain quotes and spaces, markdown emphasis removed, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    for fancy, plain in _PLAIN:
        text = text.replace(fancy, plain)
    if "**" in text or "__" in text:        # the regexes only where they can match
        text = _MD_EMPHASIS.sub(r"\2", text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def content_hash(text: str) -> str:
    # one line first: markdown emphasis that spans a line break ("**a\nb**") is removed as on one line
    canon = " ".join(clean_text(" ".join(text.split())).split()).casefold()   # = re.sub(r"\s+", " ", …).strip()
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _is_headline_like(text: str) -> bool:
    if "\n" in text or text.endswith((".", ",", ";", ":")) or len(text) < 12:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not 3 <= len(words) <= 25:
        return False
    long_words = [w for w in words if len(w) >= 4]
    caps = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and caps / len(long_words) >= 0.6


def _is_label(text: str) -> bool:
    return len(text.split()) <= 3 and not re.search(r"[.!?,;:\d]", text)


def _classify(text: str) -> str:
    if _HEADING.match(text):
        return "heading"
    if _BULLET.match(text):
        return "list"
    if len(text.split()) <= 20 and _CREDIT.search(text):
        return "credit"
    if _IMAGE_DESC.match(text) or ("image" in text.lower() and _IMAGE_SHOWS.search(text)):
        return "image"
    if _BIO.match(text):
        return "bio"
    if _PROMO.match(text):
        return "promo"
    if _is_headline_like(text):
        return "headline?"
    return "body"


def _raw_blocks(raw: str) -> list[str]:
    parts: list[str] = []
    for chunk in re.split(r"\n\s*\n", raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [clean_text(line) for line in chunk.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        # Headings, bullets and headline-like lines stand alone; other lines of a chunk are one paragraph.
        para: list[str] = []
        for ln in lines:
            if _HEADING.match(ln) or _BULLET.match(ln) or _is_headline_like(ln):
                if para:
                    parts.append(" ".join(para))
                    para = []
                parts.append(ln)
            else:
                para.append(ln)
        if para:
            parts.append(" ".join(para))
    return parts


def normalize_text(raw: str, relevant: Callable[[str], bool] | None = None,
                   title: str | None = None) -> NormalizedDoc:
    """Split raw article text into typed blocks; ``relevant`` says whether a headline is the story's."""
    relevant = relevant or (lambda _t: True)
    blocks: list[Block] = []
    seen_headline = title is not None
    section = 0
    if title:
        blocks.append(Block("headline", clean_text(title), 0))
    for text in _raw_blocks(raw):
        kind = _classify(text)
        if kind in ("body", "headline?") and _is_label(text):
            kind = "label"      # "News", "Real Time Analytics": section labels, not reporting
        if kind == "headline?":
            if not relevant(text):
                kind = "related"
            elif not seen_headline:
                kind, seen_headline = "headline", True
                title = text
            else:
                section += 1
                kind = "subheadline"
        elif kind == "heading":
            text = _HEADING.match(text).group(2).strip()
        elif kind == "list":
            text = _BULLET.sub("", text).strip()
        blocks.append(Block(kind, text, section))
    reporting = "\n\n".join(b.text for b in blocks if b.kind in REPORTING)
    return NormalizedDoc(title=title, blocks=tuple(blocks), text=reporting,
                         content_hash=content_hash(reporting))
