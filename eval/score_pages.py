"""Article-body extraction on the Zyte article-extraction benchmark (181 real pages), with the
upstream metric (../shared/corpora/article-extraction-benchmark/PROVENANCE.md): storywatch's
``pages.extract_page`` beside bare ``trafilatura.extract`` on the same pages, same process.

    .venv/bin/python eval/score_pages.py      → prints the table, writes eval/pages_results.json
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from storywatch.ingest.pages import extract_page  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "article-extraction-benchmark"


def shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text or "")
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3)))


def score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Upstream's metric: per-document normalized tp/fp/fn on 4-token shingles, means over documents."""
    precisions, recalls, exact = [], [], 0
    for key, want_text in truth.items():
        want, got = shingles(want_text), shingles(predicted.get(key, ""))
        tp = sum((want & got).values())
        fp, fn = sum((got - want).values()), sum((want - got).values())
        total = tp + fp + fn or 1
        tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
        exact += re.findall(r"\w+", want_text) == re.findall(r"\w+", predicted.get(key, "") or "")
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4),
            "accuracy": round(exact / len(truth), 4), "documents": len(truth)}


def main() -> int:
    if not CORPUS.is_dir():
        print(f"SKIPPED: corpus not found: {CORPUS}")
        return 0
    gt = json.loads((CORPUS / "ground-truth.json").read_text("utf-8"))
    truth = {k: v["articleBody"] for k, v in gt.items()}
    ours, bare = {}, {}
    for key in sorted(gt):
        html = gzip.decompress((CORPUS / "html" / f"{key}.html.gz").read_bytes())
        doc = extract_page(html, gt[key]["url"])
        ours[key] = doc.text if doc else ""
        bare[key] = trafilatura.extract(html.decode("utf-8", "replace"), url=gt[key]["url"]) or ""
    rows = {"storywatch pages.extract_page": score(truth, ours),
            f"trafilatura {trafilatura.__version__} extract (bare)": score(truth, bare)}
    print("| extractor | P | R | F1 | accuracy |\n|---|---|---|---|---|")
    for name, s in rows.items():
        print(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['accuracy']:.3f} |")
    (ROOT / "eval" / "pages_results.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
