"""same_output: every output a speed pass must leave unchanged, written as JSON lines to compare
two trees (issue 24). Not a benchmark: run it on each side of a change and ``cmp`` the files.

    PYTHONPATH=<copy>/src .venv/bin/python bench/same_output.py /tmp/before.jsonl [--pages]
    .venv/bin/python bench/same_output.py /tmp/after.jsonl [--pages]
    cmp /tmp/before.jsonl /tmp/after.jsonl

What it writes, one line per item, every field:

- ``claims_for`` over the figure-dense pages (bench/_dense.py, 400, with and without chrome) and
  over the development stories' pages and seeds (eval/stories/; never eval/stories_heldout/),
  read as the pipeline reads them (``extract_page``, ``normalize_text``, the page's language);
- ``extract_figures``, ``extract_statuses``, ``classify_subject`` and ``figure_context`` on every
  sentence of the eval sentence sets and on every sentence-like string literal of tests/ (edge
  cases: other scripts, odd spaces, number words), with no language and with each of five;
- --pages: every ``extract_page`` field on the Zyte pages (../shared/corpora) and the claims of
  their texts.
"""
from __future__ import annotations

import ast
import dataclasses
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _dense  # noqa: E402
from _common import need_corpus  # noqa: E402

from storywatch.facts import claims as C  # noqa: E402
from storywatch.facts.figures import extract_figures  # noqa: E402
from storywatch.facts.statuses import extract_statuses  # noqa: E402
from storywatch.facts.subjects import classify_subject, figure_context  # noqa: E402
from storywatch.ingest.pages import extract_page  # noqa: E402
from storywatch.text.normalize import normalize_text  # noqa: E402

import storywatch  # noqa: E402

LANGS = (None, "en", "it", "de", "fr", "es")
# the checkout whose code runs (PYTHONPATH=<copy>/src): its eval sets and tests, so that both sides
# of a comparison read the same inputs whatever the working tree holds meanwhile
ROOT = Path(storywatch.__file__).resolve().parents[2]


def _row(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def _claims(out, name: str, text: str, title: str | None, lang: str | None) -> None:
    norm = normalize_text(text, lambda _t: True, title=title)
    for c in C.claims_for(norm, version_id="v", article_id="a", story="s", run_id="r", lang=lang):
        out.write(_row({"doc": name, **dataclasses.asdict(c)}) + "\n")


def _page(out, name: str, html: bytes, url: str, fields: bool = False) -> None:
    page = extract_page(html, url)
    if fields:
        out.write(_row({"page": name, **(dataclasses.asdict(page) if page else {"none": True})}) + "\n")
    if page is not None:
        _claims(out, name, page.text, page.title, page.language)


def _sentences() -> list[str]:
    """The eval sentence sets' sentences and the tests' sentence-like string literals."""
    found: list[str] = []
    for f in ("news_sentences", "status_sentences", "real_subjects"):
        for line in (ROOT / "eval" / f"{f}.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            found.append(row.get("text") or row.get("sentence") or "")
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value \
                    and 12 <= len(node.value) <= 2000:
                found.append(node.value)
    return list(dict.fromkeys(s for s in found if s.strip()))


def _sentence_rows(out) -> None:
    for s in _sentences():
        for lang in LANGS:
            try:
                figs = extract_figures(s, lang)
                for f in figs:
                    out.write(_row({"s": s, "lang": lang, **dataclasses.asdict(f), "subject": classify_subject(s, f),
                                    "context": figure_context(s, f, figs)}) + "\n")
            except Exception as e:          # a failure is an output too: it must stay the same
                out.write(_row({"s": s, "lang": lang, "error": repr(e)}) + "\n")
            for headline in (False, True):
                for m in extract_statuses(s, lang, headline=headline):
                    out.write(_row({"s": s, "lang": lang, "headline": headline, **dataclasses.asdict(m)}) + "\n")


def main() -> None:
    target, pages = Path(sys.argv[1]), "--pages" in sys.argv[2:]
    with target.open("w", encoding="utf-8") as out:
        for chrome in (True, False):
            for p in _dense.corpus(400, chrome=chrome):
                _page(out, f"dense{'' if chrome else '-light'}/{p.pid}", p.html, f"https://{p.layout}.example/{p.pid}")
        for story in sorted(d for d in (ROOT / "eval" / "stories").iterdir() if (d / "story.toml").exists()):
            for f in sorted((story / "pages").glob("*.htm*")):
                _page(out, f"{story.name}/{f.name}", f.read_bytes(), f"https://{story.name}.example/{f.name}")
            for f in sorted((story / "seeds").glob("*.txt")):
                _claims(out, f"{story.name}/{f.name}", f.read_text("utf-8"), None, None)
        _sentence_rows(out)
        if pages:
            for f in sorted((need_corpus("article-extraction-benchmark") / "html").glob("*.html.gz")):
                _page(out, f"zyte/{f.name}", gzip.decompress(f.read_bytes()), f"https://example.com/{f.name}", True)
    print(f"{target}: {sum(1 for _ in target.open(encoding='utf-8'))} rows")


if __name__ == "__main__":
    main()
