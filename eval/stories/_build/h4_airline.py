"""Held-out set 4, story 2 (FICTIONAL): the Spanish low-cost airline Vuelamar files for insolvency
and is ordered into liquidation. Flights cancelled and passengers stranded (counts), debts (money),
the share price (per-unit money), an insolvency lifecycle (filed → liquidation). Languages: en, es, it."""

SLUG = "vuelamar-airline-collapse"
NAME = "Vuelamar airline collapse (fictional)"
DESCRIPTION = ("Fictional: the Spanish low-cost airline Vuelamar files for insolvency, cancels its flights "
               "and strands passengers across Europe, and is ordered into liquidation.")
TERMS = [["Vuelamar"],
         ["airline", "airlines", "carrier", "flights", "passengers", "aerolínea", "aerolíneas", "vuelos",
          "pasajeros", "compagnia", "voli", "passeggeri", "insolvency", "concurso", "liquidation",
          "liquidación", "liquidazione", "fallimento"]]

SEEDS = {"01_first_report.txt": """
Business
Vuelamar warns it may run out of cash

Vuelamar, the Spanish low-cost airline based in Valencia, said it may run out of cash within days after talks with its lenders on new financing broke down, and stopped selling tickets on its website.

The airline flies to 60 airports in Spain, Italy, France and Portugal.
"""}

OUTLETS = {
    "mw": {"name": "Meridian Wire", "host": "meridianwire.example", "layout": "wire", "lang": "en"},
    "ct": {"name": "Coastal Times", "host": "coastaltimes.example", "layout": "table", "lang": "en"},
    "cv": {"name": "Cuaderno de Vuelo", "host": "cuadernodevuelo.example", "layout": "blog", "lang": "es"},
    "iv": {"name": "Il Viaggiatore", "host": "ilviaggiatore.example", "layout": "jsonld", "lang": "it"},
    "al": {"name": "Aviation Ledger", "host": "aviationledger.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Meridian Wire – Companies", None),
         "atom": ("Story alert: Vuelamar", "tag:alerts.example,2026:vuelamar-airline-collapse")}

ROUNDS = {1: "2026-09-02T20:00:00Z", 2: "2026-09-05T20:00:00Z", 3: "2026-09-10T20:00:00Z"}
ROUND_NOTES = {
    1: "Vuelamar files for insolvency: 120 flights cancelled, about 18,000 passengers stranded, debts of 310 million euros, shares down to 0.92 euros (Spanish blog, wire, syndicated copy).",
    2: "The wire updates its story in place: 460 flights cancelled, 41,000 passengers stranded, debts put at 480 million euros, shares at 0.31 euros; 'almeno 460 voli'; a slower outlet still says 120 flights.",
    3: "A Valencia court orders Vuelamar's liquidation; 1,150 flights cancelled in all; debts of 565 million euros.",
}

PAGES = [
    {"id": "cv-concurso", "outlet": "cv", "round": 1, "feed": "atom",
     "path": "/cuaderno/2026/09/02/vuelamar-solicita-concurso-de-acreedores/",
     "title": "Vuelamar solicita el concurso de acreedores y cancela 120 vuelos",
     "author": "Nuria Castelló", "published": "2026-09-02T08:00:00Z",
     "paras": [
         "La aerolínea de bajo coste Vuelamar ha solicitado el concurso de acreedores ante el juzgado de lo mercantil de Valencia, según ha comunicado la compañía a primera hora del miércoles.",
         "Vuelamar ha cancelado 120 vuelos y unos 18.000 pasajeros se han quedado atrapados en aeropuertos de España, Italia y Francia. La deuda de la compañía asciende a 310 millones de euros.",
         "Las acciones de Vuelamar cayeron un 38 % hasta 0,92 euros antes de que se suspendiera su cotización.",
         "En 2012, la quiebra de Iberlínea dejó en tierra a 23.000 pasajeros.",
     ],
     "related": ["El aeropuerto de Valencia bate su récord de agosto", "Fútbol: el Levante Azul gana 2-0"],
     "about": "Cuaderno de Vuelo, el blog de la aviación comercial desde 2011.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "comment": "Tengo un billete para el día 15 a Nápoles. ¿Alguien sabe algo?",
     "summary": "Vuelamar solicita el concurso de acreedores: 120 vuelos cancelados, 18.000 pasajeros atrapados."},
    {"id": "mw-insolvency", "outlet": "mw", "round": 1, "feed": "rss",
     "path": "/meridianwire/companies/2026/09/02/vuelamar-files-for-insolvency.html",
     "title": "Spanish airline Vuelamar files for insolvency, cancels 120 flights",
     "dek": "About 18,000 passengers stranded across Europe; debts of 310 million euros",
     "author": "Peter Lindqvist", "published": "2026-09-02T11:00:00Z",
     "paras": [
         "VALENCIA, Spain, Sept 2 (Meridian Wire) - Spanish low-cost airline Vuelamar filed for insolvency at a Valencia commercial court on Wednesday and cancelled 120 flights, leaving about 18,000 passengers stranded in Spain, Italy and France.",
         "The airline has debts of 310 million euros, according to its filing.",
         "Vuelamar's shares fell 38% to 0.92 euros in Madrid before trading was suspended.",
         "The collapse of Iberlínea in 2012 left 23,000 passengers stranded.",
     ],
     "related": ["Jet fuel prices rise 4% in August", "Madrid airport adds 12 new routes"],
     "comment": "I'm stuck in Bari with two kids. No one answers the phone.",
     "summary": "Vuelamar files for insolvency and cancels 120 flights; about 18,000 passengers stranded."},
    {"id": "ct-syndicated", "outlet": "ct", "round": 1, "feed": "atom", "copy_of": "mw-insolvency",
     "path": "/coastaltimes/business/wire-vuelamar-insolvency", "published": "2026-09-02T12:30:00Z",
     "summary": "From Meridian Wire: Spanish airline Vuelamar files for insolvency."},
    {"id": "mw-airport-traffic", "outlet": "mw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/meridianwire/companies/2026/09/01/spanish-airports-august-traffic.html",
     "title": "Spanish airports handle record 31 million passengers in August",
     "author": "Peter Lindqvist", "published": "2026-09-01T14:00:00Z",
     "paras": [
         "MADRID, Sept 1 (Meridian Wire) - Spanish airports handled a record 31 million passengers in August, 5% more than a year earlier, the airport operator said.",
         "Airlines added 140 routes for the winter season.",
     ],
     "related": ["Tourist spending in Spain up 7%"],
     "summary": "Spanish airports handle a record 31 million passengers in August."},
    {"id": "iv-sciopero", "outlet": "iv", "round": 1, "feed": "atom", "off_story": True,
     "path": "/viaggiatore/trasporti/sciopero-controllori-volo-settembre",
     "title": "Sciopero dei controllori di volo: 200 voli cancellati venerdì",
     "author": "Redazione", "published": "2026-09-02T09:00:00Z",
     "paras": [
         "Lo sciopero dei controllori di volo di venerdì costringerà le compagnie a cancellare circa 200 voli negli aeroporti italiani.",
         "Lo sciopero durerà 4 ore, dalle 13 alle 17.",
     ],
     "related": ["Treni: orari di settembre"], "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Sciopero dei controllori di volo: 200 voli cancellati venerdì."},
    {"id": "mw-insolvency-updated", "outlet": "mw", "round": 2, "feed": "rss", "version_of": "mw-insolvency",
     "path": "/meridianwire/companies/2026/09/02/vuelamar-files-for-insolvency.html",
     "title": "Vuelamar cancels 460 flights as 41,000 passengers are stranded",
     "dek": "Administrator puts the insolvent airline's debts at 480 million euros; shares plunge to 0.31 euros",
     "author": "Peter Lindqvist", "published": "2026-09-02T11:00:00Z", "modified": "2026-09-04T16:00:00Z",
     "paras": [
         "VALENCIA, Spain, Sept 4 (Meridian Wire) - Insolvent Spanish airline Vuelamar has now cancelled 460 flights, and 41,000 passengers are stranded across Europe, the court-appointed administrator said on Friday.",
         "The number of stranded passengers, first put at 18,000, rose as the airline grounded its whole fleet of 34 aircraft. The administrator put Vuelamar's debts at 480 million euros and said they could rise to 600 million euros once all creditors had filed their claims.",
         "When trading resumed on Friday, Vuelamar's shares closed at 0.31 euros.",
         "Spain's transport ministry said it had chartered flights to bring stranded passengers home.",
         "The collapse of Iberlínea in 2012 left 23,000 passengers stranded.",
     ],
     "related": ["Jet fuel prices rise 4% in August", "Madrid airport adds 12 new routes"],
     "comment": "I'm stuck in Bari with two kids. No one answers the phone.",
     "summary": "Vuelamar cancels 460 flights; 41,000 passengers stranded; debts of 480 million euros."},
    {"id": "iv-passeggeri", "outlet": "iv", "round": 2, "feed": "atom",
     "path": "/viaggiatore/trasporti/vuelamar-almeno-460-voli-cancellati",
     "title": "Vuelamar, almeno 460 voli cancellati: 41.000 passeggeri bloccati",
     "dek": "La compagnia spagnola in concorso: debiti per 480 milioni di euro",
     "author": "Giulia Ferrandi", "published": "2026-09-05T09:00:00Z",
     "paras": [
         "La compagnia aerea spagnola Vuelamar, in procedura di insolvenza dal 2 settembre, ha cancellato almeno 460 voli. I passeggeri bloccati sono 41.000, molti negli aeroporti di Bari, Napoli e Catania.",
         "L'amministratore giudiziario ha stimato i debiti in 480 milioni di euro. Le azioni valgono ormai 0,31 euro.",
         "Il ministero dei Trasporti spagnolo ha noleggiato voli per il rimpatrio dei passeggeri.",
         "Nel 2012 il fallimento di Iberlínea lasciò a terra 23.000 passeggeri.",
     ],
     "related": ["Caro voli: Natale più caro del 12%", "Napoli, 3 milioni per il nuovo terminal"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Vuelamar, almeno 460 voli cancellati e 41.000 passeggeri bloccati."},
    {"id": "ct-stale", "outlet": "ct", "round": 2, "feed": "atom",
     "path": "/coastaltimes/business/vuelamar-travel-agents-count-the-cost",
     "title": "Travel agents count the cost of Vuelamar's collapse",
     "author": "Rachel Penhale", "published": "2026-09-05T14:00:00Z",
     "paras": [
         "Travel agents on the coast are counting the cost of the collapse of Vuelamar, which cancelled 120 flights after filing for insolvency this week.",
         "\"Every phone in the office is ringing,\" said the owner of a travel agency in Alicante. Customers who paid by card can ask their bank for a refund.",
         "The airline's administrator said it would publish a list of creditors next week.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a cruise for two", "Five tips to cut your holiday costs by 300 euros"],
     "summary": "Travel agents count the cost of Vuelamar's collapse."},
    {"id": "cv-liquidacion", "outlet": "cv", "round": 3, "feed": "direct",
     "path": "/cuaderno/2026/09/09/el-juez-ordena-la-liquidacion-de-vuelamar/",
     "title": "El juez ordena la liquidación de Vuelamar",
     "author": "Nuria Castelló", "published": "2026-09-09T10:00:00Z",
     "paras": [
         "El juzgado de lo mercantil de Valencia ha ordenado la liquidación de Vuelamar, al no haber recibido ninguna oferta por la aerolínea.",
         "Vuelamar ha cancelado en total 1.150 vuelos. Sus deudas ascienden a 565 millones de euros, según la lista de acreedores presentada por el administrador concursal.",
         "Los 41.000 pasajeros que quedaron atrapados ya han regresado a casa.",
         "En 2012, la quiebra de Iberlínea dejó en tierra a 23.000 pasajeros.",
     ],
     "related": ["El aeropuerto de Valencia bate su récord de agosto"],
     "about": "Cuaderno de Vuelo, el blog de la aviación comercial desde 2011.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "summary": "El juez ordena la liquidación de Vuelamar: 1.150 vuelos cancelados."},
    {"id": "al-liquidation", "outlet": "al", "round": 3, "feed": "atom",
     "path": "/ledger/2026/09/10/vuelamar-ordered-into-liquidation/",
     "title": "Vuelamar ordered into liquidation after no bidder comes forward",
     "author": "Simon Achterberg", "published": "2026-09-10T08:00:00Z",
     "paras": [
         "A Valencia court has ordered the liquidation of Vuelamar after no bidder came forward for the insolvent airline. Vuelamar cancelled 1,150 flights in all.",
         "Its debts stand at 565 million euros, according to the list of creditors filed by the administrator. Its 2,300 employees will lose their jobs.",
         "Unions fear up to 5,000 more jobs could go at suppliers and ground-handling firms.",
         "The 41,000 passengers who were stranded have all been brought home.",
     ],
     "related": ["Why low-cost airlines fail in autumn", "Our 2025 report on airline finances"],
     "about": "Aviation Ledger follows the business of European airlines."},
]
