"""The pieces of the figure grammar that more than one reader of a sentence needs: the figure
record itself, and the cues of a change ("raised from X to Y")."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from storywatch.facts import lexicon as L

# "… from": the figure after it is the old value of a change
FROM = re.compile(r"\b(?:from|da|de|von|desde)\s+$", re.I)
# qualifiers of a figure beyond lexicon.APPROX (kept in Figure.approx; the value is the number written)
MORE_APPROX = ["mindestens", "über", "knapp", "ungefähr", "circa", "zirka", "höchstens", "al menos",
               "por lo menos", "au moins", "au minimum", "moins de", "quelque", "intorno a", "all'incirca",
               "meno di", "fino ad", "a dir poco", "no less than", "at most", "well over", "a reported",
               "above", "below", "oltre il", "più del", "über", "plus de", "más del"]
# a verb of change ("raised", "cut", "aumentato", …)
CHANGE = re.compile(rf"\b(?:{L.CHANGE_VERBS})", re.I)




def _subject_data() -> dict:
    """data/subjects.toml, read once: the subjects' frames and words (``subjects``), the counted
    nouns and tally heads figures need."""
    text = resources.files("storywatch.facts").joinpath("data", "subjects.toml").read_text("utf-8")
    return tomllib.loads(text)


SUBJECT_DATA = _subject_data()
# counted nouns of the subjects ("satellites", "morti", "Todesopfer"): a count in any language
COUNT_NOUNS = frozenset(n.lower() for s in SUBJECT_DATA["subject"] for n in s.get("nouns", ()))
# "the death toll rose to 112": a bare number after such a head is a count
TALLY_HEAD = re.compile(rf"(?<!\w)(?:{SUBJECT_DATA['figures']['tally_heads']})(?!\w)", re.I | re.X)

# unitless measures: "magnitude 6.8", "a magnitude-6.8 quake", "6.8-magnitude", "Stärke 6,8",
# "6.8 on the Richter scale"; the name (lowercased) maps to the unit a Figure of kind "measure" gets
MEASURE_NAMES = {"magnitude": "magnitude", "magnitudo": "magnitude", "magnitud": "magnitude",
                 "stärke": "magnitude", "richter": "magnitude", "on the richter scale": "magnitude"}
MEASURE_HINTS = ("magn", "richter", "stärke")
MEASURE = re.compile(
    r"(?<!\w)(?P<name>magnitude|magnitudo|magnitud|stärke|richter)(?:\s+(?:of|di|de|von|der))?[\s-]*"
    r"(?P<num>\d{1,2}(?:[.,]\d{1,2})?)(?![.,]?\d)"
    r"|(?<![\d.,])(?P<num2>\d{1,2}(?:[.,]\d{1,2})?)(?:[\s-]*(?P<name2>magnitude|magnitudo)(?!\w)"
    r"|\s+(?P<name3>on\s+the\s+richter\s+scale))", re.I)


@dataclass(frozen=True)
class Figure:
    kind: str                     # money | percent | duration | count | measure
    value: float
    unit: str
    text: str
    start: int
    end: int
    precision: float
    value_high: float | None = None
    approx: str | None = None
    alt_value: float | None = None
    alt_unit: str | None = None
    thing: str | None = None
    unit_inferred: bool = False   # True when the currency was not written ("1,5 miliardi" -> EUR)
