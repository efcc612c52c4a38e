"""General readings the misses of held-out set 12 and the development stories asked for (issue 24):
a share's closing price however the day is named ("closed its first day at", "Die Vormann-Aktie
schloss … bei"). Each rule has sentences it reads and sentences it must leave alone, in wording no
story uses."""
import pytest

from subject_reading import subject_of


@pytest.mark.parametrize("sentence,figure,lang", [
    ("The shares, priced late on Monday, closed their first day at 14.80 euros.", "14.80 euros", "en"),
    ("Brevik closed its first trading session at 7.35 dollars.", "7.35 dollars", "en"),
    ("Die Halden-Aktie schloss 6 Prozent tiefer bei 12,40 Euro.", "12,40 Euro", "de"),
    ("Die Aktie von Halden fiel um 9 Prozent auf 11,10 Euro.", "11,10 Euro", "de"),
])
def test_a_closing_share_price(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "share price"


@pytest.mark.parametrize("sentence,figure,lang", [
    # a day that ends is no trading session's close of a share
    ("The talks ended the day at an impasse over a 40 million euro fee.", "40 million euro", "en"),
    # a company's loss beside its share: the loss is not the share's price
    ("Die Aktie blieb stabil, sagte er, und der Konzern verlor 2 Milliarden Euro.", "2 Milliarden Euro", "de"),
])
def test_not_a_closing_share_price(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) != "share price"


# ------------------------------------------------------------------ a frame two coordinated counts share
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("The clashes left 12 officers and 30 protesters injured.", "12 officers", "en", "injured (police)"),
    ("Gli scontri hanno lasciato 12 agenti e almeno 30 manifestanti feriti.", "12 agenti", "it", "injured (police)"),
    ("Los choques dejaron 12 agentes y más de 30 manifestantes heridos.", "12 agentes", "es", "injured (police)"),
])
def test_two_coordinated_counts_share_the_frame_after_them(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence,figure,lang,wrong", [
    # a count with a frame of its own keeps it
    ("The quake killed 3 people and 40 were injured.", "3 people", "en", "injured"),
    # a count whose noun names its own subject is not read through the next one's frame
    ("Rescuers found 20 homes and 3 people were hurt.", "20 homes", "en", "injured"),
])
def test_a_shared_frame_leaves_these_alone(sentence, figure, lang, wrong):
    assert subject_of(sentence, figure, lang) != wrong


# ------------------------------------------------------------------ what a thing costs
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("From June a day pass will cost 7.50 euros.", "7.50 euros", "en", "cost"),
    ("The single bus ticket will cost 1.90 euros from June.", "1.90 euros", "en", "price"),
    ("Il biglietto ordinario di tram e bus costerà 1,90 euro.", "1,90 euro", "it", "price"),
    ("El billete de tren y autobús costará 1,90 euros.", "1,90 euros", "es", "price"),
    ("Le billet coûtera 1,90 euro en juin.", "1,90 euro", "fr", "price"),
    ("Der Umbau kostet 420 Millionen Euro.", "420 Millionen Euro", "de", "restructuring costs"),
    ("La nuova diga costerà più di 90 milioni di euro.", "90 milioni di euro", "it", "cost"),
    ("The contract will cost 2 billion euros.", "2 billion euros", "en", "deal value"),
])
def test_what_a_thing_costs(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence,figure,lang,wrong", [
    # "costs" and "Kosten" are nouns as often as verbs: no cost reading from them
    ("Restructuring costs rose to 500 million euros.", "500 million euros", "en", "cost"),
    ("Die Kosten stiegen auf 500 Millionen Euro.", "500 Millionen Euro", "de", "price"),
])
def test_cost_nouns_are_not_cost_verbs(sentence, figure, lang, wrong):
    assert subject_of(sentence, figure, lang) != wrong


# ------------------------------------------------------------------ a rate is no count
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("The attack rate reached 95 cases per 1,000 pupils.", "95 cases", "en", "cases per 1,000"),
    ("L'incidenza è salita a 38 casi ogni 100.000 abitanti.", "38 casi", "it", "cases per 100,000"),
    ("Die Inzidenz stieg auf 38 Fälle pro 100.000 Einwohner.", "38 Fälle", "de", "cases per 100,000"),
    ("Le taux atteint 38 cas pour 100 000 habitants.", "38 cas", "fr", "cases per 100,000"),
    ("La tasa llegó a 38 casos por cada 100.000 habitantes.", "38 casos", "es", "cases per 100,000"),
    ("The fighting killed 25 people a day in April.", "25 people", "en", "death toll per day"),
    ("On compte 210 cas par semaine.", "210 cas", "fr", "cases per week"),
    # the denominator counts nothing
    ("The attack rate reached 95 cases per 1,000 pupils.", "1,000 pupils", "en", "unrelated"),
    ("La tasa llegó a 38 casos por cada 100.000 habitantes.", "100.000 habitantes", "es", "unrelated"),
])
def test_a_rate_is_no_count(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("The quake killed 25 people a year after the last one.", "25 people", "en", "death toll"),
    ("The outbreak has reached 1,200 cases, up from 900.", "1,200 cases", "en", "cases"),
    ("Das Virus hat 40 Menschen getötet, vor einem Jahr waren es 12.", "40 Menschen", "de", "death toll"),
])
def test_a_span_of_time_that_is_no_rate(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


# ------------------------------------------------------------------ a frame that is the figure's own words
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("De los heridos, 21 siguen ingresados en Valdemora.", "21 siguen ingresados", "es", "still in hospital"),
    ("De ellos, 21 siguen hospitalizados.", "21 siguen hospitalizados", "es", "still in hospital"),
    ("Unas 38 personas fueron hospitalizadas.", "38 personas", "es", "hospitalised"),   # taken there, in all
])
def test_a_frame_in_the_figures_own_words(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


# ------------------------------------------------------------------ money pledged to those hit is aid
@pytest.mark.parametrize("sentence,figure,lang", [
    ("The government pledged 30 million euros to the fishermen.", "30 million euros", "en"),
    ("Le ministre a annoncé une enveloppe de 30 millions d'euros pour les pêcheurs.", "30 millions d'euros", "fr"),
    ("Il governo promette 30 milioni di euro ai pescatori.", "30 milioni di euro", "it"),
    ("El Gobierno promete 30 millones de euros a los pescadores.", "30 millones de euros", "es"),
])
def test_money_pledged_is_aid(sentence, figure, lang):
    assert subject_of(sentence, figure, lang) == "aid"


def test_a_sum_someone_speaks_of_is_no_aid():
    assert subject_of("Er sagt, 30 Millionen Euro seien zu wenig.", "30 Millionen Euro", "de") != "aid"


# ------------------------------------------------------------------ one counted noun, one name in every language
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("Some 90,000 ducks were culled on Tuesday.", "90,000 ducks", "en", "ducks"),
    ("Près de 90 000 canards ont été abattus mardi.", "90 000 canards", "fr", "ducks"),
    ("Se sacrificaron 90.000 patos el martes.", "90.000 patos", "es", "ducks"),
    ("Il virus è stato trovato in sei allevamenti.", "sei allevamenti", "it", "farms"),
    ("Le virus a été confirmé dans six élevages.", "six élevages", "fr", "farms"),
    ("The virus has spread to six farms.", "six farms", "en", "farms"),
])
def test_a_counted_noun_has_one_name_in_every_language(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected


# ------------------------------------------------------------------ workers laid off are not the workforce
@pytest.mark.parametrize("sentence,figure,lang,expected", [
    ("About 300 workers were temporarily laid off after the fire.", "300 workers", "en", "laid off"),
    ("Sono 300 i lavoratori in cassa integrazione.", "300 i lavoratori", "it", "laid off"),
    ("Nach dem Brand sind 300 Beschäftigte in Kurzarbeit.", "300 Beschäftigte", "de", "laid off"),
    ("Quelque 300 salariés ont été placés au chômage partiel.", "300 salariés", "fr", "laid off"),
    ("Unos 300 trabajadores afectados por un ERTE.", "300 trabajadores", "es", "laid off"),
    ("The smelter employs 300 workers.", "300 workers", "en", "employees"),
    ("Some 30 workers are still trapped.", "30 workers", "en", "stranded or trapped"),
])
def test_workers_laid_off(sentence, figure, lang, expected):
    assert subject_of(sentence, figure, lang) == expected
