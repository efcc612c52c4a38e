"""The warehouse: one DuckDB file, one writer, batches that land whole, and a Parquet mirror.

* ``storywatch.duckdb`` holds every table (DDL in ``schema.sql``); ``init`` brings a warehouse
  made by an earlier release up to date with the named, recorded steps of ``migrations``. It is
  written in DuckDB's v1.5.0 storage format so the stock DuckDB 1.5 command-line client opens it
  too, in row groups of ``ROW_GROUP_SIZE`` rows so that a checkpoint after a small insert rewrites
  little.
* A run holds the write connection only while it commits its batch, in one transaction: every
  table's rows of the run land together or not at all. Inserts are ``ON CONFLICT DO NOTHING`` on
  content-derived keys, so a batch committed twice is stored once (``lsh_bands`` has no key: its
  rows are inserted only with a version not yet stored). A run's batches stay in DuckDB's
  write-ahead log; its last commit checkpoints when the log has passed a few MB.
* Two runs of one warehouse never interleave: ``run_lock`` takes an exclusive lock on
  ``.storywatch.lock`` and waits, saying which process holds it.
* The Parquet mirror is one file per table and run: ``parquet/<table>/run-<run_id>.parquet``,
  written to a temporary name and renamed. ``mirror`` writes whatever runs are missing (and
  rewrites the files of ``deliveries``, whose status changes, where they differ from the table),
  so a crash between the commit and the mirror is mended by the next run, and the mirror can be
  rebuilt from DuckDB at any time.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from storywatch.store import duckpool, sandbox
from storywatch.faults import crashpoint
from storywatch.store.migrations import migrate
from storywatch.store.sql import FACT_SOURCES_SQL, FACT_STATE_SQL, schema_sql
from storywatch.store.mirror import copy_run_to_parquet, one_thread, sql_text
from storywatch.records import RECORD_TYPES

DB_FILE = "storywatch.duckdb"
LOCK_FILE = ".storywatch.lock"
STORAGE_VERSION = "v1.5.0"
# Rows per row group (DuckDB's default: 122,880). In the v1.5.0 format an insert into a keyed table
# fills the last row group and the next checkpoint rewrites all of it, so a few new versions in a
# big warehouse would cost seconds and hundreds of MB; a smaller row group bounds that rewrite
# (docs/benchmarks.md). Not stored in the file: every connection attaches with it.
ROW_GROUP_SIZE = 16_384
# DuckDB's buffer pool would otherwise grow with the warehouse (up to 80% of RAM): a run's memory
# must stay flat however much it has stored. Raise it for big ad-hoc queries.
MEMORY_LIMIT = os.environ.get("STORYWATCH_DUCKDB_MEMORY", "256MB")
# Every table with a run_id, mirrored as Parquet (deliveries' record type, Delivery, lives in
# deliver/outbox.py).
TABLES = tuple(RECORD_TYPES) + ("deliveries",)
# Tables whose rows change after they are written (a digest's status): mirror() also rewrites any
# of their Parquet files that a crash left behind the table.
MUTABLE = ("deliveries",)
# Tables without a primary key whose rows belong to a parent row committed in the same batch:
# table → (key column, parent table). They are inserted first, and only for parents not yet stored.
# A key's index is what an insert's uniqueness check reads, and random ids touch most of it, so a
# key would cost each batch memory that grows with the warehouse (docs/benchmarks.md).
ROWS_OF_NEW = {"lsh_bands": ("version_id", "versions"), "claims": ("version_id", "versions")}


CONNECT_WAIT_S = 30.0  # how long a connection waits out another holder of the file


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse; says who and what to do."""


class Warehouse:
    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)
        self.db_path = self.root / DB_FILE
        self.parquet_root = self.root / "parquet"

    # -- connections -------------------------------------------------------------------------
    @contextlib.contextmanager
    def _connection(self, read_only: bool, wait_s: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """The file attached to an in-memory DuckDB, detached after (the database is kept for the
        next connection of this process: ``duckpool``)."""
        db, con = self._connect(read_only, wait_s)
        try:
            yield con
        finally:
            self._detach(db, con)

    def _connect(self, read_only: bool, wait_s: float | None = None,
                 attach=None) -> tuple[duckdb.DuckDBPyConnection, duckdb.DuckDBPyConnection]:
        """``attach(read_only)`` (default ``_attach``), retried while another holder has the file."""
        attach = attach or self._attach
        deadline = time.monotonic() + (CONNECT_WAIT_S if wait_s is None else wait_s)
        delay = 0.05
        while True:
            try:
                return attach(read_only)
            except (duckdb.IOException, duckdb.ResourceInUseException) as exc:
                # another process's lock, or the file attached by another connection of this one
                here = isinstance(exc, duckdb.ResourceInUseException)
                if not (here or "lock" in str(exc).lower()) or time.monotonic() > deadline:
                    holder = "another connection of this process" if here else "another process"
                    raise WarehouseBusy(
                        f"{self.db_path}: {holder} holds the DuckDB file ({exc}). "
                        "Wait for the running `storywatch run` to finish, or close the other "
                        "DuckDB session, then try again.") from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _config(self) -> dict[str, str]:
        return {"memory_limit": MEMORY_LIMIT, "temp_directory": f"{self.db_path}.tmp"}

    def _attach(self, read_only: bool) -> tuple[duckdb.DuckDBPyConnection, duckdb.DuckDBPyConnection]:
        """(database, connection): the file attached (as ``storywatch``, the name it has when
        opened directly) to an in-memory DuckDB: ATTACH is where the row group size is given.
        Spilling goes beside the file, as it would when the file itself is opened."""
        config = self._config()
        db = duckpool.take(config)
        con = db.cursor()
        options = "READ_ONLY" if read_only else \
            f"STORAGE_VERSION '{STORAGE_VERSION}', ROW_GROUP_SIZE {ROW_GROUP_SIZE}"
        try:
            con.execute(f"ATTACH '{sql_text(str(self.db_path))}' AS storywatch ({options})")
            con.execute("USE storywatch")
        except BaseException:
            con.close()
            db.close()
            raise
        return db, con

    def _detach(self, db: duckdb.DuckDBPyConnection, con: duckdb.DuckDBPyConnection) -> None:
        """Detach the file — checkpointing it unless the connection said not to, as closing
        would — and keep the database; one that will not detach cleanly is closed instead."""
        try:
            con.execute("USE memory")
            con.execute("DETACH storywatch")
            con.execute("PRAGMA enable_checkpoint_on_shutdown")
            con.close()
        except duckdb.Error:          # e.g. a reader's caller left a transaction open
            with contextlib.suppress(duckdb.Error):
                con.close()
            db.close()
            return
        duckpool.give_back(self._config(), db)

    def init(self) -> None:
        """Create the folder, the DuckDB file and every table and view, then apply the schema
        changes this warehouse has not had yet (``migrations``). Idempotent."""
        self.root.mkdir(parents=True, exist_ok=True)
        with self._connection(read_only=False) as con:
            con.execute(schema_sql())
            migrate(con)

    @contextlib.contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection; waits briefly while a writer commits."""
        self._require_file()
        with self._connection(read_only=True) as con:
            yield con

    @contextlib.contextmanager
    def query_reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for untrusted ad-hoc SQL (`storywatch sql`): the file read-only in a
        locked-down DuckDB of its own (``sandbox``), closed after and never pooled, so the
        pipeline's readers keep their settings. DuckDB's refusal to touch a file or URL comes
        out as ``sandbox.QueryRefused``; statements must pass ``sandbox.check_query`` first."""
        self._require_file()
        db, con = self._connect(True, attach=lambda _: sandbox.attach(self.db_path, self.root, self._config()))
        try:
            yield con
        except duckdb.PermissionException as exc:
            raise sandbox.refusal(exc, self.root) from None
        finally:
            con.close()
            db.close()

    def _require_file(self) -> None:
        if not self.db_path.exists():
            raise FileNotFoundError(
                f"{self.db_path}: no warehouse here yet. Run `storywatch run --warehouse "
                f"{self.root}` first, or point --warehouse / STORYWATCH_WAREHOUSE at one.")

    @contextlib.contextmanager
    def run_lock(self, wait_s: float = 600.0, say=print) -> Iterator[None]:
        """Exclusive lock for a whole run: a second run waits (and says so), never interleaves."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / LOCK_FILE
        with open(path, "a+") as fh:
            start = time.monotonic()
            deadline = start + wait_s
            told = False
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not told:
                        fh.seek(0)
                        holder = fh.read().strip()
                        # the holder writes its name just after it locks and clears it just before
                        # it unlocks: an empty file is that moment (or a holder that never names itself)
                        if holder or time.monotonic() > start + 1:
                            holder = holder or "another process"
                            if not holder.startswith(f"pid {os.getpid()} "):   # another story of this run
                                say(f"{self.root}: a run is in progress ({holder}); waiting for it to finish…")
                            told = True
                    if time.monotonic() > deadline:
                        raise WarehouseBusy(
                            f"{self.root}: still held by another run after {wait_s:.0f}s; "
                            "try again when it has finished.") from None
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n")
            fh.flush()
            try:
                yield
            finally:
                fh.seek(0)
                fh.truncate()
                fh.flush()
                fcntl.flock(fh, fcntl.LOCK_UN)

    # -- writing -----------------------------------------------------------------------------
    def commit(self, tables: dict[str, pa.Table], *, checkpoint: bool = True) -> dict[str, int]:
        """Insert every table's rows in one transaction; return rows actually added per table.

        ``checkpoint=False`` leaves the rows in DuckDB's write-ahead log (durable, and read by every
        later connection) instead of checkpointing when the connection closes: a run's batches
        skip it and the run's last commit checkpoints once the log has grown (DuckDB also
        checkpoints by itself when the log passes 16 MB). Each checkpoint rewrites the last row
        group of every table appended to, at most ``ROW_GROUP_SIZE`` rows.
        """
        added: dict[str, int] = {}
        with self._transaction(checkpoint) as con:
            for name, table in sorted(tables.items(), key=lambda kv: kv[0] not in ROWS_OF_NEW):
                if table.num_rows == 0:
                    added[name] = 0
                    continue
                con.register("batch", table)
                # an INSERT answers the rows it added: conflicts and rows of stored parents left out
                added[name] = con.execute(_insert_sql(name, table.schema.names)).fetchall()[0][0]
                con.unregister("batch")
                crashpoint("commit-table")
            if tables.get("claims") is not None and tables["claims"].num_rows and "versions" in tables:
                self._advance_fact_state(con, tables)
        return added

    @staticmethod
    def _advance_fact_state(con, tables: dict[str, pa.Table]) -> None:
        """fact_state after the batch's claims, each with its version from the batch: claims land
        with their version (ROWS_OF_NEW), and a join with the versions table would read every
        stored order key."""
        con.register("batch_claims", tables["claims"])
        con.register("batch_versions", tables["versions"].select(["version_id", "order_key", "seq", "duplicate_of"]))
        con.execute(FACT_STATE_SQL.format(claims="batch_claims", versions="batch_versions"))
        con.execute(FACT_SOURCES_SQL.format(claims="batch_claims", versions="batch_versions"))
        con.unregister("batch_claims")
        con.unregister("batch_versions")

    def execute(self, sql: str, params: list | None = None) -> None:
        """One write statement (an UPDATE of rows already stored) in its own transaction."""
        with self._transaction() as con:
            con.execute(sql, params or [])
            crashpoint("commit-table")

    @contextlib.contextmanager
    def _transaction(self, checkpoint: bool = True):
        """A write connection inside BEGIN … COMMIT (ROLLBACK on any error), detached after."""
        with self._connection(read_only=False) as con:
            if not checkpoint:
                con.execute("PRAGMA disable_checkpoint_on_shutdown")
            try:
                con.execute("BEGIN TRANSACTION")
                crashpoint("commit-begun")
                yield con
                con.execute("COMMIT")
                crashpoint("commit-done")
            except BaseException:
                with contextlib.suppress(Exception):
                    con.execute("ROLLBACK")
                raise

    def log_bytes(self) -> int:
        """Size of DuckDB's write-ahead log: rows committed since the last checkpoint."""
        try:
            return self.db_path.with_name(self.db_path.name + ".wal").stat().st_size
        except FileNotFoundError:
            return 0

    # -- Parquet mirror ----------------------------------------------------------------------
    def mirror(self) -> int:
        """Write the Parquet file of every (table, run) that has rows and no file yet."""
        with self.reader() as con:          # one connection for every table
            written = self._write_missing(con, TABLES)
            stale = {table: self._stale_runs(table, con) for table in MUTABLE}
        return written + sum(self._rewrite(table, runs) for table, runs in stale.items())

    def mirror_missing(self, table: str, con: duckdb.DuckDBPyConnection | None = None) -> int:
        """Write the Parquet file of every run of one table that has rows and no file yet."""
        with self.reader() if con is None else contextlib.nullcontext(con) as con:
            return self._write_missing(con, (table,))

    def _write_missing(self, con: duckdb.DuckDBPyConnection, tables) -> int:
        """The Parquet file of every (table, run) with rows and no file yet, DuckDB on one thread
        while it writes them: set once for all the files (setting it starts or stops DuckDB's
        threads, a noticeable share of writing a small run's file)."""
        todo = [(table, run_id) for table in tables for run_id in self._missing_runs(table, con)]
        if todo:
            with one_thread(con):
                for table, run_id in todo:
                    copy_run_to_parquet(con, table, run_id, self.parquet_root / table / f"run-{run_id}.parquet")
                    crashpoint("mirror-file")
        return len(todo)

    def _missing_runs(self, table: str, con: duckdb.DuckDBPyConnection) -> list[str]:
        folder = self.parquet_root / table
        for stale in folder.glob(".run-*.tmp"):              # left by a crash mid-write
            stale.unlink(missing_ok=True)
        have = {p.stem.removeprefix("run-") for p in folder.glob("run-*.parquet")}
        return [r[0] for r in con.execute(f"SELECT DISTINCT run_id FROM {table}").fetchall() if r[0] not in have]

    def mend(self, table: str) -> int:
        """Rewrite every Parquet file of a mutable table whose rows differ from the table's."""
        with self.reader() as con:
            runs = self._stale_runs(table, con)
        return self._rewrite(table, runs)

    def _stale_runs(self, table: str, con: duckdb.DuckDBPyConnection) -> list[str]:
        folder = self.parquet_root / table
        if not list(folder.glob("run-*.parquet")):
            return []
        glob = sql_text(str(folder / "run-*.parquet"))
        diff = (f"(SELECT * FROM {table} EXCEPT ALL SELECT * FROM read_parquet('{glob}')) UNION ALL "
                f"(SELECT * FROM read_parquet('{glob}') EXCEPT ALL SELECT * FROM {table})")
        return sorted(r[0] for r in con.execute(f"SELECT DISTINCT run_id FROM ({diff})").fetchall())

    def _rewrite(self, table: str, runs: list[str]) -> int:
        for run_id in runs:
            self.mirror_run(table, run_id)
        return len(runs)

    def mirror_run(self, table: str, run_id: str) -> None:
        """Rewrite one run's Parquet file of a table (removed when the run has no rows left)."""
        path = self.parquet_root / table / f"run-{run_id}.parquet"
        with self.reader() as con:
            if con.execute(f"SELECT count(*) FROM {table} WHERE run_id = ?", [run_id]).fetchall()[0][0]:
                with one_thread(con):
                    copy_run_to_parquet(con, table, run_id, path)
            else:
                path.unlink(missing_ok=True)

    def rebuild_mirror(self) -> int:
        for table in TABLES:
            for p in (self.parquet_root / table).glob("*.parquet"):
                p.unlink()
        return self.mirror()


def _insert_sql(name: str, names: list[str]) -> str:
    cols = ", ".join(names)
    if name in ROWS_OF_NEW:             # no key to conflict on: keep only rows of parents not yet stored
        key, parent = ROWS_OF_NEW[name]
        return (f"INSERT INTO {name} ({cols}) SELECT {cols} FROM batch "
                f"WHERE {key} NOT IN (SELECT {key} FROM {parent})")
    return f"INSERT INTO {name} ({cols}) SELECT {cols} FROM batch ON CONFLICT DO NOTHING"

