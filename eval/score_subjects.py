"""Score subject classification on real sentences (eval/real_subjects.jsonl, labelled by hand).

Each row names a sentence from the real corpora, the text of one figure in it (as
``extract_figures`` read it when the sample was drawn), and the subject a person reads for it.
The figure is looked up again by its text; its subject comes from ``classify_subject``.

Prints accuracy overall, per figure kind, and on the rows whose label is one of the canonical
subjects (data/subjects.toml, or "unrelated"); writes eval/subject_results.json with every miss.

    .venv/bin/python eval/score_subjects.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storywatch.facts import extract_figures
from storywatch.facts.subjects import SUBJECTS, classify_subject, figure_context

HERE = Path(__file__).parent


def main() -> dict:
    rows = [json.loads(line) for line in (HERE / "real_subjects.jsonl").read_text().splitlines() if line.strip()]
    canonical = set(tuple(SUBJECTS))
    total, hit = Counter(), Counter()
    misses, contexts = [], Counter()
    for r in rows:
        figs = extract_figures(r["sentence"])
        fig = next((f for f in figs if f.text == r["figure_text"]), None)
        kind = fig.kind if fig else "missing"
        got = classify_subject(r["sentence"], fig) if fig else None
        if fig:
            contexts[figure_context(r["sentence"], fig, figs) or "current"] += 1
        ok = got == r["subject"]
        for key in ("all", kind) + (("canonical",) if r["subject"] in canonical else ()):
            total[key] += 1
            hit[key] += ok
        if not ok:
            misses.append({"figure_text": r["figure_text"], "kind": kind, "label": r["subject"], "got": got,
                           "sentence": r["sentence"][:300]})
    acc = {k: {"n": total[k], "correct": hit[k], "accuracy": round(hit[k] / total[k], 3)} for k in total}
    print(f"subject accuracy: {acc['all']['accuracy']:.1%} ({hit['all']}/{total['all']})")
    for k in sorted(total):
        if k != "all":
            print(f"  {k:10s} {acc[k]['accuracy']:.1%} ({hit[k]}/{total[k]})")
    print("figure context:", dict(contexts))
    out = {"accuracy": acc, "contexts": dict(contexts), "misses": misses}
    (HERE / "subject_results.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    main()
