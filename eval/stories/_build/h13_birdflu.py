"""Held-out set 13, story 1 (FICTIONAL): highly pathogenic bird flu (H5N1) is confirmed on Sunday 3 November
2030 on duck farms around Lescoubès in the Haut-Ségral, a duck-farming department of south-western France.
The infected farms and the ducks culled are counted up (counts), the national risk level is raised from
moderate to high (status), the surveillance zone is widened from 10 to 20 km (a distance), two outlets give
different sizes for the government's aid package on the same day (money), the compensation per culled duck
is raised (per-unit money), and Spain suspends and later lifts its imports of live ducks and ducklings from
the department (status). Languages: en, fr, es."""

SLUG = "haut-segral-avian-flu"
NAME = "Bird flu on the duck farms of the Haut-Ségral (fictional)"
DESCRIPTION = ("Fictional: highly pathogenic bird flu (H5N1) spreads among the duck farms of the Haut-Ségral, in "
               "south-western France: the infected farms and the ducks culled, the national risk level, the "
               "surveillance zone, the aid and compensation for farmers, and Spain's suspension of imports of "
               "live ducks and ducklings from the department.")
TERMS = [["Haut-Ségral", "Haut-Segral", "Ségral", "Lescoubès", "Lescoubes", "Montfaugès", "Castelmoure", "Valderroz",
          "UEPS", "Valderroz Avícola"],
         ["bird flu", "avian flu", "avian influenza", "H5N1", "ducks", "ducklings", "poultry", "outbreak", "outbreaks",
          "culled", "cull", "duck farms", "farmers",
          "grippe aviaire", "influenza aviaire", "canards", "canetons", "volailles", "foyer", "foyers", "abattage",
          "abattus", "élevages", "éleveurs", "épizootie", "palmipèdes",
          "gripe aviar", "influenza aviar", "patos", "patitos", "aves", "focos", "sacrificar", "granjas",
          "avícola", "epizootia"]]

SEEDS = {
    "01_filiere.txt": """
Castelmoure
La filière du canard gras du Haut-Ségral prépare la saison des fêtes

Le Haut-Ségral compte environ 1 240 élevages de canards et produit chaque année près de 9 millions de canards gras, soit environ un cinquième du foie gras français. Une partie des canetons est vendue à des éleveurs d'engraissement de l'autre côté de la frontière espagnole.

Après plusieurs cas d'influenza aviaire chez des oiseaux sauvages dans le nord de l'Europe, le ministère de l'Agriculture a relevé le 14 octobre le niveau de risque national à « modéré ». Les éleveurs sont invités à renforcer les mesures de biosécurité.
""",
    "02_europe.txt": """
Brussels
Europe braces for a new bird flu season as wild birds migrate south

European animal-health experts warned that the autumn migration of wild birds could carry highly pathogenic avian influenza to poultry farms across western Europe this winter. Duck farms, where birds are often kept outdoors, are considered the most exposed. Member states were urged to tighten biosecurity and to report suspected cases without delay.
""",
}

OUTLETS = {
    "hw": {"name": "Harbourline News Service", "host": "harbourlinenews.example", "layout": "wire", "lang": "en"},
    "pp": {"name": "The Pyrenees Post", "host": "pyreneespost.example", "layout": "table", "lang": "en"},
    "ds": {"name": "La Dépêche du Ségral", "host": "depeche-segral.example", "layout": "jsonld", "lang": "fr"},
    "vv": {"name": "La Voz de Valderroz", "host": "vozdevalderroz.example", "layout": "table", "lang": "es"},
    "pt": {"name": "Plume et Terroir", "host": "plumeetterroir.example", "layout": "blog", "lang": "fr"},
}

FEEDS = {"rss": ("Harbourline News Service – Europe", None),
         "atom": ("Story alert: Haut-Ségral bird flu", "tag:alerts.example,2030:haut-segral-avian-flu")}

ROUNDS = {1: "2030-11-05T20:00:00Z", 2: "2030-11-09T20:00:00Z", 3: "2030-11-16T20:00:00Z",
          4: "2030-12-05T20:00:00Z"}
ROUND_NOTES = {
    1: "Bird flu (H5N1) is confirmed on three duck farms around Lescoubès; about 120,000 ducks to be culled, a 10-km surveillance zone, the national risk level at moderate (English wire, its syndicated copy in an English-language regional paper, the French regional paper).",
    2: "The French paper updates its story in place: eleven farms, 480,000 ducks culled, the risk level raised to high, 6.50 euros compensation per duck; Spain suspends imports of live ducks and ducklings from the department (Spanish regional paper, then the wire).",
    3: "19 farms and 750,000 ducks culled, the surveillance zone widened to 20 km; the minister's aid package is 45 million euros in the French paper and 60 million euros in the wire nine hours later.",
    4: "The compensation is raised to 8 euros per duck (French paper); Spain lifts its import suspension (Spanish paper); a slower French farming blog still has eleven farms, 480,000 ducks, a 10-km zone, 6.50 euros and the Spanish ban.",
}

HW_RELATED = ["French wine exports rise 4% in first nine months",
              "Heating-oil prices hit a two-year high in France"]
DS_RELATED = ["Castelmoure : le marché de Noël ouvrira le 28 novembre",
              "Rugby : le SC Castelmoure s'impose 27-13 face à Lannemas"]
VV_RELATED = ["Valderroz estrena un centro de salud en el barrio de San Roque",
              "Pelota: los hermanos Goikoetxea ganan el torneo de otoño"]
VV_COPY = "© 2030 La Voz de Valderroz. Todos los derechos reservados."
PT_ABOUT = ("Plume et Terroir : une ancienne éleveuse de canards raconte la vie des fermes du Sud-Ouest "
            "depuis 2016.")
HIST_EN = "In the winter of 2016-17 an epidemic forced the slaughter of 1.9 million ducks in the Haut-Ségral."
HIST_FR = ("Lors de l'hiver 2016-2017, l'épizootie avait conduit à l'abattage de 1,9 million de canards dans le "
           "département.")

PAGES = [
    {"id": "hw-first", "outlet": "hw", "round": 1, "feed": "rss",
     "path": "/europe/2030/11/04/bird-flu-french-duck-farms-haut-segral.html",
     "title": "Bird flu hits three French duck farms; about 120,000 birds to be culled",
     "dek": "H5N1 virus confirmed around Lescoubès in the Haut-Ségral, France's foie gras heartland",
     "author": "Catherine Doyle", "published": "2030-11-04T15:00:00Z",
     "paras": [
         "CASTELMOURE, France, Nov 4 (Harbourline) - Highly pathogenic bird flu has been confirmed on three duck farms in the Haut-Ségral department of south-western France, and about 120,000 ducks will be culled, the local prefecture said on Monday.",
         "The H5N1 virus was first detected on Sunday at a farm in Lescoubès where dozens of birds had died within two days; tests then confirmed it on two neighbouring farms in Lescoubès and Montfaugès. Authorities have set up a 3-km protection zone and a 10-km surveillance zone around the farms, in which poultry cannot be moved.",
         "France's national risk level for bird flu has stood at moderate since Oct. 14. The farm ministry said it could raise it to high later this week if more cases were found.",
         "\"We have been dreading this since the first cases among wild birds,\" said Jean-Marc Labarthe, head of the Haut-Ségral duck farmers' union UEPS, which fears that up to one million birds could eventually have to be culled.",
         "No human case has been reported. The department, which has about 1,240 duck farms, produces about a fifth of France's foie gras.",
         HIST_EN,
     ],
     "related": HW_RELATED,
     "comment": "Three farms already and it's only November.",
     "summary": "Bird flu confirmed on three duck farms in France's Haut-Ségral; about 120,000 ducks to be culled."},
    {"id": "pp-syndicated", "outlet": "pp", "round": 1, "feed": "atom", "copy_of": "hw-first",
     "path": "/news/france/wire/bird-flu-three-duck-farms-haut-segral", "published": "2030-11-04T19:00:00Z",
     "nav1": "France news", "nav3": "Mountain weather",
     "summary": "From Harbourline: bird flu hits three duck farms in the Haut-Ségral."},
    {"id": "ds-foyers", "outlet": "ds", "round": 1, "feed": "atom",
     "path": "/actualite/2030/11/05/grippe-aviaire-foyers-haut-segral-lescoubes",
     "title": "Grippe aviaire : trois foyers dans le Haut-Ségral, plus de 120 000 canards abattus",
     "dek": "Le virus H5N1 a été confirmé à Lescoubès et à Montfaugès. Zone de surveillance de 10 km autour des élevages",
     "author": "Sylvie Castagnet", "published": "2030-11-05T06:00:00Z",
     "paras": [
         "Le virus de l'influenza aviaire hautement pathogène H5N1 a été confirmé dans trois élevages de canards du Haut-Ségral, à Lescoubès et à Montfaugès, a annoncé lundi la préfète, Hélène Dastugue. Plus de 120 000 canards doivent être abattus d'ici la fin de la semaine.",
         "Un premier foyer a été détecté dimanche à Lescoubès, dans un élevage où plusieurs dizaines de canards étaient morts en deux jours. Une zone de protection de 3 km et une zone de surveillance de 10 km ont été mises en place autour des élevages touchés : les mouvements de volailles y sont interdits.",
         "Le niveau de risque national reste « modéré », mais le ministère de l'Agriculture n'exclut pas de le relever à « élevé » dans les prochains jours.",
         "« C'est la catastrophe que tout le monde redoutait », résume Jean-Marc Labarthe, président de l'Union des éleveurs de palmipèdes du Ségral (UEPS). Le département compte environ 1 240 élevages de canards.",
         "Aucun cas humain n'a été signalé. " + HIST_FR,
     ],
     "related": DS_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Trois foyers de grippe aviaire dans le Haut-Ségral : plus de 120 000 canards abattus."},
    {"id": "ds-noel", "outlet": "ds", "round": 1, "feed": "atom", "off_story": True,
     "path": "/castelmoure/2030/11/02/marche-de-noel-castelmoure-85-exposants",
     "title": "Castelmoure : le marché de Noël ouvrira le 28 novembre avec 85 exposants",
     "author": "Thierry Abadie", "published": "2030-11-02T10:00:00Z",
     "paras": [
         "Le marché de Noël de Castelmoure ouvrira ses portes le 28 novembre sur la place du Foirail. Cette année, 85 exposants sont attendus, dix de plus qu'en 2029.",
         "La patinoire, installée pour la troisième année, restera ouverte jusqu'au 4 janvier. L'entrée coûtera 4 euros, et sera gratuite pour les moins de six ans.",
     ],
     "related": ["Rugby : le SC Castelmoure s'impose 27-13 face à Lannemas"], "more_label": "À lire aussi",
     "subscribe": "S'abonner",
     "summary": "Le marché de Noël de Castelmoure ouvrira le 28 novembre."},
    {"id": "hw-wine", "outlet": "hw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/business/2030/11/04/french-wine-exports-rise-nine-months.html",
     "title": "French wine exports rise 4% in first nine months",
     "author": "Martin Shaw", "published": "2030-11-04T09:00:00Z",
     "paras": [
         "PARIS, Nov 4 (Harbourline) - French wine and spirits exports rose 4% to 13.2 billion euros in the first nine months of the year, the exporters' federation said on Monday, helped by strong demand in Asia.",
         "Champagne shipments fell 2%, while cognac sales to the United States rose 7%.",
     ],
     "related": ["Heating-oil prices hit a two-year high in France"],
     "summary": "French wine and spirits exports rise 4% to 13.2 billion euros."},
    # round 2
    {"id": "ds-foyers-updated", "outlet": "ds", "round": 2, "feed": "atom", "version_of": "ds-foyers",
     "path": "/actualite/2030/11/05/grippe-aviaire-foyers-haut-segral-lescoubes",
     "title": "Grippe aviaire : onze foyers dans le Haut-Ségral, le niveau de risque relevé à « élevé »",
     "dek": "480 000 canards abattus ou en cours d'abattage ; l'État indemnisera les éleveurs à 6,50 euros par canard",
     "author": "Sylvie Castagnet", "published": "2030-11-05T06:00:00Z", "modified": "2030-11-07T17:00:00Z",
     "paras": [
         "Mise à jour jeudi soir : le ministère de l'Agriculture a relevé jeudi le niveau de risque lié à l'influenza aviaire à « élevé » sur l'ensemble du territoire. Toutes les volailles doivent désormais être maintenues à l'abri.",
         "Le virus H5N1 a été confirmé dans onze élevages de canards du Haut-Ségral, tous situés dans le canton de Lescoubès. Au total, 480 000 canards ont été abattus ou sont en cours d'abattage, selon la préfecture.",
         "Des zones de protection de 3 km et de surveillance de 10 km ont été tracées autour de chaque nouveau foyer : les mouvements de volailles y sont interdits.",
         "L'État indemnisera les éleveurs à hauteur de 6,50 euros par canard abattu, a indiqué la préfète, Hélène Dastugue. « C'est à peine le prix d'un caneton et de son aliment », juge Jean-Marc Labarthe, président de l'Union des éleveurs de palmipèdes du Ségral (UEPS).",
         "Aucun cas humain n'a été signalé. " + HIST_FR,
     ],
     "related": DS_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Onze foyers de grippe aviaire dans le Haut-Ségral ; le risque relevé à « élevé »."},
    {"id": "vv-suspende", "outlet": "vv", "round": 2, "feed": "rss",
     "path": "/comarca/2030/11/08/agricultura-suspende-entrada-patos-haut-segral-gripe-aviar",
     "title": "Agricultura suspende la entrada de patos vivos del Haut-Ségral por la gripe aviar",
     "author": "Ainhoa Zubeldia", "published": "2030-11-08T09:00:00Z",
     "paras": [
         "El Ministerio de Agricultura ha suspendido desde este viernes la importación de patos vivos y patitos procedentes del departamento francés del Haut-Ségral, donde la gripe aviar H5N1 se ha detectado ya en once granjas.",
         "La medida afecta de lleno a las 42 granjas de engorde de la comarca de Valderroz, que compran cada año unos 600.000 patitos al otro lado de la frontera. «Tenemos las naves vacías y ninguna alternativa», lamenta Íñigo Arrieta, presidente de la cooperativa Valderroz Avícola.",
         "Las autoridades francesas han sacrificado o están sacrificando 480.000 patos y han elevado el nivel de riesgo a «alto» en todo el país.",
         "En España no se ha detectado ningún foco en granjas. La última gran epizootia en la comarca, en 2017, obligó a sacrificar 300.000 aves.",
     ],
     "nav1": "Comarca", "nav3": "El tiempo", "more_label": "Más noticias", "copyright": VV_COPY,
     "related": VV_RELATED,
     "summary": "España suspende la entrada de patos vivos y patitos del Haut-Ségral."},
    {"id": "hw-risk", "outlet": "hw", "round": 2, "feed": "rss",
     "path": "/europe/2030/11/08/france-raises-bird-flu-risk-high-eleven-farms.html",
     "title": "France raises bird flu risk to high as outbreaks spread to 11 farms",
     "dek": "Spain suspends imports of live ducks and ducklings from the Haut-Ségral",
     "author": "Catherine Doyle", "published": "2030-11-08T13:00:00Z",
     "paras": [
         "PARIS, Nov 8 (Harbourline) - France raised its bird flu risk level to high on Thursday and ordered all poultry to be kept indoors, after the H5N1 virus spread to at least 11 duck farms in the Haut-Ségral department in the south-west.",
         "About 480,000 ducks have been culled or are being culled, the local prefecture said. Farmers will receive 6.50 euros in compensation for each duck culled.",
         "Spain on Friday suspended imports of live ducks and ducklings from the Haut-Ségral. Fattening farms in the neighbouring Spanish district of Valderroz buy about 600,000 ducklings a year from the department.",
         "The first three outbreaks were confirmed on Sunday and Monday around Lescoubès.",
         "No human case has been reported. " + HIST_EN,
     ],
     "related": HW_RELATED,
     "comment": "6.50 a duck won't even cover the feed they already bought.",
     "summary": "France raises its bird flu risk level to high; Spain suspends imports of live ducks."},
    # round 3
    {"id": "ds-zone", "outlet": "ds", "round": 3, "feed": "atom",
     "path": "/actualite/2030/11/14/grippe-aviaire-19-foyers-zone-surveillance-20-km",
     "title": "Grippe aviaire : 19 foyers, la zone de surveillance étendue à 20 km",
     "dek": "En visite à Castelmoure, le ministre annonce une enveloppe de 45 millions d'euros pour la filière",
     "author": "Sylvie Castagnet", "published": "2030-11-14T07:00:00Z",
     "paras": [
         "La préfète du Haut-Ségral, Hélène Dastugue, a étendu mercredi la zone de surveillance autour des foyers d'influenza aviaire à 20 km. Elle concerne désormais 214 communes, où tout mouvement de volailles est soumis à autorisation.",
         "Le virus a été confirmé dans 19 élevages, dont huit nouveaux en une semaine. Au total, 750 000 canards ont été abattus. Début novembre, on ne comptait que trois foyers.",
         "En visite à Castelmoure mercredi, le ministre de l'Agriculture, Bertrand Roumagnac, a annoncé une enveloppe de 45 millions d'euros pour les éleveurs et les entreprises de la filière, en plus des indemnités d'abattage.",
         "« Si rien n'arrête le virus, nous craignons d'atteindre le million de canards abattus avant Noël », prévient Jean-Marc Labarthe, président de l'UEPS.",
         "Le niveau de risque reste « élevé » dans toute la France. Aucun cas humain n'a été signalé.",
     ],
     "related": ["Castelmoure : le marché de Noël ouvrira le 28 novembre",
                 "Basket : Castelmoure battu 71-64 à domicile"],
     "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "19 foyers de grippe aviaire ; la zone de surveillance étendue à 20 km."},
    {"id": "hw-fund", "outlet": "hw", "round": 3, "feed": "rss",
     "path": "/europe/2030/11/14/france-pledges-aid-duck-farmers-bird-flu-19-farms.html",
     "title": "France pledges 60 million euros to duck farmers as bird flu reaches 19 farms",
     "dek": "Surveillance zone around the outbreaks widened to 20 km",
     "author": "Catherine Doyle", "published": "2030-11-14T16:00:00Z",
     "paras": [
         "CASTELMOURE, France, Nov 14 (Harbourline) - France will set aside 60 million euros to support duck farmers and processors hit by bird flu in the Haut-Ségral, Agriculture Minister Bertrand Roumagnac said during a visit to the department, where the H5N1 virus has now been found on 19 farms.",
         "At least 750,000 ducks have been culled since the first outbreak was confirmed on Nov. 3.",
         "The prefecture on Wednesday widened the surveillance zone around the outbreaks to 20 km, restricting poultry movements in 214 municipalities.",
         "The money comes on top of compensation of 6.50 euros for each culled duck, which farmers say does not cover their losses.",
         "France's bird flu risk level remains at high, and poultry must be kept indoors nationwide.",
     ],
     "related": HW_RELATED,
     "comment": "60 million sounds like a lot until you divide it by 1,240 farms.",
     "summary": "France pledges 60 million euros to duck farmers; bird flu reaches 19 farms."},
    # round 4
    {"id": "ds-indemnite", "outlet": "ds", "round": 4, "feed": "atom",
     "path": "/actualite/2030/12/02/grippe-aviaire-indemnisation-8-euros-par-canard",
     "title": "Grippe aviaire : l'indemnisation portée à 8 euros par canard",
     "dek": "Aucun nouveau foyer depuis le 18 novembre dans le Haut-Ségral",
     "author": "Sylvie Castagnet", "published": "2030-12-02T08:00:00Z",
     "paras": [
         "Les éleveurs de canards du Haut-Ségral touchés par l'influenza aviaire recevront 8 euros par canard abattu, a annoncé vendredi le ministère de l'Agriculture.",
         "« C'était notre revendication depuis le début, le compte n'y était pas », salue Jean-Marc Labarthe, président de l'UEPS, qui rappelle que l'indemnité avait été fixée à 6,50 euros au début de l'épizootie.",
         "Aucun nouveau foyer n'a été détecté depuis le 18 novembre. Le bilan reste de 19 élevages touchés et de 750 000 canards abattus.",
         "La zone de surveillance de 20 km reste en vigueur. Si aucun nouveau foyer n'apparaît, elle pourrait être levée à la mi-décembre.",
         "Le niveau de risque national reste « élevé ».",
     ],
     "related": ["Castelmoure : 12 000 visiteurs pour l'ouverture du marché de Noël",
                 "Rugby : le SC Castelmoure s'incline 19-22"],
     "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "L'indemnisation des éleveurs portée à 8 euros par canard abattu."},
    {"id": "vv-levanta", "outlet": "vv", "round": 4, "feed": "rss",
     "path": "/comarca/2030/12/03/agricultura-levanta-suspension-patitos-haut-segral",
     "title": "Agricultura levanta la suspensión de las importaciones de patitos del Haut-Ségral",
     "author": "Ainhoa Zubeldia", "published": "2030-12-03T10:00:00Z",
     "paras": [
         "El Ministerio de Agricultura ha levantado este martes la suspensión de las importaciones de patos vivos y patitos del Haut-Ségral, en vigor desde el 8 de noviembre, al no haberse detectado nuevos focos de gripe aviar en el departamento francés en las dos últimas semanas.",
         "Las 42 granjas de engorde de la comarca de Valderroz podrán recibir los primeros patitos la semana que viene. «Hemos perdido casi un mes de producción», calcula Íñigo Arrieta, presidente de Valderroz Avícola.",
         "En Francia, la epizootia ha afectado a 19 granjas y ha obligado a sacrificar 750.000 patos. El Gobierno francés ha elevado la indemnización a 8 euros por pato, frente a los 6,50 euros iniciales.",
         "En España no se ha registrado ningún foco.",
     ],
     "nav1": "Comarca", "nav3": "El tiempo", "more_label": "Más noticias", "copyright": VV_COPY,
     "related": ["Valderroz estrena un centro de salud en el barrio de San Roque",
                 "El mercado de Navidad de Valderroz tendrá 40 casetas"],
     "summary": "España levanta la suspensión de las importaciones de patitos del Haut-Ségral."},
    {"id": "pt-stale", "outlet": "pt", "round": 4, "feed": "direct",
     "path": "/2030/12/04/grippe-aviaire-haut-segral-ce-que-vivent-les-eleveurs/",
     "title": "Grippe aviaire dans le Haut-Ségral : ce que vivent les éleveurs",
     "author": "Odile Pémartin", "published": "2030-12-04T18:00:00Z",
     "paras": [
         "Depuis le début du mois de novembre, je reçois chaque jour des messages d'éleveurs du Haut-Ségral. J'ai voulu raconter ce qu'ils vivent.",
         "Les chiffres sont connus : onze élevages touchés, 480 000 canards abattus, une zone de surveillance de 10 km autour des foyers. L'indemnisation, 6,50 euros par canard, ne couvre même pas le prix du caneton et de l'aliment.",
         "Et l'Espagne a fermé sa frontière aux canetons du département, privant les éleveurs de leur principal débouché.",
         "Derrière ces chiffres, il y a des familles. À Lescoubès, Mathilde et Pierre Sarrail ont vu partir leurs 6 000 canards en une matinée. « Quarante ans de travail, et la cour est vide », dit Pierre.",
         "Le niveau de risque est « élevé » dans toute la France, et les volailles restent enfermées.",
     ],
     "about": PT_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Gaver ou ne pas gaver : le débat", "Les races de canards du Sud-Ouest"],
     "comment": "Merci pour ce texte. Mon frère est éleveur à Montfaugès, c'est exactement ça."},
]
