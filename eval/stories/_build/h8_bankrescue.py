"""Held-out set 8, story 2 (FICTIONAL): Banca Ondresca, a lender based in Montoria in the
Italian-speaking republic of Trevania, is found short of capital, suffers a run on deposits, is
rescued by the Treasury with five rival banks and is then nationalised. The capital shortfall is
revised (money), the state's injection is reported differently by two outlets and then raised
(money), deposits withdrawn rise (money), the share price collapses (money per share), and the
status moves from rescue talks to an agreed rescue to nationalisation. Languages: en, it."""

SLUG = "banca-ondresca-rescue"
NAME = "Banca Ondresca rescue and nationalisation (fictional)"
DESCRIPTION = ("Fictional: Banca Ondresca, a bank based in Montoria, Trevania, is found short of capital and "
               "hit by a run on deposits; rescue talks, a state-led rescue and then nationalisation: the capital "
               "shortfall, the public money put in, deposits withdrawn and the share price.")
TERMS = [["Ondresca"],
         ["rescue", "bailout", "bail-out", "capital", "shortfall", "nationalised", "nationalises", "nationalise",
          "nationalisation", "nationalized", "deposits", "depositors", "withdrawn", "Treasury", "supervisor",
          "salvataggio", "ricapitalizzazione", "capitale", "nazionalizzazione", "nazionalizzata", "depositi",
          "correntisti", "Tesoro", "Vigilanza", "sportelli", "azionisti"]]

SEEDS = {"01_supervisor.txt": """
Montoria
Supervisor orders Banca Ondresca to raise capital

Trevania's banking supervisor has told Banca Ondresca, the country's fourth-largest lender, to strengthen its capital after an inspection of its loans to property developers.

Banca Ondresca, based in Montoria, has about 18 billion euros of customer deposits and 310 branches. Its chief executive said the bank was solid and that customers had no reason to worry.
"""}

OUTLETS = {
    "mf": {"name": "Meridale Financial Wire", "host": "meridalefinwire.example", "layout": "wire", "lang": "en"},
    "cm": {"name": "Corriere di Montoria", "host": "corrieredimontoria.example", "layout": "jsonld", "lang": "it"},
    "ir": {"name": "Il Risparmiatore", "host": "ilrisparmiatore.example", "layout": "blog", "lang": "it"},
    "pl": {"name": "The Provincial Ledger", "host": "provincialledger.example", "layout": "table", "lang": "en"},
    "br": {"name": "Bank Resolution Notes", "host": "bankresolutionnotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Meridale Financial Wire – Banking", None),
         "atom": ("Story alert: Banca Ondresca", "tag:alerts.example,2027:banca-ondresca-rescue")}

ROUNDS = {1: "2027-10-12T20:00:00Z", 2: "2027-10-19T21:00:00Z", 3: "2027-10-20T12:00:00Z",
          4: "2027-11-03T20:00:00Z"}
ROUND_NOTES = {
    1: "The supervisor finds a 1.4 billion euro capital shortfall at Banca Ondresca; shares fall to 4.10 euros, customers withdraw 1.1 billion euros of deposits, rescue talks with the Treasury and rival banks, no agreement yet (English wire, Italian paper 'almeno 1,4 miliardi', syndicated copy).",
    2: "The wire updates its story in place: a rescue is agreed, the Treasury injects 3 billion euros with five rival banks, the shortfall is revised to 2.3 billion euros and the shares fall to 1.92 euros.",
    3: "The next morning the Italian paper puts the state's injection at 3.5 billion euros (a conflict with the wire's 3 billion, hours apart) and reports 3.8 billion euros of deposits withdrawn since the crisis began.",
    4: "The five banks pull out and Trevania nationalises Banca Ondresca: 4.2 billion euros of public money in all, shares suspended at 0.38 euros, shareholders to get 0.05 euros a share; a slower outlet still writes of the agreed rescue and 3 billion euros.",
}

CM_RELATED = ["Montoria, il nuovo stadio costerà 180 milioni", "Vendemmia: prezzi delle uve in rialzo del 7%"]
IR_ABOUT = "Il Risparmiatore spiega conti, mutui e investimenti a chi non lavora in banca. Dal 2017."
WIRE_RELATED = ["Trevania bond yields hit two-year high", "Bank earnings: what to watch this week"]

PAGES = [
    {"id": "mf-shortfall", "outlet": "mf", "round": 1, "feed": "rss",
     "path": "/banking/2027/10/11/banca-ondresca-shares-plunge-capital-shortfall.html",
     "title": "Banca Ondresca shares plunge as supervisor finds 1.4 billion euro capital hole",
     "dek": "Trevania's fourth-largest lender in rescue talks with the Treasury and rival banks",
     "author": "Nadia Castellane", "published": "2027-10-11T09:00:00Z",
     "paras": [
         "MONTORIA, Oct 11 (Meridale Financial Wire) - Shares in Banca Ondresca fell 41% to 4.10 euros on Monday after Trevania's banking supervisor said the Montoria-based lender needed 1.4 billion euros of fresh capital to cover losses on loans to property developers.",
         "The bank is in talks with the Treasury and a group of rival lenders about a rescue, people familiar with the matter said. No agreement has been reached, and the Treasury declined to comment.",
         "Customers have withdrawn 1.1 billion euros of deposits in the past week, the bank said, about 6% of the total. Deposits of up to 100,000 euros per customer are guaranteed by the state deposit insurance fund.",
         "Analysts at Colbert Pryce said the shortfall could rise to 3 billion euros if property prices keep falling.",
         "The last big bank rescue in Trevania, of Cassa Meridiana in 2013, cost taxpayers 5.4 billion euros.",
     ],
     "related": WIRE_RELATED,
     "comment": "I moved my 20,000 euros out on Friday. Not waiting to find out.",
     "summary": "Banca Ondresca shares plunge after the supervisor finds a 1.4 billion euro capital hole."},
    {"id": "cm-buco", "outlet": "cm", "round": 1, "feed": "atom",
     "path": "/economia/2027/10/12/banca-ondresca-buco-capitale-corsa-agli-sportelli",
     "title": "Banca Ondresca, buco da almeno 1,4 miliardi. Corsa agli sportelli a Montoria",
     "dek": "I correntisti ritirano 1,1 miliardi in una settimana. Trattative con il Tesoro, nessun accordo",
     "author": "Giulia Ferrandi", "published": "2027-10-12T06:00:00Z",
     "paras": [
         "Code davanti agli sportelli di Banca Ondresca in centro a Montoria, il giorno dopo che la Vigilanza ha chiesto alla banca di trovare almeno 1,4 miliardi di euro di nuovo capitale.",
         "In una settimana i correntisti hanno ritirato 1,1 miliardi di euro di depositi. Il titolo ha chiuso ieri a 4,10 euro, in calo del 41%.",
         "Sono in corso trattative tra la banca, il Tesoro e un gruppo di istituti concorrenti per un salvataggio. «Non c'è ancora nessun accordo», ha detto una fonte vicina al dossier. La nazionalizzazione non è esclusa.",
         "I depositi fino a 100.000 euro per correntista sono comunque garantiti dal Fondo di tutela dei depositi.",
         "Nel 2013 il salvataggio della Cassa Meridiana costò allo Stato 5,4 miliardi di euro.",
     ],
     "related": CM_RELATED, "more_label": "Altre notizie di economia", "subscribe": "Abbonati",
     "summary": "Banca Ondresca, buco da almeno 1,4 miliardi: corsa agli sportelli a Montoria."},
    {"id": "pl-syndicated", "outlet": "pl", "round": 1, "feed": "atom", "copy_of": "mf-shortfall",
     "path": "/ledger/business/wire-banca-ondresca-shares-plunge", "published": "2027-10-11T14:00:00Z",
     "summary": "From Meridale Financial Wire: Banca Ondresca shares plunge after capital hole found."},
    {"id": "mf-ferrante", "outlet": "mf", "round": 1, "feed": "rss", "off_story": True,
     "path": "/banking/2027/10/10/banca-ferrante-plans-capital-increase.html",
     "title": "Banca Ferrante plans 800 million euro capital increase to fund expansion",
     "author": "Nadia Castellane", "published": "2027-10-10T08:00:00Z",
     "paras": [
         "MONTORIA, Oct 10 (Meridale Financial Wire) - Banca Ferrante, Trevania's second-largest lender, plans to raise 800 million euros of fresh capital to fund the purchase of a leasing company, it said on Sunday.",
         "The new shares will be offered to existing shareholders at 2.60 euros each. Ferrante made a profit of 310 million euros in the first half.",
     ],
     "related": WIRE_RELATED,
     "summary": "Banca Ferrante plans an 800 million euro capital increase."},
    {"id": "ir-contideposito", "outlet": "ir", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/10/09/conti-deposito-i-tassi-migliori-di-ottobre/",
     "title": "Conti deposito: i tassi migliori di ottobre",
     "author": "Paolo Brambati", "published": "2027-10-09T10:00:00Z",
     "paras": [
         "I conti deposito tornano a rendere: il migliore, a 12 mesi, offre il 3,1% lordo. La media del mercato è del 2,4%.",
         "Ricordate che i depositi sono garantiti fino a 100.000 euro per correntista e per banca.",
     ],
     "about": IR_ABOUT, "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Conti deposito: i tassi migliori di ottobre."},
    {"id": "mf-shortfall-updated", "outlet": "mf", "round": 2, "feed": "rss", "version_of": "mf-shortfall",
     "path": "/banking/2027/10/11/banca-ondresca-shares-plunge-capital-shortfall.html",
     "title": "Trevania agrees 3 billion euro rescue of Banca Ondresca as capital hole grows",
     "dek": "Supervisor raises shortfall to 2.3 billion euros; five rival banks join the rescue",
     "author": "Nadia Castellane", "published": "2027-10-11T09:00:00Z", "modified": "2027-10-19T15:00:00Z",
     "paras": [
         "MONTORIA, Oct 19 (Meridale Financial Wire) - Trevania's Treasury agreed on Tuesday to inject 3 billion euros into Banca Ondresca in a rescue backed by five rival banks, after the supervisor raised its estimate of the lender's capital shortfall to 2.3 billion euros.",
         "The shortfall, first put at 1.4 billion euros, grew after inspectors found further losses on loans to property developers.",
         "The Treasury will become the bank's largest shareholder. Shares in Ondresca fell a further 53% to 1.92 euros on the news.",
         "Finance Minister Corrado Lenzi said the bank \"will not be nationalised\" and that the private lenders would share the cost. The rescue still needs the approval of the competition authority, which is expected to give it next month.",
         "Deposits of up to 100,000 euros per customer remain guaranteed. The last big bank rescue in Trevania, of Cassa Meridiana in 2013, cost taxpayers 5.4 billion euros.",
     ],
     "related": WIRE_RELATED,
     "comment": "I moved my 20,000 euros out on Friday. Not waiting to find out.",
     "summary": "Trevania agrees a 3 billion euro rescue of Banca Ondresca."},
    {"id": "cm-basket", "outlet": "cm", "round": 2, "feed": "atom", "off_story": True,
     "path": "/sport/2027/10/18/pallacanestro-ondresca-montoria-batte-varenna",
     "title": "Basket, la Pallacanestro Ondresca Montoria batte Varenna 84-79",
     "author": "Stefano Rualdi", "published": "2027-10-18T21:00:00Z",
     "paras": [
         "Terza vittoria di fila per la Pallacanestro Ondresca Montoria, che al PalaSerra ha battuto Varenna 84-79 davanti a 4.200 spettatori.",
         "Migliore in campo il play Davide Ostuni con 22 punti. Domenica la squadra gioca in trasferta a Collemarino.",
     ],
     "related": CM_RELATED, "more_label": "Altre notizie di sport", "subscribe": "Abbonati",
     "summary": "Basket: la Pallacanestro Ondresca Montoria batte Varenna 84-79."},
    {"id": "cm-salvataggio", "outlet": "cm", "round": 3, "feed": "atom",
     "path": "/economia/2027/10/20/salvataggio-ondresca-lo-stato-mette-3-5-miliardi",
     "title": "Salvataggio Ondresca, lo Stato mette 3,5 miliardi",
     "dek": "Accordo raggiunto con il Tesoro e cinque banche. Dall'inizio della crisi ritirati 3,8 miliardi di depositi",
     "author": "Giulia Ferrandi", "published": "2027-10-20T07:00:00Z",
     "paras": [
         "È fatta: il Tesoro verserà 3,5 miliardi di euro nel capitale di Banca Ondresca, secondo il decreto approvato ieri sera dal Consiglio dei ministri. Cinque banche concorrenti parteciperanno al salvataggio.",
         "Il buco di capitale, stimato inizialmente in 1,4 miliardi, è salito nel frattempo a 2,3 miliardi secondo la Vigilanza.",
         "Dall'inizio della crisi i correntisti hanno ritirato 3,8 miliardi di euro di depositi, più di un quinto del totale.",
         "Il titolo ha chiuso ieri a 1,92 euro. Secondo alcuni analisti il conto per i contribuenti potrebbe arrivare a 5 miliardi.",
         "Il ministro dell'Economia Corrado Lenzi ha escluso una nazionalizzazione: «Non è sul tavolo».",
     ],
     "related": CM_RELATED, "more_label": "Altre notizie di economia", "subscribe": "Abbonati",
     "summary": "Salvataggio Ondresca: lo Stato mette 3,5 miliardi."},
    {"id": "mf-nationalised", "outlet": "mf", "round": 4, "feed": "rss",
     "path": "/banking/2027/11/02/trevania-nationalises-banca-ondresca.html",
     "title": "Trevania nationalises Banca Ondresca after private rescue collapses",
     "dek": "Public money for the bank rises to 4.2 billion euros; shareholders all but wiped out",
     "author": "Nadia Castellane", "published": "2027-11-02T16:00:00Z",
     "paras": [
         "MONTORIA, Nov 2 (Meridale Financial Wire) - Trevania nationalised Banca Ondresca on Tuesday after the five banks that had agreed to help rescue it pulled out, leaving the state to cover the lender's losses on its own.",
         "The Treasury will now put a total of 4.2 billion euros into the bank, up from the 3 billion euros agreed two weeks ago, Finance Minister Corrado Lenzi said.",
         "Trading in Ondresca shares was suspended after they fell to 0.38 euros. Shareholders will receive 0.05 euros a share in compensation.",
         "All deposits remain safe, Lenzi said. The opposition said the final bill could exceed 6 billion euros.",
         "The 2013 rescue of Cassa Meridiana cost taxpayers 5.4 billion euros.",
     ],
     "related": WIRE_RELATED,
     "comment": "So the state owns a bank again. What could go wrong?",
     "summary": "Trevania nationalises Banca Ondresca after the private rescue collapses."},
    {"id": "pl-stale", "outlet": "pl", "round": 4, "feed": "atom",
     "path": "/ledger/business/montoria-shopkeepers-count-cost-of-ondresca-crisis",
     "title": "Montoria shopkeepers count the cost of the Ondresca crisis",
     "author": "Harriet Loame", "published": "2027-11-03T06:00:00Z",
     "paras": [
         "On Via dei Mercanti, where Banca Ondresca has had a branch since 1911, shopkeepers are still counting the cost of the crisis at the city's best-known bank.",
         "Under the rescue agreed with the Treasury and five rival banks, the state is putting 3 billion euros into Ondresca, and customers have pulled 3.8 billion euros of deposits since the crisis began.",
         "\"Half my suppliers asked to be paid in cash for a week,\" said Lorenzo Tavi, 63, who runs a hardware shop. \"People here trusted that bank like a church.\"",
     ],
     "nav1": "News", "nav3": "Markets",
     "related": ["Ledger readers' awards: vote now", "Road works on the ring road until December"],
     "summary": "Montoria shopkeepers count the cost of the Ondresca crisis."},
    {"id": "ir-azionisti", "outlet": "ir", "round": 4, "feed": "atom",
     "path": "/2027/11/03/ondresca-nazionalizzata-cosa-succede-ad-azionisti-e-correntisti/",
     "title": "Ondresca nazionalizzata: cosa succede ad azionisti e correntisti",
     "author": "Paolo Brambati", "published": "2027-11-03T08:00:00Z",
     "paras": [
         "Da martedì Banca Ondresca è di proprietà dello Stato. Il Tesoro ne ha preso il controllo totale dopo il ritiro delle cinque banche che dovevano partecipare al salvataggio.",
         "Per i correntisti non cambia nulla: i depositi restano garantiti dallo Stato e, in ogni caso, fino a 100.000 euro per correntista dal Fondo di tutela.",
         "Per gli azionisti è quasi un azzeramento: riceveranno 0,05 euro per azione, contro un prezzo di 0,38 euro all'ultima seduta e di 4,10 euro prima dello scoppio della crisi. Chi possiede 1.000 azioni incasserà dunque 50 euro.",
         "In tutto lo Stato metterà nella banca 4,2 miliardi di euro.",
     ],
     "about": IR_ABOUT, "prev_post": "Conti deposito: i tassi migliori di ottobre", "next_post": "Articolo successivo",
     "related": ["Conti deposito: i tassi migliori di ottobre", "Mutui: fisso o variabile nel 2028?"],
     "comment": "Avevo 3.000 azioni comprate a 9 euro. Grazie di tutto.",
     "summary": "Ondresca nazionalizzata: cosa succede ad azionisti e correntisti."},
    {"id": "br-timeline", "outlet": "br", "round": 4, "feed": "direct",
     "path": "/2027/11/03/banca-ondresca-from-capital-hole-to-nationalisation/",
     "title": "Banca Ondresca: from capital hole to nationalisation in three weeks",
     "author": "Elspeth Marlowe", "published": "2027-11-03T11:00:00Z",
     "paras": [
         "On October 11 the supervisor put Banca Ondresca's capital hole at 1.4 billion euros; a week later it was 2.3 billion. The Treasury first agreed to put in 3 billion euros alongside five private banks. When they walked away on November 2, it nationalised the bank, with 4.2 billion euros of public money.",
         "Depositors took out 3.8 billion euros in the first nine days, a run that no private buyer could ignore.",
         "Spread over Trevania's 9.5 million inhabitants, the public money comes to roughly 440 euros a head.",
         "Shareholders get 0.05 euros a share. By comparison, the 2013 rescue of Cassa Meridiana cost 5.4 billion euros and took six years to recover in part.",
     ],
     "related": ["Resolution or bail-out? A short guide", "Deposit insurance funds compared"],
     "about": "Bank Resolution Notes follows bank failures and rescues in Europe.",
     "comment": "Excellent timeline, thank you."},
]
