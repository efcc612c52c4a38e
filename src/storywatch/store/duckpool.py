"""Empty in-memory DuckDB databases kept for this process's next warehouse connection.

Every warehouse connection is the DuckDB file attached to an in-memory database (``ATTACH`` is
where the row group size is given). Creating that database is costly — most of it DuckDB
building its catalog of built-in functions — and a run opens several connections. So a
connection that is done detaches the file (which checkpoints or not exactly as closing would)
and hands its database back here; the next one attaches at a small fraction of that cost
(docs/benchmarks.md). A kept database is used by one connection at a time, so two connections
never share a catalog, and each use is a fresh DuckDB connection (``cursor()``): its ``USE``,
registered tables and session settings end with it.

Idle databases are closed before the process forks: a DuckDB database's threads do not exist in
the child, and closing it there would wait for them forever.
"""
from __future__ import annotations

import os
import threading

import duckdb

KEEP = 2            # idle databases kept in all (concurrent connections are rare)

_lock = threading.Lock()
_idle: list[tuple[tuple[tuple[str, str], ...], duckdb.DuckDBPyConnection]] = []   # oldest first


def _key(config: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(config.items()))


def take(config: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """An empty in-memory database with ``config``: a kept one, or a new one."""
    key = _key(config)
    with _lock:
        for i in range(len(_idle) - 1, -1, -1):
            if _idle[i][0] == key:
                return _idle.pop(i)[1]
    return duckdb.connect(config=config)


def give_back(config: dict[str, str], db: duckdb.DuckDBPyConnection) -> None:
    """Keep ``db`` (nothing attached, no connection of it open) for the next ``take``; the
    oldest kept one is closed past ``KEEP`` (a process may touch many warehouses)."""
    with _lock:
        _idle.append((_key(config), db))
        db = _idle.pop(0)[1] if len(_idle) > KEEP else None
    if db is not None:
        db.close()


def kept() -> int:
    """How many databases are kept now."""
    return len(_idle)


def close_idle() -> None:
    """Close every kept database (they are made again on demand)."""
    with _lock:
        _close_idle()


def _close_idle() -> None:
    dbs = [db for _, db in _idle]
    _idle.clear()
    for db in dbs:
        db.close()


def _before_fork() -> None:
    """Hold the lock across the fork (nothing is kept or taken meanwhile) and close the idle."""
    _lock.acquire()
    _close_idle()


os.register_at_fork(before=_before_fork, after_in_parent=_lock.release, after_in_child=_lock.release)
