"""Schema changes as named steps, each applied once per warehouse and recorded.

``Warehouse.init`` first runs ``schema.sql`` (every ``CREATE … IF NOT EXISTS``: a fresh warehouse
gets the current schema, an older one gets the tables it lacks, the ``schema_migrations`` table
among them), then :func:`migrate` applies, in order, every step of ``STEPS`` whose name is not in
``schema_migrations`` yet: each in its own transaction with the row that records it, so a step
lands whole with its record or not at all. A step brings the tables of an older warehouse to what
``schema.sql`` makes today, and is a no-op on a warehouse that ``schema.sql`` has just created
(which is then recorded as having every step). Its name never changes once released: a new schema
change is a new step appended to ``STEPS``, the tables it leaves defined in ``schema.sql``.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timezone

import duckdb

from storywatch.store.sql import FACT_SOURCES_SQL, FACT_STATE_SQL, schema_sql

Step = Callable[[duckdb.DuckDBPyConnection], None]


def _has_primary_key(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    keys = con.execute("SELECT count(*) FROM duckdb_constraints() WHERE database_name = current_database() "
                       "AND table_name = ? AND constraint_type = 'PRIMARY KEY'", [table]).fetchall()
    return bool(keys[0][0])


def claims_and_lsh_bands_without_primary_key(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild ``lsh_bands`` and ``claims`` without their primary key, keeping every row.

    Their rows are written only with a version not yet stored, so a key guards nothing, and a key's
    index is what each insert's uniqueness check reads: a key on claims costs each batch memory
    that grows with the warehouse, and lsh_bands' (32 rows a version) would be the biggest thing
    a run holds in memory (docs/benchmarks.md). A table without a key is left as it is.
    """
    for table in ("lsh_bands", "claims"):
        if not _has_primary_key(con, table):
            continue
        con.execute(f"ALTER TABLE {table} RENAME TO {table}_keyed")
        con.execute(schema_sql())            # creates the table again, as schema.sql has it now
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {table}_keyed")
        con.execute(f"DROP TABLE {table}_keyed")


def fact_state_from_claims(con: duckdb.DuckDBPyConnection) -> None:
    """Derive ``fact_state`` (each fact's latest lead claim) from every stored claim.

    Every commit keeps the table from its own batch; a warehouse made before the table existed has
    it empty (``schema.sql`` has just created it) and gets it here, once. The derivation only ever
    replaces a row with a later claim, so it changes nothing where the table is already kept, and
    nothing on a warehouse without claims.
    """
    con.execute(FACT_STATE_SQL.format(claims="claims", versions="versions"))


def fact_sources_from_claims(con: duckdb.DuckDBPyConnection) -> None:
    """Derive ``fact_sources`` (which articles report each subject, and whether prominently) from
    every stored lead claim: a warehouse made before the table existed gets it here, once."""
    con.execute(FACT_SOURCES_SQL.format(claims="claims", versions="versions"))


def discover_polls_table(con: duckdb.DuckDBPyConnection) -> None:
    """Give the warehouse the ``discover_polls`` table (news-search polls) where it lacks it:
    ``schema.sql``'s ``CREATE … IF NOT EXISTS`` once more, in this step's transaction, so the
    warehouse records when it got the table. Nothing else changes; no row is touched."""
    con.execute(schema_sql())


# Every schema change, in the order it is applied: (name, step). Append only.
STEPS: tuple[tuple[str, Step], ...] = (
    ("0001_claims_and_lsh_bands_without_primary_key", claims_and_lsh_bands_without_primary_key),
    ("0002_fact_state_from_claims", fact_state_from_claims),
    ("0003_fact_sources_from_claims", fact_sources_from_claims),
    ("0004_discover_polls", discover_polls_table),
)


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The names of the steps recorded in this warehouse, in the order they were applied."""
    rows = con.execute("SELECT name FROM schema_migrations ORDER BY applied_at, name").fetchall()
    return [r[0] for r in rows]


def migrate(con: duckdb.DuckDBPyConnection, steps: tuple[tuple[str, Step], ...] = STEPS) -> list[str]:
    """Apply, in order, each step not yet recorded, each in its own transaction with its record;
    return the names applied (none when the warehouse is up to date). A step that fails is rolled
    back with its record and raises: the steps before it stay applied, the next init retries it."""
    done = set(applied(con))
    names = []
    for name, step in steps:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                        [name, datetime.now(timezone.utc)])
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise
        names.append(name)
    return names
