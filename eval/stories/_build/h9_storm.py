"""Held-out set 9, story 1 (FICTIONAL): the windstorm Ilvana crosses the Ferrena valley, an Alpine
region where German and Italian are spoken, on the night of 7-8 November 2027. The households cut off
from the grid rise and then fall (count), the dead are counted up (count), the timber brought down is
re-estimated twice (cubic metres), the regional emergency fund is raised (money), the red weather
warning is lifted (status) and the valley railway reopens (status). Languages: en, de, it."""

SLUG = "storm-ilvana-ferrena"
NAME = "Storm Ilvana in the Ferrena valley (fictional)"
DESCRIPTION = ("Fictional: the windstorm Ilvana hits the Ferrena valley (Morlenz, Treschen, Sankt Ulbrecht, "
               "Val Ossana): power cuts, deaths, fallen timber, the regional emergency fund, the red weather "
               "warning and the valley railway.")
TERMS = [["Ilvana", "Ferrena", "Ferrenatal", "Morlenz", "Morlenzo", "Treschen", "Sankt Ulbrecht", "Val Ossana",
          "Grimo", "Grimopass"],
         ["storm", "windstorm", "gale", "gales", "gust", "gusts", "winds", "power cut", "power cuts",
          "without power", "without electricity", "blackout", "fallen trees", "felled", "timber", "red warning",
          "Sturm", "Sturmtief", "Orkan", "Orkanböen", "Böen", "Sturmböen", "Unwetter", "Stromausfall",
          "ohne Strom", "Windwurf", "Schadholz", "Sturmschäden", "Alarmstufe Rot",
          "tempesta", "maltempo", "raffiche", "vento", "senza corrente", "senza luce", "al buio",
          "schianti", "legname", "allerta rossa"]]

SEEDS = {
    "01_warning.txt": """
Ferrena valley
Civil protection warns of Storm Ilvana

The Ferrena valley civil protection agency has warned residents of Morlenz, Treschen, Sankt Ulbrecht and the Val Ossana that the storm named Ilvana will cross the valley on Sunday night, with very strong winds on the ridges and heavy rain turning to snow higher up.

Residents are asked to secure loose objects, avoid the forests and keep away from the pass road over the Grimo.
""",
    "02_warnung.txt": """
Ferrenatal
Zivilschutz warnt vor Sturmtief Ilvana

Der Zivilschutz des Ferrenatals warnt vor dem Sturmtief Ilvana, das in der Nacht auf Montag über das Tal ziehen soll. Die Bevölkerung soll Wälder meiden und nicht notwendige Fahrten über den Grimopass unterlassen.
""",
}

OUTLETS = {
    "aw": {"name": "Alpine Wire Service", "host": "alpinewireservice.example", "layout": "wire", "lang": "en"},
    "fb": {"name": "Ferrenaer Bote", "host": "ferrenaerbote.example", "layout": "jsonld", "lang": "de"},
    "cf": {"name": "Corriere di Ferrena", "host": "corrierediferrena.example", "layout": "table", "lang": "it"},
    "vc": {"name": "The Valley Courier", "host": "valleycourier.example", "layout": "table", "lang": "en"},
    "wh": {"name": "Wetterwarte Hochtal", "host": "wetterwartehochtal.example", "layout": "blog", "lang": "de"},
}

FEEDS = {"rss": ("Alpine Wire Service – Regions", None),
         "atom": ("Story alert: Storm Ilvana", "tag:alerts.example,2027:storm-ilvana-ferrena")}

ROUNDS = {1: "2027-11-08T20:00:00Z", 2: "2027-11-10T20:00:00Z", 3: "2027-11-15T20:00:00Z"}
ROUND_NOTES = {
    1: "Storm Ilvana has crossed the Ferrena valley overnight: one man killed, about 64,000 households without power, gusts of 148 km/h, about 300,000 cubic metres of timber down, red warning in force and the valley railway closed (English wire, German paper, syndicated copy).",
    2: "The wire updates its story in place: four dead and 118,000 households without power; an Italian paper reports the timber down re-estimated at 900,000 cubic metres and a first emergency fund of 20 million euros (2,000 euros per household); a weather blog restates the figures; the warning is still in force and the railway still closed.",
    3: "The red warning is lifted; only about 6,500 households are still without power; timber down now put at 1.4 million cubic metres; the fund is raised to 45 million euros; the railway reopens on Monday; a slower Italian feature still writes of 900,000 cubic metres and the red warning in force.",
}

CF_RELATED = ["Morlenzo, nuovo parcheggio in piazza Duomo da 350 posti", "Hockey: il Ferrena batte il Valpiana 4-2"]
CF_COPY = "Copyright 2027 Corriere di Ferrena. Riproduzione riservata."
FB_RELATED = ["Landtag beschließt Doppelhaushalt 2028", "Morlenzer Christkindlmarkt öffnet am 26. November"]
AW_RELATED = ["Ferrena lifts open early after record October snowfall", "Grimo tunnel tender delayed again"]
WH_ABOUT = "Wetterwarte Hochtal: private Wetterstationen und Wetterberichte aus den Bergen, seit 2011."
KALLISTO = ("Storm Kallisto, the last storm of comparable strength, killed 11 people in the region in October "
            "2018 and brought down 2.6 million cubic metres of timber.")

PAGES = [
    {"id": "aw-storm", "outlet": "aw", "round": 1, "feed": "rss",
     "path": "/regions/2027/11/08/storm-ilvana-ferrena-valley-power.html",
     "title": "Storm Ilvana lashes Ferrena valley, leaving 64,000 homes without power",
     "dek": "One man killed by a falling tree; red warning in force across the valley",
     "author": "Katrin Lederer", "published": "2027-11-08T07:30:00Z",
     "paras": [
         "MORLENZ, Nov 8 (Alpine Wire Service) - Storm Ilvana tore through the Ferrena valley overnight with gusts of up to 148 km/h, killing one man and leaving about 64,000 households without electricity, the regional civil protection agency said on Monday.",
         "A 71-year-old man died when a tree fell on his car on the road between Treschen and Sankt Ulbrecht shortly before midnight, police said.",
         "The agency has issued a red warning, its highest level, for the whole valley and asked residents to stay indoors. Schools in Morlenz and Treschen are closed on Monday.",
         "The railway line between Morlenz and Sankt Ulbrecht was closed after trees fell across the tracks in several places. Road crews were trying to clear the pass road over the Grimo.",
         "Forecasters said gusts could reach 170 km/h on the ridges on Monday afternoon before the storm moves east.",
         KALLISTO,
     ],
     "related": AW_RELATED,
     "comment": "We lost power in Treschen at 11 pm. Three generators on our street, 20 houses sharing them.",
     "summary": "Storm Ilvana leaves about 64,000 households without power in the Ferrena valley; one man killed."},
    {"id": "vc-syndicated", "outlet": "vc", "round": 1, "feed": "atom", "copy_of": "aw-storm",
     "path": "/news/wire/storm-ilvana-lashes-ferrena-valley", "published": "2027-11-08T10:00:00Z",
     "nav1": "News", "nav3": "Weather",
     "summary": "From Alpine Wire Service: Storm Ilvana lashes the Ferrena valley."},
    {"id": "fb-sturm", "outlet": "fb", "round": 1, "feed": "atom",
     "path": "/tal/2027/11/08/sturmtief-ilvana-ferrenatal-ohne-strom",
     "title": "Sturmtief Ilvana: Ein Toter, Zehntausende Haushalte ohne Strom",
     "dek": "Alarmstufe Rot im ganzen Ferrenatal – Förster sprechen von 300.000 Kubikmetern Schadholz",
     "author": "Matthias Oberhollenzer", "published": "2027-11-08T12:00:00Z",
     "paras": [
         "Das Sturmtief Ilvana hat in der Nacht auf Montag im Ferrenatal schwere Schäden angerichtet. Rund 64.000 Haushalte waren am Montagvormittag ohne Strom, teilte der Netzbetreiber Ferrena Energie mit.",
         "Ein 71-jähriger Autofahrer aus Treschen kam ums Leben, als ein Baum auf sein Fahrzeug stürzte. Die Feuerwehren rückten in der Nacht zu mehr als 1.100 Einsätzen aus.",
         "Der Landesforstdienst schätzt, dass der Sturm rund 300.000 Kubikmeter Holz umgeworfen hat. Besonders betroffen sind die Fichtenwälder oberhalb von Sankt Ulbrecht und im Val Ossana.",
         "Für das gesamte Tal gilt weiterhin die Alarmstufe Rot. Der Zivilschutz will die Warnung frühestens am Mittwoch aufheben, wenn der Wind nachgelassen hat.",
         "Die Bahnstrecke zwischen Morlenz und Sankt Ulbrecht ist gesperrt. An der Messstation am Grimopass wurde in der Nacht eine Spitzenböe von 148 km/h gemessen.",
     ],
     "related": FB_RELATED, "more_label": "Mehr aus dem Ferrenatal", "subscribe": "Abo",
     "summary": "Sturmtief Ilvana: ein Toter, rund 64.000 Haushalte im Ferrenatal ohne Strom."},
    {"id": "aw-lifts", "outlet": "aw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/regions/2027/11/05/ferrena-lifts-open-early-record-snowfall.html",
     "title": "Ferrena lifts open early after record October snowfall",
     "author": "Katrin Lederer", "published": "2027-11-05T09:00:00Z",
     "paras": [
         "MORLENZ, Nov 5 (Alpine Wire Service) - Three ski areas in the Ferrena valley will open their lifts on November 13, two weeks earlier than usual, after a record 140 cm of snow fell on the upper slopes in October, the regional tourism board said on Friday.",
         "The board expects 2.3 million overnight stays this winter, up 6% on last season, and says hotels in Morlenz are already 80% booked for Christmas.",
     ],
     "related": ["Grimo tunnel tender delayed again"],
     "summary": "Three Ferrena ski areas to open two weeks early after a record 140 cm of October snow."},
    {"id": "wh-bertrun", "outlet": "wh", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/11/06/sturmtief-bertrun-wangerhoern/",
     "title": "Sturmtief Bertrun: Orkanböen und Fährausfälle auf Wangerhörn",
     "author": "Florian Raffeiner", "published": "2027-11-06T16:00:00Z",
     "paras": [
         "Auf der Insel Wangerhörn hat das Sturmtief Bertrun am Samstag Orkanböen von bis zu 131 km/h gebracht. Die Fähren zum Festland fielen den ganzen Tag aus, rund 2.400 Haushalte waren zeitweise ohne Strom.",
         "Bertrun zieht in der Nacht nach Osten ab; für Sonntag erwartet der Wetterdienst an der Küste nur noch einzelne Sturmböen.",
     ],
     "about": WH_ABOUT, "prev_post": "Ältere Beiträge", "next_post": "Neuere Beiträge",
     "summary": "Sturmtief Bertrun bringt Orkanböen nach Wangerhörn, Fähren fallen aus."},
    # round 2
    {"id": "aw-storm-updated", "outlet": "aw", "round": 2, "feed": "rss", "version_of": "aw-storm",
     "path": "/regions/2027/11/08/storm-ilvana-ferrena-valley-power.html",
     "title": "Storm Ilvana death toll rises to four; 118,000 homes without power",
     "dek": "Heavy wet snow on the second night brought down more lines, grid operator says",
     "author": "Katrin Lederer", "published": "2027-11-08T07:30:00Z", "modified": "2027-11-09T18:00:00Z",
     "paras": [
         "MORLENZ, Nov 9 (Alpine Wire Service) - The death toll from Storm Ilvana in the Ferrena valley has risen to four, and the number of households without electricity climbed to 118,000 on Tuesday as heavy, wet snow brought down more power lines, the authorities said.",
         "Two hikers were found dead below the Grimo pass on Tuesday morning, and a 54-year-old farmer was killed in the Val Ossana when the roof of his barn collapsed. A 71-year-old man died on Sunday night when a tree fell on his car near Treschen.",
         "Grid operator Ferrena Energie, which had reported about 64,000 households cut off on Monday morning, said it had 600 technicians in the field but could not say when all customers would be reconnected.",
         "The red warning remains in force for the whole valley. The railway line between Morlenz and Sankt Ulbrecht is still closed; the operator said crews had counted more than 400 trees on the tracks.",
         "Gusts peaked at 148 km/h at the Grimo pass station on Monday, short of the 170 km/h that forecasters had feared.",
         KALLISTO,
     ],
     "related": AW_RELATED,
     "comment": "We lost power in Treschen at 11 pm. Three generators on our street, 20 houses sharing them.",
     "summary": "Storm Ilvana death toll rises to four; 118,000 households without power."},
    {"id": "cf-tempesta", "outlet": "cf", "round": 2, "feed": "atom",
     "path": "/cronaca/2027/11/10/tempesta-ilvana-quattro-morti-famiglie-al-buio",
     "title": "Tempesta Ilvana, quattro morti. Almeno 118.000 famiglie al buio",
     "author": "Giulia Pedrotti", "published": "2027-11-10T08:00:00Z",
     "paras": [
         "Sale a quattro il bilancio delle vittime della tempesta Ilvana, che tra domenica e martedì ha flagellato la Val Ferrena. Almeno 118.000 famiglie erano ancora senza corrente ieri sera, secondo Ferrena Energie.",
         "Il servizio forestale provinciale stima ora in 900.000 metri cubi il legname abbattuto dal vento, il triplo della prima stima. Nei boschi sopra Sankt Ulbrecht interi versanti sono stati rasi al suolo.",
         "La giunta provinciale ha stanziato 20 milioni di euro per i primi interventi. Le famiglie con la casa danneggiata potranno chiedere un contributo di 2.000 euro ciascuna.",
         "L'allerta rossa non è ancora stata revocata: la protezione civile deciderà giovedì. La ferrovia della Val Ferrena resterà chiusa almeno fino a lunedì prossimo.",
         "Secondo le associazioni di categoria i danni complessivi potrebbero superare i 300 milioni di euro.",
     ],
     "nav1": "Cronaca", "nav3": "Meteo", "more_label": "Dal territorio", "copyright": CF_COPY,
     "related": CF_RELATED,
     "summary": "Tempesta Ilvana: quattro morti, almeno 118.000 famiglie senza corrente."},
    {"id": "wh-zahlen", "outlet": "wh", "round": 2, "feed": "direct",
     "path": "/2027/11/10/ilvana-in-zahlen-grimopass/",
     "title": "Ilvana in Zahlen: Was am Grimopass wirklich gemessen wurde",
     "author": "Florian Raffeiner", "published": "2027-11-10T10:00:00Z",
     "paras": [
         "Viele Leser haben gefragt, ob Ilvana der stärkste Sturm seit Kallisto war. Die kurze Antwort: nein. Die Spitzenböe am Grimopass lag bei 148 km/h, Kallisto brachte es im Oktober 2018 auf 163 km/h.",
         "Bemerkenswert war der Regen: In Morlenz fielen innerhalb von 24 Stunden 96 Liter pro Quadratmeter, in der Spitze bis zu 31 Liter in einer Stunde. In der zweiten Nacht ging der Regen oberhalb von 1.200 Metern in nassen Schnee über – und der hat die Leitungen zerrissen.",
         "Die Zahl der Haushalte ohne Strom ist laut Ferrena Energie auf 118.000 gestiegen. Das ist mehr als bei Kallisto, als es in der Spitze 90.000 waren.",
         "Für Donnerstag rechnet der Wetterdienst mit einer Wetterberuhigung. Die Warnstufe dürfte dann auf Gelb sinken.",
     ],
     "about": WH_ABOUT, "prev_post": "Ältere Beiträge", "next_post": "Neuere Beiträge",
     "related": ["Sturmtief Bertrun: Orkanböen auf Wangerhörn", "Oktober 2027: der schneereichste seit 1952"],
     "comment": "Bei uns in Sankt Ulbrecht seit 52 Stunden kein Strom. Danke für die Zahlen!"},
    # round 3
    {"id": "fb-entwarnung", "outlet": "fb", "round": 3, "feed": "atom",
     "path": "/tal/2027/11/13/ilvana-alarmstufe-rot-aufgehoben-hilfsfonds",
     "title": "Entwarnung im Ferrenatal: Alarmstufe Rot aufgehoben, Hilfsfonds aufgestockt",
     "dek": "Noch 6.500 Haushalte ohne Strom – Schadholz auf 1,4 Millionen Kubikmeter geschätzt",
     "author": "Matthias Oberhollenzer", "published": "2027-11-13T09:00:00Z",
     "paras": [
         "Vier Tage nach dem Sturmtief Ilvana hat der Zivilschutz am Donnerstagabend die Alarmstufe Rot für das Ferrenatal aufgehoben. Die Aufräumarbeiten gehen aber weiter, vor allem in den Wäldern.",
         "Ferrena Energie meldete am Freitagabend nur noch rund 6.500 Haushalte ohne Strom, fast alle in den oberen Ortschaften des Val Ossana. Zu Spitzenzeiten waren es 118.000 gewesen.",
         "Der Landesforstdienst hat seine Schätzung deutlich erhöht: Ilvana hat rund 1,4 Millionen Kubikmeter Holz geworfen. Förster halten es für möglich, dass die Menge noch auf bis zu zwei Millionen Kubikmeter steigt.",
         "Die Landesregierung hat den Soforthilfefonds von 20 auf 45 Millionen Euro aufgestockt. Geschädigte Haushalte erhalten weiterhin 2.000 Euro Soforthilfe pro Haushalt, Forstbetriebe 12 Euro je Kubikmeter aufgearbeitetes Schadholz.",
         "Die Bahnstrecke zwischen Morlenz und Sankt Ulbrecht bleibt bis Montag gesperrt; dann soll der Zugverkehr wieder aufgenommen werden.",
         "Die Zahl der Todesopfer liegt weiterhin bei vier.",
     ],
     "related": FB_RELATED, "more_label": "Mehr aus dem Ferrenatal", "subscribe": "Abo",
     "summary": "Alarmstufe Rot im Ferrenatal aufgehoben; Hilfsfonds auf 45 Millionen Euro aufgestockt."},
    {"id": "cf-valossana", "outlet": "cf", "round": 3, "feed": "atom",
     "path": "/cronaca/2027/11/14/val-ossana-pragelt-aspetta-la-luce",
     "title": "Val Ossana, il paese che aspetta ancora la luce",
     "author": "Giulia Pedrotti", "published": "2027-11-14T12:00:00Z",
     "paras": [
         "A Pragelt, l'ultimo paese della Val Ossana, la corrente non è ancora tornata. Le 140 famiglie del paese vivono da una settimana con due generatori portati dalla protezione civile.",
         "Con l'allerta rossa ancora in vigore, il sindaco Ermanno Pichlmair ha chiesto agli abitanti di non avventurarsi nei boschi, dove la tempesta Ilvana ha abbattuto 900.000 metri cubi di legname.",
         "«Abbiamo perso il bosco che mio nonno aveva piantato nel 1948», dice Luis Oberkalmer, 66 anni, allevatore.",
         "Secondo Ferrena Energie il paese dovrebbe essere riallacciato alla rete entro mercoledì.",
     ],
     "nav1": "Cronaca", "nav3": "Meteo", "more_label": "Dal territorio", "copyright": CF_COPY,
     "related": CF_RELATED,
     "summary": "A Pragelt, in Val Ossana, la corrente non è ancora tornata dopo la tempesta Ilvana."},
    {"id": "aw-rail", "outlet": "aw", "round": 3, "feed": "rss",
     "path": "/regions/2027/11/15/ferrena-valley-trains-run-again-after-storm-ilvana.html",
     "title": "Ferrena valley trains run again a week after Storm Ilvana",
     "dek": "Line between Morlenz and Sankt Ulbrecht reopens; timber losses put at more than 1.4 million cubic metres",
     "author": "Katrin Lederer", "published": "2027-11-15T13:00:00Z",
     "paras": [
         "MORLENZ, Nov 15 (Alpine Wire Service) - The railway line between Morlenz and Sankt Ulbrecht reopened on Monday morning, eight days after Storm Ilvana blocked it with hundreds of fallen trees, operator Ferrena Bahn said.",
         "The first train left Morlenz at 05:42 and services ran to the normal timetable, although trains will run at reduced speed on a 9 km stretch near Treschen until the end of the month.",
         "The red warning for the valley was lifted on Thursday. Ferrena Energie said all but a few hundred households in the upper Val Ossana had their power back; at the peak on Tuesday, 118,000 households had been cut off.",
         "The regional forestry service now puts the timber brought down by the storm at more than 1.4 million cubic metres, and the regional government has raised its emergency fund to 45 million euros.",
         "Four people died in the storm.",
         KALLISTO,
     ],
     "related": AW_RELATED,
     "comment": "Took the 05:42 this morning, first train in a week. Packed.",
     "summary": "The Morlenz–Sankt Ulbrecht railway reopens eight days after Storm Ilvana."},
]
