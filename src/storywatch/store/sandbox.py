"""Ad-hoc SQL (`storywatch sql`): one read-only query that can change nothing and reach nothing.

Two locks, each of which alone stops what a hostile query can try:

* **The statement.** DuckDB's own parser must find exactly one statement, and it must be a query:
  SELECT (which is also how DuckDB parses WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW and
  SUMMARIZE) or EXPLAIN of one. COPY, ATTACH, DETACH, USE, SET, RESET, INSTALL, LOAD, PRAGMA,
  CALL, CHECKPOINT, CREATE, INSERT… are refused before anything runs.
* **The database.** A fresh in-memory DuckDB of its own, closed after the query — never one of
  ``duckpool``'s, whose next user is the pipeline: these settings cannot be undone. The file is
  attached READ_ONLY; then external access is turned off (no file outside the warehouse folder,
  no URL, no extension install or load, no scan of Python variables), extension auto-install and
  auto-load are off, and the configuration is locked so no statement can turn any of it back on.

The warehouse folder stays readable (its Parquet mirror, ``parquet/<table>/*.parquet``), by
absolute path or relative to the working directory; other local files do not: `sql` may be
wired to people who should see the warehouse and nothing else on the machine.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from storywatch.store.mirror import sql_text

QUERY_KINDS = "SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN"
# Set before the database starts: nothing a query does may install, load or trust an extension.
START_CONFIG = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_extension_repositories": "forbidden",
    "python_enable_replacements": False,
}
_EXPLAIN = re.compile(r"\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?(?:\([^)]*\)\s*)?", re.IGNORECASE)


class QueryRefused(ValueError):
    """A statement `sql` will not run; the message is one line naming it and what to do."""


def check_query(sql: str) -> duckdb.Statement:
    """The one read-only statement of ``sql``, or QueryRefused (a parse error is DuckDB's own)."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise QueryRefused("refused: no statement given; pass one query, e.g. "
                           "\"SELECT * FROM current_facts\".")
    if len(statements) > 1:
        raise QueryRefused(f"refused: {len(statements)} statements; `sql` runs exactly one "
                           f"read-only query ({QUERY_KINDS}): run them one at a time.")
    statement = statements[0]
    if not _is_query(statement):
        raise QueryRefused(f"refused: {_keyword(statement)} is not a query; `sql` runs one read-only "
                           f"query ({QUERY_KINDS}) and changes nothing — to write, export or change "
                           "settings, open a copy of the file with the DuckDB command-line client.")
    return statement


def _is_query(statement: duckdb.Statement) -> bool:
    if statement.type == duckdb.StatementType.SELECT:
        return True
    if statement.type != duckdb.StatementType.EXPLAIN:
        return False
    # EXPLAIN ANALYZE runs what it explains: the explained statement must be a query too
    explained = _EXPLAIN.match(statement.query)
    inner = duckdb.extract_statements(statement.query[explained.end():]) if explained else []
    return len(inner) == 1 and inner[0].type == duckdb.StatementType.SELECT


def _keyword(statement: duckdb.Statement) -> str:
    """What the statement is, as its author wrote it: COPY, USE, INSTALL… (EXPLAIN names the
    statement it explains)."""
    text = statement.query
    explained = _EXPLAIN.match(text) if statement.type == duckdb.StatementType.EXPLAIN else None
    words = re.findall(r"[A-Za-z]+", text[explained.end():] if explained else text)
    return words[0].upper() if words else statement.type.name


def allowed_directories(root: Path) -> list[str]:
    """The warehouse folder as written and as resolved (DuckDB compares the path it is given,
    made absolute against the working directory, without following links)."""
    spelled = {os.path.abspath(root), os.path.realpath(root)}
    return sorted(p.rstrip("/") + "/" for p in spelled)


def attach(db_path: Path, root: Path, config: dict[str, str]) -> tuple[duckdb.DuckDBPyConnection,
                                                                       duckdb.DuckDBPyConnection]:
    """(database, connection): a new in-memory DuckDB with the file attached read-only as
    ``storywatch`` and everything else locked, as the module says."""
    db = duckdb.connect(config={**config, **START_CONFIG})
    con = db.cursor()
    try:
        dirs = ", ".join(f"'{sql_text(d)}'" for d in allowed_directories(root))
        con.execute(f"SET allowed_directories = [{dirs}]")    # only settable once started
        con.execute(f"ATTACH '{sql_text(str(db_path))}' AS storywatch (READ_ONLY)")
        con.execute("USE storywatch")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        db.close()
        raise
    return db, con


def refusal(exc: duckdb.PermissionException, root: Path) -> QueryRefused:
    """DuckDB's refusal to touch a file or URL, said in one line with what to do instead."""
    reason = str(exc).splitlines()[0].removeprefix("Permission Error: ")
    return QueryRefused(f"refused: {reason}. `sql` reads only the warehouse folder "
                        f"({os.path.abspath(root)}: its tables, views and Parquet mirror) and "
                        "reaches no network; query other files or URLs with the DuckDB "
                        "command-line client.")
