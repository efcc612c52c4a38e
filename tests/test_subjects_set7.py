"""General readings the misses of held-out set 7 asked for (issue 24): a market share as a
percentage; what a clean-up costs; a mass leaked told with more verbs and nouns (and only rising);
a length of coast in kilometres; a price per share with the company named between; a purchase price
or a total as the deal's value, not the price per share; a counted noun the same subject with or
without its accents. Each rule has sentences it reads and sentences it must leave alone, in
wording no story uses."""
import pytest

from storywatch.facts import extract_figures, is_monotonic
from subject_reading import read, subject_of


# ------------------------------------------------------------------ market share
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The merged airline would hold a 38% share of the domestic flight market.", "38%", "en"),
    ("After the sale the group keeps a market share of 22%.", "22%", "en"),
    ("The two breweries would control 45% of the beer market.", "45%", "en"),
    ("Der gemeinsame Marktanteil der Molkereien läge bei 28 Prozent.", "28 Prozent", "de"),
    ("Beide Ketten kämen auf einen Anteil von 30 Prozent am Lebensmittelmarkt.", "30 Prozent", "de"),
    ("Il gruppo avrebbe una quota di mercato del 35%.", "35%", "it"),
    ("Le nouvel ensemble aurait une part de marché de 40 %.", "40 %", "fr"),
    ("La empresa resultante tendría una cuota de mercado del 27 %.", "27 %", "es"),
])
def test_a_market_share(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "market share"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The fund bought a 12% stake in the airline.", "12%", "en"),
    ("Der Investor hält einen Anteil von 9 Prozent an der Bank.", "9 Prozent", "de"),
    ("Sales rose 7% in the third quarter.", "7%", "en"),
])
def test_a_stake_or_a_change_is_no_market_share(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) != "market share"


# ------------------------------------------------------------------ clean-up cost
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The cost of the clean-up has reached 9 million dollars.", "9 million dollars", "en"),
    ("The clean-up bill is now put at 120 million pounds.", "120 million pounds", "en"),
    ("Il costo della bonifica è salito a 7 milioni di euro.", "7 milioni di euro", "it"),
    ("La limpieza costará unos 11 millones de euros, según el Gobierno.", "11 millones de euros", "es"),
    ("Le coût du nettoyage atteint 4 millions d'euros.", "4 millions d'euros", "fr"),
    ("Die Kosten der Sanierung werden auf 6 Millionen Euro geschätzt.", "6 Millionen Euro", "de"),
])
def test_the_cost_of_a_clean_up(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "clean-up cost"


def test_money_near_no_clean_up_is_no_clean_up_cost():
    assert subject_of("The new pier will cost 30 million euros.", "30 million euros", "en") != "clean-up cost"


# ------------------------------------------------------------------ a mass leaked, more phrasings
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Dalla cisterna sono uscite circa 40 tonnellate di gasolio.", "40 tonnellate", "it"),
    ("Del camión han salido unas 25 toneladas de ácido.", "25 toneladas", "es"),
    ("Una marea negra de 200 toneladas amenaza la bahía.", "200 toneladas", "es"),
    ("Fuel leak from stricken tanker climbs to 90 tonnes", "90 tonnes", "en"),
    ("Ya son 60 toneladas vertidas en la ría.", "60 toneladas", "es"),
])
def test_a_mass_leaked_more_phrasings(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "quantity spilled"


def test_a_mass_on_board_is_no_leak():
    assert subject_of("The tanker carries 3,000 tonnes of diesel in its tanks.", "3,000 tonnes", "en") != "quantity spilled"


def test_what_has_leaked_only_rises():
    assert is_monotonic("quantity spilled")


# ------------------------------------------------------------------ kilometres of coast
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The slick has reached 18 km of coastline.", "18 km", "en"),
    ("Il petrolio ha sporcato 9 chilometri di costa.", "9 chilometri", "it"),
    ("El vertido afecta ya a 14 kilómetros de costa.", "14 kilómetros", "es"),
    ("La nappe a souillé 7 kilomètres de côtes.", "7 kilomètres", "fr"),
])
def test_kilometres_of_coast(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "coastline (km)"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The village lies 20 km from the border.", "20 km", "en"),
    ("Il paese dista 12 chilometri da Roma.", "12 chilometri", "it"),
])
def test_kilometres_with_no_coast_are_no_fact(sentence, figure, lang):
    figs = {f.text: f for f in extract_figures(sentence, lang)}
    assert figs[figure].kind == "measure" and figs[figure].unit == "km"
    assert subject_of(sentence, figure, lang) == "unrelated"


# ------------------------------------------------------------------ the price per share, the deal's total
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Vantor is offering 18.40 dollars per Kellam share.", "18.40 dollars", "en"),
    ("Vantor bietet 18,40 Euro je Kellam-Aktie.", "18,40 Euro", "de"),
])
def test_a_price_per_named_share(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "share price"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("Vantor zahlt 18,40 Euro je Aktie, insgesamt 2,1 Milliarden Euro.", "2,1 Milliarden Euro", "de"),
    ("Der Kaufpreis steigt auf 2,4 Milliarden Euro.", "2,4 Milliarden Euro", "de"),
])
def test_a_purchase_price_or_a_total_is_the_deal_value(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "deal value"


def test_a_share_sale_is_no_price_per_share():
    assert subject_of("The startup was valued at $2 billion in a March share sale.", "$2 billion", "en") != "share price"


# ------------------------------------------------------------------ a counted noun, with or without accents
def test_a_counted_noun_is_one_subject_with_or_without_accents():
    assert subject_of("Le groupe devra céder 25 entrepôts.", "25 entrepôts", "fr") == \
        subject_of("The group must sell 25 entrepots.", "25 entrepots", "en") == "entrepots"
    assert subject_of("Le groupe devra céder 30 dépôts.", "30 dépôts", "fr") == \
        subject_of("Die Gruppe muss 30 Depots verkaufen.", "30 Depots", "de")


# ------------------------------------------------------------------ fuel pumped off a wreck
@pytest.mark.parametrize("sentence,figure,lang", [
    ("Divers have pumped out 60% of the oil from the wreck.", "60%", "en"),
    ("I sommozzatori hanno pompato finora il 70% del gasolio.", "70%", "it"),
    ("Los técnicos han bombeado el 55 % del combustible de los tanques.", "55 %", "es"),
    ("Les plongeurs ont pompé 80 % du fioul.", "80 %", "fr"),
    ("Bisher wurden 30 Prozent des Treibstoffs abgepumpt.", "30 Prozent", "de"),
    ("Crews have pumped 200 tonnes of fuel off the wreck.", "200 tonnes", "en"),
])
def test_a_share_or_mass_pumped_out(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "pumped out"


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The company removed 10% of its staff.", "10%", "en"),
    ("Sales rose 7% in the quarter.", "7%", "en"),
])
def test_no_pumping_nothing_pumped_out(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) != "pumped out"
