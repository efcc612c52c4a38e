"""The whole pass over the real seeds, without Prefect (the flow only wires these stages)."""
import shutil
from pathlib import Path

from storywatch.pipeline import run_story
from conftest import SEEDS

BOILERPLATE = ("Getty", "Unemployment", "Real Time Analytics", "Caleb", "High-Definition",
               "PhD", "Master", "decade", "For more insights")


def _count(wh, table):
    with wh.reader() as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_seed_story_alerts_once_on_the_deal_value(story, warehouse):
    s = run_story(story, warehouse, say=lambda m: None)
    assert (s.new_articles, s.new_versions, s.duplicates, len(s.errors)) == (2, 2, 0, 0)
    assert len(s.alerts) == 1
    a = s.alerts[0]
    assert (a.kind, a.subject) == ("figure_changed", "deal value")
    assert (a.old_value, a.old_unit, a.new_value, a.new_unit) == (1.5e9, "USD", 1.5e9, "EUR")
    assert "$1.5 billion" in a.old_text and "1.5 billion euros" in a.new_text and "$1.55 billion" in a.new_text
    assert "1.5 billion euros" in a.evidence and a.evidence.endswith(".")
    assert a.old_url == "seed:italy-spacex/000_762e4873f08c2ef8.txt"
    assert a.new_url == "seed:italy-spacex/002_b4d0339e3ac2ca88.txt"


def test_rerun_adds_nothing(story, warehouse):
    run_story(story, warehouse, say=lambda m: None)
    before = {t: _count(warehouse, t) for t in ("articles", "versions", "claims", "alerts")}
    s = run_story(story, warehouse, say=lambda m: None)
    assert (s.new_articles, s.new_versions, s.new_claims, len(s.alerts), s.unchanged) == (0, 0, 0, 0, 2)
    assert {t: _count(warehouse, t) for t in before} == before
    assert _count(warehouse, "runs") == 2


def test_boilerplate_yields_no_claim_and_the_rewrite_never_leads(story, warehouse):
    run_story(story, warehouse, say=lambda m: None)
    with warehouse.reader() as con:
        rows = con.execute("SELECT sentence, role, kind, subject, value, unit, status FROM claims").fetchall()
        leads = con.execute("SELECT subject, value, unit, status, sentence FROM claims c JOIN versions v "
                            "USING (version_id) WHERE role = 'lead' ORDER BY v.order_key").fetchall()
    for sentence, *_ in rows:
        assert not any(b in sentence for b in BOILERPLATE), sentence
    rewrite = [r for r in rows if "approximately 1.5 billion euros" in r[0] or "Italy Partners" in r[0]]
    assert rewrite and all(r[1] == "duplicate" for r in rewrite)
    money = [(s, v, u) for s, v, u, _st, _ in leads if s == "deal value"]
    assert money == [("deal value", 1.5e9, "USD"), ("deal value", 1.5e9, "EUR")]
    statuses = [st for s, _v, _u, st, _ in leads if s == "deal status"]
    assert statuses == ["negotiating", "negotiating"]


def test_a_bad_seed_is_one_clear_error_and_the_others_go_on(story, warehouse, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "001_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (seeds / "003_latin1.txt").write_bytes("Italia e SpaceX: trattativa da 1,5 miliardi di euro, perché".encode("latin-1"))
    s = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    assert s.new_versions == 2 and len(s.alerts) == 1
    messages = sorted(e.message for e in s.errors)
    assert len(messages) == 2
    assert "001_binary.txt: binary file" in messages[0]
    assert "003_latin1.txt: not UTF-8" in messages[1] and "save it as UTF-8" in messages[1]
    assert _count(warehouse, "source_errors") == 2


def _signed_update(seeds):
    """The second seed updated: the deal signed, now worth 1.6 billion euros (two alerts)."""
    second = seeds / "002_b4d0339e3ac2ca88.txt"
    anchor = "roughly equating to $1.55 billion."
    text = second.read_text(encoding="utf-8")
    assert anchor in text
    second.write_text(text.replace(anchor, anchor + " Update: on Friday Italy and SpaceX signed the "
                                   "contract, now worth 1.6 billion euros, officials said.", 1),
                      encoding="utf-8")


def test_a_new_seed_version_is_compared_and_stored(story, warehouse, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    _signed_update(seeds)
    s = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    assert (s.new_articles, s.new_versions, s.unchanged) == (0, 1, 1)
    with warehouse.reader() as con:
        seqs = con.execute("SELECT seq FROM versions WHERE article_id = (SELECT article_id FROM "
                           "articles WHERE url LIKE '%002_%') ORDER BY seq").fetchall()
    assert seqs == [(1,), (2,)]
    changes = sorted((a.kind, a.old_value or a.old_status, a.new_value or a.new_status) for a in s.alerts)
    assert changes == [("figure_changed", 1.5e9, 1.6e9), ("status_changed", "negotiating", "signed")]
    assert all("signed the contract" in a.evidence for a in s.alerts)


def test_the_summary_lists_the_first_alerts_and_counts_all(story, warehouse, tmp_path, monkeypatch):
    from storywatch import pipeline
    from storywatch.pipeline import summary

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    _signed_update(seeds)
    monkeypatch.setattr(summary, "SUMMARY_ALERTS", 1)
    s = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    assert (len(s.alerts), s.alert_count, s.as_json()["alert_count"]) == (1, 2, 2)
    assert "2 alerts" in s.lines()[0]
    assert f"  … and 1 more alert: storywatch sql \"SELECT * FROM alerts WHERE run_id = '{s.run_id}'\"" in s.lines()
    with warehouse.reader() as con:
        stored = {r[0] for r in con.execute("SELECT alert_id FROM alerts WHERE run_id = ?", [s.run_id]).fetchall()}
        counted = con.execute("SELECT new_alerts FROM runs WHERE run_id = ?", [s.run_id]).fetchall()
    assert counted == [(2,)] and s.alerts[0].alert_id in stored
    read_back = [a.alert_id for a in pipeline.run_alerts(warehouse, s.run_id, chunk=1)]
    assert sorted(read_back) == read_back and set(read_back) == stored and len(read_back) == 2


def test_long_work_reports_progress_batch_by_batch(story, warehouse, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for i in range(5):
        (seeds / f"9{i}_extra.txt").write_text(f"Italy and SpaceX talks, note {i}: no figures here.\n",
                                               encoding="utf-8")
    s = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None, batch_size=3)
    err = capsys.readouterr().err
    assert s.new_versions == 7
    assert [ln for ln in err.splitlines() if "documents" in ln] == [
        "storywatch: italy-spacex: 3/7 documents", "storywatch: italy-spacex: 6/7 documents",
        "storywatch: italy-spacex: 7/7 documents"]


# load_state's specification: per subject the lead claim of the latest non-duplicate version,
# later revision (seq) first, then the earliest position: written as a window over every row.
_STATE_SPEC = """
SELECT c.claim_id FROM claims c JOIN versions v USING (version_id)
WHERE c.story = ? AND c.role = 'lead' AND v.duplicate_of IS NULL
QUALIFY row_number() OVER (PARTITION BY c.subject, c.kind ORDER BY v.order_key DESC, v.seq DESC, c.position) = 1
"""


def _derived(warehouse, select: str):
    with warehouse.reader() as con:
        return con.sql(select).to_arrow_table()


_LATEST = "(SELECT arg_max(version_id, order_key) FROM versions)"


def _commit_revision(warehouse, tag: str, seq_add: int, claims_select: str) -> None:
    """A later revision (id suffix ``tag``) of the story's latest version, committed as a batch is,
    with the claims ``claims_select`` derives from that version's (``{tag}`` and ``{latest}`` filled)."""
    revs = _derived(warehouse, f"SELECT * REPLACE (version_id || '{tag}' AS version_id, seq + {seq_add} AS seq, "
                    f"content_hash || '{tag}' AS content_hash) FROM versions WHERE version_id IN {_LATEST}")
    claims = _derived(warehouse, claims_select.format(tag=tag, latest=_LATEST))
    warehouse.commit({"versions": revs, "claims": claims})


def test_load_state_picks_what_the_window_specification_picks_ties_included(story, warehouse):
    from storywatch.store.plan import load_state

    run_story(story, warehouse, say=lambda m: None)
    # ties, committed as a batch is: a later revision (higher seq) of the latest version at the same
    # order_key, leading at position 0, and each of its lead claims repeated further down it (same
    # key but position: the earlier one wins)
    _commit_revision(warehouse, "-rev", 100,
                     "SELECT c.* REPLACE (claim_id || suffix AS claim_id, version_id || '{tag}' AS version_id, "
                     "pos AS position) FROM claims c, (VALUES ('-rev', 0), ('-later', 5)) t(suffix, pos) "
                     "WHERE role = 'lead' AND version_id IN {latest}")
    with warehouse.reader() as con:
        want = {r[0] for r in con.execute(_STATE_SPEC, [story.slug]).fetchall()}
        got = load_state(con, story.slug)
    assert len(got) >= 2 and any(c.endswith("-rev") for c in want)
    assert {s.claim.claim_id for s in got.values()} == want


def test_fact_state_follows_every_commit_and_is_derived_once_for_an_older_warehouse(story, warehouse, tmp_path):
    # batches of one document, updates and late arrivals: after each run the kept state is what
    # the specification computes over every stored claim; a warehouse without the table gets it
    # from its claims when opened
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = ["Italy and SpaceX are in talks over a €1.5 billion deal, officials said.",
             "Italy and SpaceX signed a $1.6 billion deal for secure communications.",
             "Italy and SpaceX talks stalled; the €1.5 billion deal is on hold."]
    for i, text in enumerate(texts):
        (seeds / f"{i}_story.txt").write_text(text + "\n", encoding="utf-8")
        run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None, batch_size=1)
        with warehouse.reader() as con:
            want = {r[0] for r in con.execute(_STATE_SPEC, [story.slug]).fetchall()}
            kept = {r[0] for r in con.execute("SELECT claim_id FROM fact_state").fetchall()}
        assert kept == want and len(want) >= 2
    with warehouse._transaction() as con:
        con.execute("DROP TABLE fact_state")
        con.execute("DROP TABLE schema_migrations")    # as a warehouse from before migrations
    warehouse.init()
    with warehouse.reader() as con:
        assert {r[0] for r in con.execute("SELECT claim_id FROM fact_state").fetchall()} == want


def test_batches_are_even_in_order_and_no_bigger_than_asked():
    from storywatch.pipeline import batches

    assert [len(b) for b in batches(list(range(724)), 100)] == [91] * 4 + [90] * 4   # not 7 × 100 + 24
    assert batches([], 100) == [[]]
    for n in (1, 99, 100, 101, 499, 500, 1001):
        for size in (1, 7, 100):
            parts = batches(list(range(n)), size)
            assert [x for p in parts for x in p] == list(range(n))
            assert len(parts) == -(-n // size) and max(map(len, parts)) <= size
            assert max(map(len, parts)) - min(map(len, parts)) <= 1


def test_fetch_batches_keep_each_host_with_one_fetcher_when_polite():
    from storywatch.ingest.collect import PageRequest
    from storywatch.pipeline import fetch_batches

    reqs = [PageRequest(f"https://{h}.example/{i}", "feed", None, i)
            for i, h in enumerate(["a", "b", "a", "c", "b", "a", "d"] * 30)]
    hosts = lambda batch: {r.url.split("/")[2] for r in batch}  # noqa: E731
    polite = fetch_batches(reqs, 100, polite=True)
    assert sorted(r.seq for b in polite for r in b) == list(range(len(reqs)))
    for i, b in enumerate(polite):       # no host is asked from two batches (two fetchers at once)
        assert not hosts(b) & set().union(*(hosts(o) for o in polite[i + 1:]))
    assert [len(b) for b in polite] == [90, 90, 30]          # a | b + c | d: packed, in order met
    assert [hosts(b) for b in polite] == [{"a.example"}, {"b.example", "c.example"}, {"d.example"}]
    # one host with more pages than a batch stays whole; without pauses, even batches as usual
    assert [len(b) for b in fetch_batches(reqs[:1] * 250, 100)] == [250]
    assert [len(b) for b in fetch_batches(reqs, 100, polite=False)] == [70, 70, 70]
    assert fetch_batches([], 100) == [[]]


def test_run_logs_compacted_to_arrow_are_stored_whole_and_in_order():
    from datetime import datetime, timezone

    from storywatch.ingest import PagesRead, RunLog
    from storywatch.records import EntryLog, FetchLog, to_table

    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    entries = [EntryLog("s", "http://f.example/feed", f"e{i}", f"fp{i}", f"http://f.example/{i}", f"t{i}",
                        None, None, now, "r") for i in range(5)]
    fetches = [FetchLog(f"id{i}", "s", f"http://f.example/{i}", None, None, None, [], None, None, "error", now, "r")
               for i in range(7)]
    empty = RunLog().log_tables()
    assert {k: t.num_rows for k, t in empty.items()} == {"feed_polls": 0, "discover_polls": 0, "feed_entries": 0,
                                                         "fetches": 0}
    assert empty["fetches"].schema == FetchLog.SCHEMA
    cov = RunLog(entries=list(entries[:3]))
    cov.compact()
    cov.entries += entries[3:]
    cov.absorb([PagesRead(fetches=fetches[:4]), PagesRead(fetches=fetches[4:])])
    assert not cov.fetches and len(cov.compacted["fetches"]) == 1       # held as Arrow, not records
    tables = cov.log_tables()
    assert tables["feed_entries"].equals(to_table(entries, EntryLog))
    assert tables["fetches"].equals(to_table(fetches, FetchLog))


def test_staging_returns_documents_in_reporting_order_whole_and_in_batches(monkeypatch):
    from datetime import datetime, timedelta, timezone

    from storywatch.ingest import staging
    from storywatch.ingest.sources import RawDocument, order_key

    t0 = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)

    def doc(i):
        when = None if i % 5 == 0 else t0 + timedelta(hours=i % 4)
        return RawDocument(f"https://x.example/{i % 7}", "feed", f"https://x.example/feed#{i}", f"text {i} — è",
                           None if i % 3 else f"title {i}", when, order_key(when, f"https://x.example/{i % 7}"),
                           None if i % 2 else "outlet", "it" if i % 2 else None)

    docs = [doc(i) for i in range(23)]
    monkeypatch.setattr(staging, "RUN_ROWS", 3)        # runs of several record batches
    results = {}
    # held in memory; spilled midway; spilled from the start; spilled one document at a time with
    # runs merged pairwise as they come (FAN_IN 2: 23 runs leave one run per set bit of 23)
    for case, spill_after, fan_in, adds in (("memory", 100, 32, [10, 0, 13]), ("midway", 10, 32, [10, 0, 13]),
                                             ("start", 0, 32, [10, 0, 13]), ("merged", 0, 2, [1] * 23)):
        monkeypatch.setattr(staging, "FAN_IN", fan_in)
        with staging.Staging(spill_after) as staged:
            start = 0
            for n in adds:
                staged.add(docs[start:start + n])
                start += n
            got = list(staged.batches(4))
            assert staged.count == 23 and staged.spilled is (spill_after < 23)
            folder = Path(staged._dir.name) if staged.spilled else None
            if case == "merged":
                staged.add([])                          # nothing to keep: no run written
                assert len(staged._runs) == bin(23).count("1") == len(list(folder.iterdir()))
        assert [len(b) for b in got] == [4] * 5 + [3], case
        results[case] = [d for b in got for d in b]
        assert folder is None or not folder.exists()     # nothing of the run's texts is left behind
    # sorted by reporting order; equal keys keep their arrival order, fields round-trip unchanged
    want = sorted(docs, key=lambda d: d.order_key)
    assert all(r == want for r in results.values()), [k for k, r in results.items() if r != want]


def test_views_hold_one_fact_per_subject_and_kind(story, warehouse):
    # a lead percent of a subject beside its lead money figure: current_facts, facts_as_of and
    # outlet_disagreements treat them as two facts (a percent never "disagrees" with a money figure)
    run_story(story, warehouse, say=lambda m: None)
    # a later revision of the latest version that leads the deal's value twice: money, and percent
    _commit_revision(warehouse, "-pct", 1,
                     "SELECT c.* REPLACE (claim_id || suffix AS claim_id, version_id || '{tag}' AS version_id, "
                     "CASE WHEN pct THEN 'percent' ELSE kind END AS kind, CASE WHEN pct THEN 40.0 ELSE value END "
                     "AS value, CASE WHEN pct THEN '%' ELSE unit END AS unit) FROM claims c, (VALUES ('-usd', "
                     "false), ('-pct', true)) t(suffix, pct) WHERE role = 'lead' AND subject = 'deal value' "
                     "AND version_id IN {latest}")
    with warehouse.reader() as con:
        current = con.execute("SELECT kind, unit FROM current_facts WHERE subject = 'deal value' "
                              "ORDER BY kind").fetchall()
        as_of = con.execute("SELECT count(*) FROM facts_as_of(now()) WHERE subject = 'deal value'").fetchall()
        crossed = con.execute("SELECT count(*) FROM outlet_disagreements WHERE unit = '%'").fetchall()
        kept = con.execute("SELECT kind FROM fact_state WHERE subject = 'deal value' ORDER BY kind").fetchall()
    assert current == [("money", "EUR"), ("percent", "%")] and as_of == [(2,)]
    assert crossed == [(0,)] and kept == [("money",), ("percent",)]
