"""Store: the warehouse (one DuckDB file, one writer, batches that land whole, a Parquet mirror),
and the plan stage that decides what a batch adds against it."""
from storywatch.store import sandbox
from storywatch.store.plan import Plan, plan
from storywatch.store.sql import schema_sql
from storywatch.store.warehouse import TABLES, Warehouse, WarehouseBusy

__all__ = ["sandbox", "Plan", "plan", "TABLES", "Warehouse", "WarehouseBusy", "schema_sql"]
