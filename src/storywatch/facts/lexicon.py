"""Word lists and regex fragments used by :mod:`storywatch.facts.figures`.

Everything here is data: the grammar that combines it lives in extract.py.
Regex fragments are plain strings, compiled case-insensitively by the caller
unless noted.
"""
from __future__ import annotations

import unicodedata


def fold(word: str) -> str:
    """A counted noun without its accents: 'dépôts' is the same subject as 'depots' and 'Depots'."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not 0x300 <= ord(c) < 0x370)


def alt(words) -> str:
    """Regex alternation of ``words`` (already regex-escaped), longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- languages
STOPWORDS = {
    "en": "the and of to is in with for that on has was by are it its this from as at be have will which an".split(),
    "it": "il lo la di che e per con del della dei delle è un una sono nel nella alla gli le non ha al da si sul anche in".split(),
    "fr": "le la les de des du et est une pour que qui dans avec sur pas au aux ce sont été par il elle ont en".split(),
    "de": "der die das und ist nicht mit von zu den dem ein eine für auf sich im des auch wird wurde hat sind".split(),
    "es": "el la los las de del y que en con por para una es se al su lo como más pero sus fue ha".split(),
}

# a period after these does not end a sentence
ABBREVIATIONS = set("""mr mrs ms dr prof sr jr st inc ltd co corp plc vs e.g i.e approx ca no nr
sig dott ing avv mme mlle hr fr sra srta jan feb mar apr jun jul aug sep sept oct nov dec
mrd mio mld mln tsd bzw z.b u.s u.k fig pp""".split())

# ---------------------------------------------------------------- numbers
# scale words (lowercase) -> multiplier; may be separated from the number by space
SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "mila": 1e3, "mil": 1e3, "tsd.": 1e3, "tausend": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mln.": 1e6, "mio.": 1e6, "mio": 1e6,
    "milioni": 1e6, "milione": 1e6, "millionen": 1e6, "millones": 1e6, "millón": 1e6, "millon": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "miliardi": 1e9, "miliardo": 1e9,
    "mld": 1e9, "mld.": 1e9, "mrd.": 1e9, "mrd": 1e9, "milliard": 1e9, "milliards": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "mil millones": 1e9, "md": 1e9, "mds": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
}
# glued single-letter scales: "$300m", "€1.5B", "$10k" (never with a space)
SCALE_LETTERS = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
# scale words that are unambiguously non-English: such amounts get EUR when no currency is named
EURO_ZONE_SCALES = {"miliardi", "miliardo", "milioni", "milione", "mld", "mld.", "mln", "mln.",
                    "milliard", "milliards", "milliarde", "milliarden", "mrd", "mrd.", "mio", "mio.", "millionen"}

WORD_NUMBERS_BY_LANG = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "a dozen": 12},
    "it": {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
           "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "dodici": 12, "quindici": 15, "venti": 20,
           "trenta": 30, "cento": 100},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30},
    "de": {"ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
           "anderthalb": 1.5, "eineinhalb": 1.5},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "veinte": 20,
           "treinta": 30, "mil": 1000},
}


def _english_numbers() -> dict[str, int]:
    """one..ninety-nine, hyphenated and spaced ("forty-five", "forty five")."""
    units = "one two three four five six seven eight nine".split()
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    out = {w: i + 1 for i, w in enumerate(units)} | {w: i + 10 for i, w in enumerate(teens)}
    for i, t in enumerate(tens):
        out[t] = 20 + 10 * i
        for j, u in enumerate(units):
            out[f"{t}-{u}"] = out[f"{t} {u}"] = 21 + 10 * i + j
    return out


WORD_NUMBERS_BY_LANG["en"].update(_english_numbers())
WORD_NUMBERS = {w: v for words in WORD_NUMBERS_BY_LANG.values() for w, v in words.items()}
# How the words of a spelled number begin, by language: numbers.amounts hands a run of such words
# ("cent douze", "centododici", "zweitausendfünfhundert", "one hundred and twelve") to text2num,
# which reads the compounds and hundreds the word lists above do not hold. A word that begins so
# but is not a number ("centre", "settimana", "Einsatz") is refused by text2num and left alone.
NUMBER_STEMS_BY_LANG = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
           "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"),
    "it": ("un", "due", "tre", "quattr", "cinqu", "sei", "sett", "ott", "nov", "dieci", "undic", "dodic",
           "tredic", "quindic", "sedic", "diciass", "diciott", "diciann", "vent", "trent", "quarant",
           "sessant", "ottant", "cent", "mille", "mila"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante",
           "cent", "mille"),
    "de": ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieb", "acht", "neun", "zehn", "elf", "zwölf",
           "zwanzig", "dreißig", "hundert", "tausend"),
    "es": ("un", "dos", "tres", "cuatr", "cinc", "seis", "siet", "ocho", "nuev", "diez", "once", "doce",
           "trece", "catorce", "quince", "dieci", "veint", "trein", "cuarent", "sesent", "setent", "ochent",
           "novent", "cien", "doscient", "trescient", "cuatrocient", "quinient", "seiscient", "setecient",
           "ochocient", "novecient", "mil"),
}
# plural scale words that are no number ("thousands evacuated", "miles de personas"): text2num
# reads them as 1000 or 100, so a run never starts with one
VAGUE_NUMBER_WORDS = frozenset({"hundreds", "thousands", "cientos", "miles", "millares"})
# the words that join a spelled number's words ("one hundred and twelve", "soixante et onze")
NUMBER_LINKS = ("and", "e", "et", "y", "und")
HALF_PREFIX = r"half\s+an?|mezzo|(?:un\s+)?demi-|eine?\s+halbe|medio"
# the words HALF_PREFIX can start with, and those that can run into the scale word ("mezzomilione"):
# numbers.amounts tries the grammar only at such words (tests/test_properties.py generates every form)
HALF_PREFIX_STARTS = ("half", "mezzo", "un", "demi", "ein", "eine", "medio")
HALF_PREFIX_GLUED = ("mezzo", "demi", "medio")
# fractions before a scale word: "half million", "a quarter million", "three quarters billion"
FRACTIONS = {"half": "0.5", "a half": "0.5", "quarter": "0.25", "a quarter": "0.25", "one quarter": "0.25",
             "three quarters": "0.75", "three-quarters": "0.75", "three quarter": "0.75",
             "a third": "0.3333333333", "one third": "0.3333333333", "two thirds": "0.6666666667",
             "two-thirds": "0.6666666667"}
HALF_SUFFIX = r"\s+(?:e|et|y|und)\s+(?:mezzo|demi|medio|halb)"

# ---------------------------------------------------------------- currencies
# Currency forms kept by hand; they win over the CLDR tables in currency_data.py (see currency.py).
# Symbols are case-sensitive. Shared symbols get the reading a news reader expects ("$" -> USD,
# "£" -> GBP, "¥" -> JPY, "Rs" -> INR); a form that stays ambiguous maps to itself ("kr").
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "CN¥": "CNY", "$": "USD", "€": "EUR",
    "£": "GBP", "₤": "GBP", "￡": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "元": "CNY", "圆": "CNY",
    "圓": "CNY", "人民币": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "원": "KRW",
    "₽": "RUB", "руб.": "RUB", "руб": "RUB", "р.": "RUB", "Р": "RUB", "₺": "TRY", "TL": "TRY",
    "грн.": "UAH", "грн": "UAH", "₴": "UAH", "лв.": "BGN", "лв": "BGN", "zł": "PLN", "Zł": "PLN",
    "Kč": "CZK", "Ft": "HUF", "Rp": "IDR", "RM": "MYR", "₫": "VND", "VNĐ": "VND", "₪": "ILS", "NIS": "ILS", "ש\"ח": "ILS", "ש'ח": "ILS",
    "ש״ח": "ILS", "E£": "EGP", "KSh": "KES", "KShs": "KES", "ரூ": "LKR", "රු": "LKR", "Fr.": "CHF",
    "SFr": "CHF", "SFr.": "CHF", "S/": "PEN", "S/.": "PEN", "B/.": "PAB", "RD$": "DOP", "J$": "JMD",
    "TT$": "TTD", "BZ$": "BZD", "GY$": "GYD", "G$": "GYD", "Z$": "ZWL", "MOP$": "MOP", "CUC$": "CUC",
    "T$": "TOP", "$U": "UYU", "$b": "BOB", "GH₵": "GHS", "₵": "GHS", "₦": "NGN", "₱": "PHP",
    "₮": "MNT", "₭": "LAK", "₡": "CRC", "₾": "GEL", "៛": "KHR", "₼": "AZN", "֏": "AMD", "؋": "AFN",
    "৳": "BDT", "฿": "THB", "บาท": "THB", "₿": "BTC", "Ƀ": "BTC",
}
# forms read only in a lone price string (too ambiguous in running text)
PRICE_ONLY_SYMBOLS = {"lei": "RON", "Lei": "RON", "LEI": "RON", "đ": "VND", "Br": "Br", "KD": "KWD", "BD": "BHD", "LD": "LYD", "Lek": "ALL", "kn": "HRK", "KM": "BAM",
                      "CFA": "CFA", "र": "र", "ريال": "ريال", "درهم": "درهم", "جنيه": "جنيه", "₶": "₶", "Dinara": "RSD", "din": "RSD", "Дин": "RSD", "дин": "RSD",
                      "тг": "KZT", "تومان": "تومان", "ден": "MKD", "ДЕН": "MKD", "Kr": "kr",
                      "zl": "PLN", "chf": "CHF", "CHf": "CHF", "nzd": "NZD", "nis": "ILS", "hrn": "UAH"}
# letter symbols from CLDR that are too often a word or a unit to read as money in running text
LETTER_SYMBOL_STOP = {"den", "Le", "CF", "FC", "DA", "LS", "SR", "Ar", "Bs", "Db", "KM", "КМ", "UM",
                      "VT", "M", "MK", "Br", "lei", "Lei", "LEI", "đ", "S", "DT", "D", "E", "G", "P", "Q", "R", "K", "L", "ر", "сом", "Rf",
                      "RF", "Kz", "Nfk", "CFP", "FG", "ብር"}
# single letters read as a currency only glued before a price ("R273.00")
GLUED_LETTER_SYMBOLS = {"R": "ZAR", "P": "BWP", "Q": "GTQ", "K": "K", "L": "L"}
# lettered dollar prefixes, matched case-insensitively and with an optional space before "$"
# ("C$", "c $ 16.4 million", "HK $", "usd$ 15"); single "A"/"S"/"R" stay case-sensitive symbols
DOLLAR_PREFIXES = {"us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD",
                   "hk": "HKD", "hkd": "HKD", "nz": "NZD", "nzd": "NZD", "au": "AUD", "aud": "AUD",
                   "mx": "MXN", "mex": "MXN", "mxn": "MXN", "nt": "TWD", "sgd": "SGD"}
# codes beyond CLDR's current list (crypto, recent redenominations)
EXTRA_CODES = ("BTC", "XBT", "ETH", "ZWL", "CUC", "VES", "SLE",
               # replaced by the euro, still in older coverage
               "DEM", "FRF", "ITL", "ESP", "PTE", "NLG", "FIM", "BEF", "ATS", "IEP", "GRD")
# ISO codes that are also capitalised English words ("TOP 10", "ALL 5 seats"): never money in text
ISO_WORDS = {"ALL", "TOP", "CUP", "MOP", "MAD", "SOS", "PEN", "BAM", "AMD", "BOB", "GEL", "WST", "PHP"}
# lower-case codes read in running text ("10 rmb 20 usd")
LOWER_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY",
               "rmb": "CNY", "cad": "CAD", "aud": "AUD", "inr": "INR", "pln": "PLN", "nzd": "NZD",
               "sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "huf": "HUF", "try": "TRY"}
# currency words after the number (regex, code); order matters: specific first; CLDR names
# (currency_data.NAMES) are looked up after these
CURRENCY_WORDS = [
    (r"(?:us|u\.s\.|american)\s+dollars?", "USD"), (r"us-dollar", "USD"),
    (r"australian\s+dollars?", "AUD"), (r"canadian\s+dollars?", "CAD"),
    (r"hong\s+kong\s+dollars?", "HKD"), (r"dollars?\s+(?:am[ée]ricains|us)", "USD"),
    (r"dollars?", "USD"), (r"dollari|dollaro", "USD"), (r"d[óo]lares|d[óo]lar", "USD"),
    (r"euros?", "EUR"), (r"pounds?\s+sterling|sterling|sterline|sterlina|livres?\s+sterling|stg", "GBP"),
    (r"(?:british\s+)?pounds?|pfund", "GBP"), (r"(?:japanese\s+)?yen", "JPY"),
    (r"(?:chinese\s+)?(?:yuan|renminbi)|rmb|kuai", "CNY"),
    (r"turkish\s+liras?", "TRY"), (r"mexican\s+pesos?", "MXN"),
    (r"swiss\s+francs?|francs?\s+suisses|franchi\s+svizzeri|schweizer\s+franken|franken", "CHF"),
    (r"(?:indian\s+)?rupees?", "INR"), (r"(?:dutch\s+)?guilders?", "NLG"), (r"pesetas?", "ESP"),
    (r"(?:finnish\s+)?markkaa?", "FIM"), (r"(?:french\s+)?francs?", "franc"), (r"bitcoins?", "BTC"),
]
# a currency name that is no one currency ("francs": Swiss, CFA, French before the euro) and the codes it
# can denote: a figure in it is the same as one in any of them ("15 million francs" = "15 Millionen
# Franken", CHF), so a change needs another value. A bare "dollars" is read as USD (CURRENCY_WORDS) and
# stays apart from CAD/AUD: a story's writer names the dollar when it is not the US one.
AMBIGUOUS_CURRENCY = {"franc": frozenset({"CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF",
                                          "FRF", "BEF", "LUF"})}
# currency words that are also ordinary nouns: money only with a scale word
WEAK_CURRENCY = {"pound", "pounds", "pfund", "british pound", "british pounds"}
# minor units (English): word -> (currency when no major unit precedes, fraction of the major unit)
MINOR_UNITS = {"cents": ("USD", "0.01"), "cent": ("USD", "0.01"), "¢": ("USD", "0.01"),
               "pence": ("GBP", "0.01"), "penny": ("GBP", "0.01"), "satoshis": ("BTC", "0.00000001"),
               "satoshi": ("BTC", "0.00000001")}
# currency words read before the number ("dollar 22.5 million", "rmb 10")
PREFIX_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "rmb": "CNY",
                "yuan": "CNY", "stg": "GBP", "sterling": "GBP"}

# ---------------------------------------------------------------- qualifiers
APPROX = [
    "more than", "less than", "fewer than", "up to", "at least", "close to", "just over",
    "just under", "as much as", "as many as", "an estimated", "upwards of", "about", "roughly",
    "approximately", "approx.", "around", "nearly", "almost", "some", "over", "under", "circa",
    "ca.", "quasi", "oltre", "più di", "fino a", "almeno", "environ", "près de", "plus de",
    "jusqu'à", "rund", "etwa", "fast", "mehr als", "bis zu", "unos", "unas", "cerca de",
    "alrededor de", "más de", "hasta", "casi",
]
CONV_LEAD = r"(?:or|i\.e\.|ossia|ovvero|cioè|soit|bzw\.|o\s+sea|that\s+is)"
CONV_APPROX = (r"(?:roughly|approximately|about|around|some|nearly|almost|circa|c\.|approx\.|"
               r"rund|etwa|environ|unos|cerca\s+de|alrededor\s+de)")
CONV_VERB = (r"(?:(?:equating|equivalent|equal|amounting|corresponding|converting)\s+to|"
             r"pari\s+a|equivalenti\s+a|équivalant\s+à|umgerechnet|equivalentes?\s+a)")
RANGE_OPENERS = r"between|tra|fra|entre|zwischen"
RANGE_AND = r"and|e|et|und|y"
RANGE_DASH = r"–|—|-|to|a|à|bis|al"
CHANGE_VERBS = (r"rais|increas|boost|cut|reduc|lower|revis|grew|grow|rose|risen|fell|fallen|drop|"
                r"jump|climb|slash|hike|swell|shrank|shrunk|aument|salit|passat|ridott|ridott|tagli|"
                r"sces|augment|rédui|pass|erhöh|gesenkt|stieg|gesunken|aumentó|redujo|subió|bajó")

# ---------------------------------------------------------------- durations / counts
DURATION_UNITS = {
    "years": ("years", 1), "year": ("years", 1), "yrs": ("years", 1), "yr": ("years", 1),
    "decades": ("years", 10), "decade": ("years", 10), "months": ("months", 1), "month": ("months", 1),
    "weeks": ("weeks", 1), "week": ("weeks", 1), "days": ("days", 1), "day": ("days", 1),
    "hours": ("hours", 1), "hour": ("hours", 1),
    "anni": ("years", 1), "anno": ("years", 1), "decenni": ("years", 10), "decennio": ("years", 10),
    "mesi": ("months", 1), "mese": ("months", 1), "settimane": ("weeks", 1), "settimana": ("weeks", 1),
    "giorni": ("days", 1), "giorno": ("days", 1), "ore": ("hours", 1),
    "ans": ("years", 1), "années": ("years", 1), "année": ("years", 1), "an": ("years", 1),
    "décennies": ("years", 10), "décennie": ("years", 10), "mois": ("months", 1),
    "semaines": ("weeks", 1), "semaine": ("weeks", 1), "jours": ("days", 1), "jour": ("days", 1),
    "heures": ("hours", 1), "heure": ("hours", 1),
    "jahre": ("years", 1), "jahren": ("years", 1), "jahr": ("years", 1), "jahrzehnte": ("years", 10),
    "jahrzehnt": ("years", 10), "monate": ("months", 1), "monaten": ("months", 1), "monat": ("months", 1),
    "wochen": ("weeks", 1), "woche": ("weeks", 1), "tage": ("days", 1), "tagen": ("days", 1),
    "stunden": ("hours", 1),
    "años": ("years", 1), "año": ("years", 1), "décadas": ("years", 10), "década": ("years", 10),
    "meses": ("months", 1), "semanas": ("weeks", 1), "días": ("days", 1), "horas": ("hours", 1),
}
DECADE_WORDS = r"decade|decennio|décennie|jahrzehnt|década"
# a duration followed/preceded by these is a point in time, not a span
DURATION_AFTER_STOP = r"ago|old|fa|earlier|later|prima|dopo|plus\s+tôt|später|después|before|after"
DURATION_BEFORE_STOP = r"il\s+y\s+a|vor|hace"

# lengths after a number: a Figure of kind "measure" with unit "m" ("stood at 5.8 metres", "6,4 Meter",
# "5,8 mètres", "6,4 metri", "6,4 metros") or "km" ("12 km of coastline", "31 chilometri di costa"); a
# subject only where a frame names it (a river at a gauge, a coast reached by a spill)
LENGTH_UNITS = {"m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "mètres": "m", "mètre": "m",
                "metri": "m", "metros": "m", "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "chilometri": "km",
                "kilometern": "km", "kilomètres": "km", "kilómetros": "km"}
# masses ("12 tonnes"), areas ("35 km²", "12 sq km") and volumes ("1,4 Millionen Kubikmeter") read the
# same way: MEASURE_UNITS is every unit after a number that makes a measure
MASS_UNITS = {"tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "tonnellate": "t", "tonnellata": "t",
              "tonnen": "t", "toneladas": "t", "tonelada": "t"}
AREA_UNITS = {"km²": "km²", "km2": "km²", "sq km": "km²", "square kilometres": "km²", "square kilometers": "km²",
              "square kilometre": "km²", "chilometri quadrati": "km²", "quadratkilometer": "km²", "quadratkilometern": "km²",
              "kilomètres carrés": "km²", "kilómetros cuadrados": "km²"}
VOLUME_UNITS = {w: "m³" for w in ("m³", "m3", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "metri cubi",
                                   "kubikmeter", "kubikmetern", "mètres cubes", "metros cúbicos", "metros cubicos")}
MEASURE_UNITS = {**LENGTH_UNITS, **MASS_UNITS, **AREA_UNITS, **VOLUME_UNITS}
# a measure in one of these units is a fact only where a frame names it (a river at a gauge, acid spilled)
FRAMED_UNITS = frozenset({"m", "km", "t"})
# the subject of a measure read by its unit alone (magnitude's is its own name)
UNIT_SUBJECTS = {"km²": "area (km²)", "m³": "volume (m³)"}
# people a single death or arrest can be told of with a number word ("killed one person", "Un homme
# … est mort", "un mort"): a count of one, read only after one/un/une/ein/uno/una
ONE_WORDS = {"one", "un", "une", "ein", "eine", "einen", "uno", "una"}
ONE_PERSON_NOUNS = {"person", "man", "woman", "child", "boy", "girl", "resident", "worker", "passenger",
                    "homme", "femme", "enfant", "personne", "mort", "morte", "blessé", "blessée",
                    "mann", "frau", "kind", "mensch", "menschen", "person", "toter", "tote", "verletzter",
                    "uomo", "donna", "bambino", "bambina", "persona", "morto", "morta", "ferito", "ferita",
                    "hombre", "mujer", "niño", "niña", "muerto", "muerta", "herido", "herida", "fallecido"}
# nouns after a number that never make it a count
NON_COUNT_NOUNS = set("""
percent percentage points point times time euros euro dollars dollar pounds cents cent yen yuan
km kilometres kilometers metres meters miles feet inches kg kilograms tonnes tons mph gb tb mb
metri chilometri centimetri meter kilometer zentimeter mètres kilomètres centimètres metros kilómetros centímetros
mbps gbps ghz mhz kw mw gw watts degrees bps pm am gmt utc cet per and or of to the in on at for
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday gennaio febbraio marzo aprile maggio
giugno luglio agosto settembre ottobre novembre dicembre janvier février mars avril mai juin
juillet août septembre octobre novembre décembre januar februar märz juni juli oktober dezember
enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre
is was are were has have had its his her their this these those which who that also
stanziati stanziate accantonati accantonate previsti previste destinati destinate
""".split())
# "top 10 companies", "section 230 cases": a label, not a count
NUMBER_LABELS = {"top", "no", "number", "nr", "page", "section", "article", "art", "chapter", "model",
                 "version", "flight", "route", "gate", "room", "line", "level", "phase", "tier", "stage"}
COUNT_IRREGULAR = {"people", "staff", "personnel", "aircraft", "children", "men", "women",
                   "police", "spacecraft", "persone", "personnes", "personen", "personas",
                   # invariable plurals that end like no plural of their language
                   "unità", "città", "attività", "società", "università"}

# ---------------------------------------------------------------- subjects: facts/data/subjects.toml

# ---------------------------------------------------------------- statuses
# (status, regex, weak). Earlier entries win when matches overlap. Weak triggers
# (bare nouns such as "talks") only count when the sentence has no stronger one.
STATUS_PATTERNS = [
    ("denied", r"\bnot\s+(?:currently\s+)?in\s+(?:talks|negotiations|discussions)\b", False),
    ("denied", r"\bno\s+(?:such\s+)?(?:talks|negotiations|discussions|trattativ[ae])\b", False),
    ("denied", r"\b(?:rejected|dismissed|refuted)\s+(?:the\s+|these\s+|such\s+)?reports?\b", False),
    ("denied", r"\bden(?:ied|ies|y|ying)\b|\bsmentit[oaie]\b|\bsmentisc[eo]no\b|\bsmentisce\b|"
               r"\bd[ée]ment(?:i|ie|ent|it)?\b|\bdementier(?:t|en|te)\b|\bdesmient[ea]n?\b|\bdesminti[óo]\b", False),
    ("cancelled", r"\bcancel(?:l?ed|s|ling|ing|lation)?\b|\bscrap(?:ped|s|ping)\b|\babandon(?:ed|s|ing)?\b(?!\s+(?:the\s+|its\s+|a\s+)?(?:\S+['’]s\s+)?(?:pegs?|currency|search|ship|vessel|homes?|hopes?|polic(?:y|ies)|targets?|goals?|forecasts?|guidance)\b)|"
                  r"\bcall(?:ed|s)\s+off\b|\bterminat(?:ed|es|ing)\b|\bcollaps(?:ed|es)\b|\bfell\s+through\b|"
                  r"\bpulled\s+out\b|\bwalked\s+away\b|\bdropped\s+(?:the\s+|its\s+)?(?:plans?|deal|talks|bid)\b|"
                  r"\bannullat[oaie]\b|\babgebrochen\b|\b(?:è\s+)?saltat[oaie]\b|\bnaufragat[oaie]\b|\btramontat[oaie]\b|"
                  r"\bannul[ée]e?s?\b|\babandonn[ée]e?s?\b|\babgesagt\b|\bgeplatzt\b|\bcancelad[oa]s?\b|\banulad[oa]s?\b", False),
    ("stalled", r"\bstall(?:ed|s|ing)\b|\bhit\s+a\s+snag\b|\bhalt(?:s|ed|ing)?\b|\bshelved\b|\bput\s+on\s+ice\b|\bon\s+hold\b|\bpaused?\b|\bfro(?:zen|ze)\b|\bsuspended\b|\bdeadlock(?:ed)?\b|"
                r"\bin\s+limbo\b|\bin\s+stallo\b|\bstallo\b|\bsospes[oaie]\b|\baccantonat[oaie]\b|\bcongelat[oaie]\b|\bau\s+point\s+mort\b|"
                r"\bsuspendu[es]*\b|\bgel[ée]e?s?\b|\bins\s+stocken\b|\bauf\s+eis\b|\bestancad[oa]s?\b|"
                r"\ben\s+suspenso\b|\bcongelad[oa]s?\b|\bsuspendid[oa]s?\b", False),
    ("signed", r"\bsigned\b|\bsigns\b(?!\s+of\b)|\bsigning\b|(?<!\ba\s)(?<!\bthe\s)(?<!\bany\s)\bsign\b(?!\s+(?:of|that)\b)|"
               r"\binked\b|\binks\b|\bfinali[sz](?:ed|es)\b|"
               r"\bfirmat[oaie]\b|\bsiglat[oaie]\b|\bfirmano\b|\bsign[ée]e?s?\b|\bunterzeichne[tn]\b|"
               r"\bunterschrieben\b|\bfirmad[oa]s?\b|\bfirmaron\b|\bfirm[óo]\b", False),
    ("agreed", r"\breach(?:ed|es)?\s+(?:an?\s+|the\s+)?(?:preliminary\s+|tentative\s+|final\s+)?(?:agreement|deal|accord)\b|"
               r"\b(?:deal|agreement|accord)\s+(?:\w+\s+){0,3}?reached\b|\bagreed\b|\bagrees\b|"
               r"\bstr(?:uck|ikes?)\s+an?\s+(?:deal|agreement)\b|\bclinch(?:ed|es)\b|\bseal(?:ed|s)\s+(?:the\s+|a\s+)?deal\b|"
               r"\baccordo\s+raggiunto\b|\bintesa\s+raggiunta\b|\braggiunt[oa]\s+(?:un\s+|l['’])?(?:accordo|intesa)\b|"
               r"\baccord\s+(?:a\s+été\s+)?conclu\b|\bconclu\s+un\s+accord\b|\bparvenu[se]*\s+à\s+un\s+accord\b|"
               r"\beinigten\s+sich\b|\beinigung\s+erzielt\b|\bsich\s+geeinigt\b|\balcanzaron\s+un\s+acuerdo\b|"
               r"\bacuerdo\s+alcanzado\b|\bllegaron\s+a\s+un\s+acuerdo\b", False),
    ("negotiating", r"\bin\s+(?:advanced\s+)?(?:talks|discussions|negotiations)\b|\bnegotiat(?:es|ing)\b|"
                    r"\b(?:talks|negotiations|discussions)(?:\s+[\w']+){0,4}?\s+(?:continu(?:e|es|ing)|progress(?:es|ing)?|ongoing|advanc(?:e|es|ing)|resum(?:e|ed))\b|"
                    r"\badvanc(?:ing|es|ed)\s+(?:the\s+)?(?:negotiations|talks)\b|\bholding\s+talks\b|\bin\s+the\s+works\b|"
                    r"\bin\s+trattativa\b|\bsta\s+trattando\b|\btrattano\b|\bnegozia(?:no|ndo|to)\b|"
                    r"\ben\s+(?:n[ée]gociations?|discussions?|pourparlers)\b|\bn[ée]gocie(?:nt)?\b|\bverhandel[tn]\b|"
                    r"\ben\s+negociaci[oó]n(?:es)?\b|\bnegocia(?:n|ndo)?\b", False),
    ("negotiating", r"\b(?:talks|negotiations|discussions)\b(?!\s+about\b)|\btrattativ[ae]\b|\bnegoziati\b|"
                    r"\bcolloqui\b|\bn[ée]gociations?\b|\bpourparlers\b|\bverhandlungen\b|\bgespräche\b|"
                    r"\bnegociaciones\b|\bconversaciones\b", True),
    ("exploring", r"\bexplor(?:es|ing|ed|e)\b|\beye(?:s|ing)\b|\bconsider(?:s|ing)\b|\bweigh(?:s|ing)\b|"
                  r"\blooking\s+(?:at|into)\b|\bstudying\b|\bpursu(?:es|ing)\b|\bmull(?:s|ing)?\b|\bevaluat(?:es|ing)\b|"
                  r"\bsta\s+valutando\b|\bvaluta\b|\bvalutando\b|\besplora\b|\bstudia\b|\b[ée]tudie\b|"
                  r"\benvisage\b|\bprüft\b|\berwägt\b|\bestudia\b|\beval[úu]a\b|\bexplora\b|\bconsidera\b", False),
]
# every status but negotiating needs one of these in the sentence (or a headline)
STATUS_CONTEXT = r"""\b(?:deals?|agreements?|contracts?|talks|negotiations?|discussions|partnerships?|
accord|pact|bid|offer|tender|plans?|project|purchase|acquisition|investment|collaboration|reports?|
terms|memorandum|mou|letter\s+of\s+intent|operation|offerta|operazione|offre|opération|
angebot|oferta|operación|
accordo|intesa|contratto|trattativ[ae]|negoziat\w*|progetto|commessa|contrat|n[ée]gociations?|
pourparlers|projet|vertrag|abkommen|verhandlungen|gespräche|vereinbarung|projekt|acuerdo|contrato|
negociaciones|proyecto)\b"""
NEGATORS = set("""not n't no never nor without yet non nessun nessuna nessuno mai né ne pas jamais
aucun aucune nicht kein keine keinen nie nunca ningún ninguna sin
nothing none neither niente nulla nessuno rien nichts nada""".split())
HEDGES = set("""would could may might should will potential potentially possible possibly proposed
expected expects likely plans plan planned aims aim if whether any hopes hope seeks set
potrebbe potrebbero dovrebbe dovrebbero eventuale possibile ipotesi ipotetico se
pourrait pourraient devrait éventuel éventuelle si
könnte könnten würde würden soll sollte möglich möglicherweise falls wenn
podría podrían debería eventual posible""".split())
# attribution phrases starting with these are lower-cased when they open the sentence
ATTRIBUTION_COMMON = {"according", "sources", "source", "secondo", "selon", "laut", "según", "stando",
                      "reportedly", "allegedly", "officials", "insiders", "people", "fonti", "the", "a", "an",
                      "government", "said", "says", "told", "berichten", "first", "reported", "d'après"}
# hedge words that are something else in one language: Spanish reflexive "se ha firmado"
HEDGES_NOT_IN = {"es": {"se"}, "fr": {"se"}}
# negative-polarity words: "denied that any contract was signed" is negated, not hedged
NEGATIVE_POLARITY = {"any", "qualsiasi", "alcun", "alcuna", "ningún", "ninguna"}
MODALS = set("""would could may might should will potrebbe potrebbero dovrebbe pourrait devrait
könnte würde sollte podría debería""".split())
# words between the denier and "denied": "The government has firmly denied"
DENIER_SKIP = (r"has|have|had|did|does|do|not|never|ha|hanno|ont|hat|haben|han|firmly|flatly|officially|"
               r"quickly|strongly|also|since|later")
DETERMINERS = {"the", "its", "their", "il", "la", "lo", "le", "l'", "der", "die", "das", "el"}
# in order of preference; "(?i)" marks the case-insensitive ones
ATTRIBUTION_PATTERNS = [
    r"(?i)\baccording\s+to\s+(?:[^\s,.;:]+\s?){1,4}",
    r"(?i)\b(?:secondo|selon|d['’]après|laut|según|stando\s+a)\s+(?:[^\s,.;:]+\s?){1,4}",
    r"(?i)\b(?:\w+\s)?(?:sources|insiders|officials|people|fonti|sources)\s+(?:familiar\s+with\s+[^,.;]+?\s+)?"
    r"(?:say|said|says|told|tell|indicated|report(?:ed)?|dicono|riferiscono)\b",
    r"(?i)\b(?:the|a|an)\s+(?:\w+\s+)?(?:minister|ministry|government|spokes\w+|company|official|source)\s+"
    r"(?:said|says|told|confirmed)\b",
    r"(?i)\b(?:said|says|told)\s+(?:an?\s+|the\s+)?(?:unnamed\s+|senior\s+)?(?:\w+\s+)?"
    r"(?:official|spokes\w+|source|minister)\b",
    r"(?i)\breportedly\b|\ballegedly\b|\bberichten\s+zufolge\b|\ba\s+quanto\s+si\s+apprende\b|\bsecondo\s+indiscrezioni\b",
    r"\b(?:first\s+)?reported\s+by\s+(?:[A-Z][\w&.]*\s?){1,3}",
    r"\b(?:[A-Z][\w&]+\s){1,3}(?:reported|reports|said|says)\b",
]

# Who a count of the injured is, where outlets count them apart: "17 officers were injured" and "90
# protesters injured" are two facts, not one that fell from 17 to 90. The counted noun says who.
BY_WHO = frozenset({"injured"})
WHO_GROUPS = {"police": frozenset({"officers", "policemen", "policewomen", "police", "gendarmes", "agenti", "poliziotti",
                                   "carabinieri", "polizisten", "polizeibeamte", "beamte", "einsatzkräfte", "policiers",
                                   "agentes", "policías", "policias", "guardias"})}


def by_who(subject: str, thing: str | None) -> str:
    """'injured' as the counted noun says who: 'injured (police)' for officers, else 'injured'."""
    word = (thing or "").strip("'’-").lower()
    group = next((g for g, nouns in WHO_GROUPS.items() if word in nouns), None) if subject in BY_WHO else None
    return f"{subject} ({group})" if group else subject
