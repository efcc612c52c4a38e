"""Held-out set 4, story 1 (FICTIONAL): the river Lirance floods the bilingual (French/German)
Swiss-style canton of Valrive. Evacuations, deaths, a reservoir's fill level (percent), the river's
height (metres), cantonal aid and an emergency allowance per household (per-unit money, Swiss
francs); a state of emergency declared and then lifted. Languages: en, fr, de."""

SLUG = "lirance-floods"
NAME = "Lirance valley floods (fictional)"
DESCRIPTION = ("Fictional: the river Lirance bursts its banks in the canton of Valrive; evacuations, "
               "the toll, the Vauclair reservoir and the cantonal aid, until the state of emergency is lifted.")
TERMS = [["Lirance", "Valrive", "Vauclair"],
         ["flood", "floods", "flooding", "flooded", "floodwater", "floodwaters", "inondation", "inondations",
          "inondé", "inondée", "crue", "crues", "Hochwasser", "Überschwemmung", "Überschwemmungen",
          "evacuated", "évacuées", "evakuiert"]]

SEEDS = {"01_first_report.txt": """
Switzerland
River Lirance bursts its banks after two days of heavy rain

The river Lirance burst its banks in the canton of Valrive overnight after two days of heavy rain, flooding the lower town of Montaubel, the cantonal police said. Residents of several streets were being moved to higher ground.

Engineers are monitoring the Vauclair dam upstream, the canton said.
"""}

OUTLETS = {
    "apw": {"name": "Alpine Press Wire", "host": "alpinepresswire.example", "layout": "wire", "lang": "en"},
    "lg": {"name": "Lakeside Gazette", "host": "lakesidegazette.example", "layout": "table", "lang": "en"},
    "cl": {"name": "Le Courrier de la Lirance", "host": "courrierlirance.example", "layout": "blog", "lang": "fr"},
    "ga": {"name": "Grenzland-Anzeiger", "host": "grenzland-anzeiger.example", "layout": "jsonld", "lang": "de"},
    "arn": {"name": "Alpine Risk Notes", "host": "alpinerisknotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Alpine Press Wire – Switzerland", None),
         "atom": ("Story alert: Lirance floods", "tag:alerts.example,2026:lirance-floods")}

ROUNDS = {1: "2026-11-14T20:00:00Z", 2: "2026-11-16T20:00:00Z", 3: "2026-11-20T20:00:00Z"}
ROUND_NOTES = {
    1: "First day: 1,800 people evacuated, 1 dead, 2 missing; the Vauclair reservoir at 91%; the Lirance at 5.8 metres; state of emergency declared (French blog, wire, syndicated copy).",
    2: "The wire updates its story in place: 4,200 evacuated, 3 dead, reservoir at 97%, river peaks at 6.4 metres, 15 million francs of aid and 2,000 francs per household; 'mindestens 4.200'; a slower outlet still says 1,800 were evacuated.",
    3: "The state of emergency is lifted; toll 4; reservoir down to 74%; aid raised to 40 million francs, allowance to 3,500 francs per household.",
}

PAGES = [
    {"id": "cl-crue", "outlet": "cl", "round": 1, "feed": "atom",
     "path": "/courrier/2026/11/14/crue-de-la-lirance-1800-evacues/",
     "title": "Crue de la Lirance : 1 800 personnes évacuées, un mort à Montaubel",
     "author": "Sylvie Perrenoud", "published": "2026-11-14T06:00:00Z",
     "paras": [
         "La crue de la Lirance a contraint 1 800 personnes à quitter leur domicile dans la basse ville de Montaubel, selon la police cantonale de Valrive. Un homme de 71 ans est mort, emporté par les eaux dans sa voiture, et deux personnes sont portées disparues.",
         "Le Conseil d'État a déclaré l'état d'urgence sur l'ensemble du canton vendredi matin.",
         "La retenue du barrage de Vauclair, en amont, est remplie à 91 %, et la Lirance atteignait 5,8 mètres à l'échelle de Montaubel.",
         "La crue de 2005 avait forcé 3 000 personnes à quitter leur domicile.",
     ],
     "related": ["Le budget cantonal 2027 prévoit 1,2 milliard de francs", "Hockey : Valrive s'impose 4-2"],
     "about": "Le Courrier de la Lirance, l'actualité de la vallée depuis 1978.",
     "prev_post": "Article précédent", "next_post": "Article suivant",
     "comment": "En 2005 l'eau était montée jusqu'au premier étage chez nous. Courage à tous.",
     "summary": "1 800 personnes évacuées à Montaubel, un mort et deux disparus."},
    {"id": "apw-floods", "outlet": "apw", "round": 1, "feed": "rss",
     "path": "/apw/switzerland/2026/11/14/lirance-floods-evacuations.html",
     "title": "Floods in Swiss canton of Valrive force 1,800 from their homes, one dead",
     "dek": "State of emergency declared as the river Lirance bursts its banks",
     "author": "Marc Aebischer", "published": "2026-11-14T09:00:00Z",
     "paras": [
         "MONTAUBEL, Switzerland, Nov 14 (Alpine Press Wire) - Floods in the Swiss canton of Valrive have forced 1,800 people from their homes and killed one person, the cantonal police said on Saturday, as the river Lirance burst its banks after two days of heavy rain.",
         "A 71-year-old man died when his car was swept away in the lower town of Montaubel. Two people are missing.",
         "The cantonal government declared a state of emergency on Friday. The Vauclair reservoir upstream was at 91% of capacity, and the Lirance stood at 5.8 metres at the Montaubel gauge, engineers said.",
         "The 2005 flood forced 3,000 people from their homes in the valley.",
     ],
     "related": ["Swiss franc edges up against the euro", "Valrive votes on new tram line"],
     "comment": "The 2005 flood was worse, 3,000 people out. Stay safe everyone.",
     "summary": "Floods in the canton of Valrive force 1,800 people from their homes; one dead."},
    {"id": "lg-syndicated", "outlet": "lg", "round": 1, "feed": "atom", "copy_of": "apw-floods",
     "path": "/lakesidegazette/world/wire-valrive-floods", "published": "2026-11-14T10:30:00Z",
     "summary": "From Alpine Press Wire: floods in Valrive force 1,800 from their homes."},
    {"id": "apw-hydropower", "outlet": "apw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/apw/business/2026/11/13/swiss-hydropower-output.html",
     "title": "Swiss hydropower output jumps after a wet autumn",
     "author": "Marc Aebischer", "published": "2026-11-13T15:00:00Z",
     "paras": [
         "ZURICH, Nov 13 (Alpine Press Wire) - Swiss hydropower plants produced 14% more electricity in October than a year earlier after a wet autumn filled reservoirs, the energy office said.",
         "Storage lakes in the Alps were at 88% of capacity at the end of the month, against 79% a year ago.",
     ],
     "related": ["Power prices fall for a third month"],
     "summary": "Swiss hydropower output up 14% in October."},
    {"id": "ga-weihnachtsmarkt", "outlet": "ga", "round": 1, "feed": "atom", "off_story": True,
     "path": "/grenzland/kultur/valrive-weihnachtsmarkt-2026",
     "title": "Valrive: Weihnachtsmarkt öffnet am 27. November",
     "author": "Redaktion", "published": "2026-11-14T07:00:00Z",
     "paras": [
         "Der Weihnachtsmarkt in der Altstadt von Valrive öffnet am 27. November mit 120 Ständen.",
         "Im vergangenen Jahr kamen rund 90.000 Besucher.",
     ],
     "related": ["Veranstaltungen der Woche"], "more_label": "Mehr aus der Region", "subscribe": "Abonnieren",
     "summary": "Der Weihnachtsmarkt in Valrive öffnet am 27. November."},
    {"id": "apw-floods-updated", "outlet": "apw", "round": 2, "feed": "rss", "version_of": "apw-floods",
     "path": "/apw/switzerland/2026/11/14/lirance-floods-evacuations.html",
     "title": "Valrive floods: 4,200 evacuated, death toll rises to 3",
     "dek": "Vauclair reservoir at 97% of capacity; canton approves 15 million francs of aid",
     "author": "Marc Aebischer", "published": "2026-11-14T09:00:00Z", "modified": "2026-11-15T18:00:00Z",
     "paras": [
         "MONTAUBEL, Switzerland, Nov 15 (Alpine Press Wire) - Floods in the Swiss canton of Valrive have now forced 4,200 people from their homes, and the death toll has risen to three, the cantonal police said on Sunday.",
         "Rescuers found the bodies of the two people who had been missing since Friday. The number of evacuees, first put at 1,800, rose after the water reached the villages of Bressy and Ogens.",
         "The Vauclair reservoir upstream reached 97% of capacity, and the Lirance peaked at 6.4 metres at the Montaubel gauge on Sunday morning. Cantonal officials said they feared up to 10,000 people could have to leave if the dam's spillways had to be opened.",
         "The cantonal government approved 15 million Swiss francs of emergency aid and an allowance of 2,000 francs per household for families who lost their homes. The state of emergency remains in force.",
         "The 2005 flood forced 3,000 people from their homes in the valley.",
     ],
     "related": ["Swiss franc edges up against the euro", "Valrive votes on new tram line"],
     "comment": "The 2005 flood was worse, 3,000 people out. Stay safe everyone.",
     "summary": "Valrive floods: 4,200 evacuated, three dead; 15 million francs of aid."},
    {"id": "ga-hochwasser", "outlet": "ga", "round": 2, "feed": "atom",
     "path": "/grenzland/region/hochwasser-valrive-mindestens-4200-evakuiert",
     "title": "Hochwasser in Valrive: mindestens 4.200 Menschen evakuiert",
     "dek": "Drei Tote – Stausee Vauclair zu 97 Prozent gefüllt",
     "author": "Thomas Wyss", "published": "2026-11-16T08:00:00Z",
     "paras": [
         "Wegen des Hochwassers der Lirance mussten im Kanton Valrive mindestens 4.200 Menschen ihre Häuser verlassen. Drei Menschen kamen ums Leben, teilte die Kantonspolizei mit.",
         "Der Stausee Vauclair ist zu 97 Prozent gefüllt. Der Regierungsrat hat 15 Millionen Franken Soforthilfe und 2.000 Franken pro Haushalt für obdachlos gewordene Familien bewilligt.",
         "Der Notstand gilt weiterhin für den ganzen Kanton.",
         "Beim Hochwasser 2005 mussten 3.000 Menschen ihre Häuser verlassen.",
     ],
     "related": ["Benzinpreis steigt um 3 Rappen", "Grenzgänger: 2 Millionen Franken für Busse"],
     "more_label": "Das könnte Sie interessieren", "subscribe": "Abonnieren",
     "summary": "Hochwasser in Valrive: mindestens 4.200 Menschen evakuiert, drei Tote."},
    {"id": "lg-stale", "outlet": "lg", "round": 2, "feed": "atom",
     "path": "/lakesidegazette/world/montaubel-volunteers-fill-sandbags",
     "title": "Montaubel volunteers fill sandbags through the night",
     "author": "Claire Dunmore", "published": "2026-11-16T12:00:00Z",
     "paras": [
         "Volunteers in Montaubel, where floods forced 1,800 people from their homes, have filled sandbags through the night along the banks of the Lirance.",
         "\"We fill, we carry, we sleep a little,\" said a student who came from Lausanne. The town's sports hall has been turned into a shelter.",
         "The canton's civil protection service said it had enough beds for everyone who needed one.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend in the Alps", "Five ways to cut your heating bill by 200 francs"],
     "summary": "Montaubel volunteers fill sandbags along the Lirance."},
    {"id": "cl-levee", "outlet": "cl", "round": 3, "feed": "direct",
     "path": "/courrier/2026/11/19/etat-d-urgence-leve-valrive/",
     "title": "Valrive lève l'état d'urgence ; la crue a fait 4 morts",
     "author": "Sylvie Perrenoud", "published": "2026-11-19T17:00:00Z",
     "paras": [
         "Le Conseil d'État a levé jeudi l'état d'urgence dans le canton de Valrive. La crue de la Lirance a fait 4 morts : une femme de 83 ans, hospitalisée depuis dimanche, est décédée mercredi.",
         "Le niveau de la retenue de Vauclair est redescendu à 74 %. Les 4 200 personnes évacuées ont presque toutes pu regagner leur domicile.",
         "Le canton porte son aide d'urgence à 40 millions de francs et l'allocation à 3 500 francs par ménage.",
         "Les assureurs estiment que les dégâts pourraient atteindre 600 millions de francs.",
     ],
     "related": ["Le budget cantonal 2027 prévoit 1,2 milliard de francs"],
     "about": "Le Courrier de la Lirance, l'actualité de la vallée depuis 1978.",
     "prev_post": "Article précédent", "next_post": "Article suivant",
     "summary": "Valrive lève l'état d'urgence ; la crue a fait 4 morts."},
    {"id": "arn-lifted", "outlet": "arn", "round": 3, "feed": "atom",
     "path": "/arn/2026/11/20/valrive-state-of-emergency-lifted/",
     "title": "Valrive lifts its state of emergency as the Lirance recedes",
     "author": "Owen Ridley", "published": "2026-11-20T09:00:00Z",
     "paras": [
         "The canton of Valrive lifted its state of emergency on Thursday as the Lirance fell back below its banks. The floods killed four people.",
         "The Vauclair reservoir, which reached 97% of capacity last weekend, is back down to 74%, the dam's operator said.",
         "The canton has raised its emergency aid to 40 million Swiss francs and the allowance to 3,500 francs per household.",
         "Insurers said damage could reach 600 million francs, which would make it the costliest flood in the canton since 2005.",
     ],
     "related": ["How Swiss dams are operated in a flood", "Our 2025 report on river defences"],
     "about": "Alpine Risk Notes follows natural hazards in the Alps and the lessons drawn from them."},
]
