"""Held-out set 6, story 2 (FICTIONAL): a wave of protests in Orvalena, the main city of the
Spanish-speaking region of Montesur, against a 60% rise in metro and bus fares. Arrests rise
(count), the police estimate of the big march is revised (count), police officers are injured
(count), a curfew is imposed and lifted (status), and the government cuts the single ticket to
1.80 euros, a 20% rise instead of 60% (money, percent). Languages: es, it, en."""

SLUG = "orvalena-fare-protests"
NAME = "Orvalena fare protests (fictional)"
DESCRIPTION = ("Fictional: protests and riots in Orvalena, in the region of Montesur, against a 60% rise in "
               "metro and bus fares: arrests, injured police officers, a night-time curfew, and a climb-down "
               "by the regional government on the price of the single ticket.")
TERMS = [["Orvalena"],
         ["protest", "protests", "protesters", "protestors", "demonstrators", "demonstration", "demonstrations",
          "riot", "riots", "rioting", "rioters", "unrest", "clashes", "curfew",
          "protesta", "protestas", "manifestación", "manifestaciones", "manifestantes", "disturbios",
          "altercados", "toque de queda", "movilizaciones",
          "proteste", "manifestanti", "manifestazione", "scontri", "coprifuoco", "corteo", "tafferugli"]]

SEEDS = {"01_first_night.txt": """
Montesur
Riots in Orvalena on first night of protests against fare rise

Young people burned rubbish bins and threw stones at police in several districts of Orvalena on Sunday night, in the first protests against the rise in metro and bus fares that took effect on Saturday.

Neighbourhood associations and unions have formed a platform against the rise and say they will keep protesting until it is withdrawn. The regional government of Montesur says the rise is needed to keep the city's transport authority solvent.
"""}

OUTLETS = {
    "hw": {"name": "Harbourline Wire", "host": "harbourlinewire.example", "layout": "wire", "lang": "en"},
    "cg": {"name": "The Coastal Gazette", "host": "coastalgazette.example", "layout": "table", "lang": "en"},
    "do": {"name": "El Diario de Orvalena", "host": "diariodeorvalena.example", "layout": "jsonld", "lang": "es"},
    "tm": {"name": "Il Taccuino Mediterraneo", "host": "taccuinomediterraneo.example", "layout": "blog", "lang": "it"},
    "tpn": {"name": "Transit Policy Notes", "host": "transitpolicynotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Harbourline Wire – Europe", None),
         "atom": ("Story alert: Orvalena protests", "tag:alerts.example,2027:orvalena-fare-protests")}

ROUNDS = {1: "2027-05-05T21:00:00Z", 2: "2027-05-08T21:00:00Z", 3: "2027-05-13T21:00:00Z"}
ROUND_NOTES = {
    1: "Second night of riots and a big march against the fare rise (single ticket 1.50 → 2.40 euros, +60%): 38 arrested, 17 police officers injured, police put the march at 25,000; the government rules out backing down and has not ruled out a curfew (Spanish paper, wire, syndicated copy).",
    2: "The wire updates its story in place: 112 arrests, police now put the march at 40,000 (organisers 120,000); an Italian blog reports a night-time curfew decreed from Friday, 'almeno 112' arrests and 46 officers injured.",
    3: "The government climbs down: the single ticket will cost 1.80 euros (a 20% rise instead of 60%) and the curfew is lifted; 240 people have been arrested in all; a slower outlet still writes of the curfew in force, 112 arrests and the 2.40-euro ticket.",
}

DO_RELATED = ["El Orvalena CF gana 2-0 al Real Montesur", "Lluvias: alerta amarilla en 5 comarcas de Montesur"]
TM_ABOUT = "Il Taccuino Mediterraneo racconta Spagna, Portogallo e Nord Africa dal 2016."
CARRASCO_ES = "Inés Carrasco"

PAGES = [
    {"id": "do-disturbios", "outlet": "do", "round": 1, "feed": "atom",
     "path": "/orvalena/2027/05/04/segunda-noche-disturbios-subida-billete-metro",
     "title": "Segunda noche de disturbios en Orvalena contra la subida del billete de metro",
     "dek": "La policía ha detenido a 38 personas desde el domingo y 17 agentes han resultado heridos",
     "author": "Lucía Ferrándiz", "published": "2027-05-04T07:00:00Z",
     "paras": [
         "Orvalena vivió anoche su segunda noche de disturbios. Cientos de jóvenes levantaron barricadas y quemaron contenedores en los barrios de San Telmo y La Marina en protesta por la subida del billete sencillo de metro y autobús, que el sábado pasó de 1,50 a 2,40 euros, un aumento del 60 %.",
         "La Policía de Montesur ha detenido a 38 personas desde el domingo y 17 agentes han resultado heridos, según la Delegación del Gobierno. Tres estaciones de metro del centro permanecen cerradas.",
         f"La presidenta regional, {CARRASCO_ES}, descartó ayer dar marcha atrás. «La subida no se va a retirar», dijo en el Parlamento de Montesur. El Consorcio de Transportes de Orvalena alega un déficit de 62 millones de euros.",
         "La Plataforma contra la Subida, que agrupa a asociaciones vecinales y sindicatos, ha convocado una gran manifestación para esta tarde en la plaza del Arsenal.",
         "En 2012, las protestas contra el cierre de los astilleros de La Marina se saldaron con 400 detenidos en una semana.",
     ],
     "related": DO_RELATED, "more_label": "Más noticias de Orvalena", "subscribe": "Suscríbete",
     "summary": "Segunda noche de disturbios en Orvalena: 38 detenidos y 17 agentes heridos."},
    {"id": "hw-march", "outlet": "hw", "round": 1, "feed": "rss",
     "path": "/harbourline/europe/2027/05/05/orvalena-march-fare-rise.html",
     "title": "Tens of thousands march in Orvalena against 60% fare rise",
     "dek": "Police put the crowd at 25,000; regional government refuses to back down",
     "author": "Owen Castellano", "published": "2027-05-05T10:00:00Z",
     "paras": [
         "ORVALENA, May 5 (Harbourline Wire) - Tens of thousands of people marched through the centre of Orvalena on Tuesday evening against a 60% rise in public transport fares, the biggest protest the city has seen in more than a decade. Police put the crowd at 25,000.",
         "The single metro and bus ticket went up to 2.40 euros from 1.50 euros on Saturday. The city's transport authority says it needs the money to close a deficit of 62 million euros.",
         "Sporadic clashes broke out after the march. Regional police said 38 people had been arrested since the protests began on Sunday and 17 officers had been injured.",
         "Regional president Ines Carrasco said the rise would stay. Her government has not ruled out a night-time curfew if the violence continues.",
         "The organisers, a platform of neighbourhood associations and trade unions, have called another march for Saturday.",
     ],
     "related": ["Montesur tourist arrivals up 7% in first quarter", "Orvalena port handles record container volumes"],
     "comment": "I pay 96 euros a month for my travel pass now. Madness.",
     "summary": "Tens of thousands march in Orvalena against a 60% fare rise; police put the crowd at 25,000."},
    {"id": "cg-syndicated", "outlet": "cg", "round": 1, "feed": "atom", "copy_of": "hw-march",
     "path": "/gazette/world/wire-orvalena-march-fare-rise", "published": "2027-05-05T12:30:00Z",
     "summary": "From Harbourline Wire: tens of thousands march in Orvalena against 60% fare rise."},
    {"id": "hw-port", "outlet": "hw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/harbourline/europe/2027/05/03/orvalena-port-record-containers.html",
     "title": "Orvalena port handles record 4.1 million containers",
     "author": "Owen Castellano", "published": "2027-05-03T14:00:00Z",
     "paras": [
         "ORVALENA, May 3 (Harbourline Wire) - The port of Orvalena handled a record 4.1 million containers last year, up 11% on 2025, its operator said on Monday, helped by new shipping routes to West Africa.",
         "The port plans to spend 300 million euros on a new terminal, which would raise its capacity by a third by 2030.",
     ],
     "related": ["Montesur tourist arrivals up 7% in first quarter"],
     "summary": "Orvalena port handles a record 4.1 million containers."},
    {"id": "tm-tassisti", "outlet": "tm", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/05/04/velmara-protesta-tassisti-licenze/",
     "title": "Velmara, i tassisti bloccano il centro contro le nuove licenze: 12 fermati",
     "author": "Giulia Serafini", "published": "2027-05-04T16:00:00Z",
     "paras": [
         "Centinaia di tassisti hanno bloccato per sei ore il centro di Velmara per protesta contro il piano del comune di rilasciare 500 nuove licenze. La polizia ha fermato 12 persone dopo alcuni tafferugli davanti al municipio.",
         "Il sindaco ha convocato i sindacati di categoria per lunedì.",
     ],
     "about": TM_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Velmara, i tassisti bloccano il centro: 12 fermati."},
    {"id": "hw-march-updated", "outlet": "hw", "round": 2, "feed": "rss", "version_of": "hw-march",
     "path": "/harbourline/europe/2027/05/05/orvalena-march-fare-rise.html",
     "title": "Orvalena arrests rise to 112 as fare riots spread",
     "dek": "Police now put Tuesday's march at 40,000; organisers say 120,000",
     "author": "Owen Castellano", "published": "2027-05-05T10:00:00Z", "modified": "2027-05-06T18:00:00Z",
     "paras": [
         "ORVALENA, May 6 (Harbourline Wire) - Police in Orvalena have arrested 112 people since protests against a 60% rise in public transport fares began on Sunday, regional police said on Thursday, after another night of rioting in which shops were looted and a bus depot was set on fire.",
         "The number of arrests, first put at 38, rose sharply overnight. Dozens of police officers have been hurt, and hospitals have treated protesters for injuries from rubber bullets.",
         "Police also raised their estimate of Tuesday's march in the city centre to 40,000 people. The organisers said 120,000 had taken part.",
         "The single metro and bus ticket went up to 2.40 euros from 1.50 euros on Saturday. The city's transport authority says it needs the money to close a deficit of 62 million euros.",
         "Regional president Ines Carrasco said on Thursday that a curfew would be imposed if the violence did not stop, and that the fare rise was not up for negotiation.",
         "In 2012, protests over the closure of the La Marina shipyards led to 400 arrests in a week.",
     ],
     "related": ["Montesur tourist arrivals up 7% in first quarter", "Orvalena port handles record container volumes"],
     "comment": "I pay 96 euros a month for my travel pass now. Madness.",
     "summary": "Orvalena arrests rise to 112; police now put Tuesday's march at 40,000."},
    {"id": "tm-coprifuoco", "outlet": "tm", "round": 2, "feed": "atom",
     "path": "/2027/05/07/orvalena-coprifuoco-scontri-biglietto-metro/",
     "title": "Orvalena, scatta il coprifuoco dopo cinque notti di scontri",
     "author": "Giulia Serafini", "published": "2027-05-07T09:00:00Z",
     "paras": [
         "Il governo regionale di Montesur ha decretato il coprifuoco a Orvalena: da stasera, e fino a nuovo ordine, nessuno potrà uscire di casa tra le 23 e le 6 senza un giustificato motivo. Bar e ristoranti dovranno chiudere alle 22.",
         "La decisione arriva dopo cinque notti di scontri tra polizia e manifestanti contro l'aumento del 60% del biglietto di metro e autobus, salito sabato scorso da 1,50 a 2,40 euro. Gli arresti sono almeno 112, gli agenti feriti 46.",
         "Martedì, secondo la polizia, al corteo contro il rincaro c'erano 40.000 persone; 120.000 secondo gli organizzatori.",
         "La presidente Inés Carrasco non intende ritirare l'aumento: «Senza il nuovo biglietto la metropolitana chiude», ha detto ieri sera in tv.",
         "La Piattaforma contro l'aumento ha confermato la manifestazione di sabato.",
     ],
     "about": TM_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Portogallo, il governo cade dopo 18 mesi", "Marocco: 3 milioni di turisti nel primo trimestre"],
     "comment": "Vivo a Orvalena da 6 anni, non avevo mai visto niente del genere.",
     "summary": "Orvalena, scatta il coprifuoco dopo cinque notti di scontri."},
    {"id": "do-rectifica", "outlet": "do", "round": 3, "feed": "atom",
     "path": "/orvalena/2027/05/12/carrasco-rectifica-billete-180-euros-toque-de-queda",
     "title": "Carrasco rectifica: el billete sencillo bajará a 1,80 euros y se levanta el toque de queda",
     "dek": "La subida queda en un 20 %; la policía ha detenido a 240 personas desde el inicio de las protestas",
     "author": "Lucía Ferrándiz", "published": "2027-05-12T08:00:00Z",
     "paras": [
         f"El Gobierno de Montesur da marcha atrás tras diez días de protestas. La presidenta {CARRASCO_ES} anunció ayer que el billete sencillo de metro y autobús costará 1,80 euros a partir del lunes, lo que deja la subida en un 20 %. El toque de queda quedó levantado anoche.",
         "La subida, que en un principio era del 60 %, había llevado el billete a 2,40 euros.",
         "Desde el inicio de las protestas la policía ha detenido a 240 personas, la mayoría por saltarse el toque de queda. Los disturbios han dejado 46 agentes y más de 90 manifestantes heridos.",
         "La Plataforma contra la Subida celebró la rectificación, pero exige volver a 1,50 euros y no descarta nuevas movilizaciones.",
         "El recorte costará a las arcas regionales 38 millones de euros al año, según la Consejería de Hacienda.",
     ],
     "related": DO_RELATED, "more_label": "Más noticias de Orvalena", "subscribe": "Suscríbete",
     "summary": "Carrasco rectifica: el billete sencillo bajará a 1,80 euros y se levanta el toque de queda."},
    {"id": "tm-revocato", "outlet": "tm", "round": 3, "feed": "atom",
     "path": "/2027/05/12/orvalena-revocato-coprifuoco-biglietto-180/",
     "title": "Orvalena, revocato il coprifuoco. Il biglietto scende a 1,80 euro",
     "author": "Giulia Serafini", "published": "2027-05-12T18:00:00Z",
     "paras": [
         "Dopo dieci giorni di proteste il governo di Montesur fa marcia indietro: il coprifuoco a Orvalena è stato revocato e da lunedì il biglietto singolo di metro e autobus costerà 1,80 euro, non più 2,40.",
         "L'aumento scende così dal 60 al 20%.",
         "Dall'inizio delle proteste sono state arrestate 240 persone.",
         "Secondo l'opposizione, la retromarcia potrebbe costare alla Regione fino a 45 milioni di euro l'anno.",
         "La Piattaforma contro l'aumento ha annunciato che sabato tornerà in piazza per chiedere il ritorno al vecchio prezzo.",
     ],
     "about": TM_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Portogallo, il governo cade dopo 18 mesi"],
     "comment": "Bene, ma 1,80 resta troppo per chi guadagna 900 euro al mese.",
     "summary": "Orvalena, revocato il coprifuoco; il biglietto scende a 1,80 euro."},
    {"id": "cg-stale", "outlet": "cg", "round": 3, "feed": "atom",
     "path": "/gazette/world/orvalena-shopkeepers-count-cost-of-unrest",
     "title": "Shopkeepers count the cost of Orvalena's nights of unrest",
     "author": "Megan Ashcroft", "published": "2027-05-13T07:00:00Z",
     "paras": [
         "On Calle Mayor in Orvalena the glaziers have been busy. Eleven shop fronts on the street were smashed during the riots over the city's fare rise, and the night-time curfew in force since Friday has emptied its bars and restaurants.",
         "Police have arrested 112 people since the protests over the 2.40-euro ticket began, and traders say they have lost about 2 million euros in sales.",
         "\"We support the young people, but not the burning of shops,\" said Rosa Almagro, who has run a bakery on the street for 31 years.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Gazette readers' holiday photo competition", "Coastal rail timetable changes from June 1"],
     "summary": "Shopkeepers count the cost of Orvalena's nights of unrest."},
    {"id": "tpn-climbdown", "outlet": "tpn", "round": 3, "feed": "direct",
     "path": "/2027/05/13/orvalena-fare-climbdown/",
     "title": "Orvalena's climb-down: a 1.80-euro ticket and a 38-million-euro hole",
     "author": "Daniel Ferreira", "published": "2027-05-13T10:00:00Z",
     "paras": [
         "After ten days of protests, at least 240 arrests and five nights under curfew, the government of Montesur has blinked. The single metro and bus ticket in Orvalena will cost 1.80 euros from Monday, not 2.40: a 20% rise on the old fare of 1.50 rather than 60%.",
         "The bill is 38 million euros a year in lost fare revenue, by the regional finance department's count, on top of the 62 million euro deficit that the rise was meant to close.",
         "Fare protests have a habit of working. When Velmara raised its fares by 35% in 2018, ridership fell 9% and the rise was halved within a year.",
         "The curfew was lifted on Tuesday night, but the platform that organised the marches says it will keep protesting until the ticket is back at 1.50 euros.",
     ],
     "related": ["What a flat fare would cost Montesur", "Ridership after the pandemic: our 2026 tracker"],
     "about": "Transit Policy Notes writes about public transport funding in southern Europe.",
     "comment": "Would love the April ridership data: 1.1 million trips a day before the rise?"},
]
