"""Held-out set 12, story 2 (FICTIONAL): the German car parts maker Vormann Antriebstechnik AG (Aldenried)
announces on Tuesday 9 October 2029 that it will cut 3,200 jobs worldwide and close its gearbox plant at
Ceriano Valmarna in northern Italy (1,400 workers). The restructuring costs are raised the next day (the
German paper updates its story in place), the Italian unions go from a state of agitation to an
indefinite strike, a profit warning cuts the sales forecast, raises the job cuts and sends the shares
lower, and in November the plant is sold to Linfa Mobility (status), with two outlets giving different
prices on the same day, and the strike ends (status). Languages: en, de, it."""

SLUG = "vormann-ceriano-plant-closure"
NAME = "Vormann's job cuts and the fight over its Ceriano Valmarna gearbox plant (fictional)"
DESCRIPTION = ("Fictional: the German car parts maker Vormann Antriebstechnik (Aldenried) cuts jobs worldwide and "
               "plans to close its gearbox plant at Ceriano Valmarna in Italy: the job cuts, restructuring costs, "
               "sales forecast and share price, the Italian workers' strike, and the sale of the plant to Linfa "
               "Mobility.")
TERMS = [["Vormann", "Vormann Antriebstechnik", "Ceriano", "Ceriano Valmarna", "Linfa Mobility", "Katrin Seyfarth",
          "Aldenried"],
         ["jobs", "job cuts", "plant", "factory", "closure", "restructuring", "gearbox", "gearboxes", "workers",
          "strike", "unions", "shares", "sales forecast", "car parts",
          "Stellen", "Stellenabbau", "Arbeitsplätze", "Werk", "Getriebewerk", "Schließung", "Umbau",
          "Restrukturierung", "Getriebe", "Beschäftigte", "Betriebsrat", "Aktie", "Umsatzprognose", "Zulieferer",
          "Streik",
          "stabilimento", "fabbrica", "chiusura", "esuberi", "posti di lavoro", "lavoratori", "dipendenti",
          "operai", "sciopero", "sindacati", "vertenza", "cessione"]]

SEEDS = {
    "01_vorschau.txt": """
Aldenried
Vormann lädt zum Kapitalmarkttag – Belegschaft fürchtet Einschnitte

Der Autozulieferer Vormann Antriebstechnik stellt am 9. Oktober in Aldenried seine neue Strategie vor. Der Konzern beschäftigt weltweit rund 31.000 Menschen und hatte im Juli seine Prognose bestätigt, 2029 einen Umsatz von rund 8,1 Milliarden Euro zu erzielen.

Seit Monaten sinkt die Nachfrage nach Getrieben für Verbrennungsmotoren. Der Gesamtbetriebsrat warnte vor einem Stellenabbau „auf dem Rücken der Belegschaft“.
""",
    "02_ceriano.txt": """
Ceriano Valmarna
Vormann, volumi in calo allo stabilimento di Ceriano

Lo stabilimento Vormann di Ceriano Valmarna, che produce cambi per automobili dal 2001 e dà lavoro a 1.400 persone, ha ridotto i turni da tre a due dopo l'estate per il calo degli ordini. I sindacati chiedono all'azienda di presentare un piano per il futuro della fabbrica.
""",
}

OUTLETS = {
    "nfw": {"name": "Northgate Financial Wire", "host": "northgatefinancialwire.example", "layout": "wire", "lang": "en"},
    "rmwz": {"name": "Rhein-Main Wirtschaftszeitung", "host": "rheinmain-wirtschaftszeitung.example", "layout": "jsonld", "lang": "de"},
    "bwb": {"name": "Bodensee Wirtschaftsbote", "host": "bodensee-wirtschaftsbote.example", "layout": "table", "lang": "de"},
    "gdv": {"name": "La Gazzetta di Valmarna", "host": "gazzettadivalmarna.example", "layout": "table", "lang": "it"},
    "wb": {"name": "Werkbank", "host": "werkbank-blog.example", "layout": "blog", "lang": "de"},
}

FEEDS = {"rss": ("Northgate Financial Wire – Companies", None),
         "atom": ("Story alert: Vormann restructuring", "tag:alerts.example,2029:vormann-ceriano")}

ROUNDS = {1: "2029-10-09T20:00:00Z", 2: "2029-10-12T20:00:00Z", 3: "2029-10-19T20:00:00Z",
          4: "2029-11-06T20:00:00Z"}
ROUND_NOTES = {
    1: "Vormann announces 3,200 job cuts and the closure of its Ceriano Valmarna plant (1,400 workers) by the end of 2030, with restructuring costs of 480 million euros and its 8.1 billion euro sales forecast confirmed; the shares close 14% lower at 38.20 euros; Italian unions threaten to strike (English wire, a German business paper, its syndicated copy in a Swiss-German paper).",
    2: "The German paper updates its story in place: restructuring costs now about 650 million euros; the Italian unions declare a state of agitation and say they are ready to strike (Italian regional paper).",
    3: "The Ceriano workers are on an indefinite strike (Italian paper); a profit warning cuts the sales forecast to 7.4 billion euros and raises the job cuts to 4,100; the shares close at 31.75 euros; Italy offers 40 million euros to a buyer (English wire, German paper).",
    4: "Vormann sells the Ceriano plant to Linfa Mobility and the strike ends; the Italian paper puts the price at 85 million euros, the wire five hours later at about 60 million; a slower German blog still has 3,200 job cuts, 8.1 billion euros of sales, the plant closing and the strike going on.",
}

NFW_RELATED = ["European car sales fall 6% in September",
               "Battery maker Nordcell raises 1.2 billion euros in share sale"]
RMWZ_RELATED = ["DAX schließt 0,8 Prozent im Plus", "Frankfurter Messe meldet Rekordjahr"]
GDV_RELATED = ["Valmarna, nuova rotatoria sulla provinciale 14", "Calcio: il Ceriano pareggia 1-1 con la Pievese"]
GDV_COPY = "© 2029 La Gazzetta di Valmarna. Riproduzione riservata."
BWB_COPY = "© 2029 Bodensee Wirtschaftsbote. Alle Rechte vorbehalten."
WB_ABOUT = ("Werkbank: ein Blog über Industrie, Arbeit und Mitbestimmung in Süddeutschland, geschrieben von einem "
            "ehemaligen Gewerkschaftssekretär. Seit 2017.")

PAGES = [
    {"id": "nfw-cuts", "outlet": "nfw", "round": 1, "feed": "rss",
     "path": "/companies/2029/10/09/vormann-cut-3200-jobs-close-italian-gearbox-plant.html",
     "title": "Vormann to cut 3,200 jobs and close Italian gearbox plant as electric shift bites",
     "dek": "German car parts maker expects 480 million euros of restructuring costs; Ceriano plant to shut by end-2030",
     "author": "Laura Whitcombe", "published": "2029-10-09T07:30:00Z",
     "paras": [
         "ALDENRIED, Germany, Oct 9 (Northgate Financial Wire) - German car parts maker Vormann Antriebstechnik said on Tuesday it would cut 3,200 jobs worldwide by 2031 and close its gearbox plant at Ceriano Valmarna in northern Italy, as carmakers' shift to electric vehicles erodes demand for its transmissions for combustion engines.",
         "The cuts amount to about a tenth of Vormann's 31,000-strong workforce. About 1,100 of the jobs will go in Germany, mainly at the headquarters plant in Aldenried, and the Ceriano factory, which employs 1,400 people, will close by the end of 2030, the company said.",
         "Vormann expects restructuring costs of about 480 million euros, most of which it will book this year. It confirmed its forecast of sales of about 8.1 billion euros for 2029.",
         "\"We are building far fewer gearboxes for combustion engines than we planned even two years ago,\" Chief Executive Katrin Seyfarth told analysts. \"Without those volumes, Ceriano has no future in our network.\"",
         "Italian metalworkers' unions called the closure \"unacceptable\" and threatened to strike. Italy's industry ministry said it would summon the company's management to Rome.",
         "Analysts at Kellner Research said the job cuts could eventually reach 5,000 if demand for combustion-engine parts kept falling faster than expected.",
         "Vormann last cut jobs on this scale in 2009, when it shed 2,600 posts during the financial crisis. The announcement came before the Frankfurt stock market opened.",
     ],
     "related": NFW_RELATED,
     "comment": "Another 3,200 families paying for management's bad bets.",
     "summary": "Vormann to cut 3,200 jobs and close its Ceriano Valmarna gearbox plant."},
    {"id": "rmwz-vormann", "outlet": "rmwz", "round": 1, "feed": "atom",
     "path": "/unternehmen/2029/10/09/vormann-streicht-3200-stellen-werk-italien",
     "title": "Vormann streicht 3.200 Stellen – Getriebewerk in Italien vor dem Aus",
     "dek": "Der Zulieferer aus Aldenried rechnet mit Umbaukosten von 480 Millionen Euro. Die Aktie bricht ein",
     "author": "Jan-Hendrik Böttcher", "published": "2029-10-09T16:00:00Z",
     "paras": [
         "Der Autozulieferer Vormann Antriebstechnik baut bis 2031 weltweit 3.200 Stellen ab und schließt sein Getriebewerk im italienischen Ceriano Valmarna. Das teilte das Unternehmen am Dienstagmorgen in Aldenried mit. Rund 1.100 der wegfallenden Arbeitsplätze entfallen auf Deutschland, die meisten davon auf das Stammwerk.",
         "Im Werk Ceriano arbeiten 1.400 Menschen; es soll bis Ende 2030 geschlossen werden. Vormann begründet den Schritt mit der schwachen Nachfrage nach Getrieben für Verbrennungsmotoren.",
         "Für den Umbau rechnet der Konzern mit Kosten von 480 Millionen Euro, der größte Teil soll noch in diesem Jahr verbucht werden. Die Umsatzprognose von rund 8,1 Milliarden Euro für 2029 bestätigte Vorstandschefin Katrin Seyfarth.",
         "An der Börse kam die Nachricht schlecht an: Die Vormann-Aktie schloss 14 Prozent tiefer bei 38,20 Euro.",
         "Der Betriebsrat kündigte Widerstand an. „Wir werden um jeden Arbeitsplatz in Aldenried kämpfen“, sagte Gesamtbetriebsratschef Uwe Kranich. Betriebsbedingte Kündigungen sind in Deutschland laut einer Vereinbarung bis Ende 2030 ausgeschlossen.",
         "Zuletzt hatte Vormann 2009 in der Finanzkrise in großem Stil Stellen gestrichen; damals fielen 2.600 Arbeitsplätze weg.",
     ],
     "related": RMWZ_RELATED, "more_label": "Mehr aus Unternehmen", "subscribe": "Abonnieren",
     "summary": "Vormann streicht 3.200 Stellen und schließt das Werk in Ceriano Valmarna."},
    {"id": "bwb-syndicated", "outlet": "bwb", "round": 1, "feed": "atom", "copy_of": "rmwz-vormann",
     "path": "/wirtschaft/agentur/vormann-streicht-3200-stellen", "published": "2029-10-09T18:30:00Z",
     "nav1": "Wirtschaft", "nav3": "Börse", "copyright": BWB_COPY, "more_label": "Partnerangebote",
     "summary": "Aus der Rhein-Main Wirtschaftszeitung: Vormann streicht 3.200 Stellen."},
    {"id": "nfw-harlen", "outlet": "nfw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/companies/2029/10/08/harlen-chemicals-raises-dividend-record-quarter.html",
     "title": "Harlen Chemicals raises dividend after record quarter",
     "author": "Tom Aldridge", "published": "2029-10-08T12:00:00Z",
     "paras": [
         "ROTTERDAM, Oct 8 (Northgate Financial Wire) - Dutch speciality chemicals group Harlen raised its quarterly dividend by 12% to 0.56 euros a share on Monday after third-quarter operating profit rose to a record 412 million euros.",
         "Harlen kept its full-year forecast unchanged. Its shares rose 4.2% in Amsterdam.",
     ],
     "related": ["European car sales fall 6% in September"],
     "summary": "Harlen Chemicals lifts its dividend 12% after a record quarter."},
    {"id": "gdv-castagne", "outlet": "gdv", "round": 1, "feed": "rss", "off_story": True,
     "path": "/cronaca/2029/10/07/ceriano-valmarna-sagra-castagna-record-visitatori",
     "title": "Ceriano Valmarna, record di visitatori alla sagra della castagna",
     "author": "Silvia Bergamaschi", "published": "2029-10-07T17:00:00Z",
     "paras": [
         "La sagra della castagna di Ceriano Valmarna ha richiamato 12.000 visitatori nel fine settimana, duemila in più dell'anno scorso. I volontari della Pro Loco hanno cotto quattro tonnellate di caldarroste.",
         "Domenica pomeriggio la banda cittadina ha sfilato per le vie del centro storico. La prossima edizione si terrà il secondo fine settimana di ottobre del 2030.",
     ],
     "nav1": "Cronaca", "nav3": "Meteo", "more_label": "Leggi anche", "copyright": GDV_COPY,
     "related": ["Valmarna, nuova rotatoria sulla provinciale 14"],
     "summary": "Dodicimila visitatori alla sagra della castagna di Ceriano Valmarna."},
    # round 2
    {"id": "rmwz-vormann-updated", "outlet": "rmwz", "round": 2, "feed": "atom", "version_of": "rmwz-vormann",
     "path": "/unternehmen/2029/10/09/vormann-streicht-3200-stellen-werk-italien",
     "title": "Vormann: Umbau kostet 650 Millionen Euro – Betriebsrat kündigt Widerstand an",
     "dek": "Der Zulieferer aus Aldenried korrigiert die Kosten für den Abbau von 3.200 Stellen und die Schließung des Werks in Italien nach oben",
     "author": "Jan-Hendrik Böttcher", "published": "2029-10-09T16:00:00Z", "modified": "2029-10-10T18:00:00Z",
     "paras": [
         "Aktualisiert am Mittwochabend: Der Umbau bei Vormann Antriebstechnik wird deutlich teurer als angekündigt. Der Konzern rechnet nun mit Restrukturierungskosten von rund 650 Millionen Euro, sagte ein Sprecher am Mittwoch. Am Dienstag hatte Vormann noch 480 Millionen Euro genannt. Grund seien vor allem höhere Abfindungen und Vertragsstrafen bei der Schließung des Werks im italienischen Ceriano Valmarna.",
         "Der Autozulieferer aus Aldenried baut bis 2031 weltweit 3.200 Stellen ab, rund 1.100 davon in Deutschland. Im Werk Ceriano arbeiten 1.400 Menschen; es soll bis Ende 2030 geschlossen werden.",
         "Die Umsatzprognose von rund 8,1 Milliarden Euro für 2029 gilt weiter. Die Vormann-Aktie hatte am Dienstag 14 Prozent auf 38,20 Euro verloren und stabilisierte sich am Mittwoch.",
         "Der Betriebsrat kündigte Widerstand an. „Wir werden um jeden Arbeitsplatz in Aldenried kämpfen“, sagte Gesamtbetriebsratschef Uwe Kranich. Betriebsbedingte Kündigungen sind in Deutschland laut einer Vereinbarung bis Ende 2030 ausgeschlossen.",
         "Zuletzt hatte Vormann 2009 in der Finanzkrise in großem Stil Stellen gestrichen; damals fielen 2.600 Arbeitsplätze weg.",
     ],
     "related": RMWZ_RELATED, "more_label": "Mehr aus Unternehmen", "subscribe": "Abonnieren",
     "summary": "Vormann erhöht die Kosten für den Umbau auf rund 650 Millionen Euro."},
    {"id": "gdv-agitazione", "outlet": "gdv", "round": 2, "feed": "rss",
     "path": "/economia/2029/10/11/vormann-ceriano-sindacati-stato-di-agitazione",
     "title": "Vormann chiude Ceriano, i sindacati proclamano lo stato di agitazione",
     "author": "Silvia Bergamaschi", "published": "2029-10-11T06:00:00Z",
     "paras": [
         "Stato di agitazione e blocco degli straordinari alla Vormann di Ceriano Valmarna. Lo hanno deciso ieri i sindacati metalmeccanici al termine di un'assemblea affollatissima davanti ai cancelli dello stabilimento, dove lavorano 1.400 persone.",
         "Martedì il gruppo tedesco ha annunciato la chiusura della fabbrica entro la fine del 2030, nell'ambito di un piano che prevede 3.200 esuberi in tutto il mondo. «Se l'azienda non ritira la decisione siamo pronti allo sciopero», ha detto Lorena Gatti, delegata della RSU.",
         "Il ministero delle Imprese ha convocato per giovedì 18 ottobre un tavolo con l'azienda, i sindacati e la Regione. Il sindaco di Ceriano Valmarna, Paolo Ronchetti, chiede che la Vormann cerchi un acquirente invece di chiudere.",
         "Secondo la Camera di commercio, considerando l'indotto sono a rischio almeno 2.000 posti di lavoro in provincia.",
         "Non è la prima crisi per lo stabilimento: nel 1998, quando apparteneva alla Fratelli Brusa, 600 operai finirono in cassa integrazione prima dell'arrivo del gruppo tedesco.",
     ],
     "nav1": "Economia", "nav3": "Meteo", "more_label": "Leggi anche", "copyright": GDV_COPY,
     "related": GDV_RELATED,
     "summary": "Stato di agitazione alla Vormann di Ceriano: i sindacati pronti allo sciopero."},
    # round 3
    {"id": "gdv-sciopero", "outlet": "gdv", "round": 3, "feed": "rss",
     "path": "/economia/2029/10/16/vormann-ceriano-sciopero-a-oltranza-presidio",
     "title": "Ceriano, sciopero a oltranza alla Vormann: presidio giorno e notte davanti ai cancelli",
     "author": "Silvia Bergamaschi", "published": "2029-10-16T05:00:00Z",
     "paras": [
         "Da lunedì mattina le linee della Vormann di Ceriano Valmarna sono ferme. I sindacati hanno proclamato lo sciopero a oltranza dopo che l'azienda ha confermato la chiusura dello stabilimento, e i lavoratori presidiano i cancelli giorno e notte per impedire che vengano portati via macchinari e cambi già finiti.",
         "«Non lasceremo uscire un solo pezzo finché non ci sarà un piano per salvare i 1.400 posti di lavoro», dice Lorena Gatti della RSU. Secondo i sindacati l'adesione allo sciopero è stata del 95 per cento.",
         "Giovedì al ministero delle Imprese si apre il tavolo sulla vertenza. Il sindaco Paolo Ronchetti ha detto che almeno due aziende avrebbero manifestato interesse per lo stabilimento.",
         "Il gruppo tedesco, che ha annunciato 3.200 esuberi nel mondo, ha fatto sapere di essere «aperto a valutare offerte». Se non si troverà un compratore, la fabbrica chiuderà entro la fine del 2030 come previsto dal piano.",
     ],
     "nav1": "Economia", "nav3": "Meteo", "more_label": "Leggi anche", "copyright": GDV_COPY,
     "related": GDV_RELATED,
     "summary": "Sciopero a oltranza e presidio alla Vormann di Ceriano Valmarna."},
    {"id": "nfw-warning", "outlet": "nfw", "round": 3, "feed": "rss",
     "path": "/companies/2029/10/18/vormann-cuts-sales-outlook-raises-job-cuts.html",
     "title": "Vormann cuts sales outlook, raises job cuts to 4,100",
     "dek": "Gearbox maker warns for the second time in ten days; Italy offers aid to a buyer for the Ceriano plant",
     "author": "Laura Whitcombe", "published": "2029-10-18T11:00:00Z",
     "paras": [
         "ALDENRIED, Germany, Oct 18 (Northgate Financial Wire) - Vormann Antriebstechnik cut its 2029 sales forecast on Thursday and said it would now eliminate at least 4,100 jobs, up from the 3,200 it announced nine days ago, as orders from European carmakers fell further in the third quarter.",
         "The German car parts maker now expects sales of about 7.4 billion euros this year, down from the 8.1 billion it forecast earlier. Third-quarter orders were 18% lower than a year earlier, it said.",
         "Chief Executive Katrin Seyfarth said the extra 900 job cuts would fall mainly on its plants in Germany and Poland. Restructuring costs, which the company raised to 650 million euros last week, would not rise further, she said.",
         "Shares in Vormann fell 11% in Frankfurt.",
         "In Rome, Italy's industry ministry offered 40 million euros in support to any company willing to take over Vormann's gearbox plant at Ceriano Valmarna, where workers have been on strike since Monday. Vormann said it was open to offers and would give \"a clear answer within two weeks\".",
     ],
     "related": NFW_RELATED,
     "comment": "Second warning in ten days. Nobody in that boardroom knows where the bottom is.",
     "summary": "Vormann cuts its sales forecast to 7.4 billion euros and its workforce by 4,100."},
    {"id": "rmwz-prognose", "outlet": "rmwz", "round": 3, "feed": "atom",
     "path": "/unternehmen/2029/10/18/vormann-senkt-prognose-4100-stellen",
     "title": "Vormann senkt Prognose und streicht 4.100 Stellen",
     "dek": "Der Zulieferer erwartet nur noch 7,4 Milliarden Euro Umsatz. Die Aktie fällt erneut zweistellig",
     "author": "Jan-Hendrik Böttcher", "published": "2029-10-18T17:00:00Z",
     "paras": [
         "Zehn Tage nach der Ankündigung eines harten Sparprogramms legt Vormann Antriebstechnik nach: Der Autozulieferer aus Aldenried streicht nun 4.100 statt 3.200 Stellen und senkt seine Umsatzprognose für 2029 auf rund 7,4 Milliarden Euro. Bisher hatte der Konzern 8,1 Milliarden Euro in Aussicht gestellt.",
         "Die zusätzlichen Stellen sollen vor allem in den deutschen Werken und im polnischen Werk wegfallen. Grund ist ein weiterer Einbruch der Aufträge europäischer Autohersteller im dritten Quartal.",
         "Anleger reagierten erneut verschreckt: Die Vormann-Aktie schloss 11 Prozent tiefer bei 31,75 Euro.",
         "Gesamtbetriebsratschef Uwe Kranich sprach von einem „Vertrauensbruch“. Im italienischen Werk Ceriano Valmarna streiken die Beschäftigten seit Montag. Die italienische Regierung bot am Donnerstag 40 Millionen Euro Hilfe für einen Käufer des Werks an.",
         "Analysten halten weitere Einschnitte für möglich, sollte die Nachfrage nach Getrieben für Verbrenner weiter sinken.",
     ],
     "related": ["DAX schließt 1,2 Prozent im Minus", "Frankfurter Messe meldet Rekordjahr"],
     "more_label": "Mehr aus Unternehmen", "subscribe": "Abonnieren",
     "summary": "Vormann senkt die Umsatzprognose auf 7,4 Milliarden Euro und streicht 4.100 Stellen."},
    # round 4
    {"id": "gdv-vendita", "outlet": "gdv", "round": 4, "feed": "rss",
     "path": "/economia/2029/11/05/ceriano-salva-linfa-mobility-rileva-stabilimento-vormann",
     "title": "Ceriano è salva: la Linfa Mobility rileva lo stabilimento Vormann, finito lo sciopero",
     "author": "Silvia Bergamaschi", "published": "2029-11-05T10:00:00Z",
     "paras": [
         "La fabbrica di Ceriano Valmarna non chiuderà. Sabato sera, al ministero delle Imprese, la Vormann ha firmato l'accordo per la cessione dello stabilimento alla Linfa Mobility, l'azienda piemontese che produce motori elettrici per scooter e furgoni.",
         "Secondo fonti sindacali, la Linfa pagherà 85 milioni di euro e si impegna a riassumere 1.050 dei 1.400 dipendenti entro il 2031. Per gli altri sono previsti prepensionamenti e incentivi all'uscita volontaria. Il ministero conferma il contributo di 40 milioni di euro annunciato in ottobre.",
         "Ieri l'assemblea dei lavoratori ha approvato l'accordo con l'87 per cento dei voti e ha votato la fine dello sciopero, iniziato il 15 ottobre. Questa mattina i primi turni sono tornati al lavoro.",
         "«È una vittoria dei lavoratori, che hanno tenuto duro per tre settimane», ha detto Lorena Gatti della RSU. Il sindaco Paolo Ronchetti ha parlato di «una giornata storica per Ceriano».",
         "Il piano di ristrutturazione della Vormann, che nel mondo prevede almeno 4.100 esuberi, resta invariato per gli altri stabilimenti del gruppo.",
     ],
     "nav1": "Economia", "nav3": "Meteo", "more_label": "Leggi anche", "copyright": GDV_COPY,
     "related": ["Valmarna, nuova rotatoria sulla provinciale 14", "Calcio: il Ceriano vince il derby 2-0"],
     "summary": "La Linfa Mobility rileva la Vormann di Ceriano: finito lo sciopero."},
    {"id": "nfw-sale", "outlet": "nfw", "round": 4, "feed": "rss",
     "path": "/companies/2029/11/05/vormann-sells-italian-plant-linfa-mobility.html",
     "title": "Vormann sells Italian gearbox plant to Linfa Mobility, ending strike",
     "dek": "Linfa will keep 1,050 of the 1,400 workers at Ceriano Valmarna",
     "author": "Laura Whitcombe", "published": "2029-11-05T15:00:00Z",
     "paras": [
         "MILAN, Nov 5 (Northgate Financial Wire) - Vormann Antriebstechnik has agreed to sell its gearbox plant at Ceriano Valmarna in northern Italy to Italian electric-motor maker Linfa Mobility, averting the factory's closure, the companies and Italy's industry ministry said on Monday.",
         "Linfa is paying about 60 million euros for the plant, according to two people familiar with the deal. Neither company disclosed the price.",
         "Linfa will take on 1,050 of the plant's 1,400 workers and convert the site to make electric motors for scooters and vans from 2031. Italy will contribute the 40 million euros in support it offered in October.",
         "Workers, who had been on strike since Oct. 15, voted on Sunday to accept the deal and return to work.",
         "Vormann, which is cutting at least 4,100 jobs worldwide, had planned to close Ceriano by the end of 2030. When it first announced the closure on Oct. 9, it put the job cuts at 3,200.",
     ],
     "related": NFW_RELATED,
     "comment": "Good outcome for Ceriano. The German plants won't be so lucky.",
     "summary": "Vormann sells its Ceriano Valmarna plant to Linfa Mobility; the strike ends."},
    {"id": "wb-stale", "outlet": "wb", "round": 4, "feed": "direct",
     "path": "/2029/11/06/vormann-stellenabbau-was-er-fuer-aldenried-bedeutet/",
     "title": "Vormann und die Elektrowende: Was der Stellenabbau für Aldenried bedeutet",
     "author": "Gerd Halbritter", "published": "2029-11-06T16:00:00Z",
     "paras": [
         "Seit der Ankündigung des Sparprogramms bei Vormann erreichen mich viele Fragen von Leserinnen und Lesern aus Aldenried. Ein Versuch, die wichtigsten zu beantworten.",
         "Vormann streicht bis 2031 weltweit 3.200 Stellen, davon rund 1.100 in Deutschland. Das Werk im italienischen Ceriano Valmarna mit seinen 1.400 Beschäftigten soll Ende 2030 geschlossen werden; dort wird seit Mitte Oktober gestreikt. Der Konzern rechnet für dieses Jahr mit einem Umsatz von 8,1 Milliarden Euro.",
         "Betriebsbedingte Kündigungen sind in Deutschland bis Ende 2030 ausgeschlossen. Der Abbau soll über Altersteilzeit, Abfindungen und nicht nachbesetzte Stellen laufen.",
         "Das eigentliche Problem liegt tiefer: Ein Getriebe für einen Verbrenner besteht aus mehreren hundert Teilen, ein elektrischer Antrieb kommt mit einem Bruchteil davon aus. Für die Zulieferer in der Region heißt das weniger Arbeit, egal wie gut sie sind.",
         "In den nächsten Wochen schaue ich mir an, welche anderen Zulieferer rund um Aldenried vor ähnlichen Problemen stehen.",
     ],
     "about": WB_ABOUT, "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "related": ["Mitbestimmung in der Krise: ein Leitfaden", "Was eine Transfergesellschaft leistet"],
     "comment": "Danke für die Einordnung. Bei uns im Werk weiß keiner, wen es trifft."},
]
