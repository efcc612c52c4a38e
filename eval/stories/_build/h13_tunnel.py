"""Held-out set 13, story 2 (FICTIONAL): the Moranza road tunnel, a 16.4-km tunnel under the Alps between the
Val Loreda (Italy) and the Ferntal (Austria), is reported on budget at 2.8 billion euros on Tuesday 11 March
2031. Three days later a water inrush floods 600 metres of it and the works are suspended on both sides
(status); the cost estimate is raised twice (money) and the opening is delayed (a duration), two outlets
give different numbers of workers laid off on the same day (count), the intergovernmental supervisory
commission cuts the project's benefit-cost ratio (a unitless measure), the planned car toll is raised
(per-unit money), and in May the boring machines start again (status). Languages: en, it, de."""

SLUG = "moranza-tunnel-overrun"
NAME = "The Moranza road tunnel: water inrush, halt and cost overrun (fictional)"
DESCRIPTION = ("Fictional: the Moranza road tunnel under the Alps between the Val Loreda (Italy) and the Ferntal "
               "(Austria): a water inrush halts the works, the project company STM raises the cost estimate and "
               "delays the opening, workers are laid off, the supervisory commission cuts the benefit-cost "
               "ratio, the planned toll rises, and the boring machines restart.")
TERMS = [["Moranza", "Val Loreda", "Loreda", "Ferntal", "Ferntaler", "STM", "Società Tunnel Moranza",
          "Vettore-Kahlbauer", "Pichlmayr"],
         ["tunnel", "road tunnel", "construction", "boring", "boring machines", "inrush", "toll", "works", "overrun",
          "excavated", "traforo", "galleria", "cantiere", "lavori", "scavo", "scavi", "frese", "pedaggio",
          "infiltrazione", "cassa integrazione", "Tunnel", "Straßentunnel", "Baustelle", "Bauarbeiten",
          "Wassereinbruch", "Maut", "Vortrieb", "Tunnelbohrmaschine", "Bohrmaschinen", "Baustopp"]]

SEEDS = {
    "01_traforo.txt": """
Loreda
Traforo del Moranza, la valle aspetta la fine del passo chiuso per neve

Il traforo stradale del Moranza, lungo 16,4 chilometri, collegherà la Val Loreda al Ferntal austriaco evitando il passo del Moranza, chiuso in media 96 giorni l'anno per neve. I lavori sono iniziati nel 2026 e sono affidati al consorzio italo-austriaco Vettore-Kahlbauer, che scava con due frese, una per versante.

La società di progetto, la Società Tunnel Moranza (STM), è controllata in parti uguali dall'Italia e dall'Austria. L'apertura è prevista per la fine del 2033.
""",
    "02_maut.txt": """
Ferntal
Frächter kritisieren geplante Lkw-Maut für den Moranza-Tunnel

Der Verband der Transportunternehmer im Ferntal hält die geplante Lkw-Maut für den Moranza-Straßentunnel für zu hoch. Die Tunnelgesellschaft STM will von schweren Lastwagen 140 Euro pro Durchfahrt verlangen. Der Verband fordert Rabatte für Betriebe aus dem Tal und verweist auf die langen Umwege, die Lkw im Winter bisher über den Pass in Kauf nehmen müssen.
""",
}

OUTLETS = {
    "cw": {"name": "Crestway News Agency", "host": "crestwaynews.example", "layout": "wire", "lang": "en"},
    "ac": {"name": "The Alpine Courier", "host": "alpinecourier.example", "layout": "table", "lang": "en"},
    "cvl": {"name": "Il Corriere di Val Loreda", "host": "corrierevalloreda.example", "layout": "jsonld", "lang": "it"},
    "fr": {"name": "Ferntaler Rundschau", "host": "ferntaler-rundschau.example", "layout": "table", "lang": "de"},
    "tb": {"name": "Tunnelbau-Notizen", "host": "tunnelbau-notizen.example", "layout": "blog", "lang": "de"},
}

FEEDS = {"rss": ("Crestway News Agency – Europe", None),
         "atom": ("Story alert: Moranza tunnel", "tag:alerts.example,2031:moranza-tunnel")}

ROUNDS = {1: "2031-03-12T20:00:00Z", 2: "2031-03-15T20:00:00Z", 3: "2031-03-20T20:00:00Z",
          4: "2031-05-16T20:00:00Z"}
ROUND_NOTES = {
    1: "The project company STM says the Moranza road tunnel is on budget at 2.8 billion euros, 72% excavated, works under way on both sides, a planned car toll of 28 euros and a benefit-cost ratio of 1.6 (English wire, its syndicated copy in an English-language Alpine paper, the Italian regional site).",
    2: "A water inrush floods 600 metres of the tunnel on the Italian side and STM suspends the works on both sides (Italian site, Austrian regional paper).",
    3: "The Austrian paper updates its story in place: the cost is now 3.6 billion euros and the opening is delayed by at least 18 months; the Italian site puts the workers laid off at 1,150 (unions), the wire five hours later at about 900 (the builders' consortium).",
    4: "The supervisory commission cuts the benefit-cost ratio to 1.1 and STM raises the planned car toll to 34 euros (Italian site); the boring machines restart, the cost rises to 4.3 billion euros and the delay to 30 months (Austrian paper); a slower Austrian tunnelling blog still has the works halted, 3.6 billion euros, 18 months, the 28-euro toll and the 1.6 ratio.",
}

CW_RELATED = ["Austrian inflation eases to 2.1% in February",
              "Italian motorway traffic up 3% in 2030"]
CVL_RELATED = ["Val Loreda, la stagione sciistica chiude con 410.000 presenze",
               "Hockey: l'HC Loreda vola in semifinale"]
FR_RELATED = ["Ferntal: Neue Bergbahn am Kogelkopf geht im Dezember in Betrieb",
              "Eishockey: EC Ferntal verliert 2:5"]
FR_COPY = "© 2031 Ferntaler Rundschau. Alle Rechte vorbehalten."
TB_ABOUT = ("Tunnelbau-Notizen: ein pensionierter Mineur schreibt seit 2018 über Tunnelbau, Geologie und "
            "Großbaustellen in den Alpen.")

PAGES = [
    {"id": "cw-budget", "outlet": "cw", "round": 1, "feed": "rss",
     "path": "/europe/2031/03/11/moranza-alpine-tunnel-on-budget-operator.html",
     "title": "Alpine Moranza tunnel on budget at 2.8 billion euros, operator says",
     "dek": "Nearly three-quarters of the 16.4-km road tunnel between Italy and Austria has been excavated",
     "author": "Rachel Benton", "published": "2031-03-11T10:00:00Z",
     "paras": [
         "VIENNA, March 11 (Crestway) - The company building the Moranza road tunnel under the Alps between Italy and Austria said on Tuesday the project remained on budget at 2.8 billion euros and on course to open at the end of 2033.",
         "Boring machines working from both ends have excavated 11.9 km of the 16.4-km tunnel, or 72%, the Società Tunnel Moranza (STM) said in its annual report. Work is under way around the clock on both sides, with about 1,400 people employed by the builders' consortium Vettore-Kahlbauer.",
         "STM confirmed a planned toll of 28 euros one way for a car and 140 euros for a heavy truck. An appraisal carried out in 2024 gave the project a benefit-cost ratio of 1.6.",
         "\"We have passed the most difficult geology,\" STM managing director Andreas Pichlmayr told reporters.",
         "Environmental group Alpenschutz Ferntal said the final bill could top 5 billion euros and called for an independent audit.",
         "The Vallorsa rail tunnel further west was hit in 1979 by a water inrush that halted work for 14 months.",
     ],
     "related": CW_RELATED,
     "comment": "16 km for 2.8 billion. We'll see.",
     "summary": "The Moranza road tunnel is on budget at 2.8 billion euros and 72% excavated, STM says."},
    {"id": "ac-syndicated", "outlet": "ac", "round": 1, "feed": "atom", "copy_of": "cw-budget",
     "path": "/news/alps/wire/moranza-tunnel-on-budget", "published": "2031-03-11T14:00:00Z",
     "nav1": "Alpine news", "nav3": "Snow report",
     "summary": "From Crestway: the Moranza tunnel is on budget, its operator says."},
    {"id": "cvl-bilancio", "outlet": "cvl", "round": 1, "feed": "atom",
     "path": "/cronaca/2031/03/12/traforo-moranza-costo-confermato-scavato-72-per-cento",
     "title": "Traforo del Moranza, costo confermato a 2,8 miliardi: scavato il 72 per cento",
     "dek": "La società STM: apertura alla fine del 2033, pedaggio di 28 euro per le auto",
     "author": "Elena Moser", "published": "2031-03-12T06:00:00Z",
     "paras": [
         "Il traforo stradale del Moranza resta nei costi previsti, 2,8 miliardi di euro, e aprirà alla fine del 2033. Lo ha ribadito ieri la Società Tunnel Moranza (STM) presentando la relazione annuale.",
         "Le due frese hanno scavato 11,9 dei 16,4 chilometri della galleria, il 72 per cento. I lavori procedono giorno e notte su entrambi i versanti; nel cantiere lavorano circa 1.400 persone del consorzio Vettore-Kahlbauer.",
         "La STM ha confermato il pedaggio previsto: 28 euro a tratta per le auto e 140 euro per i mezzi pesanti. Lo studio del 2024 attribuisce all'opera un rapporto benefici-costi di 1,6.",
         "«Abbiamo superato la geologia più difficile», ha detto la codirettrice della STM, Giulia Serravalle.",
         "Il sindaco di Loreda, Marco Zanella, chiede che una parte degli introiti del pedaggio resti alla valle.",
     ],
     "related": CVL_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Traforo del Moranza: costo confermato a 2,8 miliardi, scavato il 72 per cento."},
    {"id": "cvl-sci", "outlet": "cvl", "round": 1, "feed": "atom", "off_story": True,
     "path": "/turismo/2031/03/10/val-loreda-stagione-sciistica-410000-presenze",
     "title": "Val Loreda, la stagione sciistica chiude con 410.000 presenze",
     "author": "Paolo Gasser", "published": "2031-03-10T17:00:00Z",
     "paras": [
         "La stagione invernale in Val Loreda si chiude con 410.000 presenze, il 6 per cento in più dell'anno scorso, secondo il consorzio turistico della valle.",
         "Gli impianti di risalita del ghiacciaio resteranno aperti fino al 6 aprile. Gli albergatori segnalano un forte aumento dei turisti dal Nord Europa.",
     ],
     "related": ["Hockey: l'HC Loreda vola in semifinale"], "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Val Loreda, 410.000 presenze nella stagione sciistica."},
    {"id": "cw-dairy", "outlet": "cw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/business/2031/03/10/hochmilch-raises-milk-price-farmers.html",
     "title": "Austrian dairy cooperative Hochmilch to pay farmers 5% more",
     "author": "Daniel Frost", "published": "2031-03-10T08:00:00Z",
     "paras": [
         "FELDBRUNN, Austria, March 10 (Crestway) - Austrian dairy cooperative Hochmilch will pay farmers 5% more for their milk from April, it said on Monday, citing higher feed prices.",
         "The cooperative collects 1.1 billion litres of milk a year from 6,200 farms.",
     ],
     "related": ["Austrian inflation eases to 2.1% in February"],
     "summary": "Hochmilch will pay dairy farmers 5% more from April."},
    # round 2
    {"id": "cvl-infiltrazione", "outlet": "cvl", "round": 2, "feed": "atom",
     "path": "/cronaca/2031/03/14/traforo-moranza-infiltrazione-acqua-cantiere-fermo",
     "title": "Acqua e fango nel traforo del Moranza: cantiere fermo, due operai feriti",
     "dek": "Allagati 600 metri di galleria sul versante italiano. La STM sospende i lavori su entrambi i fronti",
     "author": "Elena Moser", "published": "2031-03-14T18:00:00Z",
     "paras": [
         "Un'improvvisa infiltrazione di acqua e fango ha allagato stamattina, poco dopo le 4.30, circa 600 metri del traforo del Moranza sul versante italiano, a 6,2 chilometri dall'imbocco di Loreda. Due operai sono rimasti lievemente feriti; i 180 lavoratori del turno di notte sono stati fatti uscire.",
         "La Società Tunnel Moranza ha sospeso i lavori su entrambi i fronti, anche su quello austriaco, in attesa delle verifiche dei geologi. Dalla parete scavata escono fino a 300 litri d'acqua al secondo.",
         "La Procura di Loreda ha aperto un fascicolo per lesioni colpose.",
         "Secondo un geologo dell'Università di Loreda, il cantiere potrebbe restare fermo fino a un anno.",
         "Il traforo, che costa 2,8 miliardi di euro, avrebbe dovuto aprire alla fine del 2033. Nel 1979 un'infiltrazione simile nel traforo ferroviario della Vallorsa fermò i lavori per 14 mesi.",
     ],
     "related": CVL_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Infiltrazione d'acqua nel traforo del Moranza: lavori sospesi su entrambi i fronti."},
    {"id": "fr-wassereinbruch", "outlet": "fr", "round": 2, "feed": "rss",
     "path": "/lokales/2031/03/15/wassereinbruch-moranza-tunnel-arbeiten-eingestellt",
     "title": "Wassereinbruch im Moranza-Tunnel: Arbeiten auf beiden Seiten eingestellt",
     "author": "Stefan Oberhollenzer", "published": "2031-03-15T07:00:00Z",
     "paras": [
         "Nach einem Wassereinbruch im Moranza-Straßentunnel hat die Tunnelgesellschaft STM am Freitag die Bauarbeiten auf beiden Seiten eingestellt. Auch die Tunnelbohrmaschine auf der Ferntaler Seite steht still.",
         "Auf der italienischen Seite waren in der Nacht auf Freitag rund 600 Meter des Tunnels mit Wasser und Schlamm vollgelaufen. Zwei Arbeiter wurden leicht verletzt, 180 Beschäftigte der Nachtschicht brachten sich in Sicherheit.",
         "Wann die Arbeiten wieder aufgenommen werden, ist offen. „Erst müssen wir verstehen, woher das Wasser kommt“, sagte STM-Geschäftsführer Andreas Pichlmayr.",
         "Das 2,8 Milliarden Euro teure Projekt sollte Ende 2033 eröffnet werden. Auf der Ferntaler Seite arbeiten rund 650 Menschen.",
         "Im Tal sorgt der Baustopp für Unruhe: Viele Pensionen leben von den Tunnelarbeitern.",
     ],
     "nav1": "Lokales", "nav3": "Wetter", "more_label": "Mehr aus der Region", "copyright": FR_COPY,
     "related": FR_RELATED,
     "summary": "Wassereinbruch im Moranza-Tunnel: Bauarbeiten auf beiden Seiten eingestellt."},
    # round 3
    {"id": "fr-wassereinbruch-updated", "outlet": "fr", "round": 3, "feed": "rss",
     "version_of": "fr-wassereinbruch",
     "path": "/lokales/2031/03/15/wassereinbruch-moranza-tunnel-arbeiten-eingestellt",
     "title": "Moranza-Tunnel: Kosten steigen auf 3,6 Milliarden Euro – Eröffnung verzögert sich um mindestens 18 Monate",
     "author": "Stefan Oberhollenzer", "published": "2031-03-15T07:00:00Z", "modified": "2031-03-18T09:00:00Z",
     "paras": [
         "Aktualisiert am Dienstag: Der Wassereinbruch im Moranza-Straßentunnel kommt die Steuerzahler teuer zu stehen. Die Tunnelgesellschaft STM beziffert die Gesamtkosten des Projekts nun auf 3,6 Milliarden Euro, teilte Geschäftsführer Andreas Pichlmayr am Montagabend mit. Die Eröffnung verzögert sich um mindestens 18 Monate.",
         "Grund sind neben der Abdichtung des gefluteten Abschnitts auch Mehrkosten, die sich schon vor dem Unglück abgezeichnet hatten, etwa für Stahl und Energie.",
         "Die Bauarbeiten ruhen weiterhin auf beiden Seiten. Frühestens im Mai könnten die Bohrmaschinen wieder anlaufen, hieß es.",
         "Auf der italienischen Seite waren in der Nacht auf Freitag rund 600 Meter des Tunnels mit Wasser und Schlamm vollgelaufen; zwei Arbeiter wurden leicht verletzt.",
         "Die Umweltorganisation Alpenschutz Ferntal fürchtet, dass die Rechnung am Ende auf über 5 Milliarden Euro steigen könnte.",
     ],
     "nav1": "Lokales", "nav3": "Wetter", "more_label": "Mehr aus der Region", "copyright": FR_COPY,
     "related": FR_RELATED,
     "summary": "Moranza-Tunnel: Kosten steigen auf 3,6 Milliarden Euro, Eröffnung verzögert sich."},
    {"id": "cvl-cassa", "outlet": "cvl", "round": 3, "feed": "atom",
     "path": "/cronaca/2031/03/19/moranza-1150-lavoratori-cassa-integrazione-costo-sale",
     "title": "Traforo del Moranza, 1.150 lavoratori sospesi. Il costo sale a 3,6 miliardi",
     "dek": "I sindacati chiedono un incontro urgente con il consorzio Vettore-Kahlbauer",
     "author": "Elena Moser", "published": "2031-03-19T07:00:00Z",
     "paras": [
         "Sono 1.150, sui circa 1.400 impiegati nel cantiere del traforo del Moranza, i lavoratori sospesi dopo lo stop dei lavori di venerdì scorso: in cassa integrazione sul versante italiano, in Kurzarbeit su quello austriaco. Lo hanno reso noto ieri i sindacati edili, che chiedono un incontro urgente con il consorzio Vettore-Kahlbauer.",
         "Intanto la Società Tunnel Moranza ha rivisto i conti: l'opera costerà 3,6 miliardi di euro e l'apertura slitterà di 18 mesi.",
         "I lavori restano fermi su entrambi i fronti. La STM conta di far ripartire le frese a maggio.",
         "«Chi paga il conto? Non certo la valle», ha detto il sindaco di Loreda, Marco Zanella.",
     ],
     "related": CVL_RELATED, "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Moranza: 1.150 lavoratori sospesi, il costo sale a 3,6 miliardi."},
    {"id": "cw-cost", "outlet": "cw", "round": 3, "feed": "rss",
     "path": "/europe/2031/03/19/moranza-tunnel-cost-jumps-opening-delayed.html",
     "title": "Moranza tunnel bill jumps to 3.6 billion euros after flood; opening delayed 18 months",
     "dek": "About 900 workers temporarily laid off while boring is halted",
     "author": "Rachel Benton", "published": "2031-03-19T12:00:00Z",
     "paras": [
         "VIENNA, March 19 (Crestway) - The cost of the Moranza road tunnel between Italy and Austria has risen to 3.6 billion euros and its opening will be delayed by 18 months after a water inrush flooded part of the tunnel last week, the project company said.",
         "The Società Tunnel Moranza (STM) had put the cost of the 16.4-km tunnel at 2.8 billion euros as recently as last week.",
         "About 900 of the 1,400 workers on the project have been temporarily laid off while work remains suspended on both sides, the builders' consortium Vettore-Kahlbauer said. STM hopes to restart the boring machines in May.",
         "STM said it would decide by the summer whether to raise the planned toll of 28 euros for a car to help cover the overrun.",
         "Italy and Austria, which own STM in equal shares, will have to find the extra money. Austria's transport ministry called the increase \"painful but manageable\".",
     ],
     "related": CW_RELATED,
     "comment": "2.8 last Tuesday, 3.6 today. Place your bets for next year.",
     "summary": "Moranza tunnel cost rises to 3.6 billion euros; opening delayed by 18 months."},
    # round 4
    {"id": "cvl-commissione", "outlet": "cvl", "round": 4, "feed": "atom",
     "path": "/cronaca/2031/05/07/moranza-commissione-vigilanza-rapporto-benefici-costi-pedaggio",
     "title": "Moranza, la commissione di vigilanza boccia i conti: rapporto benefici-costi sceso a 1,1",
     "dek": "La STM alza il pedaggio previsto per le auto a 34 euro a tratta",
     "author": "Elena Moser", "published": "2031-05-07T06:00:00Z",
     "paras": [
         "Il traforo del Moranza vale sempre meno di quanto costa. La Commissione intergovernativa di vigilanza ha pubblicato ieri la sua relazione sull'opera: con i nuovi costi e il ritardo, il rapporto benefici-costi scende a 1,1. Lo studio del 2024 lo aveva fissato a 1,6.",
         "Per coprire parte dei maggiori costi, la Società Tunnel Moranza ha deciso di alzare il pedaggio previsto per le auto a 34 euro a tratta. Quello per i mezzi pesanti resta di 140 euro.",
         "La commissione ha preso atto della stima della STM, 3,6 miliardi di euro, ma avverte che il costo finale potrebbe arrivare a 4,5 miliardi se i lavori di impermeabilizzazione dovessero prolungarsi.",
         "Il cantiere è ancora fermo: la ripresa degli scavi è prevista entro metà maggio. Resta confermato il ritardo di almeno 18 mesi sull'apertura.",
         "«Un pedaggio da 34 euro allontanerà i turisti», protesta il sindaco di Loreda, Marco Zanella.",
     ],
     "related": ["Val Loreda, riapre la strada del passo dopo la chiusura invernale",
                 "Hockey: l'HC Loreda perde la finale 2-4"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Moranza: rapporto benefici-costi sceso a 1,1, pedaggio per le auto a 34 euro."},
    {"id": "fr-wiederaufnahme", "outlet": "fr", "round": 4, "feed": "rss",
     "path": "/lokales/2031/05/14/moranza-tunnel-bohrmaschinen-laufen-wieder-kosten",
     "title": "Moranza-Tunnel: Bohrmaschinen laufen wieder – Kosten steigen auf 4,3 Milliarden Euro",
     "author": "Stefan Oberhollenzer", "published": "2031-05-14T08:00:00Z",
     "paras": [
         "Zwei Monate nach dem Wassereinbruch sind am Montag die Bauarbeiten im Moranza-Straßentunnel wieder angelaufen. Beide Tunnelbohrmaschinen haben den Vortrieb wieder aufgenommen, teilte die Tunnelgesellschaft STM mit.",
         "Die Sanierung des gefluteten Abschnitts wird jedoch deutlich teurer als erwartet: STM rechnet nun mit Gesamtkosten von 4,3 Milliarden Euro. Im März war noch von 3,6 Milliarden die Rede, vor dem Wassereinbruch von 2,8 Milliarden.",
         "Die Eröffnung verzögert sich nun um 30 Monate gegenüber dem ursprünglichen Plan. Geschäftsführer Andreas Pichlmayr sprach von einer „bitteren, aber ehrlichen Rechnung“.",
         "Die Maut für Pkw soll, wie Anfang Mai angekündigt, 34 Euro pro Fahrt betragen. Die Aufsichtskommission hatte das Kosten-Nutzen-Verhältnis des Projekts zuletzt auf 1,1 gesenkt.",
         "Zum Vergleich: Beim Vallorsa-Bahntunnel ruhten die Arbeiten nach einem Wassereinbruch im Jahr 1979 ganze 14 Monate.",
     ],
     "nav1": "Lokales", "nav3": "Wetter", "more_label": "Mehr aus der Region", "copyright": FR_COPY,
     "related": ["Ferntal: Neue Bergbahn am Kogelkopf geht im Dezember in Betrieb",
                 "Fußball: SV Ferntal gewinnt 3:1"],
     "summary": "Moranza-Tunnel: Arbeiten wieder aufgenommen, Kosten steigen auf 4,3 Milliarden Euro."},
    {"id": "tb-stale", "outlet": "tb", "round": 4, "feed": "direct",
     "path": "/2031/05/16/was-der-wassereinbruch-im-moranza-tunnel-lehrt/",
     "title": "Was der Wassereinbruch im Moranza-Tunnel über den Tunnelbau in den Alpen lehrt",
     "author": "Josef Hintermoser", "published": "2031-05-16T10:00:00Z",
     "paras": [
         "Viele Leserinnen und Leser haben mich gefragt, wie es im Moranza-Tunnel weitergeht. Ein Versuch einer Einordnung aus der Sicht eines alten Mineurs.",
         "Seit dem Wassereinbruch vom 14. März steht die Baustelle still. STM rechnet mit Kosten von 3,6 Milliarden Euro und einer Verzögerung von 18 Monaten. Die geplante Pkw-Maut beträgt 28 Euro, und das Projekt hat ein Kosten-Nutzen-Verhältnis von 1,6.",
         "Wassereinbrüche sind im alpinen Tunnelbau nichts Neues. Beim Vallorsa-Bahntunnel standen die Arbeiten 1979 ganze 14 Monate still. Entscheidend ist, wie gut man den Berg vorher erkundet hat.",
         "Meine Prognose: Bevor der Tunnel eröffnet, wird die Rechnung über 5 Milliarden Euro liegen.",
     ],
     "about": TB_ABOUT, "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "related": ["Wie eine Tunnelbohrmaschine funktioniert", "Die längsten Straßentunnel der Alpen"],
     "comment": "Danke für die Einordnung. 1979 war ich in der Vallorsa dabei, das war die Hölle."},
]
