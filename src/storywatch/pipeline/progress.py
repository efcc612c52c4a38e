"""Progress of long work (backfills, first runs over big feeds): a rich progress bar on a terminal,
one line per batch otherwise, nothing for a run that fits in one batch."""
from __future__ import annotations

import contextlib
import sys
from typing import Iterator


class Progress:
    def __init__(self, total: int, label: str, bar) -> None:
        self.total, self.label, self.done, self._bar = total, label, 0, bar

    def advance(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar[0].update(self._bar[1], advance=n)
        elif self.total:
            print(f"storywatch: {self.label}: {self.done}/{self.total} documents", file=sys.stderr, flush=True)


@contextlib.contextmanager
def progress(total: int, label: str, batch: int) -> Iterator[Progress]:
    if total <= batch:
        yield Progress(0, label, None)
        return
    if not sys.stderr.isatty():
        yield Progress(total, label, None)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TimeRemainingColumn
    with Bar("[bold]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
             transient=True) as bar:
        yield Progress(total, label, (bar, bar.add_task(label, total=total)))
