"""Held-out set 3, story 1 (FICTIONAL): a coal-mine roof collapse in northern Spain, the rescue and
the recovery. Emergency lifecycle (search and rescue → recovery), casualty and rescue counts, a
tremor magnitude (a unitless measure), regional aid and per-family compensation (per-unit money)."""

SLUG = "corvalan-mine-collapse"
NAME = "Corvalán mine collapse (fictional)"
DESCRIPTION = ("Fictional: a roof collapse at the Corvalán coal mine in northern Spain traps 23 miners; "
               "the rescue, the toll and the aid that follows.")
TERMS = [["Corvalán", "Corvalan"], ["mine", "miners", "mina", "mineros", "pit", "colliery", "derrumbe"]]

SEEDS = {"01_first_report.txt": """
Spain
Miners trapped after roof collapse at Corvalán coal mine

A section of roof collapsed at the Corvalán coal mine in the northern Spanish province of Orcasur late on Sunday, trapping miners working at a depth of 420 metres, the regional government said. The number of men underground was not immediately known.

Mine rescue teams from three provinces were sent to the pit. A search and rescue operation is under way.
"""}

OUTLETS = {
    "iw": {"name": "Iberian Wire", "host": "iberianwire.example", "layout": "wire", "lang": "en"},
    "gt": {"name": "Gazette Today", "host": "gazettetoday.example", "layout": "table", "lang": "en"},
    "dn": {"name": "Diario del Norte", "host": "diariodelnorte.example", "layout": "blog", "lang": "es"},
    "ep": {"name": "El Pregonero", "host": "elpregonero.example", "layout": "jsonld", "lang": "es"},
    "sn": {"name": "Safety Notes", "host": "safetynotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Iberian Wire – Spain", None),
         "atom": ("Story alert: Corvalán mine", "tag:alerts.example,2026:corvalan-mine-collapse")}

ROUNDS = {1: "2026-10-05T20:00:00Z", 2: "2026-10-07T20:00:00Z", 3: "2026-10-10T20:00:00Z"}
ROUND_NOTES = {
    1: "First day: 23 miners on the shift, 2 dead, 4 brought out alive, 17 missing; tremor of magnitude 2.4 (Spanish blog, wire, syndicated copy).",
    2: "The wire updates its story in place: 5 dead, 10 rescued, 8 missing, magnitude revised to 2.9; 'al menos 5'; 3 million euros of aid and 30,000 euros per family; a slower outlet still says 2 dead.",
    3: "The search and rescue operation becomes a recovery operation; toll 13; aid raised to 8 million euros, compensation to 60,000 euros per family.",
}

PAGES = [
    {"id": "dn-derrumbe", "outlet": "dn", "round": 1, "feed": "atom",
     "path": "/diariodelnorte/2026/10/05/derrumbe-mina-corvalan/",
     "title": "Derrumbe en la mina de Corvalán: 2 muertos y 17 desaparecidos",
     "author": "Marta Igualada", "published": "2026-10-05T10:30:00Z",
     "paras": [
         "Un derrumbe en la mina de carbón de Corvalán ha causado 2 muertos y 17 desaparecidos, según el Gobierno regional de Orcasur. Cuatro mineros fueron rescatados con vida durante la noche.",
         "En el turno trabajaban 23 mineros a 420 metros de profundidad. El techo de una galería cedió poco antes de la medianoche, tras un temblor de magnitud 2,4 registrado en la zona.",
         "Los equipos de salvamento trabajan sin descanso en la operación de búsqueda y rescate.",
         "Las familias esperan noticias a la entrada del pozo.",
     ],
     "related": ["La comarca pierde 300 habitantes en un año", "Fútbol: el Orcasur empata 1-1"],
     "about": "Diario del Norte, noticias de la cuenca minera desde 2009.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "comment": "Mi abuelo murió en Peñarrubia en 1998. Ánimo a las familias.",
     "summary": "Un derrumbe en la mina de Corvalán deja 2 muertos y 17 desaparecidos."},
    {"id": "iw-collapse", "outlet": "iw", "round": 1, "feed": "rss",
     "path": "/iberianwire/spain/2026/10/05/corvalan-mine-collapse.html",
     "title": "Mine collapse in northern Spain kills 2, leaves 17 missing",
     "dek": "Rescuers bring 4 miners out alive from the Corvalán coal mine",
     "author": "Daniel Ortega Ruiz", "published": "2026-10-05T09:00:00Z",
     "paras": [
         "CORVALÁN, Spain, Oct 5 (Iberian Wire) - A roof collapse at the Corvalán coal mine in northern Spain has killed two miners, and 17 are still missing, the regional government of Orcasur said on Monday.",
         "Rescuers brought four miners out alive overnight. Twenty-three men were working at a depth of 420 metres when the roof of a gallery gave way shortly before midnight on Sunday.",
         "The national seismic institute said a tremor of magnitude 2.4 was recorded near the mine minutes before the collapse.",
         "A search and rescue operation involving more than 200 people is under way, officials said.",
         "The 1998 collapse at the nearby Peñarrubia pit killed 12 miners, the worst accident in the region in recent decades.",
     ],
     "related": ["Coal output in Orcasur fell 12% last year", "Spain sets date to close its last coal plants"],
     "comment": "Terrible news. In 1998 Peñarrubia took 12 lives and nothing changed.",
     "summary": "A roof collapse at the Corvalán coal mine killed two miners; 17 are missing."},
    {"id": "gt-syndicated", "outlet": "gt", "round": 1, "feed": "atom", "copy_of": "iw-collapse",
     "path": "/gazettetoday/world/wire-corvalan-mine-collapse", "published": "2026-10-05T11:00:00Z",
     "summary": "From Iberian Wire: a roof collapse at the Corvalán coal mine killed two miners."},
    {"id": "iw-huelva-copper", "outlet": "iw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/iberianwire/business/2026/10/04/huelva-copper-miners-strike.html",
     "title": "Copper miners in Huelva strike over bonuses",
     "author": "Daniel Ortega Ruiz", "published": "2026-10-04T16:00:00Z",
     "paras": [
         "HUELVA, Spain, Oct 4 (Iberian Wire) - About 1,500 miners at two copper mines in Huelva walked out on Sunday in a dispute over bonuses, the union said.",
         "The company offered a one-off payment of 900 euros per worker, which the union rejected.",
     ],
     "related": ["Copper price hits a two-year high"],
     "summary": "About 1,500 copper miners in Huelva walked out over bonuses."},
    {"id": "ep-fiestas", "outlet": "ep", "round": 1, "feed": "atom", "off_story": True,
     "path": "/elpregonero/cultura/corvalan-suspende-sus-fiestas",
     "title": "Corvalán suspende sus fiestas de otoño",
     "author": "Redacción", "published": "2026-10-05T13:00:00Z",
     "paras": [
         "El Ayuntamiento de Corvalán ha suspendido las fiestas de otoño, que debían empezar el viernes, y ha decretado tres días de luto.",
         "Las fiestas reúnen cada año a unas 8.000 personas en la plaza mayor.",
     ],
     "related": ["Agenda cultural de la semana"], "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Corvalán suspende sus fiestas de otoño."},
    {"id": "iw-collapse-updated", "outlet": "iw", "round": 2, "feed": "rss", "version_of": "iw-collapse",
     "path": "/iberianwire/spain/2026/10/05/corvalan-mine-collapse.html",
     "title": "Death toll in Corvalán mine collapse rises to 5; 10 miners rescued",
     "dek": "Tremor before the collapse revised to magnitude 2.9; 8 miners still missing",
     "author": "Daniel Ortega Ruiz", "published": "2026-10-05T09:00:00Z", "modified": "2026-10-06T08:00:00Z",
     "paras": [
         "CORVALÁN, Spain, Oct 6 (Iberian Wire) - Five miners have died in the roof collapse at the Corvalán coal mine in northern Spain, the regional government of Orcasur said on Tuesday.",
         "Rescuers have brought 10 miners out alive and 8 are still missing, officials said. The toll, first put at 2, rose after rescuers reached a flooded gallery overnight.",
         "The national seismic institute revised the magnitude of the tremor recorded before the collapse to 2.9.",
         "One union official said he feared the toll could rise to 13 if the missing men were not reached soon. The search and rescue operation continues.",
         "The 1998 collapse at the nearby Peñarrubia pit killed 12 miners, the worst accident in the region in recent decades.",
     ],
     "related": ["Coal output in Orcasur fell 12% last year", "Spain sets date to close its last coal plants"],
     "comment": "Terrible news. In 1998 Peñarrubia took 12 lives and nothing changed.",
     "summary": "Five miners have died in the Corvalán mine collapse; 10 rescued, 8 missing."},
    {"id": "ep-al-menos-5", "outlet": "ep", "round": 2, "feed": "atom",
     "path": "/elpregonero/sociedad/mina-corvalan-al-menos-5-muertos",
     "title": "Mina de Corvalán: al menos 5 muertos y 10 rescatados",
     "dek": "El Gobierno regional aprueba 3 millones de euros de ayuda",
     "author": "Lucía Fombona", "published": "2026-10-06T11:00:00Z",
     "paras": [
         "Al menos 5 mineros han muerto en el derrumbe de la mina de Corvalán, según el último balance del Gobierno regional. Los equipos de rescate han sacado con vida a 10 mineros.",
         "El consejo de gobierno de Orcasur ha aprobado 3 millones de euros de ayuda para la comarca y una indemnización de 30.000 euros por familia para las familias de los fallecidos.",
         "El temblor previo al derrumbe fue de magnitud 2,9, según el Instituto Sísmico.",
         "Las labores de búsqueda y rescate continúan en la galería inundada.",
     ],
     "related": ["El precio de la luz sube un 4%", "Orcasur recibe 2 millones para turismo"],
     "more_label": "Te puede interesar", "subscribe": "Suscríbete",
     "summary": "Al menos 5 muertos en la mina de Corvalán; 3 millones de euros de ayuda."},
    {"id": "gt-stale", "outlet": "gt", "round": 2, "feed": "atom",
     "path": "/gazettetoday/world/corvalan-families-wait-at-the-pithead",
     "title": "Corvalán families keep vigil at the pithead",
     "author": "Helen Marsh", "published": "2026-10-06T15:00:00Z",
     "paras": [
         "Families of the miners trapped in the Corvalán coal mine, where a collapse killed 2 miners on Sunday night, have kept a vigil at the pithead for two days.",
         "\"We bring coffee and we wait,\" said the wife of a shift supervisor. Volunteers have set up a kitchen in the miners' social club.",
         "The mine's owner, Carbones de Orcasur, said it was cooperating fully with the investigation.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend in Seville", "Five tips to cut your energy bill by 300 euros"],
     "summary": "Families of the trapped Corvalán miners keep vigil at the pithead."},
    {"id": "sn-recovery", "outlet": "sn", "round": 3, "feed": "atom",
     "path": "/safetynotes/2026/10/09/corvalan-rescue-becomes-recovery/",
     "title": "Corvalán mine: rescue becomes a recovery operation as toll reaches 13",
     "author": "Graham Ellery", "published": "2026-10-09T10:00:00Z",
     "paras": [
         "The search and rescue operation at the Corvalán coal mine has become a recovery operation, the regional government of Orcasur said on Friday. The death toll has risen to 13.",
         "Rescuers recovered the last bodies from the flooded gallery on Thursday night. Ten miners were rescued alive during the first two days.",
         "The regional government raised its aid for the mining district to 8 million euros, up from the 3 million euros approved on Tuesday, and doubled the compensation for each victim's family to 60,000 euros per family.",
         "Investigators are examining whether the tremor of magnitude 2.9 recorded before the collapse weakened the gallery roof.",
     ],
     "related": ["How mine rescue teams train", "Our 2025 report on underground safety"],
     "about": "Safety Notes follows industrial accidents and the lessons drawn from them."},
    {"id": "dn-recuperacion", "outlet": "dn", "round": 3, "feed": "direct",
     "path": "/diariodelnorte/2026/10/09/corvalan-operacion-recuperacion/",
     "title": "Corvalán: 13 muertos y fin del rescate",
     "author": "Marta Igualada", "published": "2026-10-09T18:00:00Z",
     "paras": [
         "La operación de rescate en la mina de Corvalán se ha convertido en una operación de recuperación de cuerpos. El balance definitivo es de 13 mineros muertos.",
         "El Gobierno regional ha elevado la ayuda a 8 millones de euros y la indemnización a 60.000 euros por familia.",
         "En 1998, el derrumbe de Peñarrubia mató a 12 mineros.",
     ],
     "related": ["La comarca pierde 300 habitantes en un año"],
     "about": "Diario del Norte, noticias de la cuenca minera desde 2009.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "summary": "La operación de rescate en Corvalán se convierte en recuperación: 13 muertos."},
]
