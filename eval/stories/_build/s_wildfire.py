SLUG = "valdecrespo-wildfire"
NAME = "Valdecrespo wildfire (fictional)"
DESCRIPTION = "Fictional: a wildfire in the hills around the Spanish town of Valdecrespo, its toll, the evacuations and the emergency response."
TERMS = [["Valdecrespo"],
         ["wildfire", "fire", "blaze", "incendio", "fuego", "incendios", "llamas"]]

SEEDS = {"01_fire_breaks_out.txt": """
World
Wildfire forces evacuations near Valdecrespo

A wildfire fanned by strong winds swept through pine forests near the town of Valdecrespo in central Spain on Sunday evening, and emergency services ordered residents of two villages to leave their homes.

More than 300 firefighters and 12 aircraft were fighting the blaze, the regional emergency service said.
"""}

OUTLETS = {
    "ew": {"name": "Euro Wire", "host": "eurowire.example", "layout": "wire", "lang": "en"},
    "mt": {"name": "Morning Tribune", "host": "morningtribune.example", "layout": "table", "lang": "en"},
    "es": {"name": "El Eco de la Sierra", "host": "ecodelasierra.example", "layout": "blog", "lang": "es"},
    "dm": {"name": "Diario Meridiano", "host": "diariomeridiano.example", "layout": "jsonld", "lang": "es"},
    "fw": {"name": "Fireline Notes", "host": "firelinenotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Euro Wire – World", None),
         "atom": ("Story alert: Valdecrespo wildfire", "tag:alerts.example,2026:valdecrespo-wildfire")}

ROUNDS = {1: "2026-08-10T21:00:00Z", 2: "2026-08-12T20:00:00Z", 3: "2026-08-14T20:00:00Z"}
ROUND_NOTES = {1: "First day: 3 dead, 2,000 evacuated, 1,200 hectares burned, state of emergency declared (wire, Spanish blog, syndicated copy).",
               2: "The wire updates its story in place: 5,400 evacuated, 3,800 hectares; a Spanish daily says 'al menos 5.400' and 'más de 3.800', 5 million euros of aid, 'podría arrasar hasta 10.000'; a slower paper still says 2,000.",
               3: "Toll rises to 9, aid raised to 12 million euros, state of emergency extended."}

PAGES = [
    {"id": "ew-fire", "outlet": "ew", "round": 1, "feed": "rss",
     "path": "/eurowire/world/2026/08/10/spain-valdecrespo-wildfire.html",
     "title": "Wildfire kills three in central Spain, thousands evacuated",
     "dek": "Regional government declares a state of emergency around Valdecrespo",
     "author": "Daniel Ortega-Reyes", "published": "2026-08-10T09:00:00Z",
     "paras": [
         "VALDECRESPO, Spain, Aug 10 (Euro Wire) - A wildfire driven by strong winds has killed 3 people and forced 2,000 people to leave their homes near the town of Valdecrespo in central Spain, the regional emergency service said on Monday.",
         "The fire has burned 1,200 hectares of pine forest and farmland since it broke out on Sunday evening. The three dead were a farmer and an elderly couple whose car was caught by the flames on a rural road.",
         "The regional government declared a state of emergency on Monday morning, allowing it to call in the army's emergency unit.",
         "The 1994 fires in the region killed 40 people and burned more than 25,000 hectares.",
     ],
     "related": ["Heatwave: Portugal records 46.2C", "Olive oil prices rise 12% on drought fears"],
     "comment": "Stay safe everyone. My grandparents lost their house in the 1994 fires.",
     "summary": "A wildfire near Valdecrespo has killed 3 people and forced 2,000 to leave their homes."},
    {"id": "es-incendio", "outlet": "es", "round": 1, "feed": "atom",
     "path": "/ecodelasierra/2026/08/10/incendio-valdecrespo-tres-muertos/",
     "title": "El incendio de Valdecrespo deja tres muertos y 2.000 desalojados",
     "author": "Lucía Montalbán", "published": "2026-08-10T11:00:00Z",
     "paras": [
         "Tres personas han muerto en el incendio forestal que arrasa desde el domingo los montes de Valdecrespo, según el servicio de emergencias regional. Unos 2.000 vecinos de Valdecrespo y de la pedanía de Los Llanos han sido desalojados.",
         "Las llamas han calcinado ya 1.200 hectáreas. El Gobierno regional ha declarado la situación de emergencia y ha pedido la intervención de la Unidad Militar de Emergencias.",
         "Los desalojados pasan la noche en el polideportivo municipal.",
     ],
     "related": ["Ola de calor: 44 grados en Córdoba", "Las fiestas de agosto, aplazadas"],
     "about": "El Eco de la Sierra, periodismo local desde 2012.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "comment": "Ánimo a todos los vecinos. En 2012 ardieron 800 hectáreas aquí al lado.",
     "summary": "Tres muertos y 2.000 desalojados en el incendio de Valdecrespo."},
    {"id": "mt-fire-syndicated", "outlet": "mt", "round": 1, "feed": "atom", "copy_of": "ew-fire",
     "path": "/morningtribune/world/wire-spain-wildfire-valdecrespo", "published": "2026-08-10T12:30:00Z",
     "summary": "From Euro Wire: a wildfire near Valdecrespo has killed 3 people."},
    {"id": "ew-portugal-heat", "outlet": "ew", "round": 1, "feed": "rss", "off_story": True,
     "path": "/eurowire/world/2026/08/09/portugal-heatwave-record.html",
     "title": "Portugal records 46.2C as heatwave grips Iberia",
     "author": "Ana Ribeiro", "published": "2026-08-09T16:00:00Z",
     "paras": [
         "LISBON, Aug 9 (Euro Wire) - Portugal recorded a temperature of 46.2C in the Alentejo on Sunday, and the health ministry said 2 people had died of heatstroke.",
         "Authorities put 14 districts on red alert for the risk of forest fires.",
     ],
     "related": ["Olive oil prices rise 12% on drought fears"],
     "summary": "Portugal recorded 46.2C; 14 districts on red alert."},
    {"id": "es-nave-zaragoza", "outlet": "es", "round": 1, "feed": "atom", "off_story": True,
     "path": "/ecodelasierra/2026/08/09/incendio-nave-industrial/",
     "title": "Un incendio destruye una nave industrial en el polígono de La Vega",
     "author": "Redacción", "published": "2026-08-09T10:00:00Z",
     "paras": [
         "Un incendio destruyó este domingo una nave de almacenaje en el polígono de La Vega. No hubo heridos, pero 40 trabajadores tuvieron que ser desalojados.",
         "Los bomberos tardaron 5 horas en controlar las llamas. Los daños se calculan en 2 millones de euros.",
     ],
     "about": "El Eco de la Sierra, periodismo local desde 2012.",
     "summary": "Un incendio destruye una nave industrial en La Vega."},
    # round 2
    {"id": "ew-fire-updated", "outlet": "ew", "round": 2, "feed": "rss", "version_of": "ew-fire",
     "path": "/eurowire/world/2026/08/10/spain-valdecrespo-wildfire.html",
     "title": "Spain wildfire forces 5,400 from homes as flames spread",
     "dek": "Fire near Valdecrespo has burned 3,800 hectares; three dead",
     "author": "Daniel Ortega-Reyes", "published": "2026-08-10T09:00:00Z", "modified": "2026-08-11T18:00:00Z",
     "paras": [
         "VALDECRESPO, Spain, Aug 11 (Euro Wire) - A wildfire near the town of Valdecrespo in central Spain has forced 5,400 people to leave their homes, the regional emergency service said on Tuesday, as shifting winds pushed the flames towards two more villages.",
         "The fire has now burned 3,800 hectares. The number of evacuees, first put at 2,000, rose after the emergency service ordered the village of Fuenteseca cleared overnight.",
         "The blaze has killed 3 people. The state of emergency declared on Monday remains in force, and officials said the burned area could rise to 10,000 hectares if the wind did not drop.",
         "The 1994 fires in the region killed 40 people and burned more than 25,000 hectares.",
     ],
     "related": ["Heatwave: Portugal records 46.2C", "Olive oil prices rise 12% on drought fears"],
     "comment": "Stay safe everyone. My grandparents lost their house in the 1994 fires.",
     "summary": "The Valdecrespo wildfire has forced 5,400 people from their homes and burned 3,800 hectares."},
    {"id": "dm-almenos-5400", "outlet": "dm", "round": 2, "feed": "atom",
     "path": "/diariomeridiano/espana/incendio-valdecrespo-al-menos-5400-desalojados",
     "title": "El incendio de Valdecrespo obliga a desalojar al menos a 5.400 personas",
     "dek": "La Junta aprueba 5 millones de euros en ayudas urgentes",
     "author": "Javier Castellanos", "published": "2026-08-11T20:00:00Z",
     "paras": [
         "Al menos 5.400 personas han tenido que abandonar sus casas por el incendio de Valdecrespo, que ha quemado ya más de 3.800 hectáreas, según el último balance del servicio de emergencias.",
         "El Consejo de Gobierno regional aprobó este martes 5 millones de euros en ayudas urgentes para los afectados. La situación de emergencia no se ha levantado y los técnicos advierten de que el fuego podría arrasar hasta 10.000 hectáreas.",
         "El incendio no está estabilizado. Se espera que los medios aéreos retomen los trabajos al amanecer.",
         "El gran incendio de 1994 en la comarca causó 40 muertos.",
     ],
     "related": ["La sequía reduce un 30% la cosecha de cereal", "El Ibex cierra con una subida del 0,6%"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Al menos 5.400 desalojados por el incendio de Valdecrespo; 5 millones en ayudas."},
    {"id": "mt-stale", "outlet": "mt", "round": 2, "feed": "atom",
     "path": "/morningtribune/world/valdecrespo-fire-evacuees-wait-in-sports-hall",
     "title": "Valdecrespo fire evacuees wait it out in a sports hall",
     "author": "Rachel Dunmore", "published": "2026-08-11T21:00:00Z",
     "paras": [
         "The wildfire that has forced 2,000 people from their homes around Valdecrespo has turned the town's sports hall into a dormitory, with camp beds laid out across the basketball court.",
         "\"We left with the clothes we were wearing,\" said a retired teacher from Los Llanos.",
         "Volunteers from nearby towns brought water, food and medicines.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend for two", "Holiday traffic: what to expect"],
     "summary": "Evacuees from the Valdecrespo wildfire wait in the town's sports hall."},
    # round 3
    {"id": "fw-toll-9", "outlet": "fw", "round": 3, "feed": "atom",
     "path": "/firelinenotes/2026/08/13/valdecrespo-fire-toll-rises-to-nine/",
     "title": "Valdecrespo fire: toll rises to nine, emergency extended",
     "author": "Owen Pritchard", "published": "2026-08-13T22:00:00Z",
     "paras": [
         "The death toll from the Valdecrespo wildfire in central Spain rose to 9 on Thursday, the regional emergency service said, after the bodies of six people were found in a burned-out hamlet east of the town.",
         "The regional government extended the state of emergency by 15 days and raised its emergency aid to 12 million euros, up from the 5 million euros approved on Tuesday.",
         "Firefighters said the fire was not yet under control. Officials warned the toll could rise as teams searched outlying farms.",
         "Some 5,400 people remain out of their homes.",
     ],
     "related": ["How to give safely after a disaster", "Our 2025 appeal raised 1.4 million"],
     "about": "Fireline Notes follows wildfire seasons and the people who fight them."},
    {"id": "es-prorroga", "outlet": "es", "round": 3, "feed": "atom",
     "path": "/ecodelasierra/2026/08/14/valdecrespo-nueve-muertos-prorroga-emergencia/",
     "title": "Nueve muertos en el incendio de Valdecrespo; el Gobierno prorroga la emergencia",
     "author": "Lucía Montalbán", "published": "2026-08-14T09:00:00Z",
     "paras": [
         "El incendio de Valdecrespo ha causado ya 9 muertos, según el último balance del servicio de emergencias.",
         "El Gobierno regional ha prorrogado la situación de emergencia otros quince días y ha elevado las ayudas a 12 millones de euros.",
         "En 1994 el fuego mató a 40 personas en la comarca.",
     ],
     "about": "El Eco de la Sierra, periodismo local desde 2012.",
     "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "summary": "Nueve muertos en el incendio de Valdecrespo; se prorroga la emergencia."},
]
