SLUG = "halvorsen-cooker-recall"
NAME = "Halvorsen pressure cooker recall (fictional)"
DESCRIPTION = "Fictional: an appliance maker's recall of pressure cookers whose lids can open under pressure, as it widens and its cost grows."
TERMS = [["Halvorsen"],
         ["recall", "recalls", "recalled", "recalling", "richiamo", "richiama", "ritiro", "retirada", "retira",
          "pressure cooker", "pressure cookers", "pentola a pressione", "pentole a pressione", "olla a presión",
          "ollas a presión", "ollas"]]

SEEDS = {"01_recall_notice.txt": """
Business
Halvorsen Home issues safety notice for Veloce pressure cookers

Appliance maker Halvorsen Home told owners of its Veloce 6 pressure cooker to stop using it after reports that the lid can open while the pot is still under pressure.

The company said it would announce a formal recall with national safety regulators.
"""}

OUTLETS = {
    "an": {"name": "Atlas Newswire", "host": "atlasnewswire.example", "layout": "wire", "lang": "en"},
    "tt": {"name": "Trade Times Weekly", "host": "tradetimesweekly.example", "layout": "table", "lang": "en"},
    "ri": {"name": "Il Risparmiatore", "host": "ilrisparmiatore.example", "layout": "blog", "lang": "it"},
    "gc": {"name": "La Gaceta Económica", "host": "gacetaeconomica.example", "layout": "jsonld", "lang": "es"},
}

FEEDS = {"rss": ("Atlas Newswire – Business", None),
         "atom": ("Story alert: Halvorsen recall", "tag:alerts.example,2026:halvorsen-cooker-recall")}

ROUNDS = {1: "2026-09-08T20:00:00Z", 2: "2026-09-10T21:00:00Z", 3: "2026-09-17T20:00:00Z"}
ROUND_NOTES = {1: "The recall: 38,000 cookers in nine countries, 12 people burned, 20 million euros set aside (wire, Italian consumer blog, syndicated copy).",
               2: "The wire updates its story in place: 95,000 units in 14 countries; a Spanish daily reports 27 people burned; a trade weekly still says 38,000.",
               3: "The recall grows to 140,000 units and the provision to 45 million euros (Italian blog, then the wire)."}

PAGES = [
    {"id": "an-recall", "outlet": "an", "round": 1, "feed": "rss",
     "path": "/atlasnewswire/business/2026/09/08/halvorsen-recalls-pressure-cookers.html",
     "title": "Halvorsen recalls 38,000 pressure cookers after burn injuries",
     "dek": "Lid can open while the pot is under pressure; 12 people treated for burns",
     "author": "Sofia Lindqvist", "published": "2026-09-08T07:30:00Z",
     "paras": [
         "OSLO, Sept 8 (Atlas Newswire) - Appliance maker Halvorsen Home is recalling 38,000 Veloce 6 pressure cookers sold in nine European countries after reports that the lid can open while the pot is still under pressure, the company said on Tuesday.",
         "So far 12 people have been treated for burns, none of them life-threatening.",
         "Halvorsen said it had set aside 20 million euros to cover refunds and repairs. Owners should stop using the cooker and contact the company for a free replacement lid or a refund.",
         "In 2019 the company recalled 60,000 electric kettles over a wiring fault.",
     ],
     "related": ["Carmaker Voss recalls 120,000 SUVs over brake fault", "Retail sales rise 0.6% in August"],
     "comment": "Bought mine in 2021 for 89 euros. Never again.",
     "summary": "Halvorsen Home is recalling 38,000 Veloce 6 pressure cookers."},
    {"id": "ri-richiamo", "outlet": "ri", "round": 1, "feed": "atom",
     "path": "/ilrisparmiatore/2026/09/08/halvorsen-richiama-pentole-a-pressione/",
     "title": "Halvorsen richiama 38.000 pentole a pressione: il coperchio può aprirsi",
     "author": "Giulia Marchetti", "published": "2026-09-08T12:00:00Z",
     "paras": [
         "Halvorsen Home ha avviato il richiamo di 38.000 pentole a pressione Veloce 6 vendute in nove Paesi europei, tra cui l'Italia: il coperchio può aprirsi mentre la pentola è ancora in pressione.",
         "Finora 12 persone hanno riportato ustioni.",
         "Chi possiede il modello deve smettere di usarlo e contattare il servizio clienti per il rimborso o la sostituzione del coperchio.",
     ],
     "related": ["Bollette, come risparmiare 200 euro l'anno", "Le migliori offerte sui frigoriferi"],
     "about": "Il Risparmiatore, dalla parte dei consumatori dal 2011.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "comment": "Ce l'ho in cucina da tre anni, la butto subito.",
     "summary": "Halvorsen richiama 38.000 pentole a pressione Veloce 6."},
    {"id": "tt-syndicated", "outlet": "tt", "round": 1, "feed": "atom", "copy_of": "an-recall",
     "path": "/tradetimesweekly/news/wire-halvorsen-recalls-pressure-cookers", "published": "2026-09-08T10:00:00Z",
     "summary": "From Atlas Newswire: Halvorsen recalls 38,000 pressure cookers."},
    {"id": "an-voss-recall", "outlet": "an", "round": 1, "feed": "rss", "off_story": True,
     "path": "/atlasnewswire/business/2026/09/07/voss-recalls-suvs.html",
     "title": "Carmaker Voss recalls 120,000 SUVs over brake fault",
     "author": "Peter Janssen", "published": "2026-09-07T14:00:00Z",
     "paras": [
         "STUTTGART, Sept 7 (Atlas Newswire) - Carmaker Voss is recalling 120,000 sport utility vehicles worldwide because a brake hose can wear through, the company said on Monday.",
         "No accidents have been reported. The repair takes about an hour.",
     ],
     "related": ["Retail sales rise 0.6% in August"],
     "summary": "Voss recalls 120,000 SUVs over a brake fault."},
    {"id": "ri-frigoriferi", "outlet": "ri", "round": 1, "feed": "atom", "off_story": True,
     "path": "/ilrisparmiatore/2026/09/07/migliori-offerte-frigoriferi/",
     "title": "Le migliori offerte sui frigoriferi di settembre",
     "author": "Redazione", "published": "2026-09-07T08:00:00Z",
     "paras": [
         "Abbiamo confrontato 25 frigoriferi in offerta questo mese: il più economico costa 349 euro.",
         "I modelli in classe A consumano fino al 40% in meno.",
     ],
     "about": "Il Risparmiatore, dalla parte dei consumatori dal 2011.",
     "summary": "Le migliori offerte sui frigoriferi di settembre."},
    # round 2
    {"id": "an-recall-updated", "outlet": "an", "round": 2, "feed": "rss", "version_of": "an-recall",
     "path": "/atlasnewswire/business/2026/09/08/halvorsen-recalls-pressure-cookers.html",
     "title": "Halvorsen widens pressure cooker recall to 95,000 units",
     "dek": "Two older models added after regulators in three countries step in",
     "author": "Sofia Lindqvist", "published": "2026-09-08T07:30:00Z", "modified": "2026-09-09T16:00:00Z",
     "paras": [
         "OSLO, Sept 9 (Atlas Newswire) - Halvorsen Home widened its recall of Veloce pressure cookers to 95,000 units on Wednesday, adding two older models, after regulators in three countries asked for a broader recall.",
         "The recall, first announced for 38,000 Veloce 6 cookers on Tuesday, now covers 14 countries. So far 12 people have been treated for burns.",
         "Halvorsen said the recall could eventually cover up to 200,000 cookers if regulators outside Europe followed suit. The company has set aside 20 million euros for refunds and repairs.",
         "In 2019 the company recalled 60,000 electric kettles over a wiring fault.",
     ],
     "related": ["Carmaker Voss recalls 120,000 SUVs over brake fault", "Retail sales rise 0.6% in August"],
     "comment": "Bought mine in 2021 for 89 euros. Never again.",
     "summary": "Halvorsen widened its pressure cooker recall to 95,000 units in 14 countries."},
    {"id": "tt-stale", "outlet": "tt", "round": 2, "feed": "atom",
     "path": "/tradetimesweekly/news/retailers-scramble-over-cooker-recall",
     "title": "Retailers scramble over cooker recall",
     "author": "Mark Ellery", "published": "2026-09-10T12:00:00Z",
     "paras": [
         "Halvorsen Home's recall of 38,000 Veloce 6 pressure cookers has left kitchenware retailers clearing shelves and fielding calls from worried customers.",
         "\"We sold out of the replacement stock in a morning,\" said a store manager in Leeds.",
         "Retailers said they expected refunds to be handled by the manufacturer.",
     ],
     "nav1": "News", "nav3": "Markets",
     "related": ["Win a weekend for two", "Trade show dates for 2027"],
     "summary": "Retailers scramble over Halvorsen's pressure cooker recall."},
    {"id": "gc-retirada", "outlet": "gc", "round": 2, "feed": "atom",
     "path": "/gaceta/empresas/halvorsen-amplia-retirada-ollas-27-heridos",
     "title": "Halvorsen amplía la retirada de ollas a presión tras 27 heridos",
     "dek": "Las acciones del fabricante caen un 6% en Oslo",
     "author": "Marta Iriarte", "published": "2026-09-10T19:00:00Z",
     "paras": [
         "El fabricante de electrodomésticos Halvorsen Home ha ampliado a más de 95.000 unidades la retirada de sus ollas a presión Veloce, después de que el número de personas con quemaduras subiera a 27.",
         "La empresa aconseja a los clientes dejar de usar las ollas y pedir el reembolso.",
         "Las acciones de Halvorsen cayeron un 6% en la bolsa de Oslo.",
     ],
     "related": ["El Ibex cierra con una subida del 0,6%", "La inflación se modera al 2,4%"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Halvorsen amplía a más de 95.000 unidades la retirada de ollas a presión."},
    # round 3
    {"id": "ri-140mila", "outlet": "ri", "round": 3, "feed": "atom",
     "path": "/ilrisparmiatore/2026/09/16/pentole-halvorsen-richiamo-sale-a-140-mila/",
     "title": "Pentole Halvorsen, il richiamo sale a 140.000 unità",
     "author": "Giulia Marchetti", "published": "2026-09-16T10:00:00Z",
     "paras": [
         "Il richiamo delle pentole a pressione Halvorsen Veloce è stato esteso a 140.000 unità in 14 Paesi, ha comunicato l'azienda martedì.",
         "L'accantonamento per rimborsi e riparazioni è salito a 45 milioni di euro, dai 20 milioni stanziati inizialmente.",
         "Le persone che hanno riportato ustioni sono 27.",
     ],
     "related": ["Bollette, come risparmiare 200 euro l'anno", "Le migliori offerte sui frigoriferi"],
     "about": "Il Risparmiatore, dalla parte dei consumatori dal 2011.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Il richiamo delle pentole Halvorsen sale a 140.000 unità."},
    {"id": "an-provision", "outlet": "an", "round": 3, "feed": "rss",
     "path": "/atlasnewswire/business/2026/09/16/halvorsen-lifts-recall-provision.html",
     "title": "Halvorsen lifts recall provision to 45 million euros, shares fall",
     "author": "Sofia Lindqvist", "published": "2026-09-16T15:00:00Z",
     "paras": [
         "OSLO, Sept 16 (Atlas Newswire) - Halvorsen Home raised the provision for its pressure cooker recall to 45 million euros on Wednesday from 20 million euros, as the number of cookers being recalled rose to 140,000.",
         "The company said 27 people had reported burns. Chief executive Maren Solberg apologised to customers and said a redesigned lid would be in shops by January.",
         "Analysts at Nordbank said the total cost could reach 60 million euros.",
     ],
     "related": ["Carmaker Voss recalls 120,000 SUVs over brake fault"],
     "comment": "45 million and still no apology letter in my inbox.",
     "summary": "Halvorsen raised its recall provision to 45 million euros."},
]
