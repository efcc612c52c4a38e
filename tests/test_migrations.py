"""Schema changes are named steps applied once: a warehouse made by an earlier release opens and is
brought up to date, with every row kept."""
import shutil
from pathlib import Path

import pytest

from storywatch.pipeline import run_story
from storywatch.store.migrations import STEPS, applied, migrate
from storywatch.store import Warehouse, schema_sql
from storywatch.story import load_story

# A warehouse as `storywatch run` of release 0.1.0 left it on the shipped story (README.md there).
FIXTURE_0_1_0 = Path(__file__).parent / "fixtures" / "warehouse-0.1.0"
NAMES = [name for name, _ in STEPS]
KEYED = "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'"


def _tables(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                      "WHERE database_name = 'storywatch' ORDER BY 1").fetchall()]


def _counts(wh: Warehouse) -> dict[str, int]:
    with wh.reader() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _tables(con)}


def _records(wh: Warehouse) -> list[tuple]:
    with wh.reader() as con:
        return con.execute("SELECT name, applied_at FROM schema_migrations ORDER BY name").fetchall()


def test_a_warehouse_of_release_0_1_0_is_brought_up_to_date_and_a_rerun_adds_nothing(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    shutil.copytree(FIXTURE_0_1_0, wh.root, ignore=shutil.ignore_patterns("*.md"))
    before = _counts(wh)
    assert "schema_migrations" not in before
    assert all(before[t] for t in ("articles", "versions", "claims", "alerts", "lsh_bands", "fact_state"))
    wh.init()
    with wh.reader() as con:
        assert applied(con) == NAMES
    migrated = _counts(wh)
    assert migrated["fact_sources"] > 0                   # derived from the stored lead claims
    assert migrated == {**before, "schema_migrations": len(STEPS), "fact_sources": migrated["fact_sources"],
                        "discover_polls": 0}
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    after = _counts(wh)
    for table in ("articles", "versions", "claims", "alerts", "lsh_bands", "fact_state", "fact_sources"):
        assert after[table] == migrated[table], table
    assert after["runs"] == before["runs"] + 1


def _older_warehouse(wh: Warehouse) -> None:
    """The shape a warehouse had before the steps: claims and lsh_bands keyed, no fact_state, no
    fact_sources, no schema_migrations; two versions of an article and a near-duplicate of the first."""
    wh.root.mkdir()
    with wh._connection(read_only=False) as con:
        con.execute(schema_sql())
        con.execute("DROP TABLE schema_migrations")
        con.execute("DROP TABLE fact_state")
        con.execute("DROP TABLE fact_sources")
        for table, key in (("claims", "claim_id"), ("lsh_bands", "story, band, bucket, version_id")):
            ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()[0][0]
            con.execute(f"DROP TABLE {table}")
            con.execute(ddl[:ddl.rindex(")")] + f", PRIMARY KEY ({key}))")
        con.execute("INSERT INTO articles VALUES ('a1', 's', 'u', 'seed', NULL, now(), 'r1')")
        for vid, seq, key, dup in (("v1", 1, "k1", None), ("v2", 2, "k2", None), ("v3", 3, "k3", "v1")):
            con.execute("INSERT INTO versions VALUES (?, 'a1', 's', ?, ?, NULL, 't', NULL, now(), ?, ?, NULL, "
                        "'en', [1, 2], 'r1')", [vid, seq, vid, key, dup])
            con.execute("INSERT INTO lsh_bands VALUES ('s', 0, 7, ?, 'r1'), ('s', 1, 8, ?, 'r1')", [vid, vid])
        claim = ("INSERT INTO claims VALUES (?, ?, 'a1', 's', ?, ?, ?, NULL, ?, ?, 'x', 'x.', NULL, NULL, "
                 "NULL, NULL, ?, 'body', ?, 'r1')")
        for row in (("c1", "v1", "money", "deal value", 1.5e9, "EUR", None, "lead", 0),
                    ("c2", "v1", "status", "deal status", None, None, "talks", "lead", 1),
                    ("c3", "v2", "money", "deal value", 1.6e9, "USD", None, "lead", 0),
                    ("c4", "v2", "money", "deal value", 9e9, "USD", None, "mention", 1),
                    ("c5", "v3", "money", "deal value", 2e9, "USD", None, "lead", 0)):
            con.execute(claim, list(row))


def test_an_older_warehouse_loses_the_keys_gets_fact_state_and_sources_and_keeps_every_row(warehouse):
    _older_warehouse(warehouse)
    with warehouse.reader() as con:
        assert [con.execute(KEYED, [t]).fetchall()[0][0] for t in ("claims", "lsh_bands")] == [1, 1]
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in _tables(con)}
    warehouse.init()
    with warehouse.reader() as con:
        assert applied(con) == NAMES
        assert [con.execute(KEYED, [t]).fetchall()[0][0] for t in ("claims", "lsh_bands")] == [0, 0]
        for table, want in rows.items():
            assert con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() == want, table
        state = con.execute("SELECT subject, claim_id FROM fact_state ORDER BY ALL").fetchall()
        sources = con.execute("SELECT subject, kind, article_id FROM fact_sources ORDER BY ALL").fetchall()
    assert state == [("deal status", "c2"), ("deal value", "c3")]     # v3 repeats v1; c4 is a mention
    assert sources == [("deal status", "status", "a1"), ("deal value", "money", "a1")]
    kept = _records(warehouse)
    warehouse.init()
    assert _records(warehouse) == kept


def test_a_fresh_warehouse_records_every_step_and_a_second_init_applies_none(warehouse):
    warehouse.init()
    kept = _records(warehouse)
    assert [name for name, _ in kept] == sorted(NAMES) and len(NAMES) == len(set(NAMES))
    warehouse.init()
    assert _records(warehouse) == kept
    with warehouse._connection(read_only=False) as con:
        assert migrate(con) == []


def test_a_failing_step_is_rolled_back_with_its_record_and_retried(warehouse):
    warehouse.init()

    def fails(con):
        con.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    steps = STEPS + (("9001_done", lambda con: None), ("9002_fails", fails))
    with warehouse._connection(read_only=False) as con:
        with pytest.raises(RuntimeError):
            migrate(con, steps)
        assert applied(con) == NAMES + ["9001_done"]
        assert "half_done" not in _tables(con)
        assert migrate(con, steps[:-1] + (("9002_fails", lambda con: None),)) == ["9002_fails"]
