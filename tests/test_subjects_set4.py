"""Facts of kinds no earlier story had (issue 24, the misses of held-out set 4): a single death told
with a number word; how full a reservoir is; a river's height in metres at a gauge; a company's debts;
a share price after a percentage fall; people stranded wherever they are stuck; money paid to each
household, whatever the outlet calls it; an amount's subject from its own clause; "francs" and a
Swiss franc amount as one currency; an event noun with its year as another event. Each rule has
sentences it reads and sentences it must leave alone, in five languages where natural, in wording
no story uses."""
import pytest

from storywatch.facts import classify_subject, extract_figures
from subject_reading import read, subject_of
from storywatch.facts.detect import same_figure
from storywatch.records import Claim


# ------------------------------------------------------------------ one death, told with a word
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The landslide killed one person and buried two cars.", "one person", "en"),
    ("Une femme de 64 ans est morte dans l'incendie.", "Une femme", "fr"),
    ("Incendie à Sion : un mort et trois blessés", "un mort", "fr"),
    ("Un uomo di 58 anni è morto travolto dal fango.", "Un uomo", "it"),
    ("Ein Mann starb in den Fluten.", "Ein Mann", "de"),
    ("Una mujer murió arrastrada por la corriente.", "Una mujer", "es"),
])
def test_one_death_told_with_a_number_word_is_the_toll(sentence, figure, lang):
    figs = {f.text: f for f in extract_figures(sentence, lang)}
    assert figs[figure].value == 1
    assert subject_of(sentence, figure, lang) == "death toll"


@pytest.mark.parametrize("sentence,lang", [
    ("One person familiar with the matter said the talks continue.", "en"),
    ("Un homme a été vu près du pont.", "fr"),
    ("Ein Mann sprach von einem Wunder.", "de"),
    ("One man said the water came in minutes.", "en"),
])
def test_one_person_with_no_frame_is_no_fact(sentence, lang):
    figs = extract_figures(sentence, lang)
    assert all(classify_subject(sentence, f) == "unrelated" for f in figs if f.value == 1)


# ------------------------------------------------------------------ how full a reservoir is
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The Harlow reservoir was 83% full on Monday.", "83%", "en"),
    ("The dam's lake stood at 88% of capacity.", "88%", "en"),
    ("Il bacino è pieno al 90 per cento.", "90 per cento", "it"),
    ("Der Speichersee ist zu 64 Prozent gefüllt.", "64 Prozent", "de"),
    ("La retenue est remplie à 77 %.", "77 %", "fr"),
    ("El embalse está al 58 % de su capacidad.", "58 %", "es"),
])
def test_a_reservoirs_fill_level_is_one_subject(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "reservoir level"


def test_a_percentage_with_no_reservoir_or_capacity_keeps_no_subject():
    assert subject_of("Turnover at the shop rose 12% last year.", "12%", "en") != "reservoir level"


# ------------------------------------------------------------------ a river's height in metres
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The river crested at 7.2 metres at the Dunmore gauge overnight.", "7.2 metres", "en"),
    ("The water level at the bridge rose to 4.9 meters.", "4.9 meters", "en"),
    ("Der Pegel am Rhein stieg auf 8,1 Meter.", "8,1 Meter", "de"),
    ("Le niveau du fleuve a atteint 6,3 mètres.", "6,3 mètres", "fr"),
    ("Il livello del fiume ha toccato 5,6 metri all'idrometro.", "5,6 metri", "it"),
    ("El nivel del río alcanzó 3,4 metros.", "3,4 metros", "es"),
])
def test_a_rivers_height_in_metres_is_the_water_level(sentence, figure, lang):
    figs = [f for f in extract_figures(sentence, lang) if f.kind == "measure"]
    assert [(f.unit, f.text) for f in figs] == [("m", figure)]
    assert classify_subject(sentence, figs[0]) == "water level"


@pytest.mark.parametrize("sentence,lang", [
    ("The tower is 120 metres tall.", "en"),
    ("Los mineros trabajaban a 300 metros de profundidad.", "es"),
])
def test_a_length_with_no_gauge_or_level_is_no_fact(sentence, lang):
    figs = [f for f in extract_figures(sentence, lang) if f.kind == "measure"]
    assert figs and all(classify_subject(sentence, f) == "unrelated" for f in figs)


# ------------------------------------------------------------------ debts, and a share price after a fall
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The retailer has debts of 95 million pounds.", "95 million pounds", "en"),
    ("Its liabilities stand at 2.1 billion dollars.", "2.1 billion dollars", "en"),
    ("Il gruppo ha debiti per 230 milioni di euro.", "230 milioni di euro", "it"),
    ("Die Kette hat Schulden von 40 Millionen Euro.", "40 Millionen Euro", "de"),
    ("Le groupe croule sous des dettes de 70 millions d'euros.", "70 millions d'euros", "fr"),
    ("Las deudas del grupo ascienden a 125 millones de euros.", "125 millones de euros", "es"),
])
def test_what_a_company_owes_is_its_debt(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "debt"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The carmaker's shares dropped 21% to 3.40 euros on Monday.", "3.40 euros", "en"),
    ("Le azioni del gruppo sono crollate del 30% a 1,20 euro.", "1,20 euro", "it"),
    ("Las acciones del grupo bajaron un 15 % hasta 2,10 euros.", "2,10 euros", "es"),
    ("Le azioni del gruppo valgono ormai 0,45 euro.", "0,45 euro", "it"),
])
def test_a_share_price_after_a_percentage_fall_is_the_share_price(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "share price"


# ------------------------------------------------------------------ people stranded, one subject
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Some 6,000 travellers were stranded at the port.", "6,000 travellers", "en"),
    ("Storms left 2,500 passengers stranded overnight.", "2,500 passengers", "en"),
    ("Sono 3.000 i viaggiatori bloccati in stazione; 3.000 passeggeri bloccati a Fiumicino.", "3.000 passeggeri", "it"),
    ("900 Passagiere sitzen am Flughafen fest.", "900 Passagiere", "de"),
    ("Quelque 1 200 voyageurs sont bloqués en gare.", "1 200 voyageurs", "fr"),
    ("Unos 4.000 viajeros se han quedado atrapados en el aeropuerto.", "4.000 viajeros", "es"),
])
def test_people_stranded_are_one_subject(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "stranded or trapped"


# ------------------------------------------------------------------ money paid to each household
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The council will pay an allowance of 800 euros per household.", "800 euros", "en"),
    ("Die Gemeinde zahlt 800 Euro pro Haushalt.", "800 Euro", "de"),
    ("La commune verse une allocation de 800 euros par ménage.", "800 euros", "fr"),
    ("Il comune versa 800 euro per famiglia.", "800 euro", "it"),
    ("El ayuntamiento pagará 800 euros por hogar.", "800 euros", "es"),
])
def test_money_per_household_is_one_subject_whatever_its_name(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "payment per recipient"


# ------------------------------------------------------------------ an amount's subject, from its own clause
@pytest.mark.parametrize("sentence,figure,subject,lang", [
    ("The region raised its emergency aid to 25 million euros and the allowance to 900 euros per family.",
     "25 million euros", "aid", "en"),
    ("The region raised its emergency aid to 25 million euros and the allowance to 900 euros per family.",
     "900 euros", "payment per recipient", "en"),
    ("Die Region erhöhte die Soforthilfe auf 25 Millionen Euro und die Zulage auf 900 Euro.",
     "25 Millionen Euro", "aid", "de"),
])
def test_an_amount_takes_no_frame_from_a_later_noun(sentence, figure, subject, lang):
    assert subject_of(sentence, figure, lang) == subject


def test_an_amount_followed_by_its_own_frame_keeps_it():
    assert subject_of("The firm set aside 50 million euros in provisions.", "50 million euros", "en") == "provision"


# ------------------------------------------------------------------ francs and Swiss francs
def _money(value: float, unit: str) -> Claim:
    return Claim(claim_id=unit, version_id="v", article_id="a", story="s", kind="money", subject="aid",
                 value=value, value_high=None, unit=unit, status=None, text="x", sentence="x.", approx=None,
                 alt_value=None, alt_unit=None, precision=1e6, role="lead", block="body", position=0, run_id="r")


def test_bare_francs_and_a_franc_currency_are_one_currency():
    assert [f.unit for f in extract_figures("The canton pledged 12 million francs.", "en")] == ["franc"]
    assert [f.unit for f in extract_figures("Der Kanton sagte 12 Millionen Franken zu.", "de")] == ["CHF"]
    assert same_figure(_money(12e6, "franc"), _money(12e6, "CHF"))
    assert same_figure(_money(12e6, "XOF"), _money(12e6, "franc"))
    assert not same_figure(_money(12e6, "franc"), _money(30e6, "CHF"))       # another value still changes
    assert not same_figure(_money(12e6, "CHF"), _money(12e6, "EUR"))         # another currency still changes
    assert not same_figure(_money(12e6, "USD"), _money(12e6, "CAD"))         # "dollars" are read as USD


# ------------------------------------------------------------------ an event noun with its year
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Beim Erdbeben 1997 verloren 800 Menschen ihr Zuhause.", "800 Menschen", "de"),
    ("Nach dem Sturm 1999 mussten 1.500 Menschen ihre Häuser verlassen.", "1.500 Menschen", "de"),
])
def test_an_event_noun_with_a_past_year_is_another_event(sentence, figure, lang):
    assert read(sentence, lang)[figure][1] == "historical"


def test_the_same_sentence_with_no_year_is_current():
    assert read("Beim Erdbeben verloren 800 Menschen ihr Zuhause.", "de")["800 Menschen"][1] is None
