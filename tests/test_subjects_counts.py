"""Subjects read from news wording that no story was tuned to (issue 24): the share of the count
done, parts of a whole, counted nouns across languages, evacuees, aid named after its amount."""
import pytest

from storywatch.facts import claims_for, classify_subject, extract_figures, figure_context
from storywatch.facts.phrases import parts_of_wholes
from storywatch.text.normalize import Block, NormalizedDoc


def read(sentence):
    figs = extract_figures(sentence)
    figs = sorted(figs + parts_of_wholes(sentence, figs), key=lambda f: f.start)
    return [(f.value, classify_subject(sentence, f), figure_context(sentence, f, figs)) for f in figs]


@pytest.mark.parametrize("sentence", [
    "The party won 31.2% of the vote with 62% of ballots counted.",
    "Con il 62% delle schede scrutinate, il partito è al 31,2% dei voti.",
    "Der Partei kam nach Auszählung von 62% der Stimmen auf 31,2% der Stimmen.",
])
def test_the_share_counted_is_not_the_vote_share(sentence):
    got = {v: s for v, s, _ in read(sentence)}
    assert got == {62.0: "ballots counted", 31.2: "vote share"}


@pytest.mark.parametrize("sentence,part,noun", [
    ("A projection gave the party 140 of the 400 seats in parliament.", 140.0, "seats"),
    ("El partido obtuvo 140 de los 400 escaños.", 140.0, "seats"),
    ("Die Partei gewann 140 der 400 Sitze.", 140.0, "seats"),
])
def test_a_part_of_a_whole_is_the_count_and_the_whole_is_background(sentence, part, noun):
    got = read(sentence)
    assert (part, noun, None) in got and (400.0, noun, "background") in got


def _claimed(sentence):
    doc = NormalizedDoc(None, (Block("body", sentence, 0),), sentence, "t")
    return {(c.value, c.subject) for c in claims_for(doc, version_id="v", article_id="a", story="s", run_id="r")
            if c.role == "lead"}


@pytest.mark.parametrize("sentence,part,subject", [
    # what the sentence says of the whole is what the part counts, not the whole
    ("About 900 of the 1,400 workers on the project have been temporarily laid off.", 900.0, "laid off"),
    ("Rescuers have recovered 35 of the 60 bodies.", 35.0, "death toll"),
    ("A projection gave the party 140 of the 400 seats in parliament.", 140.0, "seats"),
    # with nothing said, some of the workers are not the workforce
    ("Linfa will keep 1,050 of the 1,400 workers at the plant.", 1050.0, "employees (part)"),
])
def test_a_part_counts_what_its_sentence_says_of_the_whole(sentence, part, subject):
    assert (part, subject) in _claimed(sentence)


def test_a_plain_count_of_workers_is_the_workforce():
    assert _claimed("The plant employs 1,400 workers.") == {(1400.0, "employees")}


def test_a_plain_count_of_seats_is_still_the_count():
    assert read("The party won 146 seats.") == [(146.0, "seats", None)]


@pytest.mark.parametrize("sentence", [
    "The fire has burned 1,200 hectares of forest.", "Las llamas han calcinado ya 1.200 hectáreas.",
    "Il fuoco ha bruciato 1.200 ettari di bosco."])
def test_hectares_are_one_subject_in_every_language(sentence):
    assert [s for _, s, _ in read(sentence)] == ["hectares"]


@pytest.mark.parametrize("sentence", [
    "The fire has killed 3 people and forced 2,000 people to leave their homes.",
    "El incendio deja tres muertos y 2.000 desalojados.",
])
def test_evacuees_are_not_the_dead(sentence):
    got = [s for _, s, _ in read(sentence)]
    assert got == ["death toll", "displaced"]


def test_places_counted_are_not_the_people_evacuated():
    assert [s for _, s, _ in read("Officials ordered residents of 2 villages to leave their homes.")] == ["villages"]


def test_the_event_named_by_a_figure_it_caused_is_background():
    got = read("The wildfire that has forced 2,000 people from their homes has closed the motorway.")
    assert got == [(2000.0, "displaced", "background")]


@pytest.mark.parametrize("sentence", [
    "El Gobierno aprobó 5 millones de euros en ayudas urgentes.",
    "The government approved 5 million euros in emergency aid.",
])
def test_aid_named_after_its_amount(sentence):
    assert [s for _, s, _ in read(sentence)] == ["aid"]


# ------------------------------------------------------------------ counted nouns of any story, one name in every language
def subjects(sentence, lang):
    return [classify_subject(sentence, f) for f in extract_figures(sentence, lang)]


@pytest.mark.parametrize("sentence,lang,expected", [
    ("The 450 passengers were taken to a sports hall.", "en", "passengers"),
    ("I 450 passeggeri sono stati portati in una palestra.", "it", "passengers"),
    ("Die 450 Fahrgäste sind in Sicherheit.", "de", "passengers"),
    ("The 130 migrants were taken to a reception centre.", "en", "migrants"),
    ("I 130 migranti sono stati portati in un centro di accoglienza.", "it", "migrants"),
    ("The rebels are holding 14 hostages.", "en", "hostages"),
    ("Los secuestradores retienen a 14 rehenes.", "es", "hostages"),
    ("Die Entführer halten 14 Geiseln fest.", "de", "hostages"),
    ("The chain has 1,200 stores in Europe.", "en", "stores"),
    ("La catena conta 1.200 filiali in Europa.", "it", "stores"),
    ("The storm brought down 3,000 trees.", "en", "trees"),
    ("La tempête a abattu 3 000 arbres.", "fr", "trees"),
    ("Der Sturm hat 3.000 Bäume umgeworfen.", "de", "trees"),
])
def test_common_counted_nouns_have_one_name_in_every_language(sentence, lang, expected):
    assert subjects(sentence, lang) == [expected]


@pytest.mark.parametrize("sentence,lang,expected", [
    # what happened to them, or where they are, still names the fact
    ("Quelque 450 passagers ont été évacués du train.", "fr", "displaced"),
    ("The train was carrying 450 passengers.", "en", "on board"),
    ("Police arrested 12 protesters.", "en", "arrests"),
])
def test_a_frame_still_beats_the_counted_noun(sentence, lang, expected):
    assert subjects(sentence, lang) == [expected]


# ------------------------------------------------------------------ a thing's value is no deal's value
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The value of the stolen works is put at 40 million euros.", "en", "value"),
    ("La valeur des œuvres dérobées est estimée à 40 millions d'euros.", "fr", "value"),
    ("Il valore delle opere rubate è stimato in 40 milioni di euro.", "it", "value"),
    ("Der Wert der gestohlenen Werke wird auf 40 Millionen Euro geschätzt.", "de", "value"),
    ("The insurer now values the stolen works at 65 million euros.", "en", "value"),
    # a deal named in the phrase, or near, is the deal's value; a company valued is its valuation
    ("The value of the contract is put at 1.5 billion euros.", "en", "deal value"),
    ("La valeur du contrat est estimée à 1,5 milliard d'euros.", "fr", "deal value"),
    ("Der Wert des Vertrags wird auf 1,5 Milliarden Euro geschätzt.", "de", "deal value"),
    ("Il valore dell'accordo è salito a 1,8 miliardi di euro.", "it", "deal value"),
    ("Acme agreed to pay $54.20 a share, valuing the deal at $61 billion.", "en", "deal value"),
    ("The latest funding round values the company at $350 billion.", "en", "company valuation"),
    ("The round values SpaceX at about $350 billion.", "en", "company valuation"),
])
def test_a_things_value_is_no_deals_value(sentence, lang, expected):
    assert [s for s in subjects(sentence, lang) if s != "share price"] == [expected]


# ------------------------------------------------------------------ a crowd, as each source counts it
@pytest.mark.parametrize("sentence,lang,expected", [
    ("Police put the crowd at 25,000; the government refuses to back down.", "en", ["crowd (police)"]),
    ("Police also raised their estimate of Tuesday's march in the city centre to 40,000 people.", "en",
     ["crowd (police)"]),
    ("Martedì, secondo la polizia, al corteo c'erano 40.000 persone; 120.000 secondo gli organizzatori.", "it",
     ["crowd (police)"]),
    ("Les organisateurs revendiquent 120 000 manifestants.", "fr", ["crowd (organisers)"]),
    ("La police a compté 25 000 manifestants.", "fr", ["crowd (police)"]),
    ("Some 3,000 protesters gathered outside parliament.", "en", ["crowd"]),
    # what happened to protesters is its own fact; a time is no crowd
    ("Police arrested 12 protesters.", "en", ["arrests"]),
    ("Los disturbios han dejado más de 90 manifestantes heridos.", "es", ["injured"]),
    ("The march began at 10 am.", "en", []),
])
def test_a_crowd_is_counted_by_each_source_apart(sentence, lang, expected):
    assert subjects(sentence, lang) == expected


# ------------------------------------------------------------------ a bare number beside a count's frame
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The blast killed 12 and injured 40.", "en", ["death toll", "injured"]),
    ("La explosión mató a 12 e hirió a 40.", "es", ["death toll", "injured"]),
    ("The quake killed at least 38, officials said.", "en", ["death toll"]),
    ("The volcano forced 6,100 from their homes.", "en", ["displaced"]),
    ("The organisers said 120,000 had taken part.", "en", ["crowd (organisers)"]),
    ("The plant employs 420.", "en", ["employees"]),
    # no frame beside it, or a year: no count
    ("The meeting on floor 12 went on.", "en", []),
    ("The dam, built in 1962, killed nobody.", "en", []),
])
def test_a_bare_number_beside_a_counts_frame_is_that_count(sentence, lang, expected):
    assert subjects(sentence, lang) == expected


# ------------------------------------------------------------------ none yet, or the first: counts in words
def _leads(sentence, lang=None):
    doc = NormalizedDoc(None, (Block("body", sentence, 0),), sentence, "t")
    return [(c.subject, c.value) for c in claims_for(doc, version_id="v", article_id="a", story="s", run_id="r",
                                                     lang=lang) if c.role == "lead"]


@pytest.mark.parametrize("sentence,lang,expected", [
    ("No one has died, the health service said.", "en", [("death toll", 0.0)]),
    ("No deaths have been reported so far.", "en", [("death toll", 0.0)]),
    ("Aucun décès n'est à déplorer.", "fr", [("death toll", 0.0)]),
    ("Nessun morto, ma dodici feriti.", "it", [("death toll", 0.0), ("injured", 12.0)]),
    ("Nobody was injured in the fire.", "en", [("injured", 0.0)]),
    ("The girl died on Sunday, the first death of the outbreak.", "en", [("death toll", 1.0)]),
    ("Der Ausbruch hat ein erstes Todesopfer gefordert.", "de", [("death toll", 1.0)]),
    # no count said: a fear, the first of something else
    ("Officials fear that no one survived.", "en", []),
    ("The first case was confirmed in February.", "en", []),
])
def test_none_yet_and_the_first_are_counts_in_words(sentence, lang, expected):
    assert _leads(sentence, lang) == expected


# ------------------------------------------------------------------ how long a ban lasts
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The rider was banned for four years on Thursday.", "en", ["ban"]),
    ("He was suspended for six months by his club.", "en", ["ban"]),
    ("Il tribunale antidoping ha squalificato per quattro anni il corridore.", "it", ["ban"]),
    ("Il Tas ha ridotto a due anni la squalifica del corridore.", "it", ["ban"]),
    ("L'Italien a été suspendu quatre ans.", "fr", ["ban"]),
    ("Le TAS a ramené de quatre à deux ans la suspension du coureur.", "fr", ["ban"]),
    # a prison term, and time spent talking, are no ban
    ("He was sentenced to five years in prison.", "en", ["prison sentence"]),
    ("The talks lasted two years.", "en", ["unrelated"]),
])
def test_a_bans_length(sentence, lang, expected):
    assert subjects(sentence, lang) == expected


# ------------------------------------------------------------------ from an old value to a new one
@pytest.mark.parametrize("sentence,lang,expected", [
    ("The death toll rose from 38 to 112.", "en", [("death toll", 112.0)]),
    ("Il bilancio delle vittime è salito da 38 a 112.", "it", [("death toll", 112.0)]),
    ("Son amende passe de 294 000 à 147 000 euros.", "fr", [("fine", 147000.0)]),
    ("The court cut his ban from four to two years.", "en", [("ban", 2.0)]),
])
def test_a_new_value_after_from_x_to_is_what_x_is(sentence, lang, expected):
    assert _leads(sentence, lang) == expected
