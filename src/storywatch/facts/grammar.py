"""The pieces of the figure grammar that more than one reader of a sentence needs: the figure
record itself, and the cues of a change ("raised from X to Y")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storywatch.facts import lexicon as L

# "… from": the figure after it is the old value of a change
FROM = re.compile(r"\b(?:from|da|de|von|desde)\s+$", re.I)
# a verb of change ("raised", "cut", "aumentato", …)
CHANGE = re.compile(rf"\b(?:{L.CHANGE_VERBS})", re.I)


@dataclass(frozen=True)
class Figure:
    kind: str
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
