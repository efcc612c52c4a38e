"""Synthetic warehouses: rows built directly with pyarrow and stored with `Warehouse.commit`.

Sizes follow the real data: a version's text is about 3 KB (the Zyte corpus' median body is 3,158
characters), a MinHash of 128 uint32, 32 LSH band rows and ~6 claims per version, 1.5 versions per
article, one fetch and one feed entry per version, one run per 100 versions. Texts are assembled
from sentences of the Zyte ground truth (or filler when the corpus is absent), so they compress like
prose, not like one repeated string. Dates make nothing due for a revisit (published 35–60 days
ago whatever the size — at 1 minute apart, 100k versions reached into the future and 12k came due —,
last observed 1 day ago), so a run over it is a true no-op.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from _common import CORPORA
import storywatch.store.warehouse
from storywatch.records import RECORD_TYPES
from storywatch.store.warehouse import Warehouse

SUBJECTS = ("deal value", "deal duration", "deal status", "company valuation", "budget")
KINDS = ("money", "duration", "status", "money", "money")
ROLES = ("lead", "mention", "background", "hedged", "negated", "duplicate")


def sentences(limit: int = 20000) -> list[str]:
    gt = CORPORA / "article-extraction-benchmark" / "ground-truth.json"
    if gt.exists():
        bodies = [v["articleBody"] for v in json.loads(gt.read_text("utf-8")).values()]
        out = [s.strip() for b in bodies for s in re.split(r"(?<=[.!?])\s+", b) if 40 <= len(s.strip()) <= 400]
        if out:
            return out[:limit]
    return [f"Filler sentence number {i} reports that the deal is worth {i % 97} million euros." for i in range(2000)]


def texts(n: int, chars: int, rng: np.random.Generator) -> list[str]:
    pool = sentences()
    per = max(1, chars // 150)
    picks = rng.integers(0, len(pool), size=(n, per))
    return [" ".join(pool[j] for j in row) for row in picks]


def _table(name: str, cols: dict) -> pa.Table:
    schema = RECORD_TYPES[name].SCHEMA
    return pa.table({f.name: cols.get(f.name, pa.nulls(len(next(iter(cols.values()))), f.type))
                     for f in schema}, schema=schema)


def build(root: Path, story: str, n_versions: int, *, claims_per_version: int = 6, text_chars: int = 3000,
          bands: bool = True, alerts: int | None = None, chunk: int = 20000, seed: int = 1,
          now: datetime | None = None, mirror: bool = True, id_prefix: str = "") -> Warehouse:
    """A warehouse at ``root`` holding ``n_versions`` versions of ``story`` (and what goes with them)."""
    now = now or datetime.now(timezone.utc)
    rng = np.random.default_rng(seed)
    wh = Warehouse(root)
    wh.init()
    n_runs = max(1, n_versions // 100)
    published0 = now - timedelta(days=60)
    spacing_s = min(60, 25 * 86400 // n_versions)    # every version 35–60 days old: none due
    observed = now - timedelta(days=1)
    for start in range(0, n_versions, chunk):
        n = min(chunk, n_versions - start)
        idx = np.arange(start, start + n)
        art = idx * 2 // 3                          # 1.5 versions per article
        run_ids = [f"{id_prefix}run{r:06d}" for r in (idx * n_runs // n_versions)]
        vids = [f"{id_prefix}v{i:010d}" for i in idx]
        aids = [f"{id_prefix}a{a:010d}" for a in art]
        urls = [f"https://news{a % 500}.example/{id_prefix}{a}" for a in art]
        new_art = np.r_[True, art[1:] != art[:-1]] if start == 0 else np.r_[art[0] != (start - 1) * 2 // 3,
                                                                           art[1:] != art[:-1]]
        first = np.flatnonzero(new_art)
        pub = [published0 + timedelta(seconds=int(i) * spacing_s) for i in idx]
        tables = {
            "articles": _table("articles", {
                "article_id": [aids[i] for i in first], "story": [story] * len(first),
                "url": [urls[i] for i in first], "source_kind": ["feed"] * len(first),
                "outlet": [urls[i].split("/")[2] for i in first], "first_seen": [observed] * len(first),
                "run_id": [run_ids[i] for i in first]}),
            "versions": _table("versions", {
                "version_id": vids, "article_id": aids, "story": [story] * n,
                "seq": (np.where(new_art, 1, 2)).astype(np.int32), "content_hash": [f"h{i:063d}" for i in idx],
                "title": [f"Headline {i}" for i in idx], "text": texts(n, text_chars, rng),
                "published": pub, "observed_at": [observed] * n,
                "order_key": [f"{p:%Y-%m-%dT%H:%M:%S}|{u}" for p, u in zip(pub, urls)],
                "language": ["en"] * n,
                "minhash": pa.array(list(rng.integers(0, 2**32, size=(n, 128), dtype=np.uint32)),
                                    pa.list_(pa.uint32())),
                "run_id": run_ids}),
            "fetches": _table("fetches", {
                "fetch_id": [f"{id_prefix}f{i:010d}" for i in idx], "story": [story] * n, "url": urls,
                "final_url": urls, "article_url": urls, "status": np.full(n, 200, np.int32),
                "redirects": pa.array([[]] * n, pa.list_(pa.string())), "etag": [f'"e{i}"' for i in idx],
                "outcome": ["fetched"] * n, "fetched_at": [observed] * n, "run_id": run_ids}),
            "feed_entries": _table("feed_entries", {
                "story": [story] * n, "feed_url": ["https://news.example/feed.xml"] * n,
                "entry_id": [f"{id_prefix}e{i}" for i in idx], "fingerprint": [f"{i:064d}" for i in idx],
                "link": urls, "title": [f"Headline {i}" for i in idx], "published": pub,
                "first_seen": [observed] * n, "run_id": run_ids}),
        }
        if claims_per_version:
            k = claims_per_version
            m = n * k
            cv = np.repeat(np.arange(n), k)
            subj = rng.integers(0, len(SUBJECTS), size=m)
            role = np.where(np.arange(m) % k == 0, 0, rng.integers(1, len(ROLES), size=m))
            sent = texts(min(m, 5000), 160, rng)
            tables["claims"] = _table("claims", {
                "claim_id": [f"{id_prefix}c{start * k + j:011d}" for j in range(m)],
                "version_id": [vids[i] for i in cv], "article_id": [aids[i] for i in cv],
                "story": [story] * m, "kind": [KINDS[s] for s in subj], "subject": [SUBJECTS[s] for s in subj],
                "value": rng.uniform(1e6, 5e9, size=m).round(-6), "unit": ["EUR"] * m,
                "text": [f"{v:.1f} billion euros" for v in rng.uniform(0.1, 5, size=m)],
                "sentence": [sent[j % len(sent)] for j in range(m)],
                "role": [ROLES[r] for r in role], "block": ["body"] * m,
                "position": (np.arange(m) % k).astype(np.int32), "run_id": [run_ids[i] for i in cv]})
        if bands:
            b = np.tile(np.arange(32, dtype=np.int16), n)
            tables["lsh_bands"] = _table("lsh_bands", {
                "story": [story] * (n * 32), "band": b,
                "bucket": rng.integers(0, 2**62, size=n * 32, dtype=np.int64),
                "version_id": np.repeat(np.array(vids, dtype=object), 32).tolist(),
                "run_id": np.repeat(np.array(run_ids, dtype=object), 32).tolist()})
        wh.commit(tables)
    n_alerts = alerts if alerts is not None else max(1, n_versions // 100)
    if n_alerts:
        ai = rng.integers(0, n_versions, size=n_alerts)
        wh.commit({"alerts": _table("alerts", {
            "alert_id": [f"{id_prefix}al{i:08d}" for i in range(n_alerts)], "story": [story] * n_alerts,
            "kind": ["figure_changed"] * n_alerts, "subject": [SUBJECTS[i % 5] for i in range(n_alerts)],
            "old_value": np.full(n_alerts, 1.5e9), "old_unit": ["USD"] * n_alerts,
            "old_text": ["$1.5 billion"] * n_alerts, "old_url": [f"https://news.example/{i}" for i in ai],
            "old_version_id": [f"{id_prefix}v{i:010d}" for i in ai], "new_value": np.full(n_alerts, 1.5e9),
            "new_unit": ["EUR"] * n_alerts, "new_text": ["1.5 billion euros"] * n_alerts,
            "new_url": [f"https://news.example/{i + 1}" for i in ai],
            "new_version_id": [f"{id_prefix}v{min(i + 1, n_versions - 1):010d}" for i in ai],
            "evidence": ["The deal is worth 1.5 billion euros."] * n_alerts,
            "detected_at": [observed] * n_alerts, "run_id": [f"{id_prefix}run{0:06d}"] * n_alerts})})
    if mirror:
        write_mirror(wh)
    return wh


def write_mirror(wh: Warehouse) -> None:
    """The Parquet mirror a real warehouse would have (one file per table and run), in one pass.

    Sorting a whole table by run needs more than a run's 256 MB DuckDB cap: the builder lifts it."""
    cap, storywatch.store.warehouse.MEMORY_LIMIT = storywatch.store.warehouse.MEMORY_LIMIT, "4GB"
    try:
        _write_mirror(wh)
    finally:
        storywatch.store.warehouse.MEMORY_LIMIT = cap


def _write_mirror(wh: Warehouse) -> None:
    with wh.reader() as con:
        for name in RECORD_TYPES:
            data = con.sql(f"SELECT * FROM {name} ORDER BY run_id").to_arrow_table()
            if not data.num_rows:
                continue
            folder = wh.parquet_root / name
            folder.mkdir(parents=True, exist_ok=True)
            runs = data.column("run_id")
            for run in pc.unique(runs).to_pylist():
                pq.write_table(data.filter(pc.equal(runs, run)), folder / f"run-{run}.parquet")
