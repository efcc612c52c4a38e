"""The README documents every table, column, view and option; its commands are what CI runs."""
import re

import duckdb

from storywatch.app.cli import parser
from storywatch.store import schema_sql
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_table_and_column_is_documented():
    con = duckdb.connect()
    con.execute(schema_sql())
    for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
        m = re.search(rf"### `{table}`[^\n]*\n((?:\|.*\n)+)", README)
        assert m, f"table {table} is not documented"
        documented = re.findall(r"^\| `(\w+)` \|", m.group(1), re.M)
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        assert documented == columns, table
    for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
        assert f"| `{view}` |" in README, f"view {view} is not documented"


def test_every_cli_option_is_documented():
    p = parser()
    sub = next(a for a in p._actions if a.dest == "command")
    for name, sp in sub.choices.items():
        assert f"storywatch {name}" in README, name
        for action in sp._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}" in README, f"{name} {opt}"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    commands = [ln for ln in blocks[0].splitlines() if ln and not ln.startswith("#")]
    assert len(commands) == 2
    assert commands[0].endswith("storywatch run")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


def test_readme_sql_examples_run_on_a_real_warehouse(story, warehouse):
    from storywatch.pipeline import run_story
    run_story(story, warehouse, say=lambda m: None)
    sql = re.search(r"```sql\n(.*?)```", README, re.S).group(1)
    statements = ["\n".join(ln for ln in s.splitlines() if not ln.strip().startswith("--")).strip()
                  for s in sql.split(";")]
    statements = [s for s in statements if s]
    assert len(statements) >= 5
    results = {}
    with warehouse.reader() as con:
        for s in statements:
            results[s] = con.execute(s).fetchall()
    assert any(r for r in results.values())
    facts = results[statements[0]]
    assert ("deal value", "money", 1.5e9, "EUR") in [r[:4] for r in facts]


def test_readme_gives_local_clusters_dask_settings_for_a_users_own_cluster():
    # the README repeats flows/dask_runner's timer settings as DASK_ variables: they must not drift
    from flows.dask_runner import _HOUSEKEEPING

    quiet = {**_HOUSEKEEPING, "distributed.worker.profile.enabled": False}
    for key, value in quiet.items():
        env = "DASK_" + key.upper().replace(".", "__").replace("-", "_")
        assert f"{env}={value}" in README, env


def test_every_status_lifecycle_is_documented():
    """The README's status vocabulary lists each lifecycle of facts/data/lifecycles.toml with every
    status it can give (the data grows by story kind; the table must grow with it)."""
    import tomllib
    data = tomllib.loads((ROOT / "src/storywatch/facts/data/lifecycles.toml").read_text(encoding="utf-8"))
    rows = dict(re.findall(r"^\| (\w[\w ]*?) \| (.*) \|$", README.split("## Status vocabulary", 1)[1], re.M))
    for lifecycle in data["lifecycle"]:
        assert lifecycle["name"] in rows, f"lifecycle {lifecycle['name']} is not in the README's table"
        listed = re.findall(r"`([^`]+)`", rows[lifecycle["name"]])
        assert sorted(listed) == sorted(lifecycle["statuses"]), lifecycle["name"]
