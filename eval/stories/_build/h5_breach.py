"""Held-out set 5, story 1 (FICTIONAL): a ransomware attack on Aurelsan, the hospital group of the
bilingual (Italian/German) province of Talvera. Patients' records stolen (a count that grows), the
ransom demanded (money), operations postponed (a count), the share of IT systems restored (percent);
an investigation opened, then two suspects arrested (status). Languages: en, it, de."""

SLUG = "aurelsan-hospital-cyberattack"
NAME = "Aurelsan hospital cyberattack (fictional)"
DESCRIPTION = ("Fictional: a ransomware gang breaks into the IT systems of Aurelsan, the hospital group of "
               "the province of Talvera, steals patients' records and demands a ransom; operations are "
               "postponed and ambulances diverted until two suspects are arrested.")
TERMS = [["Aurelsan"],
         ["cyberattack", "cyberattacks", "cyber attack", "cyber-attack", "hackers", "hacker", "hacked",
          "ransomware", "ransom", "data breach", "breach", "attacco informatico", "attacco hacker",
          "riscatto", "pirati informatici", "Cyberangriff", "Hackerangriff", "Hacker-Angriff",
          "Lösegeld", "Erpressung", "Datenleck", "Erpressersoftware"]]

SEEDS = {"01_first_report.txt": """
Talvera
Aurelsan hospitals hit by IT outage, emergency wards take only critical cases

Hospitals run by the Aurelsan group in the province of Talvera switched to paper records on Sunday after an IT outage that the group said was caused by a cyberattack. Its emergency departments were accepting only critical cases, and patients were asked not to come to outpatient appointments until further notice.

The group said it had informed the police and the data protection authority and was working with outside experts to restore its systems.
"""}

OUTLETS = {
    "nw": {"name": "Northbridge Wire", "host": "northbridgewire.example", "layout": "wire", "lang": "en"},
    "vh": {"name": "The Valley Herald", "host": "valleyherald.example", "layout": "table", "lang": "en"},
    "cd": {"name": "Cronache Digitali", "host": "cronachedigitali.example", "layout": "blog", "lang": "it"},
    "tt": {"name": "Talvera Tagblatt", "host": "talvera-tagblatt.example", "layout": "jsonld", "lang": "de"},
    "hin": {"name": "Health IT Notes", "host": "healthitnotes.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Northbridge Wire – Europe", None),
         "atom": ("Story alert: Aurelsan cyberattack", "tag:alerts.example,2027:aurelsan-hospital-cyberattack")}

ROUNDS = {1: "2027-02-08T20:00:00Z", 2: "2027-02-10T20:00:00Z", 3: "2027-02-15T20:00:00Z"}
ROUND_NOTES = {
    1: "Day after the attack: hackers stole the data of 120,000 patients and demand a ransom of 4 million euros; 300 operations postponed; prosecutors open an investigation (Italian blog, wire, syndicated copy).",
    2: "The wire updates its story in place: 310,000 patients, ransom doubled to 8 million euros, 1,100 operations postponed, no arrests yet; a German paper has 'mindestens 310.000' and about 30% of systems back; a slower outlet still says 120,000 patients and 4 million euros.",
    3: "Police arrest two suspects; the breach now covers 540,000 patients; 2,600 operations postponed in all; 80% of IT systems restored.",
}

PAGES = [
    {"id": "cd-attacco", "outlet": "cd", "round": 1, "feed": "atom",
     "path": "/cronache/2027/02/08/attacco-hacker-aurelsan-dati-pazienti/",
     "title": "Attacco hacker all'Aurelsan: rubati i dati di 120.000 pazienti, chiesto un riscatto di 4 milioni",
     "author": "Chiara Dal Bosco", "published": "2027-02-08T07:00:00Z",
     "paras": [
         "Un attacco informatico con un ransomware ha paralizzato nella notte tra sabato e domenica i sistemi del gruppo ospedaliero Aurelsan, che gestisce i sei ospedali pubblici della provincia di Talvera.",
         "I pirati informatici, che si firmano NoctuaLock, sostengono di aver sottratto i dati di 120.000 pazienti, tra cui referti, diagnosi e codici fiscali, e chiedono un riscatto di 4 milioni di euro in bitcoin.",
         "Aurelsan ha rinviato 300 interventi programmati. I pronto soccorso di Monteforno e Bressano dirottano le ambulanze verso gli ospedali delle province vicine, salvo i casi più gravi.",
         "La Procura di Talvera ha aperto un'inchiesta per accesso abusivo a sistema informatico ed estorsione.",
         "Nel 2021 l'attacco al policlinico universitario di Bernsdorf aveva esposto i dati di 1,2 milioni di pazienti.",
     ],
     "related": ["Talvera, il bilancio provinciale 2027 vale 2,4 miliardi", "Calcio: il Monteforno vince 3-1 a Valdora"],
     "about": "Cronache Digitali racconta la tecnologia e la sicurezza informatica nel Nord-Est dal 2014.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "comment": "Avevo un intervento fissato per il 15, ho passato 3 ore al telefono senza risposta.",
     "summary": "Attacco hacker all'Aurelsan: rubati i dati di 120.000 pazienti, chiesto un riscatto di 4 milioni."},
    {"id": "nw-breach", "outlet": "nw", "round": 1, "feed": "rss",
     "path": "/northbridge/europe/2027/02/08/aurelsan-hospitals-ransomware-attack.html",
     "title": "Hackers steal data of 120,000 patients from Aurelsan hospitals, demand 4 million euros",
     "dek": "Hospital group postpones 300 operations and diverts ambulances after ransomware attack",
     "author": "Helena Marsh", "published": "2027-02-08T10:00:00Z",
     "paras": [
         "MONTEFORNO, Feb 8 (Northbridge Wire) - Hackers who broke into the computer systems of Aurelsan, the public hospital group of the province of Talvera, have stolen the personal and medical data of 120,000 patients and are demanding a ransom of 4 million euros, the group said on Monday.",
         "Aurelsan has postponed 300 planned operations since the attack was discovered early on Sunday, and two of its six emergency departments are diverting ambulances to neighbouring provinces.",
         "A gang calling itself NoctuaLock claimed the attack on its leak site and gave the group until Tuesday to pay. Aurelsan said it had not decided whether to negotiate.",
         "Prosecutors in Talvera have opened an investigation into extortion and illegal access to computer systems.",
         "In 2021 a ransomware attack on the Bernsdorf university hospital exposed the records of 1.2 million patients.",
     ],
     "related": ["Euro zone factory output rises 0.4% in December", "Talvera approves 2.4 billion euro budget"],
     "comment": "My MRI was cancelled, the third time in 2 years. Unbelievable.",
     "summary": "Hackers steal the data of 120,000 Aurelsan patients and demand a ransom of 4 million euros."},
    {"id": "vh-syndicated", "outlet": "vh", "round": 1, "feed": "atom", "copy_of": "nw-breach",
     "path": "/valleyherald/news/wire-aurelsan-hospitals-hackers", "published": "2027-02-08T11:30:00Z",
     "summary": "From Northbridge Wire: hackers steal data of 120,000 patients from Aurelsan hospitals."},
    {"id": "nw-water", "outlet": "nw", "round": 1, "feed": "rss", "off_story": True,
     "path": "/northbridge/europe/2027/02/07/dunmere-water-utility-hackers.html",
     "title": "Hackers hit Dunmere water utility's billing system",
     "author": "Helena Marsh", "published": "2027-02-07T15:00:00Z",
     "paras": [
         "DUNMERE, Feb 7 (Northbridge Wire) - Hackers broke into the billing system of Dunmere's municipal water utility, which serves 85,000 households, the city said on Sunday. Water supply was not affected.",
         "The utility said customers' bank details may have been exposed and asked them to watch their accounts. Bills due this month will be postponed by 14 days.",
     ],
     "related": ["Dunmere council freezes water charges for 2027"],
     "summary": "Hackers hit the billing system of Dunmere's water utility."},
    {"id": "tt-geburtsstation", "outlet": "tt", "round": 1, "feed": "atom", "off_story": True,
     "path": "/tagblatt/talvera/aurelsan-neue-geburtsstation-ofenberg",
     "title": "Aurelsan eröffnet neue Geburtsstation in Ofenberg",
     "author": "Redaktion", "published": "2027-02-06T08:00:00Z",
     "paras": [
         "Der Klinikverbund Aurelsan hat am Krankenhaus Ofenberg eine neue Geburtsstation mit 24 Betten eröffnet. Der Umbau hat 11 Millionen Euro gekostet.",
         "Im vergangenen Jahr kamen in den Krankenhäusern des Verbunds 3.900 Kinder zur Welt.",
     ],
     "related": ["Winterdienst: 40 Räumfahrzeuge im Einsatz"], "more_label": "Mehr aus Talvera", "subscribe": "Abo",
     "summary": "Aurelsan eröffnet eine neue Geburtsstation mit 24 Betten in Ofenberg."},
    {"id": "nw-breach-updated", "outlet": "nw", "round": 2, "feed": "rss", "version_of": "nw-breach",
     "path": "/northbridge/europe/2027/02/08/aurelsan-hospitals-ransomware-attack.html",
     "title": "Aurelsan breach grows to 310,000 patients as hackers double ransom to 8 million euros",
     "dek": "Hospital group has now postponed 1,100 operations; no arrests yet",
     "author": "Helena Marsh", "published": "2027-02-08T10:00:00Z", "modified": "2027-02-09T18:00:00Z",
     "paras": [
         "MONTEFORNO, Feb 9 (Northbridge Wire) - The hackers who attacked the Talvera hospital group Aurelsan stole the data of 310,000 patients, far more than first thought, the group said on Tuesday, after the gang published a sample of the files on its leak site.",
         "The number of patients affected, first put at 120,000, rose as investigators found that the attackers had also copied an archive of older records. The data of 9,000 staff members were also taken. Aurelsan said the total could exceed half a million once the archive had been fully checked.",
         "The NoctuaLock gang doubled its demand to 8 million euros from 4 million after a deadline passed on Tuesday. Aurelsan said it would not pay.",
         "The group has now postponed 1,100 operations. Two emergency departments are still diverting ambulances.",
         "Prosecutors are investigating, but no arrests have been made.",
         "In 2021 a ransomware attack on the Bernsdorf university hospital exposed the records of 1.2 million patients.",
     ],
     "related": ["Euro zone factory output rises 0.4% in December", "Talvera approves 2.4 billion euro budget"],
     "comment": "My MRI was cancelled, the third time in 2 years. Unbelievable.",
     "summary": "Aurelsan breach grows to 310,000 patients; hackers double their ransom demand to 8 million euros."},
    {"id": "tt-cyberangriff", "outlet": "tt", "round": 2, "feed": "atom",
     "path": "/tagblatt/talvera/cyberangriff-aurelsan-mindestens-310000-patienten",
     "title": "Cyberangriff auf Aurelsan: Daten von mindestens 310.000 Patienten gestohlen",
     "dek": "Erpresser verlangen 8 Millionen Euro – 1.100 Operationen verschoben",
     "author": "Markus Oberhofer", "published": "2027-02-10T08:00:00Z",
     "paras": [
         "Bei dem Hackerangriff auf den Klinikverbund Aurelsan sind die Daten von mindestens 310.000 Patientinnen und Patienten sowie von 9.000 Beschäftigten gestohlen worden, teilte der Verbund am Dienstagabend mit.",
         "Die Erpresser haben ihre Lösegeldforderung auf 8 Millionen Euro verdoppelt. Aurelsan will nicht zahlen. Seit dem Angriff wurden 1.100 geplante Operationen verschoben.",
         "Rund 30 Prozent der IT-Systeme laufen inzwischen wieder, die Notaufnahmen in Monteforno und Bressano nehmen aber weiterhin nur Notfälle auf.",
         "Die Staatsanwaltschaft Talvera ermittelt wegen Erpressung und Ausspähens von Daten. Festnahmen gab es bislang keine.",
         "Beim Angriff auf das Universitätsklinikum Bernsdorf 2021 waren die Daten von 1,2 Millionen Patienten betroffen.",
     ],
     "related": ["Skigebiet Valdora: 12 neue Lifte bis 2030", "Landtag beschließt Haushalt von 2,4 Milliarden Euro"],
     "more_label": "Mehr aus Talvera", "subscribe": "Abo",
     "summary": "Cyberangriff auf Aurelsan: Daten von mindestens 310.000 Patienten gestohlen."},
    {"id": "vh-stale", "outlet": "vh", "round": 2, "feed": "atom",
     "path": "/valleyherald/news/aurelsan-patients-long-waits-after-hack",
     "title": "Patients face long waits as Aurelsan hospitals go back to paper",
     "author": "Daniel Crewe", "published": "2027-02-10T14:00:00Z",
     "paras": [
         "Patients in Talvera are facing long waits for appointments after hackers stole the data of 120,000 patients from the Aurelsan hospital group and demanded 4 million euros to return them.",
         "At Bressano hospital, nurses are writing prescriptions by hand and running test results between wards on foot. \"It is like working in the 1980s,\" one nurse said.",
         "The group has set up a telephone line for patients who are worried about their data.",
     ],
     "nav1": "News", "nav3": "Weather",
     "related": ["Win a spa weekend for two", "Five ways to save 300 euros on your energy bill"],
     "summary": "Patients face long waits as Aurelsan hospitals go back to paper."},
    {"id": "cd-arresti", "outlet": "cd", "round": 3, "feed": "direct",
     "path": "/cronache/2027/02/13/attacco-aurelsan-arrestati-due-hacker/",
     "title": "Attacco all'Aurelsan, arrestati due hacker. I pazienti coinvolti salgono a 540.000",
     "author": "Chiara Dal Bosco", "published": "2027-02-13T09:00:00Z",
     "paras": [
         "La polizia postale ha arrestato venerdì due uomini di 24 e 31 anni, accusati di aver partecipato all'attacco ransomware contro il gruppo ospedaliero Aurelsan. Un terzo sospettato è ricercato all'estero.",
         "Secondo l'ultimo conteggio dell'azienda, i dati rubati riguardano 540.000 pazienti: all'inizio si parlava di 120.000.",
         "Dal giorno dell'attacco sono stati rinviati 2.600 interventi chirurgici. L'80% dei sistemi informatici è di nuovo operativo e i pronto soccorso hanno ripreso a ricevere le ambulanze.",
         "Aurelsan non ha pagato il riscatto di 8 milioni di euro. I due arrestati dovrebbero essere rinviati a giudizio nelle prossime settimane.",
         "Il Garante della privacy potrebbe multare l'azienda fino a 20 milioni di euro.",
     ],
     "related": ["Talvera, il bilancio provinciale 2027 vale 2,4 miliardi"],
     "about": "Cronache Digitali racconta la tecnologia e la sicurezza informatica nel Nord-Est dal 2014.",
     "prev_post": "Articolo precedente", "next_post": "Articolo successivo",
     "summary": "Attacco all'Aurelsan, arrestati due hacker; i pazienti coinvolti salgono a 540.000."},
    {"id": "hin-arrests", "outlet": "hin", "round": 3, "feed": "atom",
     "path": "/notes/2027/02/14/aurelsan-ransomware-two-arrested/",
     "title": "Two arrested over the Aurelsan ransomware attack as the breach reaches 540,000 patients",
     "author": "Ruth Okafor", "published": "2027-02-14T10:00:00Z",
     "paras": [
         "Italian police have arrested two men suspected of taking part in the NoctuaLock ransomware attack on Aurelsan, the hospital group of the province of Talvera. Prosecutors are expected to charge them with extortion.",
         "The group now says the records of 540,000 patients were stolen, including an archive going back to 2009. Its IT department has brought 80% of its systems back online, and the emergency departments are taking ambulances again.",
         "In all, at least 2,600 operations have been postponed since the attack. Aurelsan never paid the 8 million euro ransom the gang was demanding.",
         "A patients' association is preparing a class action that would seek 1,000 euros for each patient whose data was published.",
         "The lesson from Bernsdorf, where 1.2 million records were exposed in 2021, was that backups must be kept offline. Aurelsan's were not, according to the provincial audit office.",
     ],
     "related": ["What NoctuaLock's leak site tells us", "Our 2026 survey of hospital backups"],
     "about": "Health IT Notes covers digital health and hospital IT in Europe.",
     "comment": "Offline backups. Every single post-mortem since 2017 says the same thing."},
]
