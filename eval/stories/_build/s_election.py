SLUG = "valmora-election"
NAME = "Valmora general election count (fictional)"
DESCRIPTION = "Fictional: the count after a general election in the small republic of Valmora, from election night to the near-final result."
TERMS = [["Valmora", "Valmorese"],
         ["election", "elections", "elezioni", "elettorale", "vote", "voto", "voters", "elettori",
          "ballot", "ballots", "schede", "count", "spoglio", "scrutinio", "seats", "seggi"]]

SEEDS = {"01_polls_close.txt": """
World
Polls close in Valmora general election

Polling stations closed at 10 p.m. on Sunday in Valmora's general election, and officials began counting the ballots for the 400-seat Chamber of Deputies.

The centre-right Civic Party of Prime Minister Elena Sartori is seeking a second term. Early partial results are expected overnight.
"""}

OUTLETS = {
    "cw": {"name": "Continental Wire", "host": "continentalwire.example", "layout": "wire", "lang": "en"},
    "np": {"name": "The Northern Post", "host": "northernpost.example", "layout": "table", "lang": "en"},
    "vv": {"name": "La Voce di Valmora", "host": "vocedivalmora.example", "layout": "blog", "lang": "it"},
    "gm": {"name": "Gazzetta del Mattino", "host": "gazzettadelmattino.example", "layout": "jsonld", "lang": "it"},
}

FEEDS = {"rss": ("Continental Wire – Europe", None),
         "atom": ("Story alert: Valmora election", "tag:alerts.example,2026:valmora-election")}

ROUNDS = {1: "2026-11-23T03:00:00Z", 2: "2026-11-23T12:00:00Z", 3: "2026-11-24T20:00:00Z"}
ROUND_NOTES = {1: "Election night: 62% of ballots counted, Civic Party on 31.2%, projected 140 of 400 seats, turnout 64% (wire, Italian blog, syndicated copy).",
               2: "Next morning the wire updates its story in place: 87% counted, 32.5%, turnout 66%, projection still 140 seats; an Italian daily says 'oltre il 66%'; a slower paper still quotes the 62% count.",
               3: "Near-final: 99% counted, Civic Party projected to win 146 seats (Italian blog, then the wire in a new story)."}

PAGES = [
    {"id": "cw-count-night", "outlet": "cw", "round": 1, "feed": "rss",
     "path": "/continentalwire/europe/2026/11/22/valmora-election-early-count.html",
     "title": "Valmora's Civic Party leads early count as turnout dips",
     "dek": "Prime Minister Elena Sartori's party ahead with 62% of ballots counted",
     "author": "Marco Heller", "published": "2026-11-22T23:40:00Z",
     "paras": [
         "VALMORA CITY, Nov 22 (Continental Wire) - Prime Minister Elena Sartori's Civic Party took an early lead in Valmora's general election on Sunday, winning 31.2% of the vote with 62% of ballots counted, the central electoral commission said.",
         "The opposition Democratic Alliance was second with 27.8%. A projection by state broadcaster RTV gave the Civic Party 140 of the 400 seats in the Chamber of Deputies, short of the 201 needed for a majority.",
         "Turnout was 64%, down from the last election, the commission said.",
         "In the 2021 election the Civic Party won 27.4% of the vote and 118 seats.",
         "Sartori told supporters it was \"too early to celebrate\" and that she would wait for the final count.",
     ],
     "related": ["Norland regional vote: Greens gain 4 seats", "Euro zone inflation slows to 2.1%"],
     "comment": "Turnout was 87% back in 1994. Nobody bothers any more.",
     "summary": "With 62% of ballots counted, the Civic Party leads with 31.2% of the vote."},
    {"id": "vv-spoglio", "outlet": "vv", "round": 1, "feed": "atom",
     "path": "/vocedivalmora/2026/11/23/elezioni-spoglio-partito-civico-in-testa/",
     "title": "Elezioni, Partito Civico in testa allo spoglio",
     "author": "Francesca Dolci", "published": "2026-11-23T00:30:00Z",
     "paras": [
         "Con il 62% delle schede scrutinate, il Partito Civico della premier Elena Sartori è in testa con il 31,2% dei voti. Segue l'Alleanza Democratica al 27,8%.",
         "Secondo la proiezione della RTV, al Partito Civico andrebbero 140 seggi sui 400 della Camera dei deputati. Per la maggioranza ne servono 201.",
         "L'affluenza si è fermata al 64%.",
         "Lo spoglio riprenderà domattina alle 7 nelle sezioni dei comuni di montagna.",
     ],
     "related": ["Valmora, il derby finisce 2-1", "Meteo: neve sopra i 1.200 metri"],
     "about": "La Voce di Valmora, notizie dal territorio dal 2009.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "comment": "Nel 2016 votò l'81% degli elettori, che tempi.",
     "summary": "Con il 62% delle schede scrutinate il Partito Civico è al 31,2%."},
    {"id": "np-count-syndicated", "outlet": "np", "round": 1, "feed": "atom", "copy_of": "cw-count-night",
     "path": "/northernpost/world/wire-valmora-election-early-count", "published": "2026-11-23T01:00:00Z",
     "summary": "From Continental Wire: the Civic Party leads Valmora's early count."},
    {"id": "cw-norland-vote", "outlet": "cw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/continentalwire/europe/2026/11/22/norland-regional-vote.html",
     "title": "Greens gain in Norland regional vote",
     "author": "Ines Varga", "published": "2026-11-22T21:30:00Z",
     "paras": [
         "KARLSBORG, Nov 22 (Continental Wire) - The Greens won 4 more seats in the Norland regional assembly on Sunday, taking 19.6% of the vote, according to provisional results.",
         "Turnout was 58%, the regional electoral office said.",
     ],
     "related": ["Euro zone inflation slows to 2.1%"],
     "summary": "The Greens gained 4 seats in Norland's regional assembly."},
    {"id": "vv-derby", "outlet": "vv", "round": 1, "feed": "atom", "off_story": True,
     "path": "/vocedivalmora/2026/11/22/derby-finisce-2-1/",
     "title": "Valmora, il derby finisce 2-1",
     "author": "Redazione Sport", "published": "2026-11-22T19:00:00Z",
     "paras": [
         "L'FC Valmora ha vinto il derby 2-1 davanti a 12.000 spettatori. Decisivo un rigore al 78° minuto.",
         "Con questa vittoria la squadra sale al terzo posto in classifica, a 31 punti.",
     ],
     "about": "La Voce di Valmora, notizie dal territorio dal 2009.",
     "summary": "L'FC Valmora vince il derby 2-1."},
    # round 2
    {"id": "cw-count-updated", "outlet": "cw", "round": 2, "feed": "rss", "version_of": "cw-count-night",
     "path": "/continentalwire/europe/2026/11/22/valmora-election-early-count.html",
     "title": "Valmora's Civic Party extends lead as count passes 87%",
     "dek": "Turnout revised up to 66% as late returns come in",
     "author": "Marco Heller", "published": "2026-11-22T23:40:00Z", "modified": "2026-11-23T07:00:00Z",
     "paras": [
         "VALMORA CITY, Nov 23 (Continental Wire) - Prime Minister Elena Sartori's Civic Party extended its lead in Valmora's general election on Monday, winning 32.5% of the vote with 87% of ballots counted, the central electoral commission said.",
         "The party's share, first put at 31.2% on election night, rose as results came in from rural districts. The Democratic Alliance was second with 27.8%.",
         "Turnout was 66%, the commission said after late returns from mountain districts. RTV's projection still gave the Civic Party 140 of the 400 seats; party officials said it could rise to as many as 155 seats if the trend held.",
         "No coalition agreement has been reached yet, and Sartori said talks with smaller parties would begin only after the final count. In the 2021 election the Civic Party won 27.4% of the vote and 118 seats.",
     ],
     "related": ["Norland regional vote: Greens gain 4 seats", "Euro zone inflation slows to 2.1%"],
     "comment": "Turnout was 87% back in 1994. Nobody bothers any more.",
     "summary": "With 87% of ballots counted, the Civic Party has 32.5% of the vote; turnout 66%."},
    {"id": "gm-oltre-66", "outlet": "gm", "round": 2, "feed": "atom",
     "path": "/gazzetta/politica/valmora-elezioni-affluenza-oltre-66",
     "title": "Elezioni a Valmora, affluenza oltre il 66%. Il Partito Civico al 32,5%",
     "dek": "Consultazioni al Quirinale attese la prossima settimana",
     "author": "Paolo Ferrante", "published": "2026-11-23T08:30:00Z",
     "paras": [
         "Con l'87% delle sezioni scrutinate, il Partito Civico si conferma primo partito con il 32,5% dei voti. L'affluenza ha superato il 66%, secondo la commissione elettorale centrale.",
         "Alla Camera il partito della premier dovrebbe ottenere 140 seggi, secondo la proiezione della RTV: non abbastanza per governare da solo.",
         "Il presidente della Repubblica dovrebbe avviare le consultazioni la prossima settimana. Un accordo di coalizione non è ancora stato raggiunto.",
         "Cinque anni fa il Partito Civico si era fermato al 27,4%.",
     ],
     "related": ["Manovra, il governo cerca 2 miliardi", "Borsa: Milano chiude in rialzo dello 0,8%"],
     "more_label": "Leggi anche", "subscribe": "Abbonati",
     "summary": "Con l'87% delle sezioni scrutinate il Partito Civico è al 32,5%; affluenza oltre il 66%."},
    {"id": "np-stale", "outlet": "np", "round": 2, "feed": "atom",
     "path": "/northernpost/world/valmora-voters-weigh-sartori-record",
     "title": "Valmora voters weigh Sartori's record",
     "author": "Hannah Croft", "published": "2026-11-23T09:00:00Z",
     "paras": [
         "With 62% of ballots counted in Valmora's general election, the Civic Party had 31.2% of the vote, and Prime Minister Elena Sartori was on course to remain in office.",
         "In the capital's market, voters spoke of rising rents and a new rail line that opened two years late.",
         "\"She kept the economy steady, but my rent went up by a third,\" said a florist.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend for two", "This one trick saves 300 euros a year"],
     "summary": "Valmora's voters weigh Prime Minister Elena Sartori's record."},
    # round 3
    {"id": "vv-quasi-definitivo", "outlet": "vv", "round": 3, "feed": "atom",
     "path": "/vocedivalmora/2026/11/24/elezioni-risultato-quasi-definitivo-146-seggi/",
     "title": "Elezioni, al Partito Civico 146 seggi. Manca solo il voto dall'estero",
     "author": "Francesca Dolci", "published": "2026-11-24T10:00:00Z",
     "paras": [
         "Con il 99% delle sezioni scrutinate, il risultato delle elezioni è quasi definitivo: il Partito Civico ottiene il 32,5% dei voti e, secondo la commissione elettorale, 146 seggi sui 400 della Camera.",
         "Restano da contare le schede degli elettori all'estero. La proclamazione ufficiale è prevista per venerdì.",
         "Alle elezioni del 2021 il partito aveva ottenuto 118 seggi.",
     ],
     "related": ["Valmora, il derby finisce 2-1", "Meteo: neve sopra i 1.200 metri"],
     "about": "La Voce di Valmora, notizie dal territorio dal 2009.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Con il 99% delle sezioni scrutinate, al Partito Civico 146 seggi."},
    {"id": "cw-146-seats", "outlet": "cw", "round": 3, "feed": "rss",
     "path": "/continentalwire/europe/2026/11/24/valmora-civic-party-146-seats.html",
     "title": "Valmora's Civic Party set for 146 seats, short of majority",
     "dek": "Sartori to seek coalition partners; results to be certified on Friday",
     "author": "Marco Heller", "published": "2026-11-24T12:00:00Z",
     "paras": [
         "VALMORA CITY, Nov 24 (Continental Wire) - Prime Minister Elena Sartori's Civic Party is set to win 146 of the 400 seats in Valmora's Chamber of Deputies, with 99% of ballots counted, the central electoral commission said on Tuesday.",
         "The party won 32.5% of the vote. It needs 201 seats for a majority and is expected to open coalition talks with the Farmers' League, which won 23 seats.",
         "The results are expected to be certified on Friday, once postal votes from abroad have been counted.",
     ],
     "related": ["Norland regional vote: Greens gain 4 seats", "Euro zone inflation slows to 2.1%"],
     "comment": "146 seats and still no majority. Same as 2011.",
     "summary": "The Civic Party is set to win 146 of 400 seats with 99% of ballots counted."},
]
