"""Render eval/stories_heldout/<slug>/ from a held-out story module, reusing the development stories'
generator (eval/stories/_build/build.py and layouts.py) by import; only the output folder and the
wording that says "development" differ.

    cd eval/stories_heldout/_build && ../../../.venv/bin/python build_heldout.py h_ratehike h_recall
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_BUILD = HERE.parents[1] / "stories" / "_build"
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(DEV_BUILD))

import build  # noqa: E402  (eval/stories/_build/build.py)

build.OUT = HERE.parent                              # eval/stories_heldout/


def main(names):
    for name in names:
        build.build(name)
        mod = __import__(name)
        d = build.OUT / mod.SLUG
        st = d / "story.toml"
        st.write_text(st.read_text("utf-8").replace("FICTIONAL development story", "FICTIONAL held-out story"), "utf-8")
        rd = d / "README.md"
        text = rd.read_text("utf-8").replace(
            "by `../_build/build.py`", "by `../_build/build_heldout.py` (which reuses `eval/stories/_build/`)")
        text = text.replace("Nothing here reports real events.\n",
                            "Nothing here reports real events.\n\n**HELD-OUT** (set 2): written on 2026-12-07 after the "
                            "rules were frozen at commit 2b1bc18, by the engineer who had fixed them on held-out "
                            "set 1 (who knows how they read text: the score may be flattered); nobody tuned the "
                            "rules to it, and nothing is changed after its first run. Scored with "
                            "`eval/score_stories.py --held-out` and reported apart (docs/quality.md).\n", 1)
        rd.write_text(text, "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
