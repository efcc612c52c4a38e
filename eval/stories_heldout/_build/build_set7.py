"""Render held-out set 7 (eval/stories_heldout/<slug>/) from its story modules, reusing the
development stories' generator (eval/stories/_build/build.py and layouts.py) by import; only the
output folder and the wording that says "development" differ (as build_set6.py does for set 6).

    cd eval/stories_heldout/_build && ../../../.venv/bin/python build_set7.py h7_antitrust h7_oilspill
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_BUILD = HERE.parents[1] / "stories" / "_build"
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(DEV_BUILD))

import build  # noqa: E402  (eval/stories/_build/build.py)

build.OUT = HERE.parent                              # eval/stories_heldout/

NOTE = ("**HELD-OUT** (set 7, issue 24): written blind on 2026-12-07 by an engineer who had not read "
        "storywatch's fact rules, their data or their tests, before the rules were frozen; kinds of "
        "story not in any earlier set (a competition authority's review of a merger, cleared with "
        "conditions; a ship's grounding and oil spill with its salvage); its story file has only name, "
        "slug, description, seeds and terms (no `[facts]` tuning), its expected alerts were written and "
        "committed before any run, and nothing here is changed after its first (and only) scoring with "
        "`eval/score_stories.py --held-out`.\n")


def main(names):
    for name in names:
        build.build(name)
        mod = __import__(name)
        d = build.OUT / mod.SLUG
        st = d / "story.toml"
        st.write_text(st.read_text("utf-8").replace("FICTIONAL development story", "FICTIONAL held-out story (set 7)"), "utf-8")
        rd = d / "README.md"
        text = rd.read_text("utf-8").replace(
            "by `../_build/build.py`", "by `../_build/build_set7.py` (which reuses `eval/stories/_build/`)")
        text = text.replace("Nothing here reports real events.\n", "Nothing here reports real events.\n\n" + NOTE, 1)
        rd.write_text(text, "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
