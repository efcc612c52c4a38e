"""Staging: a run's fetched documents, kept on disk until every page is fetched, then read back in
reporting order a batch at a time.

A run processes its coverage in reporting order (by time, see ``sources.order_key``), whatever
order the pages were fetched in, so its alerts do not depend on how the fetching was batched. Held
in memory, that order would cost every text of a backfill at once; past one batch of them
(``spill_after``) the texts wait in a DuckDB file in a temporary directory (one writer: the run)
under a small memory limit, and DuckDB sorts them out of core. A run whose pages fit in one batch
(a scheduled run's few new items) never touches the disk. Nothing staged outlives the run: a run
that crashes fetches again, as it would have (its fetch log rows commit with the run).
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from .records import from_row, to_table
from .sources import RawDocument

MEMORY_LIMIT = "128MB"     # its sort spills past this; the run has other work for the memory


class Staging:
    def __init__(self, spill_after: int = 500) -> None:
        self.spill_after = spill_after
        self.count = 0
        self._held: list[RawDocument] = []             # until spill_after are staged
        self._dir: tempfile.TemporaryDirectory | None = None
        self._con: duckdb.DuckDBPyConnection | None = None

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._held = []
        if self._con is not None:
            self._con.close()
            self._dir.cleanup()
            self._con = None

    def add(self, docs: list[RawDocument]) -> None:
        """Keep ``docs`` (in arrival order: it breaks ties of reporting order)."""
        if self._con is None and self.count + len(docs) <= self.spill_after:
            self._held += docs
        else:
            if self._con is None:
                self._spill()
            if docs:
                batch = _numbered(docs, self.count)  # noqa: F841 - read by name below
                self._con.execute("INSERT INTO docs SELECT * FROM batch")
        self.count += len(docs)

    def batches(self, size: int) -> Iterator[list[RawDocument]]:
        """Every kept document in reporting order, ``size`` at a time."""
        if self._con is None:       # a stable sort: equal keys stay in arrival order, as below
            held = sorted(self._held, key=lambda d: d.order_key)
            yield from (held[i:i + size] for i in range(0, len(held), size))
            return
        reader = self._con.sql(
            "SELECT * EXCLUDE (arrival) FROM docs ORDER BY order_key, arrival").to_arrow_reader(size)
        pending: list[RawDocument] = []
        for rb in reader:           # record batches need not be ``size`` long: regroup them
            pending += [from_row(RawDocument, row) for row in rb.to_pylist()]
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
        if pending:
            yield pending

    @property
    def spilled(self) -> bool:
        return self._con is not None

    def _spill(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="storywatch-staging-")
        root = Path(self._dir.name)
        self._con = duckdb.connect(str(root / "staging.duckdb"), config={
            "threads": 1, "memory_limit": MEMORY_LIMIT, "temp_directory": str(root / "spill")})
        held = _numbered(self._held, 0)  # noqa: F841 - read by name below
        self._con.execute("CREATE TABLE docs AS SELECT * FROM held")
        self._held = []


def _numbered(docs: list[RawDocument], start: int) -> pa.Table:
    table = to_table(docs, RawDocument)
    return table.append_column("arrival", pa.array(range(start, start + len(docs)), pa.int64()))
