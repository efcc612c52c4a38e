"""Sources: where a story's articles come from. Seeds here; feeds and pages over HTTP build on it.

Every source yields ``RawDocument`` records, or a ``SourceProblem`` that names the source and what
to do about it; one bad source never stops the others.

A seed is read only from inside its folder (a link may point elsewhere inside it, never out), is
sized by ``stat`` before it is read and read no further than ``MAX_SEED_BYTES``, and a file name
that is not UTF-8 is known by a safe spelling of it (``safe_text``).
"""
from __future__ import annotations

import errno
import stat
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


def safe_text(text: str) -> str:
    """``text`` — a path as the OS gave it — as text that any UTF-8 store takes: each byte that
    was not UTF-8 (which Python carries as a lone surrogate) written as ``%XX``, e.g. the name
    b"02_\\xff.txt" as ``02_%FF.txt``. Valid names are unchanged, so their identities are too."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join(_percent(ch) if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _percent(surrogate: str) -> str:
    escaped = "\udc80" <= surrogate <= "\udcff"      # a byte that was not UTF-8
    raw = surrogate.encode("utf-8", "surrogateescape" if escaped else "surrogatepass")
    return "".join(f"%{b:02X}" for b in raw)


def _too_big(shown: str, size: int) -> SourceProblem:
    return SourceProblem(shown, f"{shown}: {size} bytes is more than a seed article "
                         f"({MAX_SEED_BYTES} max); split it or remove it from the seeds folder.")


def _decode_seed(shown: str, data: bytes) -> str | SourceProblem:
    if len(data) > MAX_SEED_BYTES:          # it grew after its size was checked
        return _too_big(shown, len(data))
    if b"\x00" in data[:8192]:
        return SourceProblem(shown, f"{shown}: binary file, not text; seeds must be plain "
                             "UTF-8 text articles — remove it from the seeds folder.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return SourceProblem(shown, f"{shown}: not UTF-8 (byte 0x{data[exc.start]:02x} at "
                             f"offset {exc.start}); save it as UTF-8 and run again.")
    if not text.strip():
        return SourceProblem(shown, f"{shown}: empty file; put the article's text in it or remove it.")
    return text


def _loop(shown: str) -> SourceProblem:
    return SourceProblem(shown, f"{shown}: a link that never reaches a file (a loop of links); "
                         "remove it from the seeds folder.")


def _inside(path: Path, folder: Path, shown: str) -> Path | SourceProblem:
    """Where ``path`` leads (links followed), if that is inside ``folder`` (already resolved): a
    link out of the seeds folder would make any file the process can read a stored article."""
    try:
        real = path.resolve()
    except RuntimeError:                        # a loop of links (Python < 3.13)
        return _loop(shown)
    if not real.is_relative_to(folder):
        return SourceProblem(shown, f"{shown}: a link to {safe_text(str(real))}, outside the seeds "
                             "folder; seeds are read only from inside it — copy the file into the "
                             "folder instead of linking it, or remove the link.")
    return real


def _read_seed(path: Path, folder: Path, shown: str) -> str | SourceProblem | None:
    """The seed's text, its problem, or None when it is not a regular file (skipped). Its size
    is checked before it is read, and the read stops past the limit anyway."""
    real = _inside(path, folder, shown)
    if isinstance(real, SourceProblem):
        return real
    try:
        st = real.stat()
        if not stat.S_ISREG(st.st_mode):        # a folder, a pipe, a device
            return None
        if st.st_size > MAX_SEED_BYTES:
            return _too_big(shown, st.st_size)
        with open(real, "rb") as fh:
            data = fh.read(MAX_SEED_BYTES + 1)
    except FileNotFoundError:                   # gone since the listing
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:            # a loop of links (Python >= 3.13 resolves it)
            return _loop(shown)
        return SourceProblem(shown, f"{shown}: cannot be read ({exc.strerror}); check "
                             "its permissions.", transient=True)
    return _decode_seed(shown, data)


def seed_names(folder: Path) -> list[str]:
    """Names of the folder's seed files (by suffix, hidden files skipped), in file-name order."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")
                  and p.suffix.lower() in SEED_SUFFIXES)


def iter_seeds(folder: Path, story: str, problems: list[SourceProblem]) -> Iterator[RawDocument]:
    """Seed files of the folder in file-name order, read one at a time (a backfill of 100,000 seeds
    never sits in memory); a file that cannot be used is appended to ``problems`` and skipped.
    A seed is known by the safe spelling of its name: ``seed:<story>/<safe_text(name)>``."""
    if not folder.is_dir():
        where = safe_text(str(folder))
        problems.append(SourceProblem(where, f"{where}: seeds folder not found; create it, or "
                                      "point --seeds or the story file's 'seeds' at one."))
        return
    resolved = folder.resolve()
    for name in seed_names(folder):
        path = folder / name
        shown = safe_text(str(path))
        decoded = _read_seed(path, resolved, shown)
        if decoded is None:
            continue
        if isinstance(decoded, SourceProblem):
            problems.append(decoded)
            continue
        url = f"seed:{story}/{safe_text(name)}"
        yield RawDocument(url=url, source_kind="seed", source=shown, text=decoded,
                          title=None, published=None, order_key=order_key(None, url))


def read_seeds(folder: Path, story: str) -> tuple[list[RawDocument], list[SourceProblem]]:
    """Every seed file of the folder, in file-name order (their order is their name's prefix)."""
    problems: list[SourceProblem] = []
    docs = list(iter_seeds(folder, story, problems))
    return docs, problems
