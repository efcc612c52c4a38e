"""Held-out set 11, story 1 (FICTIONAL): the ro-pax ferry Stella di Morvena, operated by Linee Marittime
Orsani, catches fire and sinks off Capo Livrano in southern Italy on the night crossing from Porto
Calvera to the island of Morvena (10-11 March 2029). The number of people on board is corrected
(count), the dead, the rescued and the missing are counted (counts), the captain is placed under
investigation and then arrested (status), and eleven days later the coast guard suspends the search
(status). Languages: en, it, fr."""

SLUG = "stella-di-morvena-ferry-sinking"
NAME = "Sinking of the ferry Stella di Morvena off Capo Livrano (fictional)"
DESCRIPTION = ("Fictional: the ferry Stella di Morvena (Linee Marittime Orsani) catches fire and sinks off Capo "
               "Livrano on the crossing from Porto Calvera to the island of Morvena: the people on board, the "
               "dead, the rescued and the missing, the captain's investigation and arrest, and the search.")
TERMS = [["Stella di Morvena", "Morvena", "Capo Livrano", "cap Livrano", "Orsani", "Linee Marittime Orsani",
          "Porto Calvera", "Renato Scalise"],
         ["ferry", "car ferry", "ship", "sank", "sinking", "sunk", "capsized", "shipwreck", "passengers",
          "rescued", "survivors", "missing", "death toll", "coast guard", "lifeboats", "divers",
          "traghetto", "nave", "naufragio", "affondato", "affondata", "affondamento", "dispersi", "naufraghi",
          "superstiti", "vittime", "Guardia costiera", "Capitaneria", "soccorsi", "passeggeri", "sommozzatori",
          "car-ferry", "navire", "naufrage", "sombré", "chaviré", "disparus", "rescapés", "secourues",
          "garde-côtes", "passagers", "victimes", "capitainerie", "plongeurs"]]

SEEDS = {
    "01_rientro.txt": """
Porto Calvera
La Stella di Morvena torna in linea dopo i lavori

Il traghetto Stella di Morvena della Linee Marittime Orsani riprende da lunedì il collegamento notturno tra Porto Calvera e l'isola di Morvena, dopo sei settimane di lavori nel cantiere di Castellagro. La nave, costruita nel 1991, è omologata per 1.200 passeggeri e 300 automobili.

La traversata dura circa sette ore. In inverno la compagnia effettua una partenza al giorno da ciascun porto.
""",
    "02_weather.txt": """
Southern Italy
Gale warning for the Morvena channel

Italy's weather service issued a gale warning for the Morvena channel and the sea off Capo Livrano for the weekend, with north-westerly winds of up to 45 knots and waves of four to five metres. Ferry operators said crossings to Morvena would run as scheduled unless the coast guard closed the port of Porto Calvera.
""",
}

OUTLETS = {
    "mpw": {"name": "Mediterranean Press Wire", "host": "mediterraneanpresswire.example", "layout": "wire", "lang": "en"},
    "ic": {"name": "The Island Courier", "host": "islandcourier.example", "layout": "table", "lang": "en"},
    "ct": {"name": "Corriere Tirrenico", "host": "corrieretirrenico.example", "layout": "jsonld", "lang": "it"},
    "el": {"name": "L'Écho de la Lauze", "host": "echodelalauze.example", "layout": "table", "lang": "fr"},
    "sim": {"name": "Sicurezza in Mare", "host": "sicurezzainmare.example", "layout": "blog", "lang": "it"},
}

FEEDS = {"rss": ("Mediterranean Press Wire – Southern Europe", None),
         "atom": ("Story alert: Stella di Morvena sinking", "tag:alerts.example,2029:stella-di-morvena")}

ROUNDS = {1: "2029-03-11T20:00:00Z", 2: "2029-03-13T20:00:00Z", 3: "2029-03-16T20:00:00Z",
          4: "2029-03-22T20:00:00Z"}
ROUND_NOTES = {
    1: "The Stella di Morvena catches fire and sinks off Capo Livrano overnight: 412 on board according to the operator, 318 rescued, 4 dead, 90 missing, search and rescue under way (English wire, its syndicated copy in an island paper, an Italian national site).",
    2: "The wire updates its story in place: the coast guard now says 437 were on board, 401 rescued, 11 dead, 25 missing, and the captain is under investigation; a French regional paper follows the French passengers (\"au moins 11 morts\"); an Italian maritime-safety blog explains the sinking.",
    3: "The captain is arrested; the toll rises to 19 with 17 still missing (Italian national site, English wire); a slower Italian blog post still has 11 dead, 25 missing and the captain only under investigation.",
    4: "Eleven days after the sinking the coast guard suspends the search: 19 dead, 17 still missing (French regional paper).",
}

MPW_RELATED = ["Italy's ports handled a record 21 million ferry passengers in 2028",
               "Strike at Genoa port delays 40 sailings"]
CT_RELATED = ["Caro voli, il governo pronto a intervenire sulle tariffe per le isole",
              "Serie A, il Calvera espugna Bergamo 2-1"]
EL_RELATED = ["Montclair : le marché de Pâques aura lieu le 31 mars",
              "Rugby : Montclair s'impose 24-17 face à Saint-Auban"]
EL_COPY = "© 2029 L'Écho de la Lauze. Tous droits réservés. Reproduction interdite."
SIM_ABOUT = ("Sicurezza in Mare: il blog di un ingegnere navale su sicurezza di navi, porti e traghetti, "
             "aggiornato dal 2016.")
HIST_1987 = ("The worst ferry disaster in these waters was the sinking of the Santa Rosalia off Capo Livrano in "
             "1987, in which 63 people died.")

PAGES = [
    {"id": "mpw-sinking", "outlet": "mpw", "round": 1, "feed": "rss",
     "path": "/world/2029/03/11/italy-ferry-stella-di-morvena-sinks-capo-livrano.html",
     "title": "Ferry sinks off southern Italy after car-deck fire; 4 dead, 90 missing",
     "dek": "The Stella di Morvena was on the overnight crossing from Porto Calvera to the island of Morvena",
     "author": "Daniel Okafor", "published": "2029-03-11T05:40:00Z",
     "paras": [
         "PORTO CALVERA, Italy, March 11 (Mediterranean Press Wire) - A ferry carrying 412 passengers and crew sank off Capo Livrano in southern Italy early on Sunday after a fire broke out on its car deck, and 90 people were still missing hours later, the Italian coast guard said.",
         "The Stella di Morvena, operated by Linee Marittime Orsani, left Porto Calvera at 10.30 p.m. on Saturday for the overnight crossing to the island of Morvena. The crew raised the alarm at about 1.40 a.m., and the ship capsized and went down within two hours in heavy seas, about 9 nautical miles off the coast.",
         "Rescuers had pulled 318 people from the water and from lifeboats by 6 a.m., and four bodies had been recovered, coast guard spokesman Commander Davide Ferrante told reporters in Porto Calvera. The figure of 412 people on board came from the operator's passenger list, he said.",
         "Three helicopters, eight coast guard patrol boats and a dozen fishing boats searched the area through the night, with the sea at 14 degrees Celsius. \"We are still in the search and rescue phase, and we will not stop while there is any chance of finding people alive,\" Ferrante said.",
         "The captain, Renato Scalise, 58, was among the survivors and was being questioned by prosecutors in Porto Calvera, a coast guard official said.",
         "Officials fear the toll could rise sharply, because many passengers were asleep in their cabins when the fire started.",
         HIST_1987,
     ],
     "related": MPW_RELATED,
     "comment": "My cousin was on this ferry. She is safe, a fishing boat picked her up. Thank God.",
     "summary": "The ferry Stella di Morvena sinks off Capo Livrano: 318 rescued, 4 dead, 90 missing."},
    {"id": "ic-syndicated", "outlet": "ic", "round": 1, "feed": "atom", "copy_of": "mpw-sinking",
     "path": "/news/wire/ferry-sinks-off-southern-italy-car-deck-fire", "published": "2029-03-11T08:15:00Z",
     "nav1": "Island news", "nav3": "Shipping forecast",
     "summary": "From Mediterranean Press Wire: the Stella di Morvena sinks off Capo Livrano."},
    {"id": "ct-naufragio", "outlet": "ct", "round": 1, "feed": "atom",
     "path": "/cronaca/2029/03/11/naufragio-stella-di-morvena-capo-livrano",
     "title": "Naufragio della Stella di Morvena al largo di Capo Livrano: quattro morti e 90 dispersi",
     "dek": "Incendio nel garage del traghetto partito da Porto Calvera. Tratte in salvo 318 persone",
     "author": "Giulia Mancuso", "published": "2029-03-11T11:00:00Z",
     "paras": [
         "Un incendio nel garage delle auto, poi lo sbandamento e il rovesciamento: il traghetto Stella di Morvena della Linee Marittime Orsani è affondato nella notte tra sabato e domenica a nove miglia da Capo Livrano, durante la traversata da Porto Calvera all'isola di Morvena.",
         "A bordo c'erano 412 persone tra passeggeri e membri dell'equipaggio, secondo la lista d'imbarco fornita dalla compagnia. I soccorritori ne hanno tratte in salvo 318. Le vittime accertate sono quattro, i dispersi 90.",
         "Le ricerche della Guardia costiera proseguono senza sosta con elicotteri, motovedette e pescherecci. «Speriamo ancora di trovare persone vive», ha detto il comandante della Capitaneria di porto di Porto Calvera, Ilaria Spanò.",
         "La procura di Porto Calvera ha aperto un fascicolo. Il comandante del traghetto, Renato Scalise, è stato ascoltato per tutta la mattina dai pubblici ministeri.",
         "La Stella di Morvena, costruita nel 1991, poteva trasportare fino a 1.200 passeggeri e 300 auto. Era tornata in servizio a febbraio dopo sei settimane di lavori in cantiere.",
         "Il naufragio più grave nella storia di questo tratto di mare resta quello della Santa Rosalia, affondata nel 1987 davanti a Capo Livrano: morirono 63 persone.",
     ],
     "related": CT_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Affonda la Stella di Morvena: 318 persone in salvo, quattro morti e 90 dispersi."},
    {"id": "ic-carpark", "outlet": "ic", "round": 1, "feed": "atom", "off_story": True,
     "path": "/news/2029/03/09/morvena-council-approves-harbour-car-park",
     "title": "Morvena council approves 4.5 million euro harbour car park",
     "author": "Sarah Lindqvist", "published": "2029-03-09T10:00:00Z",
     "paras": [
         "Morvena's island council voted 11 to 4 on Thursday to build a 4.5 million euro car park with 620 spaces behind the harbour at Cala Rossa, ending a dispute that has run since 2024.",
         "Work is due to start in October and take 14 months. Opponents said the site should have been used for housing.",
     ],
     "nav1": "Island news", "nav3": "Shipping forecast",
     "related": ["Cala Rossa bakery wins regional bread prize", "Island school roll falls to 1,180 pupils"],
     "summary": "Morvena council approves a 620-space car park at Cala Rossa harbour."},
    {"id": "ct-cargo", "outlet": "ct", "round": 1, "feed": "atom", "off_story": True,
     "path": "/cronaca/2029/03/10/portacontainer-incagliata-punta-serrena-salvi-marittimi",
     "title": "Portacontainer incagliata al largo di Punta Serrena, salvi i 14 marittimi",
     "author": "Giulia Mancuso", "published": "2029-03-10T16:00:00Z",
     "paras": [
         "La portacontainer Helena Brandt, battente bandiera maltese, si è incagliata sabato mattina su una secca al largo di Punta Serrena, spinta dal maestrale. I 14 marittimi dell'equipaggio stanno bene e sono rimasti a bordo.",
         "Una motovedetta sorveglia la nave, che trasporta 860 container. Il recupero potrebbe richiedere diversi giorni.",
     ],
     "related": ["Maestrale, chiusi tre porti del Tirreno"], "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Portacontainer incagliata a Punta Serrena: i 14 marittimi stanno bene."},
    # round 2
    {"id": "mpw-sinking-updated", "outlet": "mpw", "round": 2, "feed": "rss", "version_of": "mpw-sinking",
     "path": "/world/2029/03/11/italy-ferry-stella-di-morvena-sinks-capo-livrano.html",
     "title": "Italy ferry death toll rises to 11; captain under investigation",
     "dek": "Coast guard says 437 people were on board the Stella di Morvena; 25 still missing",
     "author": "Daniel Okafor", "published": "2029-03-11T05:40:00Z", "modified": "2029-03-12T17:30:00Z",
     "paras": [
         "PORTO CALVERA, Italy, March 12 (Mediterranean Press Wire) - The death toll from the sinking of the ferry Stella di Morvena off southern Italy rose to 11 on Monday, and 25 people were still missing, the Italian coast guard said.",
         "After checking the passenger list against tickets sold and the crew roster, the coast guard said 437 people had been on board, not the 412 first given by the operator. Several lorry drivers and children travelling on their parents' tickets had not been listed, it said.",
         "The number of people rescued rose to 401 after the coast guard added 83 survivors who had been picked up by fishing boats and a passing cargo ship and taken to other ports along the coast on Sunday.",
         "Prosecutors in Porto Calvera have placed the captain, Renato Scalise, under investigation for multiple manslaughter and causing a shipwreck. He has not been arrested. Investigators want to know why the fire doors on the car deck were open.",
         "Navy divers resumed the search inside the hull, which lies on its side 70 metres down, at dawn. Rescuers said the toll could still rise, since most of the missing were thought to have been in cabins on the lower decks.",
         "Linee Marittime Orsani said it was \"devastated\" and was cooperating fully with the investigation.",
         HIST_1987,
     ],
     "related": MPW_RELATED,
     "comment": "My cousin was on this ferry. She is safe, a fishing boat picked her up. Thank God.",
     "summary": "Stella di Morvena: 11 dead, 25 missing, 401 rescued of 437 on board; the captain is under investigation."},
    {"id": "el-francais", "outlet": "el", "round": 2, "feed": "rss",
     "path": "/region/2029/03/13/naufrage-stella-di-morvena-retraites-montclair",
     "title": "Naufrage en Italie : les retraités de Montclair racontent la nuit du Stella di Morvena",
     "author": "Claire Fontvieille", "published": "2029-03-13T07:00:00Z",
     "paras": [
         "Ils étaient partis pour une semaine de randonnée sur l'île de Morvena. Vingt-quatre adhérents du club des retraités de Montclair-sur-Lauze se trouvaient à bord du Stella di Morvena, le car-ferry qui a sombré dans la nuit de samedi à dimanche au large du cap Livrano, dans le sud de l'Italie.",
         "Selon le consulat de France, 38 ressortissants français figuraient parmi les 437 personnes à bord. Deux d'entre eux, un couple de Montclair, font partie des victimes ; trois autres sont toujours portés disparus.",
         "Le dernier bilan communiqué lundi soir par les garde-côtes italiens fait état d'au moins 11 morts et de 25 disparus ; 401 personnes ont été secourues.",
         "« On a entendu l'alarme, puis tout le monde a couru vers les ponts. Le bateau penchait déjà énormément », raconte Monique Delarbre, 71 ans, rapatriée lundi soir à Marseille avec quinze autres membres du club.",
         "Le commandant du navire, Renato Scalise, fait l'objet d'une enquête pour homicides involontaires, a indiqué le parquet de Porto Calvera. Les recherches se poursuivent avec les plongeurs de la marine italienne.",
         "Une cellule de soutien psychologique a été ouverte à la mairie de Montclair.",
     ],
     "nav1": "Actualité", "nav3": "Météo", "more_label": "À lire aussi", "copyright": EL_COPY,
     "related": EL_RELATED,
     "summary": "Vingt-quatre retraités de Montclair étaient à bord du Stella di Morvena."},
    {"id": "sim-perche", "outlet": "sim", "round": 2, "feed": "direct",
     "path": "/2029/03/13/stella-di-morvena-perche-incendio-garage-affonda-traghetto/",
     "title": "Stella di Morvena: perché un incendio nel garage può affondare un traghetto in due ore",
     "author": "Fabrizio Orlandini", "published": "2029-03-13T10:00:00Z",
     "paras": [
         "Dopo il naufragio della Stella di Morvena al largo di Capo Livrano, molti lettori mi chiedono come sia possibile che un traghetto di 142 metri affondi in meno di due ore. La risposta, quasi sempre, sta nel garage.",
         "Sulle navi ro-ro il ponte auto è un unico grande spazio aperto da prua a poppa. Se l'acqua usata per spegnere un incendio vi si accumula anche solo per pochi centimetri, la nave perde stabilità molto in fretta: è il cosiddetto effetto superficie libera.",
         "Secondo la Guardia costiera il bilancio è di 11 morti e 25 dispersi, su 437 persone a bordo. Gli inquirenti vogliono capire perché le porte tagliafuoco del garage fossero aperte.",
         "Nel 1987 la Santa Rosalia affondò nello stesso tratto di mare dopo una collisione: 63 vittime. Da allora le regole sono cambiate, ma molte navi in servizio nel Mediterraneo hanno più di trent'anni.",
         "Se la causa venisse confermata, potrebbero essere necessari controlli straordinari su almeno una ventina di traghetti della stessa classe.",
     ],
     "about": SIM_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Porte tagliafuoco: come funzionano", "Il maestrale e le traversate invernali"],
     "comment": "Spiegazione chiarissima. Ho viaggiato su quella nave l'estate scorsa, il garage era sempre pieno."},
    # round 3
    {"id": "ct-arresto", "outlet": "ct", "round": 3, "feed": "atom",
     "path": "/cronaca/2029/03/15/stella-di-morvena-arrestato-comandante-vittime-19",
     "title": "Stella di Morvena, arrestato il comandante. Le vittime salgono a 19",
     "dek": "Renato Scalise accusato di aver lasciato la nave prima dei passeggeri. Ancora 17 dispersi",
     "author": "Giulia Mancuso", "published": "2029-03-15T09:00:00Z",
     "paras": [
         "Il comandante della Stella di Morvena, Renato Scalise, è stato arrestato mercoledì sera su ordine del giudice per le indagini preliminari di Porto Calvera. È accusato di naufragio, omicidio colposo plurimo e abbandono della nave: secondo la procura avrebbe lasciato il traghetto su una delle prime scialuppe, quando centinaia di passeggeri erano ancora a bordo.",
         "Scalise, indagato da lunedì, è ora detenuto nel carcere di Porto Calvera. Il suo avvocato ha annunciato ricorso al tribunale del riesame.",
         "Intanto si aggrava il bilancio del naufragio: i sommozzatori della Marina hanno recuperato altri otto corpi all'interno dello scafo e le vittime sono ora 19. I dispersi sono 17.",
         "La Guardia costiera continua le ricerche, ma le speranze di trovare superstiti sono ormai minime. Secondo fonti della procura il bilancio definitivo potrebbe superare le 30 vittime.",
         "La Linee Marittime Orsani ha annunciato un anticipo di 20.000 euro a ciascuna famiglia delle vittime.",
     ],
     "related": ["Caro voli, il governo pronto a intervenire sulle tariffe per le isole",
                 "Maltempo, allerta arancione in sei regioni"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Arrestato il comandante della Stella di Morvena; 19 vittime e 17 dispersi."},
    {"id": "mpw-arrest", "outlet": "mpw", "round": 3, "feed": "rss",
     "path": "/world/2029/03/15/italy-ferry-captain-arrested-toll-19.html",
     "title": "Captain of sunken Italian ferry arrested as death toll reaches 19",
     "dek": "Prosecutors say Renato Scalise left the Stella di Morvena before his passengers",
     "author": "Daniel Okafor", "published": "2029-03-15T14:00:00Z",
     "paras": [
         "PORTO CALVERA, Italy, March 15 (Mediterranean Press Wire) - Italian police have arrested the captain of the ferry Stella di Morvena, which sank off Capo Livrano on Sunday, on suspicion of multiple manslaughter and abandoning ship, prosecutors said on Thursday.",
         "Renato Scalise, 58, had been under investigation since Monday. Prosecutors say he left the burning ship in one of the first lifeboats while hundreds of passengers were still on board.",
         "Divers have recovered eight more bodies from inside the hull, bringing the death toll to 19. The coast guard said 17 people were still missing of the 437 on board, and the search was continuing.",
         "Linee Marittime Orsani said it would pay 20,000 euros to each victim's family as an advance on compensation. The company's chief executive, Paola Orsani, apologised on Wednesday \"to every family\".",
         "The first reports on Sunday put the toll at four, with 90 people unaccounted for.",
         HIST_1987,
     ],
     "related": MPW_RELATED,
     "comment": "Leaving the ship before the passengers. Unbelievable.",
     "summary": "The captain of the Stella di Morvena is arrested; 19 dead, 17 missing."},
    {"id": "sim-stale", "outlet": "sim", "round": 3, "feed": "atom",
     "path": "/2029/03/16/stella-di-morvena-porte-tagliafuoco-cosa-sappiamo/",
     "title": "Stella di Morvena, le porte tagliafuoco: cosa sappiamo finora",
     "author": "Fabrizio Orlandini", "published": "2029-03-16T18:00:00Z",
     "paras": [
         "Continuano ad arrivarmi domande sulle porte tagliafuoco del garage della Stella di Morvena, che secondo gli inquirenti erano aperte quando è scoppiato l'incendio. Provo a mettere in fila quello che sappiamo.",
         "Il traghetto è affondato in meno di due ore, con un bilancio di 11 morti e 25 dispersi. Il comandante Renato Scalise è indagato per naufragio e omicidio colposo.",
         "Le porte tagliafuoco sulle navi ro-ro devono restare chiuse durante la navigazione e si aprono solo per il carico. Un'ispezione del 2027 aveva segnalato tre porte con la chiusura difettosa, poi riparate secondo la compagnia.",
         "Nei prossimi giorni pubblicherò un'analisi dei piani di sicurezza di bordo.",
     ],
     "about": SIM_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "related": ["Stella di Morvena: perché un incendio nel garage può affondare un traghetto",
                 "Porte tagliafuoco: come funzionano"],
     "comment": "Aspettiamo l'analisi, grazie.",
     "summary": "Le porte tagliafuoco della Stella di Morvena: cosa sappiamo finora."},
    # round 4
    {"id": "el-fin", "outlet": "el", "round": 4, "feed": "rss",
     "path": "/region/2029/03/22/stella-di-morvena-italie-suspend-recherches",
     "title": "Naufrage du Stella di Morvena : l'Italie suspend les recherches, trois Montclairois toujours disparus",
     "author": "Claire Fontvieille", "published": "2029-03-22T08:00:00Z",
     "paras": [
         "Les garde-côtes italiens ont suspendu mercredi soir les recherches des disparus du Stella di Morvena, onze jours après le naufrage du car-ferry au large du cap Livrano. « Il n'y a plus aucun espoir de retrouver des survivants », a déclaré la capitainerie de Porto Calvera.",
         "Le bilan s'établit à 19 morts et 17 disparus parmi les 437 personnes qui se trouvaient à bord. Trois retraités de Montclair-sur-Lauze figurent toujours parmi les disparus ; leurs familles sont rentrées d'Italie lundi.",
         "Les plongeurs de la marine continueront d'inspecter l'épave, couchée par 70 mètres de fond, mais il s'agit désormais d'une opération de récupération des corps, a précisé la capitainerie.",
         "Le commandant, Renato Scalise, est toujours détenu à Porto Calvera. L'armateur, Linee Marittime Orsani, a commencé à verser aux familles des victimes l'avance de 20 000 euros promise la semaine dernière.",
         "Une messe à la mémoire des victimes sera célébrée samedi à 10 heures en l'église Saint-Martin de Montclair.",
     ],
     "nav1": "Actualité", "nav3": "Météo", "more_label": "À lire aussi", "copyright": EL_COPY,
     "related": ["Montclair : le marché de Pâques aura lieu le 31 mars",
                 "Lauze : la crue a atteint 3,20 mètres à Saint-Auban"],
     "summary": "L'Italie suspend les recherches des disparus du Stella di Morvena."},
]
