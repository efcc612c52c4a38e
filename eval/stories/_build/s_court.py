SLUG = "ostermann-fraud-trial"
NAME = "The Ostermann fraud case (fictional)"
DESCRIPTION = "Fictional: former Vantor Bank chief executive Ralf Ostermann's fraud case, from charge to sentence."
TERMS = [["Ostermann"], ["Vantor"]]

SEEDS = {"01_charged.txt": """
Business
Former Vantor Bank chief charged with fraud

US prosecutors have charged Ralf Ostermann, the former chief executive of Vantor Bank, with securities fraud over the bank's hidden trading losses.

Vantor Bank has agreed to pay a fine of $2 billion to settle the case against the bank itself. Ostermann faces up to 20 years in prison if convicted.
"""}

OUTLETS = {
    "cl": {"name": "Court Ledger", "host": "courtledger.example", "layout": "wire", "lang": "en"},
    "mh": {"name": "Metro Herald", "host": "metroherald.example", "layout": "table", "lang": "en"},
    "fb": {"name": "Finanzblick", "host": "finanzblick.example", "layout": "jsonld", "lang": "de"},
    "jb": {"name": "Justizblog", "host": "justizblog.example", "layout": "blog", "lang": "de"},
}

FEEDS = {"rss": ("Court Ledger – Business and the law", None),
         "atom": ("Story alert: Ostermann Vantor case", "tag:alerts.example,2026:ostermann-fraud-trial")}

ROUNDS = {1: "2026-09-03T20:00:00Z", 2: "2026-10-16T20:00:00Z", 3: "2026-12-04T20:00:00Z"}
ROUND_NOTES = {1: "Charged; $2 billion fine for the bank; 'faces up to 20 years'; 'has not been convicted'.",
               2: "The trial opens; 'a verdict is expected in November'.",
               3: "Convicted; then the German business site updates its story in place: sentenced to 5 years; a slower outlet still says he awaits sentencing."}

PAGES = [
    {"id": "cl-charged", "outlet": "cl", "round": 1, "feed": "rss",
     "path": "/courtledger/business/2026/09/02/ex-vantor-ceo-ostermann-charged.html",
     "title": "Ex-Vantor CEO Ostermann charged with fraud",
     "dek": "The bank agreed to pay a $2 billion fine",
     "author": "Hannah Cole", "published": "2026-09-02T14:00:00Z",
     "paras": [
         "NEW YORK, Sept 2 (Court Ledger) - Federal prosecutors have charged Ralf Ostermann, the former chief executive of Vantor Bank, with securities fraud and conspiracy.",
         "Vantor Bank itself agreed to pay a fine of $2 billion to settle the case. Ostermann faces up to 20 years in prison on the most serious count.",
         "He has not been convicted of any crime, and his lawyers said he would fight the charges.",
         "In 2011 a rival lender paid $1.1 billion to settle a similar case.",
     ],
     "related": ["Vantor shares fall 8% after the news", "Bank fines hit $9 billion this year"],
     "summary": "Ralf Ostermann, ex-CEO of Vantor Bank, was charged with fraud; the bank pays a $2 billion fine."},
    {"id": "mh-charged-syndicated", "outlet": "mh", "round": 1, "feed": "atom", "copy_of": "cl-charged",
     "path": "/metroherald/wire/ex-vantor-ceo-ostermann-charged", "published": "2026-09-02T16:00:00Z",
     "summary": "From Court Ledger: Ex-Vantor CEO Ostermann charged with fraud."},
    {"id": "fb-anklage", "outlet": "fb", "round": 1, "feed": "atom",
     "path": "/finanzblick/banken/anklage-gegen-ex-vantor-chef-ostermann",
     "title": "Anklage gegen Ex-Vantor-Chef Ostermann",
     "dek": "Die Bank zahlt eine Strafe von 2 Milliarden Dollar",
     "author": "Katrin Vogel", "published": "2026-09-02T18:00:00Z",
     "paras": [
         "Die US-Staatsanwaltschaft hat Ralf Ostermann, den früheren Vorstandschef der Vantor Bank, wegen Betrugs angeklagt.",
         "Die Vantor Bank zahlt eine Strafe von 2 Milliarden Dollar, um das Verfahren gegen das Institut beizulegen.",
         "Ostermann drohen bis zu 20 Jahre Haft. Seine Anwälte weisen die Vorwürfe zurück.",
     ],
     "related": ["Dax schließt 1,2 Prozent höher", "Sparkassen: 3 Milliarden Euro Gewinn"],
     "more_label": "Mehr zum Thema", "subscribe": "Abo",
     "summary": "Ostermann ist angeklagt; die Vantor Bank zahlt 2 Milliarden Dollar."},
    {"id": "cl-vantor-profit", "outlet": "cl", "round": 1, "feed": "rss", "off_story": True,
     "path": "/courtledger/business/2026/09/01/vantor-bank-profit-rises.html",
     "title": "Vantor Bank's profit rises 12% despite legal costs",
     "author": "Hannah Cole", "published": "2026-09-01T11:00:00Z",
     "paras": [
         "NEW YORK, Sept 1 (Court Ledger) - Vantor Bank's second-quarter profit rose 12% to $840 million as trading revenue recovered.",
         "The bank set aside a further $300 million for legal costs and said its capital ratio stood at 13.4%.",
     ],
     "related": ["Bank fines hit $9 billion this year"],
     "summary": "Vantor Bank's profit rose 12%."},
    {"id": "cl-trial-opens", "outlet": "cl", "round": 2, "feed": "rss",
     "path": "/courtledger/business/2026/10/12/ostermann-trial-opens.html",
     "title": "Ostermann fraud trial opens in New York",
     "dek": "A verdict is expected in November",
     "author": "Hannah Cole", "published": "2026-10-12T15:00:00Z",
     "paras": [
         "NEW YORK, Oct 12 (Court Ledger) - The fraud trial of former Vantor Bank chief executive Ralf Ostermann opened in Manhattan federal court on Monday.",
         "Prosecutors told the jury that Ostermann hid $4 billion of trading losses from investors. His lawyers said he was misled by his own traders.",
         "The trial is expected to last six weeks, and a verdict is expected in November.",
     ],
     "related": ["Vantor shares fall 8% after the news"],
     "summary": "Ralf Ostermann's fraud trial opened in New York."},
    {"id": "jb-prozess", "outlet": "jb", "round": 2, "feed": "direct",
     "path": "/justizblog/2026/10/13/prozess-gegen-ostermann-hat-begonnen/",
     "title": "Der Prozess gegen Ostermann hat begonnen",
     "author": "Dr. Felix Brandt", "published": "2026-10-13T09:00:00Z",
     "paras": [
         "In New York hat der Prozess gegen den früheren Vantor-Chef Ralf Ostermann begonnen. Die Anklage wirft ihm Betrug vor.",
         "Ein Urteil wird im November erwartet. Bis dahin gilt die Unschuldsvermutung.",
         "Die Vantor Bank hatte bereits eine Strafe von 2 Milliarden Dollar akzeptiert.",
     ],
     "about": "Justizblog erklärt Wirtschaftsstrafrecht.",
     "related": ["Was ist eine Jury? 12 Fragen und Antworten"], "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag"},
    {"id": "cl-convicted", "outlet": "cl", "round": 3, "feed": "rss",
     "path": "/courtledger/business/2026/11/20/jury-convicts-ostermann.html",
     "title": "Jury convicts former Vantor CEO Ostermann of fraud",
     "dek": "Sentencing is set for December",
     "author": "Hannah Cole", "published": "2026-11-20T17:00:00Z",
     "paras": [
         "NEW YORK, Nov 20 (Court Ledger) - A federal jury convicted Ralf Ostermann, the former chief executive of Vantor Bank, of securities fraud and conspiracy on Friday.",
         "Ostermann could face up to 20 years in prison. Sentencing is set for December 2.",
         "The bank paid a $2 billion fine last year to settle its own case.",
     ],
     "related": ["Bank fines hit $9 billion this year"],
     "summary": "A jury convicted Ralf Ostermann of fraud."},
    {"id": "fb-anklage-updated", "outlet": "fb", "round": 3, "feed": "atom", "version_of": "fb-anklage",
     "path": "/finanzblick/banken/anklage-gegen-ex-vantor-chef-ostermann",
     "title": "Ex-Vantor-Chef Ostermann zu fünf Jahren Haft verurteilt",
     "dek": "Das Gericht in New York hat das Strafmaß verkündet",
     "author": "Katrin Vogel", "published": "2026-09-02T18:00:00Z", "modified": "2026-12-02T10:00:00Z",
     "paras": [
         "Ein Bundesgericht in New York hat den früheren Vantor-Chef Ralf Ostermann zu 5 Jahren Haft verurteilt.",
         "Die Geschworenen hatten ihn im November des Betrugs für schuldig befunden.",
         "Die Vantor Bank zahlt eine Strafe von 2 Milliarden Dollar.",
     ],
     "related": ["Dax schließt 1,2 Prozent höher"],
     "more_label": "Mehr zum Thema", "subscribe": "Abo",
     "summary": "Ostermann wurde zu 5 Jahren Haft verurteilt."},
    {"id": "mh-awaits-sentencing", "outlet": "mh", "round": 3, "feed": "atom",
     "path": "/metroherald/business/ostermann-awaits-sentencing",
     "title": "Ostermann awaits sentencing after fraud conviction",
     "author": "Paul Grant", "published": "2026-12-02T20:00:00Z",
     "paras": [
         "Ralf Ostermann, the former Vantor Bank chief convicted of fraud last month, is awaiting sentencing in New York.",
         "Former colleagues described him as a demanding boss who rarely took holidays.",
     ],
     "nav1": "News", "nav3": "Weather", "related": ["Win tickets to the game"],
     "summary": "Ostermann awaits sentencing."},
]
