"""What an amount, a percentage or a length measures when no frame names it, read from the noun
phrase around it: the phrase it is the value of ("the cost of the repairs is put at €300 million"
→ cost, "la colonna di cenere ha raggiunto 9 km" → height), the phrase it quantifies ("4.5 billion
euros of fresh capital" → capital, "40% of the crop" → share of crop) or the noun it qualifies
("a $2bn fine" → fine).

A phrase that names a measured quantity in ``data/phrases.toml`` gets that quantity's name in
every language ("costo", "Kosten", "coût" → cost); any other phrase is its own head words,
lowercased and without accents, which stays the same across versions of one article and across
outlets writing in one language. Only the words next to the figure are read (a bounded window, cut
at punctuation and at other numbers), so the work per figure does not grow with the sentence.
"""
from __future__ import annotations

import re
import tomllib
from importlib import resources

from storywatch.facts import lexicon as L
from storywatch.facts.grammar import MORE_APPROX, SUBJECT_DATA, Figure
from storywatch.facts.sentences import ALL_STOPS, detect_language


def _data() -> dict:
    return tomllib.loads(resources.files("storywatch.facts").joinpath("data", "phrases.toml").read_text("utf-8"))


_DATA = _data()
_LINKS = frozenset(L.fold(w) for w in _DATA["links"].split())
_OF = frozenset(L.fold(w) for w in _DATA["of_words"].split())
_SKIP = frozenset(L.fold(w) for w in _DATA["skip"].split())
_PREP = frozenset(L.fold(w) for w in _DATA["prepositions"].split()) | _OF
_AUX = frozenset(L.fold(w) for w in _DATA["auxiliaries"].split())
# links that alone make no phrase the figure's value ("pay a $2bn fine": "a" is an article)
_WEAK = frozenset("a al ai alla alle à in at to en auf bei around about rund etwa el la".split())
_NAMES: dict[str, str] = {L.fold(w.lower()): name for name, words in _DATA["names"].items() for w in words}
_MULTI = sorted((w for w in _NAMES if " " in w), key=len, reverse=True)
_QUALIFIERS = frozenset(L.fold(w.lower()) for q in [*L.APPROX, *MORE_APPROX] for w in q.split())
_STOPS = frozenset(L.fold(w) for w in ALL_STOPS)

_HEAD_FIRST = frozenset({"it", "fr", "es"})   # languages whose noun comes before its modifiers
REACH = 80                       # characters read on each side of the figure
_MAX_WORDS = 6                   # words a phrase may have
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s]|\d+", re.U)
# "140 of the 400 seats": the part's digits, then the link, right before the whole
_PART_OF = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:{SUBJECT_DATA['context']['part_of']})\s+$", re.I | re.X)
_BREAK = frozenset(",;:.!?()[]{}\"“”«»—–/|")


def _tokens(text: str) -> list[str]:
    return [L.fold(t.lower()).replace("’", "'") for t in _TOKEN.findall(text)]


def _before(tokens: list[str]) -> list[str]:
    """The tokens of the figure's clause before it, from the last break or number on."""
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t in _BREAK or t[0].isdigit():
            return tokens[i + 1:]
    return tokens


def _after(tokens: list[str]) -> list[str]:
    for i, t in enumerate(tokens):
        if t in _BREAK or t[0].isdigit():
            return tokens[:i]
    return tokens


def _name(words: list[str], head_first: bool, anywhere: bool = False) -> str | None:
    """The measured quantity the words name, if the data knows one: the longest known phrase in
    them, else their head ("reserve margin" is a margin, not reserves; "depositi ritirati" are
    deposits): the last word in English and German, the first in Italian, French and Spanish.
    ``anywhere``: any word may name it (the words after "of", where a verb may end the run:
    "2 percent of corporate profits go")."""
    joined = " ".join(words)
    for key in _MULTI:
        if f" {key} " in f" {joined} ":
            return _NAMES[key]
    if not words:
        return None
    heads = words if anywhere else [words[0] if head_first else words[-1]]
    return next((_NAMES[h] for w in heads if (h := w[:-2] if w.endswith("'s") else w) in _NAMES), None)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _SKIP and w not in _STOPS and w not in _PREP and w not in _LINKS and len(w) > 1]


def _value_of(before: list[str]) -> list[str] | None:
    """'the cost of the repairs is put at': the head words of the phrase the figure is the value of
    (a link between them), else None."""
    i = len(before)
    while i and before[i - 1] in _QUALIFIERS:
        i -= 1
    gap_end = i
    while i and before[i - 1] in _LINKS and gap_end - i < 4:
        i -= 1
    gap = before[i:gap_end]
    if all(w in _WEAK or w in _AUX for w in gap):
        return None
    phrase = before[max(0, i - _MAX_WORDS):i]
    # the phrase starts after the last word that cannot be in it (a verb or a pronoun: a stopword)
    for j in range(len(phrase) - 1, -1, -1):
        if phrase[j] in _STOPS and phrase[j] not in _PREP and phrase[j] not in _SKIP:
            phrase = phrase[j + 1:]
            break
    head = phrase
    for j, w in enumerate(phrase):          # "the cost of the repairs": the head is before the first "of"
        if w in _PREP and _content(phrase[:j]):
            head = phrase[:j]
            break
    words = _content(head)[-2:]
    return words or None


def _quantified(after: list[str], raw: list[str], kind: str, head_first: bool) -> list[str] | None:
    """'4.5 billion euros of fresh capital', '40% of the crop', 'a $2bn fine': the words after the
    figure that say what it is an amount or a share of. An amount "in" or "of" something, or a
    noun after it, counts only where it names a known quantity ("$2bn in 2019", "€3m on Monday");
    a percentage only "of" something ("25% in May" is when); a noun after the figure only in a
    language that puts it there, and not a name ("the $132,000 Grand Prix")."""
    if not after:
        return None
    if after[0] in _OF or (after[0] in ("in", "an", "en") and kind != "percent"):
        if after[0] in ("in", "an", "en") and after[1:2] and after[1] in _SKIP:
            return None                     # "in a December share sale", "in the first half": when or where
        words = _content(_upto_stop(after[1:]))[:3]
        return words if words and (kind == "percent" or _name(words, head_first, anywhere=True)) else None
    if head_first or not raw or raw[0][:1].isupper():
        return None
    words = _content(_upto_stop(after))[:2]
    return words if words and _name(words, head_first) else None


def _upto_stop(tokens: list[str]) -> list[str]:
    out = []
    for t in tokens[:_MAX_WORDS]:
        if t in _STOPS and t not in _SKIP and t not in _OF:
            break
        out.append(t)
    return out


def phrase_subject(sentence: str, figure: Figure, measure_of: bool = False) -> tuple[str, bool] | None:
    """The subject the noun phrase around the figure names, and whether the data knows it (a
    quantity's name in every language) — or None where no phrase is the figure's. ``measure_of``:
    only a phrase the figure is the value of ("the ash column rose to 9 km", not "300 metres of
    depth", which is where something is, not what changed)."""
    before = _before(_tokens(sentence[max(0, figure.start - REACH):figure.start]))
    tail = sentence[figure.end:figure.end + REACH]
    after, raw = _after(_tokens(tail)), _TOKEN.findall(tail)
    head_first = detect_language(sentence) in _HEAD_FIRST
    words = _value_of(before)
    if words is None:
        if measure_of or (words := _quantified(after, raw, figure.kind, head_first)) is None:
            return None
        named = _name(words, head_first, anywhere=True)
        if figure.kind == "percent":        # "40% of the crop", "2% of revenues": a share of it, named
            return f"{named or words[0]} share", named is not None   # as the house names shares ("vote share")
        return (named, True) if named else (" ".join(words[:2]), False)
    named = _name(words, head_first)
    return (named, True) if named else (" ".join(words), False)


# ------------------------------------------------------------------ a part before its whole
def part_before(sentence: str, figure: Figure) -> re.Match | None:
    """'140 of the 400 seats': the part before a whole (a count of a named thing), if any."""
    if figure.kind != "count" or not figure.thing:
        return None
    return _PART_OF.search(sentence[max(0, figure.start - 40):figure.start])


def parts_of_wholes(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The parts written as bare numbers before a whole ("140 of the 400 seats" → 140 seats), as
    counts of the whole's thing; ``figures``: the sentence's figures."""
    out = []
    for whole in figures:
        m = part_before(sentence, whole)
        if m is None:
            continue
        start = max(0, whole.start - 40) + m.start(1)
        end = start + len(m.group(1))
        if any(f.start < end and start < f.end for f in figures):
            continue
        out.append(Figure(kind="count", value=float(m.group(1).replace(",", "")), unit="count",
                          text=sentence[start:whole.end], start=start, end=end, precision=1.0, thing=whole.thing))
    return out
