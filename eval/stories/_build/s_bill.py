SLUG = "tiranova-rail-bill"
NAME = "Tiranova's rail modernisation bill (fictional)"
DESCRIPTION = "Fictional: the Republic of Tiranova's rail modernisation bill, from introduction to signature, and its cost."
TERMS = [["Tiranova", "Tiranovan", "tiranovense", "tiranovenses"],
         ["rail modernisation", "rail modernization", "rail bill", "modernización ferroviaria", "ley ferroviaria"]]

SEEDS = {"01_bill_introduced.txt": """
Politics
Tiranova government introduces rail modernisation bill

Tiranova's government has introduced a rail modernisation bill in parliament to electrify the country's main lines and replace its signalling.

The parliamentary budget office puts the cost of the plan at $8.4 billion over ten years.
""", "02_opposition.txt": """
Politics
Opposition questions cost of Tiranova rail bill

Opposition deputies said the rail modernisation bill introduced by the government leaves too much of the $8.4 billion cost to the regions.

The bill now goes to the transport committee of the Chamber of Deputies.
"""}

OUTLETS = {
    "cd": {"name": "Capital Dispatch", "host": "capitaldispatch.example", "layout": "wire", "lang": "en"},
    "gm": {"name": "Gulf Mercury", "host": "gulfmercury.example", "layout": "table", "lang": "en"},
    "eh": {"name": "El Heraldo de Tiranova", "host": "elheraldo-tiranova.example", "layout": "jsonld", "lang": "es"},
    "np": {"name": "Notas Parlamentarias", "host": "notasparlamentarias.example", "layout": "blog", "lang": "es"},
}

FEEDS = {"rss": ("Capital Dispatch – Politics", None),
         "atom": ("Alerta: ley de modernización ferroviaria de Tiranova", "tag:alerts.example,2026:tiranova-rail-bill")}

ROUNDS = {1: "2026-10-07T20:00:00Z", 2: "2026-10-22T20:00:00Z", 3: "2026-11-06T20:00:00Z"}
ROUND_NOTES = {1: "The bill is introduced; cost $8.4 billion; 'expected to pass' (future).",
               2: "The Chamber of Deputies passes it 312 to 201; cost estimate raised to $9.1 billion.",
               3: "The Senate passes it; Capital Dispatch updates its story in place: signed into law, cost now $9.6 billion."}

PAGES = [
    {"id": "cd-introduced", "outlet": "cd", "round": 1, "feed": "rss",
     "path": "/capitaldispatch/politics/2026/10/06/rail-bill-introduced.html",
     "title": "Tiranova's rail modernisation bill introduced in parliament",
     "dek": "The plan to electrify the main lines would cost $8.4 billion, the budget office says",
     "author": "Daniel Reyes", "published": "2026-10-06T09:00:00Z",
     "paras": [
         "PUERTO ALTO, Oct 6 (Capital Dispatch) - Tiranova's government has introduced its rail modernisation bill in parliament, a plan to electrify the main lines and replace signalling across the network.",
         "The parliamentary budget office puts the cost at $8.4 billion over ten years.",
         "The bill is expected to pass the Chamber of Deputies next month, where the governing coalition has a majority.",
         "A previous rail bill, passed in 2014, cost $3.2 billion and was completed four years late.",
     ],
     "related": ["Central bank holds rates at 4.25%", "Port of Puerto Alto handles 2 million containers"],
     "summary": "The rail modernisation bill, costed at $8.4 billion, was introduced in parliament."},
    {"id": "eh-presentado", "outlet": "eh", "round": 1, "feed": "atom",
     "path": "/elheraldo/politica/ley-modernizacion-ferroviaria-presentada",
     "title": "El Gobierno presenta la ley de modernización ferroviaria",
     "dek": "La oficina presupuestaria calcula un coste de 8.400 millones de dólares",
     "author": "Lucía Márquez", "published": "2026-10-06T15:00:00Z",
     "paras": [
         "El Gobierno de Tiranova presentó este lunes en el Parlamento la ley de modernización ferroviaria, que prevé electrificar las líneas principales.",
         "La oficina presupuestaria del Parlamento calcula un coste de 8.400 millones de dólares en diez años.",
         "Se espera que la ley sea aprobada por la Cámara de Diputados el próximo mes.",
     ],
     "related": ["El banco central mantiene los tipos en el 4,25%", "Fútbol: Tiranova gana 3-0"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "La ley de modernización ferroviaria costará 8.400 millones de dólares."},
    {"id": "cd-central-bank", "outlet": "cd", "round": 1, "feed": "rss", "off_story": True,
     "path": "/capitaldispatch/economy/2026/10/05/central-bank-holds-rates.html",
     "title": "Tiranova's central bank holds rates at 4.25%",
     "author": "Daniel Reyes", "published": "2026-10-05T14:00:00Z",
     "paras": [
         "PUERTO ALTO, Oct 5 (Capital Dispatch) - Tiranova's central bank kept its benchmark interest rate at 4.25% on Monday, citing inflation of 3.1%.",
         "The bank said it expected to cut rates next year if price growth slowed.",
     ],
     "related": ["Port of Puerto Alto handles 2 million containers"],
     "summary": "The central bank held its rate at 4.25%."},
    {"id": "cd-chamber-passes", "outlet": "cd", "round": 2, "feed": "rss",
     "path": "/capitaldispatch/politics/2026/10/21/rail-bill-passes-chamber.html",
     "title": "Tiranova's rail bill passes Chamber of Deputies 312 to 201",
     "dek": "The budget office raises its cost estimate to $9.1 billion",
     "author": "Daniel Reyes", "published": "2026-10-21T18:00:00Z",
     "paras": [
         "PUERTO ALTO, Oct 21 (Capital Dispatch) - Tiranova's Chamber of Deputies passed the rail modernisation bill by 312 votes to 201 on Wednesday, sending it to the Senate.",
         "The parliamentary budget office raised its cost estimate to $9.1 billion, citing higher prices for steel and copper.",
         "The Senate is expected to pass the bill within weeks.",
     ],
     "related": ["Central bank holds rates at 4.25%"],
     "summary": "Deputies passed the rail bill 312 to 201; cost now put at $9.1 billion."},
    {"id": "gm-chamber-syndicated", "outlet": "gm", "round": 2, "feed": "atom", "copy_of": "cd-chamber-passes",
     "path": "/gulfmercury/wire/tiranova-rail-bill-passes-chamber", "published": "2026-10-21T20:00:00Z",
     "summary": "From Capital Dispatch: the rail bill passed the Chamber of Deputies."},
    {"id": "eh-camara-aprueba", "outlet": "eh", "round": 2, "feed": "atom",
     "path": "/elheraldo/politica/la-camara-aprueba-la-ley-ferroviaria",
     "title": "La Cámara aprueba la ley ferroviaria por 312 votos contra 201",
     "dek": "El coste estimado sube a 9.100 millones de dólares",
     "author": "Lucía Márquez", "published": "2026-10-22T08:00:00Z",
     "paras": [
         "La Cámara de Diputados de Tiranova aprobó la ley de modernización ferroviaria por 312 votos contra 201.",
         "La oficina presupuestaria elevó el coste estimado a 9.100 millones de dólares.",
         "La ley aún no ha sido aprobada por el Senado, que debe votarla en noviembre.",
     ],
     "related": ["El banco central mantiene los tipos en el 4,25%"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "La Cámara aprobó la ley ferroviaria por 312 votos contra 201."},
    {"id": "np-senado-aprueba", "outlet": "np", "round": 3, "feed": "direct",
     "path": "/notasparlamentarias/2026/11/03/senado-aprueba-ley-ferroviaria/",
     "title": "El Senado aprueba definitivamente la ley de modernización ferroviaria",
     "author": "Andrés Vidal", "published": "2026-11-03T10:00:00Z",
     "paras": [
         "El Senado de Tiranova aprobó este martes la ley de modernización ferroviaria, que queda así aprobada por el Parlamento.",
         "El coste estimado es de 9.100 millones de dólares, según la oficina presupuestaria.",
         "El presidente todavía no ha firmado la ley; se espera que lo haga esta semana.",
     ],
     "about": "Notas Parlamentarias sigue cada votación del Parlamento.",
     "related": ["Cómo se vota una ley en 5 pasos"], "prev_post": "Entrada anterior", "next_post": "Entrada siguiente"},
    {"id": "cd-chamber-passes-updated", "outlet": "cd", "round": 3, "feed": "rss", "version_of": "cd-chamber-passes",
     "path": "/capitaldispatch/politics/2026/10/21/rail-bill-passes-chamber.html",
     "title": "Tiranova's president signs rail modernisation bill into law",
     "dek": "The cost is now estimated at $9.6 billion",
     "author": "Daniel Reyes", "published": "2026-10-21T18:00:00Z", "modified": "2026-11-05T12:00:00Z",
     "paras": [
         "PUERTO ALTO, Nov 5 (Capital Dispatch) - Tiranova's president signed the rail modernisation bill into law on Thursday, two days after the Senate gave its final approval.",
         "The parliamentary budget office now estimates the cost at $9.6 billion. The estimate, first put at $8.4 billion, has risen twice.",
         "Officials said costs could climb to $12 billion if copper prices kept rising.",
         "The Chamber of Deputies passed the bill by 312 votes to 201 in October.",
     ],
     "related": ["Central bank holds rates at 4.25%"],
     "summary": "The president signed the rail bill into law; cost now $9.6 billion."},
]
