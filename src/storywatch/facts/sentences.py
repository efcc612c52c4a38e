"""Language guess and sentence splitting for news text (pure stdlib; word lists in lexicon)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from storywatch.facts import lexicon as L

# ------------------------------------------------------------------ language
_STOPS = {lang: frozenset(ws) for lang, ws in L.STOPWORDS.items()}
ALL_STOPS = frozenset().union(*_STOPS.values())
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)   # one sentence is asked about by figures, statuses and subjects
def detect_language(text: str) -> str:
    """Language with the most stopword hits ("en", "it", "fr", "de", "es"); "en" on ties/none."""
    words = Counter(w.lower() for w in _WORDS.findall(text))
    best, score = "en", 0
    for lang, stops in _STOPS.items():
        n = sum(c for w, c in words.items() if w in stops)
        if n > score:
            best, score = lang, n
    return best


# ------------------------------------------------------------------ sentences
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+")
_BULLET = re.compile(r"^(?:#{1,6}\s|[-*•–—+]\s|\d{1,2}[.)]\s)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str, lang: str | None = None) -> list[str]:
    """Split news text into sentences; headings and bullets never merge with neighbours."""
    out: list[str] = []
    for block in _blocks(text):
        out.extend([block] if block.startswith("#") else _split_block(block))
    return out


def _blocks(text: str) -> list[str]:
    blocks: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and not _BULLET.match(line) and line[0].islower() and not blocks[-1].endswith((".", "!", "?", ":")):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
        joinable = not line.startswith("#")
    return blocks


def _split_block(block: str) -> list[str]:
    parts, start = [], 0
    for m in _BOUNDARY.finditer(block):
        if _is_boundary(block, start, m):
            parts.append(block[start:m.end()].strip())
            start = m.end()
    if block[start:].strip():
        parts.append(block[start:].strip())
    return parts


def _is_boundary(block: str, seg_start: int, m: re.Match) -> bool:
    nxt = block[m.end():m.end() + 1]
    if not nxt or nxt.islower():
        return False
    if not m.group().startswith(".") or m.group().startswith(".."):
        return True
    head = block[seg_start:m.start()]
    tok = (head.rsplit(None, 1) or [""])[-1].lstrip("(\"'“‘*")     # its last word
    low = tok.lower()
    if low in L.ABBREVIATIONS and (low != "no" or nxt.isdigit()):
        return False
    if len(tok) == 1 and tok.isalpha():            # initials: "TIMOTHY A. CLARY"
        return False
    if _DOTTED.fullmatch(tok):                      # "U.S", "e.g"
        return False
    return not (tok.isdigit() and head.strip() == tok)  # list marker "1. **Foo"
