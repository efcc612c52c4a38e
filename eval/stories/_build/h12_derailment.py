"""Held-out set 12, story 1 (FICTIONAL): the Intercity 4152 of Ferrocarriles del Noroeste (FENOR), from
Valdemora to Puerto Ancho in north-western Spain, derails on the Almedrales curve near Lanzós on the
evening of Friday 13 July 2029. The dead and the injured are counted (counts), the number still in
hospital falls, two outlets give different speeds for the train on the same day, the driver is arrested
and then released by the judge with charges (status), and the line, closed after the crash, reopens at a
higher repair cost than first estimated (status, money). Languages: en, es, fr."""

SLUG = "lanzos-train-derailment"
NAME = "Derailment of the Intercity 4152 at the Almedrales curve near Lanzós (fictional)"
DESCRIPTION = ("Fictional: the Intercity 4152 of Ferrocarriles del Noroeste (FENOR) from Valdemora to Puerto Ancho "
               "derails on the Almedrales curve near Lanzós, in north-western Spain: the dead, the injured and "
               "those still in hospital, the train's speed, the driver's arrest and release, and the closure, "
               "repair and reopening of the line.")
TERMS = [["Lanzós", "Lanzos", "Almedrales", "FENOR", "Ferrocarriles del Noroeste", "Valdemora", "Puerto Ancho",
          "Tomás Urrieta", "Urrieta", "INFERSA", "Intercity 4152"],
         ["train", "derailment", "derailed", "carriages", "passengers", "driver", "railway", "rail line",
          "injured", "killed", "crash",
          "tren", "descarrilamiento", "descarriló", "descarrilado", "vagones", "coches", "maquinista", "pasajeros",
          "viajeros", "heridos", "fallecidos", "muertos", "víctimas", "accidente ferroviario", "ferroviario",
          "ferroviaria",
          "déraillement", "déraillé", "wagons", "voitures", "conducteur", "passagers", "blessés", "morts",
          "ferroviaire", "catastrophe ferroviaire"]]

SEEDS = {
    "01_linea.txt": """
Valdemora
FENOR amplía el Intercity a Puerto Ancho durante el verano

Ferrocarriles del Noroeste (FENOR) ofrecerá este verano cuatro frecuencias diarias del Intercity entre Valdemora y Puerto Ancho, una más que el año pasado. El trayecto, de 212 kilómetros, dura dos horas y cuarenta minutos.

La línea fue renovada entre 2019 y 2021 y admite velocidades de hasta 200 kilómetros por hora en la mayor parte del recorrido. En la curva de Almedrales, a la entrada de Lanzós, la velocidad máxima permitida es de 80 kilómetros por hora.
""",
    "02_safety.txt": """
Madrid
Spanish rail safety report flags ageing signalling on regional lines

Spain's rail accident investigation body said in its annual report that several regional lines in the north-west still rely on signalling that cannot automatically brake a train that exceeds the speed limit on a curve. It recommended that the infrastructure manager INFERSA fit automatic speed control on all curves with a limit below 100 km/h by 2032.
""",
}

OUTLETS = {
    "mnw": {"name": "Meridian Newswire", "host": "meridiannewswire.example", "layout": "wire", "lang": "en"},
    "cc": {"name": "The Costa Chronicle", "host": "costachronicle.example", "layout": "table", "lang": "en"},
    "hn": {"name": "El Heraldo del Noroeste", "host": "heraldodelnoroeste.example", "layout": "jsonld", "lang": "es"},
    "ps": {"name": "Le Phare de Sorbiers", "host": "pharedesorbiers.example", "layout": "table", "lang": "fr"},
    "cv": {"name": "Cuaderno de Vía", "host": "cuadernodevia.example", "layout": "blog", "lang": "es"},
}

FEEDS = {"rss": ("Meridian Newswire – Europe", None),
         "atom": ("Story alert: Lanzós train derailment", "tag:alerts.example,2029:lanzos-derailment")}

ROUNDS = {1: "2029-07-14T12:00:00Z", 2: "2029-07-15T20:00:00Z", 3: "2029-07-18T20:00:00Z",
          4: "2029-07-26T20:00:00Z"}
ROUND_NOTES = {
    1: "The Intercity 4152 derails on the Almedrales curve near Lanzós on Friday evening: four dead, 63 injured, the line closed (English wire, its syndicated copy in an expatriate paper, a Spanish regional site).",
    2: "The Spanish site updates its story in place: seven dead, 81 injured, 34 still in hospital, the driver arrested, and the train at 178 km/h according to investigation sources; a French regional paper follows a local victim; the wire, five hours after the Spanish update, puts the speed at 155 km/h (the operator's first reading of the recorder) and the repair bill at 12 million euros.",
    3: "A judge releases the driver with charges (Spanish site); two of the injured die, the toll reaches nine and 19 remain in hospital (wire); a slower Spanish railway blog still has seven dead, 34 in hospital and the driver in custody.",
    4: "The line reopens after twelve days; the infrastructure manager now puts the repairs at 19 million euros (French regional paper).",
}

MNW_RELATED = ["Spain's tourist arrivals hit a record 11.2 million in June",
               "Heatwave: Seville reaches 44 degrees"]
HN_RELATED = ["Valdemora inaugura un carril bici en la avenida del Puerto",
              "Fútbol: el Valdemora CF ficha a un delantero por 3 millones"]
PS_RELATED = ["Sorbiers : le feu d'artifice du 14 juillet a réuni 6 000 personnes",
              "Cyclisme : victoire de Romain Péchaud au Grand Prix de la Lande"]
PS_COPY = "© 2029 Le Phare de Sorbiers. Tous droits réservés."
CV_ABOUT = ("Cuaderno de Vía: un maquinista jubilado escribe sobre trenes, vías y seguridad ferroviaria "
            "en el noroeste desde 2015.")
HIST_1994 = ("The worst rail accident in the region was the derailment at Robledal in 1994, in which 23 people "
             "were killed.")

PAGES = [
    {"id": "mnw-derail", "outlet": "mnw", "round": 1, "feed": "rss",
     "path": "/europe/2029/07/13/spain-intercity-train-derails-lanzos.html",
     "title": "At least four dead as Spanish intercity train derails on curve",
     "dek": "Eight carriages left the track near Lanzós on the line from Valdemora to Puerto Ancho",
     "author": "Helen Marsh", "published": "2029-07-13T23:30:00Z",
     "paras": [
         "LANZÓS, Spain, July 13 (Meridian Newswire) - At least four people were killed and 63 injured when an intercity train derailed on a curve near the town of Lanzós in north-western Spain on Friday evening, regional emergency services said.",
         "The Intercity 4152, operated by Ferrocarriles del Noroeste (FENOR), was carrying 226 passengers and four crew from Valdemora to Puerto Ancho when all eight of its carriages left the track at the Almedrales curve at about 7.40 p.m. local time. Two carriages overturned and one came to rest against a retaining wall.",
         "\"It felt as if the train took off. Then everything went dark and people were screaming,\" said Julia Ferrández, 34, who was travelling with her two children and was treated for cuts at the scene.",
         "The injured were taken to hospitals in Valdemora and Lanzós. Several were in critical condition, and officials warned that the toll could rise as firefighters cut through the wreckage of the overturned carriages.",
         "The driver survived with minor injuries. FENOR said it was too early to say what had caused the derailment. Rail traffic between Valdemora and Puerto Ancho was suspended, and the infrastructure manager INFERSA said the line would stay closed while investigators worked at the site.",
         "The speed limit on the Almedrales curve is 80 km/h.",
         HIST_1994,
     ],
     "related": MNW_RELATED,
     "comment": "I take this train every summer. Praying for everyone on board.",
     "summary": "An Intercity train derails near Lanzós, Spain: at least four dead and 63 injured."},
    {"id": "cc-syndicated", "outlet": "cc", "round": 1, "feed": "atom", "copy_of": "mnw-derail",
     "path": "/news/spain/wire/intercity-train-derails-lanzos", "published": "2029-07-14T03:00:00Z",
     "nav1": "Spain news", "nav3": "Costa weather",
     "summary": "From Meridian Newswire: an intercity train derails near Lanzós."},
    {"id": "hn-descarrilamiento", "outlet": "hn", "round": 1, "feed": "atom",
     "path": "/sucesos/2029/07/14/descarrila-intercity-curva-almedrales-lanzos",
     "title": "Cuatro muertos y 63 heridos al descarrilar el Intercity Valdemora-Puerto Ancho en Lanzós",
     "dek": "Los ocho coches del tren de FENOR se salieron de la vía en la curva de Almedrales",
     "author": "Marta Iribarren", "published": "2029-07-14T07:00:00Z",
     "paras": [
         "Cuatro personas murieron y otras 63 resultaron heridas en el descarrilamiento del Intercity 4152 de Ferrocarriles del Noroeste (FENOR) que cubría el trayecto entre Valdemora y Puerto Ancho, ocurrido el viernes a las 19.40 en la curva de Almedrales, a la entrada de Lanzós.",
         "El tren llevaba 226 pasajeros y cuatro tripulantes. Los ocho coches se salieron de la vía; dos de ellos volcaron y uno quedó empotrado contra un muro de contención, según el servicio de emergencias 112 de la comunidad.",
         "Los bomberos trabajaron durante toda la noche para rescatar a los viajeros atrapados. Los heridos fueron trasladados al Hospital Comarcal de Lanzós y al Hospital Universitario de Valdemora, que activó su plan de catástrofes.",
         "El maquinista, herido leve, fue atendido en el lugar del accidente. FENOR ha abierto una investigación interna y la Comisión de Investigación de Accidentes Ferroviarios ha enviado a tres técnicos a Lanzós.",
         "La línea permanece cortada entre Valdemora y Puerto Ancho. FENOR ha organizado un servicio de autobuses para los viajeros.",
         "El peor accidente ferroviario de la región sigue siendo el descarrilamiento de Robledal, en 1994, que causó 23 muertos.",
     ],
     "related": HN_RELATED, "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Cuatro muertos y 63 heridos en el descarrilamiento del Intercity en Lanzós."},
    {"id": "hn-autobuses", "outlet": "hn", "round": 1, "feed": "atom", "off_story": True,
     "path": "/valdemora/2029/07/12/huelga-autobuses-urbanos-valdemora",
     "title": "Los conductores de los autobuses urbanos de Valdemora convocan huelga para agosto",
     "author": "Pablo Sendino", "published": "2029-07-12T10:00:00Z",
     "paras": [
         "El comité de empresa de Autobuses Urbanos de Valdemora ha convocado seis días de huelga en agosto para reclamar una subida salarial del 4 %. La empresa ofrece un 2,5 %.",
         "El Ayuntamiento ha anunciado servicios mínimos del 40 % en las horas punta. La compañía transporta unos 95.000 usuarios al día.",
     ],
     "related": ["Valdemora inaugura un carril bici en la avenida del Puerto"], "more_label": "Más noticias",
     "subscribe": "Suscríbete",
     "summary": "Huelga de seis días en los autobuses urbanos de Valdemora en agosto."},
    {"id": "mnw-airline", "outlet": "mnw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/business/2029/07/12/costa-airways-adds-routes-summer.html",
     "title": "Costa Airways adds 14 routes as summer demand holds up",
     "author": "Oliver Grant", "published": "2029-07-12T09:00:00Z",
     "paras": [
         "MADRID, July 12 (Meridian Newswire) - Low-cost carrier Costa Airways said on Thursday it would add 14 routes from August and expected to carry 9.5 million passengers this summer, up 8% on last year.",
         "The airline's shares rose 3.1% in Madrid.",
     ],
     "related": ["Spain's tourist arrivals hit a record 11.2 million in June"],
     "summary": "Costa Airways adds 14 routes and expects 9.5 million summer passengers."},
    # round 2
    {"id": "hn-descarrilamiento-updated", "outlet": "hn", "round": 2, "feed": "atom",
     "version_of": "hn-descarrilamiento",
     "path": "/sucesos/2029/07/14/descarrila-intercity-curva-almedrales-lanzos",
     "title": "Detenido el maquinista del Intercity de Lanzós; los muertos ascienden a siete",
     "dek": "Fuentes de la investigación sitúan la velocidad del tren en 178 km/h en una curva limitada a 80",
     "author": "Marta Iribarren", "published": "2029-07-14T07:00:00Z", "modified": "2029-07-15T09:00:00Z",
     "paras": [
         "Actualización: La Guardia Civil detuvo el sábado por la tarde al maquinista del Intercity 4152, Tomás Urrieta, de 51 años, como presunto autor de varios delitos de homicidio y lesiones por imprudencia grave. Urrieta permanece detenido en el Hospital Universitario de Valdemora, donde se recupera de heridas leves, y pasará a disposición judicial en las próximas horas.",
         "El número de fallecidos en el descarrilamiento de la curva de Almedrales, a la entrada de Lanzós, se eleva ya a siete. Los bomberos hallaron el sábado por la mañana dos cuerpos más bajo uno de los coches volcados, y una mujer de 68 años murió por la noche en el hospital.",
         "Los heridos son 81, según el último balance del servicio de emergencias 112, que ha sumado a los viajeros que acudieron por su cuenta a centros de salud. De ellos, 34 siguen hospitalizados y nueve se encuentran en estado crítico, por lo que no se descarta que el número de víctimas aumente.",
         "Según fuentes de la investigación que han tenido acceso a la caja negra, el tren circulaba a 178 kilómetros por hora al entrar en la curva, donde la velocidad máxima permitida es de 80.",
         "La línea entre Valdemora y Puerto Ancho sigue cortada. El tren llevaba 226 pasajeros y cuatro tripulantes.",
         "El peor accidente ferroviario de la región sigue siendo el descarrilamiento de Robledal, en 1994, que causó 23 muertos.",
     ],
     "related": HN_RELATED, "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Siete muertos y 81 heridos; detenido el maquinista del Intercity de Lanzós."},
    {"id": "ps-victime", "outlet": "ps", "round": 2, "feed": "rss",
     "path": "/region/2029/07/15/deraillement-espagne-sorbiers-pelerins",
     "title": "Déraillement en Espagne : une pèlerine de Sorbiers parmi les victimes",
     "author": "Anne Loubatières", "published": "2029-07-15T11:00:00Z",
     "paras": [
         "Elle avait pris le train pour rejoindre le chemin de Compostelle à Puerto Ancho. Geneviève Castagné, 66 ans, ancienne institutrice à Sorbiers, fait partie des sept morts du déraillement survenu vendredi soir près de Lanzós, dans le nord-ouest de l'Espagne.",
         "Le train Intercity de la compagnie FENOR, qui reliait Valdemora à Puerto Ancho avec 226 passagers à bord, a quitté les rails dans la courbe d'Almedrales. Le dernier bilan des secours espagnols fait état de sept morts et de 81 blessés.",
         "Quatre autres pèlerins du groupe paroissial de Sorbiers voyageaient avec elle. Deux sont hospitalisés à Valdemora, dont un homme de 71 ans grièvement blessé ; les deux autres sont indemnes et devaient rentrer lundi.",
         "Le conducteur du train, Tomás Urrieta, a été arrêté samedi par la Guardia Civil, a indiqué la presse espagnole. La justice cherche à établir à quelle vitesse roulait le convoi.",
         "« Geneviève avait fait le chemin jusqu'à Puerto Ancho trois fois. C'était sa dernière étape », confie le père Jean-Luc Sarrade, curé de la paroisse. Une veillée de prière aura lieu mardi à 20 h 30 en l'église Saint-Vincent.",
     ],
     "nav1": "Actualité", "nav3": "Météo", "more_label": "À lire aussi", "copyright": PS_COPY,
     "related": PS_RELATED,
     "summary": "Une pèlerine de Sorbiers parmi les sept morts du déraillement de Lanzós."},
    {"id": "mnw-speed", "outlet": "mnw", "round": 2, "feed": "rss",
     "path": "/europe/2029/07/15/spain-train-crash-driver-arrested-speed.html",
     "title": "Spanish train crash toll rises to seven; driver arrested",
     "dek": "Operator's first reading of the data recorder puts the train at 155 km/h on an 80 km/h curve",
     "author": "Helen Marsh", "published": "2029-07-15T14:00:00Z",
     "paras": [
         "LANZÓS, Spain, July 15 (Meridian Newswire) - The death toll from Friday's derailment of an intercity train near Lanzós in north-western Spain has risen to seven, and police have arrested the driver, officials said on Sunday.",
         "Tomás Urrieta, 51, was detained on Saturday on suspicion of reckless homicide and remains in custody in hospital in Valdemora, the Guardia Civil said. He is expected to appear before a judge on Monday.",
         "The operator, Ferrocarriles del Noroeste (FENOR), said a first reading of the train's data recorder showed it was travelling at 155 km/h when it entered the Almedrales curve, where the limit is 80 km/h. FENOR's chief executive, Ignacio Soler, said the company was \"devastated\" and would cooperate fully with investigators.",
         "Regional health authorities said 81 people had been injured. Of these, 34 remained in hospital, nine of them in critical condition.",
         "The line between Valdemora and Puerto Ancho remains closed. The infrastructure manager INFERSA estimated the cost of repairing the track, overhead wires and the retaining wall at 12 million euros and said the line could reopen in early August.",
         "Spain's transport minister, Elena Carrasco, visited the site on Saturday and promised \"the whole truth\" about the crash.",
         HIST_1994,
     ],
     "related": MNW_RELATED,
     "comment": "155 on an 80 curve. How is there no automatic braking on this line in 2029?",
     "summary": "Lanzós train crash: seven dead, 81 injured; the driver is arrested."},
    # round 3
    {"id": "hn-libertad", "outlet": "hn", "round": 3, "feed": "atom",
     "path": "/sucesos/2029/07/16/juez-libertad-con-cargos-maquinista-intercity-lanzos",
     "title": "El juez deja en libertad con cargos al maquinista del Intercity de Lanzós",
     "dek": "Tomás Urrieta, que reconoció haberse distraído, deberá comparecer cada quince días y no podrá salir de España",
     "author": "Marta Iribarren", "published": "2029-07-16T22:00:00Z",
     "paras": [
         "El juez de instrucción número 2 de Valdemora dejó este lunes en libertad provisional con cargos al maquinista del Intercity 4152, Tomás Urrieta, tras tomarle declaración durante casi tres horas.",
         "Urrieta, que había sido detenido el sábado, está investigado por homicidio y lesiones por imprudencia grave. El juez le ha retirado el pasaporte y le obliga a comparecer en el juzgado cada quince días. La Fiscalía no había pedido prisión.",
         "Según fuentes judiciales, el maquinista reconoció ante el juez que se distrajo con una llamada de servicio de FENOR justo antes de la curva de Almedrales y que, cuando quiso frenar, ya era tarde.",
         "El juez ha pedido a la Comisión de Investigación de Accidentes Ferroviarios un informe sobre los datos de la caja negra y sobre los sistemas de seguridad de la línea.",
         "Las familias de las víctimas han creado una asociación y anuncian que se personarán en la causa.",
     ],
     "related": ["Valdemora inaugura un carril bici en la avenida del Puerto",
                 "Las piscinas municipales amplían su horario por la ola de calor"],
     "more_label": "Más noticias", "subscribe": "Suscríbete",
     "summary": "Libertad con cargos para el maquinista del Intercity de Lanzós."},
    {"id": "mnw-toll9", "outlet": "mnw", "round": 3, "feed": "rss",
     "path": "/europe/2029/07/17/spain-train-crash-toll-nine-driver-released.html",
     "title": "Spain train crash toll reaches nine as two more of the injured die",
     "dek": "Judge releases the driver with charges; he admitted being distracted by a phone call",
     "author": "Helen Marsh", "published": "2029-07-17T10:00:00Z",
     "paras": [
         "VALDEMORA, Spain, July 17 (Meridian Newswire) - Two more people injured in last week's derailment near Lanzós have died in hospital, bringing the death toll to nine, regional health authorities said on Tuesday.",
         "Nineteen people remain in hospital, the authorities said, after most of the less seriously injured were sent home over the weekend.",
         "A judge in Valdemora on Monday released the driver, Tomás Urrieta, pending trial. Urrieta, who had been arrested on Saturday, remains under investigation for reckless homicide; the judge withdrew his passport and ordered him to report to court every two weeks. According to court sources, he told the judge he had been distracted by a work call from the operator seconds before the curve.",
         "The first reports on Friday night put the toll at four.",
         "Victims' families have formed an association and said they would seek damages from both FENOR and the infrastructure manager INFERSA, which has not fitted automatic speed control on the curve.",
         HIST_1994,
     ],
     "related": MNW_RELATED,
     "comment": "A phone call from his own company. Unbelievable.",
     "summary": "Nine dead in the Lanzós derailment; the driver is released pending trial."},
    {"id": "cv-stale", "outlet": "cv", "round": 3, "feed": "direct",
     "path": "/2029/07/18/curva-de-almedrales-por-que-no-freno-el-tren/",
     "title": "La curva de Almedrales: por qué no frenó el tren",
     "author": "Ramiro Casanueva", "published": "2029-07-18T16:00:00Z",
     "paras": [
         "Conduje trenes por la línea de Valdemora a Puerto Ancho durante veintidós años y conozco bien la curva de Almedrales. Después del descarrilamiento del viernes muchos lectores me preguntan cómo es posible que un tren llegue a ella sin frenar.",
         "La respuesta está en la señalización. En la mayor parte de la línea, el sistema frena el tren automáticamente si el maquinista se pasa de velocidad. Pero en los últimos cuatro kilómetros antes de Lanzós solo hay avisos en cabina: si el maquinista no reacciona, nadie frena por él.",
         "El balance es terrible: siete fallecidos y 81 heridos, de los que 34 siguen ingresados. El maquinista, Tomás Urrieta, continúa detenido, y la línea sigue cortada.",
         "La Comisión de Investigación ya recomendó en su último informe instalar control automático de velocidad en todas las curvas limitadas por debajo de 100 km/h. Si se hubiera hecho, con toda probabilidad hoy no estaríamos contando víctimas.",
     ],
     "about": CV_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "related": ["Cómo funciona el frenado automático", "Las curvas más peligrosas del noroeste"],
     "comment": "Muy claro. Yo también conduje por esa línea y siempre lo dijimos."},
    # round 4
    {"id": "ps-reouverture", "outlet": "ps", "round": 4, "feed": "rss",
     "path": "/region/2029/07/26/deraillement-lanzos-ligne-rouverte-sorbiers-hommage",
     "title": "Déraillement de Lanzós : la ligne a rouvert, Sorbiers rend hommage à Geneviève Castagné",
     "author": "Anne Loubatières", "published": "2029-07-26T08:00:00Z",
     "paras": [
         "Douze jours après le déraillement qui a fait neuf morts près de Lanzós, dans le nord-ouest de l'Espagne, la ligne ferroviaire entre Valdemora et Puerto Ancho a rouvert mercredi. Les trains circulent de nouveau dans la courbe d'Almedrales, mais au ralenti, en attendant l'installation d'un système de freinage automatique.",
         "Les travaux ont coûté plus cher que prévu : le gestionnaire du réseau, INFERSA, les chiffre désormais à 19 millions d'euros, contre 12 millions estimés au lendemain de l'accident, en raison de la reconstruction complète du mur de soutènement.",
         "Le conducteur du train, arrêté le 14 juillet puis remis en liberté par le juge, reste poursuivi pour homicides involontaires. Il a reconnu avoir été distrait par un appel téléphonique.",
         "À Sorbiers, plus de 400 personnes ont assisté samedi aux obsèques de Geneviève Castagné, 66 ans, l'une des neuf victimes. Le pèlerin de 71 ans grièvement blessé est toujours hospitalisé à Valdemora.",
         "Le maire, Bernard Espitalier, a annoncé qu'une plaque serait posée sur le chemin de Compostelle à la sortie du village.",
     ],
     "nav1": "Actualité", "nav3": "Météo", "more_label": "À lire aussi", "copyright": PS_COPY,
     "related": ["Sorbiers : la fête du village aura lieu le 18 août",
                 "Rugby : Sorbiers recrute deux piliers"],
     "summary": "La ligne Valdemora–Puerto Ancho a rouvert après le déraillement de Lanzós."},
]
