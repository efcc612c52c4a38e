"""Render a former held-out set (eval/stories/<slug>/) from its story modules with the development
stories' generator (build.py and layouts.py beside this file). Sets 3 to 14 were written blind as
held-out sets, scored once, and are now development (docs/quality.md, "Held-out set N, now
development"); only the wording of their story.toml and README.md differs from build.py's.

    cd eval/stories/_build && ../../../.venv/bin/python build_former.py 6        # set 6's two stories
    cd eval/stories/_build && ../../../.venv/bin/python build_former.py 3 4 5 6 7 8 9 10 11 12 13 14
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402  (eval/stories/_build/build.py)

# set -> (the freeze it was scored on, the kinds of story it brought, its story modules)
SETS = {
    3: ("8ad5abd", None, ("h3_mine", "h3_nurses")),
    4: ("b543e09", "a flood; an airline's collapse", ("h4_flood", "h4_airline")),
    5: ("46e7d48", "a cyberattack on a hospital group; an explosion and chemical spill at a plant",
        ("h5_breach", "h5_chemical")),
    6: ("acbbc0b", "a new drug's approval and price fight; a wave of protests over a fare rise with a curfew",
        ("h6_drug", "h6_protests")),
    7: ("12e9397", "a competition authority's review of a merger, cleared with conditions; a ship's grounding "
        "and oil spill with its salvage", ("h7_antitrust", "h7_oilspill")),
    8: ("f57fc43", "a measles outbreak with a school quarantine; a bank's rescue and nationalisation",
        ("h8_measles", "h8_bankrescue")),
    9: ("28b8523", "a storm with a weather warning and a closed railway line; a museum theft",
        ("h9_storm", "h9_heist")),
    10: ("000230f", "a volcanic eruption with an airport closed by its ash; a company's stock-market listing, "
         "postponed and relaunched", ("h10_volcano", "h10_ipo")),
    11: ("04e3d20", "a ferry's sinking with its search and rescue; a country's debt default and IMF rescue",
         ("h11_ferry", "h11_debt")),
    12: ("c5ec730", "a train's derailment; a factory's closure with job cuts, a strike and a sale",
         ("h12_derailment", "h12_plant")),
    13: ("49f06c9", "a bird flu epidemic on duck farms with an import ban; an Alpine road tunnel's water inrush, "
         "cost overrun and delay", ("h13_birdflu", "h13_tunnel")),
    14: ("b4bcc01", "a drought with water rationing on an island; a cyclist's doping ban and its appeal",
         ("h14_drought", "h14_doping")),
}


def note(n: int) -> str:
    freeze, kinds, _ = SETS[n]
    seen = f"kinds of story not in the development set then ({kinds}); " if kinds else ""
    return (f"**Formerly HELD-OUT** (set {n}, issue 24): written blind on 2026-12-07 by an engineer who had not "
            f"read storywatch's fact rules, their data or their tests, before the rules were frozen at {freeze}; "
            f"{seen}its story file has only name, slug, description, seeds and terms (no `[facts]` tuning), and "
            "its expected alerts were written and committed before any run. Scored once blind (docs/quality.md), "
            "it is now a development story.\n")


def render(n: int) -> None:
    for name in SETS[n][2]:
        build.build(name)
        d = build.OUT / __import__(name).SLUG
        st = d / "story.toml"
        st.write_text(st.read_text("utf-8").replace(
            "FICTIONAL development story", f"FICTIONAL development story (formerly held-out set {n})"), "utf-8")
        rd = d / "README.md"
        text = rd.read_text("utf-8").replace("by `../_build/build.py`", f"by `../_build/build_former.py {n}`")
        text = text.replace("Nothing here reports real events.\n", "Nothing here reports real events.\n\n" + note(n), 1)
        rd.write_text(text, "utf-8")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        render(int(arg))
