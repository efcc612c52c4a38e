"""The scored sets: each ``score_*`` returns {metric: {"n": count, tool: score, ...}}."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from storywatch import facts as extract

import adapters

Q3_CURRENCY = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY",
               "yuan": "CNY", "swiss franc": "CHF", "canadian dollar": "CAD", "indian rupee": "INR"}
RT_UNIT = {"Dollar": "USD", "Pound": "GBP"}   # display units without isoCurrency we resolve
# Recognizers-Text gives minor units in their own count ("50 cents" -> 50 Cent); storywatch gives
# the amount in the major unit (0.50). Compared in the major unit.
RT_MINOR = {"Cent": 0.01, "Pence": 0.01, "Penny": 0.01, "Satoshi": 1e-8}


# ------------------------------------------------------------------ matching helpers
def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return 0.0 if p + r == 0 else round(2 * p * r / (p + r), 4)


def greedy(gold: list, pred: list, same) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), each used once, first match wins."""
    pairs, used = [], set()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _row(n: int, scores: dict) -> dict:
    return {"n": n, **scores}


def _live(tools: dict) -> dict:
    return {k: v for k, v in tools.items() if not isinstance(v, str)}


# ------------------------------------------------------------------ our news sentences
def load_news(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fig_key_same(g: dict, f: extract.Figure) -> bool:
    return (g["kind"] == f.kind and close(g["value"], f.value) and g["unit"] == f.unit
            and close(g.get("value_high"), f.value_high))


def _status_key(s) -> tuple:
    if isinstance(s, dict):
        return s["status"], s["negated"], s["hedged"]
    return s.status, s.negated, s.hedged


def news_detail(rows: list[dict]) -> dict:
    """storywatch on our sentences: counts behind every news metric, plus the misses."""
    c = dict(fig_tp=0, fig_pred=0, fig_gold=0, subj_ok=0, bg_ok=0, conv_ok=0, conv_n=0,
             st_tp=0, st_pred=0, st_gold=0)
    misses = []
    # The labels name the shipped story's subjects and 'unrelated' for any other; subjects are now
    # read from the text ("revenue", "employees"), so any subject outside the labels' vocabulary
    # counts as 'unrelated' here: the metric stays what it measured.
    vocab = {g["subject"] for r in rows for g in r["figures"]}
    for r in rows:
        figs = extract.extract_figures(r["text"], r["lang"])
        pairs = greedy(r["figures"], figs, _fig_key_same)
        c["fig_tp"] += len(pairs)
        c["fig_pred"] += len(figs)
        c["fig_gold"] += len(r["figures"])
        for gi, fi in pairs:
            g, f = r["figures"][gi], figs[fi]
            subject = extract.classify_subject(r["text"], f)
            c["subj_ok"] += (subject if subject in vocab else "unrelated") == g["subject"]
            c["bg_ok"] += extract.is_background(r["text"], f) == g["background"]
            if "alt_value" in g:
                c["conv_n"] += 1
                c["conv_ok"] += close(g["alt_value"], f.alt_value) and g["alt_unit"] == f.alt_unit
        sts = extract.extract_statuses(r["text"], r["lang"])
        gold_st = [_status_key(s) for s in r["statuses"]]
        pred_st = [_status_key(s) for s in sts]
        st_pairs = greedy(gold_st, pred_st, lambda a, b: a == b)
        c["st_tp"] += len(st_pairs)
        c["st_pred"] += len(pred_st)
        c["st_gold"] += len(gold_st)
        if len(pairs) < max(len(figs), len(r["figures"])) or len(st_pairs) < max(len(gold_st), len(pred_st)):
            misses.append({"id": r["id"], "text": r["text"],
                           "got_figures": [(f.kind, f.value, f.unit, f.value_high) for f in figs],
                           "got_statuses": pred_st})
    return {"counts": c, "misses": misses}


def score_news(path: Path, tools: dict) -> dict:
    rows = load_news(path)
    d = news_detail(rows)
    c = d["counts"]
    sw = "storywatch"
    out = {
        "figure F1 (kind+value+unit)": _row(c["fig_gold"], {sw: f1(c["fig_tp"], c["fig_pred"], c["fig_gold"])}),
        "subject accuracy (matched figures)": _row(c["fig_tp"], {sw: _ratio(c["subj_ok"], c["fig_tp"])}),
        "background accuracy (matched figures)": _row(c["fig_tp"], {sw: _ratio(c["bg_ok"], c["fig_tp"])}),
        "conversion accuracy (matched)": _row(c["conv_n"], {sw: _ratio(c["conv_ok"], c["conv_n"])}),
        "status F1 (status+negated+hedged)": _row(c["st_gold"], {sw: f1(c["st_tp"], c["st_pred"], c["st_gold"])}),
    }
    out["money F1 (value+currency)"] = _news_money(rows, tools)
    out["_misses"] = d["misses"]
    return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def _news_money(rows: list[dict], tools: dict) -> dict:
    gold = [(r, [g for g in r["figures"] if g["kind"] == "money"]) for r in rows]
    res = {"n": sum(len(g) for _, g in gold)}
    for name, tool in _live(tools).items():
        tp = npred = 0
        for r, g in gold:
            pred = tool.money(r["text"], r["lang"])
            npred += len(pred)
            tp += len(greedy(g, pred, lambda a, b: close(a["value"], b.value) and a["unit"] == b.unit))
        res[name] = f1(tp, npred, res["n"])
    return res


# ------------------------------------------------------------------ Recognizers-Text currency
def _rt_gold(case: dict) -> list[dict]:
    out = []
    for r in case["Results"]:
        res = r["Resolution"]
        code = res.get("isoCurrency") or RT_UNIT.get(res.get("unit"))
        value = float(res["value"]) if res.get("value") is not None else None  # a bare "dollars"
        if value is not None and res.get("unit") in RT_MINOR:
            value *= RT_MINOR[res["unit"]]
        out.append({"value": value, "code": code, "span": (r["Start"], r["End"] + 1)})
    return out


def score_recognizers(path: Path, tools: dict) -> dict:
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    gold = [(c["Input"], _rt_gold(c)) for c in cases]
    n_all = sum(1 for _, g in gold for x in g if x["value"] is not None)
    n_iso = sum(1 for _, g in gold for x in g if x["code"] and x["value"] is not None)
    val, code = {"n": n_all}, {"n": n_iso}
    for name, tool in _live(tools).items():
        preds = [(tool.money(text, "en"), g) for text, g in gold]
        val[name] = _rt_f1(preds, with_code=False)
        code[name] = _rt_f1(preds, with_code=True)
    return {"value F1": val, "value+ISO F1": code}


def _rt_f1(preds: list, with_code: bool) -> float:
    tp = npred = ngold = 0
    for pred, gold in preds:
        # results without a value (a bare "dollars") or, for the ISO score, without an ISO code
        # are not scored; nor are predictions on them
        keep = [g for g in gold if g["value"] is not None and (g["code"] or not with_code)]
        skip = [g["span"] for g in gold if g not in keep]
        pred = [p for p in pred if not any(_overlap((p.start, p.end), s) for s in skip if p.start >= 0)]
        gold = keep
        npred, ngold = npred + len(pred), ngold + len(gold)
        tp += len(greedy(gold, pred, lambda g, p: close(g["value"], p.value)
                         and (not with_code or g["code"] == p.unit)))
    return f1(tp, npred, ngold)


# ------------------------------------------------------------------ price-parser strings
def score_prices(path: Path, tools: dict) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    amount, both = {"n": len(rows)}, {"n": len(rows)}
    for name, tool in _live(tools).items():
        ok_a = ok_b = 0
        for r in rows:
            got_amount, got_cur = tool.price(r["price_raw"] or "", r["currency_hint"], r["decimal_separator"])
            want = Decimal(r["amount"]) if r["amount"] is not None else None
            a = (got_amount == want) if want is not None and got_amount is not None else got_amount is want
            ok_a += a
            ok_b += a and adapters.iso(r["currency"]) == adapters.iso(got_cur)
        amount[name], both[name] = ok_a, ok_b
    return {"amount correct (count)": amount, "amount+currency correct (count)": both}


# ------------------------------------------------------------------ quantulum3 money sentences
def _q3_money(path: Path) -> list[tuple[str, list[dict]]]:
    items = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for x in json.loads((path / name).read_text(encoding="utf-8")):
            money = [r for r in x["res"] if r["unit"] in Q3_CURRENCY]
            if money:
                items.append((x["req"], [{"value": abs(r["value"]), "code": Q3_CURRENCY[r["unit"]],
                                          "uncertainty": r.get("uncertainty", 0)} for r in money]))
    return items


def score_quantulum(path: Path, tools: dict) -> dict:
    items = _q3_money(path)
    res = {"n": sum(len(g) for _, g in items)}
    for name, tool in _live(tools).items():
        tp = npred = 0
        for text, gold in items:
            pred = tool.money(text, "en")
            npred += len(pred)
            tp += len(greedy(gold, pred, lambda g, p: close(g["value"], p.value) and g["code"] == p.unit))
        res[name] = f1(tp, npred, res["n"])
    return {"money F1 (value+currency)": res, "sentences": {"n": len(items)}}


CORPUS_SETS = [
    ("recognizers-text currency", score_recognizers,
     "recognizers-text-specs/NumberWithUnit/English/CurrencyModel.json"),
    ("price-parser", score_prices, "price-parser-examples/price_parsing_examples.jsonl"),
    ("quantulum3 money", score_quantulum, "quantulum3-tests/tests"),
]
