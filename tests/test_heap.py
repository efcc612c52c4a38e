"""heap.freeze_long_lived: frozen once per process, and handed back at exit."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc, duckdb
from storywatch.heap import freeze_long_lived
con = duckdb.connect()
con.execute("SELECT 42").fetchall()
freeze_long_lived()
first = gc.get_freeze_count()
freeze_long_lived()
print(first > 0 and gc.get_freeze_count() == first)
"""


def test_freeze_once_and_exit_without_leak_reports() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert "leak" not in done.stderr, done.stderr     # DuckDB's bindings complain of frozen objects
