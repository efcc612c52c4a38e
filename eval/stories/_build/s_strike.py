SLUG = "lumiere-rail-strike"
NAME = "Lumière Rail pay dispute (fictional)"
DESCRIPTION = "Fictional: the UTR union's pay dispute with rail operator Lumière Rail, from strike ballot to deal."
TERMS = [["Lumière Rail", "Lumiere Rail", "UTR"],
         ["strike", "strikes", "striking", "walkout", "ballot", "pay", "wage", "wages", "grève", "grévistes",
          "salaire", "salaires", "salariale", "salariales", "syndicat", "union", "accord", "deal"]]

SEEDS = {"01_ballot_announced.txt": """
Transport
Rail union to ballot Lumière Rail workers over pay

The UTR union will ballot 10,000 Lumière Rail workers on strike action after the company offered a pay rise of 4%.

The union says the offer does not keep up with the cost of living. Lumière Rail says it cannot afford more.
"""}

OUTLETS = {
    "rw": {"name": "RailWorld News", "host": "railworldnews.example", "layout": "wire", "lang": "en"},
    "ct": {"name": "Commuter Times", "host": "commutertimes.example", "layout": "table", "lang": "en"},
    "lq": {"name": "Le Quotidien du Rail", "host": "quotidiendurail.example", "layout": "jsonld", "lang": "fr"},
    "as": {"name": "Atelier Social", "host": "ateliersocial.example", "layout": "blog", "lang": "fr"},
}

FEEDS = {"rss": ("RailWorld News – Latest", None),
         "atom": ("Alerte : conflit social chez Lumière Rail", "tag:alerts.example,2026:lumiere-rail-strike")}

ROUNDS = {1: "2026-11-03T20:00:00Z", 2: "2026-11-06T20:00:00Z", 3: "2026-11-12T20:00:00Z"}
ROUND_NOTES = {1: "The ballot: 10,000 workers, 4% offer; no strike called yet.",
               2: "Strike called from Monday after 78% vote for action; no deal yet.",
               3: "Workers on strike (French daily updates its story in place); then a deal at 5.5%."}

PAGES = [
    {"id": "rw-ballot", "outlet": "rw", "round": 1, "feed": "rss",
     "path": "/railworld/2026/11/03/lumiere-rail-union-ballots-workers.html",
     "title": "Lumière Rail union ballots 10,000 workers over 4% pay offer",
     "dek": "The UTR union says the offer falls short of inflation",
     "author": "Grace Okafor", "published": "2026-11-03T07:00:00Z",
     "paras": [
         "PARIS, Nov 3 (RailWorld News) - The UTR union has begun balloting 10,000 workers at Lumière Rail on strike action after the operator offered a pay rise of 4%.",
         "The ballot closes on Wednesday. No strike has been called yet, and the union said it remained open to talks.",
         "Lumière Rail said its offer was fair and that a walkout would hit 400,000 daily passengers.",
         "The last strike at the company, in 2018, lasted 11 days.",
     ],
     "related": ["High-speed line to Lyon to open in 2029", "Fares to rise 3% in January"],
     "summary": "The UTR union is balloting 10,000 Lumière Rail workers over a 4% pay offer."},
    {"id": "ct-ballot-syndicated", "outlet": "ct", "round": 1, "feed": "atom", "copy_of": "rw-ballot",
     "path": "/commutertimes/wire/lumiere-rail-union-ballots-workers", "published": "2026-11-03T09:00:00Z",
     "summary": "From RailWorld News: UTR ballots 10,000 Lumière Rail workers."},
    {"id": "lq-vote", "outlet": "lq", "round": 1, "feed": "atom",
     "path": "/quotidiendurail/social/lumiere-rail-vote-des-cheminots",
     "title": "Lumière Rail : les cheminots consultés sur une grève",
     "dek": "Le syndicat UTR juge insuffisante la hausse de 4 % proposée",
     "author": "Claire Dubois", "published": "2026-11-03T12:00:00Z",
     "paras": [
         "Le syndicat UTR consulte les 10 000 salariés de Lumière Rail sur un mouvement de grève. La direction propose une hausse des salaires de 4 %.",
         "Le vote se termine mercredi. Aucune grève n'a encore été décidée.",
         "La direction affirme ne pas pouvoir aller plus loin.",
     ],
     "related": ["TGV : 2 milliards d'euros pour la ligne Lyon-Turin", "Le prix du pass Navigo augmente de 5 %"],
     "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Les 10 000 salariés de Lumière Rail votent sur une grève."},
    {"id": "rw-new-trains", "outlet": "rw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/railworld/2026/11/02/lumiere-rail-unveils-double-deck-trains.html",
     "title": "Lumière Rail unveils new double-deck trains",
     "author": "Grace Okafor", "published": "2026-11-02T10:00:00Z",
     "paras": [
         "PARIS, Nov 2 (RailWorld News) - Lumière Rail showed off the first of 40 double-deck trains it has ordered for its busiest commuter lines.",
         "The trains carry 1,200 passengers each and will enter service next spring, the operator said.",
     ],
     "related": ["Fares to rise 3% in January"],
     "summary": "Lumière Rail showed the first of 40 new double-deck trains."},
    {"id": "rw-strike-called", "outlet": "rw", "round": 2, "feed": "rss",
     "path": "/railworld/2026/11/05/lumiere-rail-workers-to-strike.html",
     "title": "Lumière Rail workers to strike from Monday",
     "dek": "78% of members back action in the UTR ballot",
     "author": "Grace Okafor", "published": "2026-11-05T08:00:00Z",
     "paras": [
         "PARIS, Nov 5 (RailWorld News) - The UTR union has called a strike at Lumière Rail from Monday after 78% of members voted for action.",
         "The walkout by 10,000 workers will halt most services. The union said the strike could last two weeks.",
         "Lumière Rail said its offer of a 4% pay rise remained on the table.",
     ],
     "related": ["High-speed line to Lyon to open in 2029"],
     "summary": "The UTR union called a strike at Lumière Rail from Monday."},
    {"id": "as-greve-annoncee", "outlet": "as", "round": 2, "feed": "direct",
     "path": "/ateliersocial/2026/11/05/lumiere-rail-greve-annoncee/",
     "title": "Lumière Rail : la grève est annoncée pour lundi",
     "author": "Marc Lefèvre", "published": "2026-11-05T15:00:00Z",
     "paras": [
         "Le syndicat UTR a appelé à la grève chez Lumière Rail à partir de lundi.",
         "Aucun accord n'a été trouvé entre la direction et les syndicats, qui réclament davantage que les 4 % proposés.",
         "Un accord pourrait intervenir si la direction améliore son offre, estiment des observateurs.",
     ],
     "about": "Atelier Social, le blog du dialogue social.",
     "related": ["Retraites : ce qui change en 2027"]},
    {"id": "lq-vote-updated", "outlet": "lq", "round": 3, "feed": "atom", "version_of": "lq-vote",
     "path": "/quotidiendurail/social/lumiere-rail-vote-des-cheminots",
     "title": "Lumière Rail : les cheminots en grève depuis lundi",
     "dek": "La direction maintient son offre de 4 %",
     "author": "Claire Dubois", "published": "2026-11-03T12:00:00Z", "modified": "2026-11-09T09:00:00Z",
     "paras": [
         "Les 10 000 salariés de Lumière Rail sont en grève depuis lundi à l'appel du syndicat UTR. La plupart des trains sont supprimés.",
         "La direction maintient son offre de hausse des salaires de 4 %.",
         "Les négociations doivent reprendre jeudi.",
     ],
     "related": ["TGV : 2 milliards d'euros pour la ligne Lyon-Turin"],
     "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Les cheminots de Lumière Rail sont en grève depuis lundi."},
    {"id": "rw-deal", "outlet": "rw", "round": 3, "feed": "rss",
     "path": "/railworld/2026/11/11/lumiere-rail-strike-ends-with-deal.html",
     "title": "Lumière Rail strike ends as union accepts 5.5% pay deal",
     "dek": "Services to return to normal on Thursday",
     "author": "Grace Okafor", "published": "2026-11-11T16:00:00Z",
     "paras": [
         "PARIS, Nov 11 (RailWorld News) - The UTR union and Lumière Rail have reached a deal to end the strike, with a pay rise of 5.5% for the company's 10,000 workers.",
         "The offer, first put at 4%, was improved after three days of talks led by a mediator.",
         "Services will return to normal on Thursday, the operator said.",
     ],
     "related": ["Fares to rise 3% in January"],
     "summary": "UTR and Lumière Rail reached a deal: a 5.5% pay rise."},
]
