"""Held-out set 14, story 2 (FICTIONAL): the doping case of Nicolò Sartorello, a 27-year-old Italian rider for
the French team Sévrac Énergies, from August 2031 to March 2032. A urine sample taken at the Tour de Solenne
tests positive for the heart drug trimetazidine and he is provisionally suspended (status); his team first
suspends and then sacks him (status) when the B sample is confirmed and a second sample proves positive
(a count), Italian prosecutors open and widen a criminal investigation (a count), the UCI's anti-doping
tribunal bans him for four years (status) and the annulled results cost his team ranking points (a unitless
measure), two outlets give different sums of prize money to repay on the same day (money), and the Court of
Arbitration for Sport halves the ban and the fine (a duration, money). Languages: en, it, fr."""

SLUG = "sartorello-doping-ban"
NAME = "The Sartorello doping case (fictional)"
DESCRIPTION = ("Fictional: Nicolò Sartorello, an Italian rider for the French team Sévrac Énergies, tests positive "
               "for trimetazidine at the Tour de Solenne: his provisional suspension, the B sample and a second "
               "positive sample, his team's decision to sack him, the Italian criminal investigation, the UCI "
               "tribunal's ban, fine and annulled results, the team's ranking points, and his appeal to the Court "
               "of Arbitration for Sport.")
TERMS = [["Sartorello", "Nicolò Sartorello", "Nicolo Sartorello", "Sévrac", "Sevrac", "Sévrac Énergies",
          "Pradalto", "Tour de Solenne", "Saint-Aubrel"],
         ["doping", "anti-doping", "antidoping", "positive test", "tested positive", "trimetazidine", "banned",
          "suspended", "suspension", "B sample", "Court of Arbitration for Sport",
          "positivo", "positività", "trimetazidina", "squalifica", "squalificato", "sospeso", "sospensione",
          "controanalisi", "Tribunale arbitrale dello sport",
          "dopage", "antidopage", "contrôle positif", "trimétazidine", "suspendu", "contre-expertise",
          "Tribunal arbitral du sport"]]

SEEDS = {
    "01_equipe.txt": """
Saint-Aubrel
Sévrac Énergies, l'équipe de Saint-Aubrel qui rêve du Tour de France

Fondée en 2019 et financée par le fournisseur d'énergie Sévrac Énergies, l'équipe cycliste de Saint-Aubrel est entrée dans le WorldTour en 2027. Elle compte cette saison 29 coureurs de 11 nationalités et dispose d'un budget d'environ 24 millions d'euros. Son objectif : une victoire d'étape sur le Tour de France d'ici deux ans.
""",
    "02_antidoping.txt": """
Lausanne
How anti-doping cases work in professional cycling

When a rider's A sample contains a prohibited substance, the International Cycling Union (UCI) can suspend the rider provisionally while the case is investigated. The rider may ask for the B sample to be analysed. Cases are heard by the UCI's anti-doping tribunal, whose decisions can be appealed to the Court of Arbitration for Sport in Lausanne. A first violation involving a non-specified substance can lead to a ban of up to four years, unless the rider shows it was not intentional.
""",
}

OUTLETS = {
    "nw": {"name": "Northbridge Sports Wire", "host": "northbridgewire.example", "layout": "wire", "lang": "en"},
    "cl": {"name": "The Cycling Ledger", "host": "cyclingledger.example", "layout": "table", "lang": "en"},
    "gp": {"name": "La Gazzetta di Pradalto", "host": "gazzettadipradalto.example", "layout": "jsonld", "lang": "it"},
    "es": {"name": "L'Écho de Solenne", "host": "echodesolenne.example", "layout": "table", "lang": "fr"},
    "rl": {"name": "Roue Libre", "host": "rouelibre-blog.example", "layout": "blog", "lang": "fr"},
}

FEEDS = {"rss": ("Northbridge Sports Wire – Cycling", None),
         "atom": ("Story alert: Sartorello doping case", "tag:alerts.example,2031:sartorello-doping")}

ROUNDS = {1: "2031-08-22T20:00:00Z", 2: "2031-09-04T20:00:00Z", 3: "2031-11-14T20:00:00Z",
          4: "2032-03-12T20:00:00Z"}
ROUND_NOTES = {
    1: "Nicolò Sartorello is provisionally suspended after one sample from the Tour de Solenne tests positive for trimetazidine; his team Sévrac Énergies suspends him but will not sack him before the B sample (English wire, its syndicated copy on an English cycling site, the Italian paper of his home town).",
    2: "The Italian paper updates its story in place: the B sample confirms the positive, a second sample is positive too, Sévrac sacks him (a three-year contract worth 1.26 million euros, 420,000 a season) and prosecutors in Pradalto investigate three people; the French regional paper and the wire follow, giving the team's 9,840 ranking points.",
    3: "The UCI's anti-doping tribunal bans Sartorello for four years, fines him 294,000 euros and annuls his results; five people are now under investigation in Italy; Sévrac falls to 8,690 points; he must repay about 38,000 euros in prize money in the Italian paper, 52,000 euros in the wire eight hours later.",
    4: "The Court of Arbitration for Sport cuts the ban to two years and the fine to 147,000 euros (Italian paper, French paper); a slower French cycling blog still has four years, 294,000 euros, 9,840 points and three people under investigation.",
}

NW_RELATED = ["Van Aalst sprints to second stage win in the Tour of Norland",
              "Women's world championship route unveiled"]
GP_RELATED = ["Pradalto, la sagra del baccalà chiude con 40.000 presenze",
              "Calcio, il Pradalto pareggia 1-1 con la Virtus"]
ES_RELATED = ["Saint-Aubrel : la fête du vélo attire 6 000 participants",
              "Rugby : l'US Solenne s'impose 24-17 à domicile"]
ES_COPY = "© 2031 L'Écho de Solenne. Tous droits réservés."
RL_ABOUT = "Roue Libre : un ancien coureur amateur commente le cyclisme professionnel depuis 2018."
HIST_EN = ("In 2019 the Belgian sprinter Wout Dhaenens was banned for 15 months after testing positive for the "
           "same drug, which he blamed on his mother's heart pills.")

PAGES = [
    {"id": "nw-suspended", "outlet": "nw", "round": 1, "feed": "rss",
     "path": "/cycling/2031/08/21/sartorello-provisionally-suspended-trimetazidine.html",
     "title": "Italian rider Sartorello provisionally suspended after positive test for trimetazidine",
     "dek": "Sévrac Énergies rider won two stages at the Tour de Solenne this month",
     "author": "Owen Pritchard", "published": "2031-08-21T11:00:00Z",
     "paras": [
         "AIGLE, Switzerland, Aug 21 (Northbridge) - Italian cyclist Nicolò Sartorello has been provisionally suspended after one urine sample taken at the Tour de Solenne tested positive for the banned heart drug trimetazidine, the International Cycling Union (UCI) said on Thursday.",
         "The sample was collected on Aug. 9, after the 27-year-old won the sixth stage of the French race. Sartorello, who rides for the French team Sévrac Énergies, also won the eighth stage and finished fourth overall.",
         "Sévrac Énergies said it had suspended Sartorello with immediate effect but would not terminate his contract before the analysis of his B sample, which he has the right to request.",
         "\"I have never taken anything and I will prove my innocence,\" Sartorello said in a statement. If the finding is upheld, he faces a ban of up to four years.",
         "Trimetazidine, used to treat angina, has been on the list of banned substances since 2014. " + HIST_EN,
     ],
     "related": NW_RELATED,
     "comment": "Trimetazidine again. Bet the excuse is a family member's pills.",
     "summary": "Nicolò Sartorello is provisionally suspended after a positive test for trimetazidine."},
    {"id": "cl-syndicated", "outlet": "cl", "round": 1, "feed": "atom", "copy_of": "nw-suspended",
     "path": "/news/pro/wire/sartorello-provisionally-suspended-trimetazidine", "published": "2031-08-21T15:30:00Z",
     "nav1": "Pro racing", "nav3": "Race calendar",
     "summary": "From Northbridge: Sartorello provisionally suspended after a positive test."},
    {"id": "gp-positivo", "outlet": "gp", "round": 1, "feed": "atom",
     "path": "/sport/2031/08/22/ciclismo-sartorello-positivo-trimetazidina-sospeso",
     "title": "Ciclismo, Sartorello positivo alla trimetazidina: sospeso in via provvisoria",
     "dek": "Il corridore di Pradalto: «Non ho mai preso nulla, dimostrerò la mia innocenza». La Sévrac lo ferma in attesa delle controanalisi",
     "author": "Marco Zanin", "published": "2031-08-22T06:00:00Z",
     "paras": [
         "Nicolò Sartorello è stato sospeso in via provvisoria dall'Unione ciclistica internazionale (Uci). In un campione di urine prelevato il 9 agosto al Tour de Solenne, dopo la vittoria nella sesta tappa, il laboratorio antidoping di Losanna ha trovato tracce di trimetazidina, un farmaco per il cuore vietato dal codice mondiale antidoping.",
         "Il 27enne di Pradalto, alla seconda stagione con la squadra francese Sévrac Énergies, al Tour de Solenne aveva vinto due tappe e chiuso al quarto posto in classifica generale. La squadra lo ha sospeso in attesa dell'esito delle controanalisi: «Per ora non licenziamo nessuno», ha detto il team manager, Jérôme Castaing.",
         "«Non ho mai preso nulla, dimostrerò la mia innocenza», ha scritto Sartorello sui social. Il suo avvocato, Federico Manzato, ha annunciato che chiederà l'analisi del campione B.",
         "Se la positività fosse confermata, il corridore rischierebbe fino a quattro anni di squalifica.",
         "A Pradalto, dove ad aprile tremila tifosi lo avevano festeggiato dopo la prima vittoria da professionista, la notizia è stata accolta con incredulità.",
     ],
     "related": GP_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Sartorello positivo alla trimetazidina, sospeso in via provvisoria dall'Uci."},
    {"id": "gp-sagra", "outlet": "gp", "round": 1, "feed": "atom", "off_story": True,
     "path": "/pradalto/2031/08/20/sagra-del-baccala-chiude-40mila-presenze",
     "title": "Pradalto, la sagra del baccalà chiude con 40.000 presenze",
     "author": "Elisa Furlan", "published": "2031-08-20T09:00:00Z",
     "paras": [
         "La sagra del baccalà di Pradalto ha chiuso domenica con 40.000 presenze in dieci giorni, il 12% in più dello scorso anno, secondo gli organizzatori della Pro Loco.",
         "Sono state servite nove tonnellate di baccalà e 15.000 piatti di polenta. L'anno prossimo la festa si terrà in piazza Garibaldi, dove il Comune ha finanziato una nuova tensostruttura da 80.000 euro.",
     ],
     "related": ["Calcio, il Pradalto pareggia 1-1 con la Virtus"], "more_label": "Leggi anche",
     "subscribe": "Abbonati",
     "summary": "La sagra del baccalà di Pradalto chiude con 40.000 presenze."},
    {"id": "nw-norland", "outlet": "nw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/cycling/2031/08/21/van-aalst-second-stage-win-tour-of-norland.html",
     "title": "Van Aalst sprints to second stage win in the Tour of Norland",
     "author": "Ingrid Solheim", "published": "2031-08-21T16:00:00Z",
     "paras": [
         "HAVNSTAD, Norway, Aug 21 (Northbridge) - Dutch sprinter Joris van Aalst won the fourth stage of the Tour of Norland on Thursday, taking his second win of the week in a bunch sprint at the end of the 187-km stage.",
         "Van Aalst, 24, leads the points classification by 31 points. The race ends on Sunday.",
     ],
     "related": ["Women's world championship route unveiled"],
     "summary": "Joris van Aalst wins the fourth stage of the Tour of Norland."},
    # round 2
    {"id": "gp-positivo-updated", "outlet": "gp", "round": 2, "feed": "atom", "version_of": "gp-positivo",
     "path": "/sport/2031/08/22/ciclismo-sartorello-positivo-trimetazidina-sospeso",
     "title": "Ciclismo, le controanalisi confermano: Sartorello positivo in due campioni. La Sévrac lo licenzia",
     "dek": "Trimetazidina anche in un secondo prelievo, del 12 agosto. La Procura di Pradalto apre un'inchiesta: tre indagati",
     "author": "Marco Zanin", "published": "2031-08-22T06:00:00Z", "modified": "2031-08-27T17:00:00Z",
     "paras": [
         "Aggiornamento di mercoledì 27 agosto: le controanalisi sul campione B hanno confermato la positività di Nicolò Sartorello alla trimetazidina. L'Uci ha inoltre comunicato che il farmaco è stato trovato anche in un secondo campione di urine, prelevato il 12 agosto dopo l'ottava tappa del Tour de Solenne: i campioni positivi sono dunque due.",
         "La Sévrac Énergies ha licenziato il corridore con effetto immediato. «Abbiamo rescisso il contratto», ha annunciato il team manager, Jérôme Castaing. Sartorello aveva firmato l'anno scorso un triennale da 1,26 milioni di euro, circa 420.000 euro a stagione.",
         "La Procura di Pradalto ha aperto un'inchiesta per frode sportiva e violazione della legge antidoping: le persone indagate sono tre, tra cui il corridore. I carabinieri del Nas hanno perquisito la sua abitazione.",
         "Sartorello resta sospeso in via provvisoria dall'Uci e rischia fino a quattro anni di squalifica.",
         "L'avvocato Federico Manzato sostiene che la sostanza provenga da un farmaco del padre, cardiopatico: «È un caso di contaminazione e lo dimostreremo».",
     ],
     "related": GP_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Le controanalisi confermano la positività di Sartorello; la Sévrac lo licenzia."},
    {"id": "es-licencie", "outlet": "es", "round": 2, "feed": "rss",
     "path": "/sports/2031/09/02/dopage-sevrac-energies-licencie-sartorello",
     "title": "Dopage : Sévrac Énergies licencie Nicolò Sartorello",
     "author": "Claire Vidalenc", "published": "2031-09-02T07:00:00Z",
     "paras": [
         "L'équipe cycliste Sévrac Énergies, basée à Saint-Aubrel, a licencié l'Italien Nicolò Sartorello, dont la contre-expertise a confirmé le contrôle positif à la trimétazidine. Un deuxième échantillon, prélevé le 12 août à l'arrivée de la huitième étape du Tour de Solenne, s'est lui aussi révélé positif : deux échantillons sont donc concernés.",
         "« Nous avons rompu son contrat. Nous n'avions pas le choix », explique le manager général, Jérôme Castaing. Le coureur, arrivé dans l'équipe en 2030, avait signé pour trois saisons.",
         "L'affaire pourrait coûter cher à Sévrac Énergies. L'équipe compte 9 840 points au classement mondial UCI des équipes. Si les résultats de Sartorello sont annulés, elle pourrait perdre plus de 1 000 points et sortir du top 18, qui garantit une licence WorldTour.",
         "En Italie, le parquet de Pradalto a ouvert une enquête pénale pour fraude sportive ; trois personnes sont visées, dont le coureur.",
         "Nicolò Sartorello reste suspendu à titre provisoire par l'Union cycliste internationale. Il encourt jusqu'à quatre ans de suspension.",
     ],
     "nav1": "Sports", "nav3": "Météo", "more_label": "À lire aussi", "copyright": ES_COPY,
     "related": ES_RELATED,
     "summary": "Sévrac Énergies licencie Nicolò Sartorello après la contre-expertise."},
    {"id": "nw-sacked", "outlet": "nw", "round": 2, "feed": "rss",
     "path": "/cycling/2031/09/03/sevrac-sacks-sartorello-b-sample-confirms-positive.html",
     "title": "Sévrac sacks Sartorello as B sample confirms positive test; Italian prosecutors investigate",
     "dek": "A second sample from the Tour de Solenne also contained trimetazidine",
     "author": "Owen Pritchard", "published": "2031-09-03T12:00:00Z",
     "paras": [
         "PARIS, Sept 3 (Northbridge) - French team Sévrac Énergies has sacked Italian rider Nicolò Sartorello after the analysis of his B sample confirmed a positive test for the banned heart drug trimetazidine and a second sample taken at the Tour de Solenne also tested positive.",
         "Sartorello, 27, signed a three-year contract worth 1.26 million euros, or 420,000 euros a season, in 2030. He remains provisionally suspended by the UCI and faces a ban of up to four years.",
         "Prosecutors in his home town of Pradalto, in north-eastern Italy, have opened a criminal investigation into three people, including the rider, on suspicion of sporting fraud. Police searched his home last week.",
         "His lawyer, Federico Manzato, said the drug had come from heart medication prescribed to the rider's father and that Sartorello had been contaminated without knowing it.",
         "Sévrac, which has 9,840 points in the UCI team ranking, risks dropping out of the top 18 teams that are guaranteed a WorldTour licence if Sartorello's results are annulled.",
     ],
     "related": NW_RELATED,
     "comment": "Sacked within a week. At least the team acted fast.",
     "summary": "Sévrac Énergies sacks Sartorello after his B sample confirms a positive test."},
    # round 3
    {"id": "gp-squalifica", "outlet": "gp", "round": 3, "feed": "atom",
     "path": "/sport/2031/11/13/ciclismo-sartorello-squalificato-quattro-anni",
     "title": "Ciclismo, Sartorello squalificato per quattro anni. «Ricorrerò al Tas»",
     "dek": "Il tribunale antidoping dell'Uci cancella le due vittorie al Tour de Solenne. Multa di 294.000 euro",
     "author": "Marco Zanin", "published": "2031-11-13T07:00:00Z",
     "paras": [
         "Il tribunale antidoping dell'Unione ciclistica internazionale ha squalificato per quattro anni Nicolò Sartorello, trovato positivo alla trimetazidina in due campioni prelevati ad agosto al Tour de Solenne. La squalifica decorre dal 21 agosto, giorno della sospensione provvisoria.",
         "Il tribunale ha cancellato tutti i risultati del corridore dal 9 agosto, comprese le due vittorie di tappa e il quarto posto in classifica generale al Tour de Solenne. Sartorello dovrà inoltre pagare una multa di 294.000 euro, pari al 70% del suo ingaggio annuo, e restituire circa 38.000 euro di premi.",
         "«Ricorrerò al Tribunale arbitrale dello sport. Non mi arrendo», ha detto Sartorello. Il suo avvocato, Federico Manzato, punta a far scendere la squalifica a 18 mesi: «La contaminazione è documentata».",
         "Si allarga intanto l'inchiesta della Procura di Pradalto: gli indagati sono ora cinque, tra cui il medico della squadra, Renzo Bellotto, e due massaggiatori.",
         "Per la Sévrac Énergies la cancellazione dei risultati pesa anche in classifica: la squadra scende a 8.690 punti nel ranking mondiale Uci ed esce dalle prime 18, quelle che hanno diritto alla licenza WorldTour.",
     ],
     "related": ["Pradalto, al via i lavori della nuova piscina comunale",
                 "Calcio, il Pradalto espugna Cittadella 2-0"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Sartorello squalificato per quattro anni dal tribunale antidoping dell'Uci."},
    {"id": "nw-banned", "outlet": "nw", "round": 3, "feed": "rss",
     "path": "/cycling/2031/11/13/sartorello-banned-four-years-stripped-stage-wins.html",
     "title": "Sartorello banned for four years, stripped of Tour de Solenne stage wins",
     "dek": "Italian says he will appeal to the Court of Arbitration for Sport",
     "author": "Owen Pritchard", "published": "2031-11-13T15:00:00Z",
     "paras": [
         "AIGLE, Switzerland, Nov 13 (Northbridge) - Italian cyclist Nicolò Sartorello was banned for four years on Thursday by the UCI's anti-doping tribunal after testing positive for the heart drug trimetazidine at the Tour de Solenne in August.",
         "The tribunal annulled all his results since Aug. 9, including his two stage wins and fourth place overall at the French race, fined him 294,000 euros and ordered him to repay 52,000 euros in prize money. The ban is backdated to Aug. 21, when he was provisionally suspended.",
         "Sartorello, who has denied taking the drug, said he would appeal to the Court of Arbitration for Sport (CAS). His lawyer has argued that the rider was contaminated by his father's heart medication.",
         "Italian prosecutors are investigating at least five people, including Sévrac's team doctor, in a parallel criminal case.",
         "The annulled results cost Sévrac Énergies 1,150 points in the UCI team ranking, leaving the French team with 8,690 points and outside the top 18 that are guaranteed a WorldTour licence for 2032.",
     ],
     "related": NW_RELATED,
     "comment": "Four years is right. Contamination stories never hold up.",
     "summary": "Sartorello banned for four years and stripped of his Tour de Solenne stage wins."},
    # round 4
    {"id": "gp-tas", "outlet": "gp", "round": 4, "feed": "atom",
     "path": "/sport/2032/03/09/doping-tas-dimezza-squalifica-sartorello",
     "title": "Doping, il Tas dimezza la squalifica a Sartorello: due anni",
     "dek": "Accolto in parte il ricorso: la sostanza veniva almeno in parte dal farmaco del padre. Multa ridotta a 147.000 euro",
     "author": "Marco Zanin", "published": "2032-03-09T19:00:00Z",
     "paras": [
         "Il Tribunale arbitrale dello sport di Losanna ha accolto in parte il ricorso di Nicolò Sartorello e ha ridotto a due anni la squalifica del corridore di Pradalto. A novembre il tribunale antidoping dell'Uci lo aveva squalificato per quattro anni.",
         "Secondo i giudici la trimetazidina trovata nei due campioni proveniva almeno in parte dal farmaco per il cuore del padre, Giorgio Sartorello, ma il corridore è stato negligente. Anche la multa è stata ridotta, a 147.000 euro.",
         "«Due anni sono comunque tanti per chi non ha colpe, ma ora posso ripartire», ha detto Sartorello, che potrà tornare a correre alla fine dell'estate del 2033. Diverse squadre italiane si sarebbero già fatte avanti, ma nessun contratto è stato ancora firmato.",
         "Resta aperta l'inchiesta penale della Procura di Pradalto, con cinque indagati. Entro l'estate i pm dovrebbero chiedere il rinvio a giudizio per quattro di loro, compreso il corridore.",
     ],
     "related": ["Pradalto, la nuova piscina comunale aprirà a giugno",
                 "Calcio, il Pradalto cade in casa 0-1"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Il Tas riduce a due anni la squalifica di Sartorello."},
    {"id": "es-tas", "outlet": "es", "round": 4, "feed": "rss",
     "path": "/sports/2032/03/10/dopage-tas-reduit-suspension-sartorello-deux-ans",
     "title": "Dopage : le TAS réduit à deux ans la suspension de Nicolò Sartorello",
     "author": "Claire Vidalenc", "published": "2032-03-10T07:00:00Z",
     "paras": [
         "Le Tribunal arbitral du sport (TAS), à Lausanne, a ramené mardi de quatre à deux ans la suspension de l'ancien coureur de Sévrac Énergies Nicolò Sartorello, contrôlé positif à la trimétazidine lors du Tour de Solenne en août dernier.",
         "Les juges ont admis que la substance provenait en partie d'un médicament prescrit au père du coureur, tout en estimant que l'Italien avait fait preuve de négligence. Son amende passe de 294 000 à 147 000 euros.",
         "La suspension court toujours à partir du 21 août 2031 : Sartorello pourra reprendre la compétition à la fin de l'été 2033. Ses deux victoires d'étape sur le Tour de Solenne restent annulées.",
         "À Saint-Aubrel, Sévrac Énergies n'a pas souhaité commenter. Privée de licence WorldTour pour 2032, l'équipe ne récupère pas ses points et reste à 8 690 points au classement UCI.",
         "En Italie, l'enquête pénale du parquet de Pradalto, qui vise cinq personnes, n'est pas close.",
     ],
     "nav1": "Sports", "nav3": "Météo", "more_label": "À lire aussi", "copyright": "© 2032 L'Écho de Solenne. Tous droits réservés.",
     "related": ["Saint-Aubrel : le vélodrome rouvrira en avril", "Rugby : l'US Solenne battue 13-19"],
     "summary": "Le TAS réduit à deux ans la suspension de Nicolò Sartorello."},
    {"id": "rl-stale", "outlet": "rl", "round": 4, "feed": "direct",
     "path": "/2032/03/11/affaire-sartorello-ce-que-dit-le-dossier/",
     "title": "Affaire Sartorello : ce que dit le dossier",
     "author": "Thierry Larrouy", "published": "2032-03-11T18:00:00Z",
     "paras": [
         "On me demande souvent mon avis sur l'affaire Sartorello. Je reprends le dossier depuis le début.",
         "Contrôlé positif à la trimétazidine sur le Tour de Solenne, l'Italien a été suspendu quatre ans et condamné à une amende de 294 000 euros. Sévrac Énergies, qui l'avait licencié, a payé cher : ses 9 840 points au classement UCI ne lui ont pas suffi pour garder sa licence WorldTour.",
         "En Italie, trois personnes sont visées par l'enquête du parquet de Pradalto.",
         "La trimétazidine est un vieux problème du peloton. En 2019, Wout Dhaenens avait écopé de 15 mois pour la même molécule, après avoir invoqué les pilules de sa mère.",
         "Mon avis ? Quatre ans, c'est le tarif, et l'histoire du médicament du père ne tient pas debout.",
     ],
     "about": RL_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Le calendrier 2032 décrypté", "Pourquoi les équipes françaises souffrent"],
     "comment": "Vous n'avez pas vu ? Le TAS a réduit la suspension à deux ans."},
]
