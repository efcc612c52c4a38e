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
from storywatch.facts.grammar import COUNT_NOUNS, MORE_APPROX, SUBJECT_DATA, Figure
from storywatch.facts.sentences import ALL_STOPS, detect_language


def _data() -> dict:
    return tomllib.loads(resources.files("storywatch.facts").joinpath("data", "phrases.toml").read_text("utf-8"))


_DATA = _data()
_LINKS = frozenset(L.fold(w) for w in _DATA["links"].split())
_OF = frozenset(L.fold(w) for w in _DATA["of_words"].split())
_SKIP = frozenset(L.fold(w) for w in _DATA["skip"].split())
_PREP = frozenset(L.fold(w) for w in _DATA["prepositions"].split()) | _OF
_AUX = frozenset(L.fold(w) for w in _DATA["auxiliaries"].split())
_FROM = frozenset(L.fold(w) for w in _DATA["from_words"].split())
_BE = frozenset(L.fold(w) for w in _DATA["be_forms"].split())
_ARTICLES = frozenset(L.fold(w) for w in _DATA["articles"].split())
_RELATIVES = frozenset(L.fold(w) for w in _DATA["relatives"].split())
_PER_UNIT = frozenset(L.fold(w) for w in _DATA["per_unit"].split())
_COST_VERBS = frozenset(L.fold(w) for w in _DATA["cost_verbs"].split())
_MODALS = frozenset(L.fold(w) for w in _DATA["modals"].split())
_CONJUNCTIONS = frozenset(L.fold(w) for w in _DATA["conjunctions"].split())
_REL = "<rel>"                 # a comma a relative clause opens after, in a phrase's words
_FROM_TO = "<from>"          # stands for "from X" in a phrase's gap: a change, so the phrase before it changed
_ADVERBS = frozenset(L.fold(w) for w in _DATA["adverbs"].split())
_CHANGE = frozenset(L.fold(w) for w in _DATA["change_verbs"].split())
_COUNTED: dict[str, str] = {L.fold(w): name for name, words in _DATA["counted"].items() for w in words}
_PARTICIPLE = tuple(_DATA["participle_endings"].split())
_SOURCES = frozenset(L.fold(w) for w in _DATA["sources"].split())
_NOUNS = frozenset(L.fold(n) for n in COUNT_NOUNS) | frozenset(_COUNTED)   # every counted noun the data names
_WEAK = frozenset(L.fold(w) for w in _DATA["weak_links"].split())
_IN = ("in", "an", "en")         # "$2bn in aid", "€5 Mrd. an Hilfen", "5 millones en ayudas"
# the words that may stand between a phrase and the figure it is the value of, or a counted noun and its number
_VALUE_GAP = _LINKS | _ADVERBS | {_FROM_TO}
_COUNT_GAP = _LINKS | _AUX | _ADVERBS
_NAMES: dict[str, str] = {L.fold(w.lower()): name for name, words in _DATA["names"].items() for w in words}
_MULTI = sorted((w for w in _NAMES if " " in w), key=len, reverse=True)
_YIELDING = frozenset(_DATA["yielding_names"])
_STOPS = frozenset(L.fold(w) for w in ALL_STOPS)
_DEAL_CUE = re.compile(SUBJECT_DATA["cues"]["deal_value"], re.I | re.X)

_HEAD_FIRST = frozenset({"it", "fr", "es"})   # languages whose noun comes before its modifiers
REACH = 120                      # characters read on each side of the figure (an aside fits)
_MAX_WORDS = 6                   # words a phrase may have
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s]|\d+(?:[.,]\d+)*", re.U)   # "1,4" one token
# "140 of the 400 seats": the part's digits, then the link, right before the whole
_PART_OF = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:{SUBJECT_DATA['context']['part_of']})\s+$", re.I | re.X)
_PER = SUBJECT_DATA["context"]["rate_per"]
_PER_BEFORE = re.compile(rf"\d[^\d.;:!?]{{0,25}}\s(?:{_PER})\s+$", re.I)       # "… 160 cases per [1,000]"
_PER_AFTER = re.compile(rf"\s+(?:{_PER})\s+(\d{{1,3}}(?:[.,\s\u00a0\u202f]\d{{3}})+|\d+)(?!\s*%)", re.I)
_NOT_DIGIT = re.compile(r"\D")
_TIMES = {w: span for span, words in SUBJECT_DATA["rate_times"].items() for w in words}
# "40 a day", not "40 a year after", "a year ago"
_PER_TIME = re.compile(rf"\s+(?:{_PER}|a|an|al|alla|am|im|par|por|la|el)\s+({'|'.join(_TIMES)})\b"
                       rf"(?!\s+(?:{SUBJECT_DATA['context']['rate_time_not']})\b)", re.I)
_BREAK = frozenset(",;:.!?()[]{}\"“”«»—–/|")


def _tokens(text: str) -> list[str]:
    """Words, numbers and breaks, lowercased without accents; other signs ("%", "€", "-") dropped."""
    return [L.fold(t.lower()).replace("’", "'") for t in _TOKEN.findall(text) if t[0].isalnum() or t in _BREAK]


# "at least", "upwards of": whole phrases, longest first, so a link inside one ("costs of about") is no qualifier
_QUALIFIERS = sorted({tuple(t for t in _tokens(q) if t[0].isalnum()) for q in [*L.APPROX, *MORE_APPROX]}, key=len, reverse=True)


def _window(sentence: str, end: int) -> list[str]:
    """The tokens of the REACH characters before ``end``, less a word the window cuts in two."""
    start = max(0, end - REACH)
    tokens = _tokens(sentence[start:end])
    return tokens[1:] if start and tokens and sentence[start - 1].isalnum() else tokens


def _before(tokens: list[str]) -> list[str]:
    """The tokens of the figure's clause before it, from the last break or number on; an aside
    between commas right before the figure's own words is skipped ("Il buco di capitale, stimato
    inizialmente in 1,4 miliardi, è salito a 2,3 miliardi")."""
    cut = _last_break(tokens, len(tokens))
    if cut > 0 and tokens[cut] == "," and tokens[cut + 1:cut + 2] and tokens[cut + 1] in _RELATIVES:
        return tokens[_last_break(tokens, cut) + 1:cut] + [_REL] + tokens[cut + 1:]   # the antecedent, marked
    if cut > 0 and tokens[cut][0].isdigit() and tokens[cut - 1] in _FROM:   # "coverage rose from 81% to"
        return _before(tokens[:cut - 1]) + [_FROM_TO] + tokens[cut + 1:]     # "den Fonds von 20 auf"
    if cut >= 0 and tokens[cut] in ",)" and all(w in _LINKS or w in _AUX or w in _ADVERBS for w in tokens[cut + 1:]):
        opens = "," if tokens[cut] == "," else "("
        for k in range(cut - 1, max(-1, cut - 13), -1):     # back to the comma or bracket that opens the aside
            if tokens[k] == opens:
                return tokens[_last_break(tokens, k) + 1:k] + tokens[cut + 1:]
            if tokens[k] in _BREAK:
                break
    return tokens[cut + 1:]


def _last_break(tokens: list[str], end: int) -> int:
    for i in range(end - 1, -1, -1):
        if tokens[i] in _BREAK or tokens[i][0].isdigit():
            return i
    return -1


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
    if yielding := [n for w in words if (n := _NAMES.get(w)) in _YIELDING]:
        # "the value of the contract" is the deal's value; "of the stolen works", a value
        return next((n for w in words if (n := _NAMES.get(w)) and n not in _YIELDING), yielding[0])
    heads = words if anywhere else [words[0] if head_first else words[-1]]
    return next((n for w in heads if (n := _NAMES.get(w) or _compound(w, _NAMES))), None)


def _compound(word: str, table: dict[str, str]) -> str | None:
    """A German compound by its last part: "Impfquote" is a rate, "Impfdosen" are doses."""
    if len(word) < 8:
        return None
    return next((table[word[i:]] for i in range(3, len(word) - 3) if word[i:] in table), None)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _SKIP and w not in _STOPS and w not in _PREP and w not in _LINKS
            and len(w) > 1 and not w.endswith("'s")]      # "the canton's children": a possessive is no head


def _gap(before: list[str], words: frozenset[str]) -> tuple[int, int]:
    """Where the words between a phrase and its figure start and end in ``before``: qualifiers
    ("at least") right before the figure, and before them at most five of ``words``."""
    i = len(before)
    while q := next((q for q in _QUALIFIERS if len(q) <= i and tuple(before[i - len(q):i]) == q), None):
        i -= len(q)
    end = i
    while i and before[i - 1] in words and end - i < 5:
        i -= 1
    return i, end


def _value_of(before: list[str], per_unit: bool = False) -> list[str] | None:
    """'the cost of the repairs is put at': the head words of the phrase the figure is the value of
    (a link between them), else None."""
    i, gap_end = _gap(before, _VALUE_GAP)
    gap = before[i:gap_end]
    phrase = before[max(0, i - _MAX_WORDS - 2):i]
    verb = max((j for j, w in enumerate(phrase) if w in _CHANGE), default=None)
    if verb is not None and verb + 1 == len(phrase) and _REL in phrase[:verb]:   # a relative clause (_before)
        phrase = before[:before.index(_REL)][-_MAX_WORDS:]   # "Restructuring costs, which … raised to": the antecedent
    elif verb is not None:          # "raises shortfall to": the changed quantity is the verb's object
        phrase = phrase[verb + 1:]
    else:
        phrase = phrase[-_MAX_WORDS:]
    if verb is None and all(w in _WEAK or w in _AUX or w in _ADVERBS for w in gap):
        return None
    phrase = _phrase_start(phrase)
    joined = f" {' '.join(phrase)} "
    if known := next((k for k in _MULTI if f" {k} " in joined), None):
        return known.split()        # "taux de couverture vaccinale": a known name past the head
    if gap and all(w in _OF for w in gap):
        return None if per_unit else _named_before_of(phrase)
    return _head_words(phrase)


def _phrase_start(phrase: list[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """The phrase from after the last word that cannot be in it (a verb or a pronoun: a stopword),
    less the stopwords in ``keep``."""
    for j in range(len(phrase) - 1, -1, -1):
        if phrase[j] in _STOPS and phrase[j] not in _PREP and phrase[j] not in _SKIP and phrase[j] not in keep:
            return phrase[j + 1:]
    return phrase


def _head_words(phrase: list[str]) -> list[str] | None:
    head = phrase
    for j, w in enumerate(phrase):          # "the cost of the repairs": the head is before the first "of"
        if w in _PREP and _content(phrase[:j]):
            head = phrase[:j]
            break
    words = _content(head)[-2:]
    if words and _NAMES.get(words[-1]) in _YIELDING:   # "the value of the contract": of what, too
        return words[-1:] + _content(phrase[len(head):])
    return words or None


def _cost_of(before: list[str], head_first: bool) -> list[str] | None:
    """'the single ticket will cost', 'il biglietto costerà', 'der Umbau kostet': the amount is
    what the thing costs — the thing's known name ("ticket" is a price, "Umbau" restructuring
    costs, "the deal" its value), else its cost. None where no such verb precedes the amount."""
    j = _gap(before, frozenset())[0] - 1      # past the qualifiers ("costerà più di")
    if j < 0 or not (before[j] in _COST_VERBS or (before[j] == "cost" and j and before[j - 1] in _MODALS)):
        return None
    while j and (before[j - 1] in _MODALS or before[j - 1] in _ADVERBS):
        j -= 1
    # "il biglietto singolo di metro e autobus costerà": a conjunction inside the thing's name
    words = _head_words(_phrase_start(before[max(0, j - _MAX_WORDS - 2):j], keep=_CONJUNCTIONS))
    return words if words and _name(words, head_first) else ["cost"]


def _named_before_of(phrase: list[str]) -> list[str] | None:
    """'restructuring costs of about', 'Restrukturierungskosten von rund': the known quantity right
    before "of", else None. A word that names a deal's value in a deal story ("an investment of",
    "a total cost of") leaves the amount to the deal cues' reading, as every amount after "of" was."""
    joined = f" {' '.join(phrase)}"
    if known := next((k for k in _MULTI if joined.endswith(f" {k}")), None):
        return known.split()
    last = phrase[-1:]
    return last if last and _name(last, False) and not _DEAL_CUE.fullmatch(last[0]) else None


def _rate_of(before: list[str]) -> list[str] | None:
    """'a haircut of 30%', 'una quita del 30 %': a percentage after "of" is the value of the known
    quantity before it (an amount after "of" is left to the amounts' own readings: "an investment
    of 1.5 billion euros" is the deal's value)."""
    if len(before) < 2 or before[-1] not in _OF:
        return None
    return next(([w] for w in reversed(_content(before[-3:-1])) if _name([w], False)), None)


def _quantified(after: list[str], tail: str, kind: str, head_first: bool) -> list[str] | None:
    """'4.5 billion euros of fresh capital', '40% of the crop', 'a $2bn fine': the words after the
    figure that say what it is an amount or a share of. An amount "in" or "of" something, or a
    noun after it, counts only where it names a known quantity ("$2bn in 2019", "€3m on Monday");
    a percentage only "of" something ("25% in May" is when); a noun after the figure only in a
    language that puts it there, and not a name ("the $132,000 Grand Prix")."""
    if not after:
        return None
    if after[0] in _OF or (after[0] in _IN and kind != "percent"):
        if after[0] in _IN and after[1:2] and after[1] in _SKIP:
            return None                     # "in a December share sale", "in the first half": when or where
        words = _content(_upto_stop(after[1:]))[:3]
        return words if words and (kind == "percent" or _name(words, head_first, anywhere=True)) else None
    first = _TOKEN.search(tail)
    if head_first or not first or first.group()[:1].isupper():
        return None
    words = _content(_upto_stop(after))[:2]
    if words and not _name(words, head_first):
        words = words[:1]           # "a 30% haircut instead of 40%": the noun alone is the head
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
    before = _before(_window(sentence, figure.start))
    tail = sentence[figure.end:figure.end + REACH]
    after = _after(_tokens(tail))
    head_first = detect_language(sentence) in _HEAD_FIRST
    words = _cost_of(before, head_first) or _value_of(before, per_unit=bool(after) and after[0] in _PER_UNIT) or \
        (_rate_of(before) if figure.kind == "percent" else None)
    if words is None:
        if measure_of or (words := _quantified(after, tail, figure.kind, head_first)) is None:
            return None
        named = _name(words, head_first, anywhere=True)
        if figure.kind == "percent" and after[0] in _OF:  # "40% of the crop", "2% of revenues": a share
            return f"{named or words[0]} share", named is not None   # of it, named as the house names shares
        return (named, named not in _YIELDING) if named else (" ".join(words[:2]), False)
    named = _name(words, head_first)
    # a yielding name alone ("il valore dell'accordo", "im Wert von") leaves the cues to say of what
    return (named, named not in _YIELDING) if named else (" ".join(words), False)


# ------------------------------------------------------------------ counted nouns
def counted_name(noun: str | None) -> str | None:
    """The one name a counted noun has in every language ("cas", "Fälle", "casi" → cases), or None."""
    word = L.fold(noun.strip("'’-").lower()) if noun else ""
    return (_COUNTED.get(word) or _compound(word, _COUNTED)) if word else None


def count_of(sentence: str, start: int) -> str | None:
    """'measles cases reach 214', 'confirmed cases have now reached 390', 'i contagi sono saliti a
    214': the counted noun (one the data names) that a bare number right
    after it is the value of, with a link verb between (at most five words), else None."""
    before = _before(_window(sentence, start))
    i, gap_end = _gap(before, _COUNT_GAP)
    if all(w in _WEAK or w in _AUX or w in _ADVERBS or w in _OF for w in before[i:gap_end]):
        return None
    # the noun, or (in a language that puts it first) the noun before its participle ("i casi confermati")
    return next((w for w in reversed(before[max(0, i - 2):i]) if w in _NOUNS), None)


def count_before_noun(sentence: str, end: int) -> str | None:
    """'eleva a 1.180 las edificaciones', 'porta a 85 gli edifici': the counted noun (one the data
    names) that follows a bare number after its definite article, else None."""
    after = _tokens(sentence[end:end + 40])[:2]
    return after[1] if len(after) == 2 and after[0] in _ARTICLES and after[1] in _NOUNS else None


def is_denominator(sentence: str, figure: Figure) -> bool:
    """'160 cases per [1,000 children]', '45 casi ogni [100.000 abitanti]': a rate's denominator."""
    return bool(_PER_BEFORE.search(sentence, max(0, figure.start - 40), figure.start))


def rate_span(sentence: str, figure: Figure) -> str | None:
    """'per 1,000' for '160 cases per 1,000 children', 'per day' for '40 deaths a day' ('12 Tote
    pro Tag', '300 cas par semaine'), else None."""
    if m := _PER_AFTER.match(sentence, figure.end):
        return f"per {int(_NOT_DIGIT.sub('', m.group(1))):,}"
    m = _PER_TIME.match(sentence, figure.end)
    return f"per {_TIMES[m.group(1).lower()]}" if m else None


def people_verb(sentence: str, figure: Figure) -> str | None:
    """What happened to a count of people, said by its verb alone: 'has infected 214 people',
    '214 people were evacuated', '214 persone contagiate', '214 personnes infectées' → the participle;
    None for people who are sources ("two people familiar with", "three people briefed on")."""
    before = _before(_window(sentence, figure.start))
    before = before[:_gap(before, frozenset())[1]]       # less a qualifier ("some 214 people")
    after = _after(_tokens(sentence[figure.end:figure.end + REACH]))[:4]
    # after the noun, a participle agrees with it ("persone contagiate") or follows an auxiliary
    # in a passive ("214 people were infected"); an English verb alone, or after "have", is what the
    # people did ("17 people showed", "14 people have visited")
    helped = any(w in _BE for w in after[:3])       # a passive: "were infected", "have been evacuated"
    after = [w for w in after if w not in _AUX and w not in _ADVERBS and w not in _LINKS]
    if not helped and detect_language(sentence) not in _HEAD_FIRST:
        after = []
    for word in (before[-1:] if before and before[-1].endswith("ed") else []) + after[:1]:
        if len(word) > 4 and word.endswith(_PARTICIPLE) and not word.endswith("eed") \
                and word not in _SOURCES and word not in _STOPS:   # not "people need"
            return word
    return None


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
