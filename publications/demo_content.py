# ruff: noqa: E501 - bibliographic data reads best one record per line
"""Demo content: people, publications of every type and news items.

The first publication is the consortium's real article on learning partnerships
(Public Money & Management 41(8), 2021). The others are invented but shaped like
the consortium's real output; they carry no DOI, since an invented DOI could
point at someone else's work.
"""

# (slug, given, family, affiliation, ORCID iD, bio)
PEOPLE = [
    ("hannah-hesselgreaves", "Hannah", "Hesselgreaves", "Northumbria University", "", ""),
    ("max-french", "Max", "French", "Northumbria University", "", ""),
    ("melissa-hawkins", "Melissa", "Hawkins", "", "", ""),
    ("toby-lowe", "Toby", "Lowe", "", "", ""),
    ("amy-wheatman", "Amy", "Wheatman", "", "", ""),
    ("mike-martin", "Mike", "Martin", "", "", ""),
    ("rob-wilson", "Rob", "Wilson", "Newcastle University", "", ""),
    (
        "josiah-carberry",
        "Josiah",
        "Carberry",
        "Praxis consortium, Brown University (visiting)",
        "0000-0002-1825-0097",
        "Josiah studies how public agencies learn from their own development work, and "
        "coordinates the consortium's working paper series.",
    ),
    (
        "ines-moreau",
        "Inès",
        "Moreau",
        "Sciences Po Lyon",
        "",
        "Inès researches participative strategy-making in French local government.",
    ),
    (
        "lars-pedersen",
        "Lars",
        "Pedersen",
        "Aarhus University",
        "",
        "Lars works on action learning in Danish municipalities and the evaluation of "
        "organisational development.",
    ),
    (
        "katarzyna-nowak",
        "Katarzyna",
        "Nowak",
        "University of Warsaw",
        "",
        "Katarzyna studies coaching for senior civil servants and leadership development.",
    ),
    (
        "giulia-rossi",
        "Giulia",
        "Rossi",
        "Politecnico di Milano",
        "",
        "Giulia researches performance dialogue and self-assessment in Italian health trusts.",
    ),
    (
        "jonas-weber",
        "Jonas",
        "Weber",
        "Hertie School, Berlin",
        "",
        "Jonas works on strategic renewal in federal agencies and on public service reform.",
    ),
    (
        "elena-garcia",
        "Elena",
        "García López",
        "Universidad Complutense de Madrid",
        "",
        "Elena studies regional health systems and learning partnerships between agencies.",
    ),
    (
        "sarah-oconnor",
        "Sarah",
        "O'Connor",
        "King's College London",
        "",
        "Sarah leads the consortium's work package on development, dissemination and "
        "knowledge exchange.",
    ),
]

HESSELGREAVES_ABSTRACT = (
    "As public services face the limits of existing approaches to public management, "
    "emerging practices are highlighting the importance of continuous learning and service "
    "reform. While many approaches, methods and aids for learning exist, managers embracing "
    "complexity are making use of relational resources to scaffold their learning "
    "capacity-building. This article introduces the idea of 'learning partnerships': a set of "
    "nested learning relationships between public managers, consultants, and researchers and "
    "academics, which extends the literature on academic–practitioner collaborations and builds "
    "a relational mechanism for learning into the action learning action research (ALAR) and "
    "learning organization genres."
)
HESSELGREAVES_IMPACT = (
    "This article describes why managers of public services who are engaged in reform should "
    "consider engaging in learning partnerships. The authors explain how this emerging approach "
    "provides important sources of reflexive practice to members of partnerships, including "
    "policy-makers, consulting firms, and academia; they show how these sectors can collaborate "
    "to build learning capacity across multiple stakeholders; as well as the dilemmas and "
    "dualisms involved."
)

PUBLICATIONS = [
    {
        "slug": "learning-partner-relationship-public-service-reform",
        "type": "journal_article",
        "title": (
            "New development: The emerging role of a 'learning partner' relationship in "
            "supporting public service reform"
        ),
        "authors": [
            "hannah-hesselgreaves",
            "max-french",
            "melissa-hawkins",
            "toby-lowe",
            "amy-wheatman",
            "mike-martin",
            "rob-wilson",
        ],
        "abstract": HESSELGREAVES_ABSTRACT,
        "impact": HESSELGREAVES_IMPACT,
        "container_title": "Public Money & Management",
        "volume": "41",
        "issue": "8",
        "first_page": "672",
        "last_page": "675",
        "publication_date": "2021-11-17",
        "publisher": "Routledge",
        "doi": "10.1080/09540962.2021.1909274",
        "issn": "0954-0962",
        "keywords": [
            "action research",
            "consultancy",
            "complexity",
            "collaboration",
            "learning organizations",
            "partnerships",
            "public management",
            "systems",
        ],
        "themes": ["learning-partnerships"],
        "external_url": "https://doi.org/10.1080/09540962.2021.1909274",
        "featured": True,
    },
]

# Invented works, compactly: (type, title, authors, year-month-day, container, extra fields,
# keywords, themes). Extra fields fill volume, issue, pages, ISSN/ISBN, institution, numbers.
_WORKS = [
    ("journal_article", "Participative strategy-making in French municipalities: who writes the plan?",
     ["ines-moreau", "jonas-weber"], "2022-03-14", "Public Management Review",
     {"volume": "24", "issue": "3", "first_page": "401", "last_page": "423", "issn": "1471-9037",
      "publisher": "Routledge"},
     ["strategy", "participation", "local government"], ["participative-strategy"]),
    ("journal_article", "Action learning sets for frontline managers: evidence from six Danish municipalities",
     ["lars-pedersen", "sarah-oconnor"], "2023-01-20", "Action Learning: Research and Practice",
     {"volume": "20", "issue": "1", "first_page": "33", "last_page": "52", "issn": "1476-7333",
      "publisher": "Routledge"},
     ["action learning", "frontline management", "Denmark"], ["learning-partnerships"]),
    ("journal_article", "Self-assessment as a learning device in regional health systems",
     ["elena-garcia", "giulia-rossi"], "2023-09-05", "International Journal of Public Sector Management",
     {"volume": "36", "issue": "6", "first_page": "589", "last_page": "607", "issn": "0951-3558",
      "publisher": "Emerald"},
     ["self-assessment", "health", "organisational learning"], ["learning-partnerships"]),
    ("journal_article", "Coaching senior civil servants through strategic renewal",
     ["katarzyna-nowak", "josiah-carberry"], "2024-02-12", "Public Administration",
     {"volume": "102", "issue": "1", "first_page": "118", "last_page": "136", "issn": "0033-3298",
      "publisher": "Wiley"},
     ["coaching", "leadership", "civil service"], ["participative-strategy"]),
    ("working_paper", "Learning partnerships between agencies, consultants and universities: a framework",
     ["josiah-carberry", "sarah-oconnor"], "2022-06-01", "Praxis Working Papers",
     {"institution": "King's College London", "report_number": "WP 2022/01"},
     ["learning partnerships", "knowledge exchange"], ["learning-partnerships"]),
    ("working_paper", "Measuring the impact of organisational development interventions over time",
     ["giulia-rossi", "lars-pedersen"], "2022-11-15", "Praxis Working Papers",
     {"institution": "King's College London", "report_number": "WP 2022/04"},
     ["impact", "evaluation", "organisational development"], []),
    ("working_paper", "Strategic renewal under fiscal stress: a comparison of five European cities",
     ["jonas-weber", "ines-moreau", "elena-garcia"], "2023-04-03", "Praxis Working Papers",
     {"institution": "Hertie School", "report_number": "WP 2023/02"},
     ["austerity", "strategy", "comparative public administration"], ["participative-strategy"]),
    ("policy_brief", "Five questions before commissioning a strategy consultancy",
     ["sarah-oconnor"], "2022-09-20", "Praxis Policy Briefs",
     {"institution": "King's College London", "report_number": "PB 3"},
     ["consultancy", "commissioning"], ["participative-strategy"]),
    ("policy_brief", "Making room for reflection: protected time for action learning",
     ["lars-pedersen"], "2023-05-10", "Praxis Policy Briefs",
     {"institution": "Aarhus University", "report_number": "PB 5"},
     ["action learning", "workforce"], ["learning-partnerships"]),
    ("policy_brief", "Self-assessment that agencies actually use",
     ["giulia-rossi", "katarzyna-nowak"], "2024-01-25", "Praxis Policy Briefs",
     {"institution": "Politecnico di Milano", "report_number": "PB 8"},
     ["self-assessment", "performance"], []),
    ("report", "Strategic renewal in European public services: baseline report",
     ["sarah-oconnor", "jonas-weber", "ines-moreau", "lars-pedersen"], "2021-12-10", "",
     {"institution": "King's College London", "report_number": "D8.1", "publisher": "Praxis consortium"},
     ["strategic renewal", "public services", "Europe"], ["participative-strategy"]),
    ("report", "Development interventions in participating agencies: interim report",
     ["josiah-carberry", "giulia-rossi"], "2023-06-30", "",
     {"institution": "King's College London", "report_number": "D8.3", "publisher": "Praxis consortium"},
     ["organisational development", "coaching", "action learning"], ["learning-partnerships"]),
    ("report", "Dissemination and knowledge exchange plan",
     ["sarah-oconnor"], "2022-02-28", "",
     {"institution": "King's College London", "report_number": "D8.2", "publisher": "Praxis consortium"},
     ["dissemination", "knowledge exchange"], []),
    ("book", "Learning Partnerships in Public Services: Research with Practice",
     ["sarah-oconnor", "josiah-carberry"], "2024-05-16", "Public Sector Organizations",
     {"publisher": "Palgrave Macmillan", "isbn": "978-3-16-148410-0"},
     ["learning partnerships", "public management", "research impact"], ["learning-partnerships"]),
    ("book", "Strategy Together: Participative Planning in European Local Government",
     ["ines-moreau", "jonas-weber"], "2023-10-02", "",
     {"publisher": "Edward Elgar", "isbn": "0-306-40615-2"},
     ["strategy", "participation", "local government"], ["participative-strategy"]),
    ("book", "Action Learning in the Public Sector: A Practitioner's Handbook",
     ["lars-pedersen"], "2022-08-22", "",
     {"publisher": "Policy Press", "isbn": "978-0-306-40615-7"},
     ["action learning", "handbook"], ["learning-partnerships"]),
    ("book_chapter", "Coaching as development intervention",
     ["katarzyna-nowak"], "2024-05-16", "Learning Partnerships in Public Services: Research with Practice",
     {"publisher": "Palgrave Macmillan", "first_page": "87", "last_page": "106",
      "editors": "O'Connor, Sarah; Carberry, Josiah"},
     ["coaching", "leadership development"], ["learning-partnerships"]),
    ("book_chapter", "The consultant as learning partner",
     ["toby-lowe", "max-french"], "2024-05-16", "Learning Partnerships in Public Services: Research with Practice",
     {"publisher": "Palgrave Macmillan", "first_page": "45", "last_page": "66",
      "editors": "O'Connor, Sarah; Carberry, Josiah"},
     ["consultancy", "learning partnerships"], ["learning-partnerships"]),
    ("book_chapter", "Regional health systems and the limits of planning",
     ["elena-garcia"], "2023-03-01", "Handbook of Public Sector Strategy",
     {"publisher": "Edward Elgar", "first_page": "212", "last_page": "230", "editors": "Weber, Jonas"},
     ["health", "planning"], ["participative-strategy"]),
    ("conference_paper", "Who learns in a learning partnership? Early findings from three agencies",
     ["hannah-hesselgreaves", "josiah-carberry"], "2022-09-07", "EGPA Annual Conference 2022, Lisbon",
     {"first_page": "1", "last_page": "18"},
     ["learning partnerships", "organisational learning"], ["learning-partnerships"]),
    ("conference_paper", "Participative strategy and the middle manager",
     ["ines-moreau"], "2023-04-12", "IRSPM Annual Conference 2023, Budapest",
     {}, ["strategy", "middle management"], ["participative-strategy"]),
    ("conference_paper", "Tracking development interventions with repeated self-assessment",
     ["giulia-rossi", "elena-garcia"], "2024-09-04", "EGPA Annual Conference 2024, Lausanne",
     {}, ["self-assessment", "evaluation"], []),
]  # fmt: skip

for kind, title, authors, date, container, extra, keywords, themes in _WORKS:
    PUBLICATIONS.append(
        {
            "type": kind,
            "title": title,
            "authors": authors,
            "abstract": (
                f"{title}. This {kind.replace('_', ' ')} draws on the Praxis consortium's "
                "fieldwork with participating public agencies across Europe. It sets out what "
                "was studied, how, and what public managers can take from it.\n\n"
                "The analysis combines interviews, documents and repeated self-assessment by "
                "the agencies themselves, and discusses the limits of what such evidence can "
                "show."
            ),
            "impact": (
                "For public managers: practical lessons on running development work in your own "
                "organisation, and the questions to ask before you start."
            ),
            "container_title": container,
            "publication_date": date,
            "keywords": keywords,
            "themes": themes,
            "featured": title.startswith(("Learning partnerships between", "Strategy Together")),
            **extra,
        }
    )

NEWS = [
    ("Praxis consortium launches its Practice Sourcebook",
     "Practice guides and case studies for public managers, in six languages, free to use.",
     ["sourcebook", "launch"], ["participative-strategy"]),
    ("Call for participating agencies: second round",
     "Public agencies can join the consortium's development work; applications are open until spring.",
     ["call", "agencies"], ["learning-partnerships"]),
    ("New working paper on learning partnerships",
     "A framework for partnerships between agencies, consultants and universities.",
     ["working paper", "learning partnerships"], ["learning-partnerships"]),
    ("Action learning sets start in three Danish municipalities",
     "Frontline managers meet monthly to work on problems from their own services.",
     ["action learning", "Denmark"], ["learning-partnerships"]),
    ("Conference in Lisbon: what we presented",
     "Early findings on who learns in a learning partnership, presented at EGPA 2022.",
     ["conference", "EGPA"], ["learning-partnerships"]),
    ("Self-assessment tool now open to all participating agencies",
     "Agencies can now repeat the structured self-assessment and compare their results over time.",
     ["self-assessment", "tools"], []),
    ("Policy brief: five questions before commissioning a strategy consultancy",
     "A short guide for public managers about to bring in outside help.",
     ["policy brief", "consultancy"], ["participative-strategy"]),
    ("Interim report on development interventions published",
     "What organisational development, action learning and coaching achieved in the first two years.",
     ["report", "organisational development"], ["learning-partnerships"]),
    ("Coaching for senior civil servants: a new case study",
     "How a national ministry used coaching to support its top team through a restructuring.",
     ["coaching", "case study"], ["participative-strategy"]),
    ("The consortium's book is out",
     "Learning Partnerships in Public Services brings together four years of research with practice.",
     ["book", "learning partnerships"], ["learning-partnerships"]),
    ("Sourcebook now available in Polish and Italian",
     "Every guide and case study can now be read in six languages.",
     ["sourcebook", "translation"], []),
    ("Registration opens for the final conference",
     "Delegates can now register online for the consortium's final conference in Brussels.",
     ["conference", "registration"], ["participative-strategy"]),
]  # fmt: skip

NEWS_BODY = (
    "{lead}\n\n"
    "## What it means\n\n"
    "The consortium works with public agencies across Europe on strategic renewal: how "
    "organisations rethink what they do with the people who do it. This news is part of that "
    "work, and of our commitment to share what we learn while we learn it.\n\n"
    "## Find out more\n\n"
    "Read the related publications and sourcebook entries, or write to the communications team "
    "if you would like to take part."
)
