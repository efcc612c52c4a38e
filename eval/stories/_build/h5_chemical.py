"""Held-out set 5, story 2 (FICTIONAL): an explosion at the Novelcor chemical plant of Port-Salvin, a
French town on the river Lézan, which flows into Spain. The dead and the people taken to hospital
(counts), the residents evacuated (count), the sulphuric acid spilled (tonnes: the company and the
Spanish authorities disagree), the farmland where harvesting is banned (km²), the company's payment
per evacuated household (per-unit money); an evacuation order in force, then lifted (status).
Languages: en, fr, es."""

SLUG = "port-salvin-chemical-blast"
NAME = "Port-Salvin chemical plant explosion (fictional)"
DESCRIPTION = ("Fictional: an explosion at the Novelcor chemical plant in Port-Salvin kills workers, sends "
               "people to hospital and spills sulphuric acid into the river Lézan; residents are evacuated "
               "and farmland closed until the evacuation order is lifted.")
TERMS = [["Novelcor", "Port-Salvin"],
         ["explosion", "explosions", "explosión", "blast", "leak", "leaked", "fuite", "fuga", "spill",
          "spilled", "déversement", "vertido", "vertieron", "acid", "acide", "ácido", "evacuated",
          "evacuation", "evacuees", "évacuation", "évacués", "évacuées", "evacuación", "evacuados",
          "desalojados"]]

SEEDS = {"01_first_report.txt": """
France
Explosion at Novelcor chemical plant in Port-Salvin

An explosion followed by a fire hit the Novelcor chemical plant in Port-Salvin early on Tuesday, the local prefecture said. Firefighters were at the scene, and residents of nearby streets were told to stay indoors and keep their windows closed.

The plant, which makes sulphuric acid and fertilisers, employs 420 people.
"""}

OUTLETS = {
    "cnw": {"name": "Continental Newswire", "host": "continentalnewswire.example", "layout": "wire", "lang": "en"},
    "rlz": {"name": "Le Républicain du Lézan", "host": "republicain-lezan.example", "layout": "wire", "lang": "fr"},
    "bc": {"name": "Borderland Courier", "host": "borderlandcourier.example", "layout": "table", "lang": "en"},
    "da": {"name": "Diario del Arbás", "host": "diariodelarbas.example", "layout": "jsonld", "lang": "es"},
    "ri": {"name": "Risques & Industrie", "host": "risques-industrie.example", "layout": "blog", "lang": "fr"},
}

FEEDS = {"rss": ("Continental Newswire – Europe", None),
         "atom": ("Story alert: Port-Salvin explosion", "tag:alerts.example,2027:port-salvin-chemical-blast")}

ROUNDS = {1: "2027-03-16T20:00:00Z", 2: "2027-03-18T20:00:00Z", 3: "2027-03-22T20:00:00Z"}
ROUND_NOTES = {
    1: "Day of the explosion: 2 workers dead, 14 people in hospital, 1,200 residents evacuated on the prefect's order; Novelcor says 12 tonnes of sulphuric acid leaked, Spanish civil protection says about 30 tonnes reached the river the same day (French paper, wire, syndicated copy, Spanish paper).",
    2: "The French paper updates its story in place: 38 in hospital, 3,500 evacuated; the wire reports a harvest ban on 12 km² of farmland and 1,500 euros per evacuated household ('at least 38'); a slower outlet still says 1,200 were evacuated.",
    3: "A third worker dies; the evacuation order is lifted; the farmland ban is widened to 35 km² and the payment raised to 2,500 euros per household; a weekly still describes the order as in force.",
}

NB = "\u00a0"   # the French blog's typography: a no-break space before units and inside numbers

PAGES = [
    {"id": "rlz-explosion", "outlet": "rlz", "round": 1, "feed": "atom",
     "path": "/actualite/2027/03/16/explosion-usine-novelcor-port-salvin.html",
     "title": "Explosion à l'usine Novelcor de Port-Salvin : deux morts, 1 200 habitants évacués",
     "dek": "Quatorze personnes hospitalisées ; de l'acide sulfurique s'est déversé dans le Lézan",
     "author": "Jérôme Castagné", "published": "2027-03-16T11:00:00Z",
     "paras": [
         "Une explosion suivie d'un incendie a ravagé mardi vers 5 h 40 un atelier de l'usine chimique Novelcor de Port-Salvin, tuant deux salariés, selon la préfecture du Haut-Lézan. Au total, 14 personnes, dont 9 pompiers, ont été hospitalisées pour des difficultés respiratoires.",
         "La préfète, Anne-Laure Besson, a ordonné l'évacuation de 1 200 habitants des quartiers de la Gare et des Salines, situés sous le vent de l'usine.",
         "Selon Novelcor, 12 tonnes d'acide sulfurique se sont échappées d'une cuve endommagée par l'explosion, dont une partie a rejoint le Lézan.",
         "Le parquet a ouvert une enquête pour homicides involontaires.",
         "En 2004, une fuite de chlore sur le même site avait intoxiqué 60 personnes.",
     ],
     "related": ["Rugby : Port-Salvin s'incline 18-24 face à Lavaur", "Le gazole repasse à 1,79 euro le litre"],
     "newsletter": "L'essentiel de l'actualité du Lézan, chaque matin à 7 heures.",
     "comment": "J'habite à 800 mètres, on a entendu le bruit jusqu'à Salvagnac. 2 vitres brisées chez nous.",
     "summary": "Explosion à l'usine Novelcor de Port-Salvin : deux morts, 14 hospitalisés, 1 200 habitants évacués."},
    {"id": "cnw-blast", "outlet": "cnw", "round": 1, "feed": "rss",
     "path": "/cnw/europe/2027/03/16/france-novelcor-plant-explosion.html",
     "title": "Blast at French chemical plant kills two, 1,200 residents evacuated",
     "dek": "Sulphuric acid leaks into the river Lézan near the Spanish border",
     "author": "Tom Ashcroft", "published": "2027-03-16T14:00:00Z",
     "paras": [
         "PORT-SALVIN, France, March 16 (Continental Newswire) - An explosion at a Novelcor chemical plant in the southern French town of Port-Salvin killed two workers on Tuesday and sent 14 people to hospital, and authorities evacuated 1,200 residents living downwind of the site.",
         "Novelcor said 12 tonnes of sulphuric acid had leaked from a storage tank damaged in the blast, some of it into the river Lézan, which crosses into Spain 20 km downstream.",
         "The prefect ordered the evacuation of two neighbourhoods and told people within 5 km to keep their windows closed. Prosecutors opened a manslaughter investigation.",
         "A chlorine leak at the same plant in 2004 sent 60 people to hospital.",
     ],
     "related": ["Euro zone inflation eases to 2.1% in February", "French wheat exports hit 3-year high"],
     "comment": "Those tanks were built in the 1970s. 50 years old and nobody checked?",
     "summary": "An explosion at Novelcor's Port-Salvin plant kills two workers; 1,200 residents evacuated."},
    {"id": "bc-syndicated", "outlet": "bc", "round": 1, "feed": "atom", "copy_of": "cnw-blast",
     "path": "/courier/world/wire-port-salvin-plant-blast", "published": "2027-03-16T15:30:00Z",
     "summary": "From Continental Newswire: blast at French chemical plant kills two."},
    {"id": "da-vertido", "outlet": "da", "round": 1, "feed": "atom",
     "path": "/arbas/sucesos/unas-30-toneladas-acido-sulfurico-lezan-port-salvin",
     "title": "Unas 30 toneladas de ácido sulfúrico llegan al Lezán tras la explosión de Port-Salvin",
     "dek": "Protección Civil prohíbe pescar y bañarse en el río",
     "author": "Montserrat Ibars", "published": "2027-03-16T17:00:00Z",
     "paras": [
         "Unas 30 toneladas de ácido sulfúrico se vertieron al río Lezán tras la explosión de esta madrugada en la planta química de Novelcor en Port-Salvin (Francia), según los cálculos de Protección Civil del Arbás. La empresa había hablado de una cantidad menor.",
         "La explosión causó la muerte de dos trabajadores de la planta, situada a 20 kilómetros de la frontera.",
         "Las autoridades han prohibido la pesca, el baño y el riego con agua del Lezán en Arbanés y Ribesalta. El agua del grifo no corre peligro, ya que ambos municipios se abastecen de un embalse.",
         "En 1998, el vertido de una papelera arrojó 200 toneladas de lodos al Lezán.",
     ],
     "related": ["La feria de abril de Arbanés espera 40.000 visitantes", "El precio de la vivienda sube un 6% en el Arbás"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Unas 30 toneladas de ácido sulfúrico llegan al Lezán tras la explosión de Port-Salvin."},
    {"id": "cnw-dividend", "outlet": "cnw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/cnw/companies/2027/03/15/novelcor-raises-dividend.html",
     "title": "Novelcor raises dividend after record year",
     "author": "Tom Ashcroft", "published": "2027-03-15T12:00:00Z",
     "paras": [
         "PARIS, March 15 (Continental Newswire) - French chemicals maker Novelcor raised its dividend by 8% to 2.40 euros a share after net profit rose to 410 million euros in 2026, the company said on Monday.",
         "Sales rose 3% to 5.2 billion euros, helped by demand from battery makers.",
     ],
     "related": ["Paris stocks close 0.6% higher"],
     "summary": "Novelcor raises its dividend by 8% after a record year."},
    {"id": "ri-ammoniac", "outlet": "ri", "round": 1, "feed": "atom", "off_story": True,
     "path": "/risques/2027/03/16/fuite-d-ammoniac-laiterie-rivemont/",
     "title": "Fuite d'ammoniac dans une laiterie de Rivemont : 4 salariés intoxiqués",
     "author": "Paul Verdier", "published": "2027-03-16T08:00:00Z",
     "paras": [
         f"Une fuite d'ammoniac sur l'installation frigorifique de la laiterie coopérative de Rivemont a légèrement intoxiqué 4{NB}salariés lundi soir. Les 35{NB}autres employés ont été mis à l'abri.",
         "L'installation avait été contrôlée en septembre.",
     ],
     "related": ["Les accidents industriels en hausse de 4 % en 2026"],
     "about": "Risques & Industrie suit les accidents industriels en France depuis 2009.",
     "prev_post": "Article précédent", "next_post": "Article suivant",
     "summary": "Fuite d'ammoniac dans une laiterie de Rivemont : 4 salariés intoxiqués."},
    {"id": "rlz-explosion-updated", "outlet": "rlz", "round": 2, "feed": "atom", "version_of": "rlz-explosion",
     "path": "/actualite/2027/03/16/explosion-usine-novelcor-port-salvin.html",
     "title": "Explosion chez Novelcor : 38 personnes hospitalisées, 3 500 habitants évacués",
     "dek": "L'évacuation a été étendue à tout le sud de Port-Salvin",
     "author": "Jérôme Castagné", "published": "2027-03-16T11:00:00Z", "modified": "2027-03-17T16:00:00Z",
     "paras": [
         "Le bilan de l'explosion survenue mardi à l'usine Novelcor de Port-Salvin s'est alourdi : 38 personnes ont été hospitalisées, dont de nombreux riverains incommodés par les fumées, a indiqué mercredi la préfecture du Haut-Lézan. Le premier bilan, mardi, faisait état de 14 hospitalisés. Deux salariés ont été tués dans l'explosion.",
         "La préfète a étendu mercredi matin l'évacuation à tout le sud de la ville : 3 500 habitants ont désormais dû quitter leur domicile, contre 1 200 annoncés mardi.",
         "Le bilan pourrait encore s'alourdir, selon les médecins de l'hôpital de Salvagnac, où 6 patients sont en réanimation.",
         "L'ordre d'évacuation ne sera pas levé avant samedi au plus tôt, a prévenu la préfète. Le parquet a ouvert une enquête pour homicides involontaires.",
         "En 2004, une fuite de chlore sur le même site avait intoxiqué 60 personnes.",
     ],
     "related": ["Rugby : Port-Salvin s'incline 18-24 face à Lavaur", "Le gazole repasse à 1,79 euro le litre"],
     "newsletter": "L'essentiel de l'actualité du Lézan, chaque matin à 7 heures.",
     "comment": "J'habite à 800 mètres, on a entendu le bruit jusqu'à Salvagnac. 2 vitres brisées chez nous.",
     "summary": "Explosion chez Novelcor : 38 personnes hospitalisées, 3 500 habitants évacués."},
    {"id": "cnw-farmland", "outlet": "cnw", "round": 2, "feed": "rss",
     "path": "/cnw/europe/2027/03/18/france-bans-harvest-near-novelcor-plant.html",
     "title": "France bans harvest on 12 sq km of farmland after Novelcor acid leak",
     "dek": "Novelcor to pay 1,500 euros to each evacuated household",
     "author": "Tom Ashcroft", "published": "2027-03-18T08:00:00Z",
     "paras": [
         "PORT-SALVIN, France, March 18 (Continental Newswire) - French authorities on Thursday banned farmers from harvesting or selling produce from 12 square kilometres of farmland downwind of Novelcor's Port-Salvin chemical plant, two days after an explosion there killed two workers.",
         "At least 38 people have been taken to hospital since the blast, and 3,500 residents remain evacuated. The prefect said up to 10,000 people could be asked to leave if the wind turned north.",
         "Novelcor said it would pay 1,500 euros to each evacuated household to cover immediate costs. The evacuation order remains in force and is expected to be lifted at the weekend at the earliest.",
         "A chlorine leak at the same plant in 2004 sent 60 people to hospital.",
     ],
     "related": ["Euro zone inflation eases to 2.1% in February", "French wheat exports hit 3-year high"],
     "comment": "1,500 euros won't cover a week in a hotel for a family of 4.",
     "summary": "France bans the harvest on 12 sq km of farmland near Novelcor's Port-Salvin plant."},
    {"id": "bc-stale", "outlet": "bc", "round": 2, "feed": "atom",
     "path": "/courier/world/port-salvin-evacuees-school-gyms",
     "title": "Port-Salvin evacuees sleep in school gyms",
     "author": "Fiona Lattimer", "published": "2027-03-18T12:00:00Z",
     "paras": [
         "Some of the 1,200 residents evacuated after the explosion at the Novelcor plant in Port-Salvin are spending a third night in school gymnasiums, where the Red Cross has set up camp beds.",
         "\"We left with our slippers on,\" said a retired teacher from the Salines district. Volunteers from across the Lézan valley have brought food and blankets.",
         "The town's mayor said shops in the centre would reopen on Friday.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend by the sea", "Five ways to cut your water bill by 100 euros"],
     "summary": "Port-Salvin evacuees sleep in school gyms."},
    {"id": "da-indemnizacion", "outlet": "da", "round": 3, "feed": "atom",
     "path": "/arbas/sucesos/muere-tercer-trabajador-novelcor-2500-euros-hogar",
     "title": "Muere un tercer trabajador de Novelcor; la empresa pagará 2.500 euros por hogar evacuado",
     "dek": "Francia levanta la orden de evacuación y amplía a 35 km² la zona agrícola vetada",
     "author": "Montserrat Ibars", "published": "2027-03-21T10:00:00Z",
     "paras": [
         "Un tercer trabajador de la planta química de Novelcor en Port-Salvin murió el viernes en el centro de grandes quemados de Montclar a consecuencia de las heridas sufridas en la explosión del martes. Con él, ya son tres los fallecidos.",
         "La prefectura del Haut-Lézan levantó el sábado la orden de evacuación, y los 3.500 vecinos desalojados han podido volver a sus casas. En el hospital siguen ingresadas 9 personas, 2 de ellas en estado grave.",
         "Novelcor pagará 2.500 euros a cada hogar evacuado, frente a los 1.500 anunciados el jueves. Las asociaciones de vecinos reclaman que la indemnización llegue a 5.000 euros.",
         "Las autoridades francesas han ampliado a 35 kilómetros cuadrados la zona agrícola en la que está prohibido cosechar. En el lado español, la prohibición de pescar y bañarse en el Lezán sigue vigente.",
     ],
     "related": ["La feria de abril de Arbanés espera 40.000 visitantes", "El precio de la vivienda sube un 6% en el Arbás"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Muere un tercer trabajador de Novelcor; la empresa pagará 2.500 euros por hogar evacuado."},
    {"id": "ri-leve", "outlet": "ri", "round": 3, "feed": "direct",
     "path": "/risques/2027/03/21/port-salvin-ordre-evacuation-leve/",
     "title": "Port-Salvin : l'ordre d'évacuation levé, l'explosion de Novelcor a fait 3 morts",
     "author": "Paul Verdier", "published": "2027-03-21T15:00:00Z",
     "paras": [
         f"La préfète du Haut-Lézan a levé samedi l'ordre d'évacuation pris après l'explosion de mardi à l'usine Novelcor de Port-Salvin. Les 3{NB}500 habitants évacués ont pu regagner leur domicile.",
         "L'explosion a fait 3 morts : un troisième salarié, grièvement brûlé, est décédé vendredi. Au moins 38 personnes ont été hospitalisées depuis mardi.",
         f"L'interdiction de récolter a été étendue à 35{NB}km² de terres agricoles. Les pêcheurs ont déjà retiré 8{NB}tonnes de poissons morts du Lézan.",
         f"La quantité d'acide déversée reste discutée : Novelcor l'avait d'abord estimée à 12{NB}tonnes, la protection civile espagnole à 30.",
         f"Novelcor versera 2{NB}500 euros par foyer évacué. Selon une source proche du dossier, les enquêteurs pourraient mettre en examen le directeur du site.",
     ],
     "related": ["Les accidents industriels en hausse de 4 % en 2026", "Seveso : 1 300 sites classés en France"],
     "about": "Risques & Industrie suit les accidents industriels en France depuis 2009.",
     "prev_post": "Article précédent", "next_post": "Article suivant",
     "comment": "Et les 60 intoxiqués de 2004, on en parle ? Rien n'a changé en 23 ans.",
     "summary": "Port-Salvin : l'ordre d'évacuation levé ; l'explosion de Novelcor a fait 3 morts."},
    {"id": "bc-weekly", "outlet": "bc", "round": 3, "feed": "atom",
     "path": "/courier/weekly/port-salvin-evacuees-count-the-days",
     "title": "Port-Salvin evacuees count the days",
     "author": "Fiona Lattimer", "published": "2027-03-22T07:00:00Z",
     "paras": [
         "The 3,500 residents evacuated after the Novelcor explosion remain in shelters and hotels while the evacuation order stays in force, and many say they do not know when they will be able to go home.",
         "Novelcor has offered 1,500 euros per household. \"It pays for the hotel, not for the fridge full of food we left behind,\" said a mother of three from the Gare district.",
         "The Red Cross said it was still short of volunteers for the night shifts at the shelters.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend by the sea", "Five ways to cut your water bill by 100 euros"],
     "summary": "Port-Salvin evacuees count the days."},
]
