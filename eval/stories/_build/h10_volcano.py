"""Held-out set 10, story 1 (FICTIONAL): the Cendrero volcano on the Spanish island of Almarga erupts
on the night of 3 October 2028. The people evacuated are counted up (count), the buildings destroyed
by the lava are counted up (count), the area under lava grows (hectares), the island government's aid
is raised (money), the island airport is closed by ash and reopened (status), and weeks later the
scientific committee declares the eruption over (status). Languages: en, es, it."""

SLUG = "almarga-cendrero-eruption"
NAME = "Eruption of the Cendrero volcano on Almarga (fictional)"
DESCRIPTION = ("Fictional: the Cendrero volcano on the island of Almarga erupts (Los Aljibes, Las Tabaibas, "
               "El Charcón, Puerto Bermejo): evacuations, buildings destroyed by the lava, the area covered, "
               "aid from the island government, the closure of the airport and the end of the eruption.")
TERMS = [["Almarga", "Cendrero", "Los Aljibes", "Las Tabaibas", "El Charcón", "Puerto Bermejo"],
         ["volcano", "volcanic", "eruption", "erupting", "erupted", "lava", "lava flow", "lava flows", "ash",
          "ash cloud", "evacuated", "evacuation", "evacuees", "fissure",
          "volcán", "volcánica", "volcánico", "erupción", "colada", "coladas", "ceniza", "cenizas",
          "evacuados", "evacuadas", "desalojados", "desalojo", "desalojadas", "evacuación",
          "vulcano", "vulcanica", "eruzione", "colata", "colate", "cenere", "evacuati", "sfollati"]]

SEEDS = {
    "01_alerta.txt": """
Isla de Almarga
Aumenta la actividad sísmica bajo el Cendrero

El Instituto Volcanológico de Almarga ha registrado en los últimos diez días más de 4.000 pequeños terremotos bajo la cumbre del Cendrero, en el sur de la isla. Los técnicos han detectado además una deformación del terreno de varios centímetros en la zona de Los Aljibes y Las Tabaibas.

El Cabildo ha pedido a los vecinos de Los Aljibes, Las Tabaibas y El Charcón que tengan preparada una mochila con documentación y medicamentos por si fuera necesario un desalojo.
""",
    "02_unrest.txt": """
Almarga
Swarm of earthquakes under the Cendrero volcano

Scientists on the Spanish island of Almarga are watching a swarm of small earthquakes under the Cendrero volcano, which last erupted in 1949. Residents of the villages on its southern flank have been told to be ready to leave at short notice.
""",
}

OUTLETS = {
    "apa": {"name": "Atlantic Press Agency", "host": "atlanticpressagency.example", "layout": "wire", "lang": "en"},
    "aip": {"name": "Almarga Island Post", "host": "almargaislandpost.example", "layout": "table", "lang": "en"},
    "ca": {"name": "Crónica Atlántica", "host": "cronicaatlantica.example", "layout": "jsonld", "lang": "es"},
    "eea": {"name": "El Eco de Almarga", "host": "elecodealmarga.example", "layout": "table", "lang": "es"},
    "vo": {"name": "Vulcanologia Oggi", "host": "vulcanologiaoggi.example", "layout": "blog", "lang": "it"},
}

FEEDS = {"rss": ("Atlantic Press Agency – Spain & Islands", None),
         "atom": ("Story alert: Cendrero eruption", "tag:alerts.example,2028:almarga-cendrero-eruption")}

ROUNDS = {1: "2028-10-04T20:00:00Z", 2: "2028-10-07T20:00:00Z", 3: "2028-10-14T20:00:00Z",
          4: "2028-11-28T20:00:00Z"}
ROUND_NOTES = {
    1: "The Cendrero erupts on Tuesday night: about 2,400 people evacuated, 85 buildings destroyed by the lava, the airport still open (English wire, its syndicated copy in an island paper, a Spanish national site).",
    2: "The wire updates its story in place: 6,100 evacuated, 320 buildings destroyed, the airport closed by ash since Friday; the island paper confirms at least 320 buildings and reports 30 million euros of aid; an Italian volcanology blog explains the eruption.",
    3: "The lava now covers 520 hectares and the island government raises its aid to 75 million euros; the airport reopens on Thursday; the volcano is still erupting; a slower Italian blog post still has the airport closed and 85 buildings destroyed.",
    4: "Eight weeks later the scientific committee declares the eruption over: 1,180 buildings destroyed and 1,060 hectares under lava (Spanish island paper).",
}

APA_RELATED = ["Spain's tourism arrivals hit record in August", "Canary ferry operator orders two new ships"]
EEA_RELATED = ["El Cabildo aprueba el presupuesto de 2029", "Fútbol: el CD Puerto Bermejo empata en casa (1-1)"]
EEA_COPY = "© 2028 El Eco de Almarga. Prohibida la reproducción total o parcial."
CA_RELATED = ["La vivienda en las islas sube un 9 % en un año", "El Gobierno aprueba el decreto de ayudas al transporte"]
VO_ABOUT = "Vulcanologia Oggi: notizie, dati e spiegazioni sui vulcani attivi del mondo, curato da due geologi."
HIST_1949 = ("The Cendrero last erupted in 1949, when lava flows destroyed 46 houses and covered about 310 "
             "hectares during an eruption that lasted 32 days.")

PAGES = [
    {"id": "apa-eruption", "outlet": "apa", "round": 1, "feed": "rss",
     "path": "/world/2028/10/04/almarga-volcano-cendrero-erupts.html",
     "title": "Volcano erupts on Spain's Almarga island, thousands evacuated",
     "dek": "Lava from the Cendrero destroys dozens of buildings in Los Aljibes",
     "author": "Elena Marchetti", "published": "2028-10-04T06:30:00Z",
     "paras": [
         "PUERTO BERMEJO, Spain, Oct 4 (Atlantic Press Agency) - The Cendrero volcano on the Spanish island of Almarga erupted on Tuesday night after ten days of earthquakes, sending fountains of lava hundreds of metres into the air and forcing about 2,400 people from their homes, the island authorities said.",
         "Two fissures opened on the volcano's southern flank shortly after 9 p.m. Rivers of lava rolled downhill through the hamlet of Los Aljibes overnight, and by Wednesday morning 85 buildings had been destroyed, most of them houses, the island government said.",
         "No injuries have been reported. The evacuees spent the night in a sports hall in Puerto Bermejo and with relatives, and the army sent 150 soldiers to help.",
         "Almarga's airport remained open on Wednesday and flights were operating normally, though airport operator Aeropuertos Atlánticos said it was watching the ash cloud closely.",
         "Scientists said the main lava flow could reach the sea within 48 hours if the eruption keeps its current strength.",
         HIST_1949,
     ],
     "related": APA_RELATED,
     "comment": "My parents live in El Charcón. They packed the car at midnight and are now at my sister's.",
     "summary": "The Cendrero volcano on Almarga erupts; about 2,400 people evacuated and 85 buildings destroyed."},
    {"id": "aip-syndicated", "outlet": "aip", "round": 1, "feed": "atom", "copy_of": "apa-eruption",
     "path": "/news/wire/volcano-erupts-almarga-thousands-evacuated", "published": "2028-10-04T09:00:00Z",
     "nav1": "Island news", "nav3": "Weather",
     "summary": "From Atlantic Press Agency: the Cendrero volcano erupts on Almarga."},
    {"id": "ca-erupcion", "outlet": "ca", "round": 1, "feed": "atom",
     "path": "/espana/2028/10/04/erupcion-volcan-cendrero-almarga-evacuados",
     "title": "El volcán Cendrero entra en erupción en Almarga: 2.400 evacuados y 85 edificaciones arrasadas",
     "dek": "Las coladas avanzan hacia la costa por Los Aljibes; el aeropuerto sigue operativo",
     "author": "Nerea Cabrera", "published": "2028-10-04T12:00:00Z",
     "paras": [
         "El volcán Cendrero, en el sur de la isla de Almarga, entró en erupción el martes a las 21.10 horas tras diez días de enjambre sísmico. Dos fisuras abiertas en la ladera sur expulsan lava y cenizas desde entonces.",
         "Unas 2.400 personas de Los Aljibes, Las Tabaibas y parte de El Charcón han sido evacuadas durante la noche, según el Cabildo de Almarga. Las coladas han arrasado ya 85 edificaciones, la mayoría viviendas y almacenes agrícolas.",
         "El Instituto Volcanológico de Almarga registró a primera hora de la mañana un terremoto de magnitud 3,9, el mayor desde que comenzó la crisis. El comité científico no descarta que se abran nuevas bocas.",
         "El aeropuerto de Almarga opera con normalidad, aunque Aeropuertos Atlánticos no descarta cerrarlo si la nube de ceniza se desplaza hacia el este.",
         "El presidente del Cabildo, Armando Padrón, advirtió de que, si la lava sigue avanzando, hasta 5.000 personas podrían tener que ser desalojadas en los próximos días.",
     ],
     "related": CA_RELATED, "more_label": "Más en Crónica Atlántica", "subscribe": "Suscríbete",
     "summary": "Erupción del Cendrero en Almarga: 2.400 evacuados y 85 edificaciones arrasadas por la lava."},
    {"id": "eea-platano", "outlet": "eea", "round": 1, "feed": "rss", "off_story": True,
     "path": "/economia/2028/10/02/platano-almarga-exportacion-record",
     "title": "El plátano de Almarga cierra su mejor campaña de exportación",
     "author": "Tomás Hernández Rocha", "published": "2028-10-02T08:00:00Z",
     "paras": [
         "Los productores de plátano de Almarga exportaron 41.000 toneladas en la campaña que terminó en septiembre, un 7 % más que el año anterior, según la cooperativa Platanera del Sur.",
         "El precio medio pagado al agricultor subió a 0,62 euros por kilo. La cooperativa, con sede en Puerto Bermejo, agrupa a 1.350 socios.",
     ],
     "nav1": "Noticias", "nav3": "El tiempo", "more_label": "Le puede interesar", "copyright": EEA_COPY,
     "related": ["El Cabildo aprueba el presupuesto de 2029", "Nueva ruta de guaguas entre el puerto y el hospital"],
     "summary": "Almarga exporta 41.000 toneladas de plátano, un 7 % más."},
    {"id": "vo-varrone", "outlet": "vo", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2028/10/01/monte-varrone-nuovo-parossismo-selinara/",
     "title": "Monte Varrone, nuovo parossismo: fontane di lava e cenere su Selinara",
     "author": "Chiara Lo Presti", "published": "2028-10-01T15:00:00Z",
     "paras": [
         "Il Monte Varrone, sull'isola di Selinara, ha prodotto sabato pomeriggio il suo quinto parossismo dall'inizio dell'anno: fontane di lava alte fino a 800 metri e una nube di cenere salita a 6 chilometri di quota.",
         "La colata si è fermata a quota 1.900 metri, lontano dai centri abitati. L'aeroporto di Selinara ha chiuso per tre ore un settore dello spazio aereo.",
     ],
     "about": VO_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Monte Varrone: il tremore torna a salire", "Come si misura l'anidride solforosa"],
     "summary": "Quinto parossismo dell'anno per il Monte Varrone: fontane di lava fino a 800 metri."},
    # round 2
    {"id": "apa-eruption-updated", "outlet": "apa", "round": 2, "feed": "rss", "version_of": "apa-eruption",
     "path": "/world/2028/10/04/almarga-volcano-cendrero-erupts.html",
     "title": "Almarga volcano forces 6,100 from homes as ash shuts island airport",
     "dek": "Lava has now destroyed 320 buildings, island government says",
     "author": "Elena Marchetti", "published": "2028-10-04T06:30:00Z", "modified": "2028-10-06T16:00:00Z",
     "paras": [
         "PUERTO BERMEJO, Spain, Oct 6 (Atlantic Press Agency) - The number of people forced from their homes by the eruption of the Cendrero volcano on the Spanish island of Almarga has risen to 6,100, and the lava has now destroyed 320 buildings, the island government said on Friday.",
         "Some 2,400 people were evacuated on the first night of the eruption. The authorities ordered the rest of El Charcón and two neighbourhoods on the edge of Las Tabaibas to be cleared on Thursday after a third fissure opened lower down the slope.",
         "Almarga's airport has been closed since Friday morning because of volcanic ash, operator Aeropuertos Atlánticos said. Airlines have cancelled all flights to and from the island, and ferries are carrying extra passengers to the neighbouring islands.",
         "Officials fear that up to 8,000 people may eventually have to leave if the lava front keeps widening. The main flow stopped about 900 metres from the sea on Thursday.",
         HIST_1949,
     ],
     "related": APA_RELATED,
     "comment": "My parents live in El Charcón. They packed the car at midnight and are now at my sister's.",
     "summary": "Cendrero eruption: 6,100 people evacuated, 320 buildings destroyed, Almarga airport closed by ash."},
    {"id": "eea-lava", "outlet": "eea", "round": 2, "feed": "rss",
     "path": "/isla/2028/10/07/cendrero-lava-320-edificaciones-ayudas",
     "title": "La lava del Cendrero ya ha destruido al menos 320 edificaciones",
     "author": "Tomás Hernández Rocha", "published": "2028-10-07T08:00:00Z",
     "paras": [
         "Cuatro días después del inicio de la erupción, las coladas del Cendrero han destruido al menos 320 edificaciones en Los Aljibes y en la parte alta de Las Tabaibas, según el último recuento del Catastro facilitado por el Cabildo.",
         "El número de vecinos desalojados asciende a 6.100. La mayoría se aloja con familiares; unas 400 personas duermen en el pabellón municipal y en dos hoteles de Puerto Bermejo.",
         "El Cabildo aprobó el viernes una partida de 30 millones de euros para las primeras ayudas a los afectados. Cada familia que haya perdido su vivienda recibirá un anticipo de 3.000 euros.",
         "El aeropuerto de Almarga permanece cerrado desde el viernes por la acumulación de ceniza en la pista. Aeropuertos Atlánticos revisará la situación cada seis horas.",
         "Los vulcanólogos no se atreven a poner fecha al final de la erupción. «Puede durar semanas o meses», dijo el portavoz del comité científico, Rubén Afonso.",
     ],
     "nav1": "Noticias", "nav3": "El tiempo", "more_label": "Le puede interesar", "copyright": EEA_COPY,
     "related": EEA_RELATED,
     "summary": "La lava del Cendrero ha destruido al menos 320 edificaciones; 6.100 desalojados."},
    {"id": "vo-cendrero", "outlet": "vo", "round": 2, "feed": "direct",
     "path": "/2028/10/07/cendrero-almarga-cosa-sta-succedendo/",
     "title": "Cendrero (Almarga): cosa sta succedendo e perché la lava è così fluida",
     "author": "Chiara Lo Presti", "published": "2028-10-07T10:00:00Z",
     "paras": [
         "L'eruzione del Cendrero, sull'isola spagnola di Almarga, è un classico esempio di eruzione fissurale basaltica: lava molto calda, intorno ai 1.150 gradi, e poco viscosa, che scorre veloce lungo il pendio.",
         "Secondo i dati dell'Istituto vulcanologico dell'isola, il vulcano emette circa 11.000 tonnellate di anidride solforosa al giorno. La colonna di cenere ha raggiunto venerdì i 4,5 chilometri di quota, abbastanza per chiudere l'aeroporto.",
         "Gli sfollati sono saliti a 6.100 e le colate hanno distrutto 320 edifici. Nel 1949 l'ultima eruzione del Cendrero distrusse 46 case e durò 32 giorni.",
         "Quanto durerà? Impossibile dirlo. Secondo alcune stime, se l'attività resta questa, il Cendrero potrebbe emettere fino a 100 milioni di metri cubi di lava.",
     ],
     "about": VO_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Monte Varrone, nuovo parossismo", "Come si misura l'anidride solforosa"],
     "comment": "Ottima spiegazione, finalmente qualcuno che parla di chimica del magma!"},
    # round 3
    {"id": "ca-ayudas", "outlet": "ca", "round": 3, "feed": "atom",
     "path": "/espana/2028/10/11/cabildo-almarga-amplia-ayudas-volcan-75-millones",
     "title": "El Cabildo de Almarga amplía a 75 millones las ayudas por el volcán",
     "dek": "La lava cubre ya 520 hectáreas y el Cendrero no da señales de agotamiento",
     "author": "Nerea Cabrera", "published": "2028-10-11T10:00:00Z",
     "paras": [
         "El Cabildo de Almarga ha ampliado de 30 a 75 millones de euros el fondo de ayudas a los afectados por la erupción del Cendrero, que el martes cumplió una semana.",
         "La lava cubre ya 520 hectáreas, según las mediciones por satélite del Instituto Volcanológico de Almarga. Si el ritmo se mantiene, la superficie afectada podría superar las 800 hectáreas a finales de mes, advierten los técnicos.",
         "El comité científico insiste en que la erupción no ha terminado: el volcán sigue activo y el tremor volvió a subir el lunes.",
         "Con el nuevo fondo, el Cabildo comprará viviendas vacías para realojar a las familias que lo han perdido todo y pagará 800 euros al mes de alquiler a quienes no tengan dónde vivir.",
     ],
     "related": CA_RELATED, "more_label": "Más en Crónica Atlántica", "subscribe": "Suscríbete",
     "summary": "El Cabildo de Almarga amplía a 75 millones de euros las ayudas; la lava cubre 520 hectáreas."},
    {"id": "apa-airport", "outlet": "apa", "round": 3, "feed": "rss",
     "path": "/world/2028/10/12/almarga-airport-reopens-cendrero-ash.html",
     "title": "Almarga airport reopens as wind carries volcanic ash out to sea",
     "dek": "First flights land after six days; the Cendrero is still erupting",
     "author": "Elena Marchetti", "published": "2028-10-12T09:00:00Z",
     "paras": [
         "PUERTO BERMEJO, Spain, Oct 12 (Atlantic Press Agency) - The airport on the Spanish island of Almarga reopened on Thursday morning after six days of closure, as a change in the wind carried the ash cloud from the Cendrero volcano out to sea, operator Aeropuertos Atlánticos said.",
         "The first flight, from Madrid, landed at 08:35. Airlines cancelled 214 flights while the airport was shut.",
         "The volcano is still erupting and scientists say the eruption shows no sign of ending. About 6,100 people remain out of their homes.",
         "The operator warned that the airport could close again at short notice if the wind turns.",
         HIST_1949,
     ],
     "related": APA_RELATED,
     "comment": "Finally. My flight home was cancelled three times.",
     "summary": "Almarga airport reopens after six days as wind carries Cendrero ash out to sea."},
    {"id": "vo-stale", "outlet": "vo", "round": 3, "feed": "atom",
     "path": "/2028/10/13/cendrero-tremore-fontane-di-lava/",
     "title": "Cendrero, il tremore non cala: la settimana in grafici",
     "author": "Marco Zanardi", "published": "2028-10-13T20:00:00Z",
     "paras": [
         "Una settimana e mezza dopo l'inizio dell'eruzione, il tremore vulcanico del Cendrero resta su livelli alti e le fontane di lava dalla fessura principale superano ancora i 300 metri.",
         "Per gli abitanti di Almarga la situazione resta difficile: le colate hanno distrutto 85 edifici nella zona di Los Aljibes e l'aeroporto dell'isola è chiuso per la cenere.",
         "Nei grafici qui sotto, l'andamento del tremore e delle emissioni di anidride solforosa dal 3 ottobre a oggi.",
     ],
     "about": VO_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Cendrero (Almarga): cosa sta succedendo", "Monte Varrone, nuovo parossismo"],
     "comment": "I grafici non si caricano dal telefono.",
     "summary": "Cendrero: il tremore resta alto, la settimana in grafici."},
    # round 4
    {"id": "eea-fin", "outlet": "eea", "round": 4, "feed": "rss",
     "path": "/isla/2028/11/27/comite-cientifico-da-por-finalizada-erupcion-cendrero",
     "title": "El comité científico da por finalizada la erupción del Cendrero",
     "author": "Tomás Hernández Rocha", "published": "2028-11-27T19:00:00Z",
     "paras": [
         "El comité científico del plan de emergencias volcánicas dio este lunes por finalizada la erupción del Cendrero, que comenzó el 3 de octubre y se prolongó durante 45 días. El volcán no registra emisión de lava ni tremor desde hace diez días.",
         "El balance definitivo del Catastro eleva a 1.180 las edificaciones destruidas por la lava, de ellas 740 viviendas. Las coladas cubren 1.060 hectáreas, más del triple que en la erupción de 1949.",
         "La mayoría de los 6.100 vecinos desalojados en los peores días de la erupción han vuelto ya a sus casas. Las 212 familias de Las Tabaibas cuyas viviendas quedaron sepultadas siguen realojadas en Puerto Bermejo.",
         "El aeropuerto, que estuvo cerrado seis días en octubre, funciona con normalidad desde entonces.",
         "El Cabildo calcula que la reconstrucción costará más de 600 millones de euros y pedirá ayuda al Gobierno central y a la Unión Europea.",
     ],
     "nav1": "Noticias", "nav3": "El tiempo", "more_label": "Le puede interesar", "copyright": EEA_COPY,
     "related": EEA_RELATED,
     "summary": "Fin de la erupción del Cendrero: 1.180 edificaciones destruidas y 1.060 hectáreas bajo la lava."},
]
