SLUG = "kessland-rate-hike"
NAME = "Kessland inflation and rate hike (fictional)"
DESCRIPTION = "Fictional: inflation in the small republic of Kessland, its central bank's rate decision and the economic figures that follow."
TERMS = [["Kessland", "Kesslands", "Kessländische", "kessländische", "kessländischen", "Kesslander"],
         ["inflation", "Inflation", "Inflationsrate", "rate", "rates", "Leitzins", "Zentralbank", "Notenbank",
          "central bank", "banque centrale", "taux", "croissance", "chômage", "unemployment", "prices", "Preise"]]

SEEDS = {"01_bank_meeting_ahead.txt": """
Business
Kessland's central bank under pressure as prices climb

Consumer prices in Kessland have risen faster than expected since the summer, and economists say the Bank of Kessland is likely to raise its key interest rate at its October meeting.

Governor Ilse Marwick said last month that the bank would "not hesitate" to act if inflation stayed well above its target.
"""}

OUTLETS = {
    "mw": {"name": "Meridian Wire", "host": "meridianwire.example", "layout": "wire", "lang": "en"},
    "hg": {"name": "The Harbour Gazette", "host": "harbourgazette.example", "layout": "table", "lang": "en"},
    "lb": {"name": "Le Billet Éco", "host": "lebilleteco.example", "layout": "blog", "lang": "fr"},
    "fz": {"name": "Finanzzeitung Nord", "host": "finanzzeitung-nord.example", "layout": "jsonld", "lang": "de"},
}

FEEDS = {"rss": ("Meridian Wire – Economy", None),
         "atom": ("Story alert: Kessland rates", "tag:alerts.example,2026:kessland-rate-hike")}

ROUNDS = {1: "2026-10-14T20:00:00Z", 2: "2026-10-23T20:00:00Z", 3: "2026-11-12T20:00:00Z"}
ROUND_NOTES = {1: "Flash estimate: inflation 4.1% in September; policy rate 3.25%; growth forecast 1.4%; unemployment 6.2% (wire, German daily, syndicated copy).",
               2: "The wire updates its inflation story in place (final figure 4.3%); the central bank raises its rate to 3.50% (wire, German daily); a slower paper still quotes 4.1%.",
               3: "Unemployment rises to 6.5% (wire); the bank cuts its growth forecast to 0.9% (French blog)."}

PAGES = [
    {"id": "mw-inflation", "outlet": "mw", "round": 1, "feed": "rss",
     "path": "/meridianwire/economy/2026/10/14/kessland-inflation-september.html",
     "title": "Kessland inflation quickens to 4.1%, piling pressure on central bank",
     "dek": "Flash estimate puts September price rises at a two-year high",
     "author": "Tomas Berglund", "published": "2026-10-14T08:00:00Z",
     "paras": [
         "PORT ALDRIC, Oct 14 (Meridian Wire) - Annual consumer price inflation in Kessland rose to 4.1% in September from 3.6% in August, according to a flash estimate published by the national statistics office on Wednesday.",
         "The Bank of Kessland's key policy rate stands at 3.25%. Most economists polled by Meridian Wire expect the bank to raise it by a quarter point at its meeting on Oct. 22, and some said inflation could reach 5% early next year.",
         "The bank forecasts economic growth of 1.4% for next year. The unemployment rate was 6.2% in September.",
         "Inflation in Kessland last peaked at 11.2% in 1992, before the bank was made independent.",
     ],
     "related": ["Norland central bank holds rates at 2.75%", "Oil slips below $70 a barrel"],
     "comment": "My mortgage was at 8% in 2001. People forget.",
     "summary": "Kessland's inflation rose to 4.1% in September, a flash estimate showed."},
    {"id": "fz-inflation", "outlet": "fz", "round": 1, "feed": "atom",
     "path": "/finanzzeitung/konjunktur/kessland-inflation-steigt-auf-41-prozent",
     "title": "Kessland: Inflation steigt auf 4,1 Prozent",
     "dek": "Druck auf die Notenbank wächst vor der Zinssitzung",
     "author": "Katrin Oberholz", "published": "2026-10-14T11:00:00Z",
     "paras": [
         "Die Inflationsrate in Kessland ist im September nach einer ersten Schätzung des Statistikamts auf 4,1 Prozent gestiegen.",
         "Die kessländische Zentralbank hält den Leitzins derzeit bei 3,25 Prozent. Für die Sitzung in der kommenden Woche erwarten die meisten Volkswirte eine Anhebung um 0,25 Prozentpunkte.",
         "Die Arbeitslosenquote lag im September bei 6,2 Prozent.",
     ],
     "related": ["DAX schließt mit Plus von 0,4 Prozent", "Ölpreis fällt unter 70 Dollar"],
     "more_label": "Mehr zum Thema", "subscribe": "Abonnieren",
     "summary": "Die Inflation in Kessland steigt auf 4,1 Prozent."},
    {"id": "hg-syndicated", "outlet": "hg", "round": 1, "feed": "atom", "copy_of": "mw-inflation",
     "path": "/harbourgazette/business/wire-kessland-inflation-september", "published": "2026-10-14T10:30:00Z",
     "summary": "From Meridian Wire: Kessland's inflation rose to 4.1% in September."},
    {"id": "mw-norland-rates", "outlet": "mw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/meridianwire/economy/2026/10/13/norland-central-bank-holds.html",
     "title": "Norland central bank holds rates at 2.75%",
     "author": "Ines Varga", "published": "2026-10-13T13:00:00Z",
     "paras": [
         "KARLSBORG, Oct 13 (Meridian Wire) - Norland's central bank kept its main interest rate at 2.75% on Tuesday, as expected, and said inflation of 2.3% was close to its target.",
         "The bank said it saw no need to change rates before the end of the year.",
     ],
     "related": ["Oil slips below $70 a barrel"],
     "summary": "Norland's central bank kept its rate at 2.75%."},
    {"id": "lb-cafe", "outlet": "lb", "round": 1, "feed": "atom", "off_story": True,
     "path": "/lebilleteco/2026/10/12/le-prix-du-cafe-grimpe/",
     "title": "Le prix du café grimpe de 8 % en un mois",
     "author": "Claire Dumontel", "published": "2026-10-12T09:00:00Z",
     "paras": [
         "Le prix de l'arabica a grimpé de 8 % en un mois sur les marchés à terme, porté par la sécheresse au Brésil.",
         "Les torréfacteurs préviennent que les hausses arriveront en rayon d'ici Noël.",
     ],
     "about": "Le Billet Éco, l'économie en clair depuis 2015.",
     "summary": "Le prix du café grimpe de 8 % en un mois."},
    # round 2
    {"id": "mw-inflation-updated", "outlet": "mw", "round": 2, "feed": "rss", "version_of": "mw-inflation",
     "path": "/meridianwire/economy/2026/10/14/kessland-inflation-september.html",
     "title": "Kessland inflation revised up to 4.3%, highest in two years",
     "dek": "Statistics office raises its flash estimate as energy prices are recalculated",
     "author": "Tomas Berglund", "published": "2026-10-14T08:00:00Z", "modified": "2026-10-16T09:00:00Z",
     "paras": [
         "PORT ALDRIC, Oct 16 (Meridian Wire) - Annual consumer price inflation in Kessland was 4.3% in September, the national statistics office said on Friday, revising up its flash estimate of 4.1% after recalculating household energy prices.",
         "The Bank of Kessland's key policy rate stands at 3.25% ahead of its meeting on Oct. 22. Most economists polled by Meridian Wire expect a quarter-point rise, and some said inflation could reach 5% early next year.",
         "The bank forecasts economic growth of 1.4% for next year. The unemployment rate was 6.2% in September.",
         "Inflation in Kessland last peaked at 11.2% in 1992, before the bank was made independent.",
     ],
     "related": ["Norland central bank holds rates at 2.75%", "Oil slips below $70 a barrel"],
     "comment": "My mortgage was at 8% in 2001. People forget.",
     "summary": "Kessland's September inflation was revised up to 4.3%."},
    {"id": "mw-rate-decision", "outlet": "mw", "round": 2, "feed": "rss",
     "path": "/meridianwire/economy/2026/10/22/bank-of-kessland-raises-rates.html",
     "title": "Bank of Kessland raises rates to 3.50%, signals more to come",
     "dek": "First increase since February as inflation runs at twice the target",
     "author": "Tomas Berglund", "published": "2026-10-22T12:15:00Z",
     "paras": [
         "PORT ALDRIC, Oct 22 (Meridian Wire) - The Bank of Kessland raised its key policy rate by a quarter point to 3.50% on Thursday, its first increase since February, and said it was ready to act again if inflation did not slow.",
         "Governor Ilse Marwick said the decision was unanimous. The rate had been held at 3.25% since February.",
         "Inflation was 4.3% in September, more than twice the bank's 2% target. The bank will publish new economic forecasts in its quarterly report next month.",
     ],
     "related": ["Norland central bank holds rates at 2.75%", "Oil slips below $70 a barrel"],
     "comment": "Another rise and I sell the flat.",
     "summary": "The Bank of Kessland raised its key rate by a quarter point to 3.50%."},
    {"id": "fz-leitzins", "outlet": "fz", "round": 2, "feed": "atom",
     "path": "/finanzzeitung/geldpolitik/kessland-zentralbank-erhoeht-leitzins",
     "title": "Kesslands Zentralbank erhöht Leitzins auf 3,50 Prozent",
     "dek": "Gouverneurin Marwick schließt weitere Schritte nicht aus",
     "author": "Katrin Oberholz", "published": "2026-10-22T13:30:00Z",
     "paras": [
         "Die Bank of Kessland hat am Donnerstag ihren Leitzins um 0,25 Prozentpunkte auf 3,50 Prozent angehoben, die erste Erhöhung seit Februar.",
         "Die Inflation lag im September bei 4,3 Prozent und damit weit über dem Ziel der Notenbank von 2 Prozent. Einige Analysten hatten sogar einen Schritt auf 3,75 Prozent erwartet.",
         "Gouverneurin Ilse Marwick schloss weitere Erhöhungen nicht aus.",
     ],
     "related": ["DAX schließt mit Plus von 0,4 Prozent", "Ölpreis fällt unter 70 Dollar"],
     "more_label": "Mehr zum Thema", "subscribe": "Abonnieren",
     "summary": "Kesslands Notenbank hebt den Leitzins auf 3,50 Prozent an."},
    {"id": "hg-stale", "outlet": "hg", "round": 2, "feed": "atom",
     "path": "/harbourgazette/business/kessland-shoppers-feel-the-pinch",
     "title": "Port Aldric shoppers feel the pinch",
     "author": "Hannah Croft", "published": "2026-10-22T18:00:00Z",
     "paras": [
         "With inflation in Kessland at 4.1%, shoppers at Port Aldric's Saturday market say they are buying less meat and more beans.",
         "\"A kilo of coffee costs what two did last year,\" said a stallholder.",
         "Traders said footfall was down on last autumn.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend for two", "This one trick saves 300 euros a year"],
     "summary": "Port Aldric's shoppers feel the pinch of rising prices."},
    # round 3
    {"id": "mw-jobs", "outlet": "mw", "round": 3, "feed": "rss",
     "path": "/meridianwire/economy/2026/11/10/kessland-unemployment-october.html",
     "title": "Kessland unemployment rises to 6.5%, highest since 2021",
     "author": "Tomas Berglund", "published": "2026-11-10T08:00:00Z",
     "paras": [
         "PORT ALDRIC, Nov 10 (Meridian Wire) - Kessland's unemployment rate rose to 6.5% in October from 6.2% in September, the national statistics office said on Tuesday. Economists had expected 6.3%.",
         "The rise followed the Bank of Kessland's increase in its key rate to 3.50% last month.",
         "Unemployment last stood this high in 2021, at 6.8%.",
     ],
     "related": ["Norland central bank holds rates at 2.75%"],
     "comment": "Told you the hike would cost jobs.",
     "summary": "Kessland's unemployment rate rose to 6.5% in October."},
    {"id": "lb-previsions", "outlet": "lb", "round": 3, "feed": "atom",
     "path": "/lebilleteco/2026/11/12/kessland-banque-centrale-abaisse-prevision-croissance/",
     "title": "Kessland : la banque centrale abaisse sa prévision de croissance à 0,9 %",
     "author": "Claire Dumontel", "published": "2026-11-12T10:00:00Z",
     "paras": [
         "Dans son rapport trimestriel publié jeudi, la Banque du Kessland a abaissé sa prévision de croissance pour l'an prochain à 0,9 %, contre 1,4 % en juillet.",
         "L'inflation devrait revenir sous les 3 % d'ici fin 2027, selon l'institution, qui maintient son taux directeur à 3,50 %.",
         "Le chômage a atteint 6,5 % en octobre, selon l'office statistique.",
     ],
     "about": "Le Billet Éco, l'économie en clair depuis 2015.",
     "prev_post": "Billet précédent", "next_post": "Billet suivant",
     "summary": "La Banque du Kessland abaisse sa prévision de croissance à 0,9 %."},
]
