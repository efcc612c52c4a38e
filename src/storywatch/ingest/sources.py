"""Sources: where a story's articles come from. Seeds here; feeds and pages over HTTP build on it.

Every source yields ``RawDocument`` records, or a ``SourceProblem`` that names the source and what
to do about it; one bad source never stops the others.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from storywatch.records import TS

SEED_SUFFIXES = (".txt", ".md", ".text")
MAX_SEED_BYTES = 5_000_000
UNDATED = "0000-00-00T00:00:00"     # seeds have no date: they sort first, in file-name order


@dataclass(frozen=True)
class RawDocument:
    url: str                  # identity: canonical URL, or seed:<story>/<file name>
    source_kind: str          # seed | feed | page
    source: str               # where it was read: a file path, a feed URL, a page URL
    text: str
    title: str | None
    published: datetime | None
    order_key: str            # reporting order within the story
    outlet: str | None = None
    language: str | None = None

    SCHEMA = pa.schema([
        ("url", pa.string()), ("source_kind", pa.string()), ("source", pa.string()),
        ("text", pa.string()), ("title", pa.string()), ("published", TS),
        ("order_key", pa.string()), ("outlet", pa.string()), ("language", pa.string()),
    ])


@dataclass(frozen=True)
class SourceProblem:
    source: str
    message: str              # one line: what is wrong and what to do
    transient: bool = False


def order_key(published: datetime | None, url: str) -> str:
    stamp = f"{published.year:04d}-{published:%m-%dT%H:%M:%S}" if published else UNDATED
    return f"{stamp}|{url}"


def _decode_seed(path: Path, data: bytes) -> str | SourceProblem:
    if len(data) > MAX_SEED_BYTES:
        return SourceProblem(str(path), f"{path}: {len(data)} bytes is more than a seed article "
                             f"({MAX_SEED_BYTES} max); split it or remove it from the seeds folder.")
    if b"\x00" in data[:8192]:
        return SourceProblem(str(path), f"{path}: binary file, not text; seeds must be plain "
                             "UTF-8 text articles — remove it from the seeds folder.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return SourceProblem(str(path), f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at "
                             f"offset {exc.start}); save it as UTF-8 and run again.")
    if not text.strip():
        return SourceProblem(str(path), f"{path}: empty file; put the article's text in it or remove it.")
    return text


def seed_names(folder: Path) -> list[str]:
    """Names of the folder's seed files (by suffix, hidden files skipped), in file-name order."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")
                  and p.suffix.lower() in SEED_SUFFIXES)


def iter_seeds(folder: Path, story: str, problems: list[SourceProblem]) -> Iterator[RawDocument]:
    """Seed files of the folder in file-name order, read one at a time (a backfill of 100,000 seeds
    never sits in memory); a file that cannot be used is appended to ``problems`` and skipped."""
    if not folder.is_dir():
        problems.append(SourceProblem(str(folder), f"{folder}: seeds folder not found; create it, "
                                      "or point --seeds or the story file's 'seeds' at one."))
        return
    for name in seed_names(folder):
        path = folder / name
        if not path.is_file():
            continue
        try:
            decoded = _decode_seed(path, path.read_bytes())
        except OSError as exc:
            decoded = SourceProblem(str(path), f"{path}: cannot be read ({exc.strerror}); check "
                                    "its permissions.", transient=True)
        if isinstance(decoded, SourceProblem):
            problems.append(decoded)
            continue
        url = f"seed:{story}/{path.name}"
        yield RawDocument(url=url, source_kind="seed", source=str(path), text=decoded,
                          title=None, published=None, order_key=order_key(None, url))


def read_seeds(folder: Path, story: str) -> tuple[list[RawDocument], list[SourceProblem]]:
    """Every seed file of the folder, in file-name order (their order is their name's prefix)."""
    problems: list[SourceProblem] = []
    docs = list(iter_seeds(folder, story, problems))
    return docs, problems
