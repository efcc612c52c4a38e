"""Read reported figures (money, percentages, durations, counts) out of news sentences.

Pure stdlib. Word lists live in :mod:`storywatch.facts.lexicon`; this module holds the
grammar: a number/amount regex, then what follows or precedes the amount decides
the kind (currency -> money, "%" -> percent, a time unit -> duration, a plural
noun -> count). Neighbouring amounts are joined into ranges ("1–1.5 billion
euros") and conversions ("1.5 billion euros (about $1.55 billion)").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from storywatch.facts import currency as CUR
from storywatch.facts import lexicon as L
from storywatch.facts import numbers as N
from storywatch.facts.grammar import (CHANGE, COUNT_FRAME_AFTER, COUNT_FRAME_BEFORE, COUNT_NOUNS, FROM, INCREMENT_BEFORE,
                                     MEASURE, MEASURE_HINTS, MEASURE_NAMES, MORE_APPROX, OLD_VALUE, TALLY_HEAD, Figure)
from storywatch.facts.phrases import count_before_noun, count_of
from storywatch.facts.sentences import ALL_STOPS, detect_language

MAX_VALUE = 1e15


# ------------------------------------------------------------------ figure grammar
_END, _rx_alt = N.END, N.rx_alt
_PCT = re.compile(r"[\s\u00a0\u202f]?(?:%|percent\b|per\s?cent\b|per\s?cento\b|pour\s?cent\b|prozent\b|por\s?ciento\b)", re.I)
_DUR = re.compile(rf"(?:\s*-\s*|\s+)(?P<u>{_rx_alt(L.DURATION_UNITS)}){_END}(?!-old)"
                  rf"(?!\s+(?:{L.DURATION_AFTER_STOP})\b)", re.I)
_DUR_BEFORE = re.compile(rf"\b(?:{L.DURATION_BEFORE_STOP})\s+$", re.I)
_DECADE = re.compile(rf"\b(?:a|one|un|une|una|ein(?:e|em)?)\s+(?P<u>{L.DECADE_WORDS}){_END}", re.I)
_COUNT = re.compile(r"(?P<conn>\s+(?:of|di|de)\s+|\s+d['’]|\s+)(?P<w1>[^\W\d_][\w'’-]*)(?:\s+(?P<w2>[^\W\d_][\w'’-]*))?")
_APPROX = re.compile(rf"(?<![\w])(?P<q>{_rx_alt([*L.APPROX, *MORE_APPROX])})\s+$", re.I)
_CONV = re.compile(rf"(?P<open>\s*\(\s*|\s*[,;]?\s+)(?P<q>(?:{L.CONV_LEAD}\s+)?(?:{L.CONV_APPROX}\s+)?(?:{L.CONV_VERB}\s+)?)", re.I)
_RANGE_DASH, _RANGE_AND = re.compile(rf"\s*(?:{L.RANGE_DASH})\s*", re.I), re.compile(rf"\s+(?:{L.RANGE_AND})\s+", re.I)
_RANGE_OPEN = re.compile(rf"\b(?:{L.RANGE_OPENERS})\s+$", re.I)
_UNIT_AFTER = re.compile(rf"[\s\u00a0]+(?P<u>{_rx_alt(L.MEASURE_UNITS)})(?![\w²³])", re.I)


@dataclass
class _Q:  # a candidate quantity while parsing one sentence
    kind: str | None          # None: bare number (may become a range's low end)
    base: Decimal
    prec: Decimal
    mult: Decimal
    scale: str | None
    start: int
    end: int
    unit: str | None = None
    thing: str | None = None
    inferred: bool = False
    high: Decimal | None = None
    alt: tuple | None = None
    minor: bool = False       # "50 cents": the amount is in hundredths of ``unit``

    @property
    def value(self) -> Decimal:
        return self.base * self.mult


def extract_figures(sentence: str, lang: str | None = None) -> list[Figure]:
    """All money/percent/duration/count/measure figures in one sentence, in text order."""
    lang = lang or detect_language(sentence)
    qs: list[_Q] = []
    for m in N.amounts(sentence, lang):
        if qs and m.start() < qs[-1].end:
            continue                                  # inside the last figure: "30 per cento" is not 100
        q = _classify(sentence, m, lang, qs[-1].end if qs else 0)
        if q:
            qs.append(q)
    qs = _join_conversions(sentence, _join_ranges(sentence, _join_minor(sentence, qs)))
    qs += _decades(sentence, qs)
    qs = _tallies(sentence, _measures(sentence, qs))
    figs = [_to_figure(sentence, q) for q in sorted(qs, key=lambda q: q.start) if q.kind]
    return [f for f in figs if f is not None]


def _classify(s: str, m: re.Match, lang: str, floor: int) -> _Q | None:
    base, prec, word = N.amount(m, lang)
    q = _Q(None, base, prec, N.scale(word), word, m.start(), m.end())
    wn = (m.group("wn") or "").lower()
    if (wn and not word and lang == "en" and not isinstance(m, N.Spelled)
            and re.sub(r"\s+", " ", wn) not in L.WORD_NUMBERS_BY_LANG["en"]):
        return None  # "due" is 2 in Italian only
    glued = m.group("num") and q.start and s[q.start - 1].isalpha()
    if glued:  # "USD115", "RM50", "R273.00" -- but not "F16" or "A320"
        return _as_money(s, q, lang, floor, glued=True)
    return _as_money(s, q, lang, floor) or _as_other(s, q, m, lang) or q


def _as_money(s: str, q: _Q, lang: str, floor: int = 0, glued: bool = False) -> _Q | None:
    lo = max(floor, q.start - 12)
    forms = CUR.forms(lang)
    single = glued and lang == "price"                # "R273.00" in a price, never "Q2" in text
    pre = forms.prefix.search(s, lo, q.start) or (CUR.GLUED.search(s, lo, q.start) if single else None)
    if pre and not (glued and pre.end() != q.start):
        q.unit, mega = CUR.prefix_code(pre)
        q.kind, q.start = "money", pre.start()
        if pre.group().strip() == "$" and (code := CUR.dollar_code_after(s, q.end)):
            q.unit, q.end = code                     # "$1,190.00 AUD"
        return _scaled_after(s, q, mega)
    if glued:
        return None
    suf = CUR.suffix(s, q.end, forms)
    if suf and not (suf[3].lower() in L.WEAK_CURRENCY and not q.scale and lang != "price"):
        q.kind, q.unit, q.end = "money", suf[0], suf[1]
        return _scaled_after(s, q, suf[2])
    if (minor := CUR.minor(s, q.end, lang)) and not q.scale:
        q.kind, q.unit, q.end, q.mult, q.minor = "money", minor[0], minor[1], minor[2], True
        return q
    if q.scale and q.scale.lower() in L.EURO_ZONE_SCALES and not _noun_follows(s, q) and not _UNIT_AFTER.match(s, q.end):
        q.kind, q.unit, q.inferred = "money", "EUR", True
        return q
    return None


_SCALE_AFTER = re.compile(rf"\s+(?P<w>{_rx_alt(L.SCALE_WORDS)}){_END}", re.I)


def _scaled_after(s: str, q: _Q, mega) -> _Q:
    """'75 USD million', '30 MUSD': a scale written after the currency."""
    if q.scale:
        return q
    if mega != 1:
        q.mult, q.scale = mega, "M"
    elif (m := _SCALE_AFTER.match(s, q.end)):
        q.mult, q.scale, q.end = N.scale(m.group("w")), m.group("w"), m.end()
    return q


def _noun_follows(s: str, q: _Q) -> bool:
    c = _COUNT.match(s, q.end)
    return bool(c and (c.group("conn").strip() or _countable(c.group("w1"), "it")))


def _as_other(s: str, q: _Q, m: re.Match, lang: str) -> _Q | None:
    if m.group("sl") or m.group("sl2"):
        return None
    if not q.scale and (pct := _PCT.match(s, q.end)):
        q.kind, q.unit, q.end = "percent", "%", pct.end()
        return q
    dur = _DUR.match(s, q.end)
    if dur and not q.scale and not _DUR_BEFORE.search(s, max(0, q.start - 12), q.start):
        unit, factor = L.DURATION_UNITS[dur.group("u").lower()]
        if m.group("wn") and q.base == 1 and unit == "days":
            return None  # "could one day ..."
        q.kind, q.unit, q.end, q.mult = "duration", unit, dur.end(), Decimal(factor)
        return q
    if ln := _UNIT_AFTER.match(s, q.end):     # "1.4 million cubic metres" too
        q.kind, q.unit, q.end = "measure", L.MEASURE_UNITS[" ".join(ln.group("u").lower().split())], ln.end()
        return q
    return _as_count(s, q, lang)


def _as_count(s: str, q: _Q, lang: str) -> _Q | None:
    c = _COUNT.match(s, q.end)
    if c and q.value == 1 and not c.group("conn").strip() and s[q.start:q.end].lower() in L.ONE_WORDS \
            and c.group("w1").lower() in L.ONE_PERSON_NOUNS:      # "killed one person", "un mort"
        q.kind, q.unit, q.thing, q.end = "count", "count", c.group("w1"), c.end("w1")
        return q
    if not c or (c.group("conn").strip() and not q.scale) or q.value != q.value.to_integral_value() or q.value < 2:
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", s[q.start:q.end]):
        return None  # a year
    if _model_number(s, q, lang):
        return None
    if _countable(c.group("w1"), lang):
        thing, end = c.group("w1"), c.end("w1")
    elif (c.group("w2") and c.group("w1").lower() not in ALL_STOPS and c.group("w1").isalpha()
          and _countable(c.group("w2"), lang)):
        thing, end = c.group("w2"), c.end("w2")
    else:
        return None
    q.kind, q.unit, q.thing, q.end = "count", "count", thing, end
    return q


def _model_number(s: str, q: _Q, lang: str) -> bool:
    """'Boeing 737 jets', 'Top 10 companies': a capitalised non-function word of 2+ letters ("I 450
    passeggeri") right before; not in German, where every noun is capitalised ("im Kanton 12.400")."""
    prev = re.search(r"([^\W\d_][\w-]*)\s$", s[max(0, q.start - 64):q.start])    # the word before: a bounded look
    if not prev:
        return False
    low = prev.group(1).lower()
    if low in L.NUMBER_LABELS:
        return True
    return lang != "de" and len(low) > 1 and prev.group(1)[0].isupper() and low not in ALL_STOPS and not _APPROX.search(prev.group(1) + " ") \
        and not INCREMENT_BEFORE.search(prev.group(1) + " ")          # "Another 30 people"


def _countable(word: str, lang: str) -> bool:
    w = word.lower().strip("'’-")
    if len(w) < 3 or w in L.NON_COUNT_NOUNS or w in ALL_STOPS or w in L.DURATION_UNITS or w in L.SCALE_WORDS \
            or w in L.WORD_NUMBERS:        # "de quatre à deux ans": a number is no counted thing
        return False
    if w in L.COUNT_IRREGULAR or w in COUNT_NOUNS:
        return True
    if lang == "de":
        return word[0].isupper()
    if lang in ("it", "fr"):
        return w[-1] in ("ie" if lang == "it" else "sx")
    return w.endswith("s") and not w.endswith("ss")


# A decade is read only where one of its words is: their first letters, in the lowered sentence
# (none of them folds otherwise under re.I), spare the regex on nearly every sentence.
_DECADE_HINTS = tuple(w[:5] for w in L.DECADE_WORDS.split("|"))


def _decades(s: str, qs: list[_Q]) -> list[_Q]:
    low = s.lower()
    if not any(hint in low for hint in _DECADE_HINTS):
        return []
    out = []
    for m in _DECADE.finditer(s):
        if not any(q.start < m.end() and m.start() < q.end for q in qs):
            out.append(_Q("duration", Decimal(1), Decimal(1), Decimal(10), None,
                          m.start(), m.end(), unit="years"))
    return out


_TALLY_GAP, _TALLY_WORD = re.compile(r"[^\d.;:!?()]{0,80}$"), re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b\.?|h\b|uhr\b|heures?\b|horas?\b|o['’]clock)", re.I)   # "at 10 am": a time
_ASIDE = re.compile(r",[^,;.]{0,60},")   # "the toll, first put at 38, rose to 112": an aside skipped


def _tallies(s: str, qs: list[_Q]) -> list[_Q]:
    """'The death toll rose to 112': a bare whole number (no time: 'at 10 am') after a tally head in
    its clause (≤ 8 words between, no number or stop) or next to a count's frame is a count; 'cases
    reach 214': one after a counted noun and a link verb is a count of it. 80 characters back at most."""
    bare = [q for q in qs if q.kind is None and not q.scale]
    heads = [m.end() for m in TALLY_HEAD.finditer(s)] if bare else []
    for q in bare:
        if not _whole(q.value) or q.value < 1 or re.fullmatch(r"(?:1[89]|20)\d\d", s[q.start:q.end]) \
                or _CLOCK.match(s, q.end):
            continue
        i = bisect_right(heads, q.start) - 1
        gap = OLD_VALUE.sub(",", _ASIDE.sub(",", s[heads[i]:q.start])) if i >= 0 and q.start - heads[i] <= 80 else "."
        if (_TALLY_GAP.fullmatch(gap) and len(_TALLY_WORD.findall(gap)) <= 8) or COUNT_FRAME_AFTER.match(s, q.end) \
                or COUNT_FRAME_BEFORE.search(s, max(0, q.start - 60), q.start):     # "killed 12", "6,100 from their homes"
            q.kind, q.unit = "count", "count"
        elif noun := count_of(s, q.start) or count_before_noun(s, q.end):
            q.kind, q.unit, q.thing = "count", "count", noun
    return qs


def _measures(s: str, qs: list[_Q]) -> list[_Q]:
    """Unitless measures ("magnitude 6.8", "a magnitude-6.8 quake", "6.8-magnitude"): kind
    "measure", unit the measure's name. They replace a bare number or count read at the same place."""
    low = s.lower()
    if not any(hint in low for hint in MEASURE_HINTS):
        return qs
    found = []
    for m in MEASURE.finditer(s):
        g = "num" if m.group("num") else "num2"
        name = re.sub(r"\s+", " ", (m.group("name") or m.group("name2") or m.group("name3")).lower())
        base = Decimal(m.group(g).replace(",", "."))
        digits = m.group(g).replace(",", ".").partition(".")[2]
        found.append(_Q("measure", base, Decimal(1).scaleb(-len(digits)), Decimal(1), None,
                        m.start(g), m.end(g), unit=MEASURE_NAMES.get(name, name)))
    if not found:
        return qs
    kept = [q for q in qs if not any(q.start < f.end and f.start < q.end and q.kind in (None, "count")
                                     for f in found)]
    taken = [f for f in found if not any(q.start < f.end and f.start < q.end for q in kept)]
    return sorted(kept + taken, key=lambda q: q.start)


# ------------------------------------------------------------------ joins
_AND_GAP = re.compile(r"\s*(?:and\s+)?")


def _join_minor(s: str, qs: list[_Q]) -> list[_Q]:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five', '15 USD 50': one amount."""
    out: list[_Q] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev and _minor_of(s, prev, q):
            cents = q.value if q.minor else q.base * Decimal("0.01")
            prev.base, prev.mult, prev.prec, prev.end = prev.value + cents, Decimal(1), Decimal("0.01"), q.end
            continue
        out.append(q)
    return out


def _whole(d: Decimal) -> bool:
    return d == d.to_integral_value()   # not "d % 1": that raises beyond 28 digits


def _minor_of(s: str, major: _Q, q: _Q) -> bool:
    if major.kind != "money" or major.minor or major.scale or not _whole(major.base) or q.scale:
        return False
    if not _AND_GAP.fullmatch(s, major.end, q.start):
        return False
    if q.minor:
        return q.base < 100 and _whole(q.base)
    return (q.kind is None and 0 < q.base < 100 and _whole(q.base) and q.prec == 1
            and not s[q.end:q.end + 1].isalnum())  # "10 turkish lira 11a"
def _join_ranges(s: str, qs: list[_Q]) -> list[_Q]:
    out, i = [], 0
    while i < len(qs):
        a, b = qs[i], (qs[i + 1] if i + 1 < len(qs) else None)
        if b and a.kind == "money" and b.kind is None and b.scale and _RANGE_DASH.fullmatch(s[a.end:b.start]):
            b.kind, b.unit = "money", a.unit  # "$1-1.5 billion"
        if b and b.kind and a.kind in (None, b.kind) and a.unit in (None, b.unit) and _range_link(s, a, b):
            out.append(_merge_range(s, a, b))
            i += 2
        else:
            if b and b.kind and a.kind is None and _is_change(s, a, b):
                a.kind, a.unit, a.mult = b.kind, b.unit, (a.mult if a.scale else b.mult)
            out.append(a)
            i += 1
    return out


def _range_link(s: str, a: _Q, b: _Q) -> bool:
    gap = s[a.end:b.start]
    low = a.base * (a.mult if a.scale else b.mult)
    year = a.kind is None and not a.scale and re.fullmatch(r"(?:1[89]|20)\d\d", s[a.start:a.end])
    if _is_change(s, a, b) or low >= b.value or year:
        return False
    if _RANGE_AND.fullmatch(gap):
        return bool(_RANGE_OPEN.search(s, max(0, a.start - 12), a.start))
    return bool(_RANGE_DASH.fullmatch(gap))


def _is_change(s: str, a: _Q, b: _Q) -> bool:
    gap = s[a.end:b.start].strip().lower()
    return gap in ("to", "a", "à", "bis", "al") and bool(FROM.search(s, max(0, a.start - 12), a.start)) \
        and bool(CHANGE.search(s, 0, a.start))


def _merge_range(s: str, a: _Q, b: _Q) -> _Q:
    mult = a.mult if a.scale else b.mult
    low, start = a.base * mult, a.start
    opener = _RANGE_OPEN.search(s, max(0, a.start - 12), a.start)
    if opener and _RANGE_AND.fullmatch(s[a.end:b.start]):
        start = opener.start()
    prec = min(a.prec * mult, b.prec * b.mult)
    return _Q(b.kind, low, prec, Decimal(1), b.scale, start, b.end, b.unit, b.thing,
              b.inferred, high=b.value)


def _join_conversions(s: str, qs: list[_Q]) -> list[_Q]:
    out, i = [], 0
    while i < len(qs):
        a, b = qs[i], (qs[i + 1] if i + 1 < len(qs) else None)
        end = _conv_end(s, a, b) if b else None
        if end:
            a.alt, a.end = (b.value, b.unit), end
            i += 1
        out.append(a)
        i += 1
    return out


def _conv_end(s: str, a: _Q, b: _Q) -> int | None:
    if a.kind != "money" or b.kind != "money" or a.unit == b.unit or b.high is not None:
        return None
    m = _CONV.match(s, a.end)
    if not m or m.end() != b.start:
        return None
    if "(" in m.group("open"):
        close = re.match(r"\s*\)", s[b.end:])
        return b.end + close.end() if close else None
    return b.end if m.group("q").strip() else None


# ------------------------------------------------------------------ output
def _to_figure(s: str, q: _Q) -> Figure | None:
    value = float(q.value)
    if any(not 0 <= v <= MAX_VALUE for v in (value, q.high, q.alt and q.alt[0]) if v is not None):
        return None  # "0 to $2000000000000000": no part of a figure may be absurd
    start = q.start
    approx = _APPROX.search(s, max(0, start - 30), start)
    prec = float(q.prec * q.mult)
    return Figure(
        kind=q.kind, value=value, unit=q.unit, text=s[start:q.end], start=start, end=q.end,
        precision=prec, value_high=float(q.high) if q.high is not None else None,
        approx=approx.group("q").lower() if approx else None,
        alt_value=float(q.alt[0]) if q.alt else None, alt_unit=q.alt[1] if q.alt else None,
        thing=q.thing, unit_inferred=q.inferred)


# ------------------------------------------------------------------ one price string
def parse_price(text: str, currency_hint: str | None = None,
                decimal_separator: str | None = None) -> tuple[float | None, str | None]:
    """(amount, ISO code) of a single price string ("CHF 1'049,95", "9 800 Kč"): the first money
    figure; else the first plain number, with a currency written anywhere in the string or
    given by ``currency_hint`` (or None). In a lone price a space groups thousands and "1.500"
    is fifteen hundred (``numbers``, "price")."""
    text = CUR.tidy_price(text, decimal_separator)
    money = [f for f in extract_figures(text, "price") if f.kind == "money"]
    if money:
        return money[0].value, money[0].unit
    m = next((m for m in N.amount_re("price").finditer(text) if m.group("num")), None)
    amount = float(N.parse_number(m.group("num"), "price")[0]) if m else (0.0 if CUR.FREE.search(text) else None)
    return amount, CUR.price_currency(text) or (CUR.price_currency(currency_hint) if currency_hint else None)
