"""One interface over storywatch, quantulum3 and price-parser, for eval/score.py.

Each tool answers ``money(text, lang)`` -> list of ``Money`` (value, ISO code or None, span) and
``price(text, hint)`` -> (amount or None, ISO code or None). Currencies are compared as ISO 4217
codes; ``iso()`` maps written forms ("$", "руб.", "Kč", "euro") to codes, and leaves unknown forms
as written (so a tool that echoes an unmapped form still matches the expected written form).
"""
from __future__ import annotations

import importlib.metadata as md
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from storywatch import facts as extract

# written currency forms -> ISO 4217 (the convention storywatch documents: bare "$" is USD)
_ISO = {
    "$": "USD", "us$": "USD", "us $": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "united states dollar": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "₤": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP",
    "british pound": "GBP", "¥": "JPY", "円": "JPY", "yen": "JPY", "japanese yen": "JPY",
    "元": "CNY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "kč": "CZK", "czk": "CZK", "руб.": "RUB", "руб": "RUB", "р.": "RUB", "р": "RUB", "₽": "RUB",
    "rub": "RUB", "zł": "PLN", "zl": "PLN", "pln": "PLN", "r$": "BRL", "brl": "BRL",
    "грн.": "UAH", "грн": "UAH", "₴": "UAH", "uah": "UAH", "hrn": "UAH", "dkk": "DKK",
    "rp": "IDR", "₫": "VND", "đ": "VND", "vnđ": "VND", "ft": "HUF", "huf": "HUF", "tl": "TRY",
    "₺": "TRY", "try": "TRY", "turkish lira": "TRY", "sgd": "SGD", "s$": "SGD", "chf": "CHF",
    "swiss franc": "CHF", "₪": "ILS", "nis": "ILS", "nok": "NOK", "c$": "CAD", "ca$": "CAD",
    "cad$": "CAD", "can$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "lei": "RON",
    "ron": "RON", "лв.": "BGN", "лв": "BGN", "₹": "INR", "rs": "INR", "inr": "INR", "rupee": "INR",
    "aed": "AED", "rm": "MYR", "nt$": "TWD", "a$": "AUD", "au$": "AUD", "au $": "AUD", "aud": "AUD",
    "australian dollar": "AUD", "nzd": "NZD", "nz$": "NZD", "new zealand dollar": "NZD",
    "hk$": "HKD", "hkd": "HKD", "hong kong dollar": "HKD", "mx$": "MXN", "mexican peso": "MXN",
    "mxn": "MXN", "₩": "KRW", "원": "KRW", "krw": "KRW", "฿": "THB", "บาท": "THB", "omr": "OMR",
    "sek": "SEK", "zar": "ZAR", "sar": "SAR",
    # more written forms that name one currency (checked against ISO 4217 / CLDR by hand)
    "fr.": "CHF", "sfr": "CHF", "sfr.": "CHF", "lek": "ALL", "bd": "BHD", "kd": "KWD", "ld": "LYD",
    "kn": "HRK", "cuc$": "CUC", "j$": "JMD", "s/.": "PEN", "s/": "PEN", "tt$": "TTD", "$u": "UYU",
    "z$": "ZWL", "₿": "BTC", "ƀ": "BTC", "btc": "BTC", "g$": "GYD", "gy$": "GYD", "ksh": "KES",
    "kshs": "KES", "stg": "GBP", "￡": "GBP", "din": "RSD", "дин": "RSD", "dinara": "RSD",
    "ден": "MKD", "ש״ח": "ILS", 'ש"ח': "ILS", "ש'ח": "ILS", "₵": "GHS", "gh₵": "GHS",
    "人民币": "CNY", "圆": "CNY", "圓": "CNY", "ரூ": "LKR", "රු": "LKR", "$b": "BOB", "rd$": "DOP",
    "bz$": "BZD", "mop$": "MOP", "t$": "TOP", "e£": "EGP", "тг": "KZT", "vnđ": "VND",
}


def _cldr() -> dict[str, str]:
    """Symbols and English names CLDR gives to exactly one currency in use (read through Babel,
    independently of storywatch's own tables), plus the ISO codes themselves."""
    from collections import defaultdict

    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies
    codes = {c for t in get_global("territory_currencies") for c in get_territory_currencies(t)}
    seen: dict[str, set] = defaultdict(set)
    for ident in localedata.locale_identifiers():
        try:
            for code, sym in Locale.parse(ident).currency_symbols.items():
                if code in codes:
                    seen[sym].add(code)
        except Exception:  # noqa: BLE001 - a locale Babel cannot load adds nothing
            continue
    out = {sym: next(iter(c)) for sym, c in seen.items() if len(c) == 1}
    for code in codes:
        out[code] = code
        out[get_currency_name(code, locale="en").lower()] = code
    return out


_CLDR: dict[str, str] | None = None


def iso(written: str | None) -> str | None:
    """Canonical currency for comparison: an ISO code where the written form names one currency
    (our hand table of common forms, then CLDR), else the form as written. Applied to the
    expected and the predicted currency alike."""
    global _CLDR
    if written is None:
        return None
    if _CLDR is None:
        _CLDR = _cldr()
    w = " ".join(written.strip().lower().split())
    return _ISO.get(w) or _CLDR.get(written.strip()) or _CLDR.get(w) or written.strip()


@dataclass(frozen=True)
class Money:
    value: float
    unit: str | None
    start: int = -1
    end: int = -1


class Storywatch:
    name = "storywatch"

    def money(self, text: str, lang: str | None = "en") -> list[Money]:
        return [Money(f.value, f.unit, f.start, f.end) for f in extract.extract_figures(text, lang)
                if f.kind == "money"]

    def price(self, text: str, hint: str | None = None, decsep: str | None = None) -> tuple[Decimal | None, str | None]:
        parse = getattr(extract, "parse_price", None)
        if parse is not None:
            amount, unit = parse(text, hint, decsep)
            return (Decimal(str(amount)) if amount is not None else None), unit
        found = self.money(text, "en")
        if not found:
            return None, None
        return Decimal(str(found[0].value)), found[0].unit


class Quantulum3:
    name = "quantulum3"

    def __init__(self):
        from quantulum3 import parser
        self._parse = parser.parse

    def money(self, text: str, lang: str | None = "en") -> list[Money]:
        try:
            qs = self._parse(text)
        except Exception:  # noqa: BLE001 - a baseline that crashes finds nothing
            return []
        return [Money(abs(q.value), getattr(q.unit, "currency_code", None) or iso(q.unit.name), *q.span)
                for q in qs if q.unit.entity.name == "currency"]

    def price(self, text: str, hint: str | None = None, decsep: str | None = None) -> tuple[Decimal | None, str | None]:
        found = self.money(text)
        if not found:
            return None, None
        return _dec(found[0].value), found[0].unit


class PriceParser:
    name = "price-parser"

    def __init__(self):
        from price_parser import Price
        self._price = Price

    def money(self, text: str, lang: str | None = "en") -> list[Money]:
        p = self._price.fromstring(text)
        if p.amount is None or p.currency is None:
            return []
        return [Money(float(p.amount), iso(p.currency))]

    def price(self, text: str, hint: str | None = None, decsep: str | None = None) -> tuple[Decimal | None, str | None]:
        p = self._price.fromstring(text, currency_hint=hint, decimal_separator=decsep)
        return p.amount, iso(p.currency)


def _dec(v: float) -> Decimal | None:
    try:
        return Decimal(repr(v))
    except InvalidOperation:
        return None


def tools(baselines: bool = True) -> dict:
    """Available tools by name; a baseline that cannot be imported is recorded as an error string."""
    out: dict = {"storywatch": Storywatch()}
    if baselines:
        for cls in (Quantulum3, PriceParser):
            try:
                out[cls.name] = cls()
            except Exception as e:  # noqa: BLE001 - report, do not fail the scorer
                out[cls.name] = f"not available: {type(e).__name__}: {e}"
    return out


def versions(tools: dict) -> dict:
    dist = {"storywatch": "storywatch", "quantulum3": "quantulum3", "price-parser": "price-parser"}
    out = {}
    for name, tool in tools.items():
        if isinstance(tool, str):
            out[name] = tool
            continue
        try:
            out[name] = md.version(dist[name])
        except md.PackageNotFoundError:
            out[name] = "unknown"
    return out
