"""The Parquet mirror's files: one run's rows of one table, written by DuckDB.

Each file is written under a temporary name, fsynced and renamed, so a crash leaves either the
whole file or none (``Warehouse.mirror`` writes what is missing; see warehouse.py).
"""
from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Iterator

import duckdb

from storywatch.faults import crashpoint

MIRROR_ROW_GROUP = 8192         # rows per Parquet row group of the mirror (the writer buffers one)
MIRROR_ROW_GROUP_BYTES = "4MB"  # …or fewer, when its rows are long texts

_RUN_ID = re.compile(r"^[\w.-]+$")


@contextlib.contextmanager
def one_thread(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB on one thread meanwhile (a global setting: put back after)."""
    threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    con.execute("SET threads = 1")
    try:
        yield
    finally:
        con.execute(f"SET threads = {int(threads)}")


def copy_run_to_parquet(con, table: str, run_id: str, path: Path) -> None:
    """DuckDB streams one run's rows of a table to Parquet (bounded memory, however big the run),
    under a temporary name that is fsynced and renamed. ``con`` runs on one thread (``one_thread``)."""
    if not _RUN_ID.match(run_id):
        raise ValueError(f"{table}: unexpected run id {run_id!r}; rebuild the mirror")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    target = sql_text(str(tmp))
    # Stored order, not ORDER BY ALL: sorting a big run's texts does not fit the run's DuckDB
    # memory cap. The writer buffers one row group per thread, so: one thread, and row groups
    # capped in bytes as well as rows (docs/benchmarks.md).
    con.execute(f"COPY (SELECT * FROM {table} WHERE run_id = '{run_id}') TO '{target}' "
                f"(FORMAT parquet, ROW_GROUP_SIZE {MIRROR_ROW_GROUP}, "
                f"ROW_GROUP_SIZE_BYTES '{MIRROR_ROW_GROUP_BYTES}')")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    crashpoint("mirror-tmp")
    os.replace(tmp, path)


def sql_text(text: str) -> str:
    """``text`` inside a single-quoted SQL string literal."""
    return text.replace("'", "''")
