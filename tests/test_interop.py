"""The warehouse outside storywatch: the stock DuckDB 1.5 CLI, pyarrow and polars read it as documented."""
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from storywatch.pipeline import run_story
from storywatch.records import RECORD_TYPES

DUCKDB_CLI = shutil.which("duckdb", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from storywatch.story import load_story
    from storywatch.store.warehouse import Warehouse
    wh = Warehouse(tmp_path_factory.mktemp("interop"))
    run_story(load_story("italy-spacex"), wh, say=lambda m: None)
    return wh


def test_duckdb_1_5_cli_opens_the_file_and_runs_the_views(built):
    assert DUCKDB_CLI, "the duckdb-cli package (a test dependency) is not installed: pip install -e '.[test]'"
    version = subprocess.run([DUCKDB_CLI, "--version"], capture_output=True, text=True).stdout
    assert version.startswith("v1.5"), version
    out = subprocess.run([DUCKDB_CLI, "-readonly", "-csv", str(built.db_path), "-c",
                          "SELECT subject, value, unit FROM current_facts WHERE subject = 'deal value'; "
                          "SELECT count(*) AS n FROM alerts_with_evidence;"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "deal value,1500000000.0,EUR" in out.stdout and "n\n1" in out.stdout


@pytest.mark.parametrize("table", sorted(RECORD_TYPES))
def test_parquet_mirror_reads_in_pyarrow_and_polars_with_the_documented_schema(built, table):
    files = sorted((built.parquet_root / table).glob("run-*.parquet"))
    if table in ("feed_polls", "feed_entries", "fetches", "rejections", "source_errors", "discover_polls"):
        assert files == []            # the seed story has no coverage and no errors
        return
    assert files, table
    schema = RECORD_TYPES[table].SCHEMA
    arrow = pq.read_table(files[0])
    assert arrow.schema.names == schema.names
    for field in schema:
        assert arrow.schema.field(field.name).type.equals(field.type), (table, field.name)
    frame = pl.read_parquet(files)
    assert frame.columns == schema.names and frame.height == sum(pq.read_metadata(f).num_rows for f in files)
