"""Draw sentences with figures from the real corpora for hand labelling (eval/real_subjects.jsonl).

Uses only ``extract_figures`` (never the subject classifier), so labels are written blind.
Deterministic: a fixed seed, files read in sorted order.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from storywatch.facts import extract_figures, split_sentences

CORPORA = Path("/work/shared/corpora")


def _sentences():
    gt = json.loads((CORPORA / "article-extraction-benchmark/ground-truth.json").read_text())
    for key in sorted(gt):
        for s in split_sentences(gt[key]["articleBody"]):
            yield "article-extraction-benchmark/" + key[:12], s
    root = CORPORA / "wikipedia-versions/version_documents"
    for page in sorted(p for p in root.iterdir() if p.is_dir()):
        last = max(page.glob("*.txt"), key=lambda p: int(p.stem))
        for para in last.read_text(errors="replace").split("\n\n"):
            for s in split_sentences(para):
                yield "wikipedia-versions/" + page.name, s


def main(n_aeb: int = 200, n_wiki: int = 160) -> None:
    rng = random.Random(24)
    pools: dict[str, list] = {"article": [], "wiki": []}
    for source, s in _sentences():
        if len(s) > 400:
            continue
        for f in extract_figures(s):
            pools["article" if source.startswith("article") else "wiki"].append((source, s, f.text, f.kind))
    out = rng.sample(pools["article"], n_aeb) + rng.sample(pools["wiki"], n_wiki)
    with open("eval/real_unlabelled.jsonl", "w") as fh:
        for source, s, text, kind in out:
            fh.write(json.dumps({"source": source, "sentence": s, "figure_text": text, "kind": kind}) + "\n")


if __name__ == "__main__":
    main()
