"""Staging: a run's fetched documents, kept until every page is fetched, then read back in
reporting order a batch at a time.

A run processes its coverage in reporting order (by time, see ``sources.order_key``), whatever
order the pages were fetched in, so its alerts do not depend on how the fetching was batched. Held
in memory, that order would cost every text of a backfill at once. Up to one batch
(``spill_after``) the texts stay in memory — a scheduled run's few new items never touch the disk;
past it, each batch added is sorted and written as a *run* (an Arrow IPC file in a temporary
directory, in record batches of ``RUN_ROWS``), and reading merges the runs (an external merge
sort: one record batch of each run in memory at a time). ``FAN_IN`` runs of one size are merged
into one as they accumulate, so a merge never holds more than ``FAN_IN`` × levels files open.
Not DuckDB: its ORDER BY over a backfill's texts fails under a memory cap ("could not allocate
block"), and any cap is a size at which it fails (docs/benchmarks.md).

Nothing staged outlives the run: a run that crashes fetches again, as it would have (its fetch
log rows commit with the run).
"""
from __future__ import annotations

import heapq
import itertools
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa

from storywatch.records import from_row, to_table
from storywatch.ingest.sources import RawDocument

RUN_ROWS = 64           # rows per record batch of a run: what a merge holds of each run at once
FAN_IN = 32             # runs of one level merged into one run of the next
SCHEMA = RawDocument.SCHEMA.append(pa.field("arrival", pa.int64()))

Keyed = tuple[str, int, RawDocument]          # (order_key, arrival, document): the merge order


class Staging:
    def __init__(self, spill_after: int = 500) -> None:
        self.spill_after = spill_after
        self.count = 0
        self._held: list[Keyed] = []                    # until spill_after are staged
        self._dir: tempfile.TemporaryDirectory | None = None
        self._runs: list[tuple[int, Path]] = []         # (level, file)
        self._made = 0

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._held, self._runs = [], []
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    @property
    def spilled(self) -> bool:
        return self._dir is not None

    def add(self, docs: list[RawDocument]) -> None:
        """Keep ``docs`` (in arrival order: it breaks ties of reporting order)."""
        keyed = [(d.order_key, self.count + i, d) for i, d in enumerate(docs)]
        self.count += len(docs)
        self._held += keyed
        if self.count > self.spill_after and self._held:
            self._write(0, iter(sorted(self._held, key=_key)))
            self._held = []
            self._compact()

    def batches(self, size: int) -> Iterator[list[RawDocument]]:
        """Every kept document in reporting order, ``size`` at a time."""
        merged = heapq.merge(*(_read(path) for _, path in self._runs), sorted(self._held, key=_key), key=_key)
        while chunk := [d for _, _, d in itertools.islice(merged, size)]:
            yield chunk

    def _write(self, level: int, rows: Iterable[Keyed]) -> None:
        if self._dir is None:
            self._dir = tempfile.TemporaryDirectory(prefix="storywatch-staging-")
        path = Path(self._dir.name) / f"run{self._made:06d}.arrow"
        self._made += 1
        with pa.ipc.new_file(str(path), SCHEMA) as out:
            while part := list(itertools.islice(rows, RUN_ROWS)):
                table = to_table([d for _, _, d in part], RawDocument)
                out.write_table(table.append_column("arrival", pa.array([a for _, a, _ in part], pa.int64())))
        self._runs.append((level, path))

    def _compact(self) -> None:
        """Merge FAN_IN runs of one level into one run of the next, as often as that applies."""
        while True:
            levels = [lv for lv, _ in self._runs]
            level = next((lv for lv in set(levels) if levels.count(lv) >= FAN_IN), None)
            if level is None:
                return
            merging = [p for lv, p in self._runs if lv == level]
            self._runs = [(lv, p) for lv, p in self._runs if lv != level]
            self._write(level + 1, heapq.merge(*(_read(p) for p in merging), key=_key))
            for p in merging:
                p.unlink()


def _key(row: Keyed) -> tuple[str, int]:
    return row[0], row[1]


def _read(path: Path) -> Iterator[Keyed]:
    """A run's rows, one record batch in memory at a time."""
    with pa.OSFile(str(path)) as f:
        reader = pa.ipc.open_file(f)
        for i in range(reader.num_record_batches):
            for row in reader.get_batch(i).to_pylist():
                arrival = row.pop("arrival")
                yield row["order_key"], arrival, from_row(RawDocument, row)
