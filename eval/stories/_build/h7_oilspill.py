"""Held-out set 7, story 2 (FICTIONAL): the bulk carrier Marisol Star runs aground off Capo
Lentisco on the Italian-speaking island of Valtaresa and leaks heavy fuel oil. The oil leaked rises
(tonnes), the coastline fouled grows (km), the oiled birds are counted up (count), the fuel pumped
out of the tanks rises (percent), the clean-up bill is revised (money), and the ship is refloated
(status). Languages: en, it, es."""

SLUG = "marisol-star-oil-spill"
NAME = "Marisol Star grounding and oil spill (fictional)"
DESCRIPTION = ("Fictional: the bulk carrier Marisol Star runs aground off Capo Lentisco on the island of Valtaresa "
               "and leaks heavy fuel oil: tonnes leaked, kilometres of coastline fouled, oiled birds, the fuel "
               "pumped out, the clean-up bill and the salvage of the ship.")
TERMS = [["Marisol Star", "Valtaresa", "Capo Lentisco"],
         ["oil", "spill", "spilled", "spilt", "slick", "fuel", "aground", "grounding", "grounded", "salvage",
          "salvors", "refloated", "clean-up",
          "petrolio", "carburante", "gasolio", "sversamento", "sversate", "chiazza", "marea nera", "incagliata",
          "incaglio", "disincagliata", "disincaglio", "idrocarburi", "bonifica",
          "vertido", "fueloil", "combustible", "mancha", "marea negra", "chapapote", "encallado",
          "encallada", "encalló", "reflotado", "reflotamiento", "hidrocarburo"]]

SEEDS = {"01_grounding.txt": """
Valtaresa
Cargo ship runs aground off Capo Lentisco

The bulk carrier Marisol Star ran aground on rocks off Capo Lentisco, on the western coast of the island of Valtaresa, during a storm overnight. The coast guard airlifted its crew to safety.

The island's authorities said oil was seen around the hull at first light and that booms were being laid to protect the beaches and the marine reserve of the Secche di Lentisco.
"""}

OUTLETS = {
    "mw": {"name": "Meridian Maritime Wire", "host": "meridianmaritimewire.example", "layout": "wire", "lang": "en"},
    "gv": {"name": "Gazzetta di Valtaresa", "host": "gazzettadivaltaresa.example", "layout": "jsonld", "lang": "it"},
    "mv": {"name": "Mar Vivo", "host": "marvivo.example", "layout": "blog", "lang": "es"},
    "ih": {"name": "The Island Herald", "host": "islandherald.example", "layout": "table", "lang": "en"},
    "ssn": {"name": "Salvage & Shipping Notes", "host": "salvageshippingnotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Meridian Maritime Wire – Casualties", None),
         "atom": ("Story alert: Marisol Star spill", "tag:alerts.example,2027:marisol-star-oil-spill")}

ROUNDS = {1: "2027-09-13T20:00:00Z", 2: "2027-09-17T20:00:00Z", 3: "2027-09-29T20:00:00Z"}
ROUND_NOTES = {
    1: "The Marisol Star is aground off Capo Lentisco with 1,900 tonnes of heavy fuel oil on board; 80 tonnes have leaked and 12 km of coastline are fouled; the ship has not been refloated (English wire, Italian paper, syndicated copy).",
    2: "The wire updates its story in place: 350 tonnes leaked; a Spanish environmental blog reports 31 km of coast fouled, 'al menos 350' tonnes, 140 oiled birds, 40% of the fuel pumped out and a clean-up put at 15 million euros, with the ship still aground.",
    3: "The ship is refloated and towed away; 520 tonnes leaked in all, 600 oiled birds, 95% of the fuel was pumped out first, and the clean-up is now put at 42 million euros; a slower outlet still writes of the ship aground and 350 tonnes.",
}

GV_RELATED = ["Traghetti, dal 1° ottobre orari invernali", "Vendemmia 2027: raccolto in calo del 12%"]
MV_ABOUT = "Mar Vivo es un cuaderno sobre las costas y el mar Mediterráneo, escrito por voluntarios desde 2015."

PAGES = [
    {"id": "mw-aground", "outlet": "mw", "round": 1, "feed": "rss",
     "path": "/casualties/2027/09/12/marisol-star-aground-valtaresa-oil-leak.html",
     "title": "Bulk carrier aground off Valtaresa leaks fuel oil onto island's coast",
     "dek": "Crew of 22 airlifted; 80 tonnes of fuel oil have leaked, the coast guard says",
     "author": "Fergus Hale", "published": "2027-09-12T11:00:00Z",
     "paras": [
         "VALTARESA, Sept 12 (Meridian Maritime Wire) - The bulk carrier Marisol Star ran aground off Capo Lentisco on the Italian island of Valtaresa in a storm on Saturday night and has leaked about 80 tonnes of heavy fuel oil, the coast guard said on Sunday.",
         "All 22 crew members were airlifted to safety. The ship, owned by Kestrel Bulk Carriers, was carrying 1,900 tonnes of heavy fuel oil in its tanks and 41,000 tonnes of grain.",
         "Oil has fouled 12 km of coastline, including beaches near the fishing village of Porto Amarì.",
         "Salvage teams have not yet been able to board the ship, which is stuck on rocks and listing. The coast guard said the fuel could start to leak faster if the hull cracks further.",
         "In 1998 the tanker Aurelia spilled 14,000 tonnes of crude oil off the island's northern coast, the worst spill in its history.",
     ],
     "related": ["Strait pilots warn of rising traffic", "Port of Ravenne orders two new tugs"],
     "comment": "My family fished off Porto Amarì for 40 years. Heartbreaking.",
     "summary": "The Marisol Star, aground off Valtaresa, has leaked 80 tonnes of fuel oil."},
    {"id": "gv-chiazza", "outlet": "gv", "round": 1, "feed": "atom",
     "path": "/cronaca/2027/09/13/marisol-star-incagliata-capo-lentisco-chiazza",
     "title": "Marisol Star incagliata a Capo Lentisco, la chiazza arriva a Porto Amarì",
     "dek": "Sversate 80 tonnellate di carburante, 12 chilometri di costa inquinati",
     "author": "Marta Saliceti", "published": "2027-09-13T06:00:00Z",
     "paras": [
         "La nave Marisol Star è ancora incagliata sugli scogli di Capo Lentisco, due giorni dopo la tempesta che l'ha spinta verso la costa. Dai serbatoi sono uscite finora 80 tonnellate di olio combustibile pesante, secondo la Capitaneria di porto.",
         "La chiazza ha raggiunto 12 chilometri di costa, dalla spiaggia della Ghiaia fino a Porto Amarì. Il sindaco ha vietato la balneazione e la pesca nella zona.",
         "La nave non è stata ancora disincagliata: il disincaglio è previsto solo dopo che i serbatoi saranno stati svuotati. A bordo ci sono ancora circa 1.900 tonnellate di carburante.",
         "Gli ambientalisti temono per la riserva marina delle Secche di Lentisco, dove nidificano i gabbiani corsi.",
     ],
     "related": GV_RELATED, "more_label": "Altre notizie da Valtaresa", "subscribe": "Abbonati",
     "summary": "Marisol Star incagliata a Capo Lentisco: sversate 80 tonnellate di carburante."},
    {"id": "ih-syndicated", "outlet": "ih", "round": 1, "feed": "atom", "copy_of": "mw-aground",
     "path": "/herald/news/wire-bulk-carrier-aground-off-valtaresa", "published": "2027-09-12T15:00:00Z",
     "summary": "From Meridian Maritime Wire: bulk carrier aground off Valtaresa leaks fuel oil."},
    {"id": "mw-tourism", "outlet": "mw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/ports/2027/09/10/valtaresa-cruise-calls-record-season.html",
     "title": "Valtaresa expects record 310 cruise calls this season",
     "author": "Fergus Hale", "published": "2027-09-10T09:00:00Z",
     "paras": [
         "VALTARESA, Sept 10 (Meridian Maritime Wire) - The island of Valtaresa expects a record 310 cruise ship calls this year, up 14% on 2026, its port authority said on Friday.",
         "A new cruise pier at Porto Amarì, costing 28 million euros, is due to open in the spring.",
     ],
     "related": ["Strait pilots warn of rising traffic"],
     "summary": "Valtaresa expects a record 310 cruise calls."},
    {"id": "mv-oleoducto", "outlet": "mv", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/09/11/fuga-oleoducto-golfo-de-arenys/",
     "title": "Una fuga en un oleoducto mancha 3 kilómetros de playa en el golfo de Arenys",
     "author": "Nuria Olabarrieta", "published": "2027-09-11T17:00:00Z",
     "paras": [
         "Una fuga en el oleoducto que une la refinería de Sant Pol con el puerto ha vertido unas 6 toneladas de hidrocarburo en el golfo de Arenys y ha manchado 3 kilómetros de playa.",
         "La empresa asegura que la fuga está controlada y que la limpieza terminará en una semana.",
     ],
     "about": MV_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "summary": "Fuga en un oleoducto en el golfo de Arenys: 3 kilómetros de playa manchados."},
    {"id": "mw-aground-updated", "outlet": "mw", "round": 2, "feed": "rss", "version_of": "mw-aground",
     "path": "/casualties/2027/09/12/marisol-star-aground-valtaresa-oil-leak.html",
     "title": "Oil leak from ship aground off Valtaresa rises to 350 tonnes",
     "dek": "Hull cracked in second storm; salvors start pumping out fuel",
     "author": "Fergus Hale", "published": "2027-09-12T11:00:00Z", "modified": "2027-09-15T17:00:00Z",
     "paras": [
         "VALTARESA, Sept 15 (Meridian Maritime Wire) - The amount of fuel oil leaked from the bulk carrier Marisol Star, aground off Capo Lentisco on the Italian island of Valtaresa since Saturday, has risen to 350 tonnes after its hull cracked in a second storm, the coast guard said on Wednesday.",
         "The leak, first estimated at 80 tonnes, is now one of the largest in the Mediterranean in a decade. The ship had 1,900 tonnes of heavy fuel oil in its tanks when it ran aground.",
         "Salvors from the Dutch firm Van Leeuwarden boarded the ship on Tuesday and have started pumping fuel into a tanker alongside.",
         "All 22 crew members were airlifted to safety on Saturday night.",
         "In 1998 the tanker Aurelia spilled 14,000 tonnes of crude oil off the island's northern coast, the worst spill in its history.",
     ],
     "related": ["Strait pilots warn of rising traffic", "Port of Ravenne orders two new tugs"],
     "comment": "My family fished off Porto Amarì for 40 years. Heartbreaking.",
     "summary": "The oil leak from the Marisol Star has risen to 350 tonnes."},
    {"id": "mv-marea-negra", "outlet": "mv", "round": 2, "feed": "atom",
     "path": "/2027/09/16/marisol-star-marea-negra-valtaresa/",
     "title": "Marisol Star: la marea negra de Valtaresa ya cubre 31 kilómetros de costa",
     "author": "Nuria Olabarrieta", "published": "2027-09-16T09:00:00Z",
     "paras": [
         "La marea negra del Marisol Star, el granelero encallado desde el sábado frente a Capo Lentisco, en la isla italiana de Valtaresa, ya ha manchado 31 kilómetros de costa. Del buque han salido al menos 350 toneladas de fueloil pesado.",
         "Los voluntarios han recogido 140 aves petroleadas, sobre todo gaviotas y cormoranes; muchas no sobrevivirán.",
         "Los equipos de salvamento han bombeado ya el 40 % del combustible que quedaba en los tanques. El buque sigue encallado y no será reflotado antes de que se vacíen del todo.",
         "La región calcula que la limpieza costará 15 millones de euros. Si el casco se parte, el barco podría verter hasta 1.900 toneladas, advierten los ecologistas.",
         "La armadora, Kestrel Bulk Carriers, no ha aceptado todavía su responsabilidad.",
     ],
     "about": MV_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "related": ["Fuga en un oleoducto en el golfo de Arenys", "Posidonia: 8 años para recuperar una pradera"],
     "comment": "En 2002 yo fui voluntario en Galicia, 3 meses limpiando. Ánimo a todos.",
     "summary": "La marea negra del Marisol Star ya cubre 31 kilómetros de costa."},
    {"id": "gv-disincagliata", "outlet": "gv", "round": 3, "feed": "atom",
     "path": "/cronaca/2027/09/28/marisol-star-disincagliata-rimorchiata",
     "title": "Marisol Star disincagliata e rimorchiata via da Capo Lentisco",
     "dek": "Sversate in tutto 520 tonnellate di carburante; la bonifica costerà 42 milioni di euro",
     "author": "Marta Saliceti", "published": "2027-09-28T07:00:00Z",
     "paras": [
         "Dopo sedici giorni sugli scogli, la Marisol Star è stata disincagliata ieri sera con l'alta marea ed è stata rimorchiata verso il porto di Ravenne, dove sarà ispezionata.",
         "Prima del disincaglio i tecnici hanno pompato il 95% del carburante rimasto nei serbatoi. In tutto la nave ha sversato 520 tonnellate di olio combustibile, secondo la Capitaneria di porto; la stima iniziale era di 80 tonnellate.",
         "I volontari hanno raccolto 600 uccelli coperti di petrolio. La chiazza ha inquinato 31 chilometri di costa.",
         "La Regione stima ora il costo della bonifica in 42 milioni di euro. Il divieto di pesca resta in vigore.",
         "Secondo l'assessore all'Ambiente, la pulizia delle scogliere potrebbe durare fino alla prossima estate.",
     ],
     "related": GV_RELATED, "more_label": "Altre notizie da Valtaresa", "subscribe": "Abbonati",
     "summary": "Marisol Star disincagliata: sversate in tutto 520 tonnellate di carburante."},
    {"id": "mv-reflotado", "outlet": "mv", "round": 3, "feed": "atom",
     "path": "/2027/09/28/marisol-star-reflotado/",
     "title": "Reflotado el Marisol Star: 520 toneladas vertidas y 600 aves petroleadas",
     "author": "Nuria Olabarrieta", "published": "2027-09-28T16:00:00Z",
     "paras": [
         "El Marisol Star fue reflotado el lunes por la noche y remolcado hacia el puerto de Ravenne. Deja atrás una marea negra de 520 toneladas de fueloil.",
         "Los voluntarios han recogido ya más de 600 aves petroleadas, frente a las 140 de la primera semana.",
         "La factura de la limpieza se ha disparado hasta los 42 millones de euros. Los ecologistas creen que podría llegar a 60 millones.",
         "La armadora no ha pagado todavía ninguna indemnización a los pescadores.",
     ],
     "about": MV_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "related": ["Posidonia: 8 años para recuperar una pradera"],
     "comment": "¿Y quién paga los 42 millones? Nosotros, como siempre.",
     "summary": "Reflotado el Marisol Star: 520 toneladas vertidas."},
    {"id": "ih-stale", "outlet": "ih", "round": 3, "feed": "atom",
     "path": "/herald/news/porto-amari-fishermen-idle-as-slick-lingers",
     "title": "Porto Amarì fishermen idle as the slick lingers",
     "author": "Rosalind Kerr", "published": "2027-09-29T06:00:00Z",
     "paras": [
         "In Porto Amarì the fishing boats have not left the harbour for a fortnight. The Marisol Star is still aground off Capo Lentisco, and the 350 tonnes of fuel oil it has leaked have blackened the rocks where the village's boats used to set their nets.",
         "\"We have lost two weeks of work and nobody has paid us a cent,\" said Enzo Pirastu, 58, who has fished here for 37 years.",
         "The fishing ban covers 31 km of coastline.",
     ],
     "nav1": "News", "nav3": "Tides",
     "related": ["Island Herald photo competition: the winners", "Ferry timetable changes from October 1"],
     "summary": "Porto Amarì fishermen idle as the slick lingers."},
    {"id": "ssn-refloat", "outlet": "ssn", "round": 3, "feed": "direct",
     "path": "/2027/09/29/marisol-star-refloated-lessons/",
     "title": "Marisol Star refloated: five lessons from the Valtaresa salvage",
     "author": "Pieter Vos", "published": "2027-09-29T10:00:00Z",
     "paras": [
         "The Marisol Star was refloated on the evening of September 27, sixteen days after she ran aground off Capo Lentisco, and is now under tow to Ravenne.",
         "Salvors pumped out 95% of the fuel left on board before the refloat. Even so, 520 tonnes of heavy fuel oil escaped, most of it in the second storm.",
         "The clean-up bill now stands at 42 million euros, and the ship's insurers will pay no more than 25 million euros under the owner's liability limit.",
         "For comparison, the Aurelia spill of 1998 cost the island the equivalent of 300 million euros.",
         "The next step is the inquiry: the flag state's investigators expect to report in the spring.",
     ],
     "related": ["Salvage awards in 2026: our annual review", "Towing capacity in the western Mediterranean"],
     "about": "Salvage & Shipping Notes is a newsletter on marine casualties and salvage.",
     "comment": "At least the crew of 22 all got off. Credit to the helicopter teams."},
]
