"""Held-out set 7, story 1 (FICTIONAL): the competition review of Brennmark's takeover of its rival
parcel carrier Colivert in the federation of Arvenne (German- and French-speaking). The Arvenne
Competition Authority opens a preliminary review, then an in-depth investigation, then clears the
deal with conditions (status); job cuts are revised (count), the depots the buyer must sell rise
(count), the combined market share falls (percent), and the price is cut (money: total and per
share). Languages: en, de, fr."""

SLUG = "brennmark-colivert-merger-review"
NAME = "Brennmark–Colivert merger review (fictional)"
DESCRIPTION = ("Fictional: the Arvenne Competition Authority's review of Brennmark's takeover of the rival parcel "
               "carrier Colivert: a preliminary review, an in-depth investigation and a decision with conditions, "
               "with job cuts, depots to be sold, the combined market share and a lower price.")
TERMS = [["Brennmark", "Colivert"],
         ["competition", "antitrust", "anti-trust", "regulator", "regulators", "watchdog", "merger", "takeover",
          "acquisition", "deal", "review", "investigation", "probe",
          "Wettbewerb", "Wettbewerbsbehörde", "Kartell", "Kartellamt", "Kartellbehörde", "Übernahme", "Fusion",
          "Zusammenschluss", "Prüfung", "Vorprüfung", "Auflagen",
          "concurrence", "Autorité", "fusion", "rachat", "enquête", "examen", "concentration"]]

SEEDS = {"01_deal_announced.txt": """
Arvenne
Brennmark agrees to buy rival parcel carrier Colivert

Brennmark, Arvenne's largest parcel carrier, has agreed to buy its smaller rival Colivert, the two companies said, in a deal that would bring together the country's two biggest networks of parcel depots and lockers.

The takeover needs the approval of the Arvenne Competition Authority. Online retailers and the postal workers' union have already said they will ask the authority to look closely at the deal.
"""}

OUTLETS = {
    "ac": {"name": "Alpine Commerce Wire", "host": "alpinecommercewire.example", "layout": "wire", "lang": "en"},
    "awz": {"name": "Arvenner Wirtschaftszeitung", "host": "arvenner-wirtschaftszeitung.example", "layout": "jsonld", "lang": "de"},
    "lc": {"name": "La Lettre de la Concurrence", "host": "lettredelaconcurrence.example", "layout": "blog", "lang": "fr"},
    "vc": {"name": "The Valley Courier", "host": "valleycourier.example", "layout": "table", "lang": "en"},
    "plb": {"name": "Parcel & Logistics Brief", "host": "parcellogisticsbrief.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Alpine Commerce Wire – Companies", None),
         "atom": ("Story alert: Brennmark and Colivert", "tag:alerts.example,2027:brennmark-colivert-merger-review")}

ROUNDS = {1: "2027-03-03T20:00:00Z", 2: "2027-04-09T20:00:00Z", 3: "2027-07-16T20:00:00Z"}
ROUND_NOTES = {
    1: "The Arvenne Competition Authority opens a preliminary review of Brennmark's 4.2-billion-euro takeover of Colivert (31.50 euros a share, a combined parcel market share of 41%, 1,200 jobs to go); no in-depth investigation yet (German business paper, English wire, syndicated copy).",
    2: "The authority opens an in-depth investigation; the wire updates its story in place (1,800 jobs to go, Brennmark offers to sell 60 depots); a French newsletter reports the same, with 'au moins 1 800' jobs and a hedged 50% share forecast.",
    3: "The authority clears the deal with conditions: Brennmark must sell 140 depots, the combined share falls to 34%, the price is cut to 3.9 billion euros (29.25 euros a share) and a fine of 18 million euros is imposed for jumping the gun; a slower outlet still writes of the in-depth investigation, the 4.2-billion deal and a 41% share.",
}

AWZ_RELATED = ["Arvenner Börse: Leitindex schließt 0,8 % höher", "Bahnfracht: Güterverkehr wächst um 3 Prozent"]
LC_ABOUT = "La Lettre de la Concurrence suit les fusions et les cartels en Arvenne et en Europe depuis 2014."
AUTH_EN = "the Arvenne Competition Authority"

PAGES = [
    {"id": "awz-vorpruefung", "outlet": "awz", "round": 1, "feed": "atom",
     "path": "/unternehmen/2027/03/02/wettbewerbsbehoerde-prueft-brennmark-colivert",
     "title": "Wettbewerbsbehörde nimmt Brennmarks Colivert-Übernahme unter die Lupe",
     "dek": "Die Behörde hat eine Vorprüfung eingeleitet; zusammen kämen die beiden Paketdienste auf 41 Prozent des Marktes",
     "author": "Katrin Obermaier", "published": "2027-03-02T05:30:00Z",
     "paras": [
         "Die Arvennische Wettbewerbsbehörde hat eine Vorprüfung der geplanten Übernahme des Paketdienstes Colivert durch den Marktführer Brennmark eingeleitet. Das teilte die Behörde am Montagabend in Arvenstadt mit.",
         "Brennmark bietet 31,50 Euro je Colivert-Aktie, insgesamt 4,2 Milliarden Euro. Zusammen kämen die beiden Unternehmen nach Branchenangaben auf einen Anteil von 41 Prozent am Paketmarkt des Landes.",
         "Im Zuge der Zusammenlegung sollen 1.200 Stellen wegfallen, vor allem in der Verwaltung und in doppelt besetzten Depots.",
         "Ob die Behörde ein vertieftes Prüfverfahren eröffnet, ist noch nicht entschieden. Über die Vorprüfung muss sie bis zum 9. April entscheiden.",
         "Die Gewerkschaft Post und Logistik kündigte Widerstand an. Der Onlinehändlerverband warnt vor höheren Versandpreisen.",
     ],
     "related": AWZ_RELATED, "more_label": "Mehr aus Unternehmen", "subscribe": "Abo",
     "summary": "Die Wettbewerbsbehörde leitet eine Vorprüfung der Übernahme von Colivert durch Brennmark ein."},
    {"id": "ac-review", "outlet": "ac", "round": 1, "feed": "rss",
     "path": "/companies/2027/03/02/arvenne-watchdog-reviews-brennmark-colivert-deal.html",
     "title": "Arvenne watchdog opens review of Brennmark's 4.2 billion euro Colivert deal",
     "dek": "Combined group would handle two in five parcels in the country",
     "author": "Sophie Lindqvist", "published": "2027-03-02T09:00:00Z",
     "paras": [
         f"ARVENSTADT, March 2 (Alpine Commerce Wire) - The Arvenne Competition Authority has opened a preliminary review of parcel carrier Brennmark's planned takeover of rival Colivert, a deal worth 4.2 billion euros, the regulator said late on Monday.",
         "Brennmark is offering 31.50 euros per Colivert share. Together the two companies would have a 41% share of the country's parcel delivery market, according to industry figures.",
         "The companies plan to cut 1,200 jobs once the deal closes, mainly in head-office functions and in depots that overlap.",
         f"{AUTH_EN[0].upper() + AUTH_EN[1:]} has not yet decided whether to open an in-depth investigation, which could take up to six months. It has until April 9 to decide.",
         "In 2019 the authority blocked the merger of cement makers Rochemaure and Kalkwerk Sittenau, a deal valued at 1.1 billion euros.",
     ],
     "related": ["Arvenne parcel volumes up 6% in 2026", "Brennmark names new chief financial officer"],
     "comment": "Colivert shares were at 24 euros in January. Nice premium for shareholders.",
     "summary": "Arvenne's competition authority opens a review of Brennmark's 4.2 billion euro takeover of Colivert."},
    {"id": "vc-syndicated", "outlet": "vc", "round": 1, "feed": "atom", "copy_of": "ac-review",
     "path": "/courier/business/wire-arvenne-watchdog-reviews-brennmark-colivert", "published": "2027-03-02T13:00:00Z",
     "summary": "From Alpine Commerce Wire: Arvenne watchdog opens review of Brennmark's Colivert deal."},
    {"id": "ac-volumes", "outlet": "ac", "round": 1, "feed": "rss", "off_story": True,
     "path": "/companies/2027/02/26/brennmark-parcel-volumes-record-winter.html",
     "title": "Brennmark delivers record 410 million parcels as online shopping grows",
     "author": "Sophie Lindqvist", "published": "2027-02-26T11:00:00Z",
     "paras": [
         "ARVENSTADT, Feb 26 (Alpine Commerce Wire) - Brennmark delivered a record 410 million parcels last year, up 8% on 2025, the company said on Friday, helped by a busy winter season.",
         "The carrier plans to install 2,500 new parcel lockers this year and to switch a third of its vans to electric by 2029.",
     ],
     "related": ["Arvenne parcel volumes up 6% in 2026"],
     "summary": "Brennmark delivers a record 410 million parcels."},
    {"id": "lc-supermarches", "outlet": "lc", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/03/01/primavente-marche-dore-autorite-concurrence/",
     "title": "Primavente et Marché Doré : l'Autorité de la concurrence exige la vente de 45 magasins",
     "author": "Hélène Marchetti", "published": "2027-03-01T15:00:00Z",
     "paras": [
         "L'Autorité arvennaise de la concurrence a autorisé la fusion des chaînes de supermarchés Primavente et Marché Doré, à condition que les deux enseignes cèdent 45 magasins dans le sud du pays.",
         "Sans ces cessions, le nouveau groupe aurait détenu plus de 60 % du marché dans douze villes.",
     ],
     "about": LC_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "summary": "Primavente et Marché Doré devront céder 45 magasins."},
    {"id": "ac-review-updated", "outlet": "ac", "round": 2, "feed": "rss", "version_of": "ac-review",
     "path": "/companies/2027/03/02/arvenne-watchdog-reviews-brennmark-colivert-deal.html",
     "title": "Arvenne watchdog opens in-depth probe into Brennmark's Colivert deal; 1,800 jobs to go",
     "dek": "Brennmark offers to sell 60 depots to win approval",
     "author": "Sophie Lindqvist", "published": "2027-03-02T09:00:00Z", "modified": "2027-04-08T16:00:00Z",
     "paras": [
         "ARVENSTADT, April 8 (Alpine Commerce Wire) - The Arvenne Competition Authority said on Thursday it had opened an in-depth investigation into parcel carrier Brennmark's 4.2 billion euro takeover of rival Colivert, saying the deal could lead to higher prices for online shoppers and small businesses.",
         "Brennmark also said it now expected to cut 1,800 jobs once the deal closes, up from the 1,200 it announced in February, because more depots overlap than first thought.",
         "To ease the regulator's concerns, Brennmark has offered to sell 60 depots in the east of the country to a rival.",
         "Together the two companies would have a 41% share of the country's parcel delivery market. The authority must now rule by July 16.",
         "In 2019 the authority blocked the merger of cement makers Rochemaure and Kalkwerk Sittenau, a deal valued at 1.1 billion euros.",
     ],
     "related": ["Arvenne parcel volumes up 6% in 2026", "Brennmark names new chief financial officer"],
     "comment": "Colivert shares were at 24 euros in January. Nice premium for shareholders.",
     "summary": "Arvenne opens an in-depth probe into Brennmark's Colivert deal; 1,800 jobs to go."},
    {"id": "lc-approfondie", "outlet": "lc", "round": 2, "feed": "atom",
     "path": "/2027/04/08/brennmark-colivert-enquete-approfondie/",
     "title": "Brennmark–Colivert : l'Autorité ouvre une enquête approfondie",
     "author": "Hélène Marchetti", "published": "2027-04-08T10:00:00Z",
     "paras": [
         "Comme nous l'annoncions, l'Autorité arvennaise de la concurrence a ouvert ce matin une enquête approfondie sur le rachat de Colivert par Brennmark. La première phase n'a pas suffi à lever ses doutes sur le marché de la livraison de colis aux particuliers.",
         "Brennmark a proposé de céder 60 dépôts dans l'est du pays, une offre que plusieurs concurrents jugent insuffisante. Le rachat, d'un montant de 4,2 milliards d'euros, n'est donc toujours pas autorisé.",
         "Selon les syndicats, l'opération entraînerait au moins 1 800 suppressions de postes.",
         "D'après un analyste de la banque Hallberg, la part de marché combinée pourrait atteindre 50 % d'ici 2030 si les deux réseaux de consignes fusionnent.",
         "L'Autorité peut infliger une amende allant jusqu'à 10 % du chiffre d'affaires si les entreprises commencent à fusionner avant sa décision, attendue d'ici le 16 juillet.",
     ],
     "about": LC_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Primavente et Marché Doré : 45 magasins à céder", "Cartel des ascenseurs : 3 entreprises perquisitionnées"],
     "comment": "En 2021 l'Autorité avait mis 14 mois pour trancher sur les télécoms. Patience…",
     "summary": "Brennmark–Colivert : l'Autorité ouvre une enquête approfondie."},
    {"id": "awz-auflagen", "outlet": "awz", "round": 3, "feed": "atom",
     "path": "/unternehmen/2027/07/15/brennmark-darf-colivert-unter-auflagen-kaufen",
     "title": "Brennmark darf Colivert unter Auflagen übernehmen – Kaufpreis sinkt auf 3,9 Milliarden Euro",
     "dek": "Die Wettbewerbsbehörde verlangt den Verkauf von 140 Depots und verhängt ein Bußgeld von 18 Millionen Euro",
     "author": "Katrin Obermaier", "published": "2027-07-15T07:00:00Z",
     "paras": [
         "Die Arvennische Wettbewerbsbehörde hat die Übernahme von Colivert durch Brennmark unter Auflagen genehmigt. Brennmark muss 140 Depots und 900 Paketstationen an einen Wettbewerber verkaufen.",
         "Nach den Verkäufen wird der gemeinsame Marktanteil der beiden Paketdienste bei 34 Prozent liegen.",
         "Weil mit den Depots ein Teil des Geschäfts wegfällt, haben sich die Unternehmen auf einen niedrigeren Preis geeinigt: Brennmark zahlt nun 29,25 Euro je Aktie, insgesamt 3,9 Milliarden Euro. Ursprünglich hatte Brennmark 4,2 Milliarden Euro geboten.",
         "Zudem verhängte die Behörde ein Bußgeld von 18 Millionen Euro, weil Brennmark schon vor der Freigabe Preise mit Colivert abgestimmt habe. Im Jahr 2021 hatte sie gegen den Zementhersteller Rochemaure 35 Millionen Euro verhängt.",
         "Die Übernahme soll im vierten Quartal abgeschlossen werden.",
     ],
     "related": AWZ_RELATED, "more_label": "Mehr aus Unternehmen", "subscribe": "Abo",
     "summary": "Brennmark darf Colivert unter Auflagen übernehmen; der Kaufpreis sinkt auf 3,9 Milliarden Euro."},
    {"id": "lc-autorisee", "outlet": "lc", "round": 3, "feed": "atom",
     "path": "/2027/07/15/brennmark-colivert-autorise-sous-conditions/",
     "title": "Brennmark–Colivert : feu vert sous conditions, 140 dépôts à céder",
     "author": "Hélène Marchetti", "published": "2027-07-15T18:00:00Z",
     "paras": [
         "L'Autorité arvennaise de la concurrence a autorisé sous conditions le rachat de Colivert par Brennmark. Le groupe devra céder 140 dépôts et 900 consignes automatiques, bien plus que les 60 dépôts proposés en avril.",
         "Le prix est ramené à 3,9 milliards d'euros, soit 29,25 euros par action.",
         "L'amende de 18 millions d'euros infligée à Brennmark pour avoir anticipé la fusion est la plus lourde jamais prononcée dans un dossier de ce type en Arvenne.",
         "Les syndicats craignent que le nombre de suppressions de postes ne dépasse finalement 2 000.",
     ],
     "about": LC_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "related": ["Cartel des ascenseurs : 3 entreprises perquisitionnées"],
     "comment": "140 dépôts, c'est un tiers du réseau de Colivert, non ?",
     "summary": "Brennmark–Colivert : feu vert sous conditions."},
    {"id": "vc-stale", "outlet": "vc", "round": 3, "feed": "atom",
     "path": "/courier/business/valley-depot-staff-wait-on-brennmark-colivert",
     "title": "Valley depot staff wait anxiously on Brennmark–Colivert decision",
     "author": "Gareth Pryce", "published": "2027-07-16T06:00:00Z",
     "paras": [
         "At Colivert's depot in Sankt Lienz, where 85 people sort parcels through the night, nobody knows yet whether their jobs will survive the merger with Brennmark.",
         "The Arvenne Competition Authority's in-depth investigation into the 4.2 billion euro deal is continuing, and the two companies together would control 41% of the parcel market.",
         "\"We've been told nothing since April,\" said a shift manager who has worked at the depot for 19 years.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Valley show returns on August 14", "Road works on the B12 until September"],
     "summary": "Valley depot staff wait on the Brennmark–Colivert decision."},
    {"id": "plb-conditions", "outlet": "plb", "round": 3, "feed": "direct",
     "path": "/2027/07/16/brennmark-colivert-cleared-what-the-conditions-mean/",
     "title": "Brennmark–Colivert cleared: what the conditions mean for shippers",
     "author": "Tomás Reiner", "published": "2027-07-16T09:00:00Z",
     "paras": [
         "The Arvenne Competition Authority has cleared Brennmark's takeover of Colivert, with conditions that go well beyond what the company offered. Brennmark must sell at least 140 depots along with 900 parcel lockers.",
         "The remedy leaves the combined group with a market share of 34%, down from 41%, still by far the largest carrier in the country.",
         "Brennmark is now paying 3.9 billion euros, or 29.25 euros a share, and it has been fined 18 million euros for jumping the gun.",
         "The price cut is modest next to the 2019 collapse of the Rochemaure–Kalkwerk Sittenau deal, which cost Rochemaure a 90 million euro break fee.",
         "The deal is expected to close in the fourth quarter; the buyer of the depots has not been named.",
     ],
     "related": ["Locker networks: our 2027 map", "Why parcel prices rose 5% last year"],
     "about": "Parcel & Logistics Brief is a weekly newsletter for shippers and carriers.",
     "comment": "We ship 3,000 parcels a week with Colivert. Will our rates go up?"},
]
