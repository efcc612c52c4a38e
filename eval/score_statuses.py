"""Score status extraction (storywatch.facts.statuses) on eval/status_sentences.jsonl.

Each row is one news-style sentence with the status it reports (or null: none, or only a negated,
hedged or future one). A sentence's prediction is the set of statuses ``extract_statuses`` returns
neither negated nor hedged. Pairs (sentence, status) are scored: a predicted status the row does
not carry is a false positive (every status a null row yields is one), a labelled status not
predicted is a false negative. Prints precision/recall/F1 overall and per language and writes
eval/status_results.json (with every miss, to read).

    .venv/bin/python eval/score_statuses.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))

from storywatch.facts.statuses import extract_statuses  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def main() -> dict:
    rows = [json.loads(x) for x in (HERE / "status_sentences.jsonl").read_text("utf-8").splitlines() if x.strip()]
    counts: dict[str, list[int]] = {}
    misses, lifecycle_right, lifecycle_total = [], 0, 0
    for row in rows:
        found = [m for m in extract_statuses(row["text"], row["lang"]) if not (m.negated or m.hedged)]
        pred = {m.status for m in found}
        gold = {row["status"]} if row["status"] else set()
        tp, fp, fn = len(pred & gold), len(pred - gold), len(gold - pred)
        for key in ("all", row["lang"]):
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += tp
            c[1] += fp
            c[2] += fn
        if row["lifecycle"] and tp:
            lifecycle_total += 1
            lifecycle_right += any(m.lifecycle == row["lifecycle"] for m in found if m.status == row["status"])
        if fp or fn:
            misses.append({"text": row["text"], "lang": row["lang"], "gold": row["status"], "predicted": sorted(pred),
                           "all": [(m.status, m.lifecycle, m.negated, m.hedged) for m in extract_statuses(
                               row["text"], row["lang"])]})
    result = {"sentences": len(rows), "overall": prf(*counts["all"]),
              "by_language": {k: prf(*v) for k, v in sorted(counts.items()) if k != "all"},
              "lifecycle_accuracy": round(lifecycle_right / lifecycle_total, 4) if lifecycle_total else None,
              "misses": misses}
    (HERE / "status_results.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{'':8}{'P':>7}{'R':>7}{'F1':>7}   n={len(rows)}")
    for name, s in [("overall", result["overall"])] + list(result["by_language"].items()):
        print(f"{name:8}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}   tp={s['tp']} fp={s['fp']} fn={s['fn']}")
    for m in misses:
        print(f"  miss [{m['lang']}] gold={m['gold']} pred={m['predicted']}: {m['text']}")
    return result


if __name__ == "__main__":
    main()
