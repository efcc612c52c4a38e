"""Held-out set 9, story 2 (FICTIONAL): a gang breaks into the Musée Lhérault in the French-speaking
city of Sainte-Aubrine on the night of 13-14 March 2027 and steals works of art. The value of the haul
is disputed and then revised (money), the number of works taken is corrected (count), the suspects
go from at large to arrested to charged (status), the people arrested are counted up (count), and the
museum closes and reopens (status). Languages: fr, en."""

SLUG = "lherault-museum-heist"
NAME = "Musée Lhérault art theft in Sainte-Aubrine (fictional)"
DESCRIPTION = ("Fictional: thieves break into the Musée Lhérault in Sainte-Aubrine and steal paintings and "
               "drawings: the works taken, their value, the arrests and charges, the recovery of works and the "
               "museum's closure.")
TERMS = [["Lhérault", "Lherault", "Sainte-Aubrine"],
         ["theft", "heist", "stolen", "stole", "steal", "thieves", "robbery", "burglary", "break-in",
          "paintings", "artworks", "works", "arrested", "charged",
          "vol", "volé", "volés", "volées", "dérobé", "dérobés", "dérobées", "malfaiteurs", "voleurs",
          "cambriolage", "cambrioleurs", "casse", "butin", "tableaux", "toiles", "œuvres", "interpellés",
          "mis en examen", "recel"]]

SEEDS = {"01_cambriolage.txt": """
Sainte-Aubrine
Cambriolage au musée Lhérault

La police est intervenue dans la nuit au musée Lhérault de Sainte-Aubrine, où une alarme s'est déclenchée au premier étage. Des œuvres ont disparu des salles consacrées à la peinture du XIXe siècle, selon les premières constatations.

Le parquet de Sainte-Aubrine a ouvert une enquête. Le musée n'a pas ouvert ses portes au public dimanche.
"""}

OUTLETS = {
    "ca": {"name": "Le Courrier d'Aubrine", "host": "courrierdaubrine.example", "layout": "jsonld", "lang": "fr"},
    "rg": {"name": "Rivergate News Agency", "host": "rivergatenews.example", "layout": "wire", "lang": "en"},
    "nd": {"name": "The Northshore Daily", "host": "northshoredaily.example", "layout": "table", "lang": "en"},
    "pd": {"name": "The Provenance Desk", "host": "provenancedesk.example", "layout": "blog", "lang": "en"},
}

FEEDS = {"rss": ("Rivergate News Agency – Culture", None),
         "atom": ("Story alert: Musée Lhérault theft", "tag:alerts.example,2027:lherault-museum-heist")}

ROUNDS = {1: "2027-03-15T20:00:00Z", 2: "2027-03-18T20:00:00Z", 3: "2027-03-26T20:00:00Z"}
ROUND_NOTES = {
    1: "Six paintings are stolen from the Musée Lhérault on Sunday night; the French paper quotes the director's 40 million euros, the English wire six hours later an insurance source's 60 million euros; the thieves are at large and the museum is closed (French paper, English wire, syndicated copy).",
    2: "Two men are arrested; the inventory shows eight works taken (six paintings and two drawings); the wire updates its story in place with the insurer's valuation of 65 million euros; an art-crime blog comments; nobody is charged yet and the museum stays closed.",
    3: "Three more suspects are arrested (five in all) and all five are charged; three of the eight works are found; the museum reopens on Thursday; a slower English paper still writes of two arrests and a closed museum.",
}

CA_RELATED = ["Sainte-Aubrine : le carnaval a attiré 120 000 visiteurs", "Municipales : la liste de Paul Guérande en tête selon un sondage"]
RG_RELATED = ["Auction house Verlaine & Ryde posts record year", "Museums tighten security after string of break-ins"]
PD_ABOUT = "The Provenance Desk: notes on art crime, restitution and the art market, by a former museum registrar."

PAGES = [
    {"id": "ca-vol", "outlet": "ca", "round": 1, "feed": "atom",
     "path": "/faits-divers/2027/03/14/musee-lherault-six-tableaux-voles",
     "title": "Sainte-Aubrine : six tableaux volés au musée Lhérault dans la nuit",
     "dek": "Le butin est estimé à 40 millions d'euros par la direction du musée",
     "author": "Camille Rouvière", "published": "2027-03-14T11:00:00Z",
     "paras": [
         "Des malfaiteurs ont dérobé six tableaux au musée Lhérault de Sainte-Aubrine dans la nuit de samedi à dimanche, a-t-on appris auprès du parquet. Le vol a eu lieu peu après 4 heures du matin.",
         "Selon les premiers éléments de l'enquête, quatre individus cagoulés ont pénétré dans le bâtiment par une fenêtre du premier étage, en passant par l'échafaudage installé pour la rénovation de la façade. Ils sont restés moins de sept minutes dans les salles avant de prendre la fuite à bord de deux scooters.",
         "La directrice du musée, Hélène Marchadier, estime la valeur des œuvres dérobées à 40 millions d'euros. La plus précieuse, « La Baie de Lormes » de Jules Corvin, est assurée à elle seule pour 14 millions d'euros.",
         "Les voleurs sont toujours en fuite et aucune interpellation n'avait eu lieu dimanche en fin de matinée. Le musée est fermé jusqu'à nouvel ordre.",
         "Ce n'est pas la première fois que le musée est visé : en 1987, trois toiles de Corvin y avaient été volées ; elles n'avaient été retrouvées qu'en 1994, chez un antiquaire de Vérignac.",
     ],
     "related": CA_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Six tableaux estimés à 40 millions d'euros ont été volés au musée Lhérault."},
    {"id": "rg-heist", "outlet": "rg", "round": 1, "feed": "rss",
     "path": "/culture/2027/03/14/sainte-aubrine-museum-heist-six-paintings.html",
     "title": "Thieves take six paintings worth 60 million euros from Sainte-Aubrine museum",
     "dek": "Masked gang in and out of the Musée Lhérault in minutes, prosecutor says",
     "author": "Owen Marsh", "published": "2027-03-14T17:00:00Z",
     "paras": [
         "SAINTE-AUBRINE, March 14 (Rivergate News Agency) - Masked thieves climbed scaffolding and broke into the Musée Lhérault in Sainte-Aubrine early on Sunday, stealing six paintings worth an estimated 60 million euros, a source close to the museum's insurer said.",
         "Prosecutor Anne-Sophie Derval told reporters the thieves had been inside for less than seven minutes and escaped on two scooters. \"They knew exactly what they wanted,\" she said.",
         "Among the stolen works is Jules Corvin's \"The Bay of Lormes\", the museum's best-known painting. The gang remains at large, and more than 80 investigators have been assigned to the case.",
         "The museum, which drew 410,000 visitors last year, was closed on Sunday and will remain shut while forensic teams examine the galleries.",
         "Dealers said the Corvin alone could fetch as much as 25 million euros at auction, although a stolen work of that fame is all but impossible to sell openly.",
     ],
     "related": RG_RELATED,
     "comment": "Scaffolding on a museum full of Corvins. What did they expect?",
     "summary": "Thieves take six paintings worth an estimated 60 million euros from the Musée Lhérault."},
    {"id": "nd-syndicated", "outlet": "nd", "round": 1, "feed": "atom", "copy_of": "rg-heist",
     "path": "/world/wire/thieves-take-six-paintings-sainte-aubrine-museum", "published": "2027-03-14T20:00:00Z",
     "nav1": "World", "nav3": "Weather",
     "summary": "From Rivergate News Agency: thieves take six paintings from a Sainte-Aubrine museum."},
    {"id": "ca-carnaval", "outlet": "ca", "round": 1, "feed": "atom", "off_story": True,
     "path": "/ville/2027/03/13/carnaval-record-frequentation",
     "title": "Sainte-Aubrine : le carnaval a attiré 120 000 visiteurs",
     "author": "Camille Rouvière", "published": "2027-03-13T08:00:00Z",
     "paras": [
         "Le carnaval de Sainte-Aubrine a attiré 120 000 visiteurs en trois jours, un record selon l'office de tourisme.",
         "Les commerçants du centre-ville évoquent une hausse de 18 % de leur chiffre d'affaires par rapport à l'an dernier. La prochaine édition aura lieu du 3 au 5 mars 2028.",
     ],
     "related": ["Municipales : la liste de Paul Guérande en tête selon un sondage"],
     "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Le carnaval de Sainte-Aubrine a attiré 120 000 visiteurs en trois jours."},
    {"id": "rg-watches", "outlet": "rg", "round": 1, "feed": "rss", "off_story": True,
     "path": "/world/2027/03/12/korvath-jewellery-raid-watches.html",
     "title": "Thieves take 3 million euros of watches in Korvath jewellery raid",
     "author": "Owen Marsh", "published": "2027-03-12T10:00:00Z",
     "paras": [
         "KORVATH, March 12 (Rivergate News Agency) - Armed thieves stole watches worth about 3 million euros from a jeweller's shop in the centre of Korvath on Friday morning, police said.",
         "Two suspects were arrested within hours at a roadblock on the ring road, and most of the watches were found in their car.",
     ],
     "related": ["Auction house Verlaine & Ryde posts record year"],
     "summary": "Armed thieves stole watches worth about 3 million euros in Korvath."},
    # round 2
    {"id": "ca-interpellations", "outlet": "ca", "round": 2, "feed": "atom",
     "path": "/faits-divers/2027/03/17/vol-musee-lherault-deux-hommes-interpelles",
     "title": "Vol au musée Lhérault : deux hommes interpellés, huit œuvres et non six",
     "dek": "Deux suspects placés en garde à vue ; l'inventaire fait apparaître deux dessins disparus",
     "author": "Camille Rouvière", "published": "2027-03-17T06:00:00Z",
     "paras": [
         "Deux hommes âgés de 24 et 31 ans ont été interpellés mardi matin à Bressigny, dans la banlieue de Sainte-Aubrine, dans le cadre de l'enquête sur le vol du musée Lhérault. Ils ont été placés en garde à vue.",
         "L'inventaire réalisé par les conservateurs a par ailleurs révélé que le butin est plus important qu'annoncé : huit œuvres ont disparu, six tableaux et deux dessins de Margit Aalstedt qui étaient exposés dans la même salle.",
         "Les deux suspects n'ont pas encore été mis en examen. Selon une source proche de l'enquête, les policiers recherchent au moins deux autres membres de l'équipe.",
         "La compagnie d'assurance Helvoria offre une récompense pouvant aller jusqu'à 500 000 euros pour toute information permettant de retrouver les œuvres.",
         "Le musée, fermé depuis dimanche, ne rouvrira pas avant la fin des relevés de la police scientifique.",
     ],
     "related": CA_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Deux hommes interpellés ; huit œuvres, et non six, ont été volées au musée Lhérault."},
    {"id": "rg-heist-updated", "outlet": "rg", "round": 2, "feed": "rss", "version_of": "rg-heist",
     "path": "/culture/2027/03/14/sainte-aubrine-museum-heist-six-paintings.html",
     "title": "Two men arrested over Sainte-Aubrine museum heist as haul rises to eight works",
     "dek": "Insurer now values the stolen paintings and drawings at 65 million euros",
     "author": "Owen Marsh", "published": "2027-03-14T17:00:00Z", "modified": "2027-03-17T15:00:00Z",
     "paras": [
         "SAINTE-AUBRINE, March 17 (Rivergate News Agency) - Police have arrested two men over Sunday's theft at the Musée Lhérault in Sainte-Aubrine, and the museum said on Wednesday that eight works had been taken, not six as first reported.",
         "The two men, aged 24 and 31, were detained on Tuesday in Bressigny, a suburb of the city, and are being questioned, prosecutor Anne-Sophie Derval said. They have not been charged.",
         "Besides six paintings, among them Jules Corvin's \"The Bay of Lormes\", the thieves took two drawings by Margit Aalstedt from the same gallery, the museum said after completing an inventory.",
         "The museum's insurer, Helvoria, now values the stolen works at 65 million euros. It has offered a reward of up to 500,000 euros for information leading to their recovery.",
         "The museum, which drew 410,000 visitors last year, remains closed.",
         "Dealers said the Corvin alone could fetch as much as 25 million euros at auction, although a stolen work of that fame is all but impossible to sell openly.",
     ],
     "related": RG_RELATED,
     "comment": "Scaffolding on a museum full of Corvins. What did they expect?",
     "summary": "Two men arrested over the Musée Lhérault theft; eight works were taken, not six."},
    {"id": "pd-analysis", "outlet": "pd", "round": 2, "feed": "direct",
     "path": "/2027/03/18/lherault-theft-why-stolen-art-is-hard-to-sell/",
     "title": "The Lhérault theft: why eight stolen works are so hard to sell",
     "author": "Margaret Ellery", "published": "2027-03-18T09:00:00Z",
     "paras": [
         "Four days after the theft at the Musée Lhérault, the picture is clearer: eight works gone, two men in custody, and an insurer's valuation of 65 million euros that tells us very little about what the works are worth to the thieves.",
         "Stolen masterpieces rarely sell. On the black market a famous painting fetches perhaps 5 to 10 per cent of its legitimate value, if it sells at all, and the international registries already list more than 50,000 stolen works of art.",
         "The last theft at the Lhérault, in 1987, ended well: the three Corvin canvases taken then turned up seven years later in a dealer's back room in Vérignac.",
         "Helvoria's reward of up to 500,000 euros is modest by the standards of such cases. Some insurers offer 10 per cent of the insured value, which here would be 6.5 million euros.",
         "Expect more arrests: prosecutors rarely stop at two suspects when the CCTV shows four.",
     ],
     "about": PD_ABOUT, "prev_post": "Restitution: the Aalstedt case, ten years on", "next_post": "Why museums under-insure",
     "related": ["Restitution: the Aalstedt case, ten years on", "Why museums under-insure"],
     "comment": "In 2004 we waited eleven years for ours to come back. Hang on, Sainte-Aubrine."},
    # round 3
    {"id": "ca-mises-en-examen", "outlet": "ca", "round": 3, "feed": "atom",
     "path": "/faits-divers/2027/03/24/musee-lherault-cinq-suspects-mis-en-examen",
     "title": "Musée Lhérault : cinq suspects mis en examen, trois œuvres retrouvées",
     "dek": "« La Baie de Lormes » a été retrouvée intacte dans un box à Bressigny",
     "author": "Camille Rouvière", "published": "2027-03-24T08:00:00Z",
     "paras": [
         "Les cinq personnes interpellées dans l'enquête sur le vol du musée Lhérault ont été mises en examen mardi soir pour vol en bande organisée et recel, et quatre d'entre elles ont été placées en détention provisoire, a annoncé la procureure de Sainte-Aubrine, Anne-Sophie Derval.",
         "Trois nouveaux suspects, dont une femme de 45 ans, avaient été arrêtés lundi à l'aube, ce qui porte à cinq le nombre de personnes interpellées depuis le début de l'enquête.",
         "Les enquêteurs ont retrouvé trois des huit œuvres volées, dont « La Baie de Lormes » de Jules Corvin, dans un box loué sous un faux nom à Bressigny. Les cinq autres, dont les deux dessins d'Aalstedt, restent introuvables.",
         "Les suspects encourent jusqu'à quinze ans de réclusion criminelle.",
         "Le musée rouvrira ses portes au public jeudi, mais la salle Corvin restera fermée jusqu'à l'été.",
     ],
     "related": CA_RELATED, "more_label": "À lire aussi", "subscribe": "S'abonner",
     "summary": "Cinq suspects mis en examen ; trois des huit œuvres volées au musée Lhérault retrouvées."},
    {"id": "rg-reopens", "outlet": "rg", "round": 3, "feed": "rss",
     "path": "/culture/2027/03/25/musee-lherault-reopens-five-charged.html",
     "title": "Sainte-Aubrine's Musée Lhérault reopens as five are charged over heist",
     "dek": "Corvin's \"The Bay of Lormes\" among three works recovered from a lock-up",
     "author": "Owen Marsh", "published": "2027-03-25T16:00:00Z",
     "paras": [
         "SAINTE-AUBRINE, March 25 (Rivergate News Agency) - The Musée Lhérault in Sainte-Aubrine reopened to the public on Thursday, eleven days after thieves stole eight works from its galleries, and visitors queued along the quay before the doors opened.",
         "Five people, including a 45-year-old woman, have been charged with organised theft and handling stolen goods, and four of them are being held in custody pending trial.",
         "At least three of the eight works, among them Jules Corvin's \"The Bay of Lormes\", have been recovered from a rented lock-up in Bressigny. The other five are still missing.",
         "The stolen works, first valued at 40 million euros by the museum's director, are insured for 65 million euros by Helvoria.",
         "The Corvin gallery will stay closed until the summer while its windows are replaced.",
     ],
     "related": RG_RELATED,
     "comment": "Went this morning. Queue round the block, 2 hours wait.",
     "summary": "The Musée Lhérault reopens; five people have been charged over the theft."},
    {"id": "nd-stale", "outlet": "nd", "round": 3, "feed": "atom",
     "path": "/features/sainte-aubrine-a-city-holds-its-breath",
     "title": "After the Lhérault heist, a city holds its breath",
     "author": "Gemma Pryce", "published": "2027-03-26T18:00:00Z",
     "paras": [
         "A week and a half after six paintings vanished from the Musée Lhérault, Sainte-Aubrine talks about little else. Two men have been arrested, but the museum remains closed and the city's most famous picture is still somewhere out there.",
         "At the Café du Quai, opposite the museum's main door, owner Mireille Vasseur says trade has fallen by a third since the theft. \"The tourists come, see the doors shut and leave,\" she said.",
         "Older residents remember the 1987 theft, when three Corvin canvases disappeared for seven years.",
     ],
     "nav1": "World", "nav3": "Weather",
     "related": ["Northshore Daily crossword: the winners", "Ferry fares to rise 4% from April"],
     "summary": "After the Lhérault heist, a city holds its breath."},
]
