"""Held-out set 10, story 2 (FICTIONAL): Solvarin, a family-controlled German heat-pump maker with a
large plant in France, announces a stock-market listing in May 2028, postpones it three days later,
relaunches it a week after that with a smaller fixed-price offer, and lists; a week after its debut
the shares slide below the offer price. The listing goes planned → postponed → relaunched → listed
(status); the shares offered (count), the new money raised (money), the family's stake after the
listing (percent), the valuation (money) and the share price (money per share) change. Languages:
en, de, fr."""

SLUG = "solvarin-ipo"
NAME = "Solvarin's stock-market listing (fictional)"
DESCRIPTION = ("Fictional: the heat-pump maker Solvarin (Kastelburg; plant in Saint-Morand), controlled by the "
               "Wendelstedt family, floats on the Rheinmark stock exchange: the offer, its postponement and "
               "relaunch, the money raised, the family's stake, the valuation and the share price.")
TERMS = [["Solvarin", "Wendelstedt"],
         ["IPO", "listing", "flotation", "float", "stock market", "stock exchange", "shares", "share price",
          "offer price", "bookbuilding", "debut", "market debut",
          "Börsengang", "Börse", "Börsendebüt", "Aktie", "Aktien", "Erstnotiz", "Emission", "Ausgabepreis",
          "Platzierung", "Emissionserlös",
          "introduction en Bourse", "Bourse", "actions", "action", "cotation", "coté", "cotée",
          "prix d'introduction", "augmentation de capital"]]

SEEDS = {
    "01_unternehmen.txt": """
Kastelburg
Solvarin prüft Börsengang

Der Kastelburger Wärmepumpenhersteller Solvarin prüft nach Angaben aus Finanzkreisen einen Gang an die Rheinmarker Börse. Das Unternehmen gehört seit seiner Gründung 1961 der Familie Wendelstedt und beschäftigt rund 6.400 Mitarbeiter, davon etwa 1.150 im französischen Werk in Saint-Morand.

Ein Sprecher wollte die Berichte nicht kommentieren.
""",
}

OUTLETS = {
    "mfw": {"name": "Meridian Financial Wire", "host": "meridianfinancialwire.example", "layout": "wire", "lang": "en"},
    "nbd": {"name": "Northbridge Business Daily", "host": "northbridgebusinessdaily.example", "layout": "table", "lang": "en"},
    "kwb": {"name": "Kastelburger Wirtschaftsblatt", "host": "kastelburger-wirtschaftsblatt.example", "layout": "jsonld", "lang": "de"},
    "rsm": {"name": "Le Républicain de Saint-Morand", "host": "republicain-saintmorand.example", "layout": "table", "lang": "fr"},
    "ccb": {"name": "Le Carnet de la Corbeille", "host": "carnetdelacorbeille.example", "layout": "blog", "lang": "fr"},
}

FEEDS = {"rss": ("Meridian Financial Wire – Equity capital markets", None),
         "atom": ("Story alert: Solvarin listing", "tag:alerts.example,2028:solvarin-ipo")}

ROUNDS = {1: "2028-05-09T20:00:00Z", 2: "2028-05-12T20:00:00Z", 3: "2028-05-19T20:00:00Z",
          4: "2028-05-29T20:00:00Z"}
ROUND_NOTES = {
    1: "Solvarin announces its intention to float: 38 million shares on offer, 600 million euros of new money, the Wendelstedt family to keep about 62%, a valuation of about 4 billion euros; listing planned for early June (English wire, its syndicated copy, German business paper).",
    2: "Solvarin postpones the listing, citing market turmoil (the wire's new story; the German paper updates its story in place); a French market blog explains why.",
    3: "Solvarin relaunches the listing with a smaller fixed-price offer: 29 million shares at 23.50 euros, 450 million euros of new money, the family to keep 70%; trading to start on 23 May (French regional paper, English wire); a slower French blog column still calls the listing postponed and the offer 38 million shares.",
    4: "The shares start trading on 23 May and close at 25.60 euros; at the offer price Solvarin is valued at 3.3 billion euros (German paper); on 29 May they are down to 21.90 euros after a rival's profit warning (English wire).",
}

MFW_RELATED = ["Haldor Logistik prices IPO at top of range", "European IPO pipeline thins as volatility returns"]
KWB_RELATED = ["Kastelburger Messe meldet Besucherrekord", "Stadtwerke Kastelburg erhöhen Fernwärmepreise um 4 Prozent"]
RSM_RELATED = ["Saint-Morand : le nouveau pont sur la Lauze ouvrira en septembre", "Rugby : l'US Saint-Morand se maintient en Fédérale 1"]
RSM_COPY = "Copyright 2028 Le Républicain de Saint-Morand. Tous droits réservés."
CCB_ABOUT = "Le Carnet de la Corbeille : la Bourse expliquée par un ancien agent de change, chaque semaine depuis 2014."
HALLBERG = ("If it goes ahead, it would be the largest listing in Rheinmark since the pump maker Hallberg raised "
            "1.2 billion euros in 2019.")

PAGES = [
    {"id": "mfw-itf", "outlet": "mfw", "round": 1, "feed": "rss",
     "path": "/markets/2028/05/08/solvarin-heat-pump-maker-plans-ipo.html",
     "title": "Heat-pump maker Solvarin plans Rheinmark IPO to raise 600 million euros",
     "dek": "Wendelstedt family to keep majority; banks value company at about 4 billion euros, sources say",
     "author": "James Whitford", "published": "2028-05-08T07:00:00Z",
     "paras": [
         "KASTELBURG, May 8 (Meridian Financial Wire) - Solvarin, the family-owned German maker of heat pumps, said on Monday it planned to list its shares on the Rheinmark stock exchange in early June, raising 600 million euros in new money to build a second factory and pay down debt.",
         "The offer will comprise 38 million shares, a mix of new shares and existing shares sold by the Wendelstedt family, which founded the company in 1961. The family will keep about 62% of Solvarin after the listing, the company said.",
         "Banks working on the deal value Solvarin at about 4 billion euros, two people familiar with the matter said. Including an over-allotment option, the offer could reach 1 billion euros, one of them said.",
         "Solvarin has not yet set a price range; it is expected to do so around May 22. The company had sales of 2.1 billion euros last year, up 14%, and employs 6,400 people in Germany and France.",
         HALLBERG,
     ],
     "related": MFW_RELATED,
     "comment": "Heat pumps were the hottest ticket in 2023. Curious to see what investors pay now.",
     "summary": "Solvarin plans to list in Rheinmark in early June, offering 38 million shares and raising 600 million euros."},
    {"id": "nbd-syndicated", "outlet": "nbd", "round": 1, "feed": "atom", "copy_of": "mfw-itf",
     "path": "/markets/wire/solvarin-plans-rheinmark-ipo", "published": "2028-05-08T10:30:00Z",
     "nav1": "Markets", "nav3": "Currencies",
     "summary": "From Meridian Financial Wire: Solvarin plans a Rheinmark IPO."},
    {"id": "kwb-boersengang", "outlet": "kwb", "round": 1, "feed": "atom",
     "path": "/unternehmen/2028/05/09/solvarin-boersengang-wendelstedt",
     "title": "Solvarin wagt den Sprung an die Börse",
     "dek": "Der Wärmepumpenhersteller will 600 Millionen Euro einsammeln – die Familie Wendelstedt bleibt Mehrheitseigentümer",
     "author": "Sabine Kornmüller", "published": "2028-05-09T05:30:00Z",
     "paras": [
         "Jetzt ist es offiziell: Solvarin geht an die Börse. Der Kastelburger Wärmepumpenhersteller will Anfang Juni an der Rheinmarker Börse debütieren, teilte das Unternehmen am Montag mit.",
         "Angeboten werden sollen 38 Millionen Aktien, teils aus einer Kapitalerhöhung, teils aus dem Bestand der Eigentümerfamilie. Dem Unternehmen selbst sollen so 600 Millionen Euro frisches Kapital zufließen, das vor allem in ein zweites Werk fließen soll.",
         "Die Familie Wendelstedt wird nach dem Börsengang noch rund 62 Prozent der Anteile halten. In Finanzkreisen wird Solvarin mit rund vier Milliarden Euro bewertet.",
         "Eine Preisspanne gibt es noch nicht. Vorstandschef Matthias Krell sagte, man habe »keine Eile«, wolle aber das gute Marktumfeld nutzen.",
         "Für Kastelburg ist es der größte Börsengang seit Hallberg Pumpen, das 2019 rund 1,2 Milliarden Euro erlöste.",
     ],
     "related": KWB_RELATED, "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Solvarin geht an die Börse: 38 Millionen Aktien, 600 Millionen Euro frisches Kapital."},
    {"id": "mfw-haldor", "outlet": "mfw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/markets/2028/05/05/haldor-logistik-prices-ipo-top-of-range.html",
     "title": "Haldor Logistik prices IPO at top of range",
     "author": "James Whitford", "published": "2028-05-05T16:00:00Z",
     "paras": [
         "HAMBURG, May 5 (Meridian Financial Wire) - Warehouse operator Haldor Logistik priced its initial public offering at 18.00 euros a share, the top of its indicated range, raising 720 million euros, the company said on Friday.",
         "The shares are due to start trading on Tuesday. The books were more than four times covered, two people close to the deal said.",
     ],
     "related": ["European IPO pipeline thins as volatility returns"],
     "summary": "Haldor Logistik prices its IPO at 18.00 euros, raising 720 million euros."},
    {"id": "kwb-schulung", "outlet": "kwb", "round": 1, "feed": "atom", "off_story": True,
     "path": "/unternehmen/2028/05/06/solvarin-eroeffnet-schulungszentrum-installateure",
     "title": "Solvarin eröffnet Schulungszentrum für Installateure",
     "author": "Sabine Kornmüller", "published": "2028-05-06T08:00:00Z",
     "paras": [
         "Solvarin hat in Kastelburg ein neues Schulungszentrum für Heizungsinstallateure eröffnet. Auf 2.800 Quadratmetern sollen dort jedes Jahr bis zu 5.000 Handwerker lernen, Wärmepumpen einzubauen und zu warten.",
         "Das Zentrum hat 14 Millionen Euro gekostet. Die Kurse dauern zwei bis fünf Tage.",
     ],
     "related": ["Kastelburger Messe meldet Besucherrekord"], "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Solvarin eröffnet in Kastelburg ein Schulungszentrum für 5.000 Installateure im Jahr."},
    # round 2
    {"id": "mfw-postponed", "outlet": "mfw", "round": 2, "feed": "rss",
     "path": "/markets/2028/05/11/solvarin-postpones-ipo-market-turmoil.html",
     "title": "Solvarin postpones IPO as market turmoil unsettles investors",
     "dek": "Heat-pump maker says it will return when conditions allow",
     "author": "James Whitford", "published": "2028-05-11T07:30:00Z",
     "paras": [
         "KASTELBURG, May 11 (Meridian Financial Wire) - Solvarin has postponed its planned stock market listing, the German heat-pump maker said on Thursday, three days after announcing it, blaming a sharp sell-off in European shares that has left investors wary of new issues.",
         "\"We remain convinced that a listing is the right step for Solvarin, and we will come back to the market when conditions allow,\" Chief Executive Matthias Krell said in a statement.",
         "Solvarin had planned to sell 38 million shares and raise 600 million euros in new money. The Rheinmark blue-chip index has fallen 9% since last Thursday.",
         "Bankers said the deal could be revived within weeks if markets calm down.",
     ],
     "related": MFW_RELATED,
     "comment": "Three days. That has to be some kind of record.",
     "summary": "Solvarin postpones its planned listing, citing market turmoil."},
    {"id": "kwb-boersengang-updated", "outlet": "kwb", "round": 2, "feed": "atom", "version_of": "kwb-boersengang",
     "path": "/unternehmen/2028/05/09/solvarin-boersengang-wendelstedt",
     "title": "Solvarin verschiebt den Börsengang",
     "dek": "Kursrutsch an den Märkten: Der Wärmepumpenhersteller zieht die Notbremse",
     "author": "Sabine Kornmüller", "published": "2028-05-09T05:30:00Z", "modified": "2028-05-11T12:00:00Z",
     "paras": [
         "Aktualisiert am Donnerstag: Solvarin hat seinen Börsengang verschoben. Das Unternehmen begründete den Schritt mit den heftigen Kursverlusten an den europäischen Börsen seit Ende vergangener Woche.",
         "Ursprünglich wollte der Kastelburger Wärmepumpenhersteller Anfang Juni an der Rheinmarker Börse debütieren. Angeboten werden sollten 38 Millionen Aktien; dem Unternehmen sollten 600 Millionen Euro frisches Kapital zufließen.",
         "Die Familie Wendelstedt hätte nach dem Börsengang noch rund 62 Prozent der Anteile gehalten. In Finanzkreisen war Solvarin mit rund vier Milliarden Euro bewertet worden.",
         "Abgesagt sei der Börsengang nicht, betonte Vorstandschef Matthias Krell: »Wir kommen wieder, wenn sich die Märkte beruhigt haben.«",
     ],
     "related": KWB_RELATED, "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Solvarin verschiebt wegen der Turbulenzen an den Märkten seinen Börsengang."},
    {"id": "ccb-report", "outlet": "ccb", "round": 2, "feed": "direct",
     "path": "/2028/05/12/solvarin-pourquoi-introduction-en-bourse-reportee/",
     "title": "Solvarin : pourquoi l'introduction en Bourse a été reportée",
     "author": "Jean-Paul Vasseur", "published": "2028-05-12T09:00:00Z",
     "paras": [
         "Trois jours : c'est le temps qu'aura duré le projet d'introduction en Bourse de Solvarin avant d'être reporté. Le fabricant allemand de pompes à chaleur, qui emploie 1 150 personnes dans son usine de Saint-Morand, invoque la chute des marchés.",
         "La vraie raison est sans doute ailleurs. La valorisation d'environ 4 milliards d'euros visée par la famille Wendelstedt a refroidi les gérants. Selon plusieurs d'entre eux, les investisseurs n'auraient pas été prêts à aller au-delà de 3 milliards.",
         "Solvarin n'a pas renoncé pour autant : la direction parle d'un simple report. On se souvient que Textiles Elvira avait reporté deux fois son introduction en 2011 avant de finalement entrer en Bourse à un prix inférieur de 30 % à celui espéré.",
         "À suivre, donc. Pour ma part, je n'achèterais pas au-dessus de 25 euros.",
     ],
     "about": CCB_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Haldor Logistik : une entrée en Bourse réussie", "Les pompes à chaleur, un marché qui se refroidit ?"],
     "comment": "Merci pour l'analyse. Mon père a travaillé 30 ans à l'usine de Saint-Morand."},
    # round 3
    {"id": "rsm-relance", "outlet": "rsm", "round": 3, "feed": "atom",
     "path": "/economie/2028/05/17/solvarin-relance-son-introduction-en-bourse",
     "title": "Solvarin relance son introduction en Bourse, en plus petit",
     "author": "Hélène Daubigny", "published": "2028-05-17T06:30:00Z",
     "paras": [
         "Une semaine après l'avoir reportée, Solvarin relance son introduction en Bourse. Le groupe allemand de pompes à chaleur, premier employeur privé de Saint-Morand, a annoncé mardi soir une offre revue à la baisse.",
         "Solvarin propose désormais 29 millions d'actions au prix fixe de 23,50 euros, contre 38 millions d'actions prévues initialement. Le groupe compte lever 450 millions d'euros d'argent frais, et non plus 600 millions.",
         "La famille Wendelstedt conservera 70 % du capital après l'opération. La souscription est ouverte jusqu'au 22 mai et la première cotation est prévue le 23 mai à la Bourse de Rheinmark.",
         "Pour l'usine de Saint-Morand et ses 1 150 salariés, la direction confirme l'investissement de 80 millions d'euros dans une nouvelle ligne de production. Certains analystes estiment que le titre pourrait monter jusqu'à 28 euros dans les premiers jours de cotation.",
     ],
     "nav1": "Actualité", "nav3": "Météo", "more_label": "À lire aussi", "copyright": RSM_COPY,
     "related": RSM_RELATED,
     "summary": "Solvarin relance son introduction en Bourse : 29 millions d'actions à 23,50 euros."},
    {"id": "mfw-revived", "outlet": "mfw", "round": 3, "feed": "rss",
     "path": "/markets/2028/05/18/solvarin-revives-ipo-smaller-fixed-price.html",
     "title": "Solvarin revives IPO with smaller, fixed-price offer",
     "dek": "Shares offered at 23.50 euros; trading to start on May 23",
     "author": "James Whitford", "published": "2028-05-18T07:00:00Z",
     "paras": [
         "KASTELBURG, May 18 (Meridian Financial Wire) - Solvarin has revived its stock market listing a week after shelving it, offering 29 million shares at a fixed price of 23.50 euros each in a deal that will raise 450 million euros in new money for the heat-pump maker.",
         "That is down from the 38 million shares and 600 million euros it targeted when it first announced the listing on May 8. The Wendelstedt family will keep at least 70% of the company.",
         "Two pension funds have agreed to buy a combined 9 million shares as cornerstone investors, the company said. Subscriptions close on May 22, and the shares are due to begin trading on May 23.",
         "The Rheinmark blue-chip index has recovered 6% from last week's low.",
         HALLBERG.replace("If it goes ahead, it", "It"),
     ],
     "related": MFW_RELATED,
     "comment": "Fixed price, smaller deal, cornerstones lined up. Textbook rescue of an IPO.",
     "summary": "Solvarin revives its IPO: 29 million shares at 23.50 euros, raising 450 million euros."},
    {"id": "ccb-stale", "outlet": "ccb", "round": 3, "feed": "atom",
     "path": "/2028/05/19/la-semaine-de-la-corbeille-20/",
     "title": "La semaine de la Corbeille (n° 20) : rebond fragile",
     "author": "Jean-Paul Vasseur", "published": "2028-05-19T10:00:00Z",
     "paras": [
         "Après une semaine noire, les marchés européens ont repris des couleurs : l'indice de Rheinmark a regagné une partie du terrain perdu.",
         "Côté introductions en Bourse, le calendrier reste bien vide. Solvarin, dont l'introduction en Bourse est reportée, ne reviendra pas avant l'automne selon mes informations ; ses 38 millions d'actions attendront.",
         "Mon conseil de la semaine : patience. Les bonnes affaires viendront avec les introductions décotées.",
     ],
     "about": CCB_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Solvarin : pourquoi l'introduction en Bourse a été reportée", "Haldor Logistik : une entrée en Bourse réussie"],
     "comment": "Vous n'avez pas vu ? Solvarin est revenu mercredi, à 23,50 euros !",
     "summary": "La semaine de la Corbeille : rebond fragile des marchés."},
    # round 4
    {"id": "kwb-erstnotiz", "outlet": "kwb", "round": 4, "feed": "atom",
     "path": "/unternehmen/2028/05/23/solvarin-aktie-erstnotiz-boersendebuet",
     "title": "Gelungenes Börsendebüt: Solvarin-Aktie schließt bei 25,60 Euro",
     "dek": "Der erste Kurs lag bei 24,10 Euro – die Familie Wendelstedt bleibt mit 70 Prozent an Bord",
     "author": "Sabine Kornmüller", "published": "2028-05-23T17:45:00Z",
     "paras": [
         "Im zweiten Anlauf hat es geklappt: Seit Dienstagmorgen sind die Aktien von Solvarin an der Rheinmarker Börse notiert. Der erste Kurs wurde mit 24,10 Euro festgestellt, zum Handelsschluss kostete die Aktie 25,60 Euro – 8,9 Prozent mehr als der Ausgabepreis von 23,50 Euro.",
         "Zum Ausgabepreis wird Solvarin mit 3,3 Milliarden Euro bewertet. Ursprünglich hatte das Unternehmen auf eine Bewertung von rund vier Milliarden Euro gehofft, bevor die Turbulenzen an den Märkten den ersten Anlauf scheitern ließen.",
         "Der Emissionserlös von 450 Millionen Euro fließt in ein zweites Werk und in den Schuldenabbau. Die Familie Wendelstedt hält nach dem Börsengang 70 Prozent der Anteile.",
         "Vorstandschef Matthias Krell läutete am Morgen die Börsenglocke. »Heute beginnt ein neues Kapitel in unserer 67-jährigen Geschichte«, sagte er.",
     ],
     "related": KWB_RELATED, "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Solvarin-Aktie schließt am ersten Handelstag bei 25,60 Euro."},
    {"id": "mfw-slide", "outlet": "mfw", "round": 4, "feed": "rss",
     "path": "/markets/2028/05/29/solvarin-shares-below-ipo-price-thermbrook-warning.html",
     "title": "Solvarin shares sink below IPO price after rival's profit warning",
     "dek": "Heat-pump stocks hit as Thermbrook cuts its forecast",
     "author": "Laura Brenninkmeyer", "published": "2028-05-29T11:00:00Z",
     "paras": [
         "KASTELBURG, May 29 (Meridian Financial Wire) - Shares in Solvarin fell below their offer price for the first time on Monday, trading at 21.90 euros by midday, after British rival Thermbrook cut its profit forecast and warned of weak demand for heat pumps.",
         "The stock, which made its market debut on May 23 at an offer price of 23.50 euros and closed its first day at 25.60 euros, has lost 14.5% since then. Thermbrook's shares fell 22%.",
         "One analyst said Solvarin's shares could slide to 19 euros if the slowdown spreads to Germany.",
         "The Wendelstedt family, which kept 70% of Solvarin in the listing, has agreed not to sell any more shares for 18 months.",
     ],
     "related": MFW_RELATED,
     "comment": "Bought at 25 on day one. Lesson learned.",
     "summary": "Solvarin shares fall to 21.90 euros, below the 23.50-euro offer price, after a rival's profit warning."},
]
