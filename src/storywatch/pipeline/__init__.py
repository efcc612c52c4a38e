"""Pipeline: the run loop (``loop.run``) over the stages of ingest, text, facts and store, in this
process or as Prefect tasks; a run's totals and summary."""
from storywatch.pipeline.loop import IN_PROCESS, RunInterrupted, Stages, each, process, run, run_story
from storywatch.pipeline.stages import (BATCH_DOCS, PAGE_BATCH, batches, chunked, collect, commit_batch,
                                        count_documents, detect_alerts, extract_batch, extract_claims,
                                        extraction_items, fetch_batches, finish, new_run_id, run_alerts,
                                        seed_documents)
from storywatch.pipeline.summary import Summary, Totals

__all__ = ["IN_PROCESS", "RunInterrupted", "Stages", "each", "process", "run", "run_story", "BATCH_DOCS", "PAGE_BATCH",
           "batches", "chunked", "collect", "commit_batch", "count_documents", "detect_alerts",
           "extract_batch", "extract_claims", "extraction_items", "fetch_batches", "finish", "new_run_id",
           "run_alerts", "seed_documents", "Summary", "Totals"]
