SLUG = "montevasco-quake"
NAME = "Montevasco earthquake (fictional)"
DESCRIPTION = "Fictional: a strong earthquake near the southern Italian town of Montevasco, its toll and the relief effort."
TERMS = [["Montevasco"], ["earthquake", "quake", "terremoto", "sisma", "scossa"]]

SEEDS = {"01_first_report.txt": """
World
Earthquake near Montevasco kills 38

A magnitude 6.6 earthquake struck near the town of Montevasco in southern Italy before dawn, killing 38 people, the civil protection agency said.

Rescuers were searching collapsed buildings in the old town, where many houses date from the 18th century.
"""}

OUTLETS = {
    "aw": {"name": "Adriatic Wire", "host": "adriaticwire.example", "layout": "wire", "lang": "en"},
    "dc": {"name": "Daily Courier", "host": "dailycourier.example", "layout": "table", "lang": "en"},
    "cs": {"name": "Cronaca del Sud", "host": "cronacadelsud.example", "layout": "blog", "lang": "it"},
    "if": {"name": "Il Faro", "host": "ilfaro.example", "layout": "jsonld", "lang": "it"},
    "rn": {"name": "Relief Notes", "host": "reliefnotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Adriatic Wire – World", None),
         "atom": ("Story alert: Montevasco earthquake", "tag:alerts.example,2026:montevasco-quake")}

ROUNDS = {1: "2026-11-14T20:00:00Z", 2: "2026-11-16T20:00:00Z", 3: "2026-11-19T20:00:00Z"}
ROUND_NOTES = {1: "First day: 38 dead, magnitude 6.6 (Italian paper, wire, syndicated copy).",
               2: "The wire updates its story in place: 112 dead, 640 injured, magnitude revised to 6.8; 'almeno 112'; 20 million euros of aid; a slower outlet still says 38.",
               3: "Toll rises to 140; aid raised to 50 million euros."}

PAGES = [
    {"id": "cs-terremoto", "outlet": "cs", "round": 1, "feed": "atom",
     "path": "/cronacadelsud/2026/11/14/terremoto-montevasco/",
     "title": "Terremoto a Montevasco, 38 morti",
     "author": "Carmela Russo", "published": "2026-11-14T06:30:00Z",
     "paras": [
         "Una scossa di terremoto di magnitudo 6.6 ha colpito Montevasco alle 3.12 di questa notte. Il terremoto ha causato 38 morti, secondo la Protezione civile.",
         "Nel centro storico sono crollate decine di case. I soccorritori scavano tra le macerie alla ricerca di dispersi.",
         "Il sindaco ha chiesto alla popolazione di non rientrare nelle abitazioni lesionate.",
     ],
     "related": ["Maltempo, 3 milioni di danni in Sila", "Calcio: il Cosenza vince 2-1"],
     "about": "Cronaca del Sud, notizie dal territorio dal 2011.", "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Scossa di magnitudo 6.6 a Montevasco: 38 morti."},
    {"id": "aw-quake", "outlet": "aw", "round": 1, "feed": "rss",
     "path": "/adriaticwire/world/2026/11/14/montevasco-earthquake.html",
     "title": "Magnitude 6.6 earthquake kills 38 in southern Italy",
     "dek": "Rescuers search collapsed houses in the old town of Montevasco",
     "author": "Luca Bianchi", "published": "2026-11-14T08:00:00Z",
     "paras": [
         "MONTEVASCO, Italy, Nov 14 (Adriatic Wire) - A magnitude 6.6 earthquake struck near the southern Italian town of Montevasco before dawn on Saturday, killing 38 people, the civil protection agency said.",
         "Hundreds of people were injured and many more spent the night in the open. Officials warned the toll could rise as rescuers reached outlying villages.",
         "The 2009 quake in L'Aquila killed 309 people, the deadliest in Italy in recent decades.",
         "Prime Minister's office said the government would declare a state of emergency for the area.",
     ],
     "related": ["Storm damage in Sicily put at 3 million euros", "Volcano alert raised on Stromboli"],
     "comment": "Praying for everyone in Montevasco. In 1980 the Irpinia quake killed almost 3,000.",
     "summary": "A magnitude 6.6 earthquake near Montevasco killed 38 people."},
    {"id": "dc-quake-syndicated", "outlet": "dc", "round": 1, "feed": "atom", "copy_of": "aw-quake",
     "path": "/dailycourier/world/wire-montevasco-earthquake", "published": "2026-11-14T09:30:00Z",
     "summary": "From Adriatic Wire: a magnitude 6.6 earthquake near Montevasco killed 38 people."},
    {"id": "aw-sicily-storm", "outlet": "aw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/adriaticwire/world/2026/11/13/sicily-storm-floods.html",
     "title": "Storm floods coastal roads in Sicily",
     "author": "Luca Bianchi", "published": "2026-11-13T17:00:00Z",
     "paras": [
         "PALERMO, Nov 13 (Adriatic Wire) - Heavy rain flooded coastal roads in eastern Sicily on Friday, and 2 people were hurt when a wall collapsed in Catania, officials said.",
         "Regional authorities put the damage at about 3 million euros and closed 12 schools.",
     ],
     "related": ["Volcano alert raised on Stromboli"],
     "summary": "Heavy rain flooded roads in eastern Sicily; 2 people were hurt."},
    {"id": "cs-terremoto-politico", "outlet": "cs", "round": 1, "feed": "atom", "off_story": True,
     "path": "/cronacadelsud/2026/11/13/terremoto-politico-in-regione/",
     "title": "Terremoto politico in Regione: si dimette l'assessore",
     "author": "Redazione", "published": "2026-11-13T12:00:00Z",
     "paras": [
         "Terremoto politico in Regione: l'assessore ai trasporti si è dimesso dopo l'inchiesta sugli appalti da 14 milioni di euro.",
         "La maggioranza ha convocato un vertice per lunedì. L'opposizione chiede elezioni anticipate.",
     ],
     "about": "Cronaca del Sud, notizie dal territorio dal 2011.",
     "summary": "Si dimette l'assessore ai trasporti."},
    {"id": "aw-quake-updated", "outlet": "aw", "round": 2, "feed": "rss", "version_of": "aw-quake",
     "path": "/adriaticwire/world/2026/11/14/montevasco-earthquake.html",
     "title": "Death toll in Montevasco earthquake rises to 112",
     "dek": "Magnitude revised to 6.8; 640 people injured",
     "author": "Luca Bianchi", "published": "2026-11-14T08:00:00Z", "modified": "2026-11-15T07:00:00Z",
     "paras": [
         "MONTEVASCO, Italy, Nov 15 (Adriatic Wire) - The death toll from the earthquake that struck near the southern Italian town of Montevasco rose to 112 on Sunday, the civil protection agency said, and 640 people were injured.",
         "The national geophysics institute revised the quake's magnitude to 6.8. The toll, first put at 38, rose sharply as rescuers reached villages cut off by landslides.",
         "One regional official said the toll could rise to 500 if the missing were not found alive, but the agency gave no estimate.",
         "The 2009 quake in L'Aquila killed 309 people, the deadliest in Italy in recent decades.",
     ],
     "related": ["Storm damage in Sicily put at 3 million euros", "Volcano alert raised on Stromboli"],
     "comment": "Praying for everyone in Montevasco. In 1980 the Irpinia quake killed almost 3,000.",
     "summary": "The death toll from the Montevasco earthquake rose to 112; 640 injured."},
    {"id": "if-almeno-112", "outlet": "if", "round": 2, "feed": "atom",
     "path": "/ilfaro/cronaca/terremoto-montevasco-almeno-112-vittime",
     "title": "Terremoto a Montevasco, almeno 112 vittime",
     "dek": "Il governo stanzia 20 milioni di euro per i primi soccorsi",
     "author": "Giulia Ferri", "published": "2026-11-15T10:00:00Z",
     "paras": [
         "Sono almeno 112 le vittime del terremoto di magnitudo 6.8 che ha colpito Montevasco, secondo l'ultimo bilancio della Protezione civile. I feriti sono 640.",
         "Il Consiglio dei ministri ha dichiarato lo stato di emergenza e ha stanziato 20 milioni di euro per i primi soccorsi.",
         "Migliaia di sfollati hanno passato la notte nelle tende allestite nel campo sportivo.",
     ],
     "related": ["Manovra, il governo cerca 3 miliardi", "Meteo: arriva il freddo"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Almeno 112 vittime del terremoto di Montevasco; 20 milioni di euro per i soccorsi."},
    {"id": "dc-quake-stale", "outlet": "dc", "round": 2, "feed": "atom",
     "path": "/dailycourier/world/montevasco-survivors-tell-of-night-in-the-open",
     "title": "Montevasco survivors tell of a night in the open",
     "author": "Sarah Pike", "published": "2026-11-15T14:00:00Z",
     "paras": [
         "Survivors of the earthquake that killed 38 people in Montevasco described a night spent in cars and tents as aftershocks shook the town.",
         "\"We heard a roar and then the walls came down,\" said a baker whose shop on the main square collapsed.",
         "Volunteers from across the region brought blankets and food to the sports ground where families gathered.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend for two", "This one trick saves 500 euros a year"],
     "summary": "Survivors of the Montevasco earthquake describe their night in the open."},
    {"id": "rn-toll-140", "outlet": "rn", "round": 3, "feed": "atom",
     "path": "/reliefnotes/2026/11/17/montevasco-toll-140-aid-raised/",
     "title": "Montevasco earthquake: toll reaches 140 as aid is raised",
     "author": "Tom Hadley", "published": "2026-11-17T09:00:00Z",
     "paras": [
         "The death toll from the Montevasco earthquake rose to 140 on Tuesday, the civil protection agency said, after more bodies were recovered from the old town.",
         "The number of injured remains 640, many of them treated in field hospitals.",
         "The government raised its emergency aid to 50 million euros, up from the 20 million euros announced on Sunday.",
         "Aid groups said shelter before the winter was now the priority for some 6,000 displaced people.",
     ],
     "related": ["How to give safely after a disaster", "Our 2025 appeal raised 1.2 million"],
     "about": "Relief Notes follows humanitarian responses."},
    {"id": "cs-bilancio-140", "outlet": "cs", "round": 3, "feed": "atom",
     "path": "/cronacadelsud/2026/11/18/montevasco-bilancio-sale-a-140/",
     "title": "Montevasco, il bilancio sale a 140 morti",
     "author": "Carmela Russo", "published": "2026-11-18T08:00:00Z",
     "paras": [
         "Il bilancio del terremoto di Montevasco è salito a 140 morti. Lo ha comunicato la Protezione civile.",
         "Il governo ha portato gli aiuti di emergenza a 50 milioni di euro.",
         "Nel 2009 il terremoto dell'Aquila uccise 309 persone.",
     ],
     "about": "Cronaca del Sud, notizie dal territorio dal 2011.", "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Il bilancio del terremoto di Montevasco sale a 140 morti."},
]
