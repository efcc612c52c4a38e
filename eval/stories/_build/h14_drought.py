"""Held-out set 14, story 1 (FICTIONAL): a drought on Taravera, a Spanish island in the western Mediterranean,
in June and July 2031. The island's water consortium declares the drought alert on Thursday 19 June with its
two reservoirs at 28% of capacity and tells the towns to cut water use by 15%; the reserves fall (a
percentage), more and more inland towns are supplied by tanker lorry (a count), the drought phase moves from
alert to emergency with a 25% cut (status, percentage), night-time supply cuts are imposed and then lifted
once tanker ships bring water from the mainland (status), two outlets give different sizes for the island
council's emergency fund on the same day (money), and the Spanish ministry's contract for the tanker ships
is extended and its cost raised (money; the price per cubic metre does not change). Languages: en, es, de."""

SLUG = "taravera-drought-rationing"
NAME = "Drought and water rationing on the island of Taravera (fictional)"
DESCRIPTION = ("Fictional: a drought empties the reservoirs of Taravera, a Spanish island in the Mediterranean: the "
               "reserves as a share of capacity, the drought phase and the cut in water use the towns must make, "
               "the towns supplied by tanker lorry, night-time water cuts, the island council's emergency fund, "
               "and the tanker ships chartered to carry drinking water from the mainland.")
TERMS = [["Taravera", "Santa Irene", "Cuevas Altas", "Pinell", "Punta Grossa", "Son Brai",
          "Consorcio de Aguas de Taravera", "Marta Ferrando"],
         ["drought", "water", "reservoir", "reservoirs", "water cuts", "rationing", "tanker", "tankers",
          "tanker lorries", "desalination",
          "sequía", "agua", "embalse", "embalses", "reservas", "camiones cisterna", "buques cisterna",
          "cortes de agua", "cortes nocturnos", "desaladora", "restricciones",
          "Dürre", "Trockenheit", "Wasser", "Stauseen", "Stausee", "Wasserkrise", "Tankwagen", "Tankschiff",
          "Wassersperren", "Notstand"]]

SEEDS = {
    "01_consorcio.txt": """
Santa Irene de Taravera
El Consorcio de Aguas de Taravera presenta su plan de verano

Taravera, con unos 212.000 habitantes censados, depende para su abastecimiento de dos embalses, Cuevas Altas y el Pinell, de los acuíferos del llano de Son Brai y de la desaladora de Punta Grossa, que puede producir hasta 40.000 metros cúbicos al día. En julio y agosto la población de la isla casi se duplica con la llegada de los turistas.

El plan especial de sequía de la isla prevé cuatro escenarios —normalidad, prealerta, alerta y emergencia— en función de las reservas embalsadas, y cada uno de ellos lleva aparejadas restricciones de consumo más estrictas. El Consorcio pide a vecinos y visitantes que hagan un uso responsable del agua.
""",
    "02_saison.txt": """
Santa Irene
Hoteliers auf Taravera erwarten eine Rekordsaison

Die Hotelvereinigung von Taravera rechnet in diesem Sommer mit rund 1,9 Millionen Urlaubern, etwa ein Drittel davon aus Deutschland, Österreich und der Schweiz. Der Flughafen von Santa Irene bekommt zusätzliche Direktverbindungen nach Düsseldorf, München und Zürich. Umweltverbände warnen seit Jahren, dass der Wasserverbrauch der Insel im Sommer ihre Ressourcen übersteigt.
""",
}

OUTLETS = {
    "mp": {"name": "Meridian Press Agency", "host": "meridianpress.example", "layout": "wire", "lang": "en"},
    "tr": {"name": "The Taravera Resident", "host": "taraveraresident.example", "layout": "table", "lang": "en"},
    "dt": {"name": "Diario de Taravera", "host": "diariodetaravera.example", "layout": "jsonld", "lang": "es"},
    "tz": {"name": "Taravera Zeitung", "host": "taravera-zeitung.example", "layout": "table", "lang": "de"},
    "al": {"name": "Aljibe", "host": "aljibe-blog.example", "layout": "blog", "lang": "es"},
}

FEEDS = {"rss": ("Meridian Press Agency – Europe", None),
         "atom": ("Story alert: Taravera drought", "tag:alerts.example,2031:taravera-drought")}

ROUNDS = {1: "2031-06-20T20:00:00Z", 2: "2031-06-27T20:00:00Z", 3: "2031-07-08T20:00:00Z",
          4: "2031-07-26T20:00:00Z"}
ROUND_NOTES = {
    1: "Taravera declares a drought alert with its reservoirs at 28% of capacity; towns must cut water use by 15%, four inland villages get water by tanker lorry, no night-time cuts planned (English wire, its syndicated copy in an English-language island paper, the Spanish island daily).",
    2: "The Spanish daily updates its story in place: reservoirs at 24%, nine towns on tanker lorries; the German-language island weekly says the same and that an emergency would be declared below 20%; the wire reports that Madrid has chartered two tanker ships (21 million euros for four months, about 9 euros a cubic metre).",
    3: "Taravera declares a drought emergency with its reservoirs at 19%: a 25% cut in water use, night-time cuts in the capital and six other towns, 14 towns on tanker lorries; the island council's emergency fund is 12 million euros in the Spanish daily and 15 million euros in the wire eight hours later.",
    4: "The first tanker ship arrives and the night-time cuts are lifted (German weekly, Spanish daily); the ministry extends the ship contract to January and its cost rises to 34 million euros (Spanish daily); a slower Spanish water blog still has 24%, nine towns, the 15% cut, the night-time cuts and 21 million euros.",
}

MP_RELATED = ["Spain's registered unemployment falls for a fourth month",
              "Brent crude slips below $70 on supply outlook"]
DT_RELATED = ["Santa Irene prepara una noche de San Juan con 40 hogueras",
              "Baloncesto: el CB Taravera asciende a LEB Plata"]
TZ_RELATED = ["Neue Direktflüge von Düsseldorf nach Santa Irene",
              "Radsport: Inselrundfahrt führt erstmals über die Serra"]
TZ_COPY = "© 2031 Taravera Zeitung. Alle Rechte vorbehalten."
AL_ABOUT = ("Aljibe: un ingeniero agrónomo jubilado escribe sobre el agua y el territorio de Taravera "
            "desde 2019.")
HIST_EN = ("Taravera last ran this short of water in 1995, when its reservoirs fell to 11% and water was shipped "
           "from the mainland for 14 months.")
HIST_ES = ("La última gran sequía, la de 1995, dejó los embalses al 11% y obligó a traer agua en barco desde la "
           "península durante 14 meses.")

PAGES = [
    {"id": "mp-alert", "outlet": "mp", "round": 1, "feed": "rss",
     "path": "/europe/2031/06/19/spanish-island-taravera-drought-alert-reservoirs.html",
     "title": "Spanish island of Taravera declares drought alert as reservoirs sink to 28%",
     "dek": "Towns told to cut water use by 15%; tanker lorries already supply four villages",
     "author": "Lucía Benavent", "published": "2031-06-19T11:00:00Z",
     "paras": [
         "SANTA IRENE, Spain, June 19 (Meridian) - The Mediterranean island of Taravera declared a drought alert on Thursday after its two reservoirs fell to 28% of capacity, their lowest level for the time of year in almost three decades, and ordered its towns to cut water consumption by 15%.",
         "Under the alert, filling private swimming pools, watering gardens and washing cars with mains water are banned, with fines of up to 3,000 euros. Four inland villages whose wells have run dry are already being supplied by tanker lorries, the island's water consortium said.",
         "Rainfall since October has been 41% below average, according to the state weather agency. The Punta Grossa desalination plant, which can produce up to 40,000 cubic metres of drinking water a day, is running flat out.",
         "\"Nobody is going to be left without water at home,\" said Marta Ferrando, president of the Consorcio de Aguas de Taravera, adding that there were no plans for now to cut supplies at night. The consortium warned, however, that without rain the reserves could fall below 12% by the end of August.",
         "The island has about 212,000 residents, and its population almost doubles in July and August with the arrival of tourists. " + HIST_EN,
     ],
     "related": MP_RELATED,
     "comment": "28% in June. Wait until August.",
     "summary": "Taravera declares a drought alert as its reservoirs fall to 28% of capacity."},
    {"id": "tr-syndicated", "outlet": "tr", "round": 1, "feed": "atom", "copy_of": "mp-alert",
     "path": "/news/island/wire/taravera-declares-drought-alert-reservoirs", "published": "2031-06-19T16:00:00Z",
     "nav1": "Island news", "nav3": "Beach weather",
     "summary": "From Meridian: Taravera declares a drought alert as its reservoirs sink to 28%."},
    {"id": "dt-alerta", "outlet": "dt", "round": 1, "feed": "atom",
     "path": "/isla/2031/06/20/taravera-entra-en-alerta-por-sequia-embalses-28",
     "title": "Taravera entra en alerta por sequía con los embalses al 28%",
     "dek": "Los municipios deberán reducir un 15% el consumo; al menos cuatro pueblos del interior ya reciben agua en camiones cisterna",
     "author": "Joana Mascaró", "published": "2031-06-20T06:00:00Z",
     "paras": [
         "El Consorcio de Aguas de Taravera declaró este jueves la fase de alerta por sequía en toda la isla. Los embalses de Cuevas Altas y el Pinell están al 28% de su capacidad, el nivel más bajo en un mes de junio desde 1995.",
         "Taravera estaba en prealerta desde el 4 de marzo. El paso a la alerta obliga a los ayuntamientos a reducir un 15% el consumo de agua respecto al mismo mes del año pasado y prohíbe llenar piscinas privadas, regar jardines y lavar coches con agua de la red, con multas de hasta 3.000 euros.",
         "Al menos cuatro municipios del interior, cuyos pozos se han secado, reciben ya agua en camiones cisterna. «El suministro a los hogares está garantizado», aseguró la presidenta del Consorcio, Marta Ferrando, que descartó por ahora los cortes nocturnos.",
         "El Consorcio advierte de que, si no llueve, las reservas podrían bajar del 12% a finales de agosto. La desaladora de Punta Grossa ya trabaja al máximo de su capacidad, 40.000 metros cúbicos diarios.",
         "Los regantes del llano de Son Brai, que consumen casi la mitad del agua de la isla, han pedido ayudas al Consell para compensar la pérdida de las cosechas.",
     ],
     "related": DT_RELATED, "more_label": "Te puede interesar", "subscribe": "Suscríbete",
     "summary": "Taravera declara la alerta por sequía con los embalses al 28% de su capacidad."},
    {"id": "dt-sanjuan", "outlet": "dt", "round": 1, "feed": "atom", "off_story": True,
     "path": "/santa-irene/2031/06/18/noche-de-san-juan-santa-irene-40-hogueras",
     "title": "Santa Irene prepara una noche de San Juan con 40 hogueras y conciertos en el puerto",
     "author": "Xisco Pons", "published": "2031-06-18T10:00:00Z",
     "paras": [
         "El Ayuntamiento de Santa Irene ha autorizado 40 hogueras en las playas de la ciudad para la noche de San Juan, cinco más que el año pasado. Los conciertos del puerto empezarán a las 21.00 horas y terminarán con fuegos artificiales a medianoche.",
         "La Policía Local desplegará 120 agentes y habrá autobuses nocturnos cada 20 minutos hasta las cinco de la madrugada.",
     ],
     "related": ["Baloncesto: el CB Taravera asciende a LEB Plata"], "more_label": "Te puede interesar",
     "subscribe": "Suscríbete",
     "summary": "Santa Irene autoriza 40 hogueras para la noche de San Juan."},
    {"id": "mp-jobs", "outlet": "mp", "round": 1, "feed": "rss", "off_story": True,
     "path": "/business/2031/06/19/spain-registered-unemployment-falls-may.html",
     "title": "Spain's registered unemployment falls for a fourth month",
     "author": "Daniel Ortega Hale", "published": "2031-06-19T08:00:00Z",
     "paras": [
         "MADRID, June 19 (Meridian) - The number of people registered as unemployed in Spain fell by 42,300 in May to 2.41 million, the lowest for the month since 2007, the labour ministry said on Thursday.",
         "Hotels, restaurants and other tourism businesses accounted for more than half of the new jobs.",
     ],
     "related": ["Brent crude slips below $70 on supply outlook"],
     "summary": "Registered unemployment in Spain falls by 42,300 to 2.41 million."},
    # round 2
    {"id": "dt-alerta-updated", "outlet": "dt", "round": 2, "feed": "atom", "version_of": "dt-alerta",
     "path": "/isla/2031/06/20/taravera-entra-en-alerta-por-sequia-embalses-28",
     "title": "Taravera, en alerta por sequía: los embalses bajan al 24% y nueve pueblos dependen ya de los camiones cisterna",
     "dek": "El Consorcio de Aguas descarta por ahora los cortes nocturnos y pide a los hoteles que ahorren",
     "author": "Joana Mascaró", "published": "2031-06-20T06:00:00Z", "modified": "2031-06-23T18:00:00Z",
     "paras": [
         "Actualización del lunes 23 de junio: las reservas de los embalses de Cuevas Altas y el Pinell han bajado al 24% de su capacidad, según el último parte semanal del Consorcio de Aguas de Taravera. Ya son nueve los municipios del interior que reciben agua en camiones cisterna.",
         "La isla está en fase de alerta por sequía desde el jueves. Los ayuntamientos deben reducir un 15% el consumo de agua y está prohibido llenar piscinas privadas, regar jardines y lavar coches con agua de la red, con multas de hasta 3.000 euros.",
         "«El suministro a los hogares está garantizado», insiste la presidenta del Consorcio, Marta Ferrando, que sigue descartando los cortes nocturnos. El Consorcio ha pedido a los hoteles que reduzcan voluntariamente su consumo y ha cerrado las duchas de las playas.",
         "Si no llueve, las reservas podrían bajar del 12% a finales de agosto. La desaladora de Punta Grossa trabaja al máximo de su capacidad, 40.000 metros cúbicos diarios.",
         HIST_ES,
     ],
     "related": DT_RELATED, "more_label": "Te puede interesar", "subscribe": "Suscríbete",
     "summary": "Los embalses de Taravera bajan al 24%; nueve pueblos reciben agua en camiones cisterna."},
    {"id": "tz-duerre", "outlet": "tz", "round": 2, "feed": "rss",
     "path": "/insel/2031/06/25/duerre-taravera-stauseen-24-prozent-tankwagen",
     "title": "Dürre auf Taravera: Stauseen nur noch zu 24 Prozent gefüllt",
     "author": "Sabine Kreutzer", "published": "2031-06-25T07:00:00Z",
     "paras": [
         "Die Wasserkrise auf Taravera verschärft sich. Die beiden Stauseen der Insel, Cuevas Altas und Pinell, sind nur noch zu 24 Prozent gefüllt, wie das Wasserkonsortium der Insel (Consorcio de Aguas de Taravera) mitteilte. Neun Gemeinden im Inselinneren werden inzwischen mit Tankwagen versorgt, weil ihre Brunnen versiegt sind.",
         "Seit vergangenem Donnerstag gilt auf Taravera die Dürre-Alarmstufe („alerta“). Die Gemeinden müssen ihren Wasserverbrauch um 15 Prozent senken. Private Pools dürfen nicht mehr befüllt, Gärten nicht mehr bewässert und Autos nicht mehr mit Leitungswasser gewaschen werden. Bei Verstößen drohen Bußgelder von bis zu 3.000 Euro.",
         "Für Urlauber gibt es bislang kaum Einschränkungen. Hotels und Ferienwohnungen sind aufgerufen, freiwillig Wasser zu sparen; die Duschen an den Stränden wurden abgestellt. Nächtliche Wassersperren seien derzeit nicht geplant, versicherte Konsortiumschefin Marta Ferrando.",
         "Sollten die Reserven unter 20 Prozent fallen, will das Konsortium den Dürre-Notstand ausrufen. Ohne Regen könnten die Stauseen bis Ende August auf unter 12 Prozent sinken, heißt es.",
         "Die Meerwasserentsalzungsanlage von Punta Grossa läuft bereits unter Volllast und liefert bis zu 40.000 Kubikmeter Trinkwasser am Tag.",
     ],
     "nav1": "Insel", "nav3": "Wetter", "more_label": "Mehr von der Insel", "copyright": TZ_COPY,
     "related": TZ_RELATED,
     "summary": "Die Stauseen auf Taravera sind nur noch zu 24 Prozent gefüllt; neun Gemeinden hängen am Tankwagen."},
    {"id": "mp-ships", "outlet": "mp", "round": 2, "feed": "rss",
     "path": "/europe/2031/06/26/spain-charters-tanker-ships-drinking-water-taravera.html",
     "title": "Spain charters two tankers to ship drinking water to drought-hit Taravera",
     "dek": "First ship expected in mid-July; the island's reservoirs are down to 24%",
     "author": "Lucía Benavent", "published": "2031-06-26T13:00:00Z",
     "paras": [
         "MADRID, June 26 (Meridian) - Spain's environment ministry has chartered two tanker ships to carry drinking water from the mainland to the island of Taravera, where the reservoirs have fallen to 24% of capacity, the ministry said on Thursday.",
         "Each ship will carry about 30,000 cubic metres a trip. Delivered water will cost about 9 euros a cubic metre, against less than 1 euro for water from the island's own reservoirs, and the four-month contract is worth 21 million euros.",
         "The first ship is expected to dock in Santa Irene, the island's capital, in mid-July.",
         "Nine inland towns are already supplied by tanker lorry, and all of the island's towns have been told to cut water use by 15%. The island's water consortium has not ruled out night-time supply cuts if the reserves keep falling.",
         "In 1995, the last time Taravera ran this short of water, ships carried water from the mainland for 14 months.",
     ],
     "related": MP_RELATED,
     "comment": "9 euros a cubic metre. Who is paying for this?",
     "summary": "Spain charters two tanker ships to carry drinking water to Taravera."},
    # round 3
    {"id": "dt-emergencia", "outlet": "dt", "round": 3, "feed": "atom",
     "path": "/isla/2031/07/07/taravera-declara-emergencia-sequia-cortes-nocturnos",
     "title": "Taravera declara la emergencia por sequía: cortes de agua nocturnos en Santa Irene y otros seis municipios",
     "dek": "Los embalses, al 19%. El Consell aprueba un fondo de emergencia de 12 millones de euros",
     "author": "Joana Mascaró", "published": "2031-07-07T06:00:00Z",
     "paras": [
         "El Consorcio de Aguas de Taravera declaró el domingo la fase de emergencia por sequía, después de que las reservas de los embalses de Cuevas Altas y el Pinell cayeran al 19% de su capacidad. Los ayuntamientos deberán reducir ahora un 25% el consumo de agua.",
         "Los cortes de suministro nocturnos comenzaron anoche en Santa Irene y en otros seis municipios: el agua deja de salir de los grifos entre la medianoche y las seis de la mañana. «Es una medida dura, pero necesaria», defendió la presidenta del Consorcio, Marta Ferrando.",
         "Ya son 14 los municipios que reciben agua en camiones cisterna, cinco de ellos en la comarca del norte.",
         "El Consell de Taravera aprobó ayer un fondo de emergencia de 12 millones de euros para los ayuntamientos y los agricultores afectados por la sequía.",
         "El 19 de junio, cuando se declaró la alerta, los embalses estaban al 28%. El primer buque cisterna fletado por el Ministerio para la Transición Ecológica tiene previsto atracar en Santa Irene la semana que viene.",
     ],
     "related": ["Santa Irene: la feria de julio reduce su programa", "Baloncesto: el CB Taravera ficha a un base croata"],
     "more_label": "Te puede interesar", "subscribe": "Suscríbete",
     "summary": "Taravera declara la emergencia por sequía con los embalses al 19%."},
    {"id": "mp-emergency", "outlet": "mp", "round": 3, "feed": "rss",
     "path": "/europe/2031/07/07/taravera-drought-emergency-night-water-cuts.html",
     "title": "Drought-hit Taravera declares emergency, turns off taps at night",
     "dek": "Reservoirs down to 19%; towns must cut water use by 25%",
     "author": "Lucía Benavent", "published": "2031-07-07T14:00:00Z",
     "paras": [
         "SANTA IRENE, Spain, July 7 (Meridian) - The Spanish island of Taravera has declared a drought emergency and begun turning off mains water at night in its capital and six other towns, after its reservoirs fell to 19% of capacity.",
         "Under the emergency, the island's towns must cut their water consumption by 25%. In Santa Irene, the capital, the taps have been dry from midnight to 6 a.m. since Sunday night.",
         "At least 14 towns are now supplied by tanker lorry, the island's water consortium said. The island council approved a 15 million euro emergency fund for town halls and farmers on Sunday.",
         "Taravera declared a drought alert on June 19, when its reservoirs stood at 28%.",
         "Hotels, which account for about a fifth of the island's water use in summer, have been asked to close saunas and to refill their pools with seawater. Hoteliers said bookings had not been affected so far. The first of the two tanker ships chartered by the Spanish government is due in Santa Irene next week.",
     ],
     "related": MP_RELATED,
     "comment": "We live in Santa Irene. No water from midnight, and the hotels still have full pools.",
     "summary": "Taravera declares a drought emergency and turns off the taps at night."},
    # round 4
    {"id": "tz-schiff", "outlet": "tz", "round": 4, "feed": "rss",
     "path": "/insel/2031/07/22/erstes-wasserschiff-santa-irene-nachtsperren-aufgehoben",
     "title": "Erstes Wasserschiff in Santa Irene – nächtliche Wassersperren aufgehoben",
     "author": "Sabine Kreutzer", "published": "2031-07-22T08:00:00Z",
     "paras": [
         "Mit dem ersten Tankschiff vom Festland hat sich die Lage auf Taravera etwas entspannt. Die „Nuria del Mar“ legte am Samstag im Hafen von Santa Irene an und pumpte rund 30.000 Kubikmeter Trinkwasser ins Leitungsnetz.",
         "Seit Montag fließt das Wasser in Santa Irene und den sechs anderen betroffenen Gemeinden wieder rund um die Uhr: Das Wasserkonsortium hat die nächtlichen Sperren aufgehoben. „Dank der Schiffe können wir die Versorgung auch nachts wieder garantieren“, sagte Konsortiumschefin Marta Ferrando.",
         "Der Dürre-Notstand bleibt allerdings in Kraft. Die Stauseen sind zu 19 Prozent gefüllt, die Gemeinden müssen weiterhin 25 Prozent Wasser sparen, und 14 Orte werden weiter mit Tankwagen versorgt.",
         "Das zweite Schiff soll Anfang August eintreffen. Ob der Notstand vor dem Herbst aufgehoben werden kann, ist offen.",
     ],
     "nav1": "Insel", "nav3": "Wetter", "more_label": "Mehr von der Insel", "copyright": TZ_COPY,
     "related": ["Rekord am Flughafen: 41.000 Passagiere an einem Tag",
                 "Radsport: Inselrundfahrt führt erstmals über die Serra"],
     "summary": "Das erste Tankschiff hat Santa Irene erreicht; die nächtlichen Wassersperren sind aufgehoben."},
    {"id": "dt-contrato", "outlet": "dt", "round": 4, "feed": "atom",
     "path": "/isla/2031/07/24/ministerio-prorroga-buques-cisterna-34-millones",
     "title": "El Ministerio prorroga hasta enero el contrato de los buques cisterna, que sube a 34 millones",
     "dek": "Santa Irene recupera el agua por la noche tras la llegada del primer barco",
     "author": "Joana Mascaró", "published": "2031-07-24T07:00:00Z",
     "paras": [
         "El Ministerio para la Transición Ecológica ha prorrogado hasta finales de enero el contrato de los dos buques cisterna que traen agua potable a Taravera desde la península. El coste del contrato sube así a 34 millones de euros, frente a los 21 millones previstos en junio.",
         "El agua llega a un precio de unos 9 euros por metro cúbico, según el Ministerio. El primer barco, el «Nuria del Mar», descargó el sábado unos 30.000 metros cúbicos en el puerto de Santa Irene; el segundo llegará a principios de agosto.",
         "Gracias al agua de los barcos, el Consorcio de Aguas de Taravera levantó el lunes los cortes nocturnos en Santa Irene y en los otros seis municipios afectados.",
         "La isla sigue en fase de emergencia. Los embalses están al 19% de su capacidad y 14 municipios dependen todavía de los camiones cisterna.",
         "La oposición en el Consell critica el coste del agua traída en barco. «Con 34 millones se podría ampliar la desaladora de Punta Grossa», sostiene su portavoz, Pere Vilanova.",
     ],
     "related": ["Santa Irene: la feria de julio reduce su programa",
                 "Fútbol: el Atlético Taravera presenta a sus fichajes"],
     "more_label": "Te puede interesar", "subscribe": "Suscríbete",
     "summary": "El contrato de los buques cisterna se prorroga hasta enero y sube a 34 millones de euros."},
    {"id": "al-stale", "outlet": "al", "round": 4, "feed": "direct",
     "path": "/2031/07/25/taravera-sed-turismo-y-barcos/",
     "title": "Taravera: sed, turismo y barcos",
     "author": "Bernat Oliver", "published": "2031-07-25T17:00:00Z",
     "paras": [
         "Vuelvo a escribir sobre la sequía de Taravera porque me lo pedís muchos lectores. Repaso los datos.",
         "Los embalses de Cuevas Altas y el Pinell están al 24% de su capacidad y nueve pueblos del interior viven pendientes del camión cisterna. Los ayuntamientos tienen que ahorrar un 15% de agua, y en Santa Irene siguen los cortes nocturnos.",
         "El Ministerio ha fletado dos barcos por 21 millones de euros, a unos 9 euros el metro cúbico: diez veces lo que cuesta el agua de nuestros embalses.",
         "Lo que nadie dice es que los regantes del llano de Son Brai siguen bombeando de los acuíferos como si nada, y que cada verano abrimos más plazas hoteleras.",
         "En 1995 los embalses llegaron al 11%. Si no cambiamos nada, lo volveremos a ver.",
     ],
     "about": AL_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "related": ["Los pozos de Son Brai, medio siglo después", "¿Desalar o ahorrar?"],
     "comment": "Gracias. A mi pueblo el camión viene dos veces por semana."},
]
