"""Score storywatch's extraction against labelled material; print a table, write eval/results.json.

    .venv/bin/python eval/score.py [--corpora DIR] [--out FILE] [--no-baselines]

Sets: our own labelled news sentences (eval/news_sentences.jsonl, always scored) and, when the
shared corpora folder exists (default: <repo>/../shared/corpora), Recognizers-Text English
currency specs, price-parser's price strings and quantulum3's money sentences. quantulum3 and
price-parser, when importable, are scored side by side on the same sets (evaluation-only tools).
See docs/quality.md for what every metric means.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import adapters  # noqa: E402  (eval/adapters.py)
import sets  # noqa: E402      (eval/sets.py)

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
NEWS = HERE / "news_sentences.jsonl"


def run(corpora: Path | None = DEFAULT_CORPORA, news: Path = NEWS, baselines: bool = True) -> dict:
    """Score every available set; returns the results dict (also what results.json holds)."""
    tools = adapters.tools(baselines)
    results: dict = {"date": dt.date.today().isoformat(), "tools": adapters.versions(tools),
                     "sets": {}, "skipped": []}
    results["sets"]["news"] = sets.score_news(news, tools)
    for name, fn, rel in sets.CORPUS_SETS:
        path = corpora / rel if corpora else None
        if path is None or not path.exists():
            results["skipped"].append({"set": name, "reason": f"corpus not found: {path}"})
            continue
        results["sets"][name] = fn(path, tools)
    return results


def table(results: dict) -> str:
    """The results as a Markdown table (one row per metric, one column per tool)."""
    tools = list(results["tools"])
    lines = ["| set | metric | n | " + " | ".join(tools) + " |",
             "|---|---|---|" + "---|" * len(tools)]
    for set_name, metrics in results["sets"].items():
        for metric, row in metrics.items():
            if metric.startswith("_"):
                continue
            cells = [_cell(row.get(t)) for t in tools]
            lines.append(f"| {set_name} | {metric} | {row.get('n', '')} | " + " | ".join(cells) + " |")
    for skip in results["skipped"]:
        lines.append(f"\nSKIPPED {skip['set']}: {skip['reason']}")
    return "\n".join(lines)


def _cell(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, dict):
        v = v.get("score")
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument("--no-baselines", action="store_true", help="score storywatch only")
    args = ap.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = run(args.corpora, baselines=not args.no_baselines)
    print(table(results))
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
