"""The plan stage: what a batch adds, decided against the stored state (the one stage of a
batch that reads the warehouse).

What it reads is chosen by the batch's keys: its articles, their stored versions (the text only
of those it changes), the stored versions its LSH bands name as near-duplicate candidates, and
each fact's latest lead claim (the fact_state table, a row per fact). One read still scans a
column set: the band table, for the batch's band hashes; its cost grows with the warehouse,
under DuckDB's memory cap.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from storywatch.facts import FactState, settle
from storywatch.ingest import order_key
from storywatch.records import Article, Claim, LshBand, Rejection, Version, dict_rows, from_row, stable_id
from storywatch.store.warehouse import Warehouse
from storywatch.text import Prepared, dedup


@dataclass
class Plan:
    """What this run adds: new articles and versions, decided against the warehouse."""

    articles: list[Article] = field(default_factory=list)
    versions: list[tuple[Version, Prepared]] = field(default_factory=list)
    unchanged: int = 0
    state: dict[tuple[str, str], FactState] = field(default_factory=dict)   # (subject, kind) →
    urls: dict[str, str] = field(default_factory=dict)       # article_id → url
    outlets: dict[str, str | None] = field(default_factory=dict)
    previous: dict[str, str] = field(default_factory=dict)   # article_id → text of its latest version
    rejections: list[Rejection] = field(default_factory=list)
    # per fact (subject, kind): the articles stored that report it, and whether one does prominently
    sources: dict[tuple[str, str], tuple[int, bool]] = field(default_factory=dict)
    sourced: set[tuple[str, str, str]] = field(default_factory=set)   # (subject, kind, article) of the batch's stored


# Each fact's latest lead claim, as the warehouse keeps it (table fact_state: one row per fact,
# advanced by every commit), read by key: the claim, its version and its article.
_STATE_SQL = """
SELECT c.*, a.url AS src_url, v.published AS src_published, v.order_key AS src_order,
       a.outlet AS src_outlet, v.seq AS src_seq
FROM claims c JOIN versions v USING (version_id) JOIN articles a ON a.article_id = v.article_id
WHERE c.claim_id = ANY(?) AND v.version_id = ANY(?) AND a.article_id = ANY(?)
"""


def load_state(con, story: str) -> dict[tuple[str, str], FactState]:
    keys = con.execute("SELECT claim_id, version_id, article_id FROM fact_state WHERE story = ?",
                       [story]).fetchall()
    if not keys:
        return {}
    state = {}
    for r in dict_rows(con.execute(_STATE_SQL, [list(col) for col in zip(*keys)])):
        claim = from_row(Claim, r)
        fact = FactState(claim, r["src_url"], r["src_published"], r["src_order"], r["src_outlet"], r["src_seq"])
        state[fact.key] = fact
    history = _alert_history(con, story)
    # a slower outlet's older figure may be a fact's newest lead claim: detect passed over it
    return {key: settle(fact, history.get(key, [])) for key, fact in state.items()}


# The lead claims the story's alerts compared (their versions' claims, by key), with their sources.
_ALERTED_SQL = """
SELECT c.*, a.url AS src_url, v.published AS src_published, v.order_key AS src_order,
       a.outlet AS src_outlet, v.seq AS src_seq
FROM claims c JOIN versions v USING (version_id) JOIN articles a ON a.article_id = v.article_id
WHERE c.version_id = ANY(?) AND v.version_id = ANY(?) AND c.role = 'lead'
"""


def _alert_history(con, story: str) -> dict[tuple[str, str], list[tuple[Claim, FactState]]]:
    """Per fact, its alerts in reporting order as (old claim, new value): what it held before."""
    alerts = con.execute("SELECT subject, old_version_id, old_text, new_version_id, new_text FROM alerts "
                         "WHERE story = ? AND old_version_id IS NOT NULL", [story]).fetchall()
    if not alerts:
        return {}
    ids = sorted({v for a in alerts for v in (a[1], a[3])})
    facts = {}
    for r in dict_rows(con.execute(_ALERTED_SQL, [ids, ids])):
        claim = from_row(Claim, r)
        facts[claim.version_id, claim.subject, claim.text] = FactState(
            claim, r["src_url"], r["src_published"], r["src_order"], r["src_outlet"], r["src_seq"])
    history: dict[tuple[str, str], list[tuple[Claim, FactState]]] = {}
    for subject, old_v, old_text, new_v, new_text in alerts:
        old, new = facts.get((old_v, subject, old_text)), facts.get((new_v, subject, new_text))
        if old is not None and new is not None:
            history.setdefault(new.key, []).append((old.claim, new))
    for steps in history.values():
        steps.sort(key=lambda s: (s[1].order_key, s[1].seq, s[1].claim.position))
    return history


def load_sources(con, story: str, article_ids: list[str]) -> tuple[dict, set]:
    """Per fact, how many stored articles report it and whether prominently; and which of the
    batch's articles already count for which fact (so an article is counted once)."""
    sources = {(s, k): (n, bool(prom)) for s, k, n, prom in con.execute(
        "SELECT subject, kind, count(*), bool_or(prominent) FROM fact_sources WHERE story = ? GROUP BY ALL",
        [story]).fetchall()}
    sourced = {tuple(r) for r in con.execute(
        "SELECT subject, kind, article_id FROM fact_sources WHERE story = ? AND article_id IN (SELECT unnest(?))",
        [story, article_ids]).fetchall()}
    return sources, sourced


def plan(prepared: list[Prepared], wh: Warehouse, story: str, run_id: str,
         now: datetime) -> tuple[Plan, list[LshBand]]:
    """What the batch adds (articles, versions, near-duplicates) against the stored state, read
    through one connection."""
    with wh.reader() as con:
        p = plan_versions(prepared, con, story, run_id, now)
        return p, mark_duplicates(p, con, story)


def _stored_versions(con, items: list[Prepared]):
    """What the warehouse holds of the batch's articles: their (article, content hash) pairs, and
    each one's latest version as (text, order key) and seq. Narrow columns first; the text only of
    the latest versions the batch changes, by key: a scan of the text column reads every stored
    text, even when no article of the batch is stored."""
    rows = con.execute("SELECT article_id, content_hash, seq, order_key, version_id FROM versions "
                       "WHERE article_id IN (SELECT unnest(?))", [[x.article_id for x in items]]).fetchall()
    hashes = {(aid, h) for aid, h, *_ in rows}
    last = {}
    for aid, _, seq, okey, vid in rows:
        if aid not in last or seq > last[aid][0]:
            last[aid] = (seq, okey, vid)
    changed = {last[x.article_id][2] for x in items
               if x.article_id in last and (x.article_id, x.norm.content_hash) not in hashes}
    texts = dict(con.execute("SELECT version_id, text FROM versions WHERE version_id = ANY(?)",
                             [sorted(changed)]).fetchall()) if changed else {}
    latest = {aid: (texts.get(vid), okey) for aid, (_, okey, vid) in last.items()}
    return hashes, latest, {aid: seq for aid, (seq, _, _) in last.items()}


def plan_versions(prepared: list[Prepared], con, story: str, run_id: str, now: datetime) -> Plan:
    p = Plan()
    items = [x for x in prepared if x.relevant]
    p.rejections = [Rejection(story, x.doc.url, x.norm.content_hash, x.norm.title, x.reason, now, run_id)
                    for x in prepared if not x.relevant]
    p.state = load_state(con, story)
    ids = [x.article_id for x in items]
    p.sources, p.sourced = load_sources(con, story, ids)
    known = {r[0]: r[1] for r in con.execute(
        "SELECT article_id, url FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()}
    hashes, latest, seqs = _stored_versions(con, items)
    for x in sorted(items, key=lambda i: i.doc.order_key):
        p.urls[x.article_id] = x.doc.url
        p.outlets[x.article_id] = x.doc.outlet
        if x.article_id not in known:
            known[x.article_id] = x.doc.url
            p.articles.append(Article(x.article_id, story, x.doc.url, x.doc.source_kind,
                                      x.doc.outlet, now, run_id))
        if (x.article_id, x.norm.content_hash) in hashes:
            p.unchanged += 1
            continue
        hashes.add((x.article_id, x.norm.content_hash))
        okey = x.doc.order_key
        if x.article_id in latest:
            p.previous[x.article_id], prev_key = latest[x.article_id]
            if okey <= prev_key and x.doc.source_kind != "seed":
                okey = order_key(now, x.doc.url)      # an undated update is reported when seen
        seq = seqs.get(x.article_id, 0) + 1
        seqs[x.article_id] = seq
        latest[x.article_id] = (x.norm.text, okey)
        v = Version(stable_id(x.article_id, x.norm.content_hash), x.article_id, story, seq,
                    x.norm.content_hash, x.norm.title, x.norm.text, x.doc.published, now,
                    okey, None, None, x.doc.language, x.minhash, run_id)
        p.versions.append((v, x))
    return p


def _candidates(con, story: str, wanted: set[tuple[int, int]]) -> list[tuple]:
    """(version_id, article_id, minhash) of the stored versions sharing a band with the batch.
    Two steps: the band table's matching rows, then those versions by key (a join of versions
    with the band rows would scan every stored signature)."""
    if not wanted:
        return []
    pairs = sorted(wanted)
    hits = con.execute("SELECT DISTINCT version_id FROM lsh_bands WHERE story = ? AND (band, bucket) IN "
                       "(SELECT (unnest(?), unnest(?)))",
                       [story, [b for b, _ in pairs], [h for _, h in pairs]]).fetchall()
    if not hits:
        return []
    return con.execute("SELECT version_id, article_id, minhash FROM versions WHERE version_id = ANY(?)",
                       [[h[0] for h in hits]]).fetchall()


def mark_duplicates(p: Plan, con, story: str) -> list[LshBand]:
    """Near-duplicates of another article's version (stored or in this batch) become duplicate_of."""
    index = dedup.Index()
    bands = {v.version_id: dedup.band_hashes(v.minhash) for v, _ in p.versions}
    rows = _candidates(con, story, {(b, h) for hs in bands.values() for b, h in enumerate(hs)})
    owner = {}
    for vid, aid, sig in rows:
        index.add(vid, sig)
        owner[vid] = aid
    out = []
    for i, (v, x) in enumerate(p.versions):
        match = index.best_match(v.minhash)
        if match and owner[match[0]] != v.article_id:
            v = replace(v, duplicate_of=match[0], similarity=round(match[1], 4))
            p.versions[i] = (v, x)
        index.add(v.version_id, v.minhash)
        owner[v.version_id] = v.article_id
    for v, _ in p.versions:
        out += [LshBand(story, b, h, v.version_id, v.run_id) for b, h in enumerate(bands[v.version_id])]
    return out
