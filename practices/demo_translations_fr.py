"""French translation of part of the demo sourcebook (used by seed_demo).

Keys mirror practices.demo_content: multi-paragraph fields keep the English
paragraph breaks (blank lines), one French paragraph per English paragraph.
"""

FR: dict = {
    "home": {
        "title": "Praxis",
        "intro": (
            "Praxis est un consortium de recherche européen qui étudie la manière dont les "
            "services publics renouvellent leurs stratégies, et qui accompagne les organismes "
            "publics participants pendant qu'ils le font. Son Recueil de pratiques rassemble les "
            "guides pratiques et les études de cas issus de ce travail, afin que les managers "
            "publics de toute l'Europe puissent tirer les leçons de ce que leurs pairs ont tenté."
        ),
    },
    "sourcebook": {
        "title": "Recueil de pratiques",
        "intro": (
            "Des guides pratiques et des études de cas pour les managers publics qui conduisent "
            "un renouvellement stratégique : que faire, quand cela aide, et ce qui s'est passé "
            "lorsque des administrations de toute l'Europe s'y sont essayées.\n\n"
            "Filtrez par thème, pays, secteur et type d'intervention, ou téléchargez l'ensemble "
            "du recueil sous forme de livre."
        ),
    },
    "themes": {
        "participative-strategy": {
            "name": "Stratégie participative",
            "description": (
                "Associer le personnel, les partenaires et les citoyens à la définition de "
                "l'orientation stratégique, plutôt que de laisser la stratégie à un petit groupe "
                "au sommet."
            ),
        },
        "learning-partnerships": {
            "name": "Partenariats d'apprentissage",
            "description": (
                "Des relations durables entre managers publics, consultants et universitaires "
                "qui renforcent la capacité d'apprentissage pendant qu'une réforme est en cours."
            ),
        },
        "organisational-development": {
            "name": "Développement organisationnel",
            "description": (
                "Un changement planifié et accompagné dans la manière dont une organisation "
                "fonctionne, décide et se rapporte aux personnes qu'elle sert."
            ),
        },
        "leadership": {
            "name": "Leadership",
            "description": (
                "La manière dont les cadres dirigeants et les managers de proximité conduisent "
                "le renouvellement stratégique, et comment les aider à bien le faire."
            ),
        },
        "citizen-engagement": {
            "name": "Participation citoyenne",
            "description": (
                "Associer les habitants et les usagers à la conception, à la mise en œuvre et à "
                "l'évaluation des services publics."
            ),
        },
        "performance-evaluation": {
            "name": "Performance et évaluation",
            "description": (
                "Mesurer, examiner et apprendre de ce que réalisent les services publics, sans "
                "laisser la mesure prendre le pas sur le jugement."
            ),
        },
        "digital-transformation": {
            "name": "Transformation numérique",
            "description": (
                "Repenser les services publics et les organisations autour de méthodes de "
                "travail numériques, en partant des besoins des usagers plutôt que de la "
                "technologie."
            ),
        },
        "collaboration-across-boundaries": {
            "name": "Coopération au-delà des frontières",
            "description": (
                "Travailler par-delà les organisations, les secteurs, les professions, les "
                "niveaux de gouvernement et les frontières nationales pour traiter des "
                "problèmes communs."
            ),
        },
    },
    "sectors": {
        "health": {"name": "Santé"},
        "social-care": {"name": "Action sociale"},
        "local-government": {"name": "Collectivités locales"},
        "central-government": {"name": "Administration centrale"},
        "justice": {"name": "Justice"},
        "education": {"name": "Éducation"},
        "employment-services": {"name": "Services de l'emploi"},
        "environment-planning": {"name": "Environnement et aménagement"},
    },
    "levels": {
        "local": {"name": "Local"},
        "regional": {"name": "Régional"},
        "national": {"name": "National"},
        "european": {"name": "Européen"},
    },
    "intervention_types": {
        "od-facilitation": {
            "name": "Accompagnement en développement organisationnel",
            "description": (
                "Un soutien animé au changement planifié, qui aide une organisation à "
                "diagnostiquer son fonctionnement, puis à convenir ensemble de changements et "
                "à les mettre en œuvre."
            ),
        },
        "action-learning-set": {
            "name": "Groupe d'apprentissage par l'action",
            "description": (
                "Un petit groupe de professionnels qui se réunissent régulièrement pour "
                "réfléchir à des problèmes réels de leur travail au moyen d'un questionnement "
                "structuré."
            ),
        },
        "coaching": {
            "name": "Coaching",
            "description": (
                "Un coaching individuel ou d'équipe pour les cadres dirigeants qui conduisent "
                "un changement stratégique dans leur organisation."
            ),
        },
        "strategy-workshop": {
            "name": "Atelier stratégique",
            "description": (
                "Un atelier animé au cours duquel le personnel, les partenaires ou les citoyens "
                "contribuent à façonner les choix stratégiques d'une administration."
            ),
        },
        "learning-partnership": {
            "name": "Partenariat d'apprentissage",
            "description": (
                "Une relation durable entre managers publics, consultants et universitaires qui "
                "apprennent ensemble d'une réforme à mesure qu'elle se déroule."
            ),
        },
        "peer-review": {
            "name": "Revue par les pairs",
            "description": (
                "Un retour structuré et franc de collègues d'organisations comparables, qui "
                "viennent sur place, observent et interpellent."
            ),
        },
    },
    "countries": {
        "AL": "Albanie",
        "AT": "Autriche",
        "BE": "Belgique",
        "BA": "Bosnie-Herzégovine",
        "BG": "Bulgarie",
        "HR": "Croatie",
        "CY": "Chypre",
        "CZ": "Tchéquie",
        "DK": "Danemark",
        "EE": "Estonie",
        "FI": "Finlande",
        "FR": "France",
        "GE": "Géorgie",
        "DE": "Allemagne",
        "GR": "Grèce",
        "HU": "Hongrie",
        "IS": "Islande",
        "IE": "Irlande",
        "IT": "Italie",
        "LV": "Lettonie",
        "LI": "Liechtenstein",
        "LT": "Lituanie",
        "LU": "Luxembourg",
        "MT": "Malte",
        "MD": "Moldavie",
        "ME": "Monténégro",
        "NL": "Pays-Bas",
        "MK": "Macédoine du Nord",
        "NO": "Norvège",
        "PL": "Pologne",
        "PT": "Portugal",
        "RO": "Roumanie",
        "RS": "Serbie",
        "SK": "Slovaquie",
        "SI": "Slovénie",
        "ES": "Espagne",
        "SE": "Suède",
        "CH": "Suisse",
        "TR": "Türkiye",
        "UA": "Ukraine",
        "GB": "Royaume-Uni",
    },
    "guides": {},
    "cases": {},
}

FR["guides"]["participative-strategy-workshop-with-citizens"] = {
    "title": "Animer un atelier de stratégie participative avec les citoyens",
    "summary": (
        "Comment réunir dans une même salle des habitants, des usagers et des agents pour "
        "mettre à l'épreuve les priorités stratégiques d'une administration, afin que la "
        "stratégie reflète ce dont les gens ont besoin, et pas seulement ce que l'organisation "
        "fait déjà."
    ),
    "problem": (
        "La plupart des stratégies publiques sont rédigées par une petite équipe de cadres "
        "dirigeants et de planificateurs, puis soumises à consultation une fois les grands choix "
        "arrêtés. On demande aux citoyens de commenter la formulation plutôt que d'infléchir "
        "l'orientation, et les consultations formelles recueillent souvent les réponses de moins "
        "de 1 % des personnes concernées.\n\n"
        "Il en résulte une stratégie dans laquelle les agents se reconnaissent, mais pas les "
        "habitants. Les priorités glissent vers ce qui est facile à mesurer et vers ce que "
        "l'organisation sait déjà faire. Les manques qui comptent le plus pour les gens — les "
        "transitions entre services, l'attente, le fait de devoir raconter encore et encore la "
        "même histoire — restent invisibles."
    ),
    "when_to_use": (
        "Organisez cet atelier tôt dans le cycle stratégique, lorsque l'administration dispose "
        "d'un projet de diagnostic de sa situation mais n'a pas encore fixé ses priorités. Il "
        "fonctionne le mieux lorsqu'il y a de vrais choix à faire, par exemple entre investir "
        "dans la prévention ou dans une réponse plus rapide, ou entre centraliser et "
        "décentraliser un service.\n\n"
        "Il convient moins lorsque le budget et les principales priorités sont déjà fixés par la "
        "loi ou par un ministère. Dans ce cas, soyez honnête sur les limites et servez-vous de "
        "l'atelier pour décider de la manière de mettre en œuvre les priorités plutôt que de "
        "leur contenu."
    ),
    "steps": [
        {
            "title": "Définir les questions stratégiques",
            "body": (
                "Convenez avec l'équipe de direction de deux ou trois questions ouvertes sur "
                "lesquelles l'atelier aura une réelle influence, par exemple « À quoi doit "
                "ressembler l'accompagnement des habitants âgés en 2030 ? ». Notez à l'avance "
                "quelles décisions seront prises ensuite, par qui et quand. C'est la promesse que "
                "vous faites aux participants."
            ),
        },
        {
            "title": "Recruter un groupe diversifié",
            "body": (
                "Visez 30 à 60 participants, dont au moins la moitié d'habitants ou d'usagers. "
                "Combinez invitations ouvertes et recrutement ciblé par l'intermédiaire "
                "d'associations de quartier et d'agents de terrain, afin que des personnes qui "
                "viennent rarement aux réunions de consultation — jeunes aidants, personnes "
                "maîtrisant mal l'écrit, migrants récemment arrivés — soient présentes. Proposez "
                "un bon de participation, une garde d'enfants et le remboursement des frais de "
                "déplacement."
            ),
        },
        {
            "title": "Préparer des éléments de diagnostic accessibles",
            "body": (
                "Transformez le diagnostic de l'administration en courtes fiches illustrées, "
                "chacune avec quelques chiffres clés, une ou deux tendances et une histoire "
                "réelle anonymisée. Testez les fiches au préalable auprès de trois ou quatre "
                "habitants et réécrivez tout ce qui nécessite l'explication d'un spécialiste."
            ),
        },
        {
            "title": "Conduire l'atelier en trois temps",
            "body": (
                "Commencez par l'expérience vécue : des tables mixtes de six personnes "
                "racontent ce que c'est que d'utiliser le service. Au deuxième temps, les tables "
                "travaillent sur les fiches et disent ce qui devrait changer. Au troisième, "
                "chaque table classe une courte liste d'options et rédige une phrase expliquant "
                "son premier choix.\n\n"
                "Un animateur neutre à chaque table empêche les cadres de monopoliser la parole "
                "et veille à ce que les participants plus discrets soient entendus."
            ),
        },
        {
            "title": "Faire la synthèse en public",
            "body": (
                "Avant que les participants ne partent, relisez les priorités qui se dégagent et "
                "demandez ce qui a été oublié. Dans les deux semaines, envoyez à chacun une "
                "courte synthèse écrite qui consigne les désaccords au lieu de les gommer."
            ),
        },
        {
            "title": "Boucler la boucle",
            "body": (
                "Lorsque la stratégie est adoptée, envoyez aux participants une note « vous "
                "avez dit, nous avons fait » expliquant quelles propositions ont été retenues, "
                "lesquelles ne l'ont pas été et pourquoi. Invitez-les à une séance de suivi un "
                "an plus tard pour faire le point sur les priorités qu'ils ont contribué à fixer."
            ),
        },
    ],
    "people": (
        "Un commanditaire au sein de l'équipe de direction ; un animateur principal et un "
        "animateur de table pour six participants ; des agents chargés de la stratégie ou de la "
        "planification pour préparer les éléments de diagnostic ; des associations de quartier "
        "pour aider au recrutement ; et 30 à 60 participants, dont au moins la moitié "
        "d'habitants ou d'usagers."
    ),
    "time": (
        "Six à huit semaines de préparation, un atelier d'une journée complète (ou deux séances "
        "en soirée) et une séance de suivi environ un an plus tard"
    ),
    "pitfalls": (
        "L'échec le plus fréquent consiste à demander l'avis des gens sur des questions déjà "
        "tranchées. Les participants s'en aperçoivent vite, et la confiance est plus difficile à "
        "reconstruire qu'à perdre. Si la salle n'a aucune influence réelle, n'organisez pas "
        "l'atelier.\n\n"
        "Un deuxième écueil est de laisser les agents et les habitués sûrs d'eux monopoliser la "
        "parole. Limitez les cadres à un quart de chaque table au plus, demandez-leur d'écouter "
        "d'abord, et utilisez des méthodes structurées comme l'écriture silencieuse avant la "
        "discussion. Enfin, prévoyez un budget pour le suivi : c'est la note « vous avez dit, "
        "nous avons fait » qui transforme un événement ponctuel en relation durable."
    ),
    "worked_example": (
        "Une commune danoise de 58 000 habitants a utilisé ce format pour réviser sa stratégie "
        "en faveur des personnes âgées. Quarante-huit personnes y ont participé : 27 habitants "
        "âgés de 67 à 91 ans, huit proches et aidants et 13 agents. Presque toutes les tables "
        "ont désigné le passage entre la sortie d'hôpital et l'aide à domicile comme le problème "
        "le plus important — une question qui ne figurait pas du tout dans le projet de "
        "stratégie.\n\n"
        "La stratégie adoptée a créé un poste de coordinateur des sorties d'hôpital et fixé "
        "l'objectif d'une première visite à domicile dans les 24 heures suivant la sortie. Un an "
        "plus tard, 19 des participants initiaux sont revenus faire le point, et la commune "
        "organise désormais l'atelier au début de chaque cycle de planification de quatre ans."
    ),
}

FR["guides"]["action-learning-set-for-frontline-managers"] = {
    "title": "Mettre en place un groupe d'apprentissage par l'action pour managers de proximité",
    "summary": (
        "Un petit groupe de managers de proximité se réunit régulièrement pour travailler sur "
        "des problèmes réels de leurs propres services, au moyen d'un questionnement structuré "
        "plutôt que de conseils. Ce guide traite du recrutement, des règles de fonctionnement, "
        "de l'animation et de la manière de savoir si la démarche porte ses fruits."
    ),
    "problem": (
        "Les managers de proximité portent une grande part du poids du changement stratégique "
        "dans les services publics, et pourtant ils disposent rarement d'un temps protégé pour "
        "réfléchir. Les formations leur fournissent des modèles, mais pas d'aide face au poste "
        "non pourvu, au partenaire difficile ou à la procédure inapplicable qui les attendent le "
        "lundi matin.\n\n"
        "Beaucoup travaillent aussi de façon isolée. Un cadre de santé, un chef d'équipe dans une "
        "agence pour l'emploi ou le directeur d'une petite école n'ont parfois aucun pair dans le "
        "même bâtiment. Les problèmes se règlent seul, ou pas du tout, et les enseignements "
        "utiles restent à la personne qui les a tirés."
    ),
    "when_to_use": (
        "L'apprentissage par l'action convient aux managers confrontés à des problèmes "
        "complexes et récurrents sans réponse technique évidente, et qui ont assez d'autonomie "
        "pour essayer autre chose entre deux réunions. Il est particulièrement utile en période "
        "de changement, lorsque les routines établies ne fonctionnent plus et que chacun a "
        "besoin d'un espace pour donner sens aux nouvelles attentes.\n\n"
        "Il ne remplace ni l'encadrement hiérarchique, ni la gestion de la performance, ni un "
        "accompagnement psychologique. Si la préoccupation principale d'un participant est un "
        "grief ou une crise personnelle, orientez-le vers un soutien plus adapté."
    ),
    "steps": [
        {
            "title": "Convenir de l'objectif et d'un commanditaire",
            "body": (
                "Convenez avec un commanditaire de haut niveau de la raison d'être du groupe, de "
                "ce à quoi il ne servira pas (par exemple rendre compte sur des personnes) et de "
                "la manière dont le temps des participants sera protégé. Un accord écrit d'une "
                "page aide lorsque les agendas se remplissent."
            ),
        },
        {
            "title": "Recruter cinq à sept participants",
            "body": (
                "Invitez des managers de niveau comparable venant d'équipes ou de sites "
                "différents, idéalement sans lien hiérarchique entre eux. La participation doit "
                "être volontaire ; une courte séance de découverte aide chacun à comprendre à "
                "quoi il s'engage."
            ),
        },
        {
            "title": "Fixer les règles lors de la première réunion",
            "body": (
                "Convenez de la confidentialité, de l'assiduité et de la discipline centrale de "
                "l'apprentissage par l'action : les membres posent des questions ouvertes au lieu "
                "de proposer des solutions. Mettez les règles par écrit et revenez-y lors de la "
                "troisième réunion, quand l'effet de nouveauté s'est dissipé."
            ),
        },
        {
            "title": "Garder un rythme régulier de réunions",
            "body": (
                "Réunissez-vous une demi-journée toutes les quatre à six semaines, pour six à "
                "huit réunions. À chaque réunion, deux ou trois membres présentent un problème "
                "pendant 45 à 60 minutes chacun : une brève description, un tour de questions, "
                "la réflexion de la personne qui présente et l'engagement de mener une action "
                "avant la réunion suivante."
            ),
        },
        {
            "title": "Animer, puis se mettre en retrait",
            "body": (
                "Un animateur expérimenté montre l'exemple d'un bon questionnement et gère le "
                "temps lors des premières réunions. À partir de la quatrième réunion environ, "
                "les membres animent à tour de rôle, de sorte que le groupe puisse continuer — "
                "ou être reproduit ailleurs — sans soutien extérieur."
            ),
        },
        {
            "title": "Faire le bilan des apprentissages et des effets",
            "body": (
                "Lors de la dernière réunion, chaque membre revient sur les actions menées, sur "
                "ce qui a changé et sur ce qu'il a appris de lui-même en tant que manager. "
                "Remettez au commanditaire une courte synthèse anonymisée des thèmes récurrents, "
                "et décidez si le groupe poursuivra de manière autonome."
            ),
        },
    ],
    "people": (
        "Cinq à sept managers de proximité issus d'équipes ou de sites différents ; un "
        "animateur expérimenté en apprentissage par l'action, interne ou externe ; un "
        "commanditaire de haut niveau qui protège le temps des participants mais n'assiste pas "
        "aux réunions."
    ),
    "time": (
        "Six à huit réunions d'une demi-journée à quatre à six semaines d'intervalle, sur "
        "environ neuf mois"
    ),
    "pitfalls": (
        "Les groupes s'essoufflent quand l'assiduité faiblit. Dès que deux membres manquent une "
        "réunion, le groupe perd son élan et les autres commencent à faire passer le travail "
        "opérationnel en premier. Fixez les dates de tout le cycle dès le départ et demandez au "
        "commanditaire de rendre la participation visiblement légitime.\n\n"
        "L'autre difficulté fréquente est que le questionnement se transforme en conseils, "
        "surtout chez des managers expérimentés habitués à résoudre vite les problèmes. Les "
        "animateurs doivent interrompre avec tact les conseils déguisés en questions (« As-tu "
        "pensé à… ? ») et rendre le problème à son propriétaire."
    ),
    "worked_example": (
        "Un hôpital intercommunal français a réuni deux groupes rassemblant 13 cadres de santé "
        "et responsables de service pendant la réorganisation de son parcours chirurgical. Parmi "
        "les problèmes apportés figuraient des arrêts maladie récurrents dans une équipe de "
        "nuit, l'introduction d'un nouveau système de gestion des lits et un différend avec un "
        "chef de service médical sur la programmation du bloc opératoire.\n\n"
        "Lors du bilan final, 11 des 13 cadres ont décrit un changement concret qu'ils avaient "
        "opéré grâce au groupe. La rotation du personnel dans leurs unités est passée de 16 % à "
        "11 % l'année suivante, même si l'hôpital considère ce chiffre avec prudence car "
        "d'autres changements sont intervenus au même moment. Les deux groupes ont continué avec "
        "une animation entre pairs après le retrait de l'animateur externe."
    ),
}

FR["guides"]["learning-partnership-with-a-university"] = {
    "title": "Nouer un partenariat d'apprentissage avec une université",
    "summary": (
        "Comment une administration, une équipe de recherche universitaire et, le cas échéant, "
        "des consultants peuvent former un partenariat d'apprentissage : une relation durable "
        "dans laquelle toutes les parties apprennent d'une réforme à mesure qu'elle se déroule, "
        "au lieu de commander une évaluation ponctuelle."
    ),
    "problem": (
        "Les administrations engagées dans une réforme rencontrent généralement les "
        "universitaires dans l'un de deux rôles : comme évaluateurs qui rendent leur rapport à "
        "la fin, ou comme experts qui conseillent au départ. Ni l'un ni l'autre n'aide beaucoup "
        "dans la phase confuse du milieu, quand les plans se heurtent à la réalité et que les "
        "managers doivent comprendre rapidement ce qui se passe.\n\n"
        "Les universités, de leur côté, peinent à s'approcher suffisamment de la pratique pour "
        "l'étudier sérieusement. L'accès se négocie projet par projet, les résultats arrivent "
        "trop tard pour être utiles, et les deux parties finissent déçues."
    ),
    "when_to_use": (
        "Envisagez un partenariat d'apprentissage lorsqu'une réforme doit durer au moins deux "
        "ans, que ses résultats sont incertains et dépendront d'ajustements en cours de route, "
        "et que l'administration accepte que sa pratique soit observée et questionnée.\n\n"
        "Il fonctionne le mieux lorsqu'une équipe de recherche porte un intérêt réel au sujet, "
        "et pas seulement des capacités disponibles, et lorsque l'administration peut dégager "
        "du temps pour qu'un manager désigné prenne soin de la relation."
    ),
    "steps": [
        {
            "title": "Trouver un partenaire autour d'une question commune",
            "body": (
                "Partez d'une question qui compte pour les deux parties, par exemple « Comment "
                "les équipes de terrain s'adaptent-elles lorsque les objectifs chiffrés sont "
                "supprimés ? ». Rencontrez de manière informelle deux ou trois équipes de "
                "recherche avant de choisir, et cherchez des chercheurs qui ont déjà travaillé "
                "aux côtés de praticiens et qui s'accommodent de l'incertitude."
            ),
        },
        {
            "title": "Convenir des rôles et d'une charte de partenariat",
            "body": (
                "Rédigez une courte charte couvrant l'objectif, la contribution de chaque "
                "partenaire, l'accès aux données et aux personnes, la manière dont les résultats "
                "seront partagés avant publication et ce qui se passe si le partenariat prend fin "
                "prématurément. Soyez clair sur les rôles : les universitaires apportent la "
                "rigueur et la distance, les consultants l'animation et la méthode, et les "
                "managers le contexte et le pouvoir d'agir."
            ),
        },
        {
            "title": "Régler l'éthique, les données et la publication",
            "body": (
                "Obtenez tôt l'avis du comité d'éthique de la recherche et convenez d'un "
                "dispositif de partage des données qui satisfasse le délégué à la protection des "
                "données de l'administration. Convenez que l'administration peut commenter les "
                "projets de publication pour l'exactitude des faits et la confidentialité, mais "
                "ne peut pas opposer de veto aux résultats."
            ),
        },
        {
            "title": "Instaurer un rythme de réflexion commune",
            "body": (
                "Organisez tous les deux à trois mois une séance d'apprentissage au cours de "
                "laquelle les chercheurs restituent leurs premières observations et les managers "
                "discutent de ce qu'elles impliquent pour la période suivante. Des productions "
                "courtes et fréquentes — notes de deux pages, journal partagé des observations — "
                "sont plus utiles qu'un long rapport intermédiaire."
            ),
        },
        {
            "title": "Installer des personnes de part et d'autre de la frontière",
            "body": (
                "Dans la mesure du possible, donnez à un chercheur un bureau et un badge d'accès, "
                "et proposez à un manager un statut de chercheur associé à l'université. "
                "L'encadrement conjoint d'un doctorant ou d'un étudiant de master peut ancrer le "
                "partenariat pour plusieurs années."
            ),
        },
        {
            "title": "Évaluer le partenariat lui-même",
            "body": (
                "Une fois par an, examinez le fonctionnement du partenariat : ce que chaque "
                "partie a appris, où des tensions sont apparues et si la question de départ garde "
                "son importance. Les partenariats d'apprentissage comportent de vrais dilemmes — "
                "entre indépendance et proximité, rapidité et rigueur — qu'il vaut mieux nommer "
                "ouvertement."
            ),
        },
    ],
    "people": (
        "Un commanditaire de haut niveau et un responsable opérationnel au sein de "
        "l'administration ; un chercheur principal et un ou deux chercheurs ; éventuellement un "
        "consultant ou un animateur ; le délégué à la protection des données de "
        "l'administration et un comité d'éthique de la recherche universitaire."
    ),
    "time": (
        "Trois à six mois de mise en place, puis au moins deux ans de travail commun avec des "
        "séances d'apprentissage tous les deux à trois mois"
    ),
    "pitfalls": (
        "Les partenariats échouent plus souvent sur les attentes que sur la méthode. Si "
        "l'administration attend un consultant et l'université un terrain de recherche, les deux "
        "seront frustrées. Prenez le temps, dès le début, de dire clairement ce dont chaque "
        "partie a besoin et ce qu'elle ne peut pas fournir.\n\n"
        "Prenez garde aussi à la captation. Des chercheurs devenus trop proches peuvent perdre "
        "la distance critique qui faisait leur valeur, tandis que des managers peuvent se mettre "
        "à utiliser le partenariat pour légitimer des décisions déjà prises. Un bilan annuel et "
        "un regard critique extérieur bienveillant aident à garder une relation honnête."
    ),
    "worked_example": (
        "Un conseil d'arrondissement métropolitain anglais a conclu un partenariat "
        "d'apprentissage de trois ans avec une université régionale et un petit cabinet de "
        "conseil pendant qu'il refondait l'aide sociale aux adultes autour de la relation "
        "plutôt que d'une commande de prestations minutées. Les chercheurs ont assisté tous les "
        "quinze jours aux réunions d'équipe dans deux quartiers pilotes et produit neuf notes "
        "d'apprentissage de deux pages en trois ans.\n\n"
        "L'une des premières notes a montré que les aides à domicile enregistraient encore "
        "leurs visites par tranches de 15 minutes parce que l'ancien logiciel de gestion l'"
        "exigeait, ce qui sapait la nouvelle approche. Le conseil a modifié le logiciel en "
        "quatre mois. Les deux partenaires considèrent ce type de retour rapide, plutôt que le "
        "rapport final, comme le principal apport du partenariat."
    ),
}

FR["guides"]["coaching-senior-leaders-through-restructuring"] = {
    "title": "Accompagner par le coaching les cadres dirigeants pendant une restructuration",
    "summary": (
        "Un coaching individuel et d'équipe pour les directeurs et chefs de service qui doivent "
        "conduire une restructuration tout en étant eux-mêmes touchés par elle : "
        "contractualisation, confidentialité, thèmes à prévoir et articulation du coaching avec "
        "la stratégie de l'organisation."
    ),
    "problem": (
        "Les restructurations placent les cadres dirigeants dans une double position. On attend "
        "d'eux qu'ils conçoivent et expliquent le changement, rassurent le personnel et "
        "maintiennent les services, alors qu'ils postulent souvent pour leur propre poste ou "
        "perdent des collègues avec qui ils travaillent depuis des années. Peu d'organisations le "
        "reconnaissent ouvertement.\n\n"
        "Sans soutien, les dirigeants ont tendance à se réfugier dans la procédure : "
        "calendriers, documents de consultation et organigrammes. Le personnel le vit comme de "
        "la distance, les rumeurs comblent le vide, et la finalité stratégique de la "
        "restructuration se perd dans sa mécanique."
    ),
    "when_to_use": (
        "Proposez le coaching dès l'annonce d'une restructuration aux cadres dirigeants, et non "
        "après l'apparition des problèmes. Il est le plus précieux pour les directeurs et chefs "
        "de service qui dirigeront de nouvelles unités, pour les dirigeants dont le poste est "
        "menacé et pour une nouvelle équipe de direction qui doit se constituer rapidement. Il "
        "complète, sans les remplacer, l'accompagnement RH formel et la consultation du "
        "personnel."
    ),
    "steps": [
        {
            "title": "Contractualiser à trois niveaux",
            "body": (
                "Établissez un contrat tripartite entre le coach, le dirigeant et l'organisation "
                "commanditaire. L'organisation fixe l'objectif et les limites, par exemple "
                "« conduire la fusion de deux directions » ; le contenu des séances reste "
                "confidentiel entre le coach et le dirigeant. Indiquez clairement qu'on ne "
                "demandera jamais aux coachs leur avis sur l'aptitude de quiconque à occuper un "
                "poste."
            ),
        },
        {
            "title": "Choisir des coachs qui connaissent les services publics",
            "body": (
                "Proposez à chaque dirigeant le choix entre deux ou trois coachs, dont au moins "
                "un extérieur à l'organisation. Les coachs doivent comprendre la gouvernance "
                "publique, la responsabilité politique et les règles de consultation du "
                "personnel, être certifiés et bénéficier d'une supervision régulière."
            ),
        },
        {
            "title": "Travailler sur la propre transition du dirigeant",
            "body": (
                "Les premières séances portent souvent sur la situation personnelle du "
                "dirigeant : incertitude, sentiment de perte et loyauté envers ses anciennes "
                "équipes. Aider les dirigeants à nommer ces réactions leur permet plus "
                "facilement de les reconnaître chez leurs collaborateurs."
            ),
        },
        {
            "title": "Relier le coaching à la finalité stratégique",
            "body": (
                "Les séances suivantes portent sur la conduite des autres : comment expliquer "
                "pourquoi la restructuration a lieu, comment mener des conversations difficiles "
                "et comment garder l'attention sur les résultats pour les citoyens. Les coachs "
                "peuvent s'appuyer sur les documents stratégiques de l'organisation elle-même."
            ),
        },
        {
            "title": "Ajouter un coaching d'équipe pour la nouvelle direction",
            "body": (
                "Une fois la nouvelle structure en place, deux ou trois séances de coaching "
                "d'équipe aident la nouvelle équipe de direction à convenir de sa manière de "
                "travailler ensemble, de décider et de gérer les désaccords. C'est souvent là que "
                "les anciennes loyautés organisationnelles deviennent visibles et peuvent être "
                "discutées."
            ),
        },
        {
            "title": "Recueillir des thèmes, pas des histoires",
            "body": (
                "À la fin du programme, les coachs remettent au commanditaire une synthèse "
                "anonymisée des thèmes récurrents chez l'ensemble des personnes coachées — par "
                "exemple des responsabilités de décision floues ou une surcharge dans une "
                "fonction donnée — afin que l'organisation puisse y donner suite."
            ),
        },
    ],
    "people": (
        "Huit à vingt-cinq cadres dirigeants ; un vivier de coachs certifiés, dont au moins un "
        "externe ; un responsable RH ou du développement organisationnel dans le rôle de "
        "commanditaire et de chef de programme."
    ),
    "time": (
        "Six séances individuelles de 90 minutes par dirigeant sur six à neuf mois, plus deux "
        "ou trois séances de coaching d'équipe"
    ),
    "pitfalls": (
        "La confidentialité est le fondement. Si les dirigeants soupçonnent que le coaching "
        "pourrait éclairer des décisions de sélection, ils ne parleront pas ouvertement et le "
        "coaching deviendra une mise en scène. Inscrivez cette limite par écrit et tenez le "
        "coaching entièrement à l'écart de tout processus d'évaluation.\n\n"
        "Un autre écueil est de ne proposer le coaching qu'à ceux qui sont en difficulté, ce qui "
        "le stigmatise. Le proposer à l'ensemble de l'encadrement supérieur, directeur général "
        "compris, montre que conduire une restructuration est difficile pour tout le monde."
    ),
    "worked_example": (
        "Une autorité sanitaire locale italienne desservant 610 000 personnes a regroupé trois "
        "districts hospitaliers en deux, ce qui touchait 31 postes de direction. Elle a proposé "
        "six séances de coaching aux 24 directeurs et chefs de département, y compris ceux dont "
        "le poste était menacé, ainsi qu'un coaching d'équipe aux deux nouvelles équipes de "
        "direction de district.\n\n"
        "Dans une enquête menée auprès du personnel six mois après le changement, 58 % des "
        "agents des nouveaux districts estimaient que « les dirigeants ont expliqué pourquoi "
        "les changements étaient faits », contre 34 % après une réorganisation comparable menée "
        "trois ans plus tôt sans coaching. La synthèse anonymisée des thèmes a conduit "
        "l'autorité à clarifier la répartition des compétences budgétaires entre directeurs de "
        "district et directeurs d'hôpital, que les personnes coachées avaient signalée à "
        "plusieurs reprises comme source de conflit."
    ),
}

FR["guides"]["od-facilitation-for-merging-two-agencies"] = {
    "title": "Accompagnement en développement organisationnel pour la fusion de deux organismes",
    "summary": (
        "Une démarche accompagnée qui aide des organismes publics en cours de fusion à "
        "construire une raison d'être, une culture et des méthodes de travail communes, en "
        "parallèle des étapes juridiques, financières et RH de la fusion."
    ),
    "problem": (
        "Les fusions d'organismes publics sont généralement conçues comme des projets "
        "structurels : une nouvelle entité juridique, un budget unique, un seul système "
        "informatique et un nouvel organigramme. La fusion culturelle — la manière dont les gens "
        "prennent leurs décisions, ce à quoi ils tiennent, la façon dont ils traitent les "
        "citoyens — est censée se faire d'elle-même, et bien souvent elle ne se fait pas.\n\n"
        "Des années après une fusion, des agents se présentent encore sous le nom de leur "
        "ancienne organisation. Les procédures en double survivent, les réseaux informels "
        "suivent les anciennes frontières, et les bénéfices attendus de la mise en commun des "
        "compétences n'apparaissent jamais."
    ),
    "when_to_use": (
        "Lancez l'accompagnement en développement organisationnel dès que la fusion est décidée, "
        "idéalement 6 à 12 mois avant la date juridique de la fusion, et poursuivez-le au moins "
        "un an après. Il est pertinent pour les fusions de communes, d'organismes sanitaires et "
        "sociaux, d'autorités de régulation ou d'administrations centrales, ainsi que pour les "
        "grands dispositifs de services partagés où des organisations regroupent des équipes "
        "sans fusionner entièrement."
    ),
    "steps": [
        {
            "title": "Diagnostiquer les deux cultures",
            "body": (
                "Utilisez de courts entretiens, des groupes de discussion et un questionnaire "
                "culturel simple dans chaque organisation pour décrire la manière dont le travail "
                "se fait réellement : prise de décision, rapport au risque, relations avec les "
                "citoyens et les élus. Partagez les résultats avec les deux collectifs de "
                "travail, en présentant les différences comme des faits avec lesquels travailler "
                "plutôt que comme des problèmes à corriger."
            ),
        },
        {
            "title": "Constituer un groupe de conception commun",
            "body": (
                "Créez un groupe de conception de 12 à 20 personnes issues des deux "
                "organisations et de différents niveaux, pas seulement des managers. Le groupe "
                "travaille avec les accompagnateurs sur la raison d'être, les valeurs et les "
                "principales méthodes de travail de l'organisation fusionnée, et teste ses "
                "propositions auprès de ses collègues."
            ),
        },
        {
            "title": "Travailler d'abord sur la raison d'être commune",
            "body": (
                "Avant de parler des structures, animez des ateliers sur la finalité de "
                "l'organisme fusionné et sur ce que les citoyens devraient remarquer grâce à la "
                "fusion. Une raison d'être commune donne aux gens une raison de renoncer à des "
                "routines familières."
            ),
        },
        {
            "title": "Créer des espaces de travail mixtes",
            "body": (
                "Mélangez le plus tôt possible des agents des deux organisations dans les "
                "équipes, les groupes projet et les espaces de travail physiques. Faire "
                "travailler en binôme des personnes de chaque côté sur des tâches réelles crée "
                "la confiance plus vite que des séminaires communs au vert."
            ),
        },
        {
            "title": "Faire émerger et résoudre les frictions",
            "body": (
                "Organisez régulièrement des séances animées au cours desquelles les équipes "
                "nomment les frictions qu'elles vivent — formulaires différents, circuits de "
                "validation différents, ton différent avec le public — et conviennent de la "
                "pratique à adopter. Consignez les décisions pour qu'elles ne soient pas "
                "rouvertes sans fin."
            ),
        },
        {
            "title": "Suivre l'intégration dans la durée",
            "body": (
                "Reconduisez le questionnaire culturel à 6, 12 et 24 mois, avec une question sur "
                "l'organisation à laquelle les agents s'identifient. Partagez ouvertement les "
                "résultats et concentrez l'accompagnement là où l'intégration prend du retard."
            ),
        },
    ],
    "people": (
        "Un ou plusieurs accompagnateurs en développement organisationnel, idéalement un binôme "
        "avec une personne de chaque côté ; un groupe de conception commun de 12 à 20 agents ; "
        "les équipes de direction des deux organisations ; les RH, la communication et les "
        "représentants syndicaux."
    ),
    "time": (
        "Six à douze mois avant la fusion juridique et au moins douze mois après, généralement "
        "avec dix à quinze ateliers animés et trois ou quatre vagues d'enquête"
    ),
    "pitfalls": (
        "Le risque principal est que la plus grande organisation absorbe discrètement la plus "
        "petite alors que le discours parle de partenariat. Les agents de la plus petite s'en "
        "aperçoivent aussitôt. Choisissez les pratiques sur leurs mérites, et soyez honnête "
        "lorsque l'approche de l'une des organisations est reprise en bloc.\n\n"
        "L'accompagnement peut aussi devenir une démarche parallèle sans influence sur les "
        "décisions réelles. Reliez directement le groupe de conception au comité de pilotage de "
        "la fusion, avec un point permanent à son ordre du jour, afin que les décisions "
        "culturelles et structurelles soient prises ensemble."
    ),
    "worked_example": (
        "Lorsque la Finlande a transféré les services sanitaires et sociaux des communes vers "
        "les comtés de services de bien-être, un comté a réuni les services sociaux de onze "
        "communes et un district hospitalier, soit 6 800 agents. Une équipe de quatre "
        "accompagnateurs a travaillé avec un groupe de conception commun de 18 agents pendant "
        "22 mois, en commençant huit mois avant le transfert juridique.\n\n"
        "Le questionnaire culturel reconduit a montré que la part des agents qui "
        "s'identifiaient principalement à leur ancien employeur était passée de 71 % avant le "
        "transfert à 38 % au bout de dix-huit mois. Les écarts les plus importants subsistaient "
        "dans les équipes qui n'avaient pas encore emménagé dans des locaux partagés, ce qui a "
        "conduit le comté à avancer deux projets de regroupement sur site."
    ),
}

FR["guides"]["peer-review-between-municipalities"] = {
    "title": "La revue par les pairs entre communes",
    "summary": (
        "Une équipe d'agents et d'élus d'autres communes passe plusieurs jours dans une "
        "collectivité hôte, examine une question convenue et formule un retour franc et "
        "constructif, alliant le regard critique extérieur à la compréhension de personnes qui "
        "exercent un métier semblable."
    ),
    "problem": (
        "Les communes font l'objet d'inspections et d'audits, mais l'inspection tend à se "
        "concentrer sur la conformité et l'audit sur l'argent. Ni l'un ni l'autre ne répond "
        "facilement aux questions qui préoccupent le plus les collectivités : notre stratégie "
        "est-elle réaliste, sommes-nous organisés pour la mettre en œuvre, et que font les "
        "autres de mieux ?\n\n"
        "Des missions de conseil peuvent répondre à ces questions, mais elles coûtent cher et se "
        "heurtent parfois au scepticisme d'agents qui estiment que les personnes extérieures ne "
        "comprennent pas les collectivités locales. Les revues internes, elles, manquent de "
        "recul."
    ),
    "when_to_use": (
        "La revue par les pairs est utile avant une nouvelle stratégie ou une réforme "
        "d'envergure, après un changement de majorité politique, lorsqu'un service est sous "
        "pression, ou comme bilan de santé régulier tous les trois à cinq ans. Elle fonctionne "
        "le mieux lorsque la collectivité hôte choisit elle-même le sujet et est prête à "
        "entendre des constats dérangeants."
    ),
    "steps": [
        {
            "title": "Convenir du périmètre avec la collectivité hôte",
            "body": (
                "La direction de la collectivité hôte choisit deux ou trois questions, par "
                "exemple « Dans quelle mesure notre stratégie climat est-elle mise en œuvre dans "
                "l'ensemble des services ? ». Le périmètre est défini dans une courte lettre "
                "d'invitation signée par la collectivité hôte et le responsable de la revue."
            ),
        },
        {
            "title": "Composer une équipe de pairs équilibrée",
            "body": (
                "Réunissez quatre à six pairs venant de communes de taille comparable : un "
                "directeur général ou un directeur, un ou deux cadres supérieurs disposant de "
                "l'expertise utile, un élu d'un autre groupe politique que la majorité de la "
                "collectivité hôte, et un responsable de la revue. Les pairs ne doivent avoir "
                "aucune relation commerciale ou politique en cours avec la collectivité hôte."
            ),
        },
        {
            "title": "Préparer à partir de documents et d'une note de positionnement",
            "body": (
                "Quatre semaines avant la visite, la collectivité hôte fournit une note de "
                "positionnement de huit à dix pages et ses principaux documents. L'équipe de "
                "pairs les lit et convient de ses pistes d'investigation avant d'arriver."
            ),
        },
        {
            "title": "Passer trois à quatre jours sur place",
            "body": (
                "Les pairs mènent 40 à 70 entretiens et groupes de discussion avec des élus, des "
                "managers, des agents de terrain, des partenaires et des associations "
                "d'habitants. Ils se retrouvent chaque soir pour confronter les premiers constats "
                "aux éléments recueillis et éviter de s'appuyer sur des anecdotes isolées."
            ),
        },
        {
            "title": "Restituer de vive voix le dernier jour",
            "body": (
                "Le dernier jour, l'équipe présente ses constats et ses recommandations à la "
                "direction, d'abord en privé, puis à un cercle plus large de managers. Le retour "
                "doit être franc et précis, et nommer les points forts aussi clairement que les "
                "axes de progrès."
            ),
        },
        {
            "title": "Publier le rapport et assurer le suivi",
            "body": (
                "Un rapport écrit suit dans les quatre semaines, et sa publication est vivement "
                "encouragée. La collectivité hôte élabore un plan d'action, et une visite de "
                "suivi plus courte, 9 à 12 mois plus tard, vérifie les progrès."
            ),
        },
    ],
    "people": (
        "L'équipe de direction de la collectivité hôte et un agent de liaison ; une équipe de "
        "quatre à six pairs, agents et élus d'autres communes ; un responsable de la revue issu "
        "d'une association ou d'un réseau de communes."
    ),
    "time": (
        "Environ trois mois de l'invitation au rapport final, dont trois à quatre jours sur "
        "place, et une visite de suivi au bout de neuf à douze mois"
    ),
    "pitfalls": (
        "Les revues par les pairs perdent leur valeur lorsque le périmètre est tracé de manière "
        "à éviter les sujets difficiles. Si la direction n'est pas prête à entendre un message "
        "critique, reportez la revue. De même, les pairs doivent résister à la tentation de "
        "tout examiner : une revue ciblée est plus utile qu'une revue générale superficielle.\n\n"
        "La réciprocité compte. Les collectivités qui accueillent des revues sans jamais fournir "
        "de pairs affaiblissent le réseau. Tenez un registre simple des journées de pairs "
        "données et reçues."
    ),
    "worked_example": (
        "Un réseau de 22 communes d'une province espagnole a mené 14 revues par les pairs en "
        "trois ans. Dans l'une d'elles, une ville de 34 000 habitants a demandé aux pairs "
        "d'examiner pourquoi la participation à son budget participatif diminuait. Les pairs ont "
        "interrogé 52 personnes et constaté que des projets approuvés les années précédentes "
        "n'avaient pas été réalisés, ce que les habitants percevaient comme une promesse "
        "trahie.\n\n"
        "La commune a publié le rapport, réalisé en un an les 17 projets en attente et mis en "
        "place un outil public de suivi en ligne. Lors du budget participatif suivant, la "
        "participation est passée de 4,1 % à 7,9 % des habitants concernés."
    ),
}

FR["cases"]["fjordby-strategy-for-older-residents"] = {
    "title": "Des habitants refondent la stratégie d'une commune danoise pour les personnes âgées",
    "summary": (
        "La commune de Fjordby a remplacé une stratégie rédigée par ses services, et une "
        "consultation qui n'avait recueilli que 23 réponses, par un atelier d'une journée où des "
        "habitants âgés et des aidants ont fixé les priorités. La sortie d'hôpital s'est imposée "
        "comme la question principale et est devenue la pièce maîtresse de la stratégie."
    ),
    "organisation": "Fjordby Kommune (commune de Fjordby)",
    "size": "4 300 agents ; 58 000 habitants",
    "period": "2021–2023",
    "challenge": (
        "Fjordby s'attend à ce que le nombre d'habitants de 80 ans et plus augmente de 46 % "
        "entre 2021 et 2032, tandis que la population en âge de travailler diminue. Sa "
        "précédente stratégie pour les personnes âgées avait été rédigée par la direction de la "
        "santé et de l'autonomie et soumise à consultation en 2017 ; elle avait reçu 23 "
        "contributions écrites, pour la plupart émanant d'organisations plutôt que "
        "d'habitants.\n\n"
        "Le conseil municipal voulait que la stratégie suivante soit façonnée par les personnes "
        "auxquelles elle s'adressait. Les services savaient aussi que les indicateurs de la "
        "direction portaient sur le volume d'heures d'aide à domicile effectuées et disaient peu "
        "de choses de la manière dont les personnes âgées vivaient le dispositif dans son "
        "ensemble."
    ),
    "what_was_done": (
        "La cellule stratégie a commencé par une séance de cartographie des parties prenantes "
        "associant des aides à domicile, le conseil des aînés et deux associations de "
        "retraités. Il en est ressorti que les habitants fragiles bénéficiant d'une aide à "
        "domicile, ainsi que leurs proches, n'étaient presque jamais entendus lors des "
        "consultations. Les aides à domicile ont donc contribué directement au recrutement des "
        "participants, et la commune a offert le transport, un repas et un bon d'achat.\n\n"
        "Quarante-huit personnes ont participé à un atelier d'une journée à la bibliothèque "
        "centrale : 27 habitants de 67 à 91 ans, huit proches et aidants et 13 agents. Six "
        "animateurs de table ont été prêtés par une commune voisine, afin qu'aucun d'eux ne "
        "dirige de service à Fjordby. Les tables ont travaillé sur des fiches illustrées et "
        "classé des options ; chaque participant a reçu une synthèse écrite deux semaines plus "
        "tard, puis une note « vous avez dit, nous avons fait » lorsque le conseil a adopté la "
        "stratégie."
    ),
    "outcomes": (
        "Presque toutes les tables ont désigné le passage entre la sortie d'hôpital et l'aide à "
        "domicile comme le problème le plus important : des habitants ont raconté être rentrés "
        "chez eux face à un réfrigérateur vide, un traitement mal expliqué et aucune visite "
        "pendant plusieurs jours. La question ne figurait pas dans le projet de stratégie.\n\n"
        "La stratégie adoptée a créé un poste de coordinateur des sorties d'hôpital, cofinancé "
        "avec l'hôpital régional, et fixé l'objectif d'une première visite à domicile dans les "
        "24 heures suivant la sortie. Elle engage aussi la commune à renouveler l'atelier au "
        "début de chaque cycle de planification de quatre ans."
    ),
    "evidence": (
        "La part des habitants de 80 ans et plus ayant reçu une première visite à domicile dans "
        "les 24 heures suivant leur sortie d'hôpital est passée de 54 % en 2021 à 86 % en 2023, "
        "selon les dossiers de la commune. Les réhospitalisations à 30 jours pour ce même groupe "
        "sont passées de 19,2 % à 16,5 % d'après les données de l'hôpital régional, même si la "
        "commune considère ce chiffre avec prudence car l'hôpital a modifié ses procédures de "
        "sortie au cours de la même période.\n\n"
        "41 des 48 participants ont rempli un questionnaire d'évaluation, et 37 ont déclaré "
        "qu'ils participeraient de nouveau. La consultation publique sur le projet final a reçu "
        "212 contributions, contre 23 en 2017. Dix-neuf participants de la première heure ont "
        "assisté à la séance de bilan un an plus tard."
    ),
    "lessons": (
        "Recruter par l'intermédiaire des aides à domicile a été la décision la plus "
        "importante : elle a fait venir des habitants qui n'auraient jamais répondu à une "
        "invitation ouverte. Faire appel à des animateurs d'une autre commune a aidé les "
        "habitants à parler librement des services locaux.\n\n"
        "Les managers ont sous-estimé l'importance du suivi. La note « vous avez dit, nous avons "
        "fait » a demandé deux semaines de travail, mais a suscité plus de retours positifs que "
        "l'atelier lui-même."
    ),
    "quotes": [
        {
            "text": (
                "Nous pensions savoir ce que les personnes âgées attendaient de nous. Les tables "
                "nous ont montré que nous nous attaquions au mauvais problème."
            ),
            "attribution": "Directeur de la santé et de l'autonomie, Fjordby Kommune",
        },
        {
            "text": (
                "Pour la première fois, le plan parlait de ce qui se passe le jour où ma mère "
                "rentre à la maison, et non des heures de la commune."
            ),
            "attribution": "Aidante et participante à l'atelier, Fjordby",
        },
    ],
    "contact": "Unité stratégie et développement, strategi@fjordby.example",
}

FR["cases"]["lage-venen-peat-meadow-strategy"] = {
    "title": (
        "Une autorité de l'eau néerlandaise trouve un terrain d'entente "
        "dans les prairies tourbeuses"
    ),
    "summary": (
        "Face à une opposition virulente au relèvement des niveaux d'eau dans les prairies "
        "tourbeuses, une autorité régionale de l'eau a eu recours à la cartographie des parties "
        "prenantes et à la planification par scénarios pour travailler avec les coopératives "
        "locales de drainage. Les recours contre son plan de secteur sont passés de plus de 600 "
        "à 41."
    ),
    "organisation": "Waterschap Lage Venen (autorité de l'eau des Basses Tourbières)",
    "size": "640 agents",
    "period": "2022–2024",
    "challenge": (
        "Environ un tiers du territoire de l'autorité est constitué de prairies tourbeuses qui "
        "s'affaissent de 0,5 à 1 centimètre par an parce qu'elles sont drainées pour l'élevage "
        "laitier. Le drainage libère aussi le dioxyde de carbone de la tourbe, et les accords "
        "nationaux sur le climat imposent de relever les niveaux d'eau. Les agriculteurs "
        "craignent pour la viabilité de leurs exploitations.\n\n"
        "Un précédent plan de secteur, élaboré en 2019 avec une faible implication des "
        "agriculteurs, avait suscité plus de 600 recours formels et avait été retiré. Les "
        "relations entre l'autorité, le monde agricole et les associations de protection de la "
        "nature étaient au plus bas."
    ),
    "what_was_done": (
        "L'autorité a d'abord cartographié ses parties prenantes. Une séance avec les managers "
        "en a recensé 34 ; une seconde séance avec des agents de terrain et deux agriculteurs en "
        "a ajouté 19, dont six coopératives locales de drainage et un réseau de jeunes "
        "agriculteurs. La carte des relations a montré que les coopératives avaient la confiance "
        "à la fois des agriculteurs et des agents de terrain, et pouvaient jouer les "
        "intermédiaires.\n\n"
        "Avec l'aide des coopératives, l'autorité a organisé 12 discussions autour de la table "
        "de cuisine avec des groupes d'agriculteurs et trois ateliers de secteur. Lors de deux "
        "ateliers de scénarios, 36 participants — agriculteurs, associations de protection de "
        "la nature, communes, province et agents de l'autorité — ont élaboré quatre scénarios "
        "pour le paysage en 2050, en croisant les perspectives économiques de l'élevage laitier "
        "avec la sévérité de la politique climatique nationale, et ont mis à l'épreuve de "
        "chacun les options du plan de secteur."
    ),
    "outcomes": (
        "L'autorité et les agriculteurs sont convenus de relever de 20 centimètres les niveaux "
        "d'eau d'été dans deux polders pilotes couvrant 1 150 hectares, en combinaison avec des "
        "drains immergés qui limitent l'effet sur les rendements en herbe. Un programme de "
        "suivi commun, mené avec les coopératives, mesure les niveaux de la nappe, "
        "l'affaissement et les résultats des exploitations.\n\n"
        "L'assemblée générale a adopté en 2024 une nouvelle stratégie de secteur qui prévoit une "
        "approche par étapes pour les autres polders, avec un point de réexamen après les "
        "premiers résultats des pilotes."
    ),
    "evidence": (
        "Le projet de plan de secteur a fait l'objet de 41 recours formels, contre plus de 600 "
        "pour le plan de 2019. Dans les polders pilotes, 87 agriculteurs sur 112 (78 %) ont "
        "signé des conventions de participation. Les niveaux de la nappe sont mesurés en 46 "
        "points de suivi.\n\n"
        "Une enquête de l'équipe de recherche auprès des participants aux ateliers a montré que "
        "71 % d'entre eux estimaient que « l'autorité de l'eau écoute les gens comme moi », "
        "contre 29 % dans une enquête comparable menée auprès des propriétaires fonciers en "
        "2020."
    ),
    "lessons": (
        "Les agents de terrain connaissaient le paysage social aussi bien que le paysage "
        "physique, mais personne ne le leur avait demandé. Les associer à la cartographie des "
        "parties prenantes a changé toute la stratégie de concertation.\n\n"
        "Les scénarios ont permis aux agriculteurs et aux associations de protection de la "
        "nature de parler de l'avenir à long terme sans rien concéder dans le présent. "
        "Plusieurs participants ont dit que c'était la première fois qu'ils parlaient de 2050 "
        "plutôt que de la prochaine vague de subventions."
    ),
    "quotes": [
        {
            "text": (
                "Le président de la coopérative connaissait chaque agriculteur par son nom. Nous "
                "connaissions chaque fossé par son numéro. Il nous fallait les deux."
            ),
            "attribution": "Responsable de secteur, Waterschap Lage Venen",
        },
        {
            "text": (
                "Les scénarios nous ont permis de parler de 2050 sans que personne ait à céder "
                "quoi que ce soit aujourd'hui."
            ),
            "attribution": "Membre du conseil d'une coopérative locale de drainage",
        },
    ],
    "contact": "Équipe aménagement du territoire, gebiedsprocessen@lagevenen.example",
}

FR["cases"]["north-lakeland-wellbeing-county-integration"] = {
    "title": (
        "Réunir onze communes et un district hospitalier dans un comté de services de bien-être"
    ),
    "summary": (
        "Un nouveau comté finlandais de services de bien-être a regroupé les services sociaux "
        "municipaux et un district hospitalier, soit 6 800 agents. L'accompagnement en "
        "développement organisationnel et le coaching des nouveaux directeurs ont réduit de "
        "moitié la part des agents qui s'identifiaient encore à leur ancien employeur."
    ),
    "organisation": (
        "Pohjois-Järviseudun hyvinvointialue (comté de services de bien-être de North Lakeland)"
    ),
    "size": "6 800 agents",
    "period": "2022–2024",
    "challenge": (
        "La réforme finlandaise des services sanitaires et sociaux a transféré la "
        "responsabilité de ces services des communes à 21 comtés de services de bien-être à "
        "compter de janvier 2023. À North Lakeland, cela impliquait de regrouper les services "
        "sociaux de onze communes, d'une ville de 68 000 habitants à des communes rurales de "
        "moins de 3 000 habitants, avec un district hospitalier.\n\n"
        "Les organisations avaient des cultures très différentes : le travail social municipal "
        "était local et fondé sur la relation, tandis que le district hospitalier était plus "
        "grand, plus hiérarchique et plus standardisé. Les procédures de prise en charge "
        "variaient d'une commune à l'autre, et les agents craignaient que la culture "
        "hospitalière ne domine la nouvelle organisation."
    ),
    "what_was_done": (
        "À partir de mai 2022, une équipe de quatre accompagnateurs a mené un diagnostic "
        "culturel fondé sur des entretiens et des groupes de discussion dans les douze "
        "organisations, suivi d'une enquête. Un groupe de conception commun de 18 agents, dont "
        "des travailleurs sociaux, des infirmiers, des administratifs et deux représentants "
        "syndicaux, a travaillé sur la raison d'être et les valeurs du comté et testé ses "
        "propositions lors de 40 ateliers avec le personnel.\n\n"
        "Après le transfert juridique, les accompagnateurs ont animé des « séances de "
        "friction » au cours desquelles des équipes mixtes repéraient les pratiques "
        "contradictoires et convenaient de celles à adopter. Les 26 nouveaux directeurs de "
        "domaine d'activité se sont vu proposer six séances de coaching, et les quatre équipes "
        "de direction des nouveaux domaines ont bénéficié d'un coaching d'équipe. Le "
        "questionnaire culturel a été reconduit à 6, 12 et 18 mois."
    ),
    "outcomes": (
        "Le comté a adopté une déclaration de raison d'être et de valeurs élaborée par le "
        "groupe de conception plutôt que par l'équipe de direction. Les séances de friction ont "
        "ramené 63 procédures différentes de prise en charge dans les services sociaux à la "
        "famille et aux adultes à 21 procédures communes à tout le comté, les variantes locales "
        "étant documentées.\n\n"
        "Les équipes qui avaient emménagé dans des locaux partagés se sont intégrées nettement "
        "plus vite, et le comté a en conséquence avancé deux projets de regroupement sur site."
    ),
    "evidence": (
        "La part des agents s'identifiant principalement à leur ancien employeur est passée de "
        "71 % avant le transfert à 52 % à 12 mois et 38 % à 18 mois (taux de réponse compris "
        "entre 41 % et 47 % du personnel à chaque vague). La rotation des travailleurs sociaux "
        "est passée de 12,4 % en 2022 à 10,9 % en 2024, à rebours d'une tendance nationale à la "
        "hausse.\n\n"
        "Sur les 26 directeurs à qui le coaching a été proposé, 24 l'ont suivi, et 22 l'ont jugé "
        "« très utile » ou « utile » dans une évaluation anonyme."
    ),
    "lessons": (
        "Commencer huit mois avant le transfert juridique était indispensable, mais les "
        "accompagnateurs estiment aujourd'hui que les séances de friction auraient dû commencer "
        "plus tôt elles aussi : certaines pratiques contradictoires avaient été figées dans le "
        "nouveau système informatique avant que les agents se soient accordés sur celle à "
        "retenir.\n\n"
        "Associer des représentants syndicaux au groupe de conception a évité que la démarche "
        "soit perçue comme un exercice de la direction et a facilité des discussions difficiles "
        "sur le temps de travail."
    ),
    "quotes": [
        {
            "text": (
                "Les gens ont cessé de demander comment on faisait dans leur ancienne commune dès "
                "qu'ils ont dû résoudre ensemble de vraies situations d'usagers."
            ),
            "attribution": (
                "Responsable des services aux familles, comté de services de bien-être de "
                "North Lakeland"
            ),
        },
    ],
    "contact": "Équipe développement organisationnel, kehittaminen@pohjois-jarviseutu.example",
}

FR["cases"]["deux-rivieres-hospital-action-learning"] = {
    "title": (
        "Apprentissage par l'action pour les cadres de santé pendant une réorganisation "
        "chirurgicale"
    ),
    "summary": (
        "Treize cadres de santé et responsables de service d'un hôpital intercommunal français "
        "se sont réunis en deux groupes d'apprentissage par l'action pendant le passage de la "
        "chirurgie à un modèle ambulatoire. Onze ont apporté des changements concrets dans leur "
        "unité, et la rotation du personnel de ces unités est passée de 16 % à 11 %."
    ),
    "organisation": "Centre hospitalier intercommunal des Deux-Rivières",
    "size": "2 150 agents ; 610 lits",
    "period": "2022–2023",
    "challenge": (
        "L'hôpital réorganisait son parcours chirurgical autour d'un nouveau centre de "
        "chirurgie ambulatoire, en fermant 42 lits d'hospitalisation complète et en modifiant "
        "les rythmes de travail d'environ 300 soignants et personnels de soutien. Les cadres de "
        "santé devaient conduire ces changements tout en compensant les postes vacants et en "
        "gérant la hausse des arrêts maladie.\n\n"
        "Beaucoup de cadres avaient été promus depuis des postes infirmiers avec peu de "
        "formation au management, et ils disaient se sentir isolés entre les attentes de la "
        "direction et les frustrations de leurs équipes. La rotation du personnel dans les "
        "unités chirurgicales avait atteint 16 % par an."
    ),
    "what_was_done": (
        "La direction des soins a parrainé deux groupes d'apprentissage par l'action, de six et "
        "sept cadres, qui se sont réunis huit fois une demi-journée en neuf mois. Un animateur "
        "externe issu d'une école régionale de management en santé a animé les quatre premières "
        "réunions ; à partir de la cinquième, les membres ont animé à tour de rôle.\n\n"
        "Parmi les problèmes apportés figuraient des arrêts maladie récurrents dans une équipe "
        "de nuit, l'introduction d'un nouveau système de gestion des lits et un différend avec "
        "un chef de service médical sur la programmation du bloc opératoire. Deux membres ont "
        "introduit des retours d'expérience dans leur unité après avoir discuté d'un week-end "
        "difficile de fermetures de lits, et la pratique s'est étendue à quatre autres unités."
    ),
    "outcomes": (
        "Lors du bilan final, 11 des 13 cadres ont décrit un changement concret qu'ils avaient "
        "opéré grâce au groupe, comme l'autoplanification dans l'équipe de nuit qui connaissait "
        "le plus d'arrêts maladie, ou une réunion hebdomadaire de planification commune avec "
        "l'équipe d'anesthésie.\n\n"
        "Les deux groupes ont continué à se réunir tous les deux mois avec une animation entre "
        "pairs après la fin du programme, et la direction a depuis lancé un troisième groupe "
        "pour les cadres nouvellement nommés."
    ),
    "evidence": (
        "La rotation du personnel dans les unités des participants est passée de 16 % en 2022 "
        "à 11 % en 2023, et le taux d'absentéisme pour maladie de 9,8 % à 8,4 %. L'hôpital "
        "considère ces chiffres avec prudence, car des revalorisations salariales et "
        "l'ouverture du centre de chirurgie ambulatoire sont intervenues au cours de la même "
        "période.\n\n"
        "Des chercheurs du consortium ont interrogé les 13 participants à la fin du programme. "
        "La part des interventions en ambulatoire est passée de 48 % à 61 % sur la période, ce "
        "que l'hôpital attribue principalement au nouveau centre."
    ),
    "lessons": (
        "Le temps protégé a fait la différence : la directrice des soins a organisé des "
        "remplacements pour que les cadres puissent participer, et l'assiduité a atteint 89 % "
        "en moyenne. Les cadres ont dit que la discipline consistant à questionner plutôt qu'à "
        "conseiller les avait d'abord frustrés, et qu'elle s'était révélée précieuse justement "
        "parce qu'elle les obligeait à trouver leurs propres solutions."
    ),
    "quotes": [
        {
            "text": (
                "Dans le groupe, personne ne m'a donné la réponse, et c'est exactement pour cela "
                "que j'en ai trouvé une que mon équipe a acceptée."
            ),
            "attribution": "Cadre de santé, unité de chirurgie, hôpital des Deux-Rivières",
        },
        {
            "text": (
                "Donner aux cadres du temps pour réfléchir nous a coûté huit demi-journées "
                "chacun. C'est l'investissement le moins cher de toute la réorganisation."
            ),
            "attribution": (
                "Directrice des soins, Centre hospitalier intercommunal des Deux-Rivières"
            ),
        },
    ],
    "contact": "Direction des soins, direction.soins@ch-deux-rivieres.example",
}

FR["cases"]["federal-digital-services-strategy"] = {
    "title": "Recentrer sur les usagers la stratégie numérique d'une administration fédérale",
    "summary": (
        "Après le retard d'un portail phare, un office fédéral allemand a refondé sa stratégie "
        "numérique autour de quatre résultats de service, d'équipes de service "
        "pluridisciplinaires et d'un coaching des cadres dirigeants. Le taux d'aboutissement de "
        "ses principales démarches en ligne est passé de 58 % à 77 %."
    ),
    "organisation": (
        "Bundesamt für digitale Verwaltungsdienste (Office fédéral des services administratifs "
        "numériques)"
    ),
    "size": "1 900 agents",
    "period": "2022–2024",
    "challenge": (
        "L'office gère des services de démarches en ligne utilisés par des administrations "
        "fédérales et, à travers elles, par des millions de citoyens et d'entreprises. Sa "
        "précédente stratégie était pour l'essentiel une feuille de route technologique pour un "
        "grand portail unique, qui avait pris 14 mois de retard.\n\n"
        "Les données de service montraient que 42 % des démarches en ligne étaient abandonnées "
        "à l'étape de vérification d'identité, et que les appels dus à des procédures en ligne "
        "peu claires représentaient un tiers du volume du centre de contact. Les cadres "
        "dirigeants, pour la plupart juristes et administrateurs, avaient du mal à remettre en "
        "question les prestataires et les équipes techniques."
    ),
    "what_was_done": (
        "Une équipe stratégie a animé cinq ateliers pluridisciplinaires avec des responsables "
        "de service, des agents chargés des politiques publiques et des questions juridiques, "
        "des architectes informatiques, le délégué à la protection des données et des agents du "
        "centre de contact, ainsi qu'une séance avec des organisations représentant les "
        "personnes âgées et les personnes handicapées. Une autoévaluation des capacités menée "
        "dans 22 équipes a fourni un état des lieux des compétences, de la qualité des données "
        "et de la gouvernance.\n\n"
        "La stratégie qui en est issue a fixé quatre résultats de service, réorganisé le "
        "travail en huit équipes de service dotées de responsables de produit et découpé le "
        "portail en composants réutilisables. Quatorze cadres dirigeants ont bénéficié chacun de "
        "six séances de coaching sur la conduite du changement numérique, et l'autoévaluation "
        "des capacités a été reconduite au bout de 12 mois."
    ),
    "outcomes": (
        "Les taux d'aboutissement ont augmenté et les volumes de contacts ont diminué pour les "
        "principaux services, et l'étape de vérification d'identité a été repensée avec un "
        "second parcours, accompagné. L'office publie désormais chaque trimestre les données de "
        "performance de chacune de ses équipes de service."
    ),
    "evidence": (
        "En 18 mois, le taux d'aboutissement des trois démarches les plus utilisées est passé "
        "de 58 % à 77 %, et les appels concernant les démarches en ligne ont diminué de 29 %. "
        "Lors de la seconde autoévaluation des capacités, le score moyen pour « utilisation de "
        "la recherche utilisateur dans les décisions » est passé de 2,3 à 3,4 sur 5, tandis que "
        "celui de la « qualité des données » est resté à 2,7, ce qui confirme qu'il s'agit de "
        "la principale faiblesse.\n\n"
        "Douze des 14 cadres coachés ont déclaré lors d'entretiens de suivi qu'ils se sentaient "
        "plus à même de remettre en question les propositions des prestataires."
    ),
    "lessons": (
        "Recentrer la stratégie sur les résultats pour les usagers a donné aux responsables de "
        "service une raison de s'impliquer. L'office a appris qu'améliorer l'interface ne "
        "mène pas loin sans investir dans les données sous-jacentes, ce qui constitue désormais "
        "la priorité de la prochaine période stratégique."
    ),
    "quotes": [
        {
            "text": (
                "Avant, nous rendions compte du nombre de systèmes migrés. Aujourd'hui, nous "
                "rendons compte du nombre de personnes qui sont allées au bout de leur démarche."
            ),
            "attribution": (
                "Responsable de la stratégie et de la gestion du portefeuille, Bundesamt für "
                "digitale Verwaltungsdienste"
            ),
        },
    ],
    "contact": "Stratégie et gestion du portefeuille, strategie@bdvd.example",
}

FR["cases"]["adriatic-hills-health-authority-coaching"] = {
    "title": (
        "Accompagner par le coaching les dirigeants d'une autorité sanitaire en réorganisation"
    ),
    "summary": (
        "Lorsqu'une autorité sanitaire locale italienne a regroupé trois districts hospitaliers "
        "en deux, elle a proposé un coaching aux 24 directeurs, y compris ceux dont le poste "
        "était menacé. Les agents ont été bien plus nombreux à estimer que les dirigeants "
        "avaient expliqué les raisons des changements."
    ),
    "organisation": (
        "Azienda Sanitaria Locale Colline Adriatiche (autorité sanitaire locale des Collines "
        "adriatiques)"
    ),
    "size": "7 400 agents ; 610 000 habitants",
    "period": "2021–2023",
    "challenge": (
        "Un plan régional d'organisation du réseau hospitalier imposait à l'autorité de "
        "regrouper trois districts hospitaliers en deux, en concentrant la chirurgie d'urgence "
        "et la maternité sur un nombre réduit de sites. Le changement touchait 31 postes de "
        "direction et était politiquement contesté dans les villes qui allaient perdre des "
        "services.\n\n"
        "Une réorganisation comparable trois ans plus tôt avait laissé un héritage de "
        "méfiance : les enquêtes auprès du personnel montraient alors que seuls 34 % des agents "
        "estimaient que les dirigeants avaient expliqué pourquoi les changements étaient faits, "
        "et plusieurs médecins seniors étaient partis."
    ),
    "what_was_done": (
        "Le service formation et développement organisationnel de l'autorité a proposé six "
        "séances de coaching de 90 minutes aux 24 directeurs et chefs de département, y compris "
        "ceux dont le poste était menacé. Les personnes coachées pouvaient choisir entre trois "
        "coachs, dont deux externes, tous expérimentés dans le service de santé italien. Un "
        "accord écrit garantissait que le coaching restait entièrement séparé de la "
        "sélection.\n\n"
        "Une fois les deux nouvelles équipes de direction de district en place, chacune a "
        "bénéficié de trois séances de coaching d'équipe. À la fin, les coachs ont remis au "
        "directeur général une synthèse anonymisée des thèmes récurrents, et un accompagnateur "
        "en développement organisationnel a travaillé avec les deux districts sur "
        "l'intégration d'équipes venant d'hôpitaux différents."
    ),
    "outcomes": (
        "La réorganisation a été achevée dans les délais. La synthèse anonymisée des thèmes a "
        "montré que la répartition floue des compétences budgétaires entre directeurs de "
        "district et directeurs d'hôpital était la source de conflit la plus fréquente ; "
        "l'autorité a révisé son règlement intérieur pour la clarifier.\n\n"
        "Aucun médecin senior n'est parti pendant la transition, et deux directeurs dont le "
        "poste avait été supprimé ont pris de nouvelles fonctions au sein de l'autorité."
    ),
    "evidence": (
        "Dans une enquête menée auprès du personnel six mois après le changement (3 120 "
        "réponses, soit 42 %), 58 % des agents des nouveaux districts estimaient que « les "
        "dirigeants ont expliqué pourquoi les changements étaient faits », contre 34 % après la "
        "réorganisation précédente. Les 24 directeurs ont suivi le coaching ; dans une "
        "évaluation anonyme, 21 l'ont jugé « très utile » ou « utile »."
    ),
    "lessons": (
        "Proposer le coaching à tous, directeur général compris, a fait qu'il a été perçu comme "
        "un soutien plutôt que comme une mesure corrective. La séparation nette entre coaching "
        "et sélection a été citée à maintes reprises comme la raison pour laquelle les "
        "directeurs ont parlé ouvertement.\n\n"
        "La synthèse des thèmes a transformé des coachings individuels en apprentissage "
        "organisationnel, mais les coachs devaient en convenir du format dès le départ pour que "
        "la confidentialité ne soit jamais mise en doute."
    ),
    "quotes": [
        {
            "text": (
                "Je conduisais des gens à travers un changement qui pouvait me coûter mon propre "
                "poste. Le coaching était le seul endroit où je pouvais le dire à voix haute."
            ),
            "attribution": "Directeur d'un département hospitalier, ASL Colline Adriatiche",
        },
    ],
    "contact": ("Service formation et développement organisationnel, sviluppo@asl-colline.example"),
}
