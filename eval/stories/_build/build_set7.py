"""Render set 7 (eval/stories/<slug>/: brennmark-colivert-merger-review, marisol-star-oil-spill) from
its story modules with the development stories' generator (build.py and layouts.py beside this file). Set 7 was
written blind as a held-out set and is now development (docs/quality.md, "Held-out set 7, now
development"); only the wording of its story.toml and README.md differs from build.py's.

    cd eval/stories/_build && ../../../.venv/bin/python build_set7.py h7_antitrust h7_oilspill
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402  (eval/stories/_build/build.py)

NOTE = ("**Formerly HELD-OUT** (set 7, issue 24): written blind on 2026-12-07 by an engineer who had not "
        "read storywatch's fact rules, their data or their tests, before the rules were frozen at 12e9397; "
        "kinds of story not in the development set then (a competition authority's review of a merger, "
        "cleared with conditions; a ship's grounding and oil spill with its salvage); its story file "
        "has only name, slug, description, seeds and terms (no `[facts]` tuning), and its expected alerts "
        "were written and committed before any run. Scored once blind (docs/quality.md), it is now a "
        "development story.\n")


def main(names):
    for name in names:
        build.build(name)
        mod = __import__(name)
        d = build.OUT / mod.SLUG
        st = d / "story.toml"
        st.write_text(st.read_text("utf-8").replace("FICTIONAL development story",
                                                    "FICTIONAL development story (formerly held-out set 7)"), "utf-8")
        rd = d / "README.md"
        text = rd.read_text("utf-8").replace("by `../_build/build.py`", "by `../_build/build_set7.py`")
        text = text.replace("Nothing here reports real events.\n", "Nothing here reports real events.\n\n" + NOTE, 1)
        rd.write_text(text, "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
