import multiprocessing as mp
import os
import threading
import time
from datetime import datetime, timezone

import duckdb
import pyarrow.parquet as pq
import pytest

from storywatch.store import duckpool
from storywatch.records import Claim, LshBand, Run, SourceError, Version, to_table
from storywatch.store.warehouse import TABLES, Warehouse, WarehouseBusy

NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)


def _run(run_id):
    return to_table([Run(run_id, "s", NOW, NOW, 0, 0, 0, 0, 0, 0, 0)], Run)


def test_init_is_idempotent_and_creates_every_table(warehouse):
    warehouse.init()
    warehouse.init()
    with warehouse.reader() as con:
        names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(TABLES) <= names
    assert {"current_facts", "fact_history"} <= views


def test_file_opens_in_duckdb_1_5_storage_format(warehouse):
    warehouse.init()
    with warehouse.reader() as con:
        tags = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = 'storywatch'").fetchall()[0][0]
    assert tags["storage_version"].startswith("v1.5.0")


def test_commit_twice_stores_once(warehouse):
    warehouse.init()
    assert warehouse.commit({"runs": _run("r1")}) == {"runs": 1}
    assert warehouse.commit({"runs": _run("r1")}) == {"runs": 0}


def _version_batch(vid):
    v = Version(vid, "a1", "s", 1, "h", None, "text", None, NOW, "k", None, None, "en", (1,) * 128, "r1")
    bands = [LshBand("s", b, 1000 + b, vid, "r1") for b in range(32)]
    claims = [Claim(f"{vid}-c{i}", vid, "a1", "s", "money", "deal value", 1e9 * (i + 1), None, "EUR", None,
                    "x", "x.", None, None, None, 1e8, "lead" if i == 0 else "mention", "body", i, "r1")
              for i in range(3)]
    return {"versions": to_table([v], Version), "lsh_bands": to_table(bands, LshBand),
            "claims": to_table(claims, Claim)}


def test_inserts_fill_bounded_row_groups(warehouse, monkeypatch):
    # In the v1.5.0 format an insert into a keyed table fills the last row group and a checkpoint
    # rewrites all of it: the row group size bounds what each later checkpoint rewrites.
    monkeypatch.setattr("storywatch.store.warehouse.ROW_GROUP_SIZE", 2048)
    warehouse.init()
    for batch in range(3):
        vs = [Version(f"v{batch}-{i}", "a1", "s", 1, "h", None, "text " * 50, None, NOW, "k", None, None,
                      "en", (1,) * 128, "r1") for i in range(2000)]
        assert warehouse.commit({"versions": to_table(vs, Version)}) == {"versions": 2000}
    with warehouse.reader() as con:
        groups = con.execute("SELECT row_group_id, max(count) FROM pragma_storage_info('versions') "
                             "WHERE column_name = 'version_id' GROUP BY ALL").fetchall()
    assert len(groups) >= 3 and max(n for _, n in groups) <= 2048, groups


def test_band_rows_and_claims_land_once_with_their_version(warehouse):
    warehouse.init()
    assert warehouse.commit(_version_batch("v1")) == {"versions": 1, "lsh_bands": 32, "claims": 3}
    assert warehouse.commit(_version_batch("v1")) == {"versions": 0, "lsh_bands": 0, "claims": 0}
    assert warehouse.commit(_version_batch("v2")) == {"versions": 1, "lsh_bands": 32, "claims": 3}
    with warehouse.reader() as con:
        assert con.execute("SELECT count(DISTINCT claim_id), count(*) FROM claims").fetchall() == [(6, 6)]


def test_init_drops_the_primary_key_of_an_old_claims_table(warehouse):
    warehouse.init()
    warehouse.commit(_version_batch("v1"))
    with warehouse._connection(read_only=False) as con:
        ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'claims'").fetchall()[0][0]
        con.execute("ALTER TABLE claims RENAME TO claims_now")
        con.execute(ddl.replace("claim_id VARCHAR NOT NULL", "claim_id VARCHAR PRIMARY KEY"))
        con.execute("INSERT INTO claims SELECT * FROM claims_now")
        con.execute("DROP TABLE claims_now")
        assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'claims' "
                           "AND constraint_type = 'PRIMARY KEY'").fetchall()[0][0] == 1
        before = con.execute("SELECT * FROM claims ORDER BY claim_id").fetchall()
        con.execute("DROP TABLE schema_migrations")     # as a warehouse made before the steps were recorded
    warehouse.init()
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'claims' "
                           "AND constraint_type = 'PRIMARY KEY'").fetchall()[0][0] == 0
        assert con.execute("SELECT * FROM claims ORDER BY claim_id").fetchall() == before
    assert warehouse.commit(_version_batch("v2"))["claims"] == 3


def test_init_drops_the_primary_key_of_an_old_lsh_bands_table(warehouse):
    warehouse.init()
    warehouse.commit(_version_batch("v1"))
    with warehouse._connection(read_only=False) as con:
        con.execute("DROP TABLE lsh_bands")
        con.execute("CREATE TABLE lsh_bands (story VARCHAR NOT NULL, band SMALLINT NOT NULL, bucket BIGINT "
                    "NOT NULL, version_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, "
                    "PRIMARY KEY (story, band, bucket, version_id))")
        con.execute("INSERT INTO lsh_bands VALUES ('s', 0, 1000, 'v1', 'r1')")
        con.execute("DROP TABLE schema_migrations")     # as a warehouse made before the steps were recorded
    warehouse.init()
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'lsh_bands' "
                           "AND constraint_type = 'PRIMARY KEY'").fetchall()[0][0] == 0
        assert con.execute("SELECT * FROM lsh_bands").fetchall() == [("s", 0, 1000, "v1", "r1")]


def test_a_batch_lands_whole_or_not_at_all(warehouse):
    warehouse.init()
    err = to_table([SourceError("e1", "r2", "s", "src", False, "msg", NOW)], SourceError)
    with pytest.raises(Exception):
        warehouse.commit({"source_errors": err, "runs": _run("r2"), "no_such_table": _run("r3")})
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM source_errors").fetchall()[0][0] == 0
        assert con.execute("SELECT count(*) FROM runs").fetchall()[0][0] == 0


def test_parquet_mirror_per_run_and_rebuild(warehouse):
    warehouse.init()
    warehouse.commit({"runs": _run("r1")})
    assert warehouse.mirror() == 1
    assert warehouse.mirror() == 0                     # nothing missing
    path = warehouse.parquet_root / "runs" / "run-r1.parquet"
    assert pq.read_table(path).column("run_id").to_pylist() == ["r1"]
    path.unlink()                                      # a crash between commit and mirror
    warehouse.commit({"runs": _run("r2")})
    assert warehouse.mirror() == 2                     # mends r1, writes r2
    assert warehouse.rebuild_mirror() == 2
    assert not list(warehouse.parquet_root.glob("*/.*.tmp"))


def test_the_mirror_of_a_big_run_fits_the_duckdb_cap_whatever_the_thread_count(warehouse, monkeypatch):
    # A Parquet writer buffers a row group per thread: 8,192 versions of 3 KB text is 25 MB each,
    # which failed a 100k-article backfill's mirror at a 128 MB cap. One writer, row groups of at
    # most MIRROR_ROW_GROUP_BYTES: the mirror fits a 48 MB cap on an 8-thread connection.
    warehouse.init()
    with warehouse._transaction() as con:
        con.execute("INSERT INTO versions SELECT 'v' || i, 'a' || i, 's', 1, md5(i::VARCHAR), NULL, "
                    "(SELECT string_agg(md5((i * 64 + j)::VARCHAR), ' ') FROM range(90) t(j)), NULL, "
                    "now(), 'k' || i, NULL, NULL, 'en', NULL, 'r1' FROM range(30000) r(i)")
    monkeypatch.setattr("storywatch.store.warehouse.MEMORY_LIMIT", "48MB")
    with warehouse.reader() as con:
        con.execute("SET threads = 8")
        assert warehouse.mirror_missing("versions", con) == 1
        assert con.execute("SELECT current_setting('threads')").fetchall() == [(8,)]
    path = warehouse.parquet_root / "versions" / "run-r1.parquet"
    ids = pq.read_table(path, columns=["version_id"]).column(0).to_pylist()
    assert len(ids) == 30000 and set(ids) == {f"v{i}" for i in range(30000)}


def _hold_writer(root, seconds, ready):
    w = Warehouse(root)
    with w._connection(read_only=False):
        ready.set()
        time.sleep(seconds)


def test_reader_waits_for_a_committing_writer_then_says_who_holds_it(warehouse):
    warehouse.init()
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_writer, args=(str(warehouse.root), 1.0, ready))
    p.start()
    ready.wait(20)
    with warehouse.reader() as con:                   # waits out a short commit
        assert con.execute("SELECT count(*) FROM runs").fetchall()[0][0] == 0
    p.join()
    p = ctx.Process(target=_hold_writer, args=(str(warehouse.root), 5.0, ready))
    ready.clear()
    p.start()
    ready.wait(20)
    with pytest.raises(WarehouseBusy, match="another process holds"):
        with warehouse._connection(read_only=True, wait_s=0.5):
            pass
    p.join()


def _take_run_lock(root, q):
    # the holder keeps the lock until the other process has said it waits (a flag file), so the
    # two always overlap, however slowly a busy machine starts them
    w = Warehouse(root)
    waiting = os.path.join(root, "waiting.flag")

    def say(m):
        q.put(("said", m))
        open(waiting, "w").close()
    with w.run_lock(say=say):
        q.put(("got", time.monotonic()))
        deadline = time.monotonic() + 30
        while not os.path.exists(waiting) and time.monotonic() < deadline:
            time.sleep(0.05)
    q.put(("released", time.monotonic()))


def test_a_second_connection_in_this_process_waits_for_the_first(warehouse):
    # every connection attaches the file to an in-memory DuckDB of its own: a second one in the
    # same process waits like one from another process, then says who holds the file
    warehouse.init()
    held, release = threading.Event(), threading.Event()

    def hold():
        with warehouse._connection(read_only=False):
            held.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    with pytest.raises(WarehouseBusy, match="another connection of this process"):
        with warehouse._connection(read_only=True, wait_s=0.3):
            pass
    threading.Timer(0.3, release.set).start()
    with warehouse._connection(read_only=False, wait_s=5) as second:
        assert second.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]
    holder.join()


def test_two_runs_never_interleave(warehouse):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_take_run_lock, args=(str(warehouse.root), q)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    events = [q.get(timeout=5) for _ in range(5)]
    got = sorted(t for k, t in events if k == "got")
    released = sorted(t for k, t in events if k == "released")
    assert len(got) == 2 and got[1] >= released[0]
    assert any(k == "said" and "a run is in progress" in m for k, m in events)


def test_stories_of_one_process_take_the_run_lock_in_turn_without_a_word(warehouse):
    # an all-stories run works on stories in threads: their commits still never interleave
    said, inside, overlap = [], [0], []
    gate = threading.Barrier(2)

    def story():
        gate.wait(5)
        with warehouse.run_lock(say=said.append):
            inside[0] += 1
            overlap.append(inside[0])
            time.sleep(0.3)
            inside[0] -= 1
    threads = [threading.Thread(target=story) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert overlap == [1, 1] and said == []


def _hold_lock_unnamed(warehouse, name_after_s: float | None, hold_s: float, said: list) -> None:
    """Hold the run lock as a holder does in the moment between locking and writing its name (or
    one that never writes it), while run_lock waits in a thread with say=said.append."""
    import fcntl

    from storywatch.store.warehouse import LOCK_FILE
    warehouse.root.mkdir(parents=True, exist_ok=True)
    with open(warehouse.root / LOCK_FILE, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.flush()
        def wait_turn() -> None:
            with warehouse.run_lock(say=said.append):
                pass
        waiter = threading.Thread(target=wait_turn)
        waiter.start()
        if name_after_s is not None:
            time.sleep(name_after_s)
            fh.write(f"pid {os.getpid()} since now\n")
            fh.flush()
        time.sleep(hold_s)
        fh.seek(0)
        fh.truncate()
        fh.flush()
        fcntl.flock(fh, fcntl.LOCK_UN)
    waiter.join(10)


def test_a_waiter_reads_the_holder_name_once_it_is_written_not_the_empty_file_before(warehouse):
    # a story of this process locks, then names itself: a waiter that looked in between said
    # "another process" (a flaky word in an all-stories run); now it waits for the name
    said: list[str] = []
    _hold_lock_unnamed(warehouse, name_after_s=0.5, hold_s=0.3, said=said)
    assert said == []


def test_a_holder_that_never_names_itself_is_reported_after_a_second(warehouse):
    said: list[str] = []
    _hold_lock_unnamed(warehouse, name_after_s=None, hold_s=1.6, said=said)
    assert len(said) == 1 and "a run is in progress (another process)" in said[0]


def test_a_batch_left_in_the_log_is_read_back_and_the_run_commit_checkpoints_it(warehouse):
    warehouse.init()
    wal = warehouse.db_path.with_name(warehouse.db_path.name + ".wal")
    assert warehouse.commit({"runs": _run("r1")}, checkpoint=False) == {"runs": 1}
    assert wal.exists() and warehouse.log_bytes() == wal.stat().st_size > 0
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM runs").fetchall()[0][0] == 1
    assert warehouse.commit({"runs": _run("r2")}) == {"runs": 1}
    assert not wal.exists() and warehouse.log_bytes() == 0


def test_connections_reuse_one_in_memory_database_and_none_of_its_state(warehouse, monkeypatch):
    # creating the in-memory DuckDB a connection attaches the file to costs ~15 ms: a run's six
    # connections make one; each use is a fresh connection, so what one registers ends with it
    made = []
    connect = duckpool.duckdb.connect
    monkeypatch.setattr(duckpool.duckdb, "connect", lambda **kw: made.append(kw) or connect(**kw))
    duckpool.close_idle()
    warehouse.init()
    warehouse.commit({"runs": _run("r1")}, checkpoint=False)
    with warehouse.reader() as con:
        con.register("mine", _run("r9"))
        con.execute("SET search_path = 'memory'")
        assert con.execute("SELECT run_id FROM mine").fetchall() == [("r9",)]
    with warehouse.reader() as con:
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]
        with pytest.raises(duckdb.CatalogException):
            con.execute("SELECT * FROM mine")
    assert len(made) == 1


def test_a_connection_left_in_a_transaction_is_closed_not_kept(warehouse):
    warehouse.init()
    duckpool.close_idle()
    with warehouse.reader() as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("SELECT count(*) FROM runs").fetchall()
    assert duckpool.kept() == 0
    assert warehouse.commit({"runs": _run("r1")}) == {"runs": 1}
    assert duckpool.kept() == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork: POSIX only")
def test_kept_databases_are_closed_before_a_fork(warehouse):
    # a DuckDB database's threads do not exist in a forked child: the child must never hold one
    duckpool.close_idle()
    warehouse.init()
    assert duckpool.kept() == 1
    pid = os.fork()
    if pid == 0:                                                  # the child
        ok = duckpool.kept() == 0
        with warehouse.reader() as con:
            ok = ok and con.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]
        os._exit(0 if ok else 1)
    assert os.waitpid(pid, 0)[1] == 0
    assert duckpool.kept() == 0
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]


def test_few_databases_are_kept_however_many_warehouses_a_process_touches(tmp_path):
    duckpool.close_idle()
    for i in range(5):
        Warehouse(tmp_path / f"w{i}").init()
    assert duckpool.kept() == duckpool.KEEP
