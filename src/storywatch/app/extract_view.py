"""`storywatch extract`: what storywatch reads in any text, shown as a table or JSON."""
from __future__ import annotations

import json

from storywatch.deliver import fmt_value
from storywatch.facts import claims_for
from storywatch.text import normalize_text


def extract_report(text: str, lang: str | None = None, as_json: bool = False) -> str:
    doc = normalize_text(text)
    claims = claims_for(doc, version_id="-", article_id="-", story="-", run_id="-", lang=lang)
    rows = [{
        "kind": c.kind, "subject": c.subject, "role": c.role,
        "value": c.status if c.kind == "status" else c.value, "unit": c.unit,
        "value_high": c.value_high, "approx": c.approx if c.kind != "status" else None,
        "attribution": c.approx if c.kind == "status" else None,
        "alt_value": c.alt_value, "alt_unit": c.alt_unit, "text": c.text,
        "sentence": c.sentence, "block": c.block,
    } for c in claims]
    if as_json:
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if not rows:
        return "no figures or statuses found"
    out = []
    for c in claims:
        shown = fmt_value(c.value, c.unit, c.status)
        if c.alt_unit:
            shown += f" (= {fmt_value(c.alt_value, c.alt_unit)})"
        if c.approx:
            shown = f"{c.approx} {shown}"
        out.append(f"{c.kind:8} {c.subject:18} {c.role:10} {shown}  «{c.text}»\n"
                   f"{'':8} {c.block}: {c.sentence}")
    return "\n".join(out)
