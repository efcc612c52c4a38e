"""Held-out set 6, story 1 (FICTIONAL): Memvira (dramelumab), Orsenne Pharma's antibody for early
Alzheimer's disease, before the medicines agency of the bilingual (French/German) country of
Lorvania. The agency reviews it, its expert committee recommends it, the agency approves it
(status); deaths in the trial and the rate of brain swelling are revised (count, percent); the
price fight with the health insurers ends in a deal (money); the patients' petition grows (count);
the number of patients the drug is for narrows (count). Languages: en, fr, de."""

SLUG = "memvira-alzheimers-drug-approval"
NAME = "Memvira Alzheimer's drug approval and price fight (fictional)"
DESCRIPTION = ("Fictional: Orsenne Pharma's Alzheimer's antibody Memvira (dramelumab) goes before the "
               "Lorvanian Medicines Agency: its expert committee recommends it, the agency approves it, "
               "and the company and the national health insurers fight over its yearly price per patient.")
TERMS = [["Memvira", "dramelumab"],
         ["Alzheimer", "Alzheimer's", "Alzheimers", "d'Alzheimer", "Alzheimer-Medikament",
          "Alzheimer-Mittel", "Alzheimer-Patienten", "Alzheimer-Krankheit", "Alzheimerkrankheit",
          "dementia", "démence", "Demenz", "amyloid", "amyloïde", "Amyloid"]]

SEEDS = {"01_filing.txt": """
Health
Orsenne asks Lorvanian agency to approve Alzheimer's antibody Memvira

Orsenne Pharma has asked the Lorvanian Medicines Agency to approve Memvira (dramelumab), an antibody given by infusion every four weeks that clears amyloid plaques from the brain of patients in the early stages of Alzheimer's disease.

The company, based in Saint-Aubel, said its late-stage trial had met its main goal, slowing the decline of memory and thinking compared with a placebo. A decision is expected in the spring. The company has not said what it will charge for the drug.
"""}

OUTLETS = {
    "mw": {"name": "Meridian Newswire", "host": "meridiannewswire.example", "layout": "wire", "lang": "en"},
    "lc": {"name": "The Lakeside Courier", "host": "lakesidecourier.example", "layout": "table", "lang": "en"},
    "sl": {"name": "Santé Lorvanie", "host": "santelorvanie.example", "layout": "blog", "lang": "fr"},
    "kr": {"name": "Kessbacher Rundschau", "host": "kessbacher-rundschau.example", "layout": "jsonld", "lang": "de"},
    "dpn": {"name": "Dementia Policy Notes", "host": "dementiapolicynotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Meridian Newswire – Health", None),
         "atom": ("Story alert: Memvira", "tag:alerts.example,2027:memvira-alzheimers-drug-approval")}

ROUNDS = {1: "2027-04-13T20:00:00Z", 2: "2027-04-16T20:00:00Z", 3: "2027-04-23T20:00:00Z"}
ROUND_NOTES = {
    1: "Full trial results and the price demand: the drug slowed decline by 27% in 1,795 patients, brain swelling in 12.6%, three trial deaths; the agency has been reviewing it since November and its committee votes on Thursday; Orsenne asks 32,000 euros per patient per year; a petition has 48,000 signatures (French blog, wire, syndicated copy).",
    2: "The wire updates its story in place: the committee recommends approval 9 to 4 for about 140,000 patients; its report counts four deaths and brain swelling in 14.1%; a German paper adds that the insurers would pay at most 15,000 euros and that the petition has 112,000 signatures; a slower outlet still says the committee has yet to decide, three deaths and 12.6%.",
    3: "The agency approves Memvira for about 95,000 patients, narrower than advised; Orsenne and the insurers agree on 21,500 euros per patient per year (German paper, French blog, an English policy blog).",
}

SL_ABOUT = "Santé Lorvanie suit l'actualité de la santé et du médicament en Lorvanie depuis 2015."
KR_RELATED = ["Kessbach: Stadtrat beschließt 48 neue Kita-Plätze", "Wetter: Bis zu 22 Grad am Wochenende"]

PAGES = [
    {"id": "sl-resultats", "outlet": "sl", "round": 1, "feed": "atom",
     "path": "/2027/04/12/alzheimer-orsenne-memvira-resultats-prix/",
     "title": "Alzheimer : Orsenne dévoile les résultats complets du Memvira et vise 32 000 euros par an",
     "author": "Claire Vauthier", "published": "2027-04-12T07:00:00Z",
     "paras": [
         "Le laboratoire Orsenne Pharma a présenté samedi, au congrès de neurologie de Saint-Aubel, les résultats complets de l'essai de phase III de son anticorps dramelumab, qu'il compte commercialiser sous le nom de Memvira. Chez les 1 795 patients atteints d'une forme précoce de la maladie d'Alzheimer, le traitement a ralenti le déclin cognitif de 27 % en dix-huit mois par rapport au placebo.",
         "Le revers de la médaille : 12,6 % des patients traités ont présenté un œdème cérébral, le plus souvent sans symptômes, et trois participants sont morts à la suite d'une hémorragie cérébrale.",
         "L'Agence lorvanienne des médicaments (ALM) examine le dossier depuis novembre. Son comité d'experts doit se prononcer jeudi.",
         "Orsenne ne cache pas ses ambitions : le laboratoire réclame 32 000 euros par patient et par an, un prix que l'assurance maladie juge « hors de portée ».",
         "Quelque 180 000 personnes vivent en Lorvanie avec une forme précoce de la maladie. L'association Mémoire Lorvanie a lancé une pétition pour que le traitement soit remboursé ; elle a recueilli 48 000 signatures en une semaine.",
         "En 2019, l'ALM avait refusé d'autoriser le Corvalid, un anticorps concurrent, après la mort de cinq patients pendant les essais.",
     ],
     "related": ["Hôpitaux : 1 200 postes d'infirmiers toujours vacants", "Grippe : l'épidémie recule, 14 cantons encore en alerte"],
     "about": SL_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "comment": "Ma mère participe à l'essai depuis 2 ans. Trois heures de route pour chaque perfusion !",
     "summary": "Orsenne dévoile les résultats complets du Memvira contre Alzheimer et réclame 32 000 euros par patient et par an."},
    {"id": "mw-review", "outlet": "mw", "round": 1, "feed": "rss",
     "path": "/meridian/health/2027/04/13/lorvania-advisers-memvira-alzheimers-vote.html",
     "title": "Lorvanian advisers to weigh Orsenne's Alzheimer's drug Memvira as price fight looms",
     "dek": "Company seeks 32,000 euros a year per patient; insurers call the price unaffordable",
     "author": "Thomas Adeyemi", "published": "2027-04-13T09:00:00Z",
     "paras": [
         "SAINT-AUBEL, April 13 (Meridian Newswire) - An expert committee of the Lorvanian Medicines Agency will vote on Thursday on whether to recommend approval of Memvira, Orsenne Pharma's antibody treatment for early Alzheimer's disease, which the agency has been reviewing since November.",
         "In a trial of 1,795 patients, Memvira, also known as dramelumab, slowed cognitive decline by 27% over 18 months compared with a placebo. Brain swelling was seen in 12.6% of the patients who received the drug, and three participants died after bleeding in the brain.",
         "No treatment that slows the progression of Alzheimer's has yet been approved in Lorvania. Analysts at Brenner & Cie expect the committee to back the drug, with restrictions.",
         "Orsenne is asking 32,000 euros per patient per year, according to two people familiar with its talks with the national health insurance fund, which has called the price unaffordable.",
         "Orsenne shares have risen 41% since the start of the year.",
     ],
     "related": ["Lorvanian inflation eases to 2.1% in March", "Brenner & Cie names new chief executive"],
     "comment": "My father was in the trial for 18 months. He still knows all of us.",
     "summary": "Lorvanian advisers vote Thursday on Orsenne's Alzheimer's drug Memvira; the company seeks 32,000 euros a year per patient."},
    {"id": "lc-syndicated", "outlet": "lc", "round": 1, "feed": "atom", "copy_of": "mw-review",
     "path": "/courier/health/wire-memvira-alzheimers-advisers", "published": "2027-04-13T11:00:00Z",
     "summary": "From Meridian Newswire: Lorvanian advisers to weigh Orsenne's Alzheimer's drug Memvira."},
    {"id": "mw-pharmalis", "outlet": "mw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/meridian/health/2027/04/12/pharmalis-recalls-blood-pressure-tablets.html",
     "title": "Pharmalis recalls blood pressure tablets after impurity found",
     "author": "Thomas Adeyemi", "published": "2027-04-12T15:00:00Z",
     "paras": [
         "SAINT-AUBEL, April 12 (Meridian Newswire) - Lorvanian generic drugmaker Pharmalis is recalling 1.3 million packs of its corosartan blood pressure tablets after tests found traces of an impurity, the Lorvanian Medicines Agency said on Monday.",
         "Patients should not stop taking their medicine without speaking to a doctor, the agency said. Pharmalis shares fell 6%.",
     ],
     "related": ["Lorvanian inflation eases to 2.1% in March"],
     "summary": "Pharmalis recalls 1.3 million packs of blood pressure tablets."},
    {"id": "kr-gedaechtnisambulanz", "outlet": "kr", "round": 1, "feed": "atom", "off_story": True,
     "path": "/kessbach/gesundheit/neue-gedaechtnisambulanz-klinikum-kessbach",
     "title": "Neue Gedächtnisambulanz am Klinikum Kessbach eröffnet",
     "author": "Redaktion", "published": "2027-04-10T08:00:00Z",
     "paras": [
         "Das Klinikum Kessbach hat am Freitag eine neue Gedächtnisambulanz eröffnet. Dort sollen jährlich bis zu 600 Menschen mit Verdacht auf Alzheimer oder eine andere Form der Demenz untersucht werden.",
         "Der Umbau des ehemaligen Schwesternwohnheims hat 2,3 Millionen Euro gekostet. Termine vergibt die Ambulanz nur auf Überweisung.",
     ],
     "related": KR_RELATED, "more_label": "Mehr aus Kessbach", "subscribe": "Abo",
     "summary": "Das Klinikum Kessbach eröffnet eine neue Gedächtnisambulanz."},
    {"id": "mw-review-updated", "outlet": "mw", "round": 2, "feed": "rss", "version_of": "mw-review",
     "path": "/meridian/health/2027/04/13/lorvania-advisers-memvira-alzheimers-vote.html",
     "title": "Lorvanian advisers back Orsenne's Alzheimer's drug Memvira, with limits",
     "dek": "Committee votes 9 to 4 for approval for about 140,000 patients; price fight with insurers goes on",
     "author": "Thomas Adeyemi", "published": "2027-04-13T09:00:00Z", "modified": "2027-04-15T19:00:00Z",
     "paras": [
         "SAINT-AUBEL, April 15 (Meridian Newswire) - An expert committee of the Lorvanian Medicines Agency on Thursday recommended approval of Memvira, Orsenne Pharma's antibody treatment for early Alzheimer's disease, voting 9 to 4 in favour after a day-long hearing.",
         "The committee said the drug should be given only to patients who carry at most one copy of the ApoE4 gene, who are less prone to brain swelling and bleeding, or about 140,000 people in Lorvania.",
         "Its assessment report counted four deaths among trial participants linked to bleeding in the brain, one more than Orsenne had disclosed, and put the rate of brain swelling at 14.1%, against the 12.6% the company had reported. The committee found that Memvira slowed cognitive decline by 27% over 18 months in the 1,795-patient trial.",
         "The agency, which has been reviewing the drug since November, usually follows its committee's advice and is expected to decide within a week. Until it does, Memvira is not approved for sale.",
         "Orsenne is asking 32,000 euros per patient per year, according to two people familiar with its talks with the national health insurance fund, which has called the price unaffordable.",
         "Orsenne shares have risen 41% since the start of the year.",
     ],
     "related": ["Lorvanian inflation eases to 2.1% in March", "Brenner & Cie names new chief executive"],
     "comment": "My father was in the trial for 18 months. He still knows all of us.",
     "summary": "Lorvanian advisers back Memvira 9 to 4 for about 140,000 patients; report counts four trial deaths."},
    {"id": "kr-empfehlung", "outlet": "kr", "round": 2, "feed": "atom",
     "path": "/kessbach/gesundheit/alzheimer-mittel-memvira-experten-empfehlen-zulassung",
     "title": "Alzheimer-Mittel Memvira: Experten empfehlen Zulassung – Kassen wollen nur 15.000 Euro zahlen",
     "dek": "Hersteller Orsenne verlangt 32.000 Euro pro Patient und Jahr",
     "author": "Jonas Thielemann", "published": "2027-04-16T08:00:00Z",
     "paras": [
         "Im Streit um das Alzheimer-Medikament Memvira verhärten sich die Fronten. Zwar hat der Expertenausschuss des Lorvanischen Arzneimittelamts (LAA) am Donnerstagabend mit neun zu vier Stimmen empfohlen, den Antikörper des Herstellers Orsenne Pharma zuzulassen. Doch beim Preis liegen Hersteller und Krankenkassen weit auseinander.",
         "Orsenne verlangt 32.000 Euro pro Patient und Jahr. Der Kassenverband hält höchstens 15.000 Euro für angemessen. „Zu dem geforderten Preis würde uns Memvira knapp 2,9 Milliarden Euro im Jahr kosten“, rechnete Verbandschefin Ulrike Dornhagen vor.",
         "Infrage kommen nach der Empfehlung rund 140.000 Patientinnen und Patienten im Frühstadium der Krankheit, die höchstens eine Kopie des Risikogens ApoE4 tragen.",
         "Der Ausschuss zählte unter den Studienteilnehmern vier Todesfälle durch Hirnblutungen; bei 14,1 Prozent der Behandelten traten Hirnschwellungen auf.",
         "Zugelassen ist das Medikament damit noch nicht: Die Entscheidung des Amtes wird für die kommende Woche erwartet.",
         "Eine Petition der Patientenvereinigung Gedächtnis Lorvanien für die Kostenübernahme haben inzwischen 112.000 Menschen unterschrieben.",
         "2019 hatte das Amt dem Konkurrenzpräparat Corvalid nach fünf Todesfällen in den Studien die Zulassung verweigert.",
     ],
     "related": KR_RELATED, "more_label": "Mehr aus Kessbach", "subscribe": "Abo",
     "summary": "Experten empfehlen die Zulassung von Memvira; die Kassen wollen höchstens 15.000 Euro zahlen."},
    {"id": "lc-stale", "outlet": "lc", "round": 2, "feed": "atom",
     "path": "/courier/health/families-pin-hopes-on-memvira",
     "title": "Families pin their hopes on Alzheimer's drug Memvira",
     "author": "Rachel Dunmore", "published": "2027-04-16T15:00:00Z",
     "paras": [
         "For Margaret Holloway, whose husband Peter was diagnosed with early Alzheimer's two years ago, Memvira cannot come soon enough. But the Lorvanian Medicines Agency's expert committee has yet to give its verdict on the drug, and no one can say when the first patients will be treated.",
         "In the trial, three participants died after bleeding in the brain and 12.6% had brain swelling, figures that worry Dr Anil Mehra, a neurologist at Kessbach University Hospital. \"For the right patient, it is worth it,\" he said.",
         "Orsenne Pharma is asking 32,000 euros a year for each patient.",
         "Holloway drives her husband 90 km to the memory clinic each month. \"We would drive twice as far,\" she said.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a weekend for two at the Lakeside Spa", "Five ways to cut your heating bill by 200 euros"],
     "summary": "Families pin their hopes on Memvira."},
    {"id": "kr-zulassung", "outlet": "kr", "round": 3, "feed": "atom",
     "path": "/kessbach/gesundheit/memvira-zugelassen-einigung-21500-euro",
     "title": "Memvira zugelassen: Orsenne und Kassen einigen sich auf 21.500 Euro pro Jahr",
     "dek": "Das Arzneimittelamt lässt das Alzheimer-Medikament zu – für weniger Patienten als empfohlen",
     "author": "Jonas Thielemann", "published": "2027-04-21T10:00:00Z",
     "paras": [
         "Das Lorvanische Arzneimittelamt hat das Alzheimer-Medikament Memvira am Dienstag zugelassen. Kurz darauf einigten sich der Hersteller Orsenne Pharma und der Kassenverband auf einen Preis von 21.500 Euro pro Patient und Jahr; die Kassen übernehmen die Kosten vom 1. Juni an.",
         "Ursprünglich hatte Orsenne 32.000 Euro verlangt.",
         "Die Zulassung ist enger gefasst als die Empfehlung der Experten: Behandelt werden dürfen nur Patienten, bei denen Amyloid-Ablagerungen im Gehirn nachgewiesen sind und die keine Blutverdünner nehmen. Damit kommen rund 95.000 Menschen für die Therapie infrage.",
         "In den ersten sechs Monaten müssen die Patienten vier Mal per MRT untersucht werden. Die Hirnschwellungen, die in der Studie bei 14,1 Prozent der Behandelten auftraten, bleiben das größte Risiko.",
         "Die Patientenvereinigung Gedächtnis Lorvanien, deren Petition 112.000 Unterschriften sammelte, sprach von einem „guten Tag für die Familien“.",
         "Analysten von Brenner & Cie trauen Memvira bis 2030 einen Jahresumsatz von bis zu 1,5 Milliarden Euro zu.",
     ],
     "related": KR_RELATED, "more_label": "Mehr aus Kessbach", "subscribe": "Abo",
     "summary": "Memvira zugelassen: Orsenne und Kassen einigen sich auf 21.500 Euro pro Patient und Jahr."},
    {"id": "sl-autorise", "outlet": "sl", "round": 3, "feed": "atom",
     "path": "/2027/04/22/memvira-autorise-21500-euros-premiers-patients-juin/",
     "title": "Memvira autorisé en Lorvanie : 21 500 euros par an, premiers patients traités en juin",
     "author": "Claire Vauthier", "published": "2027-04-22T09:00:00Z",
     "paras": [
         "C'est fait : l'Agence lorvanienne des médicaments a autorisé mardi le Memvira (dramelumab), premier traitement capable de freiner la maladie d'Alzheimer à ses débuts. Orsenne Pharma et l'assurance maladie se sont entendus dans la foulée sur un prix de 21 500 euros par patient et par an, remboursé intégralement.",
         "Le laboratoire réclamait au départ 32 000 euros.",
         "L'autorisation concerne au moins 95 000 patients selon l'agence : ceux chez qui la présence de plaques amyloïdes a été confirmée et qui ne prennent pas d'anticoagulants.",
         "Les premières perfusions devraient avoir lieu en juin dans les 23 centres mémoire du pays. La facture pourrait atteindre 2 milliards d'euros par an si tous les patients concernés étaient traités, prévient la Cour des comptes.",
         "Quatre participants de l'essai sont morts d'une hémorragie cérébrale ; l'agence impose des IRM de contrôle régulières.",
         "Pour Mémoire Lorvanie, dont la pétition a réuni 112 000 signatures, « la mobilisation a payé ».",
     ],
     "related": ["Hôpitaux : 1 200 postes d'infirmiers toujours vacants", "Pharmacies : 40 officines de garde ce week-end"],
     "about": SL_ABOUT, "prev_post": "Article précédent", "next_post": "Article suivant",
     "comment": "Mon mari a 68 ans et deux copies du gène ApoE4 : il n'y aura pas droit.",
     "summary": "Memvira autorisé en Lorvanie : 21 500 euros par patient et par an."},
    {"id": "dpn-deal", "outlet": "dpn", "round": 3, "feed": "direct",
     "path": "/2027/04/23/memvira-lorvania-price-deal-what-it-means/",
     "title": "Memvira at 21,500 euros: what Lorvania's deal tells other payers",
     "author": "Hannah Lindqvist", "published": "2027-04-23T08:00:00Z",
     "paras": [
         "Lorvania this week became one of the first countries to approve an antibody that slows early Alzheimer's disease. The Lorvanian Medicines Agency cleared Orsenne Pharma's Memvira on Tuesday, and the national insurer agreed to pay 21,500 euros per patient per year, a third less than the 32,000 euros Orsenne had asked.",
         "The label is narrower than the committee's advice: about 95,000 patients qualify, against the 140,000 the experts had in mind, because patients must have amyloid confirmed by a scan or spinal tap and must not be on blood thinners.",
         "Orsenne has also agreed to refund the insurer for patients who stop treatment within six months, and to cap total spending at 1.6 billion euros a year.",
         "The efficacy case is modest: a 27% slowing of decline over 18 months, about five months of delayed progression, in exchange for regular MRI scans and a 14.1% risk of brain swelling.",
         "In 2019 the same agency turned down Corvalid, a rival antibody, after five trial deaths. Other payers across Europe will be watching the Lorvanian deal closely.",
     ],
     "related": ["Our 2026 survey of memory clinic waiting times", "Blood tests for amyloid: where are we?"],
     "about": "Dementia Policy Notes covers the economics of dementia care in Europe.",
     "comment": "Five months of delay for 21,500 euros a year. Hard call for any insurer."},
]
