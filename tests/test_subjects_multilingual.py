"""Issue 24: subjects found in the text, in English, Italian, German, French and Spanish.

Each frame in each language; the canonical equivalences (one subject however an outlet words it);
distinct subjects where the meaning differs (killed vs injured, per-share price vs deal value);
roles (background, hedged, historical); and traps (text in other languages, odd input)."""
import pytest

from storywatch.facts import extract_figures
from storywatch.facts.subjects import (SUBJECTS, classify_subject, figure_context, is_monotonic, revision_down,
                                       subject_info)


def fig(text: str, figure: str, lang: str | None = None):
    figs = extract_figures(text, lang)
    found = [f for f in figs if f.text == figure]
    assert found, (figure, figs)
    return found[0], figs


def subject(text: str, figure: str, lang: str | None = None) -> str:
    return classify_subject(text, fig(text, figure, lang)[0])


def context(text: str, figure: str, lang: str | None = None) -> str | None:
    f, figs = fig(text, figure, lang)
    return figure_context(text, f, figs)


# ------------------------------------------------------------------ each frame, each language
FRAMES = [
    # death toll: a head noun, a verb before, a verb after, the counted noun
    ("The death toll rose to 112.", "112", "en", "death toll"),
    ("The toll, first put at 38, rose to 112.", "112", "en", "death toll"),
    ("The toll, first put at 38, rose to 112.", "38", "en", "death toll"),
    ("The death toll, according to officials, rose to 112.", "112", "en", "death toll"),
    ("The doctors counted three deaths of detained children.", "three deaths", "en", "death toll"),
    ("Officials listed 18,000 people who had been executed.", "18,000 people", "en", "death toll"),
    ("The quake struck at dawn, killing 112 people.", "112 people", "en", "death toll"),
    ("At least 112 people were killed.", "112 people", "en", "death toll"),
    ("Il bilancio delle vittime è salito a 112.", "112", "it", "death toll"),
    ("Il terremoto ha causato 112 morti.", "112 morti", "it", "death toll"),
    ("Die Zahl der Todesopfer stieg auf 112.", "112", "de", "death toll"),
    ("Bei dem Beben kamen 112 Menschen ums Leben.", "112 Menschen", "de", "death toll"),
    ("Le bilan s'élève à 112 morts.", "112 morts", "fr", "death toll"),
    ("Le séisme a fait 112 victimes.", "112 victimes", "fr", "death toll"),
    ("La cifra de muertos asciende a 112.", "112", "es", "death toll"),
    ("El sismo dejó 112 muertos.", "112 muertos", "es", "death toll"),
    # injured
    ("The blast injured 300 people.", "300 people", "en", "injured"),
    ("Some 300 people were injured.", "300 people", "en", "injured"),
    ("Ci sono 300 feriti.", "300 feriti", "it", "injured"),
    ("Mehr als 300 Verletzte wurden gezählt.", "300 Verletzte", "de", "injured"),
    ("On compte 300 blessés.", "300 blessés", "fr", "injured"),
    ("Los médicos atienden a 300 heridos.", "300 heridos", "es", "injured"),
    # missing
    ("Officials said 40 people are still missing.", "40 people", "en", "missing"),
    ("Ci sono ancora 40 dispersi.", "40 dispersi", "it", "missing"),
    ("Es gibt 40 Vermisste.", "40 Vermisste", "de", "missing"),
    ("On compte encore 40 disparus.", "40 disparus", "fr", "missing"),
    ("Los rescatistas buscan a 40 desaparecidos.", "40 desaparecidos", "es", "missing"),
    # arrests
    ("Police arrested 12 people.", "12 people", "en", "arrests"),
    # jobs and employees
    ("The company will cut 500 jobs.", "500 jobs", "en", "jobs"),
    ("L'azienda taglierà 500 posti di lavoro.", "500 posti", "it", "jobs"),
    ("Der Konzern streicht 500 Stellen.", "500 Stellen", "de", "jobs"),
    ("Le groupe va supprimer 500 emplois.", "500 emplois", "fr", "jobs"),
    ("La empresa eliminará 500 empleos.", "500 empleos", "es", "jobs"),
    ("SpaceX has 13,000 employees.", "13,000 employees", "en", "employees"),
    ("L'azienda ha 13.000 dipendenti.", "13.000 dipendenti", "it", "employees"),
    # magnitude: a unitless measure
    ("A magnitude 6.8 earthquake struck.", "6.8", "en", "magnitude"),
    ("A magnitude-6.8 quake hit the coast.", "6.8", "en", "magnitude"),
    ("A 6.8-magnitude quake hit the coast.", "6.8", "en", "magnitude"),
    ("Una scossa di magnitudo 6,8 ha colpito la costa.", "6,8", "it", "magnitude"),
    ("Ein Beben der Stärke 6,8 erschütterte die Küste.", "6,8", "de", "magnitude"),
    ("Un séisme de magnitude 6,8 a frappé la côte.", "6,8", "fr", "magnitude"),
    ("Un sismo de magnitud 6,8 sacudió la costa.", "6,8", "es", "magnitude"),
    # offer, premium, per-share price
    ("The board rejected an offer of $61 billion.", "$61 billion", "en", "offer"),
    ("Il cda ha respinto un'offerta di 61 miliardi di euro.", "61 miliardi di euro", "it", "offer"),
    ("Der Vorstand lehnte ein Angebot von 61 Milliarden Euro ab.", "61 Milliarden Euro", "de", "offer"),
    ("Le conseil a rejeté une offre de 61 milliards d'euros.", "61 milliards d'euros", "fr", "offer"),
    ("El consejo rechazó una oferta de 61.000 millones de euros.", "61.000 millones de euros", "es", "offer"),
    ("The price is a premium of 30% to Friday's close.", "30%", "en", "premium"),
    ("It pays $54.20 a share in cash.", "$54.20", "en", "share price"),
    ("Offre 54,20 euro per azione.", "54,20 euro", "it", "share price"),
    ("Geboten werden 54,20 Euro je Aktie.", "54,20 Euro", "de", "share price"),
    ("Il propose 54,20 euros par action.", "54,20 euros", "fr", "share price"),
    ("Ofrece 54,20 euros por acción.", "54,20 euros", "es", "share price"),
    # aid, fines, sentences
    ("The EU approved aid of €2 billion.", "€2 billion", "en", "aid"),
    ("Congress passed $2 billion in aid.", "$2 billion", "en", "aid"),
    ("The bank was fined $5 million.", "$5 million", "en", "fine"),
    ("La banca ha ricevuto una multa di 5 milioni di euro.", "5 milioni di euro", "it", "fine"),
    ("Die Bank muss eine Geldstrafe von 5 Millionen Euro zahlen.", "5 Millionen Euro", "de", "fine"),
    ("La banque a reçu une amende de 5 millions d'euros.", "5 millions d'euros", "fr", "fine"),
    ("El banco recibió una multa de 5 millones de euros.", "5 millones de euros", "es", "fine"),
    ("He was sentenced to 12 years in prison.", "12 years", "en", "prison sentence"),
    ("È stato condannato a 12 anni di carcere.", "12 anni", "it", "prison sentence"),
    ("Er wurde zu 12 Jahren Haft verurteilt.", "12 Jahren", "de", "prison sentence"),
    ("Il a été condamné à 12 ans de prison.", "12 ans", "fr", "prison sentence"),
    ("Fue condenado a 12 años de cárcel.", "12 años", "es", "prison sentence"),
    # votes
    ("The motion passed by 312 votes to 290.", "312 votes", "en", "votes"),
    ("La mozione ha ottenuto 312 voti.", "312 voti", "it", "votes"),
    ("Der Antrag erhielt 312 Stimmen.", "312 Stimmen", "de", "votes"),
    # rates
    ("Unemployment rose to 5.2%.", "5.2%", "en", "unemployment rate"),
    ("La disoccupazione è salita al 5,2%.", "5,2%", "it", "unemployment rate"),
    ("Die Arbeitslosenquote stieg auf 5,2 Prozent.", "5,2 Prozent", "de", "unemployment rate"),
    ("Le taux de chômage est passé à 5,2 %.", "5,2 %", "fr", "unemployment rate"),
    ("La tasa de desempleo subió al 5,2%.", "5,2%", "es", "unemployment rate"),
    ("Inflation was 3.1% in May.", "3.1%", "en", "inflation rate"),
    ("L'inflazione è al 3,1%.", "3,1%", "it", "inflation rate"),
    ("Die Inflationsrate lag bei 3,1 Prozent.", "3,1 Prozent", "de", "inflation rate"),
    ("L'inflation atteint 3,1 %.", "3,1 %", "fr", "inflation rate"),
    ("La inflación alcanzó el 3,1%.", "3,1%", "es", "inflation rate"),
    ("Turnout was 64%.", "64%", "en", "turnout"),
    ("The party won 41% of the vote.", "41%", "en", "vote share"),
    ("Il partito ha ottenuto il 41% dei voti.", "41%", "it", "vote share"),
    ("Die Partei erhielt 41 Prozent der Stimmen.", "41 Prozent", "de", "vote share"),
    ("Le parti a obtenu 41 % des voix.", "41 %", "fr", "vote share"),
    ("El partido obtuvo el 41% de los votos.", "41%", "es", "vote share"),
    ("He died at the age of 87 years.", "87 years", "en", "age"),
    ("Life expectancy rose to 81 years.", "81 years", "en", "life expectancy"),
    ("L'affluenza è stata del 64%.", "64%", "it", "turnout"),
    ("Die Wahlbeteiligung lag bei 64 Prozent.", "64 Prozent", "de", "turnout"),
    # revenue, profit, satellites
    ("Revenue rose to $8 billion.", "$8 billion", "en", "revenue"),
    ("Il fatturato è salito a 8 miliardi di euro.", "8 miliardi di euro", "it", "revenue"),
    ("Der Umsatz stieg auf 8 Milliarden Euro.", "8 Milliarden Euro", "de", "revenue"),
    ("Net profit reached $2 billion.", "$2 billion", "en", "profit"),
    ("Revenue rose 3.5 percent to $27.2 billion.", "$27.2 billion", "en", "revenue"),
    ("The storm caused $1.1 billion in insured losses.", "$1.1 billion", "en", "loss"),
    ("A Hulu account costs $11.99 a month.", "$11.99", "en", "price"),
    ("Aluminium lost 0.06% to $1,737.00 a tonne.", "$1,737.00", "en", "price"),
    ("The headphones are $200 off today.", "$200", "en", "discount"),
    ("It holds 24.4% of the company.", "24.4%", "en", "stake"),
    ("SpaceX runs 6,000 satellites.", "6,000 satellites", "en", "satellites"),
    ("Sono stati lanciati 6.000 satelliti.", "6.000 satelliti", "it", "satellites"),
    ("Es kreisen 6.000 Satelliten.", "6.000 Satelliten", "de", "satellites"),
]


@pytest.mark.parametrize("text,figure,lang,expected", FRAMES)
def test_frame(text, figure, lang, expected):
    assert subject(text, figure, lang) == expected


def test_frames_cover_every_language():
    langs = {}
    for _, _, lang, name in FRAMES:
        langs.setdefault(name, set()).add(lang)
    for name in ("death toll", "injured", "missing", "jobs", "magnitude", "offer", "share price", "fine",
                 "prison sentence", "unemployment rate", "inflation rate"):
        assert langs[name] == {"en", "it", "de", "fr", "es"}, name


# ------------------------------------------------------------------ one subject however worded
def test_death_toll_is_one_subject_across_wordings_and_languages():
    said = [("The death toll rose to 112.", "112"), ("Clashes left 112 people dead.", "112 people"),
            ("112 people were killed.", "112 people"), ("Ci sono 112 morti.", "112 morti"),
            ("Es gibt 112 Todesopfer.", "112 Todesopfer"), ("El parte habla de 112 muertos.", "112 muertos"),
            ("On compte 112 victimes.", "112 victimes"), ("It killed 112 civilians.", "112 civilians")]
    assert {subject(t, f) for t, f in said} == {"death toll"}


def test_qualifiers_are_the_same_report():
    for q in ("at least", "more than", "up to", "about", "nearly"):
        f, figs = fig(f"Officials said {q} 112 people were killed.", "112 people", "en")
        assert (f.value, f.approx) == (112.0, q)
        assert classify_subject(f"Officials said {q} 112 people were killed.", f) == "death toll"
        assert figure_context(f"Officials said {q} 112 people were killed.", f, figs) is None
    f, _ = fig("Mindestens 112 Menschen wurden getötet.", "112 Menschen", "de")
    assert (f.value, f.approx) == (112.0, "mindestens")
    f, _ = fig("Au moins 112 personnes ont été tuées.", "112 personnes", "fr")
    assert (f.value, f.approx) == (112.0, "au moins")


# ------------------------------------------------------------------ distinct where meaning differs
def test_killed_and_injured_are_distinct():
    s = "The attack killed 12 people and injured 40 others."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["death toll", "injured"]
    s = "Il bilancio è di 12 morti e 40 feriti."
    assert [classify_subject(s, f) for f in extract_figures(s, "it")] == ["death toll", "injured"]
    s = "Bei dem Anschlag gab es 12 Tote und 40 Verletzte."
    assert [classify_subject(s, f) for f in extract_figures(s, "de")] == ["death toll", "injured"]


def test_share_price_is_not_deal_value():
    s = "Acme agreed to pay $54.20 a share, valuing the deal at $61 billion."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["share price", "deal value"]


def test_offer_and_premium_in_one_sentence():
    s = "The offer of $61 billion is a premium of 30% to the closing price."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["offer", "premium"]


def test_fallback_is_the_counted_noun():
    assert subject("The museum holds 300 paintings.", "300 paintings") == "paintings"
    assert subject("He donated $1 million.", "$1 million") == "unrelated"


# ------------------------------------------------------------------ roles
@pytest.mark.parametrize("text,figure,lang,expected", [
    ("Officials fear the toll could rise to 500.", "500", "en", "hedged"),
    ("Officials fear up to 1,000 people may have died.", "1,000 people", "en", "hedged"),
    ("The death toll is expected to reach 300.", "300", "en", "hedged"),
    ("Il bilancio potrebbe salire a 300.", "300", "it", "hedged"),
    ("Die Zahl der Toten könnte auf 300 steigen.", "300", "de", "hedged"),
    ("Le bilan pourrait atteindre 300.", "300", "fr", "hedged"),
    ("La cifra de muertos podría llegar a 300.", "300", "es", "hedged"),
    # any verb of a possible move, not only the listed ones (set 10: "could slide to")
    ("One analyst said the shares could slide to 19 euros.", "19 euros", "en", "hedged"),
    ("Prices may fall below 2,000 euros.", "2,000 euros", "en", "hedged"),
    ("Le titre pourrait tomber à 19 euros.", "19 euros", "fr", "hedged"),
    ("Die Aktie könnte auf 19 Euro fallen.", "19 Euro", "de", "hedged"),
    ("Il titolo potrebbe scendere a 19 euro.", "19 euro", "it", "hedged"),
    ("La acción podría caer a 19 euros.", "19 euros", "es", "hedged"),
    # … but neither a move that happened nor a company's stated intention
    ("The shares slid to 19 euros.", "19 euros", "en", None),
    ("The bidder said it would raise its offer to 2.2 billion euros.", "2.2 billion euros", "en", None),
    ("The toll, first put at 38, rose to 112.", "38", "en", "background"),
    ("The toll, first put at 38, rose to 112.", "112", "en", None),
    ("The bid rose to 2.1 billion euros, up from 1.9 billion euros.", "1.9 billion euros", "en", "background"),
    ("The bid rose to 2.1 billion euros, up from 1.9 billion euros.", "2.1 billion euros", "en", None),
    ("The new bid tops the earlier offer of 1.9 billion euros.", "1.9 billion euros", "en", "background"),
    ("The 2009 quake killed 309 people.", "309 people", "en", "historical"),
    ("It was the deadliest since 2009, when 309 people died.", "309 people", "en", "historical"),
    ("Il terremoto del 2009 uccise 309 persone.", "309 persone", "it", "historical"),
    ("At least 112 people were killed.", "112 people", "en", None),
])
def test_figure_context(text, figure, lang, expected):
    assert context(text, figure, lang) == expected


# ------------------------------------------------------------------ properties
def test_subject_properties():
    assert is_monotonic("death toll") and is_monotonic("injured")
    assert not is_monotonic("missing") and not is_monotonic("deal value") and not is_monotonic("paintings")
    assert subject_info("death toll")["monotonic"] is True
    assert "morti" in subject_info("death toll")["nouns"]
    assert subject_info("paintings") is None
    assert {"deal value", "deal duration", "company valuation", "budget", "unrelated"} <= set(SUBJECTS)


@pytest.mark.parametrize("text,expected", [
    ("The toll was revised down to 98.", True), ("Il bilancio è stato rivisto al ribasso.", True),
    ("Die Zahl wurde nach unten korrigiert.", True), ("Le bilan a été revu à la baisse.", True),
    ("La cifra fue revisada a la baja.", True), ("The toll was corrected to a lower 98.", True),
    ("The toll rose to 98.", False), ("The toll was revised to 120.", False),
])
def test_revision_down(text, expected):
    assert revision_down(text) is expected


# ------------------------------------------------------------------ traps
@pytest.mark.parametrize("text", [
    "В результате землетрясения погибли 112 человек.", "地震造成112人死亡。", "زلزال بقوة 6.8 درجة",
    "Σεισμός 6,8 βαθμών", "", "   ", "magnitude", "magnitude-", "6.8-", "toll toll toll 5", "\x00 12 people \ud7ff",
    "The 2009 2010 2011 quakes", "killing " * 50 + "3 people",
])
def test_other_languages_and_odd_text_never_crash(text):
    figs = extract_figures(text)
    for f in figs:
        assert classify_subject(text, f) in SUBJECTS
        assert figure_context(text, f, figs) in (None, "background", "hedged", "historical")


def test_year_and_model_numbers_are_not_tolls():
    assert extract_figures("The death toll report of 2009 was revised.") == []
    s = "Boeing 737 jets were grounded after the crash killed 157 people."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["death toll"]


def test_injured_after_killed_is_not_the_death_toll():
    s = "The bombing killed 5 people, and another 30 people were injured."
    assert [classify_subject(s, f) for f in extract_figures(s)] == ["death toll", "injured"]


# ------------------------------------------------------------------ the claims stage
def test_claims_give_context_roles_and_never_lead_them():
    from storywatch.facts import claims_for
    from storywatch.text.normalize import Block, NormalizedDoc
    text = ("The death toll rose to 112. Officials fear the toll could rise to 500. "
            "The 2009 quake killed 309 people. The toll, first put at 38, was revised.")
    doc = NormalizedDoc(None, (Block("body", text, 0),), text, "roles")
    claims = claims_for(doc, version_id="v", article_id="a", story="s", run_id="r", lang="en")
    roles = {c.text: (c.subject, c.role) for c in claims if c.kind == "count"}
    assert {k: v for k, v in roles.items() if k != "112"} == {
        "500": ("death toll", "hedged"), "309 people": ("death toll", "historical"), "38": ("death toll", "background")}
    # the current report: which subjects lead is the tracking rule's business (claims.py)
    assert roles["112"][0] == "death toll" and roles["112"][1] not in ("background", "hedged", "historical")


# ------------------------------------------------------------------ issue 24: development stories' frames
STORY_FRAMES = [
    # a per-share unit opening the clause beats the offer verb after it
    ("Je Aktie bietet Calder nun 27,80 Euro, ein Aufschlag von 35 Prozent.", "27,80 Euro", "de", "share price"),
    ("Per share, the bidder now offers 27.80 euros.", "27.80 euros", "en", "share price"),
    ("Par action, le groupe propose désormais 27,80 euros.", "27,80 euros", "fr", "share price"),
    # a raised offer: the head noun the new figure follows
    ("Calder has raised its offer for Elbport Logistik to 2.2 billion euros.", "2.2 billion euros", "en", "offer"),
    ("Calder sweetens its Elbport bid to 2.2 billion euros", "2.2 billion euros", "en", "offer"),
    ("Die Reederei hat ihr Übernahmeangebot für den Hafenbetreiber auf 2,2 Milliarden Euro erhöht.",
     "2,2 Milliarden Euro", "de", "offer"),
    ("Calder Maritime offers 1.9 billion euros for port operator Elbport", "1.9 billion euros", "en", "offer"),
    ("The improved offer of 27.80 euros per share represents a premium of 35%.", "27.80 euros", "en", "share price"),
    # a plan's or bill's cost estimate, not a deal's value
    ("The budget office puts the cost of the plan at $8.4 billion over ten years.", "$8.4 billion", "en", "cost"),
    ("The budget office raised its cost estimate to $9.1 billion.", "$9.1 billion", "en", "cost"),
    ("The cost is now estimated at $9.6 billion.", "$9.6 billion", "en", "cost"),
    ("Deputies said the bill leaves too much of the $8.4 billion cost to the regions.", "$8.4 billion", "en", "cost"),
    ("La oficina presupuestaria calcula un coste de 8.400 millones de dólares.", "8.400 millones de dólares", "es", "cost"),
    ("La oficina presupuestaria elevó el coste estimado a 9.100 millones de dólares.", "9.100 millones de dólares", "es", "cost"),
    ("Il costo stimato è di 9 miliardi di euro.", "9 miliardi di euro", "it", "cost"),
    ("Le coût estimé atteint 9 milliards d'euros.", "9 milliards d'euros", "fr", "cost"),
    # a percentage pay rise in a labour dispute
    ("The union will ballot workers after the company offered a pay rise of 4%.", "4%", "en", "pay rise"),
    ("Lumière Rail union ballots 10,000 workers over 4% pay offer", "4%", "en", "pay rise"),
    ("Lumière Rail said its offer of a 4% pay rise remained on the table.", "4%", "en", "pay rise"),
    ("La direction propose une hausse des salaires de 4 %.", "4 %", "fr", "pay rise"),
    ("Die Gewerkschaft fordert eine Lohnerhöhung von 8 Prozent.", "8 Prozent", "de", "pay rise"),
    ("Los sindicatos piden un aumento salarial del 5%.", "5%", "es", "pay rise"),
    # no pay-rise frame here: the share is read from its phrase (a share of members, not the pay rise)
    ("78% of members voted for action.", "78%", "en", "members share"),
    # aid raised, aid allocated
    ("The government raised its emergency aid to 50 million euros.", "50 million euros", "en", "aid"),
    ("Il Consiglio dei ministri ha stanziato 20 milioni di euro per i primi soccorsi.", "20 milioni di euro", "it", "aid"),
    ("Il governo ha portato gli aiuti di emergenza a 50 milioni di euro.", "50 milioni di euro", "it", "aid"),
]


@pytest.mark.parametrize("text,figure,lang,expected", STORY_FRAMES)
def test_story_frames(text, figure, lang, expected):
    assert subject(text, figure, lang) == expected


@pytest.mark.parametrize("text,figure,lang", [
    ("Ostermann faces up to 20 years in prison if convicted.", "20 years", "en"),
    ("Ostermann could face up to 20 years in prison.", "20 years", "en"),
    ("He faces a maximum sentence of 20 years.", "20 years", "en"),
    ("Ostermann drohen bis zu 20 Jahre Haft.", "20 Jahre", "de"),
    ("L'ancien patron risque jusqu'à 20 ans de prison.", "20 ans", "fr"),
    ("Rischia fino a 20 anni di carcere.", "20 anni", "it"),
])
def test_a_maximum_sentence_faced_is_hedged(text, figure, lang):
    assert context(text, figure, lang) == "hedged"


def test_the_sentence_itself_is_plain():
    assert context("A judge sentenced Ostermann to 5 years in prison.", "5 years", "en") is None
    assert subject("A judge sentenced Ostermann to 5 years in prison.", "5 years", "en") == "prison sentence"


@pytest.mark.parametrize("text,figure,lang", [
    ("Survivors of the earthquake that killed 38 people described a night spent in cars.", "38 people", "en"),
    ("Rescuers returned to the town where the quake which killed 38 people struck.", "38 people", "en"),
    ("I sopravvissuti del terremoto che ha ucciso 38 persone raccontano la notte.", "38 persone", "it"),
])
def test_a_toll_naming_the_event_is_background(text, figure, lang):
    assert context(text, figure, lang) == "background"


def test_a_first_report_of_a_toll_stays_current():
    assert context("A magnitude 6.6 earthquake struck before dawn, killing 38 people.", "38 people", "en") is None
    assert context("An earthquake that killed 38 people struck the town before dawn.", "38 people", "en") is None
