"""Render eval/stories_heldout/<slug>/ from a held-out set's story modules (beside this file), reusing
the development stories' generator (eval/stories/_build/build.py and layouts.py) by import; only the
output folder and the wording that says "development" differ.

    cd eval/stories_heldout/_build && ../../../.venv/bin/python build_heldout.py 8 h8_first h8_second

The first argument is the set's number; the note each story's README gets says it was written blind,
before the freeze it will be scored on (docs/quality.md names that commit once it exists).
"""
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_BUILD = HERE.parents[1] / "stories" / "_build"
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(DEV_BUILD))

import build  # noqa: E402  (eval/stories/_build/build.py)

build.OUT = HERE.parent                              # eval/stories_heldout/


def note(n: int, written: str) -> str:
    return (f"**HELD-OUT** (set {n}, issue 24): written blind on {written} by an engineer who had not read "
            "storywatch's fact rules, their data or their tests; its story file has only name, slug, "
            "description, seeds and terms (no `[facts]` tuning), and its expected alerts were written and "
            "committed before any run. Nobody tunes the rules to it and nothing here changes after its first "
            "run, which is made once on the frozen rules with `eval/score_stories.py --held-out` and reported "
            "apart (docs/quality.md).\n")


def render(n: int, names: list[str], written: str | None = None) -> None:
    written = written or date.today().isoformat()
    for name in names:
        build.build(name)
        d = build.OUT / __import__(name).SLUG
        st = d / "story.toml"
        st.write_text(st.read_text("utf-8").replace(
            "FICTIONAL development story", f"FICTIONAL held-out story (set {n})"), "utf-8")
        rd = d / "README.md"
        text = rd.read_text("utf-8").replace(
            "by `../_build/build.py`", f"by `../_build/build_heldout.py {n}` (which reuses `eval/stories/_build/`)")
        text = text.replace("Nothing here reports real events.\n",
                            "Nothing here reports real events.\n\n" + note(n, written), 1)
        rd.write_text(text, "utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit("usage: build_heldout.py SET_NUMBER STORY_MODULE [STORY_MODULE ...]")
    render(int(sys.argv[1]), sys.argv[2:])
