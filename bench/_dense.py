"""A generated corpus of figure-dense news pages (issue 24), for ``bench/throughput.py --corpus dense``.

Deterministic (``random.Random(seed)``): the same ``n`` and ``seed`` give the same bytes. Each page
is a news article of 400–900 words from one of four outlets whose markup differs as real sites'
does — a semantic ``<article>`` with nav, figure and related aside; a ``<div>`` soup with share
bar, inline "read more" links and comments; a ``<main>`` with kicker, subtitle, ``<address>``
byline, bullet list, quote, cookie and newsletter boxes; a JSON-LD page with chart captions, a tag
list and a "most read" rail — all with scripts, styles, menus and footers around the text. About a
quarter of the pages are Italian (``<html lang="it">``, Italian boilerplate and sentences).

Each page carries about ten figures and statuses (``FACTS_PER_PAGE`` sentences of one to three
each in its body, besides its headline's): money in several currencies
and styles ("$1.2 billion", "2,2 miliardi di euro", "£300m", "CHF 450 million"), percentages,
counts of people, durations, magnitudes, "the death toll rose to N", "an offer of 2.2 billion
euros", "sentenced to 5 years", "Parliament approved the bill", deal and strike statuses — set in
filler prose built from parts (subject, verb, object, tail), so no two pages share much text and
none is a near-duplicate of another (the pipeline's dedup sees distinct pages, as a real feed's).
Every page names the bench story's terms (English or Italian function words).
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape

FACTS_PER_PAGE = (5, 7)         # fact sentences a page (1–3 figures or statuses each, ~1.7 on average)
WORDS = (400, 900)              # words of the article body
ITALIAN_SHARE = 0.25
LAYOUTS = ("ledger", "wire", "quotidiano", "markets")


@dataclass(frozen=True)
class Page:
    pid: str
    html: bytes
    layout: str
    lang: str
    words: int          # words of the article body (headline, standfirst and paragraphs)
    facts: int          # figures and statuses set in its body (the headline's and related links' not counted)


# ------------------------------------------------------------------ the world the pages report on
COMPANIES = ("Veridia Group", "Norland Energy", "Castellan Bank", "Aurora Telecom", "Banca Lumen", "Orsini Holdings",
             "Kestrel Airways", "Medisol", "Pallas Steel", "Tiber Motors", "Halvard Shipping", "Solenne Foods",
             "Brightwater Utilities", "Marisco Insurance", "Quercia Cementi", "Adriatica Ferries", "Helix Pharma",
             "Corvo Media", "Lantern Retail", "Ostra Logistics")
CITIES = ("Genoa", "Naples", "Rotterdam", "Lyon", "Bilbao", "Izmir", "Catania", "Antwerp", "Porto", "Trieste",
          "Marseille", "Gdansk", "Valencia", "Bari", "Hamburg", "Palermo")
CITIES_IT = ("Genova", "Napoli", "Rotterdam", "Lione", "Bilbao", "Smirne", "Catania", "Anversa", "Porto", "Trieste",
             "Marsiglia", "Danzica", "Valencia", "Bari", "Amburgo", "Palermo")
PEOPLE = ("Marco Ferri", "Anna Kovacs", "John Pellow", "Giulia Marchetti", "Pieter de Vries", "Sofia Lindqvist",
          "Luca Bernardi", "Claire Dubois", "Tomasz Nowak", "Elena Russo", "David Okafor", "Chiara Colombo")
REPORTERS = ("Maria Santoro", "James Whitfield", "Paolo Greco", "Helen Marsh", "Francesca Villa", "Omar Haddad",
             "Laura Conti", "Ben Carver")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_IT = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")


class _Fill:
    """Random slot values for one page, in its language."""

    def __init__(self, r: random.Random, it: bool):
        self.r, self.it = r, it
        self.buyer, self.target = r.sample(COMPANIES, 2)
        self.company = r.choice(COMPANIES)
        self.city = r.choice(CITIES_IT if it else CITIES)
        self.person = r.choice(PEOPLE)

    # numbers as the language writes them
    def dec(self, lo: float, hi: float, places: int = 1) -> str:
        s = f"{self.r.uniform(lo, hi):.{places}f}"
        return s.replace(".", ",") if self.it else s

    def int_(self, lo: int, hi: int) -> str:
        s = f"{self.r.randint(lo, hi):,}"
        return s.replace(",", ".") if self.it else s

    def money(self) -> str:
        r = self.r
        if self.it:
            return r.choice((f"{self.dec(1, 9)} miliardi di euro", f"{self.int_(120, 950)} milioni di euro",
                             f"€ {self.int_(40, 900)} milioni", f"{self.dec(1, 4)} miliardi di dollari",
                             f"{self.int_(150, 800)} milioni di franchi svizzeri"))
        return r.choice((f"${self.dec(1, 9)} billion", f"€{self.int_(120, 950)} million",
                         f"{self.dec(1, 9)} billion euros", f"£{self.int_(40, 900)}m",
                         f"{self.int_(150, 800)} million dollars", f"CHF {self.int_(150, 800)} million",
                         f"¥{self.int_(20, 90)} billion", f"US${self.int_(200, 900)} million"))

    def day(self) -> str:
        return self.r.choice(WEEKDAYS_IT if self.it else WEEKDAYS)


# fact sentences: (template, facts it carries); slots are _Fill attributes or {m:...} calls
FACTS_EN = (
    ("{buyer} raised its offer for {target} to {money}, according to people familiar with the matter.", 1),
    ("The offer of {bn} billion euros values {target} at a premium of {pct}% to its closing price on {day}.", 2),
    ("{target} reported revenue of {money} for the third quarter, up {pct}% from a year earlier.", 2),
    ("The deal, worth about {money}, is expected to close within {months} months.", 2),
    ("{buyer} said on {day} that it had completed the takeover of {target}.", 1),
    ("Talks between {buyer} and {target} collapsed on {day} after the two sides failed to agree on price.", 1),
    ("{buyer} agreed to buy {target} for {money} in cash and shares.", 2),
    ("Shareholders of {target} approved the merger at an extraordinary meeting in {city}.", 1),
    ("Dock workers in {city} began a {days}-day strike on {day}, halting traffic at the port.", 2),
    ("The strike was called off late on {day} after the unions reached a deal with {company}.", 1),
    ("About {k} workers joined the walkout, the union said, and it demands a pay rise of {pct}%.", 2),
    ("The death toll rose to {n} on {day}, officials in {city} said.", 1),
    ("A magnitude {mag} earthquake struck near {city} early on {day}, the geological survey said.", 1),
    ("At least {n} people were injured and {k} residents were evacuated from their homes.", 2),
    ("Rescue teams have been searching the rubble for {hours} hours.", 1),
    ("A court in {city} sentenced {person} to {years} years in prison for fraud on {day}.", 2),
    ("Prosecutors had sought a sentence of {years2} years, and {person} was also fined {money}.", 2),
    ("Parliament approved the bill by {votes} votes to {votes2} on {day}.", 3),
    ("The bill would cut the deficit by {bn} billion euros over {years} years.", 2),
    ("The government now expects the economy to grow by {small}% next year, down from {small2}%.", 2),
    ("Shares of {target} jumped {pct}% in {city} trading, adding {money} to its market value.", 2),
    ("{company} employs about {k} people and carries debt of {money}.", 2),
)
FACTS_IT = (
    ("{buyer} ha alzato la sua offerta per {target} a {money}, secondo fonti vicine al dossier.", 1),
    ("L'offerta di {bn} miliardi di euro valuta {target} con un premio del {pct}% sulla chiusura di {day}.", 2),
    ("{target} ha registrato ricavi per {money} nel terzo trimestre, in crescita del {pct}% su base annua.", 2),
    ("L'accordo, del valore di circa {money}, dovrebbe chiudersi entro {months} mesi.", 2),
    ("{buyer} ha annunciato {day} di aver completato l'acquisizione di {target}.", 1),
    ("Le trattative tra {buyer} e {target} si sono interrotte {day} per il mancato accordo sul prezzo.", 1),
    ("{buyer} ha accettato di acquistare {target} per {money} in contanti e azioni.", 2),
    ("Gli azionisti di {target} hanno approvato la fusione in un'assemblea straordinaria a {city}.", 1),
    ("I lavoratori del porto di {city} hanno iniziato {day} uno sciopero di {days} giorni.", 2),
    ("Lo sciopero è stato revocato dopo l'accordo tra i sindacati e {company}.", 1),
    ("Circa {k} lavoratori hanno aderito all'agitazione e il sindacato chiede un aumento del {pct}%.", 2),
    ("Il bilancio delle vittime è salito a {n} morti, hanno riferito le autorità di {city}.", 1),
    ("Una scossa di magnitudo {mag} ha colpito la zona di {city} all'alba di {day}.", 1),
    ("Almeno {n} persone sono rimaste ferite e {k} residenti sono stati evacuati.", 2),
    ("Le squadre di soccorso scavano tra le macerie da {hours} ore.", 1),
    ("Il tribunale di {city} ha condannato {person} a {years} anni di carcere per frode.", 2),
    ("La procura aveva chiesto {years2} anni e {person} dovrà pagare una multa di {money}.", 2),
    ("Il Parlamento ha approvato il disegno di legge con {votes} voti favorevoli e {votes2} contrari.", 3),
    ("La legge ridurrebbe il deficit di {bn} miliardi di euro in {years} anni.", 2),
    ("Il governo prevede ora una crescita del {small}% il prossimo anno, contro il {small2}% stimato in precedenza.", 2),
    ("Le azioni di {target} sono salite del {pct}% alla Borsa di Milano.", 1),
    ("{company} impiega circa {k} persone e ha debiti per {money}.", 2),
)


def _fact(f: _Fill, template: str) -> str:
    r = f.r
    slots = {"buyer": f.buyer, "target": f.target, "company": f.company, "city": f.city, "person": f.person,
             "money": f.money(), "day": f.day(), "bn": f.dec(1, 6), "pct": f.dec(2, 40),
             "small": f.dec(0.3, 2.5), "small2": f.dec(0.3, 2.5), "months": r.randint(3, 18),
             "days": r.randint(2, 10), "hours": r.randint(12, 96), "k": f.int_(1200, 48000),
             "n": f.int_(3, 420), "mag": f.dec(4.2, 7.8), "years": r.randint(2, 12),
             "years2": r.randint(6, 15), "votes": r.randint(201, 350), "votes2": r.randint(90, 200)}
    return template.format(**slots)


# filler prose from parts: subject, verb, object phrase, tail
SUBJ_EN = ("Analysts", "The company's chairman", "Officials in {city}", "Residents", "Opposition lawmakers",
           "A spokesperson for the union", "Regulators in Brussels", "Investors", "Local authorities",
           "The ministry", "Several board members", "Economists", "Rival bidders", "Port operators",
           "Community leaders", "Consumer groups", "Engineers at the site", "Diplomats", "Bankers close to {buyer}",
           "The mayor of {city}")
VERB_EN = ("said", "warned", "argued", "noted", "insisted", "suggested", "cautioned", "acknowledged", "stressed",
           "complained", "predicted", "conceded")
OBJ_EN = ("the negotiations", "the proposed timetable", "the new management", "the regional economy",
          "the shipping schedules", "the emergency response", "the court's reasoning", "the coalition's plans",
          "the supply chain", "the pension fund", "the reconstruction effort", "the labour contract",
          "the funding gap", "the audit committee", "the rail connections", "the insurance claims",
          "the tender process", "the export market", "the hospital network", "the energy grid")
VP_EN = ("had been handled badly", "would face fresh scrutiny", "could change quickly", "remained fragile",
         "needed more transparency", "was moving in the right direction", "deserved a broader debate",
         "had surprised many observers", "would take months to settle", "was still under review",
         "had drawn criticism from abroad", "would shape the coming weeks")
TAIL_EN = ("in the months ahead", "despite repeated assurances", "according to internal documents",
           "after a tense meeting", "as pressure mounted", "without giving details", "in a written statement",
           "during a briefing with reporters", "while declining to comment further", "in an interview",
           "before the holiday period", "amid growing uncertainty", "on the sidelines of a conference",
           "in a letter to staff", "at a news conference in {city}")
SUBJ_IT = ("Gli analisti", "Il presidente della società", "Le autorità di {city}", "I residenti",
           "I parlamentari dell'opposizione", "Un portavoce del sindacato", "I regolatori di Bruxelles",
           "Gli investitori", "Le autorità locali", "Il ministero", "Alcuni consiglieri", "Gli economisti",
           "Gli offerenti rivali", "Gli operatori portuali", "I rappresentanti della comunità",
           "Le associazioni dei consumatori", "I tecnici sul posto", "I diplomatici", "I banchieri vicini a {buyer}",
           "Il sindaco di {city}")
VERB_IT = ("hanno detto", "hanno avvertito", "hanno sostenuto", "hanno osservato", "hanno insistito",
           "hanno suggerito", "hanno ammesso", "hanno sottolineato", "hanno lamentato", "hanno previsto")
OBJ_IT = ("le trattative", "il calendario proposto", "la nuova gestione", "l'economia regionale",
          "gli orari delle navi", "la risposta all'emergenza", "il ragionamento della corte", "i piani della coalizione",
          "la catena di fornitura", "il fondo pensione", "la ricostruzione", "il contratto di lavoro",
          "il buco nei conti", "il comitato di revisione", "i collegamenti ferroviari", "i rimborsi assicurativi",
          "la gara d'appalto", "il mercato dell'export", "la rete ospedaliera", "la rete elettrica")
VP_IT = ("sono stati gestiti male", "saranno esaminati di nuovo", "potrebbero cambiare in fretta",
         "restano fragili", "richiedono più trasparenza", "vanno nella giusta direzione",
         "meritano un dibattito più ampio", "hanno sorpreso molti osservatori", "richiederanno mesi",
         "sono ancora in fase di verifica", "hanno suscitato critiche all'estero", "segneranno le prossime settimane")
TAIL_IT = ("nei prossimi mesi", "nonostante le rassicurazioni", "secondo documenti interni",
           "dopo una riunione tesa", "mentre cresceva la pressione", "senza fornire dettagli", "in una nota",
           "durante un incontro con la stampa", "in un'intervista", "prima delle festività",
           "in un clima di incertezza", "a margine di un convegno", "in una lettera ai dipendenti",
           "in una conferenza stampa a {city}")


def _filler(f: _Fill) -> str:
    r = f.r
    if f.it:
        s = f"{r.choice(SUBJ_IT)} {r.choice(VERB_IT)} che {r.choice(OBJ_IT)} {r.choice(VP_IT)} {r.choice(TAIL_IT)}."
    else:
        s = f"{r.choice(SUBJ_EN)} {r.choice(VERB_EN)} that {r.choice(OBJ_EN)} {r.choice(VP_EN)} {r.choice(TAIL_EN)}."
    return s.format(city=f.city, buyer=f.buyer)


HEADLINES_EN = ("{buyer} raises offer for {target} to {money}", "Death toll rises to {n} after quake near {city}",
                "Parliament approves budget bill by {votes} votes to {votes2}", "{person} sentenced to {years} years",
                "Port strike in {city} enters day {days}", "{target} shares jump {pct}% on takeover talk")
HEADLINES_IT = ("{buyer} alza l'offerta per {target} a {money}", "Sale a {n} il bilancio delle vittime a {city}",
                "Il Parlamento approva la legge di bilancio", "{person} condannato a {years} anni",
                "Sciopero al porto di {city}, è il giorno {days}", "Le azioni di {target} salgono del {pct}%")
STANDFIRST_EN = ("What the latest figures mean for {target}, its staff and its rivals.",
                 "Officials in {city} gave new numbers on {day} as the story moved quickly.")
STANDFIRST_IT = ("Cosa significano gli ultimi numeri per {target}, i suoi dipendenti e i concorrenti.",
                 "Le autorità di {city} hanno diffuso nuovi dati {day}.")

UI = {
    "en": dict(home="Home", sections=("World", "Business", "Markets", "Politics", "Tech", "Climate", "Sport",
                                      "Culture", "Opinion", "Video", "Podcasts", "Weather"),
               related="Related stories", more="Read more", by="By", share="Share this article", comments="Comments",
               cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
               newsletter="Sign up for the morning briefing: the day's news in your inbox.", tags="Topics",
               mostread="Most read", rights="All rights reserved.", photo="Photo", subs="Subscribe",
               login="Sign in", about=("About us", "Contact", "Careers", "Advertise", "Privacy", "Terms of use",
                                       "Cookie settings", "Accessibility", "Newsletters", "Archive")),
    "it": dict(home="Home", sections=("Mondo", "Economia", "Mercati", "Politica", "Tecnologia", "Clima", "Sport",
                                      "Cultura", "Opinioni", "Video", "Podcast", "Meteo"),
               related="Leggi anche", more="Leggi di più", by="di", share="Condividi l'articolo", comments="Commenti",
               cookie="Utilizziamo i cookie per migliorare la tua esperienza. Proseguendo accetti la cookie policy.",
               newsletter="Iscriviti alla newsletter del mattino: le notizie del giorno nella tua casella.",
               tags="Argomenti", mostread="I più letti", rights="Tutti i diritti riservati.", photo="Foto",
               subs="Abbonati", login="Accedi", about=("Chi siamo", "Contatti", "Lavora con noi", "Pubblicità",
                                                       "Privacy", "Termini d'uso", "Impostazioni cookie",
                                                       "Accessibilità", "Newsletter", "Archivio")),
}
OUTLETS = {"ledger": "The Daily Ledger", "wire": "Metro Wire", "quotidiano": "Il Quotidiano Nazionale",
           "markets": "Markets Courier"}


def _js(r: random.Random, lines: int) -> str:
    """Inline script of the kind ad and analytics loaders ship (text no extractor reads)."""
    return "\n".join(f"window.__cfg{i}=window.__cfg{i}||{{slot:'div-gpt-{r.randint(1000, 9999)}',"
                     f"sizes:[[300,250],[728,90]],targeting:{{sec:'{r.choice(('biz', 'news', 'mkts'))}',"
                     f"pos:{i}}}}};" for i in range(lines))


def _css(lines: int) -> str:
    return "\n".join(f".c{i}{{margin:{i % 7}px 0;padding:{i % 5}px;color:#{(i * 2654435761) % 0xffffff:06x}}}"
                     for i in range(lines))


def _links(r: random.Random, labels, prefix: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="/{prefix}/{escape(x.lower().replace(" ", "-"))}-{r.randint(1, 99)}">'
                   f"{escape(x)}</a></li>" for x in labels)


def _megamenu(r: random.Random, ui: dict, cls: str) -> str:
    """A site's mega menu: each section with its sub-sections (real menus run to hundreds of elements)."""
    out = []
    for sec in ui["sections"]:
        slug = sec.lower()
        subs = "".join(f'<li class="{cls}__sub"><a href="/{slug}/{k}-{r.randint(1, 999)}">{escape(sec)} {k + 1}</a></li>'
                       for k in range(r.randint(8, 14)))
        out.append(f'<li class="{cls}__item has-children"><a href="/{slug}">{escape(sec)}</a>'
                   f'<div class="{cls}__panel"><ul>{subs}</ul></div></li>')
    return f'<ul class="{cls}">{"".join(out)}</ul>'


def _cards(f: _Fill, k: int, cls: str) -> str:
    """Teaser cards for other stories: image, kicker, headline, summary, time."""
    r, ui = f.r, UI["it" if f.it else "en"]
    return "".join(
        f'<div class="{cls}"><a href="/s/{r.randint(1, 10**6)}"><div class="{cls}__img"><img src="/t/{r.randint(1, 10**6)}.jpg"'
        f' alt="" loading="lazy"></div><div class="{cls}__body"><span class="{cls}__kicker">{escape(r.choice(ui["sections"]))}'
        f'</span><h3>{escape(h)}</h3><p>{escape(_filler(f))}</p><time>{r.randint(1, 23)}h</time></div></a></div>'
        for h in _related(f, k))


def _footer_cols(r: random.Random, ui: dict) -> str:
    cols = []
    for head in ui["sections"][:5]:
        items = "".join(f'<li><a href="/{head.lower()}/{j}">{escape(x)}</a></li>'
                        for j, x in enumerate(r.sample(ui["about"] + ui["sections"], 8)))
        cols.append(f'<div class="footer-col"><h4>{escape(head)}</h4><ul>{items}</ul></div>')
    return "".join(cols)


def _icons(r: random.Random) -> str:
    return "".join(f'<a class="icon" href="#"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M{r.randint(1, 9)} '
                   f'{r.randint(1, 9)}h{r.randint(4, 14)}v{r.randint(4, 14)}H{r.randint(1, 9)}z"/></svg></a>' for _ in range(6))


def _ads(r: random.Random, k: int) -> list[str]:
    return [f'<div class="ad-slot" id="ad-{r.randint(10**5, 10**6)}" data-size="300x250" data-pos="{j}">'
            f'<div class="ad-label">Advertisement</div></div>' for j in range(k)]


def _state(r: random.Random, f: _Fill, title: str) -> str:
    """The page-state JSON some sites inline (a framework's hydration data): text no extractor reads."""
    items = [{"id": r.randint(1, 10**7), "headline": h, "section": r.choice(UI["en"]["sections"]),
              "img": {"src": f"/t/{r.randint(1, 10**6)}.jpg", "w": 640, "h": 360}} for h in _related(f, r.randint(60, 140))]
    return "window.__STATE__=" + json.dumps({"article": {"title": title}, "feed": items}, ensure_ascii=False) + ";"


def _related(f: _Fill, k: int) -> list[str]:
    tpl = HEADLINES_IT if f.it else HEADLINES_EN
    return [_fact(f, f.r.choice(tpl)) for _ in range(k)]


def _body(f: _Fill, words: int, n_facts: int) -> tuple[list[list[str]], int, int]:
    """Paragraphs (lists of sentences) of about ``words`` words holding ``n_facts`` fact sentences;
    their words, and the figures and statuses they carry."""
    r = f.r
    picked = r.sample(FACTS_IT if f.it else FACTS_EN, n_facts)
    facts = [_fact(f, t) for t, _ in picked]
    filler, total = [], sum(len(s.split()) for s in facts)
    while total < words:
        s = _filler(f)
        filler.append(s)
        total += len(s.split())
    # facts spread through the filler, the first one in the lead paragraph
    sents = filler[:]
    for i, s in enumerate(facts):
        at = 1 if i == 0 else r.randint(0, len(sents))
        sents.insert(min(at, len(sents)), s)
    paras, i = [], 0
    while i < len(sents):
        k = r.randint(2, 4)
        paras.append(sents[i:i + k])
        i += k
    return paras, total, sum(c for _, c in picked)


def page(i: int, seed: int = 24, chrome: bool = True) -> Page:
    """Page ``i``; ``chrome=False`` leaves out the heavy site chrome (mega menu, teaser cards, footer
    columns, icons, ad slots, page-state script) and keeps the same article, byline, caption,
    related links and light nav: ~115 elements a page instead of ~600."""
    r = random.Random(seed * 1_000_003 + i)
    C = (lambda x: x) if chrome else (lambda x: "")    # noqa: E731 — the chrome is drawn either way (same text)
    it = r.random() < ITALIAN_SHARE
    lang = "it" if it else "en"
    layout = LAYOUTS[r.randrange(len(LAYOUTS))]
    f = _Fill(r, it)
    ui = UI[lang]
    n_facts = r.randint(*FACTS_PER_PAGE)
    paras, words, n_figs = _body(f, r.randint(*WORDS), n_facts)
    title = _fact(f, r.choice(HEADLINES_IT if it else HEADLINES_EN))
    standfirst = _fact(f, r.choice(STANDFIRST_IT if it else STANDFIRST_EN))
    words += len(title.split()) + len(standfirst.split())
    published = datetime(2026, 11, 2, 6, 0, tzinfo=timezone.utc) + timedelta(minutes=37 * i)
    reporter = r.choice(REPORTERS)
    outlet = OUTLETS[layout]
    host = {"ledger": "dailyledger.example", "wire": "metrowire.example", "quotidiano": "quotidiano.example",
            "markets": "marketscourier.example"}[layout]
    pid = f"{layout}-{i:04d}"
    url = f"https://{host}/{'it/' if it else ''}news/{pid}"
    sections = _links(r, ui["sections"], "section")
    footer_links = _links(r, ui["about"], "info")
    related = _related(f, r.randint(4, 8))
    caption = f"{escape(_filler(f))} {ui['photo']}: {escape(r.choice(REPORTERS))}/{escape(outlet)}"
    head = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)} | {escape(outlet)}</title>"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{escape(title)}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{escape(outlet)}">'
            f'<link rel="canonical" href="{url}"><link rel="stylesheet" href="/static/main.{r.randint(10**5, 10**6)}.css">'
            f"<style>{_css(r.randint(40, 120))}</style><script>{_js(r, r.randint(20, 60))}</script>"
            + C(f"<script>{_state(r, f, title)}</script>"))
    ads = [C(x) for x in _ads(r, 5)]
    ps = "".join(f"<p>{escape(' '.join(p))}</p>" for p in paras)
    if layout == "ledger":
        head += (f'<meta name="author" content="{escape(reporter)}">'
                 f'<meta property="article:published_time" content="{published.isoformat()}"></head>')
        body = (f'<body><header class="masthead"><a class="logo" href="/">{escape(outlet)}</a>'
                f'<nav class="primary">{C(_megamenu(r, ui, "menu"))}</nav><a href="/subscribe">{ui["subs"]}</a>'
                f'<a href="/login">{ui["login"]}</a></header>'
                f'<main><article><h1>{escape(title)}</h1><p class="standfirst">{escape(standfirst)}</p>'
                f'<p class="byline">{ui["by"]} <a href="/authors/{r.randint(1, 80)}">{escape(reporter)}</a> · '
                f'<time datetime="{published.isoformat()}">{published:%d %B %Y, %H:%M}</time></p>'
                f'<figure><img src="/img/{pid}.jpg" alt="" width="1200" height="675"><figcaption>{caption}'
                f'</figcaption></figure><div class="share">{C(_icons(r))}</div>{ps}{ads[0]}</article>'
                f'<aside class="related"><h3>{ui["related"]}</h3><ul>'
                + "".join(f'<li><a href="/news/r{r.randint(1, 10**6)}">{escape(h)}</a></li>' for h in related)
                + f'</ul>{ads[1]}</aside><section class="more">{C(_cards(f, 10, "card"))}</section></main>'
                f'<footer>{C(_footer_cols(r, ui))}<ul>{footer_links}</ul><p>© 2026 {escape(outlet)}. {ui["rights"]}</p>'
                f"</footer><script>{_js(r, 10)}</script></body></html>")
    elif layout == "wire":
        head += "</head>"
        # inline "read more" links between paragraphs, a share bar, comments
        chunks = []
        for k, p in enumerate(paras):
            chunks.append(f'<div class="para">{escape(" ".join(p))}</div>')
            if k % 3 == 2 and related:
                chunks.append(f'<div class="inline-link"><strong>{ui["more"].upper()}:</strong> '
                              f'<a href="/w/{r.randint(1, 10**6)}">{escape(related[k % len(related)])}</a></div>')
        comments = "".join(f'<div class="comment"><span class="user">user{r.randint(100, 999)}</span>'
                           f"<div>{escape(_filler(f))}</div></div>" for _ in range(r.randint(2, 5)))
        body = (f'<body><div id="top-bar"><div class="logo">{escape(outlet)}</div><div class="menu"><ul>'
                f'{sections}</ul>{C(_megamenu(r, ui, "dropdown"))}</div>{ads[0]}</div><div class="container"><div class="story-body">'
                f'<div class="headline"><h1>{escape(title)}</h1></div>'
                f'<div class="author-info"><span class="author">{ui["by"]} {escape(reporter)}</span> '
                f'<span class="date">{published:%Y-%m-%d %H:%M} UTC</span></div>'
                f'<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a>'
                f'<a href="#">Email</a>{C(_icons(r))}<span>{ui["share"]}</span></div>'
                f'<div class="lead-image"><img src="/i/{pid}.jpg"><div class="caption">{caption}</div></div>'
                f'<div class="text"><div class="para"><b>{escape(standfirst)}</b></div>{"".join(chunks)}</div>'
                f'</div>{ads[1]}<div class="more-from"><div class="grid">{C(_cards(f, 12, "teaser"))}</div></div>'
                f'<div class="comments"><h4>{ui["comments"]}</h4>{comments}</div></div>'
                f'<div class="footer">{C(_footer_cols(r, ui))}<ul>{footer_links}</ul><div>© {escape(outlet)} 2026</div></div></body></html>')
    elif layout == "quotidiano":
        head += f'<meta name="date" content="{published:%Y-%m-%d}"></head>'
        listed = r.sample(FACTS_IT if it else FACTS_EN, 2)
        bullets = "".join(f"<li>{escape(_fact(f, t))}</li>" for t, _ in listed)
        n_figs += sum(c for _, c in listed)
        mid = max(1, len(paras) // 2)
        quote = escape(_filler(f))
        body = (f'<body><div class="cookie-banner"><p>{ui["cookie"]}</p><button>OK</button></div>'
                f'<header><div class="brand">{escape(outlet)}</div><nav>{C(_megamenu(r, ui, "nav"))}</nav>{C(_icons(r))}</header>{ads[0]}'
                f'<main><section class="article"><header class="article-header">'
                f'<span class="kicker">{escape(r.choice(ui["sections"]))}</span><h1>{escape(title)}</h1>'
                f'<h2 class="subtitle">{escape(standfirst)}</h2>'
                f'<address class="author">{ui["by"]} {escape(reporter)}</address>'
                f'<span class="published">{published:%d/%m/%Y %H:%M}</span></header>'
                f'<div class="entry-content">'
                + "".join(f"<p>{escape(' '.join(p))}</p>" for p in paras[:mid])
                + f"<ul>{bullets}</ul><blockquote><p>{quote}</p></blockquote>"
                f'<div class="read-also"><span>{ui["related"]}</span><ul>'
                + "".join(f'<li><a href="/q/{r.randint(1, 10**6)}">{escape(h)}</a></li>' for h in related[:3])
                + "</ul></div>" + "".join(f"<p>{escape(' '.join(p))}</p>" for p in paras[mid:])
                + f'</div></section><div class="sidebar">{ads[1]}{C(_cards(f, 8, "box"))}{ads[2]}</div>'
                f'<div class="newsletter-box"><p>{ui["newsletter"]}</p><form><input type="email">'
                f'<button>{ui["subs"]}</button></form></div></main>'
                f'<footer class="site-footer">{C(_footer_cols(r, ui))}<ul>{footer_links}</ul><p>{escape(outlet)} — P.IVA 0{r.randint(10**9, 10**10 - 1)}'
                f' — {ui["rights"]}</p></footer></body></html>')
    else:   # markets: JSON-LD, a chart caption, tags, a most-read rail
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published.isoformat(), "dateModified": (published + timedelta(hours=2)).isoformat(),
              "author": {"@type": "Person", "name": reporter}, "publisher": {"@type": "Organization", "name": outlet},
              "inLanguage": lang, "mainEntityOfPage": url}
        head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
        charted, c = r.choice(FACTS_IT if it else FACTS_EN)
        chart = escape(_fact(f, charted))
        n_figs += c
        mid = max(1, len(paras) // 3)
        tags = "".join(f'<a class="tag" href="/tag/{t.lower()}">{t}</a>' for t in r.sample(ui["sections"], 4))
        rail = "".join(f'<li><span class="rank">{k + 1}</span><a href="/m/{r.randint(1, 10**6)}">{escape(h)}</a></li>'
                       for k, h in enumerate(_related(f, 6)))
        body = ('<body><div class="ticker">' + "".join(
                    f'<span>{c[:4].upper()} {f.dec(-3, 3, 2)}%</span>' for c in r.sample(COMPANIES, 8))
                + f'</div><header><a href="/">{escape(outlet)}</a>{C(_megamenu(r, ui, "nav"))}{C(_icons(r))}</header>{ads[0]}'
                f'<div class="layout"><div class="article__main"><h1 class="article__title">{escape(title)}</h1>'
                f'<div class="article__meta">{escape(reporter)} | {published:%b %d, %Y}</div>'
                f'<div class="article__body"><p class="lede">{escape(standfirst)}</p>'
                + "".join(f"<p>{escape(' '.join(p))}</p>" for p in paras[:mid])
                + f'<figure class="chart"><div class="chart-canvas" data-series="{r.randint(1, 999)}"></div>'
                f"<figcaption>{chart}</figcaption></figure>"
                + "".join(f"<p>{escape(' '.join(p))}</p>" for p in paras[mid:])
                + f'</div><div class="article__tags">{ui["tags"]}: {tags}</div></div>'
                f'<aside class="rail"><h3>{ui["mostread"]}</h3><ol>{rail}</ol>{ads[1]}{C(_cards(f, 8, "rail-card"))}</aside></div>'
                f'<footer>{C(_footer_cols(r, ui))}<ul>{footer_links}</ul><small>© 2026 {escape(outlet)}</small></footer>'
                f"<script>{_js(r, 15)}</script></body></html>")
    return Page(pid, (head + body).encode("utf-8"), layout, lang, words, n_figs)


def corpus(n: int, seed: int = 24, chrome: bool = True) -> list[Page]:
    """``n`` pages, the same for the same ``n`` and ``seed`` (a smaller ``n`` is a prefix of a larger)."""
    return [page(i, seed, chrome) for i in range(n)]


def describe(pages: list[Page]) -> dict:
    """What the corpus holds, for the result JSON."""
    import statistics

    words = [p.words for p in pages]
    return {"generator": "bench/_dense.py", "layouts": {k: sum(p.layout == k for p in pages) for k in LAYOUTS},
            "languages": {k: sum(p.lang == k for p in pages) for k in ("en", "it")},
            "words": {"min": min(words), "median": statistics.median(words), "max": max(words)},
            "figures_and_statuses_per_page": round(sum(p.facts for p in pages) / len(pages), 2),
            "html_kb_median": round(statistics.median(len(p.html) for p in pages) / 1024, 1),
            "elements_median": statistics.median(p.html.count(b"<") - p.html.count(b"</") for p in pages)}


if __name__ == "__main__":      # a look at the corpus: python bench/_dense.py [n] [pid]
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    ps = corpus(n)
    if len(sys.argv) > 2:
        print(next(p for p in ps if p.pid == sys.argv[2]).html.decode())
    else:
        print(json.dumps(describe(ps), indent=2))
