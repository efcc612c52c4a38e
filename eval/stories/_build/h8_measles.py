"""Held-out set 8, story 1 (FICTIONAL): a measles outbreak in the bilingual canton of Valbrienne
(French and German), centred on the town of Morgeval and the Sorne valley. Confirmed cases rise
(count), the first deaths are recorded (count), the two-dose vaccination coverage of children rises
after a vaccination drive (percent), doses given are counted up (count), and a school quarantine for
unvaccinated pupils is ordered and then lifted (status). Languages: en, fr, de."""

SLUG = "valbrienne-measles-outbreak"
NAME = "Valbrienne measles outbreak (fictional)"
DESCRIPTION = ("Fictional: a measles outbreak in the canton of Valbrienne, around the town of Morgeval and the "
               "Sorne valley: confirmed cases, deaths, children's vaccination coverage, vaccine doses given, and a "
               "quarantine of unvaccinated pupils at the valley's schools.")
TERMS = [["Valbrienne", "Morgeval", "Sorne", "Sornetal"],
         ["measles", "outbreak", "quarantine", "vaccination", "vaccinated", "unvaccinated", "vaccine",
          "rougeole", "épidémie", "quarantaine", "vaccination", "vaccinés", "vaccinale",
          "Masern", "Masernausbruch", "Ausbruch", "Quarantäne", "Impfung", "geimpft", "ungeimpft",
          "Impfquote", "Impfaktion"]]

SEEDS = {"01_first_cases.txt": """
Valbrienne
Measles cases rise in Morgeval schools

Doctors in the canton of Valbrienne have reported a sharp rise in measles among children in the town of Morgeval and the villages of the Sorne valley since the middle of February.

Most of the children who fell ill had not been vaccinated. The cantonal health service has opened extra vaccination clinics and asked parents to check their children's vaccination records.
"""}

OUTLETS = {
    "nw": {"name": "Northgate Wire", "host": "northgatewire.example", "layout": "wire", "lang": "en"},
    "cv": {"name": "Le Courrier de Valbrienne", "host": "courrierdevalbrienne.example", "layout": "jsonld", "lang": "fr"},
    "kn": {"name": "Kinderarzt-Notizen", "host": "kinderarztnotizen.example", "layout": "blog", "lang": "de"},
    "lc": {"name": "The Lakeside Chronicle", "host": "lakesidechronicle.example", "layout": "table", "lang": "en"},
    "en": {"name": "Epidemiology Notebook", "host": "epinotebook.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Northgate Wire – Health", None),
         "atom": ("Story alert: Valbrienne measles", "tag:alerts.example,2027:valbrienne-measles-outbreak")}

ROUNDS = {1: "2027-03-04T20:00:00Z", 2: "2027-03-09T20:00:00Z", 3: "2027-03-26T20:00:00Z"}
ROUND_NOTES = {
    1: "86 confirmed measles cases in Morgeval and the Sorne valley, 11 children treated in hospital, no deaths; 81% of the canton's children have both doses; no quarantine has been ordered (English wire, French paper 'au moins 86', syndicated copy).",
    2: "The wire updates its story in place: 214 cases, a baby is the first death, and a 21-day quarantine is ordered for unvaccinated pupils and staff at 14 schools; a German blog reports 'mindestens 214' cases and 12,400 vaccine doses given.",
    3: "The quarantine is lifted; 390 cases and three deaths in all; 88% of children now have both doses and 31,000 doses have been given; a slower outlet still writes of 214 cases and the quarantine in force.",
}

CV_RELATED = ["Carnaval de Morgeval : le programme des trois jours", "Hôpital cantonal : 40 lits de plus en 2028"]
KN_ABOUT = "Notizen einer Kinderärztin über Impfungen, Infektionen und Kindergesundheit, seit 2019."

PAGES = [
    {"id": "nw-outbreak", "outlet": "nw", "round": 1, "feed": "rss",
     "path": "/health/2027/03/03/measles-outbreak-valbrienne-sorne-valley.html",
     "title": "Measles outbreak spreads in Valbrienne's Sorne valley, 86 cases confirmed",
     "dek": "Eleven children treated in hospital; officials weigh keeping unvaccinated pupils at home",
     "author": "Tobias Wrenfield", "published": "2027-03-03T10:00:00Z",
     "paras": [
         "MORGEVAL, March 3 (Northgate Wire) - Health authorities in the canton of Valbrienne have confirmed 86 cases of measles since mid-February, most of them among unvaccinated children in the town of Morgeval and the villages of the Sorne valley, the cantonal doctor said on Wednesday.",
         "Eleven children have been treated in hospital, two of them for pneumonia. No one has died.",
         "Only 81% of children in the canton have received both doses of the measles vaccine, cantonal figures show, well short of the 95% that experts say is needed to stop the virus spreading.",
         "Cantonal doctor Hélène Brachet said the number of cases could rise to 300 by the end of the month. The canton has not ordered any school closures or quarantine, but Brachet said pupils who have not been vaccinated could be told to stay at home if the outbreak keeps growing.",
         "The valley's last large outbreak, in 2011, infected 430 people and killed a two-year-old boy.",
     ],
     "related": ["Europe's measles cases doubled in 2026, agency says", "Drug shortages: pharmacists call for stockpiles"],
     "comment": "Our school in Morgeval already has 40 children off sick, so I don't believe the official numbers.",
     "summary": "Valbrienne has confirmed 86 measles cases since mid-February."},
    {"id": "cv-rougeole", "outlet": "cv", "round": 1, "feed": "atom",
     "path": "/sante/2027/03/04/rougeole-au-moins-86-cas-vallee-de-la-sorne",
     "title": "Rougeole : au moins 86 cas dans la vallée de la Sorne",
     "dek": "Onze enfants hospitalisés, aucun décès ; le canton n'exclut pas des mesures dans les écoles",
     "author": "Camille Jeanrenaud", "published": "2027-03-04T07:00:00Z",
     "paras": [
         "L'épidémie de rougeole qui touche Morgeval et la vallée de la Sorne compte désormais au moins 86 cas confirmés, selon le service cantonal de la santé publique. La plupart des malades sont des enfants qui n'avaient pas été vaccinés.",
         "Onze enfants ont dû être hospitalisés depuis la mi-février. Aucun décès n'est à déplorer.",
         "Le taux de couverture vaccinale (deux doses) atteint 81 % chez les enfants du canton, loin de l'objectif de 95 % fixé par les autorités sanitaires.",
         "Aucune quarantaine n'a été décidée pour l'instant. « Si la situation se dégrade, nous pourrons écarter des écoles les élèves non vaccinés », a indiqué la médecin cantonale, Hélène Brachet.",
         "Avec 98 000 habitants, le canton affiche une incidence de 88 cas pour 100 000 habitants, la plus élevée du pays.",
     ],
     "related": CV_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Rougeole : au moins 86 cas confirmés à Morgeval et dans la vallée de la Sorne."},
    {"id": "lc-syndicated", "outlet": "lc", "round": 1, "feed": "atom", "copy_of": "nw-outbreak",
     "path": "/chronicle/news/wire-measles-outbreak-spreads-in-sorne-valley", "published": "2027-03-03T15:00:00Z",
     "summary": "From Northgate Wire: measles outbreak spreads in Valbrienne's Sorne valley."},
    {"id": "nw-ski", "outlet": "nw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/travel/2027/03/02/valbrienne-ski-resorts-record-winter.html",
     "title": "Valbrienne ski resorts on course for a record winter",
     "author": "Tobias Wrenfield", "published": "2027-03-02T09:00:00Z",
     "paras": [
         "MORGEVAL, March 2 (Northgate Wire) - Ski resorts in the canton of Valbrienne have sold 1.2 million lift passes so far this winter, 9% more than a year ago, and expect a record season if the snow holds until Easter, their association said on Tuesday.",
         "A new cable car from Morgeval to the Crêt du Loup, costing 46 million francs, opened in December.",
     ],
     "related": ["Alpine hotels struggle to find staff"],
     "summary": "Valbrienne's ski resorts expect a record winter."},
    {"id": "kn-altmarren", "outlet": "kn", "round": 1, "feed": "atom", "off_story": True,
     "path": "/2027/03/01/masern-an-grundschule-in-altmarren/",
     "title": "Masern an einer Grundschule im Kreis Altmarren: 23 Fälle",
     "author": "Dr. Ulrike Haldimann", "published": "2027-03-01T18:00:00Z",
     "paras": [
         "Im Kreis Altmarren sind an einer Grundschule 23 Kinder an Masern erkrankt. Das Gesundheitsamt hat ungeimpfte Kinder für 14 Tage vom Unterricht ausgeschlossen.",
         "Die Impfquote an der Schule liegt nach Angaben des Amtes bei nur 72 Prozent.",
     ],
     "about": KN_ABOUT, "prev_post": "Vorheriger Beitrag", "next_post": "Nächster Beitrag",
     "summary": "Masern im Kreis Altmarren: 23 Fälle an einer Grundschule."},
    {"id": "nw-outbreak-updated", "outlet": "nw", "round": 2, "feed": "rss", "version_of": "nw-outbreak",
     "path": "/health/2027/03/03/measles-outbreak-valbrienne-sorne-valley.html",
     "title": "Valbrienne orders school quarantine as measles cases reach 214; baby dies",
     "dek": "Unvaccinated pupils and staff at 14 schools told to stay home for 21 days",
     "author": "Tobias Wrenfield", "published": "2027-03-03T10:00:00Z", "modified": "2027-03-08T16:00:00Z",
     "paras": [
         "MORGEVAL, March 8 (Northgate Wire) - The canton of Valbrienne on Monday ordered a 21-day quarantine for unvaccinated pupils and staff at 14 schools in Morgeval and the Sorne valley, as the number of confirmed measles cases rose to 214.",
         "A seven-month-old girl, too young to have been vaccinated, died in the cantonal hospital on Sunday, the first death of the outbreak.",
         "The outbreak, first put at 86 cases only a week ago, is now the largest in the canton since 2011, when 430 people were infected.",
         "Cantonal doctor Hélène Brachet said officials feared up to 500 cases by Easter. Parents who have to stay at home with a quarantined child can claim 120 francs a day from the canton.",
         "Only 81% of children in the canton have had both doses of the vaccine.",
     ],
     "related": ["Europe's measles cases doubled in 2026, agency says", "Drug shortages: pharmacists call for stockpiles"],
     "comment": "Our school in Morgeval already has 40 children off sick, so I don't believe the official numbers.",
     "summary": "Valbrienne orders a school quarantine as measles cases reach 214."},
    {"id": "kn-quarantaene", "outlet": "kn", "round": 2, "feed": "atom",
     "path": "/2027/03/09/masern-in-valbrienne-quarantaene-an-14-schulen/",
     "title": "Masern in Valbrienne: Quarantäne an 14 Schulen und ein erstes Todesopfer",
     "author": "Dr. Ulrike Haldimann", "published": "2027-03-09T08:00:00Z",
     "paras": [
         "Der Masernausbruch im Kanton Valbrienne hat ein erstes Todesopfer gefordert: Ein sieben Monate altes Mädchen ist am Sonntag im Kantonsspital Morgeval gestorben. Es war zu jung, um geimpft zu werden.",
         "Die Behörden zählen inzwischen mindestens 214 bestätigte Fälle. Seit Montag gilt für ungeimpfte Schülerinnen, Schüler und Lehrkräfte an 14 Schulen im Sornetal eine Quarantäne von 21 Tagen.",
         "Seit Beginn der Impfaktion Ende Februar wurden im Kanton 12.400 Impfdosen verabreicht. Der Kanton zahlt den Hausärzten 45 Franken pro Impfung.",
         "Die Impfquote bei Kindern liegt bei 81 Prozent. Für einen Herdenschutz wären 95 Prozent nötig.",
         "Zum Vergleich: Beim letzten großen Ausbruch im Sornetal, 2011, erkrankten 430 Menschen.",
     ],
     "about": KN_ABOUT, "prev_post": "Masern an einer Grundschule im Kreis Altmarren", "next_post": "Nächster Beitrag",
     "related": ["Masern im Kreis Altmarren: 23 Fälle", "Keuchhusten: Was Eltern wissen sollten"],
     "comment": "Bei uns in der Klasse fehlen 9 von 22 Kindern. Danke für die klaren Worte!",
     "summary": "Masern in Valbrienne: Quarantäne an 14 Schulen, ein erstes Todesopfer."},
    {"id": "cv-levee", "outlet": "cv", "round": 3, "feed": "atom",
     "path": "/sante/2027/03/25/rougeole-le-canton-leve-la-quarantaine-dans-les-ecoles",
     "title": "Rougeole : le canton lève la quarantaine dans les écoles de la Sorne",
     "dek": "Les élèves non vaccinés retourneront en classe lundi ; 390 cas et trois décès depuis février",
     "author": "Camille Jeanrenaud", "published": "2027-03-25T07:00:00Z",
     "paras": [
         "Le canton de Valbrienne a levé mardi la quarantaine imposée depuis le 8 mars aux élèves et aux enseignants non vaccinés de 14 écoles de Morgeval et de la vallée de la Sorne. Ils pourront reprendre les cours lundi.",
         "Depuis la mi-février, 390 cas de rougeole ont été confirmés dans le canton. Trois personnes sont décédées : une fillette de sept mois, un homme de 34 ans et une femme de 61 ans.",
         "Le nombre de nouveaux cas a nettement reculé : 19 la semaine dernière, contre 96 au plus fort de l'épidémie.",
         "Grâce à la campagne de vaccination, 88 % des enfants du canton ont désormais reçu deux doses, contre 81 % au début du mois de mars.",
         "L'épidémie pourrait être déclarée terminée en mai si aucun nouveau cas n'apparaît pendant 42 jours.",
     ],
     "related": CV_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Rougeole : le canton de Valbrienne lève la quarantaine dans les écoles de la Sorne."},
    {"id": "nw-lifted", "outlet": "nw", "round": 3, "feed": "rss",
     "path": "/health/2027/03/25/valbrienne-lifts-school-measles-quarantine.html",
     "title": "Valbrienne lifts school measles quarantine as new cases slow",
     "dek": "Three dead and 390 infected since February; vaccination drive lifts coverage",
     "author": "Tobias Wrenfield", "published": "2027-03-25T13:00:00Z",
     "paras": [
         "MORGEVAL, March 25 (Northgate Wire) - The canton of Valbrienne has lifted the quarantine on unvaccinated pupils and staff at 14 schools in the Sorne valley, saying its measles outbreak is slowing after a vaccination drive.",
         "Confirmed cases have reached 390 since mid-February and three people have died, the cantonal health service said on Thursday.",
         "Doctors have given 31,000 doses of vaccine since the drive began, and 88% of the canton's children now have both doses. Officials hope to reach the 95% target by the summer.",
         "Cantonal doctor Hélène Brachet warned that the outbreak was not over. \"We cannot declare it over until six weeks have passed without a new case,\" she said.",
         "The 2011 outbreak in the valley infected 430 people and killed one child.",
     ],
     "related": ["Europe's measles cases doubled in 2026, agency says", "Hospital waiting lists at record high"],
     "comment": "Good news, but 390 cases should never have happened in 2027.",
     "summary": "Valbrienne lifts its school measles quarantine; 390 cases since February."},
    {"id": "lc-stale", "outlet": "lc", "round": 3, "feed": "atom",
     "path": "/chronicle/news/morgeval-parents-juggle-work-and-quarantined-children",
     "title": "Morgeval parents juggle work and quarantined children",
     "author": "Gwen Abernethy", "published": "2027-03-26T06:00:00Z",
     "paras": [
         "For Sandrine Vuille, a nurse in Morgeval, the past fortnight has been a juggling act. Her two sons, aged 7 and 10, are among the unvaccinated pupils kept at home under the canton's measles quarantine, which covers 14 schools in the Sorne valley.",
         "The outbreak has infected 214 people, and a seven-month-old baby has died.",
         "\"I wanted to vaccinate them, but we kept putting it off,\" said Vuille, 41. The canton pays parents 120 francs a day while their children are in quarantine, but many say it does not cover a lost shift.",
     ],
     "nav1": "News", "nav3": "Lake levels",
     "related": ["Chronicle photo contest: the winners", "Lake steamer timetable from April 1"],
     "summary": "Morgeval parents juggle work and quarantined children."},
    {"id": "en-threshold", "outlet": "en", "round": 3, "feed": "direct",
     "path": "/2027/03/26/valbrienne-measles-and-the-95-percent-threshold/",
     "title": "What the Valbrienne measles outbreak tells us about the 95% threshold",
     "author": "Marek Dolinsky", "published": "2027-03-26T10:00:00Z",
     "paras": [
         "With 390 confirmed cases and three deaths since mid-February, the outbreak in Valbrienne is the worst in the Sorne valley since 2011.",
         "Among unvaccinated children in Morgeval, the attack rate reached roughly 160 cases per 1,000 children, against fewer than 2 per 1,000 among the vaccinated.",
         "The canton's two-dose coverage rose from 81% to 88% in five weeks, which shows what a well-run drive can do, but it is still below the 95% needed for herd immunity.",
         "One case of measles can infect 12 to 18 people in a population with no immunity, which is why gaps of a few percentage points matter so much.",
         "The school quarantine, lifted this week, was controversial, but it probably bought the vaccination teams the time they needed.",
     ],
     "related": ["Reading an epidemic curve", "Why R0 is not a constant"],
     "about": "Epidemiology Notebook explains outbreaks and the numbers behind them.",
     "comment": "In my district we had 3 cases and everyone panicked. Perspective matters."},
]
