"""Write src/storywatch/currency_data.py from CLDR (through Babel, installed with trafilatura).

    .venv/bin/python scripts/gen_currencies.py

Currencies in use today (every territory's tender currencies), their symbols in every CLDR
locale, and their names (singular and plural) in English, Italian, French, German and Spanish.
A symbol or name that CLDR gives to several current currencies is left out of the unambiguous
tables and listed in AMBIGUOUS instead: storywatch keeps such a currency as written ("kr").
Hand-kept additions (Cyrillic abbreviations, news shorthands, defaults such as "$" -> USD) live
in storywatch/lexicon.py, not here.
"""
from __future__ import annotations

import collections
import pprint
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

OUT = Path(__file__).resolve().parents[1] / "src" / "storywatch" / "currency_data.py"
LANGS = ("en", "it", "fr", "de", "es")


def current_codes() -> set[str]:
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, tender=True))
    return codes


def symbols(codes: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for ident in localedata.locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except Exception:  # noqa: BLE001 - a locale Babel cannot load has nothing for us
            continue
        for code, sym in loc.currency_symbols.items():
            if code in codes and sym != code and not sym.isdigit():
                out[sym].add(code)
    return out


def names(codes: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for lang in LANGS:
        for code in codes:
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang)
                if name and name != code:
                    out[" ".join(name.lower().replace("’", "'").split())].add(code)
    return out


def main() -> None:
    codes = current_codes()
    syms, nams = symbols(codes), names(codes)
    unique_syms = {s: next(iter(c)) for s, c in sorted(syms.items()) if len(c) == 1}
    unique_names = {n: next(iter(c)) for n, c in sorted(nams.items()) if len(c) == 1}
    ambiguous = {s: sorted(c) for s, c in sorted(syms.items()) if len(c) > 1}
    text = (f'"""Currency tables generated from CLDR by scripts/gen_currencies.py (Babel {babel.__version__}).\n\n'
            "Do not edit: rerun the script. CODES: ISO 4217 codes in use; SYMBOLS: symbol -> code where CLDR\n"
            "gives the symbol to one current currency; NAMES: lower-case en/it/fr/de/es names (singular and\n"
            "plural) -> code; AMBIGUOUS: symbols CLDR gives to several currencies.\n\n"
            "Data: Unicode CLDR, Copyright (c) 1991-2025 Unicode, Inc., Unicode License v3\n"
            '(https://www.unicode.org/license.txt), as shipped in Babel.\n"""\n'
            f"CODES = frozenset({pprint.pformat(sorted(codes), width=110, compact=True)})\n\n"
            f"SYMBOLS = {pprint.pformat(unique_syms, width=110, compact=True)}\n\n"
            f"NAMES = {pprint.pformat(unique_names, width=110, compact=True)}\n\n"
            f"AMBIGUOUS = {pprint.pformat(ambiguous, width=110, compact=True)}\n")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {len(codes)} codes, {len(unique_syms)} symbols, {len(unique_names)} names, "
          f"{len(ambiguous)} ambiguous symbols")


if __name__ == "__main__":
    main()
