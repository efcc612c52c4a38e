"""Status lifecycles beyond a deal (issue 24, item 3): legislation, court cases, labor disputes,
emergencies and insolvencies (held-out set 4), a place's closure and an official warning (held-out
sets 8 and 9), in English, Italian, German, French and Spanish; the lifecycle chosen from the
sentence; no negated, hedged or future statement ever read as a status; work linear in the
sentence's length."""
import time

import pytest

from storywatch.facts.statuses import (
    LIFECYCLES,
    STATUSES,
    extract_statuses,
    status_rank,
)


def plain(text: str, lang: str | None = None, **kw) -> list[tuple[str, str]]:
    """The statuses a sentence reports (neither negated nor hedged), with their lifecycles."""
    return [(m.status, m.lifecycle) for m in extract_statuses(text, lang, **kw) if not (m.negated or m.hedged)]


# ------------------------------------------------------------------ the vocabulary
def test_lifecycles_and_their_order():
    assert list(LIFECYCLES) == ["deal", "legislation", "competition review", "court case", "labor dispute", "search", "emergency",
                                "evacuation", "insolvency", "approval", "restriction", "vessel", "works", "closure", "warning",
                                "activity", "schedule", "debt", "suspension"]
    assert LIFECYCLES["deal"] == ("exploring", "negotiating", "agreed", "signed", "stalled", "cancelled", "denied")
    assert STATUSES[:7] == LIFECYCLES["deal"]          # deal's first: the charts keep their order
    assert STATUSES == tuple(s for steps in LIFECYCLES.values() for s in steps)
    assert len(set(STATUSES)) == len(STATUSES)         # a status word names one lifecycle


def test_rank_within_a_lifecycle():
    assert status_rank("signed") > status_rank("agreed") > status_rank("negotiating")
    assert status_rank("denied") > status_rank("cancelled") > status_rank("signed")     # a break wins
    assert status_rank("vetoed") > status_rank("signed into law") > status_rank("passed") > \
        status_rank("passed one chamber") > status_rank("introduced")
    assert status_rank("struck down") > status_rank("signed into law")
    assert status_rank("sentenced") > status_rank("convicted") > status_rank("on trial") > status_rank("charged") > \
        status_rank("arrested") > status_rank("investigation opened")
    assert status_rank("evacuation lifted") > status_rank("evacuation ordered")
    assert status_rank("appealed") > status_rank("sentenced")
    assert status_rank("called off") > status_rank("ratified") > status_rank("deal reached") > \
        status_rank("on strike") > status_rank("strike called") > status_rank("ballot")
    assert status_rank("recovery") > status_rank("search and rescue")
    assert status_rank("emergency lifted") > status_rank("emergency extended") > status_rank("emergency declared")
    assert status_rank("liquidation") > status_rank("rescued") > status_rank("administration") > status_rank("insolvency filed")
    assert status_rank("rejected") > status_rank("approved") > status_rank("recommended") > \
        status_rank("under review") > status_rank("application filed")
    assert status_rank("lifted") > status_rank("eased") > status_rank("extended") > status_rank("imposed")
    assert status_rank("reopened") > status_rank("partly reopened") > status_rank("closed") > status_rank("open")
    assert status_rank("ended") > status_rank("lowered") > status_rank("raised") > status_rank("issued")
    assert status_rank("no such status") == -1


# ------------------------------------------------------------------ each step, each language
STEPS = [
    # legislation
    ("en", "Two senators introduced a bill to ban the practice.", "introduced"),
    ("en", "The House passed the bill, sending it to the Senate.", "passed one chamber"),
    ("en", "Parliament approved the bill.", "passed"),
    ("en", "The president signed the bill into law.", "signed into law"),
    ("en", "The governor vetoed the measure.", "vetoed"),
    ("en", "A federal judge struck down the law.", "struck down"),
    ("it", "Il governo ha presentato il disegno di legge.", "introduced"),
    ("it", "La Camera ha approvato il disegno di legge.", "passed one chamber"),
    ("it", "Il Parlamento ha approvato la legge.", "passed"),
    ("it", "Il presidente della Repubblica ha promulgato la legge.", "signed into law"),
    ("it", "La Corte costituzionale ha bocciato la legge.", "struck down"),
    ("it", "Il presidente ha posto il veto sulla legge.", "vetoed"),
    ("de", "Die Regierung hat den Gesetzentwurf eingebracht.", "introduced"),
    ("de", "Der Bundestag hat das Gesetz beschlossen.", "passed one chamber"),
    ("de", "Das Parlament verabschiedete das Gesetz.", "passed"),
    ("de", "Der Bundespräsident hat das Gesetz unterzeichnet.", "signed into law"),
    ("de", "Der Präsident legte sein Veto gegen das Gesetz ein.", "vetoed"),
    ("de", "Karlsruhe erklärte das Gesetz für verfassungswidrig.", "struck down"),
    ("fr", "Le député a déposé une proposition de loi.", "introduced"),
    ("fr", "L'Assemblée nationale a adopté le projet de loi.", "passed one chamber"),
    ("fr", "Le Parlement a définitivement adopté la loi.", "passed"),
    ("fr", "La loi a été promulguée.", "signed into law"),
    ("fr", "Le Conseil constitutionnel a censuré la loi.", "struck down"),
    ("fr", "Le président a opposé son veto à la loi.", "vetoed"),
    ("es", "El Gobierno presentó el proyecto de ley.", "introduced"),
    ("es", "El Congreso aprobó la ley y la envió al Senado.", "passed one chamber"),
    ("es", "Las Cortes aprobaron definitivamente la ley.", "passed"),
    ("es", "El rey sancionó la ley.", "signed into law"),
    ("es", "El presidente vetó la ley.", "vetoed"),
    ("es", "El Tribunal Constitucional anuló la ley.", "struck down"),
    # court case
    ("en", "Prosecutors charged him with fraud.", "charged"),
    ("en", "The former executive went on trial on Monday.", "on trial"),
    ("en", "The jury found her guilty of fraud.", "convicted"),
    ("en", "The court acquitted him.", "acquitted"),
    ("en", "The judge sentenced him to 12 years in prison.", "sentenced"),
    ("en", "The defence filed an appeal against the ruling.", "appealed"),
    ("it", "L'ex sindaco è stato rinviato a giudizio.", "charged"),
    ("it", "È iniziato il processo contro l'ex manager.", "on trial"),
    ("it", "È stato riconosciuto colpevole di truffa.", "convicted"),
    ("it", "L'imputato è stato assolto.", "acquitted"),
    ("it", "Il tribunale lo ha condannato a otto anni.", "sentenced"),
    ("it", "La difesa ha presentato ricorso in appello.", "appealed"),
    ("de", "Die Staatsanwaltschaft hat Anklage erhoben.", "charged"),
    ("de", "Der Prozess gegen den Manager hat begonnen.", "on trial"),
    ("de", "Das Gericht sprach ihn schuldig.", "convicted"),
    ("de", "Der Angeklagte wurde freigesprochen.", "acquitted"),
    ("de", "Er wurde zu fünf Jahren Haft verurteilt.", "sentenced"),
    ("de", "Die Verteidigung hat Berufung eingelegt.", "appealed"),
    ("fr", "L'ancien ministre a été mis en examen.", "charged"),
    ("fr", "Le procès s'est ouvert lundi.", "on trial"),
    ("fr", "Il a été reconnu coupable.", "convicted"),
    ("fr", "L'accusée a été acquittée.", "acquitted"),
    ("fr", "La cour l'a condamné à cinq ans de prison.", "sentenced"),
    ("fr", "Ses avocats ont fait appel.", "appealed"),
    ("es", "La Fiscalía acusó al exministro de malversación.", "charged"),
    ("es", "El juicio contra el exdirectivo comenzó el martes.", "on trial"),
    ("es", "El jurado lo declaró culpable.", "convicted"),
    ("es", "La acusada fue absuelta.", "acquitted"),
    ("es", "El tribunal lo condenó a diez años de prisión.", "sentenced"),
    ("es", "La defensa recurrió la sentencia.", "appealed"),
    # labor dispute
    ("en", "The union is balloting its members on a strike.", "ballot"),
    ("en", "The union announced a 48-hour strike.", "strike called"),
    ("en", "Dock workers are on strike.", "on strike"),
    ("en", "The union reached a deal with the company.", "deal reached"),
    ("en", "Union members ratified the contract.", "ratified"),
    ("en", "The union called off the strike.", "called off"),
    ("it", "Le Rsu hanno indetto un referendum sullo sciopero.", "ballot"),
    ("it", "I sindacati hanno proclamato uno sciopero generale.", "strike called"),
    ("it", "I lavoratori sono in sciopero.", "on strike"),
    ("it", "Sindacati e azienda hanno raggiunto un'intesa.", "deal reached"),
    ("it", "I lavoratori hanno ratificato l'accordo.", "ratified"),
    ("it", "Il sindacato ha revocato lo sciopero.", "called off"),
    ("de", "Die Gewerkschaft hat zur Urabstimmung aufgerufen.", "ballot"),
    ("de", "Verdi hat zu einem Warnstreik aufgerufen.", "strike called"),
    ("de", "Die Lokführer streiken seit Mittwoch.", "on strike"),
    ("de", "Gewerkschaft und Arbeitgeber haben sich geeinigt.", "deal reached"),
    ("de", "Die Gewerkschaftsmitglieder haben dem Tarifvertrag zugestimmt.", "ratified"),
    ("de", "Die Gewerkschaft hat den Streik abgesagt.", "called off"),
    ("fr", "Une consultation des salariés sur la grève a eu lieu.", "ballot"),
    ("fr", "Les syndicats ont appelé à la grève.", "strike called"),
    ("fr", "Les contrôleurs aériens sont en grève.", "on strike"),
    ("fr", "Direction et syndicats sont parvenus à un accord.", "deal reached"),
    ("fr", "Les salariés ont ratifié l'accord.", "ratified"),
    ("fr", "Le syndicat a levé le préavis de grève.", "called off"),
    ("es", "El sindicato llamó a sus afiliados a votar sobre la huelga.", "ballot"),
    ("es", "Los sindicatos han convocado una huelga general.", "strike called"),
    ("es", "Los médicos están en huelga.", "on strike"),
    ("es", "Sindicatos y patronal alcanzaron un acuerdo.", "deal reached"),
    ("es", "La plantilla ratificó el preacuerdo.", "ratified"),
    ("es", "Los sindicatos desconvocaron la huelga.", "called off"),
    # emergency
    ("en", "Rescuers are searching for survivors.", "search and rescue"),
    ("en", "The operation shifted from rescue to recovery.", "recovery"),
    ("en", "The governor declared a state of emergency.", "emergency declared"),
    ("en", "The state of emergency was extended.", "emergency extended"),
    ("en", "Officials lifted the state of emergency.", "emergency lifted"),
    ("it", "Proseguono le ricerche dei dispersi.", "search and rescue"),
    ("it", "È iniziato il recupero delle salme.", "recovery"),
    ("it", "La Regione ha dichiarato lo stato di emergenza.", "emergency declared"),
    ("it", "Il governo ha prorogato lo stato di emergenza.", "emergency extended"),
    ("it", "Lo stato di emergenza è stato revocato.", "emergency lifted"),
    ("de", "Die Suche nach Vermissten geht weiter.", "search and rescue"),
    ("de", "Nun beginnt die Bergung der Toten.", "recovery"),
    ("de", "Der Landkreis hat den Katastrophenfall ausgerufen.", "emergency declared"),
    ("de", "Der Notstand wurde verlängert.", "emergency extended"),
    ("de", "Der Katastrophenfall wurde aufgehoben.", "emergency lifted"),
    ("fr", "Les secouristes cherchent des survivants.", "search and rescue"),
    ("fr", "La récupération des corps a commencé.", "recovery"),
    ("fr", "Le gouvernement a décrété l'état d'urgence.", "emergency declared"),
    ("fr", "L'état d'urgence a été prolongé.", "emergency extended"),
    ("fr", "L'état d'urgence a été levé.", "emergency lifted"),
    ("es", "Los rescatistas siguen buscando supervivientes.", "search and rescue"),
    ("es", "Comenzó la recuperación de los cuerpos.", "recovery"),
    ("es", "El Gobierno declaró el estado de alarma.", "emergency declared"),
    ("es", "El Congreso prorrogó el estado de alarma.", "emergency extended"),
    ("es", "Se levantó el estado de emergencia.", "emergency lifted"),
    # emergency: a present tense, a word between the verb and its object, a possessive (held-out set 4)
    ("en", "The province lifts its state of emergency.", "emergency lifted"),
    ("en", "The mayor lifted on Monday the state of emergency.", "emergency lifted"),
    ("en", "The region declares a state of emergency.", "emergency declared"),
    ("en", "The council extended its state of emergency.", "emergency extended"),
    ("it", "La Regione revoca lo stato di emergenza.", "emergency lifted"),
    ("it", "Il prefetto ha revocato ieri lo stato di emergenza.", "emergency lifted"),
    ("de", "Die Stadt hebt den Katastrophenfall wieder auf.", "emergency lifted"),
    ("de", "Der Notstand ist seit Montag beendet.", "emergency lifted"),
    ("fr", "La préfecture lève l'état d'urgence.", "emergency lifted"),
    ("fr", "Le préfet a levé lundi l'état d'urgence.", "emergency lifted"),
    ("fr", "Le gouvernement décrète l'état d'urgence.", "emergency declared"),
    ("es", "La Junta levanta el estado de emergencia.", "emergency lifted"),
    ("es", "El Gobierno levantó ayer el estado de alarma.", "emergency lifted"),
    # insolvency (held-out set 4)
    ("en", "The retailer filed for bankruptcy protection on Monday.", "insolvency filed"),
    ("en", "The chain went into administration.", "administration"),
    ("en", "The brewer emerged from administration after a buyer was found.", "rescued"),
    ("en", "A judge ordered the chain into liquidation.", "liquidation"),
    ("it", "Il gruppo ha presentato istanza di fallimento.", "insolvency filed"),
    ("it", "L'azienda è in amministrazione straordinaria.", "administration"),
    ("it", "Il gruppo è stato salvato dal fallimento.", "rescued"),
    ("it", "Il tribunale ha disposto la liquidazione giudiziale della società.", "liquidation"),
    ("de", "Die Modekette hat Insolvenz beantragt.", "insolvency filed"),
    ("de", "Das Unternehmen setzt auf ein Schutzschirmverfahren.", "administration"),
    ("de", "Die Brauerei wurde aus der Insolvenz gerettet.", "rescued"),
    ("de", "Das Gericht hat die Liquidation der Firma angeordnet.", "liquidation"),
    ("fr", "L'enseigne a déposé le bilan.", "insolvency filed"),
    ("fr", "La société a été placée en redressement judiciaire.", "administration"),
    ("fr", "Le tribunal a validé le plan de reprise de l'enseigne.", "rescued"),
    ("fr", "Le tribunal a prononcé la liquidation judiciaire de l'enseigne.", "liquidation"),
    ("es", "La cadena ha solicitado el concurso de acreedores.", "insolvency filed"),
    ("es", "El juez nombró a un administrador concursal para la empresa.", "administration"),
    ("es", "La empresa ha salido del concurso tras pagar a sus acreedores.", "rescued"),
    ("es", "El juzgado ha decretado la liquidación de la empresa.", "liquidation"),
    # before a charge: an investigation, arrests (held-out set 5)
    ("en", "Prosecutors have opened an investigation into the collapse of the bridge.", "investigation opened"),
    ("en", "Police arrested three suspects on Thursday.", "arrested"),
    ("it", "La procura di Ravena ha aperto un'indagine sul crollo.", "investigation opened"),
    ("it", "I carabinieri hanno arrestato tre giovani.", "arrested"),
    ("de", "Die Staatsanwaltschaft hat Ermittlungen gegen den Betreiber eingeleitet.", "investigation opened"),
    ("de", "Die Polizei hat zwei Verdächtige festgenommen.", "arrested"),
    ("fr", "Le parquet a ouvert une enquête sur l'effondrement.", "investigation opened"),
    ("fr", "Trois suspects ont été interpellés mardi.", "arrested"),
    ("es", "La Fiscalía abrió una investigación por el derrumbe.", "investigation opened"),
    ("es", "La Guardia Civil detuvo a tres sospechosos.", "arrested"),
    # an evacuation order (held-out set 5)
    ("en", "The mayor ordered the evacuation of the riverside district.", "evacuation ordered"),
    ("en", "Officials lifted the evacuation order on Sunday.", "evacuation lifted"),
    ("it", "Il sindaco ha ordinato l'evacuazione del quartiere.", "evacuation ordered"),
    ("it", "La prefettura ha revocato l'ordine di evacuazione.", "evacuation lifted"),
    ("de", "Der Landrat hat die Evakuierung des Ortsteils angeordnet.", "evacuation ordered"),
    ("de", "Die Evakuierung wurde am Sonntag aufgehoben.", "evacuation lifted"),
    ("fr", "Le maire a ordonné l'évacuation du quartier.", "evacuation ordered"),
    ("fr", "La préfecture a levé dimanche l'ordre d'évacuation.", "evacuation lifted"),
    ("es", "El alcalde ordenó el desalojo del barrio.", "evacuation ordered"),
    ("es", "Las autoridades levantaron la orden de evacuación.", "evacuation lifted"),
    # a regulator's approval of a medicine (held-out set 6)
    ("en", "The biotech filed an application for approval of its migraine pill in March.", "application filed"),
    ("en", "The vaccine is under review by the national regulator.", "under review"),
    ("en", "An advisory panel recommended approval of the asthma drug.", "recommended"),
    ("en", "The regulator approved the gene therapy on Monday.", "approved"),
    ("en", "The regulator rejected the weight-loss drug last week.", "rejected"),
    ("it", "L'azienda ha presentato la domanda di autorizzazione del farmaco all'AIFA.", "application filed"),
    ("it", "L'agenzia sta valutando il nuovo vaccino.", "under review"),
    ("it", "Il comitato ha espresso parere favorevole sul farmaco.", "recommended"),
    ("it", "L'AIFA ha autorizzato il farmaco contro l'emicrania.", "approved"),
    ("it", "L'agenzia ha respinto il farmaco per l'asma.", "rejected"),
    ("de", "Der Hersteller hat für das Präparat die Zulassung beantragt.", "application filed"),
    ("de", "Die Behörde prüft den Impfstoff seit dem Frühjahr.", "under review"),
    ("de", "Die Fachleute empfehlen die Zulassung des Medikaments gegen Migräne.", "recommended"),
    ("de", "Das Medikament gegen Migräne ist seit Montag zugelassen.", "approved"),
    ("de", "Die Behörde hat dem Impfstoff die Zulassung verweigert.", "rejected"),
    ("fr", "Le laboratoire a déposé une demande d'autorisation pour son vaccin.", "application filed"),
    ("fr", "Le vaccin est en cours d'examen à l'agence.", "under review"),
    ("fr", "Les experts ont rendu un avis favorable sur le médicament.", "recommended"),
    ("fr", "Le médicament contre la migraine a été autorisé lundi.", "approved"),
    ("fr", "L'agence a rejeté le médicament contre l'asthme.", "rejected"),
    ("es", "La empresa presentó la solicitud de autorización del fármaco.", "application filed"),
    ("es", "La agencia está evaluando la vacuna desde enero.", "under review"),
    ("es", "El comité recomendó la aprobación del medicamento contra la migraña.", "recommended"),
    ("es", "La agencia aprobó el medicamento contra la migraña.", "approved"),
    ("es", "La agencia rechazó el fármaco contra el asma.", "rejected"),
    # a curfew or lockdown (held-out set 6)
    ("en", "The governor imposed a curfew on the port district.", "imposed"),
    ("en", "The mayor extended the curfew by a week.", "extended"),
    ("en", "Authorities eased the lockdown on Monday.", "eased"),
    ("en", "The lockdown was lifted at midnight.", "lifted"),
    ("it", "Il prefetto ha imposto il coprifuoco in tutta la provincia.", "imposed"),
    ("it", "Il sindaco ha prorogato il coprifuoco fino a domenica.", "extended"),
    ("it", "Il governo ha allentato il lockdown nelle regioni del nord.", "eased"),
    ("it", "Il coprifuoco è stato revocato ieri sera.", "lifted"),
    ("de", "Der Bürgermeister verhängte eine nächtliche Ausgangssperre.", "imposed"),
    ("de", "Die Ausgangssperre wurde um eine Woche verlängert.", "extended"),
    ("de", "Die Regierung lockerte den Lockdown am Montag.", "eased"),
    ("de", "Die Ausgangssperre ist seit Sonntag aufgehoben.", "lifted"),
    ("fr", "Le préfet a instauré un couvre-feu dans la ville.", "imposed"),
    ("fr", "Le maire a prolongé le couvre-feu jusqu'à dimanche.", "extended"),
    ("fr", "Le gouvernement a assoupli le confinement.", "eased"),
    ("fr", "Le préfet a levé le couvre-feu samedi.", "lifted"),
    ("es", "El gobierno decretó el toque de queda en la capital.", "imposed"),
    ("es", "El alcalde prorrogó el toque de queda una semana.", "extended"),
    ("es", "El gobierno relajó el confinamiento en verano.", "eased"),
    ("es", "Las autoridades levantaron el toque de queda el domingo.", "lifted"),
    # a competition authority's review of a merger (held-out set 7)
    ("en", "The competition watchdog opened a phase 1 review of the supermarket merger.", "review opened"),
    ("en", "The competition authority launched an in-depth investigation into the airline merger.", "in-depth investigation"),
    ("en", "The antitrust regulator cleared the chipmaker's takeover on Friday.", "cleared"),
    ("en", "The competition authority approved the takeover subject to conditions.", "cleared with conditions"),
    ("en", "The competition authority blocked the merger of the two cement makers.", "blocked"),
    ("it", "L'Antitrust ha avviato un'istruttoria preliminare sulla fusione tra le due compagnie.", "review opened"),
    ("it", "L'Autorità garante della concorrenza ha aperto un'istruttoria approfondita sull'acquisizione.", "in-depth investigation"),
    ("it", "L'Antitrust ha autorizzato l'acquisizione della catena di negozi.", "cleared"),
    ("it", "L'Antitrust ha autorizzato la fusione a condizione che vengano cedute trenta filiali.", "cleared with conditions"),
    ("it", "L'Antitrust ha bloccato la fusione tra i due operatori.", "blocked"),
    ("de", "Das Kartellamt hat eine Vorprüfung des Zusammenschlusses eingeleitet.", "review opened"),
    ("de", "Das Bundeskartellamt leitet ein Hauptprüfverfahren zur Übernahme ein.", "in-depth investigation"),
    ("de", "Das Kartellamt hat die Übernahme der Molkerei genehmigt.", "cleared"),
    ("de", "Die Wettbewerbsbehörde hat die Fusion unter Auflagen freigegeben.", "cleared with conditions"),
    ("de", "Das Kartellamt hat die Fusion der beiden Zementhersteller untersagt.", "blocked"),
    ("fr", "L'Autorité de la concurrence a lancé un examen préliminaire du rachat.", "review opened"),
    ("fr", "L'Autorité de la concurrence a ouvert une enquête approfondie sur la fusion.", "in-depth investigation"),
    ("fr", "L'Autorité de la concurrence a autorisé le rachat de la chaîne.", "cleared"),
    ("fr", "L'Autorité de la concurrence a autorisé la fusion sous conditions.", "cleared with conditions"),
    ("fr", "L'Autorité de la concurrence a interdit la fusion des deux opérateurs.", "blocked"),
    ("es", "La CNMC ha iniciado un análisis preliminar de la compra.", "review opened"),
    ("es", "La CNMC ha abierto una investigación en profundidad sobre la fusión.", "in-depth investigation"),
    ("es", "La CNMC autorizó la compra de la cadena de supermercados.", "cleared"),
    ("es", "La CNMC autorizó la fusión con condiciones.", "cleared with conditions"),
    ("es", "La CNMC prohibió la fusión de las dos eléctricas.", "blocked"),
    # a ship in trouble (held-out set 7)
    ("en", "The container ship ran aground near the harbour entrance.", "aground"),
    ("en", "Tugs refloated the ferry at high tide.", "refloated"),
    ("en", "The damaged tanker was towed to the port of Brest.", "towed"),
    ("en", "The fishing boat sank after hitting a reef.", "sunk"),
    ("it", "Il traghetto si è incagliato davanti al porto.", "aground"),
    ("it", "La petroliera è stata disincagliata all'alba.", "refloated"),
    ("it", "La nave è stata rimorchiata fino al porto di Genova.", "towed"),
    ("it", "La nave è affondata al largo dell'isola.", "sunk"),
    ("de", "Der Frachter ist vor der Insel auf Grund gelaufen.", "aground"),
    ("de", "Die Fähre ist wieder flott.", "refloated"),
    ("de", "Das Schiff wurde in den Hafen abgeschleppt.", "towed"),
    ("de", "Der Tanker ist vor der Küste gesunken.", "sunk"),
    ("fr", "Le cargo s'est retrouvé drossé sur les rochers.", "aground"),
    ("fr", "Le pétrolier a été renfloué dans la nuit.", "refloated"),
    ("fr", "Le navire a été remorqué jusqu'au port.", "towed"),
    ("fr", "Le navire a coulé au large.", "sunk"),
    ("es", "El carguero encalló frente a la costa.", "aground"),
    ("es", "El buque fue reflotado el martes.", "refloated"),
    ("es", "El petrolero fue remolcado hasta el puerto.", "towed"),
    ("es", "El barco se hundió cerca del puerto.", "sunk"),
    # a quarantine is a restriction like a curfew (held-out set 8)
    ("en", "Health officials ordered a two-week quarantine for the village.", "imposed"),
    ("it", "È stata disposta la quarantena per l'intera classe.", "imposed"),
    ("de", "Das Gesundheitsamt hat für die Schule eine Quarantäne angeordnet.", "imposed"),
    ("fr", "Les élèves ont été placés en quarantaine.", "imposed"),
    ("es", "Las autoridades decretaron la cuarentena en el barrio.", "imposed"),
    ("de", "Die Quarantäne wurde am Freitag aufgehoben.", "lifted"),
    ("en", "The school quarantine was lifted on Friday.", "lifted"),
    # a place or route closed and opened again (held-out sets 8 and 9)
    ("en", "Police closed the Harwick bridge after a lorry struck its railings.", "closed"),
    ("en", "The motorway was partly reopened on Sunday, with one lane in each direction.", "partly reopened"),
    ("en", "The tunnel reopened to traffic on Tuesday evening.", "reopened"),
    ("en", "Ferry services to the island were suspended because of the swell.", "closed"),
    ("en", "Train services between the two cities resumed on Saturday.", "reopened"),
    ("it", "La strada provinciale è chiusa per una frana.", "closed"),
    ("it", "La linea ferroviaria è stata riaperta parzialmente dopo i lavori.", "partly reopened"),
    ("it", "Il museo ha riaperto al pubblico dopo tre settimane.", "reopened"),
    ("it", "La circolazione dei treni sulla tratta è sospesa da ieri.", "closed"),
    ("de", "Die Bundesstraße ist nach einem Erdrutsch gesperrt.", "closed"),
    ("de", "Die Autobahn ist seit Montag teilweise wieder freigegeben.", "partly reopened"),
    ("de", "Der Flughafen ist seit Mittwoch wieder geöffnet.", "reopened"),
    ("de", "Der Zugverkehr auf der Strecke wurde am Morgen wieder aufgenommen.", "reopened"),
    ("fr", "L'autoroute A7 est fermée entre Valence et Montélimar.", "closed"),
    ("fr", "La ligne a été partiellement rouverte mardi.", "partly reopened"),
    ("fr", "Le pont a rouvert à la circulation jeudi.", "reopened"),
    ("es", "La carretera sigue cortada por la nieve.", "closed"),
    ("es", "El aeropuerto ha sido reabierto parcialmente tras la tormenta.", "partly reopened"),
    ("es", "El museo reabrió sus puertas el lunes.", "reopened"),
    ("es", "La circulación en la autovía se ha restablecido esta mañana.", "reopened"),
    # a strike threatened, and a strike ended whatever ended it (held-out set 12)
    ("en", "The unions threatened to strike over the closure.", "threatened"),
    ("it", "I sindacati hanno proclamato lo stato di agitazione.", "threatened"),
    ("de", "Die Gewerkschaft droht mit einem unbefristeten Streik.", "threatened"),
    ("fr", "Les syndicats menacent de faire grève dès lundi.", "threatened"),
    ("es", "Los sindicatos amenazan con una huelga indefinida.", "threatened"),
    ("en", "The buyer's offer ended the strike after three weeks.", "called off"),
    ("it", "Con l'accordo è finito lo sciopero alla fabbrica.", "called off"),
    ("fr", "Le syndicat a annoncé la fin de la grève.", "called off"),
    ("es", "El acuerdo puso fin a la huelga en la planta.", "called off"),
    # still open before any closure (held-out set 10: "the airport remained open")
    ("en", "The airport remained open on Tuesday despite the ash.", "open"),
    ("it", "L'aeroporto resta aperto, ma alcuni voli sono in ritardo.", "open"),
    ("de", "Der Flughafen bleibt vorerst geöffnet.", "open"),
    ("fr", "L'aéroport reste ouvert malgré les cendres.", "open"),
    ("es", "El aeropuerto de la isla opera con normalidad.", "open"),
    # something under way declared over, whatever it is (held-out set 10: an eruption)
    ("en", "The volcano remains active, scientists said on Monday.", "active"),
    ("en", "The eruption was declared over on Friday by the scientific committee.", "declared over"),
    ("it", "Il vulcano resta attivo e la colata avanza verso il mare.", "active"),
    ("it", "L'epidemia è stata dichiarata conclusa dalle autorità sanitarie.", "declared over"),
    ("de", "Der Vulkan bleibt weiterhin aktiv, warnen die Forscher.", "active"),
    ("de", "Der Ausbruch wurde am Freitag für beendet erklärt.", "declared over"),
    ("fr", "Le volcan reste très actif selon l'observatoire.", "active"),
    ("fr", "L'épidémie est désormais terminée, selon le ministère.", "declared over"),
    ("es", "El volcán sigue activo, según los científicos.", "active"),
    ("es", "El comité científico da por finalizada la erupción.", "declared over"),
    # an announced event's timing, whatever the event (held-out set 10: a stock-market listing)
    ("en", "The company plans a stock market listing in June.", "planned"),
    ("en", "The company has postponed its stock market listing, citing market turmoil.", "postponed"),
    ("en", "A week later the company revived its listing with a smaller offer.", "relaunched"),
    ("en", "The referendum took place on Sunday without incident.", "took place"),
    ("en", "The shares made their market debut in Frankfurt on Thursday.", "listed"),
    ("en", "The launch was scrapped after the storm damaged the pad.", "abandoned"),
    ("it", "Il gruppo prevede la quotazione in Borsa entro l'estate.", "planned"),
    ("it", "Il vertice è stato rinviato a settembre.", "postponed"),
    ("it", "La società ha rilanciato la quotazione con un'offerta più piccola.", "relaunched"),
    ("it", "Il vertice si è svolto a Roma in un clima teso.", "took place"),
    ("it", "Le azioni hanno debuttato in Borsa giovedì.", "listed"),
    ("it", "Il referendum è stato annullato dalla corte.", "abandoned"),
    ("de", "Der Konzern plant den Börsengang für Juni.", "planned"),
    ("de", "Der Konzern verschiebt den Börsengang wegen der Marktturbulenzen.", "postponed"),
    ("de", "Eine Woche später nimmt der Konzern einen neuen Anlauf für den Börsengang.", "relaunched"),
    ("de", "Die Abstimmung fand am Sonntag statt.", "took place"),
    ("de", "Die Aktie wird seit Donnerstag an der Börse notiert.", "listed"),
    ("de", "Der Gipfel wurde kurzfristig abgesagt.", "abandoned"),
    ("fr", "Le groupe prévoit son introduction en Bourse pour juin.", "planned"),
    ("fr", "Le sommet a été reporté à septembre.", "postponed"),
    ("fr", "Le groupe relance son introduction en Bourse.", "relaunched"),
    ("fr", "Le vote a eu lieu dimanche dans le calme.", "took place"),
    ("fr", "Le groupe a fait ses débuts en Bourse jeudi.", "listed"),
    ("fr", "Le lancement a été annulé à cause de la météo.", "abandoned"),
    ("es", "La empresa planea su salida a bolsa para junio.", "planned"),
    ("es", "La salida a bolsa se aplazó hasta el otoño.", "postponed"),
    ("es", "La empresa relanza su salida a bolsa con una oferta menor.", "relaunched"),
    ("es", "La cumbre se celebró en Madrid el lunes.", "took place"),
    ("es", "La empresa debutó en bolsa el jueves.", "listed"),
    ("es", "La votación fue cancelada por el tribunal.", "abandoned"),
    # an official warning of a danger (held-out set 9)
    ("en", "Forecasters issued an amber wind warning for the coast.", "issued"),
    ("en", "The weather service upgraded the storm warning to red on Friday.", "raised"),
    ("en", "The flood alert was downgraded overnight.", "lowered"),
    ("en", "The boil-water notice was lifted after tests came back clean.", "ended"),
    ("en", "A yellow snow warning remains in force for the hills.", "issued"),
    ("it", "La protezione civile ha diramato l'allerta arancione per temporali.", "issued"),
    ("it", "Per i temporali l'allerta è stata innalzata a rossa.", "raised"),
    ("it", "L'allerta meteo è stata abbassata a gialla.", "lowered"),
    ("it", "È cessata l'allerta per la neve.", "ended"),
    ("de", "Der Wetterdienst hat eine Unwetterwarnung für den Landkreis herausgegeben.", "issued"),
    ("de", "Die Behörden haben die Warnstufe wegen des Hochwassers erhöht.", "raised"),
    ("de", "Der Wetterdienst stufte die Sturmwarnung am Abend herab.", "lowered"),
    ("de", "Die Hitzewarnung wurde am Sonntag aufgehoben.", "ended"),
    ("de", "Im ganzen Landkreis gilt die Warnstufe Orange.", "issued"),
    ("fr", "Trois départements ont été placés en vigilance orange pour les orages.", "issued"),
    ("fr", "Le Gard est passé en vigilance rouge crues.", "raised"),
    ("fr", "La vigilance a été abaissée au niveau jaune après la tempête.", "lowered"),
    ("fr", "La préfecture a levé l'alerte canicule.", "ended"),
    ("es", "La AEMET activó la alerta roja por lluvias en Valencia.", "issued"),
    ("es", "Protección Civil elevó la alerta a nivel rojo por las inundaciones.", "raised"),
    ("es", "La alerta por viento fue rebajada a amarilla.", "lowered"),
    ("es", "El Gobierno regional desactivó la alerta por incendios.", "ended"),
    # works on a site or a plant's production: under way → suspended → resumed → completed
    ("en", "Construction of the dam is under way again on the south bank.", "under way"),
    ("en", "Work on the bridge was halted after cracks appeared in a pier.", "suspended"),
    ("en", "Production resumed at the smelter on Tuesday.", "resumed"),
    ("en", "Construction of the viaduct was completed in March.", "completed"),
    ("it", "I lavori della diga proseguono anche di notte.", "under way"),
    ("it", "Il consorzio ha sospeso i lavori del viadotto.", "suspended"),
    ("it", "La produzione è ripresa nello stabilimento di Ostiglia.", "resumed"),
    ("it", "I lavori del ponte sono stati ultimati a marzo.", "completed"),
    ("de", "Die Bauarbeiten an der Brücke laufen planmäßig.", "under way"),
    ("de", "Die Produktion im Werk wurde nach dem Brand eingestellt.", "suspended"),
    ("de", "Die Bauarbeiten an der Talsperre wurden wieder aufgenommen.", "resumed"),
    ("de", "Die Bauarbeiten am Viadukt wurden im März abgeschlossen.", "completed"),
    ("fr", "Les travaux du barrage se poursuivent malgré la pluie.", "under way"),
    ("fr", "Le chantier du viaduc a été suspendu après l'accident.", "suspended"),
    ("fr", "La production a repris à l'usine de Saint-Aulaye.", "resumed"),
    ("fr", "Les travaux du pont sont achevés depuis mars.", "completed"),
    ("es", "Las obras del puente avanzan a buen ritmo.", "under way"),
    ("es", "La empresa paralizó las obras del viaducto tras el accidente.", "suspended"),
    ("es", "La producción se reanudó en la planta de Tordera.", "resumed"),
    ("es", "Las obras de la presa fueron finalizadas en marzo.", "completed"),
    # a debt: a payment missed → default → restructured
    ("en", "Marvania missed a 120 million dollar coupon payment on its eurobonds on Friday.", "missed payment"),
    ("en", "The utility has defaulted on its bank loans, creditors said.", "default"),
    ("en", "Bondholders accepted the restructuring of the utility's debt on Tuesday.", "restructured"),
    ("it", "La Marvania ha saltato il pagamento di una cedola da 120 milioni di dollari.", "missed payment"),
    ("it", "Il Paese è in default sui suoi bond esteri da lunedì.", "default"),
    ("it", "I creditori hanno approvato la ristrutturazione del debito della società.", "restructured"),
    ("de", "Marvania hat die fällige Zinszahlung auf seine Anleihen verpasst.", "missed payment"),
    ("de", "Das Land befindet sich seit Montag im Zahlungsausfall.", "default"),
    ("de", "Die Gläubiger stimmten der Umschuldung am Dienstag zu.", "restructured"),
    ("fr", "La Marvanie n'a pas payé le coupon de ses obligations, qui arrivait à échéance lundi.", "missed payment"),
    ("fr", "Le pays est en défaut de paiement sur sa dette extérieure depuis lundi.", "default"),
    ("fr", "La restructuration de la dette a été approuvée par les créanciers.", "restructured"),
    ("es", "Marvania dejó de pagar los intereses de sus bonos el lunes.", "missed payment"),
    ("es", "El país está en cesación de pagos desde el lunes.", "default"),
    ("es", "Los bonistas aceptaron la reestructuración de la deuda del país.", "restructured"),
    # a suspension: provisionally suspended → banned → reinstated
    ("en", "The rider has been provisionally suspended by the federation.", "provisionally suspended"),
    ("en", "He was banned for four years by the anti-doping tribunal.", "banned"),
    ("en", "The court of arbitration overturned his ban on Tuesday.", "reinstated"),
    ("it", "Il corridore resta sospeso in via provvisoria dalla federazione.", "provisionally suspended"),
    ("it", "Il tribunale antidoping lo ha squalificato per quattro anni.", "banned"),
    ("it", "La squalifica è stata annullata dal tribunale arbitrale.", "reinstated"),
    ("de", "Der Fahrer ist vom Verband vorläufig gesperrt worden.", "provisionally suspended"),
    ("de", "Das Sportgericht hat ihn für vier Jahre gesperrt.", "banned"),
    ("de", "Die Sperre wurde vom Schiedsgericht aufgehoben.", "reinstated"),
    ("fr", "Le coureur reste suspendu à titre provisoire par la fédération.", "provisionally suspended"),
    ("fr", "L'Italien a été suspendu quatre ans par le tribunal antidopage.", "banned"),
    ("fr", "Le coureur a été blanchi par le tribunal arbitral.", "reinstated"),
    ("es", "El ciclista ha sido suspendido provisionalmente por la federación.", "provisionally suspended"),
    ("es", "El ciclista fue suspendido por cuatro años por dopaje.", "banned"),
    ("es", "El tribunal arbitral levantó la suspensión del ciclista.", "reinstated"),
]


@pytest.mark.parametrize("lang,text,status", STEPS)
def test_each_step(lang, text, status):
    assert [s for s, _ in plain(text, lang)] == [status]
    (m,) = [x for x in extract_statuses(text, lang) if x.status == status]
    assert m.lifecycle == next(name for name, steps in LIFECYCLES.items() if status in steps)
    assert text[m.start:m.end] == m.text


def test_every_lifecycle_step_is_covered_in_every_language():
    for name, steps in LIFECYCLES.items():
        if name == "deal":
            continue  # tests/test_statuses.py
        for lang in ("en", "it", "de", "fr", "es"):
            covered = {s for lg, _, s in STEPS if lg == lang}
            assert set(steps) <= covered, (name, lang, set(steps) - covered)


# ------------------------------------------------------------------ never a status: negated, hedged, future
TRAPS = [
    ("en", "No agreement has been signed yet."),
    # works that could be halted, will resume, were not suspended; a strike's stopped work
    ("en", "Work on the bridge could be halted if the cracks spread."),
    ("en", "Construction of the dam will resume in May at the earliest."),
    ("it", "I lavori della diga non sono stati sospesi, assicura il consorzio."),
    ("de", "Frühestens im Mai könnten die Bauarbeiten im Tunnel wieder anlaufen."),
    ("fr", "Les travaux du barrage pourraient être suspendus cet hiver."),
    ("es", "Las obras del puente no se han paralizado, según la empresa."),
    ("en", "Workers stopped work at the plant on Monday to protest."),
    # a debt's default denied, feared, conditional or of another time
    ("en", "Marvania is not in default, the finance minister insisted."),
    ("en", "Marvania could default on its bonds next month."),
    ("en", "Investors fear the country will fall into default."),
    ("en", "Marvania last defaulted in 2001, when it stopped paying its creditors."),
    ("en", "The credit default swap market priced in a 60% chance."),
    ("it", "La Marvania potrebbe finire in default entro giugno."),
    ("de", "Ein Zahlungsausfall droht, wenn die Gespräche scheitern."),
    ("de", "Das Land ist nicht zahlungsunfähig, sagte der Minister."),
    ("fr", "Le pays pourrait faire défaut sur sa dette dès juin."),
    ("es", "Si no paga antes del viernes, el país entrará en cesación de pagos."),
    ("es", "El país no está en cesación de pagos, dijo el ministro."),
    ("en", "No arrests have been made so far."),
    ("en", "The evacuation order is expected to be lifted on Friday."),
    ("fr", "L'ordre d'évacuation ne sera pas levé avant lundi."),
    ("es", "La orden de evacuación podría levantarse el lunes."),
    ("de", "Festnahmen gab es bisher nicht."),
    ("en", "The investigation is likely to be opened next week."),
    ("en", "The contract could be signed as early as next month."),
    ("en", "The contract will be signed as early as next month."),
    ("en", "The bill is expected to pass."),
    ("en", "The bill is expected to be passed next week."),
    ("en", "He will be sentenced on Monday."),
    ("en", "He is due to be sentenced on Monday."),
    ("en", "The Senate may approve the bill on Friday."),
    ("en", "The deal is set to be signed on Friday."),
    ("en", "Boeing plans to sign the contract."),
    ("en", "The governor might veto the measure."),
    ("en", "He has not been charged with any crime."),
    ("en", "The union has not called off the strike."),
    ("en", "The union would call off the strike if the offer improves."),
    ("en", "The court could acquit him."),
    ("en", "Officials said the state of emergency would be extended."),
    ("en", "The company says it'll sign the deal."),
    ("it", "La legge dovrebbe essere approvata entro fine mese."),
    ("it", "Il contratto potrebbe essere firmato il mese prossimo."),
    ("it", "La legge sarà approvata domani."),
    ("it", "Il contratto non è ancora stato firmato."),
    ("it", "Lo sciopero non è stato revocato."),
    ("it", "Il decreto verrà approvato dal Consiglio dei ministri."),
    ("de", "Das Gesetz soll im Herbst verabschiedet werden."),
    ("de", "Der Vertrag könnte nächste Woche unterzeichnet werden."),
    ("de", "Das Gesetz wird morgen verabschiedet."),
    ("de", "Der Streik wurde nicht abgesagt."),
    ("de", "Gegen ihn wurde bislang keine Anklage erhoben."),
    ("fr", "Le texte devrait être adopté avant l'été."),
    ("fr", "La loi sera adoptée la semaine prochaine."),
    ("fr", "Le contrat pourrait être signé dès le mois prochain."),
    ("fr", "Aucun accord n'a encore été signé."),
    ("fr", "Il n'a jamais été condamné à de la prison."),
    ("es", "La ley será aprobada mañana."),
    ("es", "El contrato podría ser firmado el mes que viene."),
    ("es", "Aún no se ha firmado ningún acuerdo."),
    ("es", "La ley debería ser aprobada antes del verano."),
    ("es", "No ha sido imputado."),
    # a gap or a possessive lets no negation or hedge through (held-out set 4)
    ("en", "The province has not lifted its state of emergency."),
    ("en", "The province could lift its state of emergency on Friday."),
    ("fr", "Le préfet n'a pas levé l'état d'urgence."),
    ("fr", "Le préfet lèvera sans doute lundi l'état d'urgence."),
    ("de", "Die Stadt hebt den Katastrophenfall noch nicht auf."),
    ("it", "La Regione non revoca lo stato di emergenza."),
    ("es", "La Junta no levanta el estado de emergencia."),
    ("en", "The retailer has not filed for bankruptcy."),
    ("en", "The chain could be forced into liquidation."),
    ("de", "Die Modekette hat keine Insolvenz beantragt."),
    ("fr", "L'enseigne n'a pas déposé le bilan."),
    ("it", "Il gruppo non ha presentato istanza di fallimento."),
    ("es", "La cadena podría solicitar el concurso de acreedores."),
    # a regulator's approval and a curfew: negated, hedged, future, another year's (held-out set 6)
    ("en", "The vaccine has not been approved by the regulator."),
    ("en", "The regulator is expected to approve the drug next month."),
    ("en", "A panel will vote next week on whether to recommend approval of the drug."),
    ("en", "In 2015 the regulator rejected a similar drug."),
    ("de", "Zugelassen ist der Impfstoff bisher nicht."),
    ("de", "Das Medikament soll im Herbst zugelassen werden."),
    ("fr", "Le vaccin n'est pas encore autorisé."),
    ("fr", "En 2016, l'agence avait rejeté un vaccin concurrent."),
    ("it", "Il farmaco non è stato autorizzato."),
    ("es", "La vacuna podría ser aprobada en otoño."),
    ("en", "The mayor has not ruled out a curfew."),
    ("en", "A curfew would be imposed if the looting went on."),
    ("en", "The curfew is expected to be lifted on Friday."),
    ("it", "Il coprifuoco non è stato revocato."),
    ("de", "Die Ausgangssperre soll am Montag aufgehoben werden."),
    ("fr", "Le couvre-feu ne sera pas levé avant lundi."),
    ("es", "El toque de queda podría levantarse el lunes."),
    ("en", "The competition authority has not yet cleared the merger."),
    ("en", "The competition watchdog is expected to clear the deal next month."),
    ("en", "In 2012 the competition authority blocked a similar merger."),
    ("fr", "Le rachat n'est pas encore autorisé par l'Autorité de la concurrence."),
    ("en", "The ship has not been refloated yet."),
    ("it", "La nave non è ancora stata disincagliata."),
    ("es", "El buque no será reflotado hasta el lunes."),
    # a closure and a warning: negated, hedged, future, another year's (held-out sets 8 and 9)
    ("en", "The storm warning could be lifted tomorrow."),
    ("en", "No flood warning has been issued for the river."),
    ("en", "The line will reopen next week."),
    ("en", "The museum is not expected to reopen before June."),
    ("en", "The bridge is expected to be closed for repairs in May."),
    ("en", "The tunnel will not reopen until the spring."),
    ("en", "In 2019 the bridge was closed for a year."),
    ("en", "Forecasters may upgrade the heat alert to red."),
    ("it", "La linea riaprirà lunedì."),
    ("it", "Il ponte potrebbe essere chiuso per lavori."),
    ("it", "Il museo non ha ancora riaperto."),
    ("it", "L'allerta rossa per il maltempo non è stata revocata."),
    ("de", "Die Warnung vor dem Orkan soll am Mittwoch aufgehoben werden."),
    ("de", "Die Strecke wird erst im Juni wieder freigegeben."),
    ("de", "Das Museum ist noch nicht wieder geöffnet."),
    ("de", "Die Warnstufe dürfte am Abend sinken."),
    ("fr", "Le musée ne rouvrira pas."),
    ("fr", "La vigilance rouge pourrait être levée demain."),
    ("fr", "L'autoroute n'est pas fermée."),
    ("fr", "En 2016, la gare avait été fermée pendant deux mois."),
    ("es", "La carretera no será reabierta hasta el lunes."),
    ("es", "La alerta roja por las lluvias podría ser desactivada mañana."),
    ("es", "En 2018 el puente estuvo cerrado durante un año."),
    # something declared over, an event's timing: negated, hedged, future, another year's (held-out set 10)
    ("en", "The eruption is not over yet, experts warned."),
    ("en", "The outbreak could be declared over next month."),
    ("en", "In 2021 the eruption was declared over after 85 days."),
    ("en", "The listing could be postponed if markets fall further."),
    ("en", "The company has not postponed its listing."),
    ("en", "The referendum will take place in March."),
    ("it", "L'eruzione non è ancora finita."),
    ("it", "Il vertice potrebbe essere rinviato."),
    ("de", "Abgesagt sei der Börsengang nicht, betonte der Vorstandschef."),
    ("de", "Der Börsengang soll im Herbst stattfinden."),
    ("fr", "Le vote n'a pas eu lieu."),
    ("fr", "L'introduction en Bourse pourrait être reportée."),
    ("es", "La erupción no ha terminado todavía."),
    ("es", "La salida a bolsa podría aplazarse hasta el otoño."),
    ("en", "The union has not threatened to strike."),
    ("en", "The strike could end next week."),
    ("it", "Lo sciopero non è finito."),
]


@pytest.mark.parametrize("lang,text", TRAPS)
def test_no_negated_hedged_or_future_status(lang, text):
    assert plain(text, lang) == []


def test_traps_keep_their_flags():
    (m,) = extract_statuses("No agreement has been signed yet.")
    assert (m.status, m.negated, m.hedged) == ("signed", True, False)
    (m,) = extract_statuses("The contract could be signed as early as next month.")
    assert (m.status, m.negated, m.hedged) == ("signed", False, True)
    (m,) = extract_statuses("He will be sentenced on Monday.")
    assert (m.status, m.lifecycle, m.hedged) == ("sentenced", "court case", True)
    (m,) = extract_statuses("Das Gesetz soll im Herbst verabschiedet werden.", "de")
    assert (m.status, m.lifecycle, m.hedged) == ("passed", "legislation", True)


def test_future_tense_forms_are_no_trigger():
    for lang, text in [("it", "Il presidente firmerà la legge."), ("fr", "Le président signera la loi."),
                       ("es", "El presidente firmará la ley."), ("en", "The bill is expected to pass.")]:
        assert plain(text, lang) == []


# ------------------------------------------------------------------ the lifecycle, from the sentence
@pytest.mark.parametrize("text,expected", [
    ("The president signed the bill into law.", [("signed into law", "legislation")]),
    ("The president signed the bill.", [("signed into law", "legislation")]),
    ("Italy signed the contract with SpaceX.", [("signed", "deal")]),
    ("The union called off the strike.", [("called off", "labor dispute")]),
    ("The contract was called off.", [("cancelled", "deal")]),
    ("The court acquitted him.", [("acquitted", "court case")]),
    ("Parliament approved the bill.", [("passed", "legislation")]),
    ("Shareholders approved the merger.", []),
    ("He passed the ball to Rossi.", []),
    ("The union and the company reached a tentative agreement.", [("deal reached", "labor dispute")]),
    ("Italy and SpaceX reached an agreement on the deal.", [("agreed", "deal")]),
    ("Rescuers called off the search for survivors.", [("recovery", "search")]),
    ("Il sindacato ha revocato lo sciopero.", [("called off", "labor dispute")]),
    ("Lo stato di emergenza è stato revocato.", [("emergency lifted", "emergency")]),
    ("Il governo ha condannato l'attacco.", []),
    ("He denied the charges.", []),
    ("He appealed for calm.", []),
])
def test_lifecycle_from_context(text, expected):
    assert plain(text) == expected


def test_one_sentence_two_steps():
    assert plain("Lawmakers passed the bill, which the governor signed into law on Friday.") == \
        [("passed", "legislation"), ("signed into law", "legislation")]


# ------------------------------------------------------------------ linear work
def _ratio(short: str, long: str, runs: int = 5) -> float:
    """Best-of-``runs`` time on ``long`` over best-of-``runs`` on ``short``, the runs interleaved
    so that both meet the same load on a shared machine."""
    best = {short: float("inf"), long: float("inf")}
    for _ in range(runs):
        for text in (short, long):
            t = time.perf_counter()
            extract_statuses(text, "en")
            best[text] = min(best[text], time.perf_counter() - t)
    return best[long] / best[short]


@pytest.mark.parametrize("clause", [
    "the union called off the strike and the senate passed the bill, ",
    "no contract has been signed yet while talks with SpaceX continue and ",
    "rescuers searched for survivors as the governor declared a state of emergency ",
    "il tribunale lo ha condannato a otto anni e lo sciopero è stato revocato, ",
])
def test_growth_is_linear(clause):
    """2× the clauses, ≤ 2.5× the time (quadratic work would take 4×). A ratio over the bound is
    measured again, twice at most: a busy machine slows one run, not every run."""
    short, long = clause * 1000, clause * 2000     # ~70 / 140 KB: each lifecycle added costs here
    extract_statuses(short, "en")          # warm the caches
    ratios = []
    for _ in range(3):
        ratios.append(_ratio(short, long))
        if ratios[-1] <= 2.5:
            break
    assert min(ratios) <= 2.5, ratios


# ------------------------------------------------------------------ false friends and claims
@pytest.mark.parametrize("lang,text", [
    ("en", "The president's veto was overridden."),         # Spanish "vetó" wants its accent
    ("en", "The vote on the bill was delayed."),            # French "voté" too (the vote's delay is a schedule's)
    ("en", "Lawmakers voted on the bill."),
    ("en", "Parliament passed a motion of censure."),       # French "censuré"
    ("en", "The chairman will retire once the merger closes."),
    ("en", "The central bank relaxes its rules."),          # French "relaxé"
    ("es", "El diputado presente en la sesión habló de la ley."),   # French "présenté"
])
def test_false_friends_across_languages(lang, text):
    # a false friend gives no status of its lifecycle; an event's timing (schedule) is a reading of its own
    assert [x for x in plain(text, lang) if x[1] != "schedule"] == []


def test_a_delayed_vote_is_a_schedule_not_a_bill_passed():
    assert plain("The vote on the bill was delayed.", "en") == [("postponed", "schedule")]


def test_elided_french_if_hedges():
    (m,) = extract_statuses("S'il est reconnu coupable, il risque dix ans de prison.", "fr")
    assert (m.status, m.hedged) == ("convicted", True)


def test_status_claims_take_their_lifecycle_as_subject():
    from storywatch.facts.claims import Sentence, _status_claim
    base = {"version_id": "v", "article_id": "a", "story": "s", "run_id": "r"}
    for text, subject, status in [("The union called off the strike.", "labor dispute status", "called off"),
                                  ("Italy signed the contract with SpaceX.", "deal status", "signed"),
                                  ("The president signed the bill into law.", "legislation status", "signed into law")]:
        s = Sentence(text, "paragraph", 0, 0)
        (m,) = extract_statuses(text)
        c = _status_claim(base, s, m, "candidate")
        assert (c.subject, c.status, c.role) == (subject, status, "candidate")


@pytest.mark.parametrize("text,expected", [
    # read off real articles (shared/corpora/article-extraction-benchmark)
    ("His friendship with the convicted sex offender Jeffrey Epstein is under investigation.", []),
    ("He was convicted of criminal mischief in 1998.", [("convicted", "court case")]),
    ("It may morph into something bigger if Trump agrees to roll back existing tariffs.", []),
    ("WeWork had reached an agreement with JLL to accept 1,000 cleaning workers.", [("agreed", "deal")]),
    ("Trade talks once again stalled on Tuesday.", [("stalled", "deal")]),
    ("Now I wish I had pressed charges.", []),
])
def test_real_sentences(text, expected):
    assert plain(text, "en") == expected


@pytest.mark.parametrize("lang,text,status", [
    ("en", "The measure cleared the Senate and now goes to the House.", "passed one chamber"),
    ("en", "The rapper was arraigned on racketeering charges.", "charged"),
    ("en", "Members of the union voted to strike.", "ballot"),
    ("en", "The strike is over after members voted to accept the offer.", "ratified"),
    ("it", "È stato condannato all'ergastolo.", "sentenced"),
    ("de", "Der Bundestag hat das Heizungsgesetz verabschiedet.", "passed one chamber"),   # a compound
    ("de", "Die Streiks bei der Bahn sind vorerst beendet.", "called off"),
    ("de", "Die Suche nach den Vermissten wurde eingestellt.", "recovery"),
    ("fr", "L'ancien maire a été condamné pour corruption.", "convicted"),
    ("fr", "Les dockers ont voté la grève reconductible.", "strike called"),
    ("es", "El tribunal absolvió al acusado por falta de pruebas.", "acquitted"),   # "acusado": the accused
    ("es", "Los maquinistas mantienen la huelga.", "on strike"),
])
def test_more_phrasings(lang, text, status):
    assert [s for s, _ in plain(text, lang)] == [status]


def test_a_participle_after_its_noun_is_background():
    assert plain("El presidente vetó la ley aprobada por el Congreso.", "es") == [("vetoed", "legislation")]
    assert plain("Il presidente ha rinviato alle Camere la legge approvata dal Senato.", "it") == []
    assert plain("In dem 2015 verabschiedeten E-Health-Gesetz wurde die ePA genannt.", "de") == []
    assert plain("Die Abgeordneten verabschiedeten am Freitag das Gesetz.", "de") == [("passed", "legislation")]


# ------------------------------------------------------------------ issue 24: development stories' wordings
@pytest.mark.parametrize("lang,text,expected", [
    # one chamber by name, headline present tense included; a final or whole-parliament vote is "passed"
    ("en", "Tiranova's rail bill passes Chamber of Deputies 312 to 201", [("passed one chamber", "legislation")]),
    ("en", "The Chamber of Deputies passed the bill by 312 votes to 201 in October.", [("passed one chamber", "legislation")]),
    ("es", "La Cámara aprueba la ley ferroviaria por 312 votos contra 201", [("passed one chamber", "legislation")]),
    ("es", "La Cámara de Diputados aprobó la ley de modernización ferroviaria por 312 votos contra 201.",
     [("passed one chamber", "legislation")]),
    ("es", "El Senado aprobó este martes la ley ferroviaria, que queda así aprobada por el Parlamento.",
     [("passed", "legislation")]),
    ("es", "El Senado aprueba definitivamente la ley de modernización ferroviaria", [("passed", "legislation")]),
    ("en", "The Senate passed the bill, which has now been approved by both chambers.", [("passed", "legislation")]),
    # the workforce consulted on a strike is a ballot; "on strike action" is what is balloted on
    ("fr", "Lumière Rail : les cheminots consultés sur une grève", [("ballot", "labor dispute")]),
    ("fr", "Le syndicat consulte les 10 000 salariés de l'entreprise sur un mouvement de grève.", [("ballot", "labor dispute")]),
    ("en", "The union has begun balloting 10,000 workers on strike action after the operator offered 4%.",
     [("ballot", "labor dispute")]),
    ("en", "Train drivers are on strike over pay.", [("on strike", "labor dispute")]),
])
def test_story_wordings(lang, text, expected):
    assert plain(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "A previous rail bill, passed in 2014, cost $3.2 billion and was completed four years late."),
    ("en", "The earlier bill was passed by parliament but struck from the agenda."),
    ("es", "La ley anterior, aprobada en 2014, costó 3.200 millones."),
])
def test_a_step_of_an_earlier_event_is_no_status(lang, text):
    assert [m for m in extract_statuses(text, lang) if m.lifecycle == "legislation" and not (m.negated or m.hedged)
            and m.status == "passed"] == []


def test_a_title_is_no_earlier_event():
    assert plain("The former mayor was charged with fraud on Monday.", "en") == [("charged", "court case")]


# ------------------------------------------------------------------ an arrest's reason is no charge (held-out set 5)
@pytest.mark.parametrize("lang,text,expected", [
    ("it", "La polizia ha arrestato due uomini, accusati di aver appiccato l'incendio.", ["arrested"]),
    ("fr", "Les gendarmes ont interpellé deux hommes, accusés d'avoir saboté la ligne.", ["arrested"]),
    ("it", "La procura ha accusato formalmente i tre dirigenti di omicidio colposo.", ["charged"]),
    ("it", "I due sono stati accusati dalla procura di estorsione.", ["charged"]),
])
def test_an_apposition_after_an_arrest_is_no_charge(lang, text, expected):
    assert [s for s, _ in plain(text, lang)] == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Shares sank 5% on the news."),
    ("it", "Le trattative sono incagliate da settimane."),
    ("es", "La negociación sigue encallada."),
    ("en", "Shareholders approved the takeover on Tuesday."),
])
def test_no_competition_or_ship_step_without_its_context(lang, text):
    """A ship's or a competition review's words with other meanings (sank, incagliate, encallada,
    approved) are no step of those lifecycles without a ship or a competition authority near."""
    assert not {lc for _, lc in plain(text, lang)} & {"vessel", "competition review"}


def test_an_in_depth_probe_by_a_competition_authority_is_no_court_case():
    assert plain("The competition authority opened an in-depth investigation into the takeover.", "en") == \
        [("in-depth investigation", "competition review")]
    assert plain("Prosecutors opened an investigation into the takeover.", "en") == [("investigation opened", "court case")]


# ------------------------------------------------------------------ a closure and a warning (held-out sets 8 and 9)
@pytest.mark.parametrize("lang,text", [
    ("en", "The border crossing remains closed."),
    ("en", "The museum, which drew 300,000 visitors last year, remains closed."),
    ("it", "La stazione resta chiusa."),
    ("de", "Die Strecke bleibt gesperrt."),
    ("fr", "La route reste coupée."),
    ("es", "El paso fronterizo permanece cerrado."),
])
def test_a_place_that_stays_closed_is_closed(lang, text):
    assert plain(text, lang) == [("closed", "closure")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks closed without a deal."),
    ("en", "Shares in the port operator closed at 3.10 euros."),
    ("en", "The company closed the deal to buy the port."),
    ("en", "The port deal was closed on Friday."),
    ("en", "The case was closed."),
    ("en", "Prosecutors reopened the investigation into the bridge collapse."),
    ("en", "The carmaker issued a profit warning."),
    ("en", "The guard raised the alert when he saw the thieves."),
    ("it", "Piazza Affari ha chiuso in rialzo dell'1%."),
    ("it", "Il titolo della società autostradale ha chiuso a 3,10 euro."),
    ("it", "Il governo ha chiuso l'accordo sul porto."),
    ("de", "Die Staatsanwaltschaft hat das Verfahren gegen den Museumsdirektor eingestellt."),
    ("de", "Die Gespräche über den Hafen wurden wieder aufgenommen."),
    ("de", "Die Firma gab eine Gewinnwarnung heraus."),
    ("fr", "Le gardien a donné l'alerte."),
    ("fr", "Le juge a rouvert le dossier du pont."),
    ("es", "El ayuntamiento cerró el acuerdo con el puerto."),
    ("es", "La Fiscalía reabrió el caso del puente."),
    ("es", "Los ladrones entraron sin previo aviso."),
])
def test_no_closure_or_warning_without_a_place_or_a_danger(lang, text):
    """A share price, a deal, a case, talks or a profit warning closed, reopened or issued is no step
    of a place's closure or of a warning."""
    assert not {lc for _, lc in plain(text, lang)} & {"closure", "warning"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The company closed its takeover of the port operator.", [("signed", "deal")]),
    ("en", "The competition authority blocked the takeover of the port.", [("blocked", "competition review")]),
    ("en", "Officials lifted the evacuation order around the plant on Sunday.", [("evacuation lifted", "evacuation")]),
    ("en", "The curfew was lifted at midnight.", [("lifted", "restriction")]),
    ("it", "Il sindacato ha revocato lo sciopero.", [("called off", "labor dispute")]),
    ("en", "The chain went into administration and closed all 40 of its stores.",
     [("administration", "insolvency"), ("closed", "closure")]),
])
def test_the_other_lifecycles_keep_their_readings(lang, text, expected):
    assert plain(text, lang) == expected


def test_closure_and_warning_traps_keep_their_flags():
    (m,) = extract_statuses("The line will reopen next week.", "en")
    assert (m.status, m.lifecycle, m.negated, m.hedged) == ("reopened", "closure", False, True)
    (m,) = extract_statuses("No flood warning has been issued for the river.", "en")
    assert (m.status, m.lifecycle, m.negated) == ("issued", "warning", True)
    (m,) = extract_statuses("The museum is not expected to reopen before June.", "en")
    assert (m.status, m.negated) == ("reopened", True)
    (m,) = extract_statuses("Die Warnung vor dem Orkan soll am Mittwoch aufgehoben werden.", "de")
    assert (m.status, m.lifecycle, m.hedged) == ("ended", "warning", True)
    (m,) = extract_statuses("In 2019 the bridge was closed for a year.", "en")
    assert (m.status, m.hedged) == ("closed", True)


def test_a_closed_line_and_its_future_reopening_in_one_sentence():
    assert [(m.status, m.hedged) for m in extract_statuses(
        "Die Bahnstrecke bleibt bis Montag gesperrt; dann soll der Zugverkehr wieder aufgenommen werden.", "de")] == \
        [("closed", False), ("reopened", True)]


# ------------------------------------------------------------------ what a closure or a restriction is of
@pytest.mark.parametrize("lang,text,about", [
    ("en", "Almarga airport reopens as wind carries volcanic ash out to sea.", "airport"),
    ("es", "El aeropuerto de Almarga permanece cerrado por la ceniza.", "airport"),
    ("de", "Die Bahnstrecke bleibt bis Montag gesperrt.", "railway line"),
    ("en", "The railway line between the two towns reopened on Monday morning.", "railway line"),
    ("it", "La strada provinciale è chiusa per una frana.", "road"),
    ("fr", "Le canton lève la quarantaine dans les écoles de la Sorne.", "quarantine"),
    ("en", "The curfew was lifted on Friday.", "curfew"),
    ("es", "El comité científico da por finalizada la erupción del volcán.", "eruption"),
    ("de", "Der Konzern verschiebt den Börsengang.", "listing"),
    ("fr", "Le sommet a été reporté à septembre.", "summit"),
])
def test_a_closure_or_restriction_is_named_by_what_it_is_of(lang, text, about):
    """One status per place or restriction, named alike in every language (held-out sets 9 and 10:
    an airport and a railway line were both `closure status`, which names neither)."""
    (m,) = [x for x in extract_statuses(text, lang) if x.lifecycle in ("closure", "restriction", "activity", "schedule")]
    assert m.about == about


def test_a_lifecycle_without_names_names_nothing():
    (m,) = extract_statuses("The union called off the strike on Friday.", "en")
    assert m.lifecycle == "labor dispute" and m.about == ""


# ------------------------------------------------------------------ the month May is no modal
def test_the_month_may_is_no_modal():
    assert plain("Marvania has been in default since May 3.", "en") == [("default", "debt")]
    assert plain("The union called off the strike on 16 May.", "en") == [("called off", "labor dispute")]
    assert plain("The bill may be signed on May 16.", "en") == []        # the modal still hedges


# ------------------------------------------------------------------ a search ended, paused, or bodies found
@pytest.mark.parametrize("lang,text,status", [
    ("fr", "Les garde-côtes ont suspendu jeudi les recherches des trois pêcheurs disparus.", "recovery"),
    ("it", "La Capitaneria ha sospeso le ricerche dei due sub dispersi.", "recovery"),
    ("de", "Die Seenotretter stellten die Suche nach den beiden Seglern am Freitag ein.", "recovery"),
    ("es", "Salvamento Marítimo suspendió la búsqueda de los dos pescadores.", "recovery"),
    # paused for the weather or the night: still the search
    ("it", "Le ricerche sono state sospese per il maltempo e riprenderanno domani.", "search and rescue"),
    ("en", "Rescuers suspended the search overnight because of the weather.", "search and rescue"),
])
def test_a_search_ended_or_paused(lang, text, status):
    assert plain(text, lang) == [(status, "search")]


def test_bodies_recovered_during_the_search_are_no_recovery_phase():
    assert ("recovery", "search") not in plain("Divers recovered four more bodies as the search for the missing went on.", "en")


# ------------------------------------------------------------------ a ban or embargo is a restriction
@pytest.mark.parametrize("lang,text,status", [
    ("en", "Japan on Monday suspended imports of live cattle from the province.", "imposed"),
    ("en", "Japan lifted its ban on imports of the province's cattle.", "lifted"),
    ("it", "Il governo ha revocato il divieto di importazione delle carni bovine.", "lifted"),
    ("de", "Russland verhängte ein Einfuhrverbot für Rindfleisch aus der Provinz.", "imposed"),
    ("de", "Das Einfuhrverbot für Rindfleisch wurde am Dienstag aufgehoben.", "lifted"),
    ("fr", "Le Japon a levé l'embargo sur la viande bovine de la province.", "lifted"),
    ("es", "Japón ha suspendido la importación de ganado vivo de la provincia.", "imposed"),
    ("es", "Japón ha levantado la suspensión de las importaciones de ganado.", "lifted"),
])
def test_a_ban_or_embargo(lang, text, status):
    assert plain(text, lang) == [(status, "restriction")]
    (m,) = extract_statuses(text, lang)
    assert m.about == ("" if "embargo" in text else "import ban")   # a fact of its own, beside a curfew's


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan could lift the ban on imports of cattle next week."),
    ("es", "Japón no ha levantado la suspensión de las importaciones de ganado."),
    ("en", "The court suspended the sentence."),
])
def test_a_ban_not_lifted_or_no_ban(lang, text):
    assert plain(text, lang) == []


# ------------------------------------------------------------------ water rationed in a drought is a restriction
@pytest.mark.parametrize("lang,text,status", [
    ("en", "The island has begun turning off mains water at night in its capital.", "imposed"),
    ("en", "The water company lifted the night-time supply cuts on Monday.", "lifted"),
    ("es", "Los cortes de suministro nocturnos comenzaron anoche en seis municipios.", "imposed"),
    ("es", "El Consorcio de Aguas levantó el lunes los cortes nocturnos.", "lifted"),
    ("it", "Da stanotte scatta il razionamento dell'acqua in dodici comuni.", "imposed"),
    ("de", "Das Wasserkonsortium hat die nächtlichen Sperren aufgehoben.", "lifted"),
    ("fr", "Le rationnement de l'eau est entré en vigueur lundi.", "imposed"),
])
def test_water_cuts_are_a_restriction_of_their_own(lang, text, status):
    assert plain(text, lang) == [(status, "restriction")]
    (m,) = extract_statuses(text, lang)
    assert m.about == "water cuts"


@pytest.mark.parametrize("lang,text", [
    ("es", "La presidenta descartó por ahora los cortes nocturnos."),
    ("en", "The consortium has not ruled out night-time supply cuts if the reserves keep falling."),
    ("de", "Die Polizei hat die Sperren auf der Autobahn aufgehoben."),     # road blocks, no water
])
def test_no_water_cuts_where_none_began_or_ended(lang, text):
    assert [s for s in plain(text, lang) if s[1] == "restriction"] == []


def test_a_drought_emergency_declared_in_spanish():
    assert plain("El Consorcio de Aguas declaró el domingo la fase de emergencia por sequía.", "es") == \
        [("emergency declared", "emergency")]


# ------------------------------------------------------------------ a suspension is no deal, and a risk is no ban
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The team said it had suspended the rider with immediate effect.", [("provisionally suspended", "suspension")]),
    ("en", "He remains provisionally suspended and faces a ban of up to four years.", [("provisionally suspended", "suspension")]),
    ("fr", "Il encourt jusqu'à quatre ans de suspension.", []),
    ("en", "Talks were suspended on Friday.", [("stalled", "deal")]),
    ("fr", "Les travaux ont été suspendus deux mois sur le chantier.", [("suspended", "works")]),
])
def test_a_suspension_is_a_persons(lang, text, expected):
    assert plain(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # Spanish "sancionar" enacts a law or penalizes a person; "anular" quashes a law or a sanction
    ("es", "El presidente sancionó la ley de presupuestos el lunes.", [("signed into law", "legislation")]),
    ("es", "El ciclista fue sancionado con cuatro años por dopaje.", [("banned", "suspension")]),
    ("es", "El Tribunal Constitucional anuló la ley de amnistía.", [("struck down", "legislation")]),
    ("es", "El tribunal arbitral anuló la sanción del ciclista.", [("reinstated", "suspension")]),
])
def test_spanish_false_friends_of_a_law(lang, text, expected):
    assert plain(text, lang) == expected
