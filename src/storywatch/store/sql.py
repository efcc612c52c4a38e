"""The SQL the store runs from more than one place: the schema (all DDL is in schema.sql) and
the statements that advance each fact's latest lead claim (fact_state) and the articles that
report it (fact_sources), from a batch's claims or from every stored claim."""
from __future__ import annotations

from importlib import resources

from storywatch.facts import PROMINENT_SENTENCES


def schema_sql() -> str:
    return resources.files("storywatch.store").joinpath("schema.sql").read_text(encoding="utf-8")


# fact_state's rows for the lead claims of ``claims`` (the batch's, or every one) with their
# ``versions``: per fact the greatest of them, replacing the stored row only where it is greater.
FACT_STATE_SQL = """
INSERT INTO fact_state
SELECT c.story, c.subject, c.kind, c.claim_id, c.version_id, c.article_id, v.order_key, v.seq, c.position
FROM {claims} c JOIN {versions} v ON v.version_id = c.version_id
WHERE c.role = 'lead' AND v.duplicate_of IS NULL
QUALIFY row_number() OVER (PARTITION BY c.story, c.subject, c.kind
                           ORDER BY v.order_key DESC, v.seq DESC, c.position, c.claim_id DESC) = 1
ON CONFLICT (story, subject, kind) DO UPDATE SET claim_id = excluded.claim_id, version_id = excluded.version_id,
    article_id = excluded.article_id, order_key = excluded.order_key, seq = excluded.seq,
    position = excluded.position
WHERE (excluded.order_key, excluded.seq, -excluded.position, excluded.claim_id)
    > (fact_state.order_key, fact_state.seq, -fact_state.position, fact_state.claim_id)
"""



# fact_sources' rows for the lead claims of ``claims`` with their ``versions``: one per
# (fact, article), prominent once any of its lead claims is.
FACT_SOURCES_SQL = """
INSERT INTO fact_sources
SELECT c.story, c.subject, c.kind, c.article_id,
       bool_or(c.block IN ('headline', 'subheadline') OR c.position < %d) AS prominent
FROM {claims} c JOIN {versions} v ON v.version_id = c.version_id
WHERE c.role = 'lead' AND v.duplicate_of IS NULL
GROUP BY ALL
ON CONFLICT (story, subject, kind, article_id) DO UPDATE SET prominent = prominent OR excluded.prominent
""" % PROMINENT_SENTENCES
