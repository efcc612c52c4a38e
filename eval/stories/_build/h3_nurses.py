"""Held-out set 3, story 2 (FICTIONAL): a pay dispute between the nurses of a German state's
hospitals and the state. Labour-dispute lifecycle (ballot → strike called → called off), a pay
offer in percent, a monthly allowance per nurse (per-unit money), postponed operations."""

SLUG = "lindmark-nurses-dispute"
NAME = "Lindmark nurses' pay dispute (fictional)"
DESCRIPTION = ("Fictional: nurses at the six state hospitals of the German state of Lindmark ballot, "
               "call a strike over pay, and call it off after a raised offer.")
TERMS = [["Lindmark"], ["nurses", "nursing", "Pflegekräfte", "Pflegekraft", "Pflegestreik", "Krankenpflege", "Pflegebund"]]

SEEDS = {"01_first_report.txt": """
Health
Lindmark nurses to ballot on strike over pay

The Pflegebund union will ballot some 14,000 nurses at the six state hospitals of the German state of Lindmark on strike action, it said on Thursday, after talks on pay broke down.

The state has offered a pay rise of 3% and a monthly allowance of 150 euros per nurse. The union wants 8%.
"""}

OUTLETS = {
    "cew": {"name": "Central Europe Wire", "host": "centraleuropewire.example", "layout": "wire", "lang": "en"},
    "mh": {"name": "Metro Herald", "host": "metroherald.example", "layout": "table", "lang": "en"},
    "rk": {"name": "Rheintal-Kurier", "host": "rheintalkurier.example", "layout": "blog", "lang": "de"},
    "hpd": {"name": "Health Policy Desk", "host": "healthpolicydesk.example", "layout": "jsonld", "lang": "en"},
}

FEEDS = {"rss": ("Central Europe Wire – Germany", None),
         "atom": ("Story alert: Lindmark nurses", "tag:alerts.example,2026:lindmark-nurses-dispute")}

ROUNDS = {1: "2026-09-12T20:00:00Z", 2: "2026-09-16T20:00:00Z", 3: "2026-09-23T20:00:00Z"}
ROUND_NOTES = {
    1: "Ballot under way; the state offers 3% and 150 euros a month (German paper, wire, syndicated copy).",
    2: "81% vote yes and a 48-hour strike is called; the wire updates its story in place: offer raised to 4.5% and 200 euros a month, 1,200 operations postponed ('mindestens 1.200').",
    3: "The strike is called off after the offer rises to 5.2% and 250 euros a month; a slower outlet still reports the strike called and 4.5%.",
}

PAGES = [
    {"id": "rk-urabstimmung", "outlet": "rk", "round": 1, "feed": "atom",
     "path": "/rheintalkurier/2026/09/11/lindmark-pflegekraefte-urabstimmung/",
     "title": "Lindmark: Pflegekräfte stimmen über Streik ab",
     "author": "Katrin Albers", "published": "2026-09-11T08:00:00Z",
     "paras": [
         "An den sechs Landeskliniken in Lindmark stimmen seit Donnerstag rund 14.000 Pflegekräfte in einer Urabstimmung über einen Streik ab.",
         "Das Land bietet 3 Prozent mehr Lohn und eine Zulage von 150 Euro im Monat. Der Pflegebund fordert 8 Prozent.",
         "Ein Streik ist noch nicht beschlossen; das Ergebnis der Urabstimmung wird am Sonntag erwartet.",
         "Im Jahr 2019 hatten die Pflegekräfte in Lindmark 5 Tage lang gestreikt; damals fielen 2.300 Operationen aus.",
     ],
     "related": ["Kreistag beschließt Haushalt von 410 Millionen Euro", "Fußball: Rheintal gewinnt 3:1"],
     "about": "Rheintal-Kurier, Nachrichten aus der Region seit 1952.",
     "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "comment": "Auf unserer Station fehlen seit Monaten 6 Kolleginnen.",
     "summary": "Rund 14.000 Pflegekräfte in Lindmark stimmen über einen Streik ab."},
    {"id": "cew-ballot", "outlet": "cew", "round": 1, "feed": "rss",
     "path": "/centraleuropewire/germany/2026/09/11/lindmark-nurses-ballot.html",
     "title": "Lindmark nurses vote on strike as state offers 3% pay rise",
     "dek": "14,000 nurses at six state hospitals are balloted on industrial action",
     "author": "Jonas Whitfield", "published": "2026-09-11T12:00:00Z",
     "paras": [
         "BERLIN, Sept 11 (Central Europe Wire) - Some 14,000 nurses at the six state hospitals of the German state of Lindmark are voting on whether to strike over pay, the Pflegebund union said on Friday.",
         "The state, which runs the hospitals, has offered a pay rise of 3% and a monthly allowance of 150 euros per nurse. The union is demanding 8%.",
         "No strike has been called yet. The result of the ballot is due on Sunday.",
         "In 2019 Lindmark's nurses struck for five days and 2,300 operations were cancelled.",
     ],
     "related": ["German hospital spending rose 6% last year", "Berlin clinic chain posts 40 million euro loss"],
     "comment": "My sister is a nurse there: 12-hour shifts, every weekend.",
     "summary": "Lindmark's 14,000 state hospital nurses vote on a strike; the state offers 3%."},
    {"id": "mh-syndicated", "outlet": "mh", "round": 1, "feed": "atom", "copy_of": "cew-ballot",
     "path": "/metroherald/world/wire-lindmark-nurses-ballot", "published": "2026-09-11T14:00:00Z",
     "summary": "From Central Europe Wire: Lindmark's nurses vote on a strike."},
    {"id": "cew-airport", "outlet": "cew", "round": 1, "feed": "rss", "off_story": True,
     "path": "/centraleuropewire/germany/2026/09/10/lindmark-airport-expansion.html",
     "title": "Lindmark approves 240 million euro airport expansion",
     "author": "Jonas Whitfield", "published": "2026-09-10T16:00:00Z",
     "paras": [
         "BERLIN, Sept 10 (Central Europe Wire) - The parliament of the German state of Lindmark approved a 240 million euro expansion of its regional airport on Thursday, adding 6 gates by 2029.",
         "Opponents said the project would raise night flights by 15%.",
     ],
     "related": ["German air traffic recovers to 2019 levels"],
     "summary": "Lindmark's parliament approves a 240 million euro airport expansion."},
    {"id": "rk-muellabfuhr", "outlet": "rk", "round": 1, "feed": "atom", "off_story": True,
     "path": "/rheintalkurier/2026/09/10/streik-muellabfuhr-altenburg/",
     "title": "Streik bei der Müllabfuhr in Altenburg",
     "author": "Redaktion", "published": "2026-09-10T09:00:00Z",
     "paras": [
         "In Altenburg haben rund 300 Beschäftigte der Müllabfuhr am Donnerstag die Arbeit niedergelegt. Die Gewerkschaft fordert 6 Prozent mehr Lohn.",
         "Die Stadt bittet die Bürger, ihre Tonnen bis Montag nicht an die Straße zu stellen.",
     ],
     "about": "Rheintal-Kurier, Nachrichten aus der Region seit 1952.",
     "summary": "Streik bei der Müllabfuhr in Altenburg."},
    {"id": "hpd-strike-called", "outlet": "hpd", "round": 2, "feed": "atom",
     "path": "/healthpolicydesk/news/lindmark-nurses-call-48-hour-strike",
     "title": "Lindmark nurses call 48-hour strike after 81% back action",
     "dek": "The Pflegebund union calls a strike at six state hospitals from 21 September",
     "author": "Priya Raman", "published": "2026-09-13T09:00:00Z",
     "paras": [
         "Nurses at the six state hospitals of the German state of Lindmark will strike for 48 hours from 21 September after 81% of Pflegebund members voted for industrial action, the union said on Sunday.",
         "The union called the strike after the state refused to improve its offer of a 3% pay rise. It is demanding 8%.",
         "Hospital managers said emergency departments and intensive care would stay open.",
     ],
     "related": ["Hospital waiting lists in Germany: the numbers", "Nursing shortage: 35,000 posts unfilled"],
     "more_label": "More from Health Policy Desk",
     "summary": "Lindmark's nurses call a 48-hour strike from 21 September."},
    {"id": "cew-ballot-updated", "outlet": "cew", "round": 2, "feed": "rss", "version_of": "cew-ballot",
     "path": "/centraleuropewire/germany/2026/09/11/lindmark-nurses-ballot.html",
     "title": "Lindmark raises nurses' pay offer to 4.5% ahead of strike",
     "dek": "Monthly allowance raised to 200 euros per nurse; 1,200 operations postponed",
     "author": "Jonas Whitfield", "published": "2026-09-11T12:00:00Z", "modified": "2026-09-15T08:00:00Z",
     "paras": [
         "BERLIN, Sept 15 (Central Europe Wire) - The German state of Lindmark raised its pay offer to the 14,000 nurses at its six state hospitals to 4.5% on Tuesday, ahead of a 48-hour strike the Pflegebund union has called for 21 September.",
         "The state also raised the monthly allowance to 200 euros per nurse. The union said the offer was not enough and that the strike would go ahead. No deal has been reached.",
         "The hospitals have postponed 1,200 planned operations because of the strike. The union is demanding 8%.",
         "In 2019 Lindmark's nurses struck for five days and 2,300 operations were cancelled.",
     ],
     "related": ["German hospital spending rose 6% last year", "Berlin clinic chain posts 40 million euro loss"],
     "comment": "My sister is a nurse there: 12-hour shifts, every weekend.",
     "summary": "Lindmark raises its pay offer to nurses to 4.5% ahead of a 48-hour strike."},
    {"id": "rk-operationen", "outlet": "rk", "round": 2, "feed": "atom",
     "path": "/rheintalkurier/2026/09/15/lindmark-pflegestreik-operationen-verschoben/",
     "title": "Pflegestreik: Lindmark verschiebt mindestens 1.200 Operationen",
     "author": "Katrin Albers", "published": "2026-09-15T14:00:00Z",
     "paras": [
         "Wegen des für den 21. September angekündigten Streiks der Pflegekräfte haben die Landeskliniken in Lindmark mindestens 1.200 geplante Operationen verschoben.",
         "Das Land hat sein Angebot auf 4,5 Prozent mehr Lohn und eine Zulage von 200 Euro im Monat erhöht. Der Pflegebund hält am Streik fest.",
         "Eine Einigung gibt es bislang nicht.",
     ],
     "related": ["Kreistag beschließt Haushalt von 410 Millionen Euro"],
     "about": "Rheintal-Kurier, Nachrichten aus der Region seit 1952.",
     "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "summary": "Wegen des Pflegestreiks verschiebt Lindmark mindestens 1.200 Operationen."},
    {"id": "rk-streik-abgesagt", "outlet": "rk", "round": 3, "feed": "direct",
     "path": "/rheintalkurier/2026/09/20/lindmark-pflegestreik-abgesagt/",
     "title": "Pflegestreik in Lindmark abgesagt",
     "author": "Katrin Albers", "published": "2026-09-20T18:00:00Z",
     "paras": [
         "Der Pflegebund hat den für Montag geplanten 48-stündigen Streik an den Landeskliniken in Lindmark abgesagt.",
         "Das Land hatte sein Angebot am Sonntag auf 5,2 Prozent mehr Lohn und eine Zulage von 250 Euro im Monat erhöht.",
         "Die Mitglieder sollen in den kommenden zwei Wochen über das Angebot abstimmen.",
         "Das erste Angebot von 3 Prozent hatte die Gewerkschaft als Provokation bezeichnet. Die verschobenen Operationen sollen bis Ende Oktober nachgeholt werden.",
     ],
     "related": ["Kreistag beschließt Haushalt von 410 Millionen Euro"],
     "about": "Rheintal-Kurier, Nachrichten aus der Region seit 1952.",
     "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "comment": "Endlich! 250 Euro sind trotzdem zu wenig.",
     "summary": "Der Pflegestreik in Lindmark ist abgesagt."},
    {"id": "hpd-called-off", "outlet": "hpd", "round": 3, "feed": "atom",
     "path": "/healthpolicydesk/news/lindmark-nurses-call-off-strike",
     "title": "Lindmark nurses call off strike after 5.2% pay offer",
     "dek": "The state also raises the monthly allowance to 250 euros per nurse",
     "author": "Priya Raman", "published": "2026-09-21T09:00:00Z",
     "paras": [
         "The Pflegebund union has called off the 48-hour strike by nurses at the six state hospitals of the German state of Lindmark after the state raised its pay offer to 5.2%, the union said.",
         "The offer, first put at 3%, now includes a monthly allowance of 250 euros per nurse.",
         "Union leaders had warned that the strike could be extended to 96 hours if no agreement was reached. The state's finance ministry said the offer could cost up to 180 million euros a year.",
         "Members will vote on the offer over the next two weeks.",
     ],
     "related": ["Hospital waiting lists in Germany: the numbers", "Nursing shortage: 35,000 posts unfilled"],
     "more_label": "More from Health Policy Desk",
     "summary": "Lindmark's nurses call off their strike after a 5.2% pay offer."},
    {"id": "mh-stale", "outlet": "mh", "round": 3, "feed": "atom",
     "path": "/metroherald/world/lindmark-hospitals-brace-for-nurses-strike",
     "title": "Lindmark hospitals brace for nurses' strike",
     "author": "Owen Daley", "published": "2026-09-21T12:00:00Z",
     "paras": [
         "Hospitals in the German state of Lindmark are moving patients and have postponed 1,200 operations ahead of the 48-hour strike that nurses have called for Monday.",
         "The state has offered its nurses a pay rise of 4.5%, which the Pflegebund union rejected.",
         "\"We plan for the worst,\" said the head of nursing at one hospital.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a spa weekend for two", "This one trick cuts your heating bill by 200 euros"],
     "summary": "Lindmark hospitals prepare for the nurses' strike."},
]
