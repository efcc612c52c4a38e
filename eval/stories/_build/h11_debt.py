"""Held-out set 11, story 2 (FICTIONAL): the South American republic of Tolvera misses a bond payment in
April 2029, lets its currency float, reaches a staff-level agreement with the IMF, falls into default
when the grace period runs out, offers its bondholders a haircut that it later softens, and gets the
IMF board's approval. The peso's official rate (number per dollar), the central bank's reserves (money),
annual inflation (percent), the bonds to be restructured (money, reported differently on the same day)
and the haircut (percent) change; the IMF programme goes negotiations → staff-level agreement → board
approval and the bonds go grace period → default (statuses). Languages: en, es, de."""

SLUG = "tolvera-debt-default-imf"
NAME = "Tolvera's debt default and IMF rescue (fictional)"
DESCRIPTION = ("Fictional: the republic of Tolvera (capital Puerto Azor) misses a bond payment, lets the peso float, "
               "agrees a loan with the International Monetary Fund, defaults on its foreign bonds and restructures "
               "them: the exchange rate, reserves, inflation, the bonds affected, the haircut and the IMF loan.")
TERMS = [["Tolvera", "tolverano", "tolverana", "Puerto Azor", "Banco Central de Tolvera", "BCT", "Villalba"],
         ["IMF", "International Monetary Fund", "bond", "bonds", "bondholders", "creditors", "default",
          "defaulted", "debt", "coupon", "grace period", "peso", "peg", "devaluation", "reserves", "inflation",
          "restructuring", "haircut", "loan",
          "FMI", "Fondo Monetario Internacional", "bonos", "bonistas", "acreedores", "deuda", "cupón", "impago",
          "cesación de pagos", "período de gracia", "tipo de cambio", "devaluación", "reservas", "inflación",
          "reestructuración", "quita", "canje",
          "IWF", "Währungsfonds", "Anleihen", "Anleihegläubiger", "Gläubiger", "Schulden", "Zahlungsausfall",
          "zahlungsunfähig", "Umschuldung", "Schuldenschnitt", "Staatspleite", "Devisenreserven", "Inflation"]]

SEEDS = {
    "01_contexto.txt": """
Puerto Azor
Tolvera negocia con el FMI un nuevo programa

El Gobierno de Tolvera mantiene desde febrero conversaciones con el Fondo Monetario Internacional para obtener un nuevo programa de financiación. El país debe hacer frente en abril al pago de un cupón de 340 millones de dólares de sus bonos internacionales.

La deuda pública de Tolvera equivale al 92 % del producto interior bruto, según el Ministerio de Hacienda. El ministro Ernesto Villalba ha descartado por ahora una reestructuración.
""",
}

OUTLETS = {
    "cew": {"name": "Cordell Economic Wire", "host": "cordelleconomicwire.example", "layout": "wire", "lang": "en"},
    "apr": {"name": "Andes & Pacific Business Review", "host": "apbusinessreview.example", "layout": "table", "lang": "en"},
    "ep": {"name": "El Pregón", "host": "elpregon.example", "layout": "jsonld", "lang": "es"},
    "hb": {"name": "Hanseatisches Börsenblatt", "host": "hanseatisches-boersenblatt.example", "layout": "table", "lang": "de"},
    "esc": {"name": "Economía sin Corbata", "host": "economiasincorbata.example", "layout": "blog", "lang": "es"},
}

FEEDS = {"rss": ("Cordell Economic Wire – Emerging markets", None),
         "atom": ("Story alert: Tolvera debt crisis", "tag:alerts.example,2029:tolvera-debt")}

ROUNDS = {1: "2029-04-17T20:00:00Z", 2: "2029-04-21T20:00:00Z", 3: "2029-05-18T20:00:00Z",
          4: "2029-06-22T20:00:00Z"}
ROUND_NOTES = {
    1: "Tolvera misses a 340 million dollar bond payment and enters a 30-day grace period; IMF talks continue without agreement; reserves 2.1 billion dollars, the peso held at 350 per dollar, annual inflation 61% (English wire, its syndicated copy, a Spanish-language national paper).",
    2: "The central bank drops the peg and the peso closes at 520 per dollar; reserves fall to 1.6 billion dollars; the IMF reaches a staff-level agreement on a 3.2 billion dollar loan (the Spanish paper updates its story in place; English wire; German financial paper).",
    3: "Annual inflation jumps to 74% in April; the grace period expires and Tolvera is in default; the government proposes a 40% haircut on bonds that the wire puts at 9.8 billion dollars and the German paper, four hours later, at 10.4 billion; a slower Spanish blog still has Tolvera in its grace period, negotiating with the IMF, with 61% inflation.",
    4: "Tolvera softens its offer to a 30% haircut (Spanish paper); the IMF board approves the 3.2 billion dollar loan (English wire).",
}

CEW_RELATED = ["Emerging-market bond funds see 2.3 billion dollars of outflows in a week",
               "Copper hits two-year high as Andorco mine strike drags on"]
EP_RELATED = ["Puerto Azor inaugura la línea 3 del metro", "Fútbol: el Deportivo Azor golea 4-0 al Atlético Sur"]
HB_RELATED = ["DAX schließt knapp im Plus", "Hamburger Hafen: Umschlag sinkt um 3 Prozent"]
HB_COPY = "© 2029 Hanseatisches Börsenblatt. Alle Rechte vorbehalten."
ESC_ABOUT = ("Economía sin Corbata: la economía explicada sin tecnicismos por una profesora jubilada de "
             "Puerto Azor. Un artículo cada semana desde 2019.")
HIST_2002 = ("Tolvera last defaulted in 2002, when it stopped paying on 6.1 billion dollars of bonds and spent "
             "four years in talks with its creditors.")

PAGES = [
    {"id": "cew-missed", "outlet": "cew", "round": 1, "feed": "rss",
     "path": "/markets/2029/04/17/tolvera-misses-bond-payment-grace-period.html",
     "title": "Tolvera skips $340 million bond payment, starts 30-day grace period",
     "dek": "Government says it will keep paying for fuel and medicine while it negotiates with the IMF",
     "author": "Rachel Imbert", "published": "2029-04-17T06:00:00Z",
     "paras": [
         "PUERTO AZOR, April 17 (Cordell Economic Wire) - Tolvera did not make a 340 million dollar interest payment on its international bonds that fell due on Monday, the finance ministry said, starting a 30-day grace period in which the South American country must pay or fall into default.",
         "Finance Minister Ernesto Villalba said the government would use the time to conclude talks with the International Monetary Fund on a new loan programme. \"Our priority is to keep paying for fuel, food and medicine,\" he told a news conference.",
         "Tolvera is not in default yet: its bond contracts give it until May 16 to pay. But its dollar bonds fell to about 38 cents on the dollar on Monday, a price that suggests investors expect heavy losses in a restructuring.",
         "The central bank's international reserves have dropped to 2.1 billion dollars, less than two months of imports, from 5.4 billion a year ago. Annual inflation reached 61% in March, the statistics institute said last week.",
         "The central bank has held the peso at 350 per dollar since 2027, but on the informal market a dollar fetched about 590 pesos on Monday. Analysts at Brenner & Holt said the peso could slide to 600 or beyond if the peg were dropped.",
         "Talks with the IMF have been going on since February, and no agreement has been reached yet. An IMF spokeswoman in Washington described the discussions as \"constructive\".",
         HIST_2002,
     ],
     "related": CEW_RELATED,
     "comment": "Saw this coming from the moment they refused to touch the peg. 590 on the street tells you everything.",
     "summary": "Tolvera misses a 340 million dollar bond payment and enters a 30-day grace period."},
    {"id": "apr-syndicated", "outlet": "apr", "round": 1, "feed": "atom", "copy_of": "cew-missed",
     "path": "/markets/wire/tolvera-skips-bond-payment-grace-period", "published": "2029-04-17T09:30:00Z",
     "nav1": "Markets", "nav3": "Commodities",
     "summary": "From Cordell Economic Wire: Tolvera skips a bond payment."},
    {"id": "ep-impago", "outlet": "ep", "round": 1, "feed": "atom",
     "path": "/economia/2029/04/17/tolvera-no-paga-cupon-bonos-periodo-de-gracia",
     "title": "Tolvera no paga el cupón de sus bonos y se acoge a un período de gracia de 30 días",
     "dek": "El Gobierno prioriza las importaciones de combustible y medicinas mientras negocia con el FMI",
     "author": "Lucía Arredondo", "published": "2029-04-17T12:00:00Z",
     "paras": [
         "El Gobierno de Tolvera no pagó el lunes el cupón de 340 millones de dólares de sus bonos internacionales y se acogió al período de gracia de 30 días que prevén los contratos. Si no paga antes del 16 de mayo, el país entrará en cesación de pagos.",
         "El ministro de Hacienda, Ernesto Villalba, aseguró que la decisión busca «proteger las reservas» mientras siguen las negociaciones con el Fondo Monetario Internacional, que comenzaron en febrero. Por ahora no hay acuerdo.",
         "Las reservas internacionales del Banco Central de Tolvera (BCT) se situaban el viernes en 2.100 millones de dólares. El BCT mantiene el tipo de cambio oficial en 350 pesos por dólar, aunque en el mercado paralelo el billete verde se vende a casi 590.",
         "La inflación interanual llegó al 61 % en marzo, según el Instituto Nacional de Estadística de Tolvera (INET), la cifra más alta en veinte años.",
         "La oposición exigió la comparecencia urgente de Villalba en el Congreso.",
     ],
     "related": EP_RELATED, "more_label": "Más en El Pregón", "subscribe": "Suscríbete",
     "summary": "Tolvera no paga un cupón de 340 millones de dólares y abre un período de gracia."},
    {"id": "ep-metro", "outlet": "ep", "round": 1, "feed": "atom", "off_story": True,
     "path": "/ciudad/2029/04/15/puerto-azor-inaugura-linea-3-metro",
     "title": "Puerto Azor inaugura la línea 3 del metro",
     "author": "Andrés Quiroga", "published": "2029-04-15T14:00:00Z",
     "paras": [
         "La línea 3 del metro de Puerto Azor entró en servicio este domingo, con 14 kilómetros y 12 estaciones entre la terminal de Los Cedros y el puerto. Las obras duraron seis años.",
         "La empresa del metro prevé transportar 180.000 viajeros al día en la nueva línea, con un tren cada cuatro minutos en hora punta.",
     ],
     "related": ["Fútbol: el Deportivo Azor golea 4-0 al Atlético Sur"], "more_label": "Más en El Pregón",
     "subscribe": "Suscríbete",
     "summary": "La línea 3 del metro de Puerto Azor abre con 12 estaciones."},
    {"id": "cew-copper", "outlet": "cew", "round": 1, "feed": "rss", "off_story": True,
     "path": "/markets/2029/04/16/copper-two-year-high-andorco-strike.html",
     "title": "Copper hits two-year high as Andorco mine strike drags on",
     "author": "Rachel Imbert", "published": "2029-04-16T15:00:00Z",
     "paras": [
         "LONDON, April 16 (Cordell Economic Wire) - Copper rose to its highest in two years on Monday, trading at 11,240 dollars a tonne, as a strike at the Andorco mine entered its fourth week.",
         "The mine produces about 410,000 tonnes of copper a year. Union leaders said talks with the owner would resume on Wednesday.",
     ],
     "related": ["Emerging-market bond funds see 2.3 billion dollars of outflows in a week"],
     "summary": "Copper at a two-year high of 11,240 dollars a tonne as the Andorco strike continues."},
    # round 2
    {"id": "ep-impago-updated", "outlet": "ep", "round": 2, "feed": "atom", "version_of": "ep-impago",
     "path": "/economia/2029/04/17/tolvera-no-paga-cupon-bonos-periodo-de-gracia",
     "title": "Tolvera alcanza un acuerdo técnico con el FMI tras dejar flotar el peso",
     "dek": "El Fondo prestará 3.200 millones de dólares en 36 meses; el cupón impago sigue pendiente",
     "author": "Lucía Arredondo", "published": "2029-04-17T12:00:00Z", "modified": "2029-04-20T15:00:00Z",
     "paras": [
         "Actualización: El Gobierno de Tolvera y el Fondo Monetario Internacional alcanzaron este viernes un acuerdo a nivel técnico para un programa de 3.200 millones de dólares a 36 meses, anunció el ministro de Hacienda, Ernesto Villalba. El acuerdo debe ser aprobado todavía por el directorio del FMI, algo que se espera para finales de mayo.",
         "Un día antes, el Banco Central de Tolvera (BCT) había abandonado el tipo de cambio fijo de 350 pesos por dólar, una de las condiciones del Fondo. El peso cerró el jueves a 520 por dólar, una devaluación del 33 %.",
         "Las reservas internacionales cayeron a 1.600 millones de dólares, frente a los 2.100 millones de la semana anterior, por las ventas de divisas del BCT en los días previos a la liberación del tipo de cambio.",
         "Tolvera sigue en período de gracia: tiene hasta el 16 de mayo para pagar el cupón de 340 millones de dólares que dejó de abonar el lunes. Villalba dijo que el Gobierno presentará «en las próximas semanas» una propuesta de reestructuración a los bonistas.",
         "Economistas consultados por este diario advierten de que la inflación, del 61 % interanual en marzo, podría acelerarse con fuerza tras la devaluación.",
     ],
     "related": EP_RELATED, "more_label": "Más en El Pregón", "subscribe": "Suscríbete",
     "summary": "Acuerdo técnico con el FMI por 3.200 millones de dólares; el peso cae a 520 por dólar."},
    {"id": "cew-imf", "outlet": "cew", "round": 2, "feed": "rss",
     "path": "/markets/2029/04/20/imf-tolvera-staff-level-agreement-loan.html",
     "title": "IMF reaches staff-level deal with Tolvera on $3.2 billion loan",
     "dek": "Agreement comes a day after the central bank let the peso float",
     "author": "Rachel Imbert", "published": "2029-04-20T18:00:00Z",
     "paras": [
         "PUERTO AZOR, April 20 (Cordell Economic Wire) - The International Monetary Fund said on Friday its staff had reached agreement with Tolvera on a 36-month loan programme of 3.2 billion dollars, a day after the country's central bank abandoned the peso's peg to the dollar.",
         "The staff-level agreement still needs the approval of the IMF's executive board, which is expected to consider it in late May, mission chief Katrin Selmer said in a statement.",
         "The peso closed at 520 per dollar on Thursday after the central bank stopped defending the rate of 350 it had held since 2027. Reserves fell to 1.6 billion dollars in the week to April 18, central bank data showed.",
         "Tolvera still has until May 16 to make the 340 million dollar bond payment it missed on Monday. Finance Minister Ernesto Villalba said a proposal to restructure the country's foreign bonds would follow \"in the coming weeks\".",
         "Tolvera's dollar bonds rose about 4 cents on the news.",
     ],
     "related": CEW_RELATED,
     "comment": "Float first, then the deal. Textbook IMF.",
     "summary": "The IMF reaches a staff-level agreement with Tolvera on a 3.2 billion dollar loan."},
    {"id": "hb-iwf", "outlet": "hb", "round": 2, "feed": "atom",
     "path": "/anleihen/2029/04/21/tolvera-iwf-einigung-anleiheglaeubiger",
     "title": "Tolvera: IWF-Einigung weckt bei deutschen Anleihegläubigern vorsichtige Hoffnung",
     "author": "Henning Vosskamp", "published": "2029-04-21T07:00:00Z",
     "paras": [
         "Der Internationale Währungsfonds hat sich mit Tolvera auf Arbeitsebene auf ein Kreditprogramm über 3,2 Milliarden Dollar geeinigt. Für deutsche Fondsgesellschaften, die nach Branchenschätzungen Tolvera-Anleihen im Nennwert von rund 700 Millionen Dollar halten, ist das ein erster Lichtblick.",
         "Die Zentralbank in Puerto Azor hatte am Donnerstag die feste Bindung des Peso an den Dollar aufgegeben. Der Peso notierte zuletzt bei 520 je Dollar. Die Devisenreserven sind auf 1,6 Milliarden Dollar geschrumpft.",
         "Die am Montag fällige Zinszahlung über 340 Millionen Dollar ist weiterhin offen, die Frist läuft bis zum 16. Mai. Ein Schuldenschnitt gilt unter Händlern als so gut wie sicher; Analysten von Brenner & Holt halten Abschläge von 35 bis 50 Prozent für möglich.",
         "Das Abkommen muss noch vom Direktorium des IWF gebilligt werden.",
         "Tolvera war zuletzt 2002 zahlungsunfähig; die Umschuldung dauerte damals vier Jahre.",
     ],
     "nav1": "Märkte", "nav3": "Devisen", "more_label": "Weitere Meldungen", "copyright": HB_COPY,
     "related": HB_RELATED,
     "summary": "IWF und Tolvera einigen sich auf Arbeitsebene auf 3,2 Milliarden Dollar."},
    # round 3
    {"id": "ep-inflacion", "outlet": "ep", "round": 3, "feed": "atom",
     "path": "/economia/2029/05/15/inflacion-tolvera-abril-74-por-ciento",
     "title": "La inflación de Tolvera se dispara al 74 % tras la devaluación del peso",
     "dek": "Los alimentos encabezan las subidas; el miércoles vence el plazo para pagar a los bonistas",
     "author": "Lucía Arredondo", "published": "2029-05-15T13:00:00Z",
     "paras": [
         "La inflación interanual de Tolvera escaló al 74 % en abril, desde el 61 % de marzo, informó este martes el Instituto Nacional de Estadística de Tolvera (INET). Es la tasa más alta desde 2002.",
         "Solo en abril los precios subieron un 8,4 %, empujados por los alimentos y el transporte, tras la devaluación del peso, que el BCT dejó flotar el 19 de abril.",
         "El Banco Central advirtió de que la inflación interanual podría superar el 90 % en junio antes de empezar a moderarse en el segundo semestre.",
         "El miércoles vence el período de gracia para pagar el cupón de 340 millones de dólares. Fuentes del Ministerio de Hacienda dan por hecho que no se pagará y que el Gobierno presentará su propuesta a los bonistas esta misma semana.",
     ],
     "related": ["Puerto Azor inaugura la línea 3 del metro", "El precio del pan sube por tercera vez en el año"],
     "more_label": "Más en El Pregón", "subscribe": "Suscríbete",
     "summary": "La inflación de Tolvera llega al 74 % en abril."},
    {"id": "cew-default", "outlet": "cew", "round": 3, "feed": "rss",
     "path": "/markets/2029/05/17/tolvera-defaults-proposes-bond-haircut.html",
     "title": "Tolvera defaults on its bonds, proposes 40% haircut to creditors",
     "dek": "Grace period on a missed $340 million payment expired at midnight",
     "author": "Rachel Imbert", "published": "2029-05-17T05:00:00Z",
     "paras": [
         "PUERTO AZOR, May 17 (Cordell Economic Wire) - Tolvera defaulted on its foreign bonds on Wednesday when a 30-day grace period on a 340 million dollar interest payment ran out without payment, and the government asked bondholders to accept a 40% cut in the face value of their debt.",
         "The restructuring covers 9.8 billion dollars of bonds issued under New York law, Finance Minister Ernesto Villalba said. Creditors would receive new bonds maturing between 2035 and 2045 and paying 3.5% a year.",
         "Kestrel Ratings cut Tolvera's rating to \"selective default\" shortly after midnight.",
         "A group of investment funds holding about a third of the bonds said the proposal was \"a starting point\" but too harsh.",
         "The IMF's executive board is now due to consider Tolvera's 3.2 billion dollar loan in June.",
         HIST_2002,
     ],
     "related": CEW_RELATED,
     "comment": "Forty percent is an opening bid. They will settle at thirty.",
     "summary": "Tolvera defaults and proposes a 40% haircut on 9.8 billion dollars of bonds."},
    {"id": "hb-pleite", "outlet": "hb", "round": 3, "feed": "atom",
     "path": "/anleihen/2029/05/17/tolvera-zahlungsausfall-schuldenschnitt",
     "title": "Tolvera ist pleite: Gläubiger sollen auf mindestens 40 Prozent verzichten",
     "author": "Henning Vosskamp", "published": "2029-05-17T09:00:00Z",
     "paras": [
         "Tolvera ist zum zweiten Mal in diesem Jahrhundert zahlungsunfähig. Die 30-tägige Nachfrist für eine Zinszahlung über 340 Millionen Dollar lief in der Nacht zum Donnerstag ab, ohne dass Geld floss. Damit befindet sich das Land im Zahlungsausfall.",
         "Finanzminister Ernesto Villalba legte den Gläubigern zugleich ein Umtauschangebot vor. Betroffen sind Anleihen im Volumen von 10,4 Milliarden Dollar. Die Anleger sollen auf mindestens 40 Prozent des Nennwerts verzichten und dafür neue, länger laufende Papiere erhalten.",
         "Für deutsche Fonds, die Tolvera-Papiere im Nennwert von rund 700 Millionen Dollar halten, bedeutet das Abschreibungen in dreistelliger Millionenhöhe.",
         "Die Inflation in Tolvera ist im April auf 74 Prozent gestiegen.",
         "Beim letzten Zahlungsausfall 2002 mussten die Gläubiger einen Schuldenschnitt von 55 Prozent hinnehmen.",
     ],
     "nav1": "Märkte", "nav3": "Devisen", "more_label": "Weitere Meldungen", "copyright": HB_COPY,
     "related": ["DAX: Anleger nehmen Gewinne mit", "Bundesanleihen: Rendite steigt auf 2,9 Prozent"],
     "summary": "Tolvera im Zahlungsausfall: Gläubiger sollen auf mindestens 40 Prozent verzichten."},
    {"id": "esc-stale", "outlet": "esc", "round": 3, "feed": "direct",
     "path": "/2029/05/18/tolvera-bonos-que-puede-pasar-ahora/",
     "title": "Tolvera y sus bonos: qué puede pasar ahora",
     "author": "Marta Echeverri", "published": "2029-05-18T18:00:00Z",
     "paras": [
         "Muchos lectores me preguntan qué va a pasar con los bonos de Tolvera y con sus ahorros. Vamos por partes.",
         "Tolvera sigue en período de gracia después de no pagar en abril el cupón de 340 millones de dólares, y el Gobierno negocia a la vez con el FMI y con los bonistas.",
         "Con una inflación del 61 % y unas reservas que apenas cubren dos meses de importaciones, el margen del Gobierno es mínimo.",
         "En 2002 la reestructuración duró cuatro años y los bonistas perdieron el 55 % de lo invertido. Nadie puede asegurar que esta vez vaya a ser distinto.",
         "Mi consejo, como siempre: no inviertan en lo que no entienden.",
     ],
     "about": ESC_ABOUT, "prev_post": "Entrada anterior", "next_post": "Entrada siguiente",
     "related": ["¿Qué es un período de gracia?", "Dólar paralelo: por qué existe"],
     "comment": "Gracias, Marta. Mi padre tiene bonos de 2002 todavía en un cajón."},
    # round 4
    {"id": "ep-canje", "outlet": "ep", "round": 4, "feed": "atom",
     "path": "/economia/2029/06/20/tolvera-mejora-oferta-bonistas-quita-30",
     "title": "Tolvera mejora su oferta a los bonistas: la quita baja al 30 %",
     "dek": "Fondos con el 64 % de la deuda ya han dado su apoyo al canje",
     "author": "Lucía Arredondo", "published": "2029-06-20T11:00:00Z",
     "paras": [
         "El Gobierno de Tolvera mejoró ayer su propuesta de reestructuración de la deuda: los bonistas tendrán que aceptar una quita del 30 % del valor nominal de sus títulos, frente al 40 % planteado en mayo.",
         "El ministro de Hacienda, Ernesto Villalba, anunció que fondos que representan el 64 % de los bonos ya han dado su apoyo a la nueva oferta. El Gobierno espera superar el 90 % de adhesión antes del cierre del canje, el 12 de julio.",
         "El directorio del Fondo Monetario Internacional tiene previsto aprobar el jueves el programa de 3.200 millones de dólares acordado en abril.",
         "Tolvera está en cesación de pagos desde el 16 de mayo, cuando venció sin pago el período de gracia del cupón de abril.",
     ],
     "related": EP_RELATED, "more_label": "Más en El Pregón", "subscribe": "Suscríbete",
     "summary": "Tolvera rebaja la quita propuesta a los bonistas al 30 %."},
    {"id": "cew-board", "outlet": "cew", "round": 4, "feed": "rss",
     "path": "/markets/2029/06/21/imf-board-approves-tolvera-loan.html",
     "title": "IMF board approves $3.2 billion loan for defaulted Tolvera",
     "dek": "About $800 million to be disbursed immediately",
     "author": "Rachel Imbert", "published": "2029-06-21T19:00:00Z",
     "paras": [
         "WASHINGTON, June 21 (Cordell Economic Wire) - The International Monetary Fund's executive board on Thursday approved a 36-month loan of 3.2 billion dollars for Tolvera, allowing the immediate disbursement of about 800 million dollars, the Fund said.",
         "The approval, first expected in late May, was delayed until Tolvera presented a restructuring offer that the IMF judged consistent with bringing its debt down to a sustainable level.",
         "Tolvera has been in default since May 16. On Tuesday it improved its offer to bondholders, proposing a 30% haircut instead of 40%, and said holders of 64% of the bonds had agreed to it.",
         "The programme requires Tolvera to cut its budget deficit to 2% of gross domestic product by 2031 and to rebuild its reserves.",
     ],
     "related": CEW_RELATED,
     "comment": "800 million won't last long at this rate.",
     "summary": "The IMF board approves a 3.2 billion dollar loan for Tolvera; 800 million to be paid out at once."},
]
