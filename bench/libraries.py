"""libraries: our sentence splitting, language guess and number words against sentencex, py3langid
and text2num, accuracy and speed side by side on the same texts (issue 24, point 7).

Sentences (boundary precision / recall / F1; a boundary is where a sentence starts in a paragraph):
  * labelled: the eval sentences (eval/news_sentences.jsonl, eval/status_sentences.jsonl; one true
    sentence each, in en/it/de/fr/es) joined four at a time into paragraphs, and hand-written hard
    cases (bench/libraries_cases.json: "Dr.", "U.S.", "1,5 Mrd.", "3. März", "Nr.", ...);
  * real text, adjudicated: the Zyte benchmark's ground-truth bodies whose page says lang en/it/de
    (the English ones: the first pages in id order) and the eval story pages, one paragraph at a
    time. Where ours and sentencex agree the boundary is taken as right; every boundary where
    they disagree was judged by hand (bench/libraries_boundaries.json: true, false, or null where
    either reading is defensible, such as a quoted slogan "Meth. We're on it."); a null or unjudged
    one is left out of both scores.
Language (accuracy against a known language): the real sentences the claims stage asks about (each
  sentence of the story pages and of the Zyte bodies in our five languages, labelled with its
  page's language); the eval sentences; the eval story pages (their <html lang>), whole and
  paragraph by paragraph; the Zyte bodies whose page names its language,
  whole and paragraph by paragraph (paragraphs of 80 characters or more); Wikipedia paragraphs
  (English). py3langid runs over all its 97 languages, restricted to our five, and only where ours
  has a tie (a combination); where the combination's language differs from ours on a real
  sentence, the figures and statuses read with each are compared.
Number words (bench/libraries_cases.json): a written amount alone, right when the value is; and
  the same amount inside a sentence (ours: every amount numbers.amounts finds; text2num: the digits
  alpha2digit writes), right when the value is among them, with a count of other numbers read.
Speed: each contender over the same inputs, in one process, best of three (others share the CPUs:
  read the ratios, not the seconds).

Usage: .venv/bin/python bench/libraries.py [--small]
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPORA, ROOT, args, finish  # noqa: E402

import py3langid.langid as pl  # noqa: E402
import sentencex  # noqa: E402
from text_to_num import alpha2digit, text2num  # noqa: E402

from storywatch.facts import detect_language, split_sentences  # noqa: E402
from storywatch.facts import extract_figures, extract_statuses, lexicon, numbers  # noqa: E402

LANGS = ("en", "it", "de", "fr", "es")
HERE = Path(__file__).resolve().parent
CASES = json.loads((HERE / "libraries_cases.json").read_text())
JUDGED_FILE = HERE / "libraries_boundaries.json"
ZYTE_EN_PAGES = 200
# pages whose <html lang> is wrong, checked by reading them: the language their body is in
ZYTE_LANG_FIXES = {"57b4dafd18cf": "de", "ba07d1e64775": "de", "f81c6c05d9cb": "en", "fde930b01859": "en"}


def corpus(sub: str) -> Path | None:
    path = CORPORA / sub
    if not path.exists():
        print(f"skipped: {path} is absent (set STORYWATCH_CORPORA to the corpora folder)", flush=True)
        return None
    return path


# ------------------------------------------------------------------ material
def eval_sentences() -> list[tuple[str, str]]:
    out = []
    for name in ("news_sentences.jsonl", "status_sentences.jsonl"):
        for line in (ROOT / "eval" / name).read_text().splitlines():
            d = json.loads(line)
            out.append((d["lang"], d["text"].strip()))
    return out


def labelled_paragraphs() -> list[tuple[str, str, list[str]]]:
    """(source, lang, true sentences) of each labelled paragraph."""
    by_lang: dict[str, list[str]] = {}
    for lang, text in eval_sentences():
        by_lang.setdefault(lang, []).append(text)
    out = [("eval-sentences", lang, sents[i:i + 4]) for lang, sents in by_lang.items()
           for i in range(0, len(sents), 4)]
    return out + [("hard-cases", c["lang"], c["sents"]) for c in CASES["sentences"]]


def zyte_pages(small: bool) -> list[tuple[str, str | None, str]]:
    """(id, the page's language (its <html lang>, or a fix) or None, ground-truth body) of each page."""
    path = corpus("article-extraction-benchmark")
    if path is None:
        return []
    gt = json.loads((path / "ground-truth.json").read_text())
    out = []
    for key in sorted(gt)[: 20 if small else None]:
        with gzip.open(path / "html" / f"{key}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
            head = f.read(20000)
        m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", head, re.I)
        lang = ZYTE_LANG_FIXES.get(key[:12], m.group(1).lower() if m else None)
        out.append((key, lang, gt[key]["articleBody"]))
    return out


def story_pages() -> list[tuple[str, str, str]]:
    """(path, <html lang>, article text) of each eval story page."""
    import trafilatura
    out = []
    for page in sorted((ROOT / "eval" / "stories").glob("*/pages/*.html")):
        html = page.read_text()
        lang = re.search(r"<html[^>]*\blang=\"(\w\w)", html).group(1)
        text = trafilatura.extract(html, include_comments=False) or ""
        out.append((str(page.relative_to(ROOT)), lang, text))
    return out


def wiki_paragraphs(small: bool) -> list[str]:
    path = corpus("wikipedia-versions")
    if path is None:
        return []
    out = []
    for page in sorted((path / "version_documents").iterdir())[: 10 if small else 120]:
        paras = [p.strip() for p in (page / "0.txt").read_text().split("\n\n")]
        out += [p for p in paras if len(p) >= 80][:3]
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if len(p.split()) > 1]


# ------------------------------------------------------------------ sentences
def ours_split(lang: str, text: str) -> list[str]:
    return split_sentences(text, lang)


def sentencex_split(lang: str, text: str) -> list[str]:
    return [s for s in sentencex.segment(lang, text) if s.strip()]


SPLITTERS = {"ours": ours_split, "sentencex": sentencex_split}


def starts(parts: list[str], text: str) -> set[int]:
    """Where each sentence after the first starts in ``text``."""
    out, pos = set(), 0
    for i, part in enumerate(parts):
        at = text.find(part.strip(), pos)
        if at < 0:
            raise ValueError(f"sentence not found in its paragraph: {part!r}")
        if i:
            out.add(at)
        pos = at + len(part.strip())
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4),
            "tp": tp, "fp": fp, "fn": fn}


def score_labelled(paras) -> dict:
    out = {}
    for name, split in SPLITTERS.items():
        counts: dict[tuple[str, str], list[int]] = {}
        for source, lang, sents in paras:
            text = " ".join(sents)
            gold, got = starts(sents, text), starts(split(lang, text), text)
            c = counts.setdefault((source, lang), [0, 0, 0])
            c[0] += len(gold & got)
            c[1] += len(got - gold)
            c[2] += len(gold - got)
        out[name] = {f"{s}/{lang}": prf(*c) for (s, lang), c in sorted(counts.items())}
        out[name]["all"] = prf(*map(sum, zip(*counts.values())))
    return out


def boundary_key(para: str, at: int) -> str:
    return hashlib.sha1(para.encode()).hexdigest()[:12] + f":{at}"


def real_paragraphs(zyte, stories) -> list[tuple[str, str, str]]:
    """(source, lang, paragraph) of the real text split by both."""
    out = []
    en = [p for p in zyte if p[1] == "en"][:ZYTE_EN_PAGES]
    for key, lang, body in en + [p for p in zyte if p[1] in ("it", "de", "fr", "es")]:
        out += [(f"zyte/{lang}", lang, p) for p in paragraphs(body)]
    for path, lang, text in stories:
        out += [(f"stories/{lang}", lang, p) for p in paragraphs(text)]
    return out


def score_adjudicated(paras, judged: dict) -> tuple[dict, list[dict]]:
    """P/R/F1 on real text: agreed boundaries count as right, disagreements as judged."""
    counts: dict[str, dict[str, list[int]]] = {n: {} for n in SPLITTERS}
    unjudged, ambiguous = [], 0
    for source, lang, para in paras:
        got = {n: starts(split(lang, para), para) for n, split in SPLITTERS.items()}
        gold = got["ours"] & got["sentencex"]
        for at in got["ours"] ^ got["sentencex"]:
            key = boundary_key(para, at)
            verdict = judged.get(key, "unjudged")
            if verdict in (None, "unjudged"):          # left out of every score
                ambiguous += verdict is None
                if verdict == "unjudged":
                    unjudged.append({"key": key, "source": source, "lang": lang,
                                     "by": "ours" if at in got["ours"] else "sentencex",
                                     "context": para[max(0, at - 60):at] + " ‖ " + para[at:at + 40]})
                for g in got.values():
                    g.discard(at)
            elif verdict:
                gold.add(at)
        for name, g in got.items():
            c = counts[name].setdefault(source, [0, 0, 0])
            c[0] += len(gold & g)
            c[1] += len(g - gold)
            c[2] += len(gold - g)
    out = {n: {s: prf(*c) for s, c in sorted(by.items())} | {"all": prf(*map(sum, zip(*by.values())))}
           for n, by in counts.items()}
    out["judged"] = {"disagreements": len(judged), "ambiguous, left out": ambiguous}
    return out, unjudged


# ------------------------------------------------------------------ language
STOPS = {lang: frozenset(ws) for lang, ws in lexicon.STOPWORDS.items()}
WORDS = re.compile(r"[^\W\d_]+")


def tied(text: str) -> bool:
    """Whether ours picks its language from a tie: two or more words, the best stopword count above
    zero and shared with another language (ours then takes the first in its list)."""
    words = [w.lower() for w in WORDS.findall(text)]
    hits = sorted((sum(w in stops for w in words) for stops in STOPS.values()), reverse=True)
    return len(words) > 1 and hits[0] > 0 and hits[0] == hits[1]


def py3langid_guessers() -> tuple[dict, dict]:
    """The guessers, and what loading py3langid's model costs (seconds, MB resident)."""
    rss = lambda: int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20  # noqa: E731
    before, t0 = rss(), time.perf_counter()
    five = pl.LanguageIdentifier.from_model_file(pl.MODEL_FILE)
    five.set_languages(list(LANGS))
    load = {"load_s": round(time.perf_counter() - t0, 2), "resident_mb": round(rss() - before, 1)}
    full = pl.LanguageIdentifier.from_model_file(pl.MODEL_FILE)
    ours = detect_language.__wrapped__
    return {"ours": ours,
            "py3langid (97 languages)": lambda t: full.classify(t)[0],
            "py3langid (our 5)": lambda t: five.classify(t)[0],
            "ours, py3langid (our 5) on ties": lambda t: five.classify(t)[0] if tied(t) else ours(t)}, load


def language_sets(zyte, stories, wiki) -> dict[str, list[tuple[str, str]]]:
    """name -> [(known language, text)]. The real sentences are what the claims stage asks about:
    each sentence ours splits from the story pages and the Zyte bodies in our five languages."""
    sents = [(lang, s) for _, lang, t in stories for p in paragraphs(t) for s in split_sentences(p, lang)]
    sents += [(lang, s) for _, lang, b in zyte if lang in LANGS for p in paragraphs(b) for s in split_sentences(p, lang)]
    sets = {"real sentences (story pages, zyte; our 5)": sents,
            "eval sentences": eval_sentences(),
            "story pages": [(lang, t) for _, lang, t in stories if t],
            "story paragraphs": [(lang, p) for _, lang, t in stories for p in paragraphs(t) if len(p) >= 40]}
    known = [(lang, body) for _, lang, body in zyte if lang]
    sets["zyte pages (our 5)"] = [(lang, b) for lang, b in known if lang in LANGS]
    sets["zyte paragraphs (our 5)"] = [(lang, p) for lang, b in known if lang in LANGS
                                       for p in paragraphs(b) if len(p) >= 80]
    sets["zyte pages (other languages)"] = [(lang, b) for lang, b in known if lang not in LANGS]
    sets["wikipedia paragraphs (en, lower-case)"] = [("en", p) for p in wiki]
    return {k: v for k, v in sets.items() if v}


def score_languages(sets, guessers) -> dict:
    out = {}
    for name, items in sets.items():
        row = {"n": len(items)}
        for g, guess in guessers.items():
            row[g] = round(sum(guess(t) == lang for lang, t in items) / len(items), 4)
        out[name] = row
    sents = sets.get("real sentences (story pages, zyte; our 5)", [])
    for g, guess in guessers.items():
        per = {lang: f"{sum(guess(t) == lang for l2, t in sents if l2 == lang)}/{sum(l2 == lang for l2, _ in sents)}"
               for lang in LANGS}
        out.setdefault("real sentences by language", {})[g] = per
    return out


def facts_changed(sents, guess) -> dict:
    """Where ``guess`` and ours differ on a real sentence: the figures and statuses read with each
    language (what the claims stage would read when the page does not say its language)."""
    changed, differ = [], 0
    for _, s in sents:
        a, b = detect_language(s), guess(s)
        if a == b:
            continue
        differ += 1
        read = lambda lang: ([(f.kind, str(f.value), f.unit) for f in extract_figures(s, lang)],  # noqa: E731
                             [m.status for m in extract_statuses(s, lang) if not (m.negated or m.hedged)])
        if read(a) != read(b):
            changed.append({"sentence": s, "ours": [a, *read(a)], "other": [b, *read(b)]})
    return {"sentences": len(sents), "language differs": differ, "facts differ": changed,
            "asked py3langid": sum(tied(s) for _, s in sents)}


# ------------------------------------------------------------------ number words
def ours_number(text: str, lang: str) -> Decimal | None:
    m = next(numbers.amounts(text, lang), None)
    if m is None or m.group().strip() != text.strip():
        return None
    base, _, word = numbers.amount(m, lang)
    return base * numbers.scale(word)


def text2num_number(text: str, lang: str) -> Decimal | None:
    try:
        return Decimal(text2num(text, lang))
    except ValueError:
        return None


# a written amount in running text: the phrase in one sentence per language
IN_SENTENCE = {"en": "Officials said {} people were affected.",
               "it": "Secondo i funzionari, {} persone sono coinvolte.",
               "de": "Nach Angaben der Behörden sind {} Menschen betroffen.",
               "fr": "Selon les autorités, {} personnes sont concernées.",
               "es": "Según las autoridades, {} personas están afectadas."}
# sentences with no amount, only articles and pronouns that spell "one" (text2num must leave them)
NO_AMOUNT = {"en": "One of the workers said one union would sign a deal.",
             "it": "Uno dei lavoratori ha detto che un sindacato firmerà una intesa.",
             "de": "Einer der Arbeiter sagte, eine Gewerkschaft werde einen Vertrag unterschreiben.",
             "fr": "Un des salariés a dit qu'une organisation signerait un accord.",
             "es": "Uno de los trabajadores dijo que un sindicato firmará una tregua."}


def ours_in_sentence(sentence: str, lang: str) -> list[Decimal]:
    out = []
    for m in numbers.amounts(sentence, lang):
        base, _, word = numbers.amount(m, lang)
        out.append(base * numbers.scale(word))
    return out


def text2num_in_sentence(sentence: str, lang: str) -> list[Decimal]:
    return [Decimal(d) for d in re.findall(r"\d+", alpha2digit(sentence, lang))]


def score_numbers_in_sentences() -> dict:
    """Right: the sentence yields the phrase's value; other numbers: any other value read from it
    (a part of the phrase, "cent douze" read as 12: a wrong figure). text2num also reads the
    sentences with no amount (NO_AMOUNT), where any digit it writes is wrong; ours leaves "one",
    "un" to figures.py, which keeps an amount only with a unit (the eval sets cover that)."""
    out = {}
    for name, read in (("ours", ours_in_sentence), ("text2num", text2num_in_sentence)):
        right = extra = 0
        for c in CASES["numbers"]:
            got = read(IN_SENTENCE[c["lang"]].format(c["text"]), c["lang"])
            right += c["value"] in got
            extra += sum(v != c["value"] for v in got)
        out[name] = {"right": f"{right}/{len(CASES['numbers'])}", "other numbers read": extra,
                     **({"digits written in NO_AMOUNT sentences": sum(len(text2num_in_sentence(t, lang))
                                                                      for lang, t in NO_AMOUNT.items())}
                        if name == "text2num" else {}),
                     "wrong": [c["text"] for c in CASES["numbers"]
                               if c["value"] not in read(IN_SENTENCE[c["lang"]].format(c["text"]), c["lang"])]}
    return out


def score_numbers() -> dict:
    out = {}
    for name, read in (("ours", ours_number), ("text2num", text2num_number)):
        per: dict[str, list[int]] = {}
        wrong = []
        for c in CASES["numbers"]:
            ok = read(c["text"], c["lang"]) == c["value"]
            per.setdefault(c["lang"], [0, 0])[0] += ok
            per[c["lang"]][1] += 1
            if not ok:
                wrong.append(f"{c['lang']}: {c['text']}")
        out[name] = {lang: f"{a}/{n}" for lang, (a, n) in per.items()} | {
            "all": f"{sum(a for a, _ in per.values())}/{len(CASES['numbers'])}", "wrong": wrong}
    return out


# ------------------------------------------------------------------ speed
def best_of(fn, reps: int = 3) -> float:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def speeds(real, lang_texts, guessers) -> dict:
    chars = sum(len(p) for _, _, p in real)
    split = {n: best_of(lambda s=s: [s(lang, p) for _, lang, p in real]) for n, s in SPLITTERS.items()}
    guess = {n: best_of(lambda g=g: [g(t) for t in lang_texts]) for n, g in guessers.items()}
    cases = CASES["numbers"] * 20
    num = {n: best_of(lambda r=r: [r(c["text"], c["lang"]) for c in cases])
           for n, r in (("ours", ours_number), ("text2num", text2num_number))}
    # the whole sentence read for amounts: ours finds them (numbers.amounts), text2num writes digits
    sents = [(IN_SENTENCE[c["lang"]].format(c["text"]), c["lang"]) for c in cases]
    in_sent = {n: best_of(lambda r=r: [r(t, lang) for t, lang in sents])
               for n, r in (("ours", ours_in_sentence), ("text2num", text2num_in_sentence))}
    return {"sentences": {"paragraphs": len(real), "chars": chars,
                          **{n: {"s": round(t, 4), "us_per_paragraph": round(1e6 * t / len(real), 2),
                                 "vs_ours": round(t / split["ours"], 2)} for n, t in split.items()}},
            "language": {"texts": len(lang_texts), "chars": sum(map(len, lang_texts)),
                         **{n: {"s": round(t, 4), "us_per_text": round(1e6 * t / len(lang_texts), 2),
                                "vs_ours": round(t / guess["ours"], 2)} for n, t in guess.items()}},
            "numbers": {"phrases": len(cases),
                        **{n: {"us_per_phrase": round(1e6 * t / len(cases), 2), "vs_ours": round(t / num["ours"], 2)}
                           for n, t in num.items()}},
            "numbers_in_sentences": {"sentences": len(sents),
                                     **{n: {"us_per_sentence": round(1e6 * t / len(sents), 2)} for n, t in in_sent.items()}}}


def main() -> None:
    a = args(__doc__)
    zyte, stories, wiki = zyte_pages(a.small), story_pages(), wiki_paragraphs(a.small)
    judged = {d["key"]: d["boundary"] for d in json.loads(JUDGED_FILE.read_text())} if JUDGED_FILE.exists() else {}
    real = real_paragraphs(zyte, stories)
    labelled = score_labelled(labelled_paragraphs())
    adjudicated, unjudged = score_adjudicated(real, judged)
    guessers, load = py3langid_guessers()
    sets = language_sets(zyte, stories, wiki)
    languages = score_languages(sets, guessers)
    languages["py3langid model"] = load
    languages["ties: facts read differently"] = facts_changed(
        sets.get("real sentences (story pages, zyte; our 5)", []), guessers["ours, py3langid (our 5) on ties"])
    nums = score_numbers() | {"in_sentences": score_numbers_in_sentences()}
    lang_texts = [t for items in sets.values() for _, t in items]
    speed = speeds(real, lang_texts, guessers)
    if unjudged:
        (HERE / "results").mkdir(exist_ok=True)
        print(f"{len(unjudged)} boundaries where ours and sentencex disagree are not judged "
              "(left out; listed in the result's 'unjudged')", flush=True)
    for title, table in (("sentences, labelled", labelled), ("sentences, real text adjudicated", adjudicated)):
        print(f"== {title}")
        for name, rows in table.items():
            if name == "judged":
                continue
            print(f"  {name:10} " + "  ".join(f"{k} F1={v['f1']:.3f}" for k, v in rows.items()))
    print("== language accuracy")
    for name, row in languages.items():
        print(f"  {name:42} " + "  ".join(f"{k}={v}" for k, v in row.items() if k != "facts differ"))
    print("== number words:", {k: v["all"] for k, v in nums.items() if k != "in_sentences"},
          "in sentences:", nums["in_sentences"])
    print("== speed:", json.dumps(speed))
    finish("libraries", speed["sentences"]["sentencex"]["vs_ours"],
           {"sentences_labelled": labelled, "sentences_adjudicated": adjudicated, "unjudged": unjudged,
            "languages": languages, "numbers": nums, "speed": speed},
           tail="(sentencex time / ours, sentence splitting; accuracy above)")


if __name__ == "__main__":
    main()
