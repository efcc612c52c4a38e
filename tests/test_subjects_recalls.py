"""Subjects of a product recall and of money set aside, read from wording no test story uses (issue
24, the misses of held-out set 2): what a recall covers whatever the product's noun, its reach in
countries, injuries named by their kind (burns), money set aside (a provision), hedges on a
recall's size, and "now" before the current figure. Each rule has a sentence it reads and one
it must leave alone."""
import pytest

from storywatch.facts import claims_for
from storywatch.text.normalize import Block, NormalizedDoc
from subject_reading import read, subject_of


# ------------------------------------------------------------------ what a recall covers
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Brandt Motors is recalling 12,500 electric scooters over a battery fault.", "12,500 electric scooters", "en"),
    ("The carmaker widened its recall of hybrid saloons to 61,000 vehicles on Friday.", "61,000 vehicles", "en"),
    ("Ostrava Toys recalls 8,000 wooden rattles.", "8,000 wooden rattles", "en"),
    ("Il produttore richiama 4.200 seggiolini per auto.", "4.200 seggiolini", "it"),
    ("Il richiamo dei frullatori Miro è stato esteso a 30.000 unità.", "30.000 unità", "it"),
    ("La empresa ha ampliado a 22.000 unidades la retirada de sus patinetes.", "22.000 unidades", "es"),
    ("Der Hersteller hat 15.000 Heizlüfter zurückgerufen.", "15.000 Heizlüfter", "de"),
])
def test_a_recalls_size_is_one_subject_whatever_the_product(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "units recalled"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The factory makes 12,500 electric scooters a year.", "12,500 electric scooters", "en"),
    ("Il produttore vende 4.200 seggiolini per auto.", "4.200 seggiolini", "it"),
    ("Der Hersteller hat 15.000 Heizlüfter verkauft.", "15.000 Heizlüfter", "de"),
])
def test_products_not_recalled_keep_their_own_noun(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) not in ("units recalled",)


def test_the_number_recalled_after_a_tally_head_is_read():
    s = "Officials said the number of scooters being recalled rose to 61,000."
    assert read(s)["61,000"] == ("units recalled", None)
    assert "61,000" not in read("Officials said the number rose to 61,000.")


def test_a_count_of_countries_after_recall_words_is_the_reach_not_the_size():
    s = "The carmaker widened its recall to 14 countries."
    assert subject_of(s, "14 countries") == "countries"


# ------------------------------------------------------------------ countries
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The scooters were sold in nine countries.", "nine countries", "en"),
    ("I monopattini sono stati venduti in nove Paesi.", "nove Paesi", "it"),
    ("Die Roller wurden in neun Ländern verkauft.", "neun Ländern", "de"),
    ("Les trottinettes ont été vendues dans neuf pays.", "neuf pays", "fr"),
    ("Los patinetes se vendieron en nueve países.", "nueve países", "es"),
])
def test_countries_are_one_subject_in_every_language(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "countries"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The move came after regulators in three countries asked for a wider recall.", "three countries", "en"),
    ("Il richiamo arriva dopo che le autorità di tre Paesi lo hanno chiesto.", "tre Paesi", "it"),
    ("Las autoridades de tres países pidieron una retirada más amplia.", "tres países", "es"),
])
def test_countries_whose_authorities_acted_are_not_the_storys_reach(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "countries acting"


# ------------------------------------------------------------------ injuries named by their kind
@pytest.mark.parametrize("sentence,figure,lang", [
    ("So far 14 people have been treated for burns.", "14 people", "en"),
    ("The company said 31 people had reported burns.", "31 people", "en"),
    ("Seven people were burned when the lid opened.", "Seven people", "en"),
    ("Ad oggi 14 persone sono state curate per ustioni.", "14 persone", "it"),
    ("Bisher haben 14 Menschen Verbrennungen erlitten.", "14 Menschen", "de"),
    ("Jusqu'ici, 14 personnes ont subi des brûlures.", "14 personnes", "fr"),
    ("Hasta ahora 14 personas sufrieron quemaduras.", "14 personas", "es"),
])
def test_burns_are_injuries(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "injured"


def test_the_number_of_people_with_burns_is_read_and_plain_people_stay_people():
    s = "Tras el accidente, el número de personas con quemaduras subió a 31."
    assert read(s, "es")["31"][0] == "injured"
    assert subject_of("So far 14 people have visited the stand.", "14 people") == "people"


# ------------------------------------------------------------------ money set aside
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The toymaker has set aside 8 million euros for refunds.", "8 million euros", "en"),
    ("The bank raised its provision for the lawsuit to 300 million dollars.", "300 million dollars", "en"),
    ("L'accantonamento per i rimborsi è salito a 12 milioni di euro.", "12 milioni di euro", "it"),
    ("Die Rückstellung für den Rückruf stieg auf 12 Millionen Euro.", "12 Millionen Euro", "de"),
    ("La provisión para la retirada asciende a 12 millones de euros.", "12 millones de euros", "es"),
])
def test_money_set_aside_is_a_provision(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "provision"


def test_money_paid_is_not_a_provision():
    s = "The toymaker paid 8 million euros for the factory."
    assert subject_of(s, "8 million euros") != "provision"


# ------------------------------------------------------------------ hedges on what a recall may cover
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The maker said the recall could eventually cover up to 90,000 scooters.", "90,000 scooters", "en"),
    ("The recall may affect as many as 90,000 scooters.", "90,000 scooters", "en"),
    ("Il richiamo potrebbe arrivare a 90.000 monopattini.", "90.000 monopattini", "it"),
    ("Il richiamo potrebbe coinvolgere 90.000 monopattini.", "90.000 monopattini", "it"),
    ("Der Rückruf könnte bis zu 90.000 Roller betreffen.", "90.000 Roller", "de"),
    ("Le rappel pourrait toucher 90 000 trottinettes.", "90 000 trottinettes", "fr"),
    ("La retirada podría afectar a 90.000 patinetes.", "90.000 patinetes", "es"),
])
def test_a_hedged_size_is_a_projection(sentence, figure, lang):
    assert read(sentence, lang)[figure][1] == "hedged"


def test_a_size_that_is_covered_is_the_value():
    s = "The recall now covers 90,000 scooters."
    assert read(s)["90,000 scooters"][1] is None


# ------------------------------------------------------------------ the claims stage: "now"
def _roles(text: str) -> dict[str, str]:
    doc = NormalizedDoc(None, (Block("body", text, 0),), text, "roles")
    return {c.text: c.role for c in claims_for(doc, version_id="v", article_id="a", story="s", run_id="r", lang="en")}


def test_a_figure_right_after_now_is_current_even_after_a_background_cue():
    roles = _roles("The recall, first announced on Tuesday, now covers 14 countries.")
    assert roles["14 countries"] not in ("background", "hedged", "historical")


def test_without_now_the_background_cue_still_holds():
    roles = _roles("The recall, first announced on Tuesday, covered 9 countries.")
    assert roles["9 countries"] == "background"


# ------------------------------------------------------------------ Italian nouns and participles
def test_an_invariable_italian_plural_is_a_counted_noun():
    assert read("Il richiamo è stato esteso a 30.000 unità.", "it")["30.000 unità"][0] == "units recalled"
    assert "30.000 pentole" not in read("Il richiamo è stato esteso a 30.000.", "it")


def test_a_participle_after_an_amount_is_not_a_counted_noun():
    got = read("L'accantonamento è salito a 45 milioni di euro, dai 20 milioni stanziati inizialmente.", "it")
    assert got["45 milioni di euro"] == ("provision", None)
    assert not any(k.endswith("stanziati") for k in got)
