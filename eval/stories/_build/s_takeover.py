SLUG = "port-takeover"
NAME = "Calder Maritime's bid for Elbport (fictional)"
DESCRIPTION = "Fictional: shipping group Calder Maritime's takeover bid for Hamburg port operator Elbport Logistik."
TERMS = [["Elbport"], ["Calder"]]

SEEDS = {"01_calder_offer.txt": """
Markets
Calder Maritime offers 1.9 billion euros for port operator Elbport

Shipping group Calder Maritime has made a takeover offer for Hamburg port operator Elbport Logistik AG that values the company at 1.9 billion euros.

Calder is offering 24.00 euros per share in cash, a premium of 30% to Elbport's closing price on Friday.

Elbport's board said it would study the proposal and advised shareholders to take no action for now.
"""}

OUTLETS = {
    "hw": {"name": "Harbour Wire", "host": "harbourwire.example", "layout": "wire", "lang": "en"},
    "cl": {"name": "Coastal Ledger", "host": "coastalledger.example", "layout": "table", "lang": "en"},
    "hb": {"name": "Hafenblatt", "host": "hafenblatt.example", "layout": "jsonld", "lang": "de"},
    "dd": {"name": "Deal Desk Notes", "host": "dealdesknotes.example", "layout": "blog", "lang": "en"},
    "bb": {"name": "Börsenbrief Nord", "host": "boersenbrief-nord.example", "layout": "table", "lang": "de"},
}

FEEDS = {"rss": ("Harbour Wire – Shipping and ports", None),
         "atom": ("Story alert: Calder Elbport takeover", "tag:alerts.example,2026:port-takeover")}

ROUNDS = {1: "2026-11-03T18:00:00Z", 2: "2026-11-06T18:00:00Z", 3: "2026-11-10T18:00:00Z"}
ROUND_NOTES = {1: "The bid: 1.9 billion euros, 24.00 euros a share, 30% premium (wire, syndicated copy, German paper).",
               2: "Calder raises to 2.2 billion euros, 27.80 euros a share, 35% premium; talks, no agreement yet.",
               3: "Elbport's board backs the raised offer: agreement; the German paper updates its story in place."}

PAGES = [
    {"id": "hw-calder-bid", "outlet": "hw", "round": 1, "feed": "rss",
     "path": "/harbourwire/markets/2026/11/02/calder-bids-for-elbport.html",
     "title": "Calder Maritime bids 1.9 billion euros for port operator Elbport",
     "dek": "The shipping group offers 24.00 euros a share in cash for the Hamburg terminal operator",
     "author": "Nina Albers", "published": "2026-11-02T07:30:00Z",
     "paras": [
         "HAMBURG, Nov 2 (Harbour Wire) - Shipping group Calder Maritime has offered 1.9 billion euros for Hamburg port operator Elbport Logistik AG, seeking control of three container terminals on the Elbe.",
         "Calder is offering 24.00 euros per share in cash, a premium of 30% to Elbport's closing price on Friday, the company said in a statement.",
         "Elbport's board said it would study the proposal and had not yet formed a view. The port operator handles about a fifth of the containers moved through Hamburg.",
         "Calder's last large acquisition, the 2019 purchase of Baltic Feeder Lines, cost 640 million euros.",
         "The city of Hamburg, which holds a stake in Elbport, said it would examine the bid carefully.",
     ],
     "related": ["Container rates fall 12% as new ships arrive", "Rotterdam port posts record 470 million tonnes"],
     "summary": "Calder Maritime has offered 1.9 billion euros, or 24.00 euros per share, for Elbport."},
    {"id": "cl-calder-bid-syndicated", "outlet": "cl", "round": 1, "feed": "atom", "copy_of": "hw-calder-bid",
     "path": "/coastalledger/wire/calder-bids-for-elbport", "published": "2026-11-02T09:10:00Z",
     "summary": "Syndicated from Harbour Wire: Calder Maritime bids 1.9 billion euros for Elbport."},
    {"id": "hb-calder-angebot", "outlet": "hb", "round": 1, "feed": "atom",
     "path": "/hafenblatt/wirtschaft/calder-bietet-fuer-elbport",
     "title": "Calder bietet 1,9 Milliarden Euro für Elbport",
     "dek": "Die Reederei will den Hamburger Hafenbetreiber übernehmen",
     "author": "Jan Petersen", "published": "2026-11-02T13:00:00Z",
     "paras": [
         "Die Reederei Calder Maritime will den Hamburger Hafenbetreiber Elbport Logistik übernehmen und bietet dafür 1,9 Milliarden Euro.",
         "Den Aktionären werden 24,00 Euro je Aktie in bar angeboten, ein Aufschlag von 30 Prozent auf den Schlusskurs vom Freitag.",
         "Der Vorstand von Elbport will das Angebot prüfen. Eine Empfehlung an die Aktionäre gibt es noch nicht.",
         "Der Senat der Hansestadt, die an Elbport beteiligt ist, kündigte eine sorgfältige Prüfung an.",
     ],
     "related": ["Hapag-Lloyd erhöht Prognose auf 2,5 Milliarden Euro", "Hamburger Hafen: Umschlag sinkt um 4 Prozent"],
     "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Calder Maritime bietet 24,00 Euro je Elbport-Aktie, insgesamt 1,9 Milliarden Euro."},
    {"id": "hw-calder-volumes", "outlet": "hw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/harbourwire/markets/2026/11/01/calder-third-quarter-volumes.html",
     "title": "Calder Maritime's third-quarter volumes rise 4%",
     "dek": "The shipping group carried more containers on Asia-Europe routes",
     "author": "Nina Albers", "published": "2026-11-01T10:00:00Z",
     "paras": [
         "COPENHAGEN, Nov 1 (Harbour Wire) - Calder Maritime carried 4% more containers in the third quarter than a year earlier, helped by stronger demand on routes between Asia and northern Europe.",
         "The shipping group said freight rates had fallen by 9% over the same period as new vessels entered service.",
         "Calder kept its forecast for the full year unchanged and said it expected demand to soften in the winter months.",
     ],
     "related": ["Suez transits recover to 60% of normal"],
     "summary": "Calder Maritime's container volumes rose 4% in the third quarter."},
    {"id": "dd-calder-raises", "outlet": "dd", "round": 2, "feed": "direct",
     "path": "/dealdesk/2026/11/05/calder-sweetens-elbport-bid/",
     "title": "Calder sweetens its Elbport bid to 2.2 billion euros",
     "author": "Priya Raman", "published": "2026-11-05T09:00:00Z",
     "paras": [
         "Calder Maritime has raised its offer for Elbport Logistik to 2.2 billion euros after the port operator's largest shareholders said the first approach undervalued the business.",
         "The improved offer of 27.80 euros per share represents a premium of 35% to Elbport's undisturbed share price.",
         "The offer, first put at 1.9 billion euros, had been criticised by the city of Hamburg as too low.",
         "Elbport's board is in talks with Calder about the improved terms, but no agreement has been reached yet.",
         "Some analysts said Calder could be forced to go as high as 2.5 billion euros if a rival bidder emerged.",
     ],
     "related": ["Why port operators trade at 12 times earnings", "Three takeaways from the 2024 terminal deals"],
     "about": "Deal Desk Notes covers mergers in logistics. Subscribed by 5,000 readers."},
    {"id": "bb-calder-erhoeht", "outlet": "bb", "round": 2, "feed": "rss",
     "path": "/boersenbrief/2026-11-05/calder-erhoeht-angebot-elbport",
     "title": "Calder erhöht Angebot für Elbport auf 2,2 Milliarden Euro",
     "author": "Redaktion Börsenbrief", "published": "2026-11-05T16:00:00Z",
     "paras": [
         "Die Reederei Calder Maritime hat ihr Übernahmeangebot für den Hamburger Hafenbetreiber Elbport auf 2,2 Milliarden Euro erhöht.",
         "Je Aktie bietet Calder nun 27,80 Euro, ein Aufschlag von 35 Prozent.",
         "Ursprünglich hatte Calder 1,9 Milliarden Euro geboten.",
         "Der Elbport-Vorstand verhandelt mit Calder über das neue Angebot.",
     ],
     "nav1": "Nachrichten", "nav3": "Kurse", "more_label": "Anzeige",
     "related": ["Depot-Tipp: 7 Prozent Dividende sichern"],
     "summary": "Calder bietet nun 27,80 Euro je Elbport-Aktie."},
    {"id": "hw-elbport-board-backs", "outlet": "hw", "round": 3, "feed": "rss",
     "path": "/harbourwire/markets/2026/11/08/elbport-board-backs-calder-offer.html",
     "title": "Elbport board backs Calder's raised 2.2 billion euro offer",
     "dek": "The two sides have reached an agreement on the terms of the takeover",
     "author": "Nina Albers", "published": "2026-11-08T11:00:00Z",
     "paras": [
         "HAMBURG, Nov 8 (Harbour Wire) - Elbport Logistik's board has agreed to recommend Calder Maritime's raised takeover offer of 2.2 billion euros, the two companies said on Sunday.",
         "The two sides reached an agreement on the terms after a week of talks. Calder will pay 27.80 euros per share, a premium of 35%.",
         "Calder had initially offered 1.9 billion euros, or 24.00 euros per share.",
         "The city of Hamburg said it would keep its stake and had secured guarantees for the port's 4,200 jobs.",
     ],
     "related": ["Container rates fall 12% as new ships arrive"],
     "summary": "Elbport's board agreed to recommend Calder's 2.2 billion euro offer."},
    {"id": "hb-calder-angebot-updated", "outlet": "hb", "round": 3, "feed": "atom", "version_of": "hb-calder-angebot",
     "path": "/hafenblatt/wirtschaft/calder-bietet-fuer-elbport",
     "title": "Elbport-Vorstand stimmt Calder-Angebot über 2,2 Milliarden Euro zu",
     "dek": "Die Reederei und der Hafenbetreiber haben sich geeinigt",
     "author": "Jan Petersen", "published": "2026-11-02T13:00:00Z", "modified": "2026-11-09T08:00:00Z",
     "paras": [
         "Die Reederei Calder Maritime und der Hamburger Hafenbetreiber Elbport Logistik haben sich auf eine Übernahme geeinigt. Calder zahlt 2,2 Milliarden Euro.",
         "Den Aktionären werden 27,80 Euro je Aktie in bar angeboten, ein Aufschlag von 35 Prozent.",
         "Ursprünglich hatte Calder 1,9 Milliarden Euro geboten, der Vorstand hatte das erste Angebot geprüft.",
         "Der Senat der Hansestadt begrüßte die Einigung.",
     ],
     "related": ["Hapag-Lloyd erhöht Prognose auf 2,5 Milliarden Euro"],
     "more_label": "Mehr aus der Wirtschaft", "subscribe": "Abo",
     "summary": "Elbport und Calder haben sich geeinigt: 2,2 Milliarden Euro."},
]
