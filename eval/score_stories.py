"""Development stories end to end (issue 24): each story's coverage served round by round over
real HTTP, ``run_story`` once per round on a fresh warehouse, then an unchanged rerun; the alerts
it raised scored against the alerts a journalist expects (``expected.toml``, written before any run).

    .venv/bin/python eval/score_stories.py                    → every story under eval/stories/
    .venv/bin/python eval/score_stories.py --stories port-takeover montevasco-quake
    .venv/bin/python eval/score_stories.py --held-out         → only eval/stories_heldout/
    .venv/bin/python eval/score_stories.py --keep /tmp/wh     → keep each story's warehouse there

Prints a table and writes eval/stories_results.json (``--held-out``: eval/stories_heldout_results.json;
``--out FILE`` overrides). A story folder holds story.toml (name, slug, terms), seeds/, feeds/,
pages/, rounds.toml (what is served at each round) and expected.toml (see eval/stories/README.md).

Only the public run API is used: ``run_story``, ``load_story``, ``Warehouse`` and the documented
warehouse tables (alerts, articles, versions, rejections). Nothing here depends on how subjects or
statuses are named: an expected alert names its subject by keywords and its statuses by
alternatives.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import tomllib
import traceback
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from httpserver import LocalServer, fixture_bytes  # noqa: E402  (tests/httpserver.py: the project's real server)
from storywatch.pipeline import run_story  # noqa: E402
from storywatch.store import Warehouse  # noqa: E402
from storywatch.story import load_story  # noqa: E402

STORIES = ROOT / "eval" / "stories"
HELD_OUT = ROOT / "eval" / "stories_heldout"
KINDS = ("figure_changed", "status_changed", "conflict")
ANY = "any change"
REL_TOL = 0.005                      # values "within rounding": 0.5 % of the expected value
RERUN_AFTER = timedelta(hours=1)     # the final unchanged rerun, an hour after the last round
REVISED_DOWN = re.compile(r"revised (?:down|downward)|lowered|rivist\w* al ribasso|nach unten korrigiert|"
                          r"revis\w* à la baisse|revisad\w* a la baja", re.I)


# ---- reading a story folder -------------------------------------------------------------------

def content_type(name: str) -> str:
    if name.endswith((".html", ".htm")):
        return "text/html; charset=utf-8"
    if "atom" in name:
        return "application/atom+xml; charset=utf-8"
    if "rss" in name or name.endswith(".xml"):
        return "application/rss+xml; charset=utf-8"
    if name.endswith(".json"):
        return "application/feed+json; charset=utf-8"
    return "application/octet-stream"


def read_toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def story_dirs(args_stories: list[str] | None, held_out: bool) -> list[Path]:
    """Story folders to score: each argument is a story folder, a folder of story folders, or a slug
    under the default root (eval/stories, or eval/stories_heldout with --held-out)."""
    root = HELD_OUT if held_out else STORIES
    if not args_stories:
        return sorted(d for d in root.glob("*/") if (d / "story.toml").is_file()) if root.is_dir() else []
    out = []
    for item in args_stories:
        p = Path(item)
        if not p.exists():
            p = root / item
        if (p / "story.toml").is_file():
            out.append(p)
        elif p.is_dir():
            out += sorted(d for d in p.glob("*/") if (d / "story.toml").is_file())
        else:
            raise SystemExit(f"score_stories: no story folder {item!r} (looked in {root})")
    return out


# ---- matching alerts -------------------------------------------------------------------------

def norm_word(s: str | None) -> str:
    return re.sub(r"[\s_\-]+", " ", (s or "").lower()).strip()


def subject_ok(keywords: list[str], subject: str | None) -> bool:
    subj = (subject or "").lower()
    return any(k.lower() in subj for k in keywords)


def value_ok(want, value, status) -> bool:
    """A number within rounding of ``value``, or a status word (or list of alternatives) equal to ``status``."""
    if isinstance(want, bool):
        return False
    if isinstance(want, (int, float)):
        return value is not None and abs(value - want) <= max(abs(want) * REL_TOL, 1e-9)
    alts = [want] if isinstance(want, str) else list(want)
    return status is not None and norm_word(status) in {norm_word(a) for a in alts}


def unit_ok(want: str | None, alert: dict) -> bool:
    if not want:
        return True
    units = {u for u in (alert.get("old_unit"), alert.get("new_unit")) if u}
    return not units or want in units


def matches(exp: dict, alert: dict, *, loose: bool = False) -> bool:
    """Does ``alert`` (a row of the alerts table, with its ``round``) report ``exp``?
    ``loose``: the round, subject and new value only (the fact was caught, whatever the kind or old value)."""
    if alert["round"] != exp["round"] or not subject_ok(exp["subject"], alert["subject"]):
        return False
    if not value_ok(exp["new"], alert["new_value"], alert["new_status"]):
        return False
    if loose:
        return True
    kind = exp.get("kind", ANY)
    if kind != ANY and alert["kind"] != kind:
        return False
    if "old" in exp and not value_ok(exp["old"], alert["old_value"], alert["old_status"]):
        return False
    return unit_ok(exp.get("unit"), alert)


def assign(expected: list[dict], alerts: list[dict], *, loose: bool = False) -> dict[int, int]:
    """One-to-one: expected index → alert index, each expected taking the first free alert that fits."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for i, exp in enumerate(expected):
        for j, alert in enumerate(alerts):
            if j not in used and matches(exp, alert, loose=loose):
                used.add(j)
                out[i] = j
                break
    return out


def _seq_index(sequence: list, status: str | None) -> int | None:
    s = norm_word(status)
    for i, alts in enumerate(sequence):
        alts = [alts] if isinstance(alts, str) else alts
        if s and s in {norm_word(a) for a in alts}:
            return i
    return None


def _repr(alert: dict, side: str):
    return alert[f"{side}_status"] if alert[f"{side}_status"] is not None else (
        round(alert[f"{side}_value"], 6) if alert[f"{side}_value"] is not None else None, alert[f"{side}_unit"])


def _direction(spec: dict, a: dict) -> int | None:
    """+1 forward, -1 backward, 0 unchanged, None unknown: how ``a`` moves the one-way fact ``spec``."""
    if spec.get("direction") == "rising" and a["old_value"] is not None and a["new_value"] is not None:
        if a["new_value"] < a["old_value"]:
            return 0 if REVISED_DOWN.search(a.get("evidence") or "") else -1
        return 1 if a["new_value"] > a["old_value"] else 0
    if spec.get("sequence") and a["old_status"] and a["new_status"]:
        i_old, i_new = _seq_index(spec["sequence"], a["old_status"]), _seq_index(spec["sequence"], a["new_status"])
        if i_old is not None and i_new is not None:
            return (i_new > i_old) - (i_new < i_old)
    return None


def _level(spec: dict, a: dict, side: str):
    if spec.get("direction") == "rising":
        return a[f"{side}_value"]
    return _seq_index(spec.get("sequence", []), a[f"{side}_status"]) if spec.get("sequence") else None


def flip_backs(alerts: list[dict], monotonic: list[dict]) -> list[int]:
    """Alerts (in reporting order) that move a one-way fact backwards (a casualty count down without
    "revised down", a status to an earlier stage); that start from a level the fact had already left
    behind with no alert saying it went back (an earlier alert reached 112, this one reads 38 → 140:
    a stale report silently set the fact back); or, for facts with no declared direction, that undo
    an earlier alert on the same subject (A → B, then B → A)."""
    flagged = []
    for j, a in enumerate(alerts):
        back, judged = False, False
        for spec in monotonic:
            if not subject_ok(spec["subject"], a["subject"]):
                continue
            move = _direction(spec, a)
            judged |= move is not None
            back |= move == -1
            old = _level(spec, a, "old")
            earlier = [b for b in alerts[:j] if subject_ok(spec["subject"], b["subject"])]
            reached = [_level(spec, b, "new") for b in earlier]
            announced = any(_level(spec, b, "new") == old for b in earlier)
            back |= old is not None and not announced and any(r is not None and r > old for r in reached)
        if not judged:
            back |= any(b["subject"] == a["subject"] and _repr(b, "old") == _repr(a, "new")
                        and _repr(b, "new") == _repr(a, "old") for b in alerts[:j])
        if back:
            flagged.append(j)
    return flagged


# ---- running a story ---------------------------------------------------------------------------

def _rows(wh: Warehouse, sql: str, params: list) -> list[dict]:
    with wh.reader() as con:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]


def _path(url: str | None) -> str:
    return urlsplit(url or "").path


def serve_round(srv: LocalServer, story_dir: Path, rnd: dict) -> None:
    stamp = rnd["now"].timestamp()
    for path, name in rnd.get("serve", {}).items():
        srv.route(path, fixture_bytes(name, srv.base, folder=story_dir), content_type=content_type(name),
                  etag=True, last_modified=stamp)


def run_rounds(story_dir: Path, work: Path, say=lambda m: None) -> dict:
    """Serve each round, run it, rerun unchanged; return the raw material for scoring."""
    story = load_story(str(story_dir / "story.toml"))
    rounds = read_toml(story_dir / "rounds.toml")
    wh = Warehouse(work / story.slug)
    runs: list[dict] = []
    with LocalServer() as srv:
        feeds = [srv.url(f) for f in rounds.get("feeds", [])]
        schedule = sorted(rounds["round"], key=lambda r: r["n"])
        for rnd in schedule:
            serve_round(srv, story_dir, rnd)
            s = run_story(story, wh, seeds_dir=story.seeds, feeds=feeds,
                          pages=[srv.url(p) for p in rnd.get("pages", [])], allow_private=True,
                          now=rnd["now"], say=say)
            runs.append({"round": rnd["n"], "run_id": s.run_id, "summary": s})
        last = schedule[-1]
        s = run_story(story, wh, seeds_dir=story.seeds, feeds=feeds,
                      pages=[srv.url(p) for p in last.get("pages", [])], allow_private=True,
                      now=last["now"] + RERUN_AFTER, say=say)
        runs.append({"round": "rerun", "run_id": s.run_id, "summary": s})
    round_of = {r["run_id"]: r["round"] for r in runs}
    order = {r["run_id"]: i for i, r in enumerate(runs)}
    alerts = _rows(wh, "SELECT a.*, v.order_key AS new_order_key FROM alerts a "
                       "LEFT JOIN versions v ON v.version_id = a.new_version_id WHERE a.story = ?", [story.slug])
    for a in alerts:
        a["round"] = round_of.get(a["run_id"])
    # reporting order: the run, then the new version's place in the story (versions.order_key)
    alerts.sort(key=lambda a: (order.get(a["run_id"], 99), a.get("new_order_key") or "",
                               a.get("subject") or "", a.get("alert_id")))
    versions = _rows(wh, "SELECT a.url, v.seq, v.duplicate_of, v.run_id FROM versions v "
                         "JOIN articles a ON a.article_id = v.article_id WHERE a.story = ?", [story.slug])
    rejections = _rows(wh, "SELECT url, reason FROM rejections WHERE story = ?", [story.slug])
    return {"story": story, "rounds": rounds, "runs": runs, "alerts": alerts, "versions": versions,
            "rejections": rejections, "warehouse": wh}


def _alert_view(a: dict) -> dict:
    old = a["old_status"] if a["old_status"] is not None else a["old_text"]
    new = a["new_status"] if a["new_status"] is not None else a["new_text"]
    return {"round": a["round"], "kind": a["kind"], "subject": a["subject"], "old": old, "new": new,
            "old_value": a["old_value"], "old_unit": a["old_unit"], "new_value": a["new_value"],
            "new_unit": a["new_unit"], "old_url": _path(a["old_url"]), "new_url": _path(a["new_url"]),
            "evidence": a["evidence"]}


def score_story(story_dir: Path, work: Path, say=lambda m: None) -> dict:
    """Run one story folder and score it; every number the table shows, plus the details behind it."""
    started = time.monotonic()
    raw = run_rounds(story_dir, work, say=say)
    exp_file = read_toml(story_dir / "expected.toml")
    expected = exp_file.get("alert", [])
    monotonic = exp_file.get("monotonic", [])
    rounds = raw["rounds"]
    alerts = raw["alerts"]
    syndicated = set(rounds.get("syndicated", []))
    off_story = set(rounds.get("off_story", []))

    strict = assign(expected, alerts)
    loose = assign(expected, alerts, loose=True)
    matched_alerts = set(strict.values())
    produced = len(alerts)
    flips = flip_backs(alerts, monotonic)
    from_copy = [j for j, a in enumerate(alerts) if {_path(a["old_url"]), _path(a["new_url"])} & syndicated]
    from_off = [j for j, a in enumerate(alerts) if {_path(a["old_url"]), _path(a["new_url"])} & off_story]
    rerun = [j for j, a in enumerate(alerts) if a["round"] == "rerun"]

    # the syndicated copy: stored, and every version of it a near-duplicate of another article
    copies = {}
    for path in sorted(syndicated):
        rows = [v for v in raw["versions"] if _path(v["url"]) == path]
        copies[path] = "not stored" if not rows else (
            "duplicate" if all(v["duplicate_of"] for v in rows) else "stored as original")
    stored_off = sorted({_path(v["url"]) for v in raw["versions"]} & off_story)
    rejected_off = sorted({_path(r["url"]) for r in raw["rejections"]} & off_story)
    updated = {}
    for path in rounds.get("updated_in_place", []):
        updated[path] = max((v["seq"] for v in raw["versions"] if _path(v["url"]) == path), default=0)
    rerun_summary = raw["runs"][-1]["summary"]

    runs = []
    for r in raw["runs"]:
        s = r["summary"]
        runs.append({"round": r["round"], "run_id": r["run_id"], "new_articles": s.new_articles,
                     "new_versions": s.new_versions, "duplicates": s.duplicates, "unchanged": s.unchanged,
                     "rejected": s.rejected, "alerts": s.alert_count,
                     "source_errors": [e.message for e in s.errors]})
    details_expected = []
    for i, exp in enumerate(expected):
        j = strict.get(i, loose.get(i))
        details_expected.append({"round": exp["round"], "kind": exp.get("kind", ANY), "note": exp.get("note", ""),
                                 "old": exp.get("old"), "new": exp["new"],
                                 "found": "yes" if i in strict else ("loose" if i in loose else "no"),
                                 "alert": _alert_view(alerts[j]) if j is not None else None})
    details_alerts = []
    for j, a in enumerate(alerts):
        flags = [name for name, bag in (("matched", matched_alerts), ("flip-back", flips),
                                        ("syndicated", from_copy), ("off-story", from_off), ("rerun", rerun))
                 if j in bag]
        details_alerts.append({**_alert_view(a), "flags": flags})
    n = len(expected)
    return {
        "story": raw["story"].slug, "folder": str(story_dir.relative_to(ROOT)) if story_dir.is_relative_to(ROOT) else str(story_dir),
        "expected": n, "found": len(strict), "recall": round(len(strict) / n, 3) if n else None,
        "found_loose": len(loose), "recall_loose": round(len(loose) / n, 3) if n else None,
        "produced": produced, "matched_produced": len(matched_alerts),
        "precision": round(len(matched_alerts) / produced, 3) if produced else None,
        "syndicated_alerts": len(from_copy), "off_story_alerts": len(from_off), "rerun_alerts": len(rerun),
        "flip_backs": len(flips),
        "rerun_added": {"articles": rerun_summary.new_articles, "versions": rerun_summary.new_versions,
                        "alerts": rerun_summary.alert_count},
        "syndicated_copies": copies, "off_story_stored": stored_off, "off_story_rejected": rejected_off,
        "updated_in_place_versions": updated,
        "source_errors": len({m for r in runs for m in r["source_errors"]}),   # distinct messages
        "seconds": round(time.monotonic() - started, 1),
        "runs": runs, "expected_alerts": details_expected, "produced_alerts": details_alerts,
    }


# ---- report ------------------------------------------------------------------------------------

def _fmt(x) -> str:
    return "–" if x is None else (f"{x:.2f}" if isinstance(x, float) else str(x))


def table(results: list[dict]) -> str:
    head = ("| story | expected | found | recall | loose recall | produced | precision | "
            "syndicated | off-story | rerun | flip-backs | copy stored as | source errors |")
    lines = [head, "|" + "|".join(["---"] * 13) + "|"]
    totals = {"expected": 0, "found": 0, "found_loose": 0, "produced": 0, "matched_produced": 0,
              "syndicated_alerts": 0, "off_story_alerts": 0, "rerun_alerts": 0, "flip_backs": 0,
              "source_errors": 0}
    for r in results:
        if "error" in r:
            lines.append(f"| {r['story']} | error: {r['error'].splitlines()[-1][:80]} |" + " |" * 11)
            continue
        for k in totals:
            totals[k] += r[k]
        copy = ", ".join(sorted(set(r["syndicated_copies"].values()))) or "–"
        lines.append(f"| {r['story']} | {r['expected']} | {r['found']} | {_fmt(r['recall'])} | "
                     f"{_fmt(r['recall_loose'])} | {r['produced']} | {_fmt(r['precision'])} | "
                     f"{r['syndicated_alerts']} | {r['off_story_alerts']} | {r['rerun_alerts']} | "
                     f"{r['flip_backs']} | {copy} | {r['source_errors']} |")
    t = totals
    if len(results) > 1:
        lines.append(f"| **all** | {t['expected']} | {t['found']} | "
                     f"{_fmt(t['found'] / t['expected'] if t['expected'] else None)} | "
                     f"{_fmt(t['found_loose'] / t['expected'] if t['expected'] else None)} | {t['produced']} | "
                     f"{_fmt(t['matched_produced'] / t['produced'] if t['produced'] else None)} | "
                     f"{t['syndicated_alerts']} | {t['off_story_alerts']} | {t['rerun_alerts']} | "
                     f"{t['flip_backs']} | | {t['source_errors']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", nargs="+", metavar="SLUG_OR_DIR",
                    help="story folders, folders of them, or slugs under the default root")
    ap.add_argument("--held-out", action="store_true", help="score only the stories under eval/stories_heldout/")
    ap.add_argument("--out", type=Path, help="results file (default eval/stories_results.json)")
    ap.add_argument("--keep", type=Path, help="keep each story's warehouse under this folder")
    ap.add_argument("--verbose", action="store_true", help="print each produced alert and each miss")
    args = ap.parse_args(argv)
    os.environ.setdefault("STORYWATCH_HOST_DELAY", "0")
    dirs = story_dirs(args.stories, args.held_out)
    if not dirs:
        where = HELD_OUT if args.held_out else STORIES
        print(f"SKIPPED: no story folders in {where}")
        return 0
    out = args.out or ROOT / "eval" / ("stories_heldout_results.json" if args.held_out else "stories_results.json")
    results = []
    with tempfile.TemporaryDirectory(prefix="storywatch-stories-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for d in dirs:
            try:
                results.append(score_story(d, work))
            except Exception:  # noqa: BLE001 - a story that cannot run is reported, the others go on
                results.append({"story": d.name, "error": traceback.format_exc()})
    print(table(results))
    if args.verbose:
        for r in results:
            if "error" in r:
                print(f"\n{r['story']}: {r['error']}")
                continue
            print(f"\n{r['story']}:")
            for e in r["expected_alerts"]:
                if e["found"] != "yes":
                    print(f"  MISSED ({e['found']}) r{e['round']} {e['kind']} {e['old']} → {e['new']}: {e['note']}")
            for a in r["produced_alerts"]:
                print(f"  r{a['round']} {a['kind']} {a['subject']}: {a['old']!r} → {a['new']!r} "
                      f"[{', '.join(a['flags']) or 'unexpected'}] {a['old_url']} → {a['new_url']}")
    report = {"date": time.strftime("%Y-%m-%d"), "command": "eval/score_stories.py " + " ".join(argv or sys.argv[1:]),
              "stories": results}
    out.write_text(json.dumps(report, indent=2, default=str, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
