"""Hostile seed folders: links out of the folder, names that are not UTF-8, a huge (sparse) file.

Each bad seed ends as one recorded source problem naming the file and what to do; the good seeds
of the same run all land. Real files in temporary folders; the huge one is sparse (no disk used).
"""
from __future__ import annotations

import os
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from conftest import SEEDS
from storywatch.ingest.sources import MAX_SEED_BYTES, read_seeds
from storywatch.records import stable_id

ARTICLE = "Italy and SpaceX: Rome says the Starlink talks go on, with no figure agreed yet.\n"
HUGE = 2 * 1024 ** 3          # 2 GiB, sparse


def odd_name(folder: Path, stem: bytes, text: str) -> None:
    """A file whose name holds the byte 0xff (not UTF-8), made through a bytes path."""
    path = os.path.join(os.fsencode(folder), stem + b"\xff.txt")
    try:
        with open(path, "wb") as fh:
            fh.write(text.encode("utf-8"))
    except OSError as exc:         # a file system that only takes UTF-8 names
        pytest.skip(f"cannot make a non-UTF-8 file name here: {exc}")


def sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)


def test_links_out_of_the_folder_are_refused_and_links_inside_it_read(tmp_path):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    real = tmp_path / "real-seeds"
    real.mkdir()
    (real / "01_ok.txt").write_text(ARTICLE)
    (real / "02_relative.txt").symlink_to(Path("..") / "private" / "passwd")
    (real / "03_absolute.txt").symlink_to(outside / "passwd")
    (real / "04_alias.txt").symlink_to("01_ok.txt")              # stays inside: read
    (real / "05_loop.txt").symlink_to("05_loop.txt")              # a link to itself
    seeds = tmp_path / "seeds"
    seeds.symlink_to(real)           # the folder itself may be a link (e.g. to a data disk)

    docs, problems = read_seeds(seeds, "s")
    assert [d.url for d in docs] == ["seed:s/01_ok.txt", "seed:s/04_alias.txt"]
    assert all("root:x" not in d.text for d in docs)
    by_name = {Path(p.source).name: p.message for p in problems}
    assert set(by_name) == {"02_relative.txt", "03_absolute.txt", "05_loop.txt"}
    for name in ("02_relative.txt", "03_absolute.txt"):
        message = by_name[name]
        assert message.startswith(f"{seeds / name}: ") and "outside the seeds folder" in message
        assert "copy the file" in message and "\n" not in message
    assert "remove" in by_name["05_loop.txt"]


def test_a_name_that_is_not_utf8_gets_a_safe_stable_identity(tmp_path):
    (tmp_path / "01_ok.txt").write_text(ARTICLE)
    odd_name(tmp_path, b"02_", ARTICLE.replace("Rome", "Roma"))
    docs, problems = read_seeds(tmp_path, "s")
    assert problems == []
    assert [d.url for d in docs] == ["seed:s/01_ok.txt", "seed:s/02_%FF.txt"]
    odd = docs[1]
    assert odd.source == f"{tmp_path}/02_%FF.txt" and odd.order_key.endswith("|seed:s/02_%FF.txt")
    odd.url.encode("utf-8"), odd.source.encode("utf-8")      # storable as UTF-8 text
    assert stable_id("article", "s", odd.url)                  # crashed on the raw name
    assert [d.url for d in read_seeds(tmp_path, "s")[0]] == [d.url for d in docs]    # stable


def test_a_huge_seed_is_refused_by_its_size_before_it_is_read(tmp_path):
    (tmp_path / "01_ok.txt").write_text(ARTICLE)
    sparse(tmp_path / "02_huge.txt", HUGE)
    tracemalloc.start()
    start = time.monotonic()
    try:
        docs, problems = read_seeds(tmp_path, "s")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - start < 2
    assert peak < 2 * MAX_SEED_BYTES, f"{peak} bytes allocated: the file was read"
    assert [d.url for d in docs] == ["seed:s/01_ok.txt"]
    [problem] = problems
    assert problem.message.startswith(f"{tmp_path / '02_huge.txt'}: {HUGE} bytes is more than a seed article")
    assert "split it or remove it" in problem.message


def test_a_run_stores_the_good_seeds_and_records_the_bad(story, warehouse, tmp_path):
    from storywatch.pipeline import run_story
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    odd_name(seeds, b"001_", ARTICLE)
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (seeds / "003_link.txt").symlink_to(tmp_path / "passwd")
    sparse(seeds / "004_huge.txt", HUGE)

    s = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    assert (s.new_articles, s.new_versions, s.alert_count) == (3, 3, 1)
    assert sorted(Path(e.source).name for e in s.errors) == ["003_link.txt", "004_huge.txt"]
    with warehouse.reader() as con:
        urls = [r[0] for r in con.execute("SELECT url FROM articles ORDER BY url").fetchall()]
        stored = con.execute("SELECT source, message FROM source_errors ORDER BY source").fetchall()
        texts = [r[0] for r in con.execute("SELECT text FROM versions").fetchall()]
    assert urls == ["seed:italy-spacex/000_762e4873f08c2ef8.txt", "seed:italy-spacex/001_%FF.txt",
                    "seed:italy-spacex/002_b4d0339e3ac2ca88.txt"]
    assert [Path(src).name for src, _ in stored] == ["003_link.txt", "004_huge.txt"]
    assert "outside the seeds folder" in stored[0][1] and "more than a seed article" in stored[1][1]
    assert not any("root:x" in t for t in texts)
