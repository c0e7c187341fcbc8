"""German translations of part of the demo sourcebook (used by seed_demo).

Multi-paragraph fields are split on blank lines and keep the English paragraph count.
"""

DE: dict = {
    "themes": {
        "participative-strategy": {
            "name": "Partizipative Strategieentwicklung",
            "description": (
                "Beschäftigte, Partner sowie Bürgerinnen und Bürger an der strategischen "
                "Ausrichtung beteiligen, statt die Strategie einem kleinen Kreis an der Spitze "
                "zu überlassen."
            ),
        },
        "learning-partnerships": {
            "name": "Lernpartnerschaften",
            "description": (
                "Dauerhafte Beziehungen zwischen Führungskräften der Verwaltung, Beratung und "
                "Wissenschaft, die Lernfähigkeit aufbauen, während eine Reform läuft."
            ),
        },
        "organisational-development": {
            "name": "Organisationsentwicklung",
            "description": (
                "Geplanter, moderierter Wandel in der Art, wie eine Organisation arbeitet, "
                "entscheidet und mit den Menschen umgeht, für die sie da ist."
            ),
        },
        "leadership": {
            "name": "Führung",
            "description": (
                "Wie Führungskräfte an der Spitze und in der operativen Ebene strategische "
                "Erneuerung gestalten – und wie man sie dabei wirksam unterstützen kann."
            ),
        },
        "citizen-engagement": {
            "name": "Bürgerbeteiligung",
            "description": (
                "Einwohnerinnen und Einwohner sowie Nutzerinnen und Nutzer in Gestaltung, "
                "Erbringung und Überprüfung öffentlicher Leistungen einbeziehen."
            ),
        },
        "performance-evaluation": {
            "name": "Leistungsmessung und Evaluation",
            "description": (
                "Messen, überprüfen und daraus lernen, was öffentliche Leistungen bewirken – "
                "ohne dass Kennzahlen das eigene Urteil verdrängen."
            ),
        },
        "digital-transformation": {
            "name": "Digitale Transformation",
            "description": (
                "Öffentliche Leistungen und Organisationen auf digitale Arbeitsweisen hin neu "
                "gestalten – ausgehend vom Bedarf der Nutzerinnen und Nutzer, nicht von der "
                "Technik."
            ),
        },
        "collaboration-across-boundaries": {
            "name": "Grenzüberschreitende Zusammenarbeit",
            "description": (
                "Über Organisationen, Sektoren, Berufsgruppen, Verwaltungsebenen und "
                "Staatsgrenzen hinweg zusammenarbeiten, um gemeinsame Probleme anzugehen."
            ),
        },
    },
    "sectors": {
        "health": {"name": "Gesundheit"},
        "social-care": {"name": "Soziale Dienste und Pflege"},
        "local-government": {"name": "Kommunalverwaltung"},
        "central-government": {"name": "Zentralverwaltung"},
        "justice": {"name": "Justiz"},
        "education": {"name": "Bildung"},
        "employment-services": {"name": "Arbeitsverwaltung"},
        "environment-planning": {"name": "Umwelt und Planung"},
    },
    "levels": {
        "local": {"name": "Kommunal"},
        "regional": {"name": "Regional"},
        "national": {"name": "National"},
        "european": {"name": "Europäisch"},
    },
    "intervention_types": {
        "od-facilitation": {
            "name": "Prozessbegleitung in der Organisationsentwicklung",
            "description": (
                "Moderierte Unterstützung für geplanten Wandel: Die Organisation analysiert, "
                "wie sie arbeitet, und vereinbart und verwirklicht Veränderungen gemeinsam."
            ),
        },
        "action-learning-set": {
            "name": "Action-Learning-Gruppe",
            "description": (
                "Eine kleine Gruppe von Fachleuten, die sich regelmäßig trifft, um mit "
                "strukturierten Fragen über reale Probleme aus ihrer Arbeit nachzudenken."
            ),
        },
        "coaching": {
            "name": "Coaching",
            "description": (
                "Einzel- oder Teamcoaching für Führungskräfte, die in ihrer Organisation "
                "strategischen Wandel leiten."
            ),
        },
        "strategy-workshop": {
            "name": "Strategieworkshop",
            "description": (
                "Ein moderierter Workshop, in dem Beschäftigte, Partner oder Bürgerinnen und "
                "Bürger die strategischen Entscheidungen einer Behörde mitgestalten."
            ),
        },
        "learning-partnership": {
            "name": "Lernpartnerschaft",
            "description": (
                "Eine dauerhafte Beziehung zwischen Führungskräften der Verwaltung, Beratung und "
                "Wissenschaft, die gemeinsam aus einer Reform lernen, während sie sich entfaltet."
            ),
        },
        "peer-review": {
            "name": "Peer-Review",
            "description": (
                "Strukturierte, offene Rückmeldung von Kolleginnen und Kollegen aus "
                "vergleichbaren Organisationen, die vor Ort besuchen, beobachten und "
                "kritisch nachfragen."
            ),
        },
    },
    "countries": {
        "AL": "Albanien",
        "AT": "Österreich",
        "BE": "Belgien",
        "BA": "Bosnien und Herzegowina",
        "BG": "Bulgarien",
        "HR": "Kroatien",
        "CY": "Zypern",
        "CZ": "Tschechien",
        "DK": "Dänemark",
        "EE": "Estland",
        "FI": "Finnland",
        "FR": "Frankreich",
        "GE": "Georgien",
        "DE": "Deutschland",
        "GR": "Griechenland",
        "HU": "Ungarn",
        "IS": "Island",
        "IE": "Irland",
        "IT": "Italien",
        "LV": "Lettland",
        "LI": "Liechtenstein",
        "LT": "Litauen",
        "LU": "Luxemburg",
        "MT": "Malta",
        "MD": "Moldau",
        "ME": "Montenegro",
        "NL": "Niederlande",
        "MK": "Nordmazedonien",
        "NO": "Norwegen",
        "PL": "Polen",
        "PT": "Portugal",
        "RO": "Rumänien",
        "RS": "Serbien",
        "SK": "Slowakei",
        "SI": "Slowenien",
        "ES": "Spanien",
        "SE": "Schweden",
        "CH": "Schweiz",
        "TR": "Türkei",
        "UA": "Ukraine",
        "GB": "Vereinigtes Königreich",
    },
    "home": {
        "title": "Praxis",
        "intro": (
            "Praxis ist ein europäisches Forschungskonsortium, das untersucht, wie öffentliche "
            "Dienste ihre Strategien erneuern, und teilnehmende Behörden dabei begleitet. Sein "
            "Praxis-Handbuch versammelt Praxisleitfäden und Fallstudien aus dieser Arbeit, damit "
            "Führungskräfte der öffentlichen Verwaltung überall in Europa aus den Erfahrungen "
            "ihrer Kolleginnen und Kollegen lernen können."
        ),
    },
    "sourcebook": {
        "title": "Praxis-Handbuch",
        "intro": (
            "Praxisleitfäden und Fallstudien für Führungskräfte der öffentlichen Verwaltung, "
            "die strategische Erneuerung leiten: was zu tun ist, wann es hilft und was "
            "geschah, als Behörden in ganz Europa es ausprobiert haben.\n\n"
            "Filtern Sie nach Thema, Land, Sektor und Art der Intervention, oder laden Sie "
            "das gesamte Handbuch als Buch herunter."
        ),
    },
    "guides": {},
    "cases": {},
}


DE["guides"]["participative-strategy-workshop-with-citizens"] = {
    "title": "Einen partizipativen Strategieworkshop mit Bürgerinnen und Bürgern durchführen",
    "summary": (
        "Wie Sie Einwohnerinnen und Einwohner, Nutzerinnen und Nutzer sowie Beschäftigte in "
        "einem Raum zusammenbringen, um die strategischen Prioritäten einer Behörde zu prüfen – "
        "damit die Strategie widerspiegelt, was die Menschen brauchen, und nicht nur, was die "
        "Organisation ohnehin schon tut."
    ),
    "problem": (
        "Die meisten öffentlichen Strategien werden von einem kleinen Team aus Führungskräften "
        "und Planerinnen und Planern entworfen und erst dann in die Beteiligung gegeben, wenn "
        "die wesentlichen Entscheidungen bereits gefallen sind. Bürgerinnen und Bürger sollen "
        "Formulierungen kommentieren, statt die Richtung mitzubestimmen, und förmliche "
        "Beteiligungsverfahren erreichen oft weniger als 1 % der Betroffenen.\n\n"
        "Das Ergebnis ist eine Strategie, in der sich die Beschäftigten wiederfinden, die "
        "Einwohnerinnen und Einwohner aber nicht. Die Prioritäten verschieben sich hin zu dem, "
        "was leicht messbar ist und was die Organisation ohnehin zu leisten weiß. Die Lücken, "
        "die den Menschen am wichtigsten sind – die Übergänge zwischen Diensten, das Warten, "
        "die Notwendigkeit, dieselbe Geschichte immer wieder zu erzählen –, bleiben unsichtbar."
    ),
    "when_to_use": (
        "Setzen Sie diesen Workshop früh im Strategiezyklus ein, wenn die Behörde eine "
        "Entwurfsanalyse ihrer Lage hat, ihre Prioritäten aber noch nicht festgelegt hat. Er "
        "wirkt am besten, wenn es echte Wahlmöglichkeiten gibt, etwa zwischen Investitionen in "
        "Prävention oder in schnellere Reaktion oder zwischen der Zentralisierung und der "
        "Dezentralisierung eines Dienstes.\n\n"
        "Weniger geeignet ist er, wenn Budget und wesentliche Prioritäten bereits durch Gesetz "
        "oder durch ein Ministerium festgelegt sind. Benennen Sie in diesem Fall die Grenzen "
        "offen und nutzen Sie den Workshop, um zu gestalten, wie die Prioritäten umgesetzt "
        "werden, statt welche es sind."
    ),
    "steps": [
        {
            "title": "Die strategischen Fragen festlegen",
            "body": (
                "Vereinbaren Sie mit der Leitung zwei oder drei offene Fragen, auf die der "
                "Workshop tatsächlich Einfluss haben wird, etwa: „Wie soll die Unterstützung "
                "älterer Einwohnerinnen und Einwohner im Jahr 2030 aussehen?“ Halten Sie vorab "
                "schriftlich fest, welche Entscheidungen danach getroffen werden, von wem und "
                "wann. Das ist das Versprechen, das Sie den Teilnehmenden geben."
            ),
        },
        {
            "title": "Eine gemischte Gruppe gewinnen",
            "body": (
                "Streben Sie 30 bis 60 Teilnehmende an, mindestens die Hälfte davon "
                "Einwohnerinnen und Einwohner oder Nutzerinnen und Nutzer. Verbinden Sie offene "
                "Einladungen mit gezielter Ansprache über Vereine, Initiativen und Beschäftigte "
                "mit direktem Bürgerkontakt, damit auch Menschen dabei sind, die selten zu "
                "Beteiligungsveranstaltungen kommen – junge pflegende Angehörige, Menschen mit "
                "geringer Lesekompetenz, kürzlich Zugewanderte. Bieten Sie einen "
                "Teilnahmegutschein, Kinderbetreuung und die Erstattung der Fahrtkosten an."
            ),
        },
        {
            "title": "Verständliche Grundlagen vorbereiten",
            "body": (
                "Übersetzen Sie die Analyse der Behörde in kurze, bebilderte Informationskarten, "
                "jeweils mit einigen Kennzahlen, ein oder zwei Trends und einer echten, "
                "anonymisierten Geschichte. Testen Sie die Karten vorher mit drei oder vier "
                "Einwohnerinnen und Einwohnern und formulieren Sie alles neu, was nur eine "
                "Fachperson erklären könnte."
            ),
        },
        {
            "title": "Den Workshop in drei Runden durchführen",
            "body": (
                "Beginnen Sie mit Erfahrungen: An gemischten Sechsertischen berichten die "
                "Teilnehmenden, wie es ist, den Dienst zu nutzen. In der zweiten Runde arbeiten "
                "die Tische die Informationskarten durch und benennen, was sich ändern sollte. "
                "In der dritten bringt jeder Tisch eine Auswahl von Optionen in eine "
                "Rangfolge und begründet seine erste Wahl in einem Satz.\n\n"
                "Eine neutrale Moderation an jedem Tisch verhindert, dass Führungskräfte das "
                "Gespräch bestimmen, und sorgt dafür, dass auch zurückhaltende Teilnehmende "
                "gehört werden."
            ),
        },
        {
            "title": "Öffentlich zusammenfassen",
            "body": (
                "Bevor die Teilnehmenden gehen, lesen Sie die sich abzeichnenden Prioritäten vor "
                "und fragen, was fehlt. Schicken Sie allen Teilnehmenden innerhalb von zwei "
                "Wochen eine kurze schriftliche Zusammenfassung, die Meinungsverschiedenheiten "
                "festhält, statt sie zu glätten."
            ),
        },
        {
            "title": "Den Kreis schließen",
            "body": (
                "Wenn die Strategie beschlossen ist, senden Sie den Teilnehmenden eine "
                "Rückmeldung nach dem Muster „Sie haben gesagt – wir haben getan“, die "
                "erklärt, welche Vorschläge aufgegriffen wurden, welche nicht und warum. Laden "
                "Sie die Teilnehmenden ein Jahr später zu einem Folgetermin ein, um den "
                "Fortschritt bei den Prioritäten zu überprüfen, die sie mitbestimmt haben."
            ),
        },
    ],
    "people": (
        "Eine verantwortliche Person aus der Leitung; eine Hauptmoderation und je eine "
        "Tischmoderation für sechs Teilnehmende; Beschäftigte aus Strategie oder Planung, die "
        "die Grundlagen vorbereiten; Vereine und Initiativen, die bei der Gewinnung helfen; "
        "sowie 30–60 Teilnehmende, mindestens die Hälfte davon Einwohnerinnen und Einwohner "
        "oder Nutzerinnen und Nutzer."
    ),
    "time": (
        "Sechs bis acht Wochen Vorbereitung, ein ganztägiger Workshop (oder zwei "
        "Abendveranstaltungen) und ein Folgetermin etwa ein Jahr später"
    ),
    "pitfalls": (
        "Der häufigste Fehler besteht darin, Menschen nach ihrer Meinung zu Fragen zu bitten, "
        "die längst entschieden sind. Die Teilnehmenden merken das schnell, und Vertrauen ist "
        "schwerer wiederaufzubauen als zu verspielen. Wenn der Raum keinen echten Einfluss "
        "haben wird, führen Sie den Workshop nicht durch.\n\n"
        "Ein zweiter Fehler ist es, Beschäftigten und redegewandten Stammgästen das Feld zu "
        "überlassen. Begrenzen Sie den Anteil der Führungskräfte auf höchstens ein Viertel je "
        "Tisch, bitten Sie sie, zuerst zuzuhören, und nutzen Sie strukturierte Methoden wie "
        "stilles Schreiben vor der Diskussion. Planen Sie schließlich Mittel für die "
        "Nachbereitung ein: Erst die Rückmeldung „Sie haben gesagt – wir haben getan“ macht "
        "aus einer einmaligen Veranstaltung eine dauerhafte Beziehung."
    ),
    "worked_example": (
        "Eine dänische Gemeinde mit 58.000 Einwohnerinnen und Einwohnern nutzte dieses Format, "
        "um ihre Strategie für ältere Menschen zu überarbeiten. 48 Personen nahmen teil: 27 "
        "Einwohnerinnen und Einwohner im Alter zwischen 67 und 91 Jahren, acht Angehörige und "
        "pflegende Personen sowie 13 Beschäftigte. Fast jeder Tisch benannte den Übergang "
        "zwischen Krankenhausentlassung und häuslicher Pflege als wichtigstes Problem – ein "
        "Thema, das im Strategieentwurf überhaupt nicht vorkam.\n\n"
        "Die beschlossene Strategie schuf eine Stelle für Entlassungskoordination und legte "
        "das Ziel fest, innerhalb von 24 Stunden nach der Entlassung einen ersten Hausbesuch "
        "durchzuführen. Ein Jahr später kamen 19 der ursprünglichen Teilnehmenden zurück, um "
        "den Fortschritt zu überprüfen, und die Gemeinde führt den Workshop inzwischen zu "
        "Beginn jedes vierjährigen Planungszyklus durch."
    ),
}


DE["guides"]["action-learning-set-for-frontline-managers"] = {
    "title": "Eine Action-Learning-Gruppe für Führungskräfte der operativen Ebene einrichten",
    "summary": (
        "Eine kleine Gruppe von Führungskräften der operativen Ebene trifft sich regelmäßig, "
        "um an realen Problemen aus den eigenen Diensten zu arbeiten – mit strukturierten "
        "Fragen statt mit Ratschlägen. Dieser Leitfaden behandelt Gewinnung, Grundregeln, "
        "Moderation und die Frage, woran Sie erkennen, ob es wirkt."
    ),
    "problem": (
        "Führungskräfte der operativen Ebene tragen einen großen Teil der Last strategischen "
        "Wandels in öffentlichen Diensten, haben aber selten geschützte Zeit zum Nachdenken. "
        "Fortbildungen vermitteln ihnen Modelle, helfen aber nicht bei der Personallücke, dem "
        "schwierigen Partner oder dem undurchführbaren Verfahren, die am Montagmorgen auf sie "
        "warten.\n\n"
        "Viele arbeiten zudem isoliert. Eine Stationsleitung, eine Teamleitung in einer "
        "Arbeitsagentur oder die Leitung einer kleinen Schule hat im selben Gebäude oft kein "
        "Gegenüber auf gleicher Ebene. Probleme werden allein gelöst oder gar nicht, und "
        "nützliche Erkenntnisse bleiben bei der Person, die sie gewonnen hat."
    ),
    "when_to_use": (
        "Action Learning eignet sich für Führungskräfte, die vor komplexen, wiederkehrenden "
        "Problemen ohne offensichtliche technische Lösung stehen und genug Spielraum haben, "
        "zwischen den Treffen etwas anderes auszuprobieren. Besonders nützlich ist es in "
        "Zeiten des Wandels, wenn eingespielte Routinen nicht mehr funktionieren und Menschen "
        "Raum brauchen, um neue Erwartungen einzuordnen.\n\n"
        "Es ersetzt weder die Dienst- und Fachaufsicht noch das Leistungsmanagement oder eine "
        "Beratung in persönlichen Fragen. Geht es einer teilnehmenden Person vor allem um eine "
        "Beschwerde oder eine persönliche Krise, verweisen Sie sie an geeignetere "
        "Unterstützung."
    ),
    "steps": [
        {
            "title": "Zweck und Schirmherrschaft vereinbaren",
            "body": (
                "Vereinbaren Sie mit einer Schirmherrin oder einem Schirmherrn aus der Leitung, "
                "warum es die Gruppe gibt, wofür sie nicht genutzt wird (etwa für Berichte über "
                "Einzelne) und wie die Zeit der Teilnehmenden geschützt wird. Eine einseitige "
                "schriftliche Vereinbarung hilft, wenn die Terminkalender unter Druck geraten."
            ),
        },
        {
            "title": "Fünf bis sieben Teilnehmende gewinnen",
            "body": (
                "Laden Sie Führungskräfte auf vergleichbarer Ebene aus verschiedenen Teams oder "
                "Standorten ein, idealerweise ohne Vorgesetztenverhältnis untereinander. Die "
                "Teilnahme sollte freiwillig sein; eine kurze Schnuppersitzung hilft zu "
                "verstehen, worauf man sich einlässt."
            ),
        },
        {
            "title": "Beim ersten Treffen Grundregeln festlegen",
            "body": (
                "Vereinbaren Sie Vertraulichkeit, verbindliche Teilnahme und die zentrale "
                "Disziplin des Action Learning: Die Mitglieder stellen offene Fragen, statt "
                "Lösungen anzubieten. Halten Sie die Grundregeln schriftlich fest und greifen "
                "Sie sie beim dritten Treffen wieder auf, wenn der Reiz des Neuen verflogen ist."
            ),
        },
        {
            "title": "Einen festen Treffrhythmus einhalten",
            "body": (
                "Treffen Sie sich alle vier bis sechs Wochen für einen halben Tag, insgesamt "
                "sechs- bis achtmal. Bei jedem Treffen stellen zwei oder drei Mitglieder je 45 "
                "bis 60 Minuten lang ein Problem vor: eine kurze Beschreibung, eine Fragerunde, "
                "die Reflexion der vortragenden Person und die Verpflichtung zu einer konkreten "
                "Maßnahme bis zum nächsten Treffen."
            ),
        },
        {
            "title": "Moderieren, dann zurücktreten",
            "body": (
                "In den ersten Treffen zeigt eine erfahrene Moderation gutes Fragen vor und "
                "achtet auf die Zeit. Etwa ab dem vierten Treffen moderieren die Mitglieder "
                "abwechselnd, damit die Gruppe ohne externe Unterstützung weiterarbeiten – oder "
                "anderswo nachgebildet werden – kann."
            ),
        },
        {
            "title": "Lernen und Wirkung auswerten",
            "body": (
                "Beim letzten Treffen blickt jedes Mitglied auf die ergriffenen Maßnahmen "
                "zurück, auf das, was sich verändert hat, und auf das, was es über sich selbst "
                "als Führungskraft gelernt hat. Geben Sie der Schirmherrschaft eine kurze, "
                "anonymisierte Zusammenfassung der wiederkehrenden Themen und vereinbaren Sie, "
                "ob die Gruppe eigenständig weitermacht."
            ),
        },
    ],
    "people": (
        "Fünf bis sieben Führungskräfte der operativen Ebene aus verschiedenen Teams oder "
        "Standorten; eine erfahrene interne oder externe Moderation für Action Learning; eine "
        "Schirmherrin oder ein Schirmherr aus der Leitung, der die Zeit der Teilnehmenden "
        "schützt, aber nicht selbst teilnimmt."
    ),
    "time": (
        "Sechs bis acht halbtägige Treffen im Abstand von vier bis sechs Wochen, über etwa "
        "neun Monate"
    ),
    "pitfalls": (
        "Gruppen geraten ins Stocken, wenn die Teilnahme nachlässt. Sobald zwei Mitglieder "
        "ein Treffen verpassen, verliert die Gruppe an Schwung, und andere beginnen, das "
        "Tagesgeschäft vorzuziehen. Legen Sie die Termine für den ganzen Zyklus zu Beginn "
        "fest und bitten Sie die Schirmherrschaft, die Teilnahme sichtbar als legitim zu "
        "kennzeichnen.\n\n"
        "Das andere häufige Problem ist, dass aus Fragen Ratschläge werden – besonders unter "
        "erfahrenen Führungskräften, die gewohnt sind, Probleme schnell zu lösen. Die "
        "Moderation sollte als Frage verkleidete Ratschläge („Haben Sie schon einmal daran "
        "gedacht …?“) behutsam unterbrechen und das Problem an die Person zurückgeben, der es "
        "gehört."
    ),
    "worked_example": (
        "Ein französisches interkommunales Krankenhaus führte während der Neuordnung seines "
        "chirurgischen Behandlungspfads zwei Gruppen für 13 Stations- und Abteilungsleitungen "
        "(cadres de santé) durch. Zu den eingebrachten Problemen gehörten wiederkehrende "
        "Krankmeldungen in einer Nachtschicht, die Einführung eines neuen "
        "Bettenmanagementsystems und ein Konflikt mit einem ärztlichen Leiter über die "
        "OP-Planung.\n\n"
        "In der Abschlussauswertung beschrieben 11 der 13 Führungskräfte eine konkrete "
        "Veränderung, die sie aufgrund der Gruppe vorgenommen hatten. Die Personalfluktuation "
        "in ihren Bereichen sank im folgenden Jahr von 16 % auf 11 %, wobei das Krankenhaus "
        "diese Zahl vorsichtig bewertet, weil gleichzeitig weitere Veränderungen stattfanden. "
        "Beide Gruppen arbeiteten mit gegenseitiger Moderation weiter, nachdem sich die externe "
        "Moderation zurückgezogen hatte."
    ),
}


DE["guides"]["learning-partnership-with-a-university"] = {
    "title": "Eine Lernpartnerschaft mit einer Hochschule aufbauen",
    "summary": (
        "Wie eine Behörde, ein Forschungsteam einer Hochschule und, wo sinnvoll, eine "
        "Beratung eine Lernpartnerschaft eingehen können: eine dauerhafte Beziehung, in der "
        "alle Beteiligten aus einer Reform lernen, während sie sich entfaltet – statt eine "
        "einmalige Evaluation in Auftrag zu geben."
    ),
    "problem": (
        "Behörden, die sich in einer Reform befinden, begegnen der Wissenschaft meist in einer "
        "von zwei Rollen: als Evaluatorinnen und Evaluatoren, die am Ende berichten, oder als "
        "Fachleute, die zu Beginn beraten. Keine der beiden Rollen hilft viel in der "
        "unübersichtlichen Mitte, wenn Pläne auf die Wirklichkeit treffen und Führungskräfte "
        "schnell verstehen müssen, was gerade geschieht.\n\n"
        "Hochschulen wiederum fällt es schwer, der Praxis nahe genug zu kommen, um sie "
        "gründlich zu untersuchen. Der Zugang wird Projekt für Projekt ausgehandelt, die "
        "Ergebnisse kommen zu spät, um nützlich zu sein, und am Ende sind beide Seiten "
        "enttäuscht."
    ),
    "when_to_use": (
        "Erwägen Sie eine Lernpartnerschaft, wenn eine Reform mindestens zwei Jahre läuft, "
        "wenn ihre Ergebnisse ungewiss sind und von Anpassungen unterwegs abhängen und wenn die "
        "Behörde bereit ist, ihre Praxis beobachten und hinterfragen zu lassen.\n\n"
        "Sie funktioniert am besten, wenn es ein Forschungsteam mit echtem Interesse am Thema "
        "gibt – nicht nur mit freien Kapazitäten – und wenn die Behörde einer namentlich "
        "benannten Führungskraft Zeit für die Pflege der Beziehung geben kann."
    ),
    "steps": [
        {
            "title": "Einen Forschungspartner mit einer gemeinsamen Frage finden",
            "body": (
                "Gehen Sie von einer Frage aus, die beiden Seiten wichtig ist, zum Beispiel: "
                "„Wie passen sich Teams vor Ort an, wenn Leistungsziele wegfallen?“ Treffen Sie "
                "vor der Auswahl zwei oder drei Forschungsgruppen in informellem Rahmen und "
                "achten Sie auf Forschende, die schon an der Seite von Praktikerinnen und "
                "Praktikern gearbeitet haben und mit Ungewissheit umgehen können."
            ),
        },
        {
            "title": "Rollen und eine Partnerschaftscharta vereinbaren",
            "body": (
                "Verfassen Sie eine kurze Charta zu Zweck, Beitrag jeder Partei, Zugang zu Daten "
                "und Personen, zur Weitergabe von Ergebnissen vor der Veröffentlichung und dazu, "
                "was bei einem vorzeitigen Ende der Partnerschaft geschieht. Seien Sie klar bei "
                "den Rollen: Die Wissenschaft bringt Gründlichkeit und Distanz ein, die Beratung "
                "Moderation und Methodik, die Führungskräfte Kontextwissen und die Befugnis zu "
                "handeln."
            ),
        },
        {
            "title": "Ethik, Daten und Veröffentlichung klären",
            "body": (
                "Holen Sie frühzeitig das Votum einer Ethikkommission ein und vereinbaren Sie "
                "eine Regelung zum Datenaustausch, die den Anforderungen des oder der "
                "Datenschutzbeauftragten der Behörde genügt. Legen Sie fest, dass die Behörde "
                "Veröffentlichungsentwürfe auf sachliche Richtigkeit und Vertraulichkeit "
                "prüfen, Ergebnisse aber nicht per Veto verhindern darf."
            ),
        },
        {
            "title": "Einen Rhythmus gemeinsamer Reflexion aufbauen",
            "body": (
                "Halten Sie alle zwei bis drei Monate eine Lernsitzung ab, in der die "
                "Forschenden erste Beobachtungen zurückmelden und die Führungskräfte besprechen, "
                "was diese für den nächsten Zeitraum bedeuten. Kurze, häufige Ergebnisse – "
                "zweiseitige Kurzberichte, ein gemeinsames Beobachtungsprotokoll – sind "
                "nützlicher als ein langer Zwischenbericht."
            ),
        },
        {
            "title": "Menschen über die Grenze hinweg einbinden",
            "body": (
                "Geben Sie, wo möglich, einer Forscherin oder einem Forscher einen Arbeitsplatz "
                "und einen Hausausweis, und bieten Sie einer Führungskraft eine Gastrolle an der "
                "Hochschule an. Die gemeinsame Betreuung einer Doktorandin, eines Doktoranden "
                "oder einer Masterarbeit kann die Partnerschaft über mehrere Jahre verankern."
            ),
        },
        {
            "title": "Die Partnerschaft selbst überprüfen",
            "body": (
                "Überprüfen Sie einmal im Jahr, wie die Partnerschaft funktioniert: was jede "
                "Seite gelernt hat, wo Spannungen entstanden sind und ob die ursprüngliche Frage "
                "noch von Bedeutung ist. Lernpartnerschaften bringen echte Dilemmata mit sich – "
                "zwischen Unabhängigkeit und Nähe, Tempo und Gründlichkeit –, und diese "
                "benennt man am besten offen."
            ),
        },
    ],
    "people": (
        "Eine Schirmherrin oder ein Schirmherr aus der Leitung und eine für das Tagesgeschäft "
        "verantwortliche Person in der Behörde; eine Projektleitung und ein oder zwei "
        "Forschende an der Hochschule; optional eine Beratung oder Moderation; der oder die "
        "Datenschutzbeauftragte der Behörde und eine Ethikkommission der Hochschule."
    ),
    "time": (
        "Drei bis sechs Monate für den Aufbau, danach mindestens zwei Jahre gemeinsamer Arbeit "
        "mit Lernsitzungen alle zwei bis drei Monate"
    ),
    "pitfalls": (
        "Partnerschaften scheitern häufiger an Erwartungen als an der Methode. Erwartet die "
        "Behörde eine Beratung und die Hochschule ein Forschungsfeld, sind beide frustriert. "
        "Nehmen Sie sich früh Zeit, offen zu sagen, was jede Seite braucht und was sie nicht "
        "leisten kann.\n\n"
        "Achten Sie auch auf Vereinnahmung. Forschende, die zu nah herankommen, können die "
        "kritische Distanz verlieren, die sie wertvoll gemacht hat, während Führungskräfte "
        "beginnen könnten, die Partnerschaft zur Legitimierung bereits getroffener "
        "Entscheidungen zu nutzen. Eine jährliche Überprüfung und ein externer kritischer "
        "Freund helfen, die Beziehung ehrlich zu halten."
    ),
    "worked_example": (
        "Eine englische Großstadtkommune (metropolitan borough council) ging eine dreijährige "
        "Lernpartnerschaft mit einer regionalen Hochschule und einer kleinen Beratungsfirma "
        "ein, während sie die Pflege und Unterstützung für Erwachsene neu ausrichtete – weg von "
        "der Vergabe nach Zeit und Verrichtung, hin zu tragfähigen Beziehungen. Die Forschenden "
        "nahmen in zwei Pilotquartieren an den vierzehntäglichen Teambesprechungen teil und "
        "verfassten in drei Jahren neun zweiseitige Lernberichte.\n\n"
        "Ein früher Bericht zeigte, dass Pflegekräfte ihre Besuche noch immer in "
        "15-Minuten-Blöcken dokumentierten, weil das alte Fallmanagementsystem dies verlangte – "
        "was den neuen Ansatz untergrub. Die Kommune änderte das System innerhalb von vier "
        "Monaten. Beide Partner sehen in dieser Art schneller Rückmeldung, nicht im "
        "Abschlussbericht, den wichtigsten Nutzen der Partnerschaft."
    ),
}


DE["guides"]["coaching-senior-leaders-through-restructuring"] = {
    "title": "Führungskräfte durch eine Umstrukturierung coachen",
    "summary": (
        "Einzel- und Teamcoaching für Direktorinnen, Direktoren und Amtsleitungen, die eine "
        "Umstrukturierung leiten müssen und zugleich selbst von ihr betroffen sind: "
        "Auftragsklärung, Vertraulichkeit, zu erwartende Themen und die Verbindung des "
        "Coachings mit der Strategie der Organisation."
    ),
    "problem": (
        "Umstrukturierungen bringen Führungskräfte in eine Doppelrolle. Von ihnen wird "
        "erwartet, Veränderungen zu gestalten und zu erklären, Beschäftigte zu beruhigen und "
        "den Betrieb aufrechtzuerhalten – während sie sich oft selbst auf ihre eigene Stelle "
        "neu bewerben oder Kolleginnen und Kollegen verlieren, mit denen sie jahrelang "
        "zusammengearbeitet haben. Nur wenige Organisationen erkennen dies offen an.\n\n"
        "Ohne Unterstützung ziehen sich Führungskräfte häufig auf Verfahren zurück: Zeitpläne, "
        "Anhörungsunterlagen und Organigramme. Die Beschäftigten erleben das als Distanz, "
        "Gerüchte füllen die Lücke, und der strategische Zweck der Umstrukturierung geht in "
        "ihrer Mechanik verloren."
    ),
    "when_to_use": (
        "Bieten Sie Coaching ab dem Moment an, in dem die Umstrukturierung den "
        "Führungskräften angekündigt wird, nicht erst, wenn Probleme auftreten. Am "
        "wertvollsten ist es für Direktorinnen, Direktoren und Amtsleitungen, die neue "
        "Einheiten leiten werden, für Führungskräfte, deren eigene Stelle gefährdet ist, und "
        "für ein neues Leitungsteam, das schnell zusammenfinden muss. Es ergänzt die formelle "
        "Unterstützung durch die Personalabteilung und die Beteiligung der Beschäftigten, "
        "ersetzt sie aber nicht."
    ),
    "steps": [
        {
            "title": "Den Auftrag auf drei Ebenen klären",
            "body": (
                "Vereinbaren Sie einen Dreiecksvertrag zwischen Coach, Führungskraft und "
                "auftraggebender Organisation. Die Organisation legt Zweck und Grenzen fest, "
                "zum Beispiel „die Zusammenführung zweier Abteilungen leiten“; der Inhalt der "
                "Sitzungen bleibt der Führungskraft vorbehalten. Stellen Sie klar, dass Coaches "
                "niemals nach ihrer Einschätzung gefragt werden, ob jemand für eine Stelle "
                "geeignet ist."
            ),
        },
        {
            "title": "Coaches wählen, die den öffentlichen Dienst kennen",
            "body": (
                "Bieten Sie jeder Führungskraft eine Auswahl von zwei oder drei Coaches an, "
                "mindestens eine Person davon von außerhalb der Organisation. Die Coaches "
                "sollten öffentliche Steuerung, politische Verantwortlichkeit und die Regeln "
                "der Personalbeteiligung kennen, zertifiziert sein und regelmäßig Supervision "
                "erhalten."
            ),
        },
        {
            "title": "Am eigenen Übergang der Führungskraft arbeiten",
            "body": (
                "Die ersten Sitzungen drehen sich oft um die eigene Lage der Führungskraft: "
                "Ungewissheit, Verlust und Loyalität gegenüber früheren Teams. Wenn "
                "Führungskräfte diese Reaktionen benennen können, fällt es ihnen leichter, "
                "dieselben Reaktionen bei ihren Beschäftigten zu erkennen."
            ),
        },
        {
            "title": "Coaching mit dem strategischen Zweck verbinden",
            "body": (
                "Spätere Sitzungen wenden sich der Führung anderer zu: wie man erklärt, warum "
                "die Umstrukturierung stattfindet, wie man schwierige Gespräche führt und wie "
                "man den Blick auf die Ergebnisse für die Bürgerinnen und Bürger richtet. "
                "Coaches können die Strategiedokumente der Organisation selbst als Material "
                "nutzen."
            ),
        },
        {
            "title": "Teamcoaching für das neue Leitungsteam ergänzen",
            "body": (
                "Sobald die neue Struktur steht, helfen zwei oder drei Teamcoaching-Sitzungen "
                "dem neuen Leitungsteam zu vereinbaren, wie es zusammenarbeiten, entscheiden "
                "und mit Meinungsverschiedenheiten umgehen will. Oft werden gerade hier alte "
                "Loyalitäten zu früheren Organisationen sichtbar und besprechbar."
            ),
        },
        {
            "title": "Themen sammeln, keine Geschichten",
            "body": (
                "Am Ende des Programms geben die Coaches der auftraggebenden Stelle eine "
                "anonymisierte Zusammenfassung der wiederkehrenden Themen aller Gecoachten – "
                "etwa unklare Entscheidungsbefugnisse oder Überlastung in einem bestimmten "
                "Bereich –, damit die Organisation darauf reagieren kann."
            ),
        },
    ],
    "people": (
        "Acht bis fünfundzwanzig Führungskräfte; ein Pool zertifizierter Coaches, mindestens "
        "eine Person davon extern; eine verantwortliche Person aus Personal- oder "
        "Organisationsentwicklung als Auftraggeberin und Programmleitung."
    ),
    "time": (
        "Sechs Einzelsitzungen zu je 90 Minuten pro Führungskraft über sechs bis neun Monate, "
        "dazu zwei oder drei Teamcoaching-Sitzungen"
    ),
    "pitfalls": (
        "Vertraulichkeit ist die Grundlage. Wenn Führungskräfte vermuten, dass das Coaching in "
        "Auswahlentscheidungen einfließen könnte, sprechen sie nicht offen, und das Coaching "
        "wird zur Vorführung. Halten Sie diese Grenze schriftlich fest und trennen Sie das "
        "Coaching vollständig von jedem Beurteilungsverfahren.\n\n"
        "Ein weiterer Fehler ist es, Coaching nur denen anzubieten, die Schwierigkeiten haben – "
        "das stigmatisiert es. Wird es der gesamten Führungsebene einschließlich der "
        "Behördenleitung angeboten, signalisiert das, dass die Leitung einer Umstrukturierung "
        "für alle schwer ist."
    ),
    "worked_example": (
        "Eine italienische örtliche Gesundheitsbehörde, die 610.000 Menschen versorgt, legte "
        "drei Krankenhausbezirke zu zwei zusammen; davon waren 31 Führungspositionen "
        "betroffen. Sie bot allen 24 Direktorinnen, Direktoren und Abteilungsleitungen sechs "
        "Coaching-Sitzungen an, auch denjenigen, deren Stellen gefährdet waren, sowie "
        "Teamcoaching für die beiden neuen Bezirksleitungsteams.\n\n"
        "In einer Beschäftigtenbefragung sechs Monate nach der Umstellung stimmten 58 % der "
        "Beschäftigten in den neuen Bezirken der Aussage zu, „die Führungskräfte haben "
        "erklärt, warum die Änderungen vorgenommen wurden“ – gegenüber 34 % nach einer "
        "ähnlichen Neuorganisation drei Jahre zuvor ohne Coaching. Die anonymisierte "
        "Themenzusammenfassung veranlasste die Behörde, die Budgetbefugnisse zwischen Bezirks- "
        "und Krankenhausdirektionen zu klären, die die Gecoachten immer wieder als Konfliktquelle "
        "genannt hatten."
    ),
}


DE["guides"]["od-facilitation-for-merging-two-agencies"] = {
    "title": "Prozessbegleitung in der Organisationsentwicklung bei der Fusion zweier Behörden",
    "summary": (
        "Ein moderierter Prozess, der fusionierenden öffentlichen Stellen hilft, einen "
        "gemeinsamen Auftrag, eine gemeinsame Kultur und gemeinsame Arbeitsweisen zu "
        "entwickeln – parallel zu den rechtlichen, finanziellen und personalwirtschaftlichen "
        "Schritten der Fusion."
    ),
    "problem": (
        "Fusionen von Behörden werden meist als Strukturprojekte geplant: ein neuer "
        "Rechtsträger, ein gemeinsamer Haushalt, ein IT-System und ein neues Organigramm. Die "
        "kulturelle Fusion – wie Menschen entscheiden, was ihnen wichtig ist, wie sie mit "
        "Bürgerinnen und Bürgern umgehen – bleibt sich selbst überlassen und gelingt oft "
        "nicht.\n\n"
        "Noch Jahre nach einer Fusion bezeichnen sich Beschäftigte mitunter mit dem Namen "
        "ihrer früheren Organisation. Doppelte Abläufe bleiben bestehen, informelle Netzwerke "
        "folgen den alten Grenzen, und die erwarteten Vorteile gebündelter Fachkompetenz "
        "stellen sich nie ein."
    ),
    "when_to_use": (
        "Beginnen Sie die Prozessbegleitung, sobald eine Fusion beschlossen ist, idealerweise "
        "6 bis 12 Monate vor dem rechtlichen Fusionstermin, und setzen Sie sie mindestens ein "
        "Jahr danach fort. Sie eignet sich für Zusammenschlüsse von Gemeinden, von "
        "Einrichtungen des Gesundheits- und Sozialwesens, von Aufsichtsbehörden oder "
        "zentralen Behörden sowie für große Shared-Service-Modelle, in denen Organisationen "
        "Teams zusammenlegen, ohne vollständig zu fusionieren."
    ),
    "steps": [
        {
            "title": "Beide Kulturen analysieren",
            "body": (
                "Beschreiben Sie mit kurzen Interviews, Fokusgruppen und einer einfachen "
                "Kulturbefragung in jeder Organisation, wie die Arbeit tatsächlich erledigt "
                "wird: Entscheidungsfindung, Umgang mit Risiken, Beziehungen zu Bürgerinnen, "
                "Bürgern und Politik. Teilen Sie die Ergebnisse mit beiden Belegschaften und "
                "stellen Sie Unterschiede als Tatsachen dar, mit denen man arbeiten kann, nicht "
                "als Probleme, die zu beheben sind."
            ),
        },
        {
            "title": "Eine gemeinsame Gestaltungsgruppe bilden",
            "body": (
                "Richten Sie eine Gestaltungsgruppe mit 12 bis 20 Personen aus beiden "
                "Organisationen und aus verschiedenen Ebenen ein, nicht nur aus Führungskräften. "
                "Die Gruppe erarbeitet mit der Prozessbegleitung Auftrag, Werte und zentrale "
                "Arbeitsweisen der fusionierten Organisation und erprobt ihre Entwürfe mit "
                "Kolleginnen und Kollegen."
            ),
        },
        {
            "title": "Zuerst am gemeinsamen Auftrag arbeiten",
            "body": (
                "Moderieren Sie, bevor über Strukturen gesprochen wird, Workshops dazu, wofür "
                "die fusionierte Behörde da ist und was Bürgerinnen und Bürger infolge der "
                "Fusion bemerken sollten. Ein gemeinsamer Auftrag gibt Menschen einen Grund, "
                "vertraute Routinen loszulassen."
            ),
        },
        {
            "title": "Gemischte Arbeitsbereiche schaffen",
            "body": (
                "Mischen Sie Beschäftigte beider Organisationen so früh wie möglich in Teams, "
                "Projektgruppen und räumlichen Arbeitsbereichen. Wer mit jemandem von der "
                "anderen Seite an echten Aufgaben arbeitet, baut schneller Vertrauen auf als bei "
                "gemeinsamen Klausurtagen."
            ),
        },
        {
            "title": "Reibungspunkte sichtbar machen und auflösen",
            "body": (
                "Halten Sie regelmäßig moderierte Sitzungen ab, in denen Teams die "
                "Reibungspunkte benennen, die sie erleben – unterschiedliche Formulare, "
                "unterschiedliche Genehmigungswege, ein anderer Ton gegenüber der Öffentlichkeit "
                "– und vereinbaren, welche Praxis übernommen wird. Dokumentieren Sie die "
                "Entscheidungen, damit sie nicht endlos neu verhandelt werden."
            ),
        },
        {
            "title": "Die Integration über die Zeit verfolgen",
            "body": (
                "Wiederholen Sie die Kulturbefragung nach 6, 12 und 24 Monaten, einschließlich "
                "einer Frage, mit welcher Organisation sich die Menschen identifizieren. Teilen "
                "Sie die Ergebnisse offen und lenken Sie die Prozessbegleitung dorthin, wo die "
                "Integration hinterherhinkt."
            ),
        },
    ],
    "people": (
        "Eine oder mehrere Prozessbegleiterinnen oder Prozessbegleiter für "
        "Organisationsentwicklung, idealerweise ein Tandem mit je einer Person von jeder "
        "Seite; eine gemeinsame Gestaltungsgruppe aus 12–20 Beschäftigten; die Leitungsteams "
        "beider Organisationen; Vertretungen von Personalabteilung, Kommunikation und "
        "Personalrat bzw. Gewerkschaften."
    ),
    "time": (
        "Sechs bis zwölf Monate vor der rechtlichen Fusion und mindestens zwölf Monate danach, "
        "in der Regel mit zehn bis fünfzehn moderierten Workshops und drei oder vier "
        "Befragungsrunden"
    ),
    "pitfalls": (
        "Das größte Risiko ist, dass die größere Organisation die kleinere still und leise "
        "vereinnahmt, während offiziell von Partnerschaft die Rede ist. Die Beschäftigten der "
        "kleineren Stelle bemerken das sofort. Wählen Sie Arbeitsweisen nach ihrer Eignung aus, "
        "und sagen Sie es offen, wenn der Ansatz einer Organisation vollständig übernommen "
        "wird.\n\n"
        "Die Prozessbegleitung kann auch zu einem Parallelstrang ohne Einfluss auf echte "
        "Entscheidungen werden. Verbinden Sie die Gestaltungsgruppe direkt mit dem "
        "Lenkungsausschuss des Fusionsprogramms und sehen Sie dort einen ständigen "
        "Tagesordnungspunkt vor, damit kulturelle und strukturelle Entscheidungen gemeinsam "
        "getroffen werden."
    ),
    "worked_example": (
        "Als Finnland die Gesundheits- und Sozialdienste von den Gemeinden auf die "
        "Wohlfahrtsbezirke übertrug, führte ein Bezirk die Sozialdienste von elf Gemeinden "
        "und einen Krankenhausbezirk mit 6.800 Beschäftigten zusammen. Ein Team aus vier "
        "Prozessbegleiterinnen und -begleitern arbeitete 22 Monate lang mit einer gemeinsamen "
        "Gestaltungsgruppe aus 18 Beschäftigten, beginnend acht Monate vor der rechtlichen "
        "Übertragung.\n\n"
        "Die wiederholte Kulturbefragung zeigte, dass der Anteil der Beschäftigten, die sich "
        "vor allem mit ihrem früheren Arbeitgeber identifizierten, von 71 % vor der "
        "Übertragung auf 38 % nach achtzehn Monaten sank. Die größten verbleibenden Lücken "
        "gab es in Teams, die noch nicht in gemeinsame Räumlichkeiten umgezogen waren; "
        "daraufhin zog der Bezirk zwei Vorhaben zur gemeinsamen Unterbringung vor."
    ),
}


DE["guides"]["peer-review-between-municipalities"] = {
    "title": "Peer-Review zwischen Kommunen",
    "summary": (
        "Ein Team aus Verwaltungsbeschäftigten und Mandatsträgerinnen und Mandatsträgern "
        "anderer Kommunen verbringt mehrere Tage in einer gastgebenden Kommune, untersucht eine "
        "vereinbarte Fragestellung und gibt offene, konstruktive Rückmeldung – eine Verbindung "
        "aus kritischem Blick von außen und dem Verständnis von Menschen, die ähnliche Arbeit "
        "leisten."
    ),
    "problem": (
        "Kommunen werden von Aufsicht und Rechnungsprüfung kontrolliert, doch die Aufsicht "
        "konzentriert sich meist auf Rechtmäßigkeit und die Rechnungsprüfung auf das Geld. "
        "Keine von beiden beantwortet ohne Weiteres die Fragen, die Kommunen am meisten "
        "beschäftigen: Ist unsere Strategie realistisch, sind wir so aufgestellt, dass wir sie "
        "umsetzen können, und was machen andere besser?\n\n"
        "Beratungsgutachten können solche Fragen beantworten, sind aber teuer und stoßen "
        "mitunter auf Skepsis bei Beschäftigten, die den Eindruck haben, dass Außenstehende "
        "die Kommunalverwaltung nicht verstehen. Internen Überprüfungen fehlt die Distanz."
    ),
    "when_to_use": (
        "Ein Peer-Review ist nützlich vor einer neuen Strategie oder einer größeren Reform, "
        "nach einem Wechsel der politischen Führung, wenn ein Bereich unter Druck steht, oder "
        "als regelmäßiger Gesundheitscheck alle drei bis fünf Jahre. Es funktioniert am "
        "besten, wenn die gastgebende Kommune den Schwerpunkt selbst wählt und bereit ist, "
        "unbequeme Befunde zu hören."
    ),
    "steps": [
        {
            "title": "Den Umfang mit der gastgebenden Kommune vereinbaren",
            "body": (
                "Die Verwaltungsspitze der gastgebenden Kommune wählt zwei oder drei Fragen, "
                "zum Beispiel: „Wie gut wird unsere Klimastrategie über alle Fachbereiche hinweg "
                "umgesetzt?“ Der Umfang wird in einem kurzen Einladungsschreiben festgehalten, "
                "das von der Gastgeberin und der Review-Leitung unterzeichnet wird."
            ),
        },
        {
            "title": "Ein ausgewogenes Peer-Team zusammenstellen",
            "body": (
                "Stellen Sie vier bis sechs Peers aus Kommunen vergleichbarer Größe zusammen: "
                "eine Verwaltungsleitung oder Dezernentin bzw. einen Dezernenten, ein oder zwei "
                "Führungskräfte mit einschlägiger Fachkenntnis, ein Ratsmitglied aus einer "
                "anderen politischen Gruppierung als der Mehrheit der Gastgeberin sowie eine "
                "Review-Leitung. Die Peers dürfen keine aktuelle geschäftliche oder politische "
                "Beziehung zur Gastgeberin haben."
            ),
        },
        {
            "title": "Mit Unterlagen und einer Standortbestimmung vorbereiten",
            "body": (
                "Vier Wochen vor dem Besuch stellt die Gastgeberin eine Standortbestimmung von "
                "acht bis zehn Seiten und ihre wichtigsten Unterlagen zur Verfügung. Das "
                "Peer-Team liest sie und vereinbart vor der Anreise seine "
                "Untersuchungsschwerpunkte."
            ),
        },
        {
            "title": "Drei bis vier Tage vor Ort verbringen",
            "body": (
                "Die Peers führen 40 bis 70 Interviews und Fokusgruppen mit Politik, "
                "Führungskräften, Beschäftigten mit direktem Bürgerkontakt, Partnern und "
                "Bürgergruppen. Sie treffen sich jeden Abend, um die sich abzeichnenden Befunde "
                "an den Belegen zu prüfen und sich nicht auf einzelne Anekdoten zu stützen."
            ),
        },
        {
            "title": "Am letzten Tag persönlich zurückmelden",
            "body": (
                "Am letzten Tag stellt das Team seine Befunde und Empfehlungen der "
                "Verwaltungsspitze vor, zuerst im kleinen Kreis und dann einem größeren Kreis "
                "von Führungskräften. Die Rückmeldung sollte offen und konkret sein und Stärken "
                "ebenso klar benennen wie Verbesserungsbereiche."
            ),
        },
        {
            "title": "Den Bericht veröffentlichen und nachfassen",
            "body": (
                "Innerhalb von vier Wochen folgt ein schriftlicher Bericht; eine "
                "Veröffentlichung wird ausdrücklich empfohlen. Die Gastgeberin erstellt einen "
                "Maßnahmenplan, und ein kürzerer Folgebesuch 9 bis 12 Monate später prüft den "
                "Fortschritt."
            ),
        },
    ],
    "people": (
        "Die Verwaltungsspitze der gastgebenden Kommune und eine Ansprechperson; ein Peer-Team "
        "aus vier bis sechs Verwaltungsbeschäftigten und Ratsmitgliedern anderer Kommunen; eine "
        "Review-Leitung aus einem kommunalen Spitzenverband oder Netzwerk."
    ),
    "time": (
        "Etwa drei Monate von der Einladung bis zum Abschlussbericht, einschließlich drei bis "
        "vier Tagen vor Ort, und ein Folgebesuch nach neun bis zwölf Monaten"
    ),
    "pitfalls": (
        "Peer-Reviews verlieren ihren Wert, wenn der Umfang so gezogen wird, dass schwierige "
        "Bereiche ausgespart bleiben. Ist die Verwaltungsspitze nicht bereit, eine kritische "
        "Botschaft zu hören, verschieben Sie das Review. Ebenso sollten die Peers der "
        "Versuchung widerstehen, alles zu prüfen: Ein fokussiertes Review ist nützlicher als "
        "ein oberflächliches allgemeines.\n\n"
        "Gegenseitigkeit ist wichtig. Kommunen, die Reviews empfangen, aber nie selbst Peers "
        "entsenden, schwächen das Netzwerk. Führen Sie einfach Buch über geleistete und "
        "empfangene Peer-Tage."
    ),
    "worked_example": (
        "Ein Netzwerk von 22 Gemeinden in einer spanischen Provinz führte in drei Jahren 14 "
        "Peer-Reviews durch. In einem davon bat eine Stadt mit 34.000 Einwohnerinnen und "
        "Einwohnern die Peers zu untersuchen, warum die Beteiligung an ihrem Bürgerhaushalt "
        "zurückging. Die Peers befragten 52 Personen und stellten fest, dass in früheren "
        "Jahren beschlossene Projekte nicht umgesetzt worden waren – was die Bürgerinnen und "
        "Bürger als gebrochenes Versprechen empfanden.\n\n"
        "Die Stadt veröffentlichte den Bericht, setzte die 17 ausstehenden Projekte innerhalb "
        "eines Jahres um und führte eine öffentliche Online-Übersicht zum Umsetzungsstand ein. "
        "Die Beteiligung am nächsten Bürgerhaushalt stieg von 4,1 % auf 7,9 % der "
        "Berechtigten."
    ),
}


DE["cases"]["fjordby-strategy-for-older-residents"] = {
    "title": (
        "Einwohnerinnen und Einwohner gestalten die Altenstrategie einer dänischen Gemeinde neu"
    ),
    "summary": (
        "Die Gemeinde Fjordby ersetzte eine von der Verwaltung verfasste Strategie und eine "
        "Beteiligung mit nur 23 Rückmeldungen durch einen eintägigen Workshop, in dem ältere "
        "Einwohnerinnen und Einwohner sowie pflegende Angehörige die Prioritäten setzten. Die "
        "Krankenhausentlassung erwies sich als wichtigstes Thema und wurde zum Kernstück der "
        "Strategie."
    ),
    "organisation": "Fjordby Kommune (Gemeinde Fjordby)",
    "size": "4.300 Beschäftigte; 58.000 Einwohnerinnen und Einwohner",
    "period": "2021–2023",
    "challenge": (
        "Fjordby erwartet, dass die Zahl der Einwohnerinnen und Einwohner ab 80 Jahren "
        "zwischen 2021 und 2032 um 46 % steigt, während die Zahl der Menschen im "
        "erwerbsfähigen Alter sinkt. Die vorherige Altenstrategie war von der Abteilung "
        "Gesundheit und Pflege verfasst und 2017 in die öffentliche Beteiligung gegeben "
        "worden; sie erhielt 23 schriftliche Stellungnahmen, die meisten von Organisationen "
        "statt von Einwohnerinnen und Einwohnern.\n\n"
        "Der Gemeinderat wollte, dass die nächste Strategie von den Menschen geprägt wird, für "
        "die sie gedacht ist. Der Verwaltung war zudem bewusst, dass sich die Leistungsdaten "
        "der Abteilung auf die Zahl der geleisteten Stunden häuslicher Pflege konzentrierten "
        "und wenig darüber aussagten, wie ältere Menschen das System als Ganzes erlebten."
    ),
    "what_was_done": (
        "Die Strategieeinheit begann mit einer Stakeholder-Analyse gemeinsam mit "
        "Beschäftigten der häuslichen Pflege, dem Seniorenbeirat und zwei "
        "Seniorenverbänden. Dabei zeigte sich, dass gebrechliche Einwohnerinnen und Einwohner, "
        "die häusliche Pflege erhalten, und ihre Angehörigen in Beteiligungsverfahren fast nie "
        "zu Wort kamen. Deshalb halfen Beschäftigte der häuslichen Pflege, Teilnehmende direkt "
        "anzusprechen, und die Gemeinde bot Fahrdienst, eine Mahlzeit und einen Gutschein "
        "an.\n\n"
        "48 Personen nahmen an einem ganztägigen Workshop in der Hauptbibliothek teil: 27 "
        "Einwohnerinnen und Einwohner im Alter von 67 bis 91 Jahren, acht Angehörige und "
        "pflegende Personen sowie 13 Beschäftigte. Sechs Tischmoderatorinnen und "
        "-moderatoren wurden von einer Nachbargemeinde ausgeliehen, damit keine von ihnen "
        "Dienste in Fjordby leitete. Die Tische arbeiteten bebilderte Informationskarten durch "
        "und brachten Optionen in eine Rangfolge; alle Teilnehmenden erhielten zwei Wochen "
        "später eine schriftliche Zusammenfassung und, als der Gemeinderat die Strategie "
        "beschloss, eine Rückmeldung nach dem Muster „Sie haben gesagt – wir haben getan“."
    ),
    "outcomes": (
        "Fast jeder Tisch benannte den Übergang zwischen Krankenhausentlassung und häuslicher "
        "Pflege als wichtigstes Problem: Einwohnerinnen und Einwohner berichteten, wie sie nach "
        "Hause kamen und einen leeren Kühlschrank, unklare Medikation und tagelang keinen "
        "Besuch vorfanden. Das Thema war im Strategieentwurf nicht vorgekommen.\n\n"
        "Die beschlossene Strategie schuf die Stelle einer Entlassungskoordination, gemeinsam "
        "finanziert mit dem Regionalkrankenhaus, und das Ziel eines ersten Hausbesuchs "
        "innerhalb von 24 Stunden nach der Entlassung. Außerdem verpflichtete sich die "
        "Gemeinde, den Workshop zu Beginn jedes vierjährigen Planungszyklus zu wiederholen."
    ),
    "evidence": (
        "Der Anteil der entlassenen Einwohnerinnen und Einwohner ab 80 Jahren, die innerhalb "
        "von 24 Stunden einen ersten Hausbesuch erhielten, stieg laut den Pflegeakten der "
        "Gemeinde von 54 % im Jahr 2021 auf 86 % im Jahr 2023. Die Wiederaufnahmen innerhalb "
        "von 30 Tagen sanken für dieselbe Gruppe nach Daten des Regionalkrankenhauses von "
        "19,2 % auf 16,5 %, wobei die Gemeinde dies vorsichtig bewertet, weil das Krankenhaus "
        "im selben Zeitraum seine Entlassungsverfahren geändert hat.\n\n"
        "41 der 48 Teilnehmenden füllten einen Auswertungsbogen aus, und 37 gaben an, wieder "
        "teilnehmen zu wollen. Die öffentliche Beteiligung zum endgültigen Entwurf erhielt "
        "212 Stellungnahmen, gegenüber 23 im Jahr 2017. Neunzehn der ursprünglichen "
        "Teilnehmenden kamen ein Jahr später zur Überprüfungssitzung."
    ),
    "lessons": (
        "Die Gewinnung über die Beschäftigten der häuslichen Pflege war die wichtigste "
        "Einzelentscheidung: Sie brachte Einwohnerinnen und Einwohner in den Raum, die auf "
        "eine offene Einladung nie reagiert hätten. Dass die Moderation aus einer anderen "
        "Gemeinde kam, half den Einwohnerinnen und Einwohnern, offen über die örtlichen Dienste "
        "zu sprechen.\n\n"
        "Die Führungskräfte unterschätzten, wie wichtig die Nachbereitung sein würde. Die "
        "Rückmeldung „Sie haben gesagt – wir haben getan“ kostete zwei Wochen Arbeit, "
        "brachte aber mehr positive Resonanz als der Workshop selbst."
    ),
    "quotes": [
        {
            "text": (
                "Wir dachten, wir wüssten, was ältere Menschen von uns wollen. Die Tische haben "
                "uns gezeigt, dass wir das falsche Problem gelöst hatten."
            ),
            "attribution": "Leitung Gesundheit und Pflege, Fjordby Kommune",
        },
        {
            "text": (
                "Zum ersten Mal ging es in dem Plan darum, was an dem Tag passiert, an dem meine "
                "Mutter nach Hause kommt, und nicht um die Stunden der Gemeinde."
            ),
            "attribution": "Pflegende Angehörige und Workshop-Teilnehmerin, Fjordby",
        },
    ],
    "contact": "Referat Strategie und Entwicklung, strategi@fjordby.example",
}


DE["cases"]["lage-venen-peat-meadow-strategy"] = {
    "title": "Ein niederländischer Wasserverband findet gemeinsamen Boden in den Moorwiesen",
    "summary": (
        "Angesichts heftigen Widerstands gegen höhere Wasserstände in Moorwiesengebieten "
        "nutzte ein regionaler Wasserverband Stakeholder-Analyse und Szenarioplanung, um über "
        "örtliche Entwässerungsgenossenschaften zu arbeiten. Die Einwendungen gegen seinen "
        "Gebietsplan sanken von über 600 auf 41."
    ),
    "organisation": "Waterschap Lage Venen (Wasserverband Lage Venen)",
    "size": "640 Beschäftigte",
    "period": "2022–2024",
    "challenge": (
        "Etwa ein Drittel des Verbandsgebiets besteht aus Moorwiesen, die jedes Jahr um 0,5 "
        "bis 1 Zentimeter absinken, weil sie für die Milchviehhaltung entwässert werden. Die "
        "Entwässerung setzt außerdem Kohlendioxid aus dem Torf frei, und nationale "
        "Klimavereinbarungen verlangen, die Wasserstände anzuheben. Landwirtinnen und Landwirte "
        "fürchten um die Tragfähigkeit ihrer Betriebe.\n\n"
        "Ein früherer Gebietsplan, 2019 mit wenig Beteiligung der Landwirtschaft erstellt, "
        "zog mehr als 600 förmliche Einwendungen nach sich und wurde zurückgezogen. Die "
        "Beziehungen zwischen dem Verband, der Landwirtschaft und den Naturschutzorganisationen "
        "waren auf einem Tiefpunkt."
    ),
    "what_was_done": (
        "Der Verband erfasste zunächst seine Stakeholder. Eine Sitzung mit Führungskräften "
        "ergab 34; eine zweite Sitzung mit Außendienstbeschäftigten und zwei Landwirten fügte "
        "19 weitere hinzu, darunter sechs örtliche Entwässerungsgenossenschaften und ein "
        "Netzwerk junger Landwirtinnen und Landwirte. Die Beziehungslandkarte zeigte, dass die "
        "Genossenschaften sowohl bei der Landwirtschaft als auch beim Außendienst Vertrauen "
        "genossen und als Vermittler auftreten konnten.\n\n"
        "Mit Hilfe der Genossenschaften führte der Verband 12 Gespräche am Küchentisch mit "
        "Gruppen von Landwirtinnen und Landwirten sowie drei Gebietsworkshops durch. In zwei "
        "Szenarioworkshops entwickelten 36 Teilnehmende – Landwirtschaft, "
        "Naturschutzorganisationen, Gemeinden, Provinz und Verbandsbeschäftigte – vier "
        "Szenarien für die Landschaft im Jahr 2050, indem sie die wirtschaftlichen Aussichten "
        "der Milchviehhaltung mit der Strenge der nationalen Klimapolitik kreuzten, und prüften "
        "Optionen für den Gebietsplan an jedem dieser Szenarien."
    ),
    "outcomes": (
        "Verband und Landwirtschaft vereinbarten, die sommerlichen Wasserstände in zwei "
        "Pilotpoldern mit 1.150 Hektar um 20 Zentimeter anzuheben, kombiniert mit "
        "Unterflurdrainagen, die die Auswirkungen auf die Grünlanderträge verringern. Ein "
        "gemeinsames Monitoringprogramm, das mit den Genossenschaften betrieben wird, erfasst "
        "Grundwasserstände, Bodensenkung und betriebliche Ergebnisse.\n\n"
        "Die Verbandsversammlung beschloss 2024 eine neue Gebietsstrategie, die ein "
        "stufenweises Vorgehen für die übrigen Polder vorsieht, mit einem Prüfpunkt nach den "
        "ersten Pilotergebnissen."
    ),
    "evidence": (
        "Der Entwurf des Gebietsplans erhielt 41 förmliche Einwendungen, gegenüber mehr als "
        "600 beim Plan von 2019. In den Pilotpoldern unterzeichneten 87 von 112 "
        "landwirtschaftlichen Betrieben (78 %) Teilnahmevereinbarungen. Die Grundwasserstände "
        "werden an 46 Messstellen erfasst.\n\n"
        "Eine Befragung der Workshop-Teilnehmenden durch das Forschungsteam ergab, dass 71 % "
        "der Aussage „Der Wasserverband hört Menschen wie mir zu“ zustimmten, gegenüber 29 % "
        "in einer vergleichbaren Befragung von Grundeigentümerinnen und Grundeigentümern im "
        "Jahr 2020."
    ),
    "lessons": (
        "Der Außendienst kannte die soziale Landschaft ebenso gut wie die physische, war aber "
        "nie gefragt worden. Ihn in die Stakeholder-Analyse einzubeziehen, veränderte die "
        "gesamte Beteiligungsstrategie.\n\n"
        "Die Szenarien ermöglichten es Landwirtschaft und Naturschutzorganisationen, über die "
        "langfristige Zukunft zu sprechen, ohne in der Gegenwart Zugeständnisse zu machen. "
        "Mehrere Teilnehmende sagten, sie hätten zum ersten Mal über 2050 gesprochen statt "
        "über die nächste Förderrunde."
    ),
    "quotes": [
        {
            "text": (
                "Der Vorsitzende der Genossenschaft kannte jeden Landwirt beim Namen. Wir "
                "kannten jeden Graben bei seiner Nummer. Wir brauchten beides."
            ),
            "attribution": "Gebietsleitung, Waterschap Lage Venen",
        },
        {
            "text": (
                "Die Szenarien ließen uns über 2050 sprechen, ohne dass heute jemand nachgeben "
                "musste."
            ),
            "attribution": "Vorstandsmitglied einer örtlichen Entwässerungsgenossenschaft",
        },
    ],
    "contact": "Team Gebietsentwicklung, gebiedsprocessen@lagevenen.example",
}


DE["cases"]["north-lakeland-wellbeing-county-integration"] = {
    "title": "Elf Gemeinden und ein Krankenhausbezirk werden zu einem Wohlfahrtsbezirk",
    "summary": (
        "Ein neuer finnischer Wohlfahrtsbezirk führte kommunale Sozialdienste und einen "
        "Krankenhausbezirk mit 6.800 Beschäftigten zusammen. Prozessbegleitung in der "
        "Organisationsentwicklung und Coaching für die neuen Direktorinnen und Direktoren "
        "halbierten den Anteil der Beschäftigten, die sich noch mit ihrem früheren Arbeitgeber "
        "identifizierten."
    ),
    "organisation": "Pohjois-Järviseudun hyvinvointialue (Wohlfahrtsbezirk North Lakeland)",
    "size": "6.800 Beschäftigte",
    "period": "2022–2024",
    "challenge": (
        "Mit der finnischen Reform der Gesundheits- und Sozialdienste ging die Zuständigkeit "
        "für diese Dienste ab Januar 2023 von den Gemeinden auf 21 Wohlfahrtsbezirke über. In "
        "North Lakeland bedeutete das, die Sozialdienste von elf Gemeinden – von einer Stadt "
        "mit 68.000 Einwohnerinnen und Einwohnern bis zu ländlichen Gemeinden mit weniger als "
        "3.000 – mit einem Krankenhausbezirk zusammenzuführen.\n\n"
        "Die Organisationen hatten sehr unterschiedliche Kulturen: Die kommunale Sozialarbeit "
        "war ortsnah und beziehungsorientiert, der Krankenhausbezirk größer, hierarchischer und "
        "stärker standardisiert. Die Abläufe für Klientinnen und Klienten unterschieden sich "
        "von Gemeinde zu Gemeinde, und die Beschäftigten fürchteten, dass die "
        "Krankenhauskultur die neue Organisation dominieren würde."
    ),
    "what_was_done": (
        "Ab Mai 2022 führte ein Team aus vier Prozessbegleiterinnen und -begleitern in allen "
        "zwölf Organisationen eine Kulturanalyse mit Interviews und Fokusgruppen durch, gefolgt "
        "von einer Befragung. Eine gemeinsame Gestaltungsgruppe aus 18 Beschäftigten, darunter "
        "Sozialarbeiterinnen und Sozialarbeiter, Pflegekräfte, Verwaltungsbeschäftigte und zwei "
        "Gewerkschaftsvertreterinnen und -vertreter, erarbeitete Auftrag und Werte des Bezirks "
        "und erprobte die Entwürfe in 40 Workshops mit Beschäftigten.\n\n"
        "Nach der rechtlichen Übertragung führte die Prozessbegleitung „Reibungssitzungen“ "
        "durch, in denen gemischte Teams widersprüchliche Arbeitsweisen benannten und "
        "vereinbarten, welche übernommen wird. Allen 26 neuen Leitungen der Leistungsbereiche "
        "wurden sechs Coaching-Sitzungen angeboten, und die vier Leitungsteams der neuen "
        "Leistungsbereiche erhielten Teamcoaching. Die Kulturbefragung wurde nach 6, 12 und 18 "
        "Monaten wiederholt."
    ),
    "outcomes": (
        "Der Bezirk beschloss ein Leitbild mit Auftrag und Werten, das von der "
        "Gestaltungsgruppe und nicht vom Leitungsteam entwickelt worden war. Die "
        "Reibungssitzungen reduzierten 63 unterschiedliche Klientenprozesse in der Familien- "
        "und Erwachsenensozialarbeit auf 21 bezirksweite Prozesse, wobei örtliche Abweichungen "
        "dokumentiert wurden.\n\n"
        "Teams, die in gemeinsame Räumlichkeiten umgezogen waren, wuchsen merklich schneller "
        "zusammen, und der Bezirk zog deshalb zwei Vorhaben zur gemeinsamen Unterbringung vor."
    ),
    "evidence": (
        "Der Anteil der Beschäftigten, die sich vor allem mit ihrem früheren Arbeitgeber "
        "identifizierten, sank von 71 % vor der Übertragung auf 52 % nach 12 Monaten und 38 % "
        "nach 18 Monaten (Rücklaufquoten zwischen 41 % und 47 % der Beschäftigten je Runde). "
        "Die Fluktuation unter Sozialarbeiterinnen und Sozialarbeitern sank von 12,4 % im Jahr "
        "2022 auf 10,9 % im Jahr 2024, entgegen einem landesweit steigenden Trend.\n\n"
        "Von den 26 Direktorinnen und Direktoren, denen Coaching angeboten wurde, nahmen 24 es "
        "in Anspruch, und 22 bewerteten es in einer anonymen Auswertung als „sehr nützlich“ "
        "oder „nützlich“."
    ),
    "lessons": (
        "Acht Monate vor der rechtlichen Übertragung zu beginnen, war entscheidend; die "
        "Prozessbegleitung ist inzwischen aber der Ansicht, dass auch die Reibungssitzungen "
        "früher hätten beginnen sollen: Einige widersprüchliche Arbeitsweisen wurden fest im "
        "neuen IT-System verankert, bevor sich die Beschäftigten auf eine geeinigt hatten.\n\n"
        "Die Einbindung der Gewerkschaftsvertretungen in die Gestaltungsgruppe verhinderte, "
        "dass der Prozess als reine Managementübung wahrgenommen wurde, und erleichterte "
        "schwierige Gespräche über Arbeitszeiten."
    ),
    "quotes": [
        {
            "text": (
                "Die Leute hörten auf zu fragen, wie es in ihrer alten Gemeinde gemacht wurde, "
                "sobald sie echte Klientenfälle gemeinsam lösen mussten."
            ),
            "attribution": "Leitung der Familiendienste, Wohlfahrtsbezirk North Lakeland",
        },
    ],
    "contact": "Team Organisationsentwicklung, kehittaminen@pohjois-jarviseutu.example",
}


DE["cases"]["deux-rivieres-hospital-action-learning"] = {
    "title": "Action Learning für Stationsleitungen während einer Neuordnung der Chirurgie",
    "summary": (
        "Dreizehn Stations- und Abteilungsleitungen eines französischen interkommunalen "
        "Krankenhauses trafen sich in zwei Action-Learning-Gruppen, während die Chirurgie auf "
        "ein ambulantes Modell umgestellt wurde. Elf von ihnen setzten konkrete Veränderungen "
        "in ihren Bereichen um, und die Fluktuation in diesen Bereichen sank von 16 % auf 11 %."
    ),
    "organisation": (
        "Centre hospitalier intercommunal des Deux-Rivières (Interkommunales Krankenhaus "
        "Deux-Rivières)"
    ),
    "size": "2.150 Beschäftigte; 610 Betten",
    "period": "2022–2023",
    "challenge": (
        "Das Krankenhaus ordnete seinen chirurgischen Behandlungspfad rund um ein neues "
        "Zentrum für ambulante Chirurgie neu, baute 42 stationäre Betten ab und änderte die "
        "Arbeitszeitmodelle für rund 300 Pflege- und Assistenzkräfte. Von den "
        "Stationsleitungen wurde erwartet, diese Veränderungen zu leiten, während sie "
        "unbesetzte Stellen überbrückten und mit steigenden Krankenständen umgingen.\n\n"
        "Viele Leitungen waren aus der Pflege aufgestiegen und hatten kaum Führungsausbildung; "
        "sie beschrieben, wie isoliert sie sich zwischen den Erwartungen der Direktion und dem "
        "Frust ihrer Teams fühlten. Die Personalfluktuation in den chirurgischen Bereichen "
        "hatte 16 % pro Jahr erreicht."
    ),
    "what_was_done": (
        "Die Pflegedirektion förderte zwei Action-Learning-Gruppen mit sechs bzw. sieben "
        "Leitungen, die sich über neun Monate achtmal für einen halben Tag trafen. Eine externe "
        "Moderation von einer regionalen Hochschule für Gesundheitsmanagement leitete die ersten "
        "vier Treffen; ab dem fünften moderierten die Mitglieder abwechselnd.\n\n"
        "Zu den eingebrachten Problemen gehörten wiederkehrende Krankmeldungen in einer "
        "Nachtschicht, die Einführung eines neuen Bettenmanagementsystems und ein Konflikt mit "
        "einem ärztlichen Leiter über die OP-Planung. Zwei Mitglieder führten nach der "
        "Besprechung eines schwierigen Wochenendes mit Bettenschließungen "
        "Nachbetrachtungen (After-Action-Reviews) in ihren Bereichen ein, und die Praxis "
        "verbreitete sich auf vier weitere Bereiche."
    ),
    "outcomes": (
        "In der Abschlussauswertung beschrieben 11 der 13 Leitungen eine konkrete Veränderung, "
        "die sie aufgrund der Gruppe vorgenommen hatten, etwa eine selbst organisierte "
        "Dienstplanung in der Nachtschicht mit dem höchsten Krankenstand und eine wöchentliche "
        "gemeinsame Planungsbesprechung mit dem Anästhesieteam.\n\n"
        "Beide Gruppen trafen sich nach Programmende weiterhin alle zwei Monate mit "
        "gegenseitiger Moderation, und die Direktion hat inzwischen eine dritte Gruppe für neu "
        "ernannte Leitungen eingerichtet."
    ),
    "evidence": (
        "Die Personalfluktuation in den Bereichen der Teilnehmenden sank von 16 % im Jahr 2022 "
        "auf 11 % im Jahr 2023, der Krankenstand von 9,8 % auf 8,4 %. Das Krankenhaus bewertet "
        "diese Zahlen vorsichtig, weil Gehaltserhöhungen und die Eröffnung des Zentrums für "
        "ambulante Chirurgie in denselben Zeitraum fielen.\n\n"
        "Forschende des Konsortiums befragten alle 13 Teilnehmenden am Ende des Programms. Der "
        "Anteil ambulanter Eingriffe stieg im Zeitraum von 48 % auf 61 %, was das Krankenhaus "
        "vor allem dem neuen Zentrum zuschreibt."
    ),
    "lessons": (
        "Geschützte Zeit gab den Ausschlag: Die Pflegedirektion organisierte Vertretungen, "
        "damit die Leitungen teilnehmen konnten, und die Teilnahmequote lag im Durchschnitt "
        "bei 89 %. Die Leitungen sagten, die Disziplin, Fragen zu stellen statt Ratschläge zu "
        "geben, sei anfangs frustrierend gewesen – und gerade deshalb wertvoll, weil sie sie "
        "dazu brachte, eigene Lösungen zu finden."
    ),
    "quotes": [
        {
            "text": (
                "In der Gruppe hat mir niemand die Antwort gegeben, und genau deshalb habe ich "
                "eine gefunden, die mein Team akzeptiert hat."
            ),
            "attribution": (
                "Stationsleitung (cadre de santé), chirurgische Station, Krankenhaus Deux-Rivières"
            ),
        },
        {
            "text": (
                "Den Leitungen Zeit zum Nachdenken zu geben, hat uns jeweils acht halbe Tage "
                "gekostet. Es war die günstigste Investition der gesamten Neuordnung."
            ),
            "attribution": (
                "Leitung der Pflegedirektion, Centre hospitalier intercommunal des Deux-Rivières"
            ),
        },
    ],
    "contact": "Pflegedirektion, direction.soins@ch-deux-rivieres.example",
}


DE["cases"]["federal-digital-services-strategy"] = {
    "title": "Neustart einer Digitalstrategie des Bundes mit Blick auf die Nutzenden",
    "summary": (
        "Nachdem ein Vorzeigeportal in Verzug geraten war, baute ein deutsches Bundesamt seine "
        "Digitalstrategie rund um vier Leistungsziele, interdisziplinäre Serviceteams und "
        "Coaching für Führungskräfte neu auf. Die Abschlussquoten seiner wichtigsten "
        "Online-Anträge stiegen von 58 % auf 77 %."
    ),
    "organisation": "Bundesamt für digitale Verwaltungsdienste",
    "size": "1.900 Beschäftigte",
    "period": "2022–2024",
    "challenge": (
        "Das Amt betreibt Online-Antragsdienste, die von Bundesbehörden und über sie von "
        "Millionen Bürgerinnen, Bürgern und Unternehmen genutzt werden. Seine bisherige "
        "Strategie war im Wesentlichen eine Technologie-Roadmap für ein einziges großes Portal, "
        "das 14 Monate in Verzug geriet.\n\n"
        "Die Leistungsdaten zeigten, dass 42 % der Online-Anträge beim Schritt der "
        "Identitätsprüfung abgebrochen wurden und dass Anrufe wegen unklarer Online-Abläufe "
        "ein Drittel des Aufkommens im Servicecenter ausmachten. Den Führungskräften, "
        "überwiegend Juristinnen, Juristen und Verwaltungsfachleute, fiel es schwer, "
        "Dienstleistern und technischen Teams kritisch gegenüberzutreten."
    ),
    "what_was_done": (
        "Ein Strategieteam führte fünf interdisziplinäre Workshops mit Leistungsverantwortlichen, "
        "Fach- und Rechtsreferaten, IT-Architektinnen und -Architekten, dem "
        "behördlichen Datenschutz und Beschäftigten des Servicecenters durch, dazu eine Sitzung "
        "mit Verbänden älterer Menschen und von Menschen mit Behinderungen. Eine "
        "Selbstbewertung der Fähigkeiten in 22 Teams lieferte eine Ausgangsbasis zu "
        "Kompetenzen, Datenqualität und Steuerung.\n\n"
        "Die daraus entstandene Strategie legte vier Leistungsziele fest, organisierte die "
        "Arbeit in acht Serviceteams mit Produktverantwortlichen neu und zerlegte das Portal in "
        "wiederverwendbare Komponenten. Vierzehn Führungskräfte erhielten je sechs "
        "Coaching-Sitzungen zur Führung im digitalen Wandel, und die Selbstbewertung wurde nach "
        "12 Monaten wiederholt."
    ),
    "outcomes": (
        "Bei den wichtigsten Diensten stiegen die Abschlussquoten und sank das "
        "Kontaktaufkommen, und der Schritt der Identitätsprüfung wurde mit einem zweiten, "
        "begleiteten Weg neu gestaltet. Das Amt veröffentlicht inzwischen vierteljährlich "
        "Leistungsdaten für jedes seiner Serviceteams."
    ),
    "evidence": (
        "Innerhalb von 18 Monaten stiegen die Abschlussquoten der drei Anträge mit dem "
        "höchsten Aufkommen von 58 % auf 77 %, und die Anrufe zu Online-Anträgen gingen um "
        "29 % zurück. In der wiederholten Selbstbewertung stieg der Durchschnittswert für "
        "„Nutzung von Nutzerforschung bei Entscheidungen“ von 2,3 auf 3,4 von 5, während "
        "„Datenqualität“ bei 2,7 blieb – was sie als größte Schwäche bestätigte.\n\n"
        "Zwölf der 14 gecoachten Führungskräfte gaben in Folgeinterviews an, sich nun besser "
        "in der Lage zu fühlen, Vorschläge von Dienstleistern zu hinterfragen."
    ),
    "lessons": (
        "Die Neuausrichtung der Strategie auf Ergebnisse für die Nutzenden gab den "
        "Leistungsverantwortlichen einen Grund, sich einzubringen. Das Amt hat gelernt, dass "
        "Verbesserungen an der Oberfläche nur begrenzt wirken, solange nicht in die "
        "zugrunde liegenden Daten investiert wird – das ist nun die Priorität des nächsten "
        "Strategiezeitraums."
    ),
    "quotes": [
        {
            "text": (
                "Früher haben wir berichtet, wie viele Systeme wir migriert hatten. Heute "
                "berichten wir, wie viele Menschen ihren Antrag bis zum Ende geschafft haben."
            ),
            "attribution": (
                "Leitung Strategie und Portfoliomanagement, Bundesamt für digitale "
                "Verwaltungsdienste"
            ),
        },
    ],
    "contact": "Strategie und Portfoliomanagement, strategie@bdvd.example",
}


DE["cases"]["adriatic-hills-health-authority-coaching"] = {
    "title": "Coaching für Führungskräfte bei der Neuorganisation einer Gesundheitsbehörde",
    "summary": (
        "Als eine italienische örtliche Gesundheitsbehörde drei Krankenhausbezirke zu zwei "
        "zusammenlegte, bot sie allen 24 Direktorinnen und Direktoren Coaching an, auch "
        "denjenigen, deren Stellen gefährdet waren. Die Beschäftigten gaben deutlich häufiger "
        "an, dass die Führungskräfte erklärt hätten, warum die Änderungen vorgenommen wurden."
    ),
    "organisation": (
        "Azienda Sanitaria Locale Colline Adriatiche (Örtliche Gesundheitsbehörde Colline "
        "Adriatiche)"
    ),
    "size": "7.400 Beschäftigte; 610.000 Einwohnerinnen und Einwohner",
    "period": "2021–2023",
    "challenge": (
        "Ein regionaler Krankenhausnetzplan verpflichtete die Behörde, drei Krankenhausbezirke "
        "zu zwei zusammenzulegen und die Notfallchirurgie sowie die Geburtshilfe an weniger "
        "Standorten zu bündeln. Die Änderung betraf 31 Führungspositionen und war in den "
        "Städten, die Leistungen verlieren würden, politisch umstritten.\n\n"
        "Eine ähnliche Neuorganisation drei Jahre zuvor hatte ein Erbe des Misstrauens "
        "hinterlassen: Beschäftigtenbefragungen zeigten damals, dass nur 34 % fanden, die "
        "Führungskräfte hätten erklärt, warum die Änderungen vorgenommen wurden, und mehrere "
        "leitende Ärztinnen und Ärzte verließen die Behörde."
    ),
    "what_was_done": (
        "Die Abteilung für Fortbildung und Organisationsentwicklung der Behörde bot allen 24 "
        "Direktorinnen, Direktoren und Abteilungsleitungen sechs Coaching-Sitzungen zu je 90 "
        "Minuten an, auch denjenigen, deren Stellen gefährdet waren. Die Gecoachten konnten "
        "zwischen drei Coaches wählen, davon zwei extern, alle mit Erfahrung im italienischen "
        "Gesundheitswesen. Eine schriftliche Vereinbarung stellte sicher, dass das Coaching "
        "vollständig von der Personalauswahl getrennt blieb.\n\n"
        "Sobald die beiden neuen Bezirksleitungsteams feststanden, erhielt jedes drei "
        "Teamcoaching-Sitzungen. Zum Abschluss erstellten die Coaches für die "
        "Generaldirektion eine anonymisierte Zusammenfassung der wiederkehrenden Themen, und "
        "eine Prozessbegleitung für Organisationsentwicklung arbeitete mit beiden Bezirken "
        "an der Zusammenführung von Teams aus verschiedenen Krankenhäusern."
    ),
    "outcomes": (
        "Die Neuorganisation wurde planmäßig abgeschlossen. Die anonymisierte "
        "Themenzusammenfassung zeigte, dass unklare Budgetbefugnisse zwischen Bezirks- und "
        "Krankenhausdirektionen die häufigste Konfliktquelle waren; die Behörde überarbeitete "
        "daraufhin ihre Geschäftsordnung, um sie zu klären.\n\n"
        "Während des Übergangs verließ keine leitende Ärztin und kein leitender Arzt die "
        "Behörde, und zwei Direktorinnen und Direktoren, deren Stellen wegfielen, übernahmen "
        "neue Aufgaben in der Behörde."
    ),
    "evidence": (
        "In einer Beschäftigtenbefragung sechs Monate nach der Umstellung (3.120 Antworten, "
        "42 %) stimmten 58 % der Beschäftigten in den neuen Bezirken der Aussage zu, „die "
        "Führungskräfte haben erklärt, warum die Änderungen vorgenommen wurden“ – gegenüber "
        "34 % nach der früheren Neuorganisation. Alle 24 Direktorinnen und Direktoren nahmen "
        "das Coaching in Anspruch; in einer anonymen Auswertung bewerteten 21 es als „sehr "
        "nützlich“ oder „nützlich“."
    ),
    "lessons": (
        "Weil das Coaching allen angeboten wurde, einschließlich der Generaldirektion, galt "
        "es als Unterstützung und nicht als Nachhilfe. Die klare Trennung zwischen Coaching "
        "und Personalauswahl wurde immer wieder als Grund dafür genannt, dass die "
        "Direktorinnen und Direktoren offen sprachen.\n\n"
        "Die Themenzusammenfassung machte aus individuellem Coaching organisationales Lernen; "
        "die Coaches mussten ihr Format jedoch von Anfang an vereinbaren, damit die "
        "Vertraulichkeit nie in Zweifel stand."
    ),
    "quotes": [
        {
            "text": (
                "Ich habe Menschen durch eine Veränderung geführt, die mich meine eigene Stelle "
                "kosten konnte. Das Coaching war der einzige Ort, an dem ich das laut sagen "
                "konnte."
            ),
            "attribution": "Leitung einer Krankenhausabteilung, ASL Colline Adriatiche",
        },
    ],
    "contact": ("Abteilung Fortbildung und Organisationsentwicklung, sviluppo@asl-colline.example"),
}
