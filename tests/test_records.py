from datetime import datetime, timezone

import duckdb
import pyarrow as pa
import pytest

from storywatch.records import RECORD_TYPES, Run, SourceError, to_table
from storywatch.store import schema_sql

_DUCK = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "INTEGER": pa.int32(),
         "SMALLINT": pa.int16(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(),
         "TIMESTAMP WITH TIME ZONE": pa.timestamp("us", tz="UTC"),
         "UINTEGER[]": pa.list_(pa.uint32()), "VARCHAR[]": pa.list_(pa.string())}


def test_schema_sql_matches_record_schemas():
    con = duckdb.connect()
    con.execute(schema_sql())
    for table, cls in RECORD_TYPES.items():
        cols = con.execute(f"DESCRIBE {table}").fetchall()
        assert [c[0] for c in cols] == cls.SCHEMA.names, table
        for (name, dtype, *_), field in zip(cols, cls.SCHEMA):
            assert _DUCK[dtype] == field.type, f"{table}.{name}: {dtype} vs {field.type}"


def test_a_record_that_does_not_fit_fails_at_the_boundary():
    now = datetime.now(timezone.utc)
    good = Run("r1", "s", now, now, 1, 1, 0, 3, 1, 0, 0)
    assert to_table([good], Run).num_rows == 1
    with pytest.raises(TypeError):
        to_table([good], SourceError)
    bad = Run("r1", "s", now, now, "many", 1, 0, 3, 1, 0, 0)
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_table([bad], Run)
