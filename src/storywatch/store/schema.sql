-- storywatch warehouse: every table and view, in one file.
-- Column order and types match the Arrow schemas in records.py (tests/test_records.py checks it).
-- Every table carries run_id: the run that wrote the row. The Parquet mirror is one file per
-- table and run (parquet/<table>/run-<run_id>.parquet) and can always be rebuilt from here.

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,   -- stable_id(story, url)
    story        VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,      -- canonical URL, or seed:<story>/<file name>
    source_kind  VARCHAR NOT NULL,      -- seed | feed | page
    outlet       VARCHAR,
    first_seen   TIMESTAMPTZ NOT NULL,
    run_id       VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS versions (
    version_id   VARCHAR PRIMARY KEY,   -- stable_id(article_id, content_hash)
    article_id   VARCHAR NOT NULL,
    story        VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,      -- 1, 2, … per article
    content_hash VARCHAR NOT NULL,      -- sha256 of the normalized reporting text
    title        VARCHAR,
    text         VARCHAR NOT NULL,
    published    TIMESTAMPTZ,
    observed_at  TIMESTAMPTZ NOT NULL,
    order_key    VARCHAR NOT NULL,      -- reporting order within the story
    duplicate_of VARCHAR,               -- version this one repeats (near-duplicate), else NULL
    similarity   DOUBLE,
    language     VARCHAR,
    minhash      UINTEGER[],            -- MinHash signature of the text (near-duplicate detection)
    run_id       VARCHAR NOT NULL
);

-- No primary key (claim ids are unique by construction): a version's claims are written in the
-- transaction that stores the version, and only when the version is new (Warehouse.commit).
CREATE TABLE IF NOT EXISTS claims (
    claim_id     VARCHAR NOT NULL,      -- stable_id(version_id, position, kind, text)
    version_id   VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    story        VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,      -- money | percent | duration | count | status
    subject      VARCHAR NOT NULL,      -- deal value | deal duration | deal status | company valuation | …
    value        DOUBLE,
    value_high   DOUBLE,
    unit         VARCHAR,
    status       VARCHAR,
    text         VARCHAR NOT NULL,
    sentence     VARCHAR NOT NULL,
    approx       VARCHAR,
    alt_value    DOUBLE,
    alt_unit     VARCHAR,
    precision    DOUBLE,
    role         VARCHAR NOT NULL,      -- lead | mention | background | hedged | negated | duplicate
    block        VARCHAR NOT NULL,      -- headline | body | heading | list
    position     INTEGER NOT NULL,
    run_id       VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS alerts (
    alert_id       VARCHAR PRIMARY KEY, -- stable_id(story, kind, subject, old version, new version, old, new)
    story          VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,    -- figure_changed | status_changed | conflict
    subject        VARCHAR NOT NULL,
    old_value      DOUBLE,
    old_unit       VARCHAR,
    old_status     VARCHAR,
    old_text       VARCHAR,
    old_url        VARCHAR,
    old_published  TIMESTAMPTZ,
    old_version_id VARCHAR,
    new_value      DOUBLE,
    new_unit       VARCHAR,
    new_status     VARCHAR,
    new_text       VARCHAR NOT NULL,
    new_url        VARCHAR NOT NULL,
    new_published  TIMESTAMPTZ,
    new_version_id VARCHAR NOT NULL,
    evidence       VARCHAR NOT NULL,    -- the sentence carrying the new value
    old_evidence   VARCHAR,
    detected_at    TIMESTAMPTZ NOT NULL,
    run_id         VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS source_errors (
    error_id   VARCHAR PRIMARY KEY,
    run_id     VARCHAR NOT NULL,
    story      VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,        -- file path or URL
    transient  BOOLEAN NOT NULL,        -- true: retried and may succeed next run
    message    VARCHAR NOT NULL,        -- what is wrong and what to do
    recorded_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,
    story         VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    new_articles  INTEGER NOT NULL,
    new_versions  INTEGER NOT NULL,
    duplicates    INTEGER NOT NULL,
    new_claims    INTEGER NOT NULL,
    new_alerts    INTEGER NOT NULL,
    source_errors INTEGER NOT NULL,
    unchanged     INTEGER NOT NULL
);

-- LSH band hashes of each version's MinHash: a new text finds its near-duplicate candidates with
-- one join on these instead of a comparison with every stored version.
-- No primary key: 32 rows per version would make its ART index the biggest thing a run holds in
-- memory, growing with every version stored. A version's rows are written in the transaction that
-- stores the version, and only when the version is new (Warehouse.commit), so each lands once.
CREATE TABLE IF NOT EXISTS lsh_bands (
    story      VARCHAR NOT NULL,
    band       SMALLINT NOT NULL,
    bucket     BIGINT NOT NULL,
    version_id VARCHAR NOT NULL,
    run_id     VARCHAR NOT NULL
);

-- Coverage over HTTP: append-only logs; the current state of a feed or page is its latest row.
CREATE TABLE IF NOT EXISTS feed_polls (
    poll_id       VARCHAR PRIMARY KEY,
    story         VARCHAR NOT NULL,
    feed_url      VARCHAR NOT NULL,
    polled_at     TIMESTAMPTZ NOT NULL,
    not_modified  BOOLEAN NOT NULL,     -- the server answered 304
    etag          VARCHAR,              -- validators sent back on the next poll
    last_modified VARCHAR,
    entries       INTEGER NOT NULL,
    error         VARCHAR,              -- malformed feed (bozo) or fetch problem
    run_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS feed_entries (
    story       VARCHAR NOT NULL,
    feed_url    VARCHAR NOT NULL,
    entry_id    VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,       -- changes when the entry's id, updated, title or summary does
    link        VARCHAR,
    title       VARCHAR,
    published   TIMESTAMPTZ,
    updated     TIMESTAMPTZ,
    first_seen  TIMESTAMPTZ NOT NULL,
    run_id      VARCHAR NOT NULL,
    PRIMARY KEY (story, feed_url, entry_id, fingerprint)
);

CREATE TABLE IF NOT EXISTS fetches (
    fetch_id      VARCHAR PRIMARY KEY,
    story         VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,     -- requested URL
    final_url     VARCHAR,              -- after redirects
    article_url   VARCHAR,              -- canonical URL: the article's identity
    status        INTEGER,
    redirects     VARCHAR[],
    etag          VARCHAR,
    last_modified VARCHAR,
    outcome       VARCHAR NOT NULL,     -- fetched | not_modified | unreadable | error
    fetched_at    TIMESTAMPTZ NOT NULL,
    run_id        VARCHAR NOT NULL
);

-- Each poll of a news-search query (discover): the service, the request, what it answered, how many
-- items were new and how many of those the story kept. Its items are feed_entries of the query URL,
-- its validators a feed_polls row, as for any feed.
CREATE TABLE IF NOT EXISTS discover_polls (
    poll_id      VARCHAR PRIMARY KEY,
    story        VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,      -- gdelt | google-news | bing-news
    query_url    VARCHAR NOT NULL,
    polled_at    TIMESTAMPTZ NOT NULL,
    not_modified BOOLEAN NOT NULL,
    items        INTEGER NOT NULL,      -- items in the answer (at most the service's cap)
    new_items    INTEGER NOT NULL,      -- not seen before: listed to fetch
    kept         INTEGER NOT NULL,      -- of those, articles the story kept
    error        VARCHAR,               -- error page, HTML or malformed answer, flood, unresolvable links
    run_id       VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    story        VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    title        VARCHAR,
    reason       VARCHAR NOT NULL,      -- e.g. "does not mention Italy/Italian/Italia"
    recorded_at  TIMESTAMPTZ NOT NULL,
    run_id       VARCHAR NOT NULL,
    PRIMARY KEY (story, url, content_hash)
);

-- Each fact's (story, subject, kind) latest lead claim, as the next batch compares with it: the
-- greatest (order_key, seq, -position, claim_id) over the lead claims of non-duplicate versions.
-- Derived from claims and versions, and kept by every commit that adds claims, in that commit's
-- transaction (Warehouse.commit): both are append-only and a version's duplicate_of is set when it
-- is stored, so the latest of the old latest and a batch's lead claims is the latest of all. A
-- batch reads a row per fact, not every lead claim of the story. Not mirrored to Parquet (it
-- carries no run_id; a warehouse made before it gets it from its claims: migrations.py).
CREATE TABLE IF NOT EXISTS fact_state (
    story      VARCHAR NOT NULL,
    subject    VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    claim_id   VARCHAR NOT NULL,
    version_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    order_key  VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (story, subject, kind)
);

-- Which articles report each subject (story, subject, kind) in a lead claim, and whether one of
-- them does so prominently (in a headline, a subheadline or the opening sentences): what decides,
-- without configuration, which subjects are the story's facts (those that recur across articles or
-- lead an opening). Kept by every commit that adds claims, in its transaction, like fact_state.
-- Not mirrored to Parquet (no run_id; derived from claims: migrations.py).
CREATE TABLE IF NOT EXISTS fact_sources (
    story      VARCHAR NOT NULL,
    subject    VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    prominent  BOOLEAN NOT NULL,
    PRIMARY KEY (story, subject, kind, article_id)
);

-- The value each tracked fact holds now: the newest lead claim of every non-duplicate version.
CREATE OR REPLACE VIEW current_facts AS
SELECT story, subject, kind, value, unit, status, text, sentence, url, version_id, order_key
FROM (
    SELECT c.story, c.subject, c.kind, c.value, c.unit, c.status, c.text, c.sentence,
           a.url, v.version_id, v.order_key,
           row_number() OVER (PARTITION BY c.story, c.subject, c.kind ORDER BY v.order_key DESC, v.seq DESC) AS rn
    FROM claims c
    JOIN versions v USING (version_id)
    JOIN articles a ON a.article_id = v.article_id
    WHERE c.role = 'lead' AND v.duplicate_of IS NULL
)
WHERE rn = 1;

-- Every lead claim of a fact in reporting order, with its source: the fact's history.
CREATE OR REPLACE VIEW fact_history AS
SELECT c.story, c.subject, c.kind, c.value, c.unit, c.status, c.text, c.sentence,
       a.url, a.outlet, v.published, v.observed_at, v.order_key, v.version_id
FROM claims c
JOIN versions v USING (version_id)
JOIN articles a ON a.article_id = v.article_id
WHERE c.role = 'lead' AND v.duplicate_of IS NULL;

-- One row per digest for one notification target (outbox.py, Delivery.SCHEMA), recorded
-- ('pending') before it is sent and marked 'sent' or 'failed' after.
-- `target` is redacted to scheme://host[:port]: no user, password, token, path or query ever
-- lands here. An alert is in at most one digest per target; it is delivered once a 'sent' row
-- lists it. A 'pending' or 'failed' row is sent again, as itself, by the next send.
CREATE TABLE IF NOT EXISTS deliveries (
    delivery_id  VARCHAR PRIMARY KEY,   -- stable_id('delivery', story, target, sorted alert ids): also the
                                        -- email Message-ID <id.storywatch@host> and the webhook Idempotency-Key
    story        VARCHAR NOT NULL,
    target       VARCHAR NOT NULL,      -- scheme://host[:port] of the Apprise URL
    alert_ids    VARCHAR[] NOT NULL,    -- the alerts this digest carries
    status       VARCHAR NOT NULL,      -- pending | sent | failed
    attempts     INTEGER NOT NULL,      -- tries made over all sends (retried with backoff)
    error        VARCHAR,               -- last error, scrubbed of the URL's secrets; NULL once sent
    delivered_at TIMESTAMPTZ NOT NULL,  -- when the status last changed
    run_id       VARCHAR NOT NULL       -- the run that recorded the digest
);

-- The schema changes this warehouse has had: one row per step of migrations.py, written in the
-- step's transaction. Warehouse.init applies every step not listed here; a warehouse this file
-- has just created gets every step recorded (each is a no-op on it). Not mirrored to Parquet.
CREATE TABLE IF NOT EXISTS schema_migrations (
    name       VARCHAR PRIMARY KEY,     -- e.g. 0002_fact_state_from_claims
    applied_at TIMESTAMPTZ NOT NULL
);

-- Every alert with its evidence and both sources, newest first.
CREATE OR REPLACE VIEW alerts_with_evidence AS
SELECT detected_at, story, kind, subject,
       coalesce(old_status, old_text) AS was, coalesce(new_status, new_text) AS now,
       evidence, old_url, new_url, old_published, new_published, alert_id
FROM alerts ORDER BY detected_at DESC, alert_id;

-- What each outlet reports now for each fact, where outlets disagree.
CREATE OR REPLACE VIEW outlet_disagreements AS
WITH latest AS (
    SELECT story, subject, kind, coalesce(outlet, url) AS outlet, value, unit, status, text, url, order_key
    FROM fact_history
    QUALIFY row_number() OVER (PARTITION BY story, subject, kind, coalesce(outlet, url) ORDER BY order_key DESC) = 1
)
SELECT * FROM latest l
WHERE EXISTS (SELECT 1 FROM latest o WHERE o.story = l.story AND o.subject = l.subject AND o.kind = l.kind
              AND o.outlet <> l.outlet
              AND (o.unit IS DISTINCT FROM l.unit OR o.status IS DISTINCT FROM l.status
                   OR abs(o.value - l.value) > 1e-9 * greatest(abs(o.value), abs(l.value))))
ORDER BY story, subject, outlet;

-- The value of every fact as of a time: SELECT * FROM facts_as_of(TIMESTAMPTZ '2026-01-01 00:00:00+00').
-- (Undated seeds count as known from when storywatch stored them.)
CREATE OR REPLACE MACRO facts_as_of(ts) AS TABLE
SELECT story, subject, kind, value, unit, status, text, url, outlet, coalesce(published, observed_at) AS as_of
FROM fact_history
WHERE coalesce(published, observed_at) <= ts
QUALIFY row_number() OVER (PARTITION BY story, subject, kind ORDER BY order_key DESC) = 1;
