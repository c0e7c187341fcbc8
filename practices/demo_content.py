"""Content of the demo site's Practice Sourcebook (used by seed_demo)."""

HOME = {
    "title": "Praxis",
    "intro": (
        "Praxis is a European research consortium that studies how public services renew "
        "their strategies, and works alongside participating public agencies as they do it. "
        "Its Practice Sourcebook gathers practice guides and case studies from that work, so "
        "that public managers anywhere in Europe can learn from what their peers have tried."
    ),
}


THEMES = [
    {
        "slug": "participative-strategy",
        "name": "Participative strategy",
        "description": (
            "Involving staff, partners and citizens in setting strategic direction, rather "
            "than leaving strategy to a small group at the top."
        ),
    },
    {
        "slug": "learning-partnerships",
        "name": "Learning partnerships",
        "description": (
            "Standing relationships between public managers, consultants and academics that "
            "build learning capacity while a reform is under way."
        ),
    },
    {
        "slug": "organisational-development",
        "name": "Organisational development",
        "description": (
            "Planned, facilitated change in how an organisation works, decides and relates to "
            "the people it serves."
        ),
    },
    {
        "slug": "leadership",
        "name": "Leadership",
        "description": (
            "How senior and frontline managers lead strategic renewal, and how they can be "
            "supported to do it well."
        ),
    },
    {
        "slug": "citizen-engagement",
        "name": "Citizen engagement",
        "description": (
            "Bringing residents and service users into the design, delivery and review of "
            "public services."
        ),
    },
    {
        "slug": "performance-evaluation",
        "name": "Performance and evaluation",
        "description": (
            "Measuring, reviewing and learning from what public services achieve, without "
            "letting measurement crowd out judgement."
        ),
    },
    {
        "slug": "digital-transformation",
        "name": "Digital transformation",
        "description": (
            "Redesigning public services and organisations around digital ways of working, "
            "starting from users' needs rather than technology."
        ),
    },
    {
        "slug": "collaboration-across-boundaries",
        "name": "Collaboration across boundaries",
        "description": (
            "Working across organisations, sectors, professions, levels of government and "
            "national borders to tackle shared problems."
        ),
    },
]


SECTORS = [
    {
        "slug": "health",
        "name": "Health",
    },
    {
        "slug": "social-care",
        "name": "Social care",
    },
    {
        "slug": "local-government",
        "name": "Local government",
    },
    {
        "slug": "central-government",
        "name": "Central government",
    },
    {
        "slug": "justice",
        "name": "Justice",
    },
    {
        "slug": "education",
        "name": "Education",
    },
    {
        "slug": "employment-services",
        "name": "Employment services",
    },
    {
        "slug": "environment-planning",
        "name": "Environment and planning",
    },
]


LEVELS = [
    {
        "slug": "local",
        "name": "Local",
    },
    {
        "slug": "regional",
        "name": "Regional",
    },
    {
        "slug": "national",
        "name": "National",
    },
    {
        "slug": "european",
        "name": "European",
    },
]


INTERVENTION_TYPES = [
    {
        "slug": "od-facilitation",
        "name": "Organisational development facilitation",
        "description": (
            "Facilitated support for planned change, helping an organisation diagnose how it "
            "works and agree and carry out changes together."
        ),
    },
    {
        "slug": "action-learning-set",
        "name": "Action learning set",
        "description": (
            "A small group of professionals who meet regularly to reflect on real problems "
            "from their work through structured questioning."
        ),
    },
    {
        "slug": "coaching",
        "name": "Coaching",
        "description": (
            "One-to-one or team coaching for senior managers leading strategic change in "
            "their organisation."
        ),
    },
    {
        "slug": "strategy-workshop",
        "name": "Strategy workshop",
        "description": (
            "A facilitated workshop in which staff, partners or citizens help to shape an "
            "agency's strategic choices."
        ),
    },
    {
        "slug": "learning-partnership",
        "name": "Learning partnership",
        "description": (
            "A standing relationship between public managers, consultants and academics who "
            "learn together from a reform as it unfolds."
        ),
    },
    {
        "slug": "peer-review",
        "name": "Peer review",
        "description": (
            "Structured, candid feedback from colleagues in comparable organisations who "
            "visit, observe and challenge."
        ),
    },
]


COUNTRIES = [
    ("AL", "Albania"),
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("BA", "Bosnia and Herzegovina"),
    ("BG", "Bulgaria"),
    ("HR", "Croatia"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DK", "Denmark"),
    ("EE", "Estonia"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GE", "Georgia"),
    ("DE", "Germany"),
    ("GR", "Greece"),
    ("HU", "Hungary"),
    ("IS", "Iceland"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("LV", "Latvia"),
    ("LI", "Liechtenstein"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("MT", "Malta"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("NL", "Netherlands"),
    ("MK", "North Macedonia"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("SK", "Slovakia"),
    ("SI", "Slovenia"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("TR", "Türkiye"),
    ("UA", "Ukraine"),
    ("GB", "United Kingdom"),
]


GUIDES = [
    {
        "slug": "participative-strategy-workshop-with-citizens",
        "title": "Running a participative strategy workshop with citizens",
        "summary": (
            "How to bring residents, service users and staff into one room to test an "
            "agency's strategic priorities, so that the strategy reflects what people need "
            "and not only what the organisation already does."
        ),
        "problem": (
            "Most public strategies are drafted by a small team of senior managers and "
            "planners, then put out to consultation once the main choices have been made. "
            "Citizens are asked to comment on wording rather than to shape direction, and "
            "formal consultations often draw responses from fewer than 1% of the people "
            "affected.\n\n"
            "The result is a strategy that staff recognise but residents do not. Priorities "
            "drift towards what is easy to measure and what the organisation already knows "
            "how to deliver. The gaps that matter most to people — the transitions between "
            "services, the waiting, having to tell the same story again and again — stay "
            "invisible."
        ),
        "when_to_use": (
            "Use this workshop early in a strategy cycle, when the agency has a draft "
            "analysis of its situation but has not yet fixed its priorities. It works best "
            "when there are genuine choices to make, for example between investing in "
            "prevention or in faster response, or between centralising and dispersing a "
            "service.\n\n"
            "It is less suitable when the budget and the main priorities are already fixed by "
            "law or by a ministry. In that case, be honest about the limits and use the "
            "workshop to shape how priorities are delivered rather than what they are."
        ),
        "steps": [
            {
                "title": "Define the strategic questions",
                "body": (
                    "Agree with the leadership team two or three open questions that the "
                    "workshop will genuinely influence, such as 'What should support for "
                    "older residents look like in 2030?'. Write down in advance which "
                    "decisions will be taken afterwards, by whom and when. This becomes the "
                    "promise you make to participants."
                ),
            },
            {
                "title": "Recruit a mixed group",
                "body": (
                    "Aim for 30 to 60 participants, at least half of them residents or "
                    "service users. Combine open invitations with targeted recruitment "
                    "through community organisations and frontline staff, so that people who "
                    "rarely attend consultation events — young carers, people with limited "
                    "literacy, recent migrants — are present. Offer a participation voucher, "
                    "childcare and travel costs."
                ),
            },
            {
                "title": "Prepare accessible evidence",
                "body": (
                    "Turn the agency's analysis into short, illustrated briefing cards, each "
                    "with a few key figures, one or two trends and one real, anonymised "
                    "story. Test the cards with three or four residents beforehand and "
                    "rewrite anything that needs a specialist to explain it."
                ),
            },
            {
                "title": "Run the workshop in three rounds",
                "body": (
                    "Open with experience: mixed tables of six share what using the service "
                    "is like. In the second round, tables work through the briefing cards and "
                    "name what should change. In the third, each table ranks a shortlist of "
                    "options and writes one sentence explaining its first choice.\n\n"
                    "A neutral facilitator at each table keeps managers from dominating and "
                    "makes sure quieter participants are heard."
                ),
            },
            {
                "title": "Synthesise in public",
                "body": (
                    "Before people leave, read back the emerging priorities and ask what has "
                    "been missed. Within two weeks, send every participant a short written "
                    "summary that records points of disagreement rather than smoothing them "
                    "away."
                ),
            },
            {
                "title": "Close the loop",
                "body": (
                    "When the strategy is adopted, send participants a 'you said, we did' "
                    "note explaining which suggestions were taken up, which were not and why. "
                    "Invite participants to a follow-up session a year later to review "
                    "progress against the priorities they helped to set."
                ),
            },
        ],
        "people": (
            "A sponsor from the leadership team; a lead facilitator and one table facilitator "
            "for every six participants; strategy or planning staff to prepare evidence; "
            "community organisations to help with recruitment; and 30–60 participants, at "
            "least half of them residents or service users."
        ),
        "time": (
            "Six to eight weeks of preparation, one full-day workshop (or two evening "
            "sessions) and a follow-up session about a year later"
        ),
        "pitfalls": (
            "The most common failure is asking people for their views on questions that have "
            "already been decided. Participants notice quickly, and trust is harder to "
            "rebuild than to lose. If the room will have no real influence, do not run the "
            "workshop.\n\n"
            "A second pitfall is letting staff and confident regular attenders dominate. Keep "
            "managers to no more than a quarter of each table, brief them to listen first, "
            "and use structured methods such as silent writing before discussion. Finally, "
            "budget for the follow-up: the 'you said, we did' note is what turns a one-off "
            "event into a relationship."
        ),
        "worked_example": (
            "A Danish municipality of 58,000 residents used this format to revise its "
            "strategy for older people. Forty-eight people took part: 27 residents aged "
            "between 67 and 91, eight relatives and carers, and 13 staff. Almost every table "
            "identified the handover between hospital discharge and home care as the most "
            "important problem — an issue that did not appear in the draft strategy at all.\n\n"
            "The adopted strategy created a discharge coordinator role and set a target of a "
            "first home visit within 24 hours of discharge. A year later, 19 of the original "
            "participants returned to review progress, and the municipality now runs the "
            "workshop at the start of every four-year planning cycle."
        ),
        "themes": ["participative-strategy", "citizen-engagement"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 24,
    },
    {
        "slug": "action-learning-set-for-frontline-managers",
        "title": "Setting up an action learning set for frontline managers",
        "summary": (
            "A small group of frontline managers meets regularly to work on real problems "
            "from their own services, using structured questioning rather than advice. This "
            "guide covers recruitment, ground rules, facilitation and how to tell whether it "
            "is working."
        ),
        "problem": (
            "Frontline managers carry much of the weight of strategic change in public "
            "services, yet they rarely have protected time to think. Training courses give "
            "them models, but not help with the staffing gap, difficult partner or unworkable "
            "procedure waiting for them on Monday morning.\n\n"
            "Many also work in isolation. A ward manager, a team leader in an employment "
            "office or the head of a small school may have no peer in the same building. "
            "Problems are solved alone, or not at all, and useful lessons stay with the "
            "person who learnt them."
        ),
        "when_to_use": (
            "Action learning suits managers who face complex, recurring problems with no "
            "obvious technical answer, and who have enough autonomy to try something "
            "different between meetings. It is particularly useful during a period of change, "
            "when established routines no longer work and people need space to make sense of "
            "new expectations.\n\n"
            "It is not a substitute for line management, performance management or "
            "counselling. If a participant's main concern is a grievance or a personal "
            "crisis, point them to more suitable support."
        ),
        "steps": [
            {
                "title": "Agree the purpose and a sponsor",
                "body": (
                    "Agree with a senior sponsor why the set exists, what it will not be used "
                    "for (such as reporting on individuals) and how participants' time will "
                    "be protected. A one-page written agreement helps when diaries come under "
                    "pressure."
                ),
            },
            {
                "title": "Recruit five to seven participants",
                "body": (
                    "Invite managers at a similar level from different teams or sites, "
                    "ideally with no line relationships between them. Participation should be "
                    "voluntary; a short taster session helps people understand what they are "
                    "signing up to."
                ),
            },
            {
                "title": "Set ground rules at the first meeting",
                "body": (
                    "Agree confidentiality, attendance and the core discipline of action "
                    "learning: members ask open questions rather than offering solutions. "
                    "Write the ground rules down and revisit them at the third meeting, when "
                    "the novelty has worn off."
                ),
            },
            {
                "title": "Keep a steady rhythm of meetings",
                "body": (
                    "Meet for half a day every four to six weeks, for six to eight meetings. "
                    "In each meeting, two or three members present a problem for 45 to 60 "
                    "minutes each: a short description, a round of questions, reflection by "
                    "the presenter and a commitment to one action before the next meeting."
                ),
            },
            {
                "title": "Facilitate, then step back",
                "body": (
                    "An experienced facilitator models good questioning and manages time in "
                    "the early meetings. From about the fourth meeting, members take turns to "
                    "facilitate, so that the set can continue — or be reproduced elsewhere — "
                    "without external support."
                ),
            },
            {
                "title": "Review learning and impact",
                "body": (
                    "At the final meeting, each member reviews the actions they took, what "
                    "changed and what they learnt about themselves as a manager. Give the "
                    "sponsor a short anonymised summary of recurring themes, and agree "
                    "whether the set will continue on its own."
                ),
            },
        ],
        "people": (
            "Five to seven frontline managers from different teams or sites; an experienced "
            "action learning facilitator, internal or external; a senior sponsor who protects "
            "participants' time but does not attend."
        ),
        "time": (
            "Six to eight half-day meetings at intervals of four to six weeks, over about "
            "nine months"
        ),
        "pitfalls": (
            "Sets falter when attendance slips. Once two members miss a meeting, the group "
            "loses momentum and others begin to put operational work first. Fix dates for the "
            "whole cycle at the start and ask the sponsor to make attendance visibly "
            "legitimate.\n\n"
            "The other common problem is that questioning turns into advice-giving, "
            "especially among experienced managers used to solving problems quickly. "
            "Facilitators should gently interrupt advice disguised as a question ('Have you "
            "thought about…?') and hand the problem back to its owner."
        ),
        "worked_example": (
            "A French intermunicipal hospital ran two sets for 13 ward and department "
            "managers (cadres de santé) during the reorganisation of its surgical pathway. "
            "Problems brought to the sets included recurring sick leave on a night shift, the "
            "introduction of a new bed-management system and a dispute with a medical lead "
            "over theatre scheduling.\n\n"
            "In the closing review, 11 of the 13 managers described a concrete change they "
            "had made as a result of the set. Staff turnover in their units fell from 16% to "
            "11% over the following year, although the hospital treats this figure cautiously "
            "because other changes happened at the same time. Both sets continued with peer "
            "facilitation after the external facilitator withdrew."
        ),
        "themes": ["leadership", "organisational-development"],
        "intervention_types": ["action-learning-set"],
        "image_hue": 200,
    },
    {
        "slug": "learning-partnership-with-a-university",
        "title": "Establishing a learning partnership with a university",
        "summary": (
            "How a public agency, a university research team and, where useful, consultants "
            "can form a learning partnership: a standing relationship in which all parties "
            "learn from a reform as it unfolds, instead of commissioning a one-off "
            "evaluation."
        ),
        "problem": (
            "Public agencies engaged in reform usually meet academics in one of two roles: as "
            "evaluators who report at the end, or as experts who advise at the start. Neither "
            "helps much with the messy middle, when plans meet reality and managers need to "
            "make sense of what is happening quickly.\n\n"
            "Universities, for their part, struggle to get close enough to practice to study "
            "it properly. Access is negotiated project by project, findings arrive too late "
            "to be useful, and both sides end up disappointed."
        ),
        "when_to_use": (
            "Consider a learning partnership when a reform will run for at least two years, "
            "when its outcomes are uncertain and will depend on adaptation along the way, and "
            "when the agency is willing to have its practice observed and questioned.\n\n"
            "It works best when there is a research team with a genuine interest in the "
            "subject, not just spare capacity, and when the agency can give a named manager "
            "time to look after the relationship."
        ),
        "steps": [
            {
                "title": "Find a partner with a shared question",
                "body": (
                    "Start from a question that both sides care about, for example 'How do "
                    "frontline teams adapt when performance targets are removed?'. Meet two "
                    "or three research groups informally before choosing, and look for "
                    "researchers who have worked alongside practitioners before and are "
                    "comfortable with uncertainty."
                ),
            },
            {
                "title": "Agree roles and a partnership charter",
                "body": (
                    "Write a short charter covering purpose, each partner's contribution, "
                    "access to data and people, how findings will be shared before "
                    "publication and what happens if the partnership ends early. Be clear "
                    "about roles: academics bring rigour and distance, consultants bring "
                    "facilitation and method, and managers bring context and the authority to "
                    "act."
                ),
            },
            {
                "title": "Settle ethics, data and publication",
                "body": (
                    "Obtain research ethics approval early, and agree a data-sharing "
                    "arrangement that satisfies the agency's data protection officer. Agree "
                    "that the agency may comment on draft publications for factual accuracy "
                    "and confidentiality, but may not veto findings."
                ),
            },
            {
                "title": "Build a rhythm of joint reflection",
                "body": (
                    "Hold a learning session every two to three months in which researchers "
                    "feed back emerging observations and managers discuss what they mean for "
                    "the next period. Short, frequent outputs — two-page briefs, a shared log "
                    "of observations — are more useful than a long interim report."
                ),
            },
            {
                "title": "Embed people across the boundary",
                "body": (
                    "Where possible, give a researcher a desk and a building pass, and offer "
                    "a manager a visiting role at the university. Jointly supervising a "
                    "doctoral or master's student can anchor the partnership for several "
                    "years."
                ),
            },
            {
                "title": "Review the partnership itself",
                "body": (
                    "Once a year, review how the partnership is working: what each side has "
                    "learnt, where tensions have arisen and whether the original question "
                    "still matters. Learning partnerships involve real dilemmas — between "
                    "independence and closeness, speed and rigour — and these are best named "
                    "openly."
                ),
            },
        ],
        "people": (
            "A senior sponsor and a day-to-day lead in the agency; a principal investigator "
            "and one or two researchers; optionally a consultant or facilitator; the agency's "
            "data protection officer and a university research ethics committee."
        ),
        "time": (
            "Three to six months to set up, then at least two years of joint work with "
            "learning sessions every two to three months"
        ),
        "pitfalls": (
            "Partnerships fail more often on expectations than on method. If the agency "
            "expects a consultant and the university expects a research site, both will be "
            "frustrated. Spend time early on saying plainly what each side needs and what it "
            "cannot provide.\n\n"
            "Watch also for capture. Researchers who become too close may lose the critical "
            "distance that made them valuable, while managers may start to use the "
            "partnership to legitimise decisions already taken. An annual review and an "
            "external critical friend help to keep the relationship honest."
        ),
        "worked_example": (
            "An English metropolitan borough council entered a three-year learning "
            "partnership with a regional university and a small consultancy while it "
            "redesigned adult social care around relationships rather than time-and-task "
            "commissioning. Researchers attended fortnightly team meetings in two pilot "
            "neighbourhoods and produced nine two-page learning briefs over three years.\n\n"
            "One early brief showed that care workers were still recording visits in "
            "15-minute blocks because the old care management system required it, undermining "
            "the new approach. The council changed the system within four months. Both "
            "partners describe this kind of fast feedback, rather than the final report, as "
            "the main value of the partnership."
        ),
        "themes": ["learning-partnerships", "collaboration-across-boundaries"],
        "intervention_types": ["learning-partnership"],
        "image_hue": 140,
    },
    {
        "slug": "coaching-senior-leaders-through-restructuring",
        "title": "Coaching senior leaders through a restructuring",
        "summary": (
            "One-to-one and team coaching for directors and heads of service who must lead a "
            "restructuring while being affected by it themselves: contracting, "
            "confidentiality, themes to expect and how to link coaching to the organisation's "
            "strategy."
        ),
        "problem": (
            "Restructurings put senior leaders in a double position. They are expected to "
            "design and explain change, reassure staff and keep services running, while often "
            "applying for their own jobs or losing colleagues they have worked with for "
            "years. Few organisations acknowledge this openly.\n\n"
            "Without support, leaders tend to retreat into process: timetables, consultation "
            "documents and organisation charts. Staff experience this as distance, rumours "
            "fill the gap, and the strategic purpose of the restructuring is lost in its "
            "mechanics."
        ),
        "when_to_use": (
            "Offer coaching from the moment a restructuring is announced to senior staff, not "
            "after problems appear. It is most valuable for directors and heads of service "
            "who will lead new units, for leaders whose own roles are at risk, and for a new "
            "leadership team that needs to form quickly. It complements, but does not "
            "replace, formal HR support and staff consultation."
        ),
        "steps": [
            {
                "title": "Contract at three levels",
                "body": (
                    "Agree a three-way contract between the coach, the leader and the "
                    "sponsoring organisation. The organisation sets the purpose and "
                    "boundaries, for example 'leading the merger of two directorates'; the "
                    "content of sessions stays confidential to the leader. Make clear that "
                    "coaches will never be asked for views on anyone's suitability for a "
                    "post."
                ),
            },
            {
                "title": "Choose coaches who know public services",
                "body": (
                    "Offer each leader a choice of two or three coaches, at least one from "
                    "outside the organisation. Coaches should understand public governance, "
                    "political accountability and the rules on staff consultation, and should "
                    "be accredited and receive regular supervision."
                ),
            },
            {
                "title": "Work on the leader's own transition",
                "body": (
                    "Early sessions often focus on the leader's own position: uncertainty, "
                    "loss and loyalty to former teams. Helping leaders to name these "
                    "reactions makes it easier for them to recognise the same reactions in "
                    "their staff."
                ),
            },
            {
                "title": "Connect coaching to strategic purpose",
                "body": (
                    "Later sessions turn to leading others: how to explain why the "
                    "restructuring is happening, how to hold difficult conversations and how "
                    "to keep attention on outcomes for citizens. Coaches can use the "
                    "organisation's own strategy documents as material."
                ),
            },
            {
                "title": "Add team coaching for the new leadership team",
                "body": (
                    "Once the new structure is in place, two or three team coaching sessions "
                    "help the new leadership team agree how it will work together, make "
                    "decisions and handle disagreement. This is often where old "
                    "organisational loyalties become visible and can be discussed."
                ),
            },
            {
                "title": "Gather themes, not stories",
                "body": (
                    "At the end of the programme, coaches give the sponsor an anonymised "
                    "summary of recurring themes across all coachees — for example unclear "
                    "decision rights or overload in a particular function — so that the "
                    "organisation can act on them."
                ),
            },
        ],
        "people": (
            "Eight to twenty-five senior leaders; a pool of accredited coaches, at least one "
            "of them external; an HR or organisational development lead acting as sponsor and "
            "programme manager."
        ),
        "time": (
            "Six one-to-one sessions of 90 minutes per leader over six to nine months, plus "
            "two or three team coaching sessions"
        ),
        "pitfalls": (
            "Confidentiality is the foundation. If leaders suspect that coaching might inform "
            "selection decisions, they will not speak openly and coaching becomes a "
            "performance. Put the boundary in writing and keep coaching entirely separate "
            "from any assessment process.\n\n"
            "Another pitfall is offering coaching only to those who are struggling, which "
            "stigmatises it. Offering it to the whole senior group, including the chief "
            "executive, signals that leading a restructuring is hard for everyone."
        ),
        "worked_example": (
            "An Italian local health authority serving 610,000 people reorganised three "
            "hospital districts into two, affecting 31 senior posts. It offered six coaching "
            "sessions to all 24 directors and heads of department, including those whose "
            "posts were at risk, and team coaching to the two new district leadership teams.\n\n"
            "In a staff survey six months after the change, 58% of staff in the new districts "
            "agreed that 'leaders explained why the changes were being made', compared with "
            "34% after a similar reorganisation three years earlier without coaching. The "
            "anonymised theme summary led the authority to clarify budget authority between "
            "district and hospital directors, which coachees had repeatedly raised as a "
            "source of conflict."
        ),
        "themes": ["leadership", "organisational-development"],
        "intervention_types": ["coaching"],
        "image_hue": 280,
    },
    {
        "slug": "od-facilitation-for-merging-two-agencies",
        "title": "Organisational development facilitation for merging two agencies",
        "summary": (
            "A facilitated process that helps public bodies being merged to build a shared "
            "purpose, culture and ways of working, alongside the legal, financial and HR "
            "steps of the merger."
        ),
        "problem": (
            "Mergers of public agencies are usually planned as structural projects: a new "
            "legal entity, a single budget, one IT system and a new organisation chart. The "
            "cultural merger — how people make decisions, what they value, how they treat "
            "citizens — is left to happen by itself, and often does not.\n\n"
            "Years after a merger, staff may still describe themselves by the name of their "
            "former organisation. Duplicate processes survive, informal networks follow old "
            "boundaries, and the expected benefits of combining expertise never appear."
        ),
        "when_to_use": (
            "Start organisational development facilitation as soon as a merger is decided, "
            "ideally 6 to 12 months before the legal merger date, and continue for at least a "
            "year afterwards. It is relevant to mergers of municipalities, health and social "
            "care bodies, regulators or central agencies, and to large shared-service "
            "arrangements where organisations combine teams without fully merging."
        ),
        "steps": [
            {
                "title": "Diagnose both cultures",
                "body": (
                    "Use short interviews, focus groups and a simple culture survey in each "
                    "organisation to describe how work is really done: decision-making, "
                    "attitudes to risk, relationships with citizens and politicians. Share "
                    "the findings with both workforces, presenting differences as facts to "
                    "work with rather than problems to fix."
                ),
            },
            {
                "title": "Form a joint design group",
                "body": (
                    "Set up a design group of 12 to 20 people drawn from both organisations "
                    "and from different levels, not only managers. The group works with the "
                    "facilitators on the merged organisation's purpose, values and key ways "
                    "of working, and tests its drafts with colleagues."
                ),
            },
            {
                "title": "Work on shared purpose first",
                "body": (
                    "Before discussing structures, facilitate workshops on what the merged "
                    "agency is for and what citizens should notice as a result of the merger. "
                    "A shared purpose gives people a reason to let go of familiar routines."
                ),
            },
            {
                "title": "Create mixed working spaces",
                "body": (
                    "Mix staff from both organisations in teams, project groups and physical "
                    "workspaces as early as possible. Pairing people from each side on real "
                    "tasks builds trust faster than joint away-days."
                ),
            },
            {
                "title": "Surface and resolve frictions",
                "body": (
                    "Hold regular facilitated sessions in which teams name the points of "
                    "friction they experience — different forms, different approval routes, a "
                    "different tone with the public — and agree which practice to adopt. "
                    "Record the decisions so that they are not reopened endlessly."
                ),
            },
            {
                "title": "Track integration over time",
                "body": (
                    "Repeat the culture survey at 6, 12 and 24 months, including a question "
                    "on which organisation people identify with. Share results openly and "
                    "direct facilitation to where integration is lagging."
                ),
            },
        ],
        "people": (
            "One or more organisational development facilitators, ideally a pair with one "
            "from each side; a joint design group of 12–20 staff; the leadership teams of "
            "both organisations; HR, communications and trade union representatives."
        ),
        "time": (
            "Six to twelve months before the legal merger and at least twelve months "
            "afterwards, typically with ten to fifteen facilitated workshops and three or "
            "four survey rounds"
        ),
        "pitfalls": (
            "The biggest risk is that the larger organisation quietly absorbs the smaller one "
            "while the language speaks of partnership. Staff of the smaller body notice at "
            "once. Choose practices on their merits, and be honest when one organisation's "
            "approach is adopted wholesale.\n\n"
            "Facilitation can also become a parallel track with no influence on real "
            "decisions. Link the design group directly to the merger programme board, with a "
            "standing item on its agenda, so that cultural and structural decisions are taken "
            "together."
        ),
        "worked_example": (
            "When Finland transferred health and social services from municipalities to "
            "wellbeing services counties, one county brought together the social services of "
            "eleven municipalities and a hospital district, with 6,800 staff. A team of four "
            "facilitators worked with a joint design group of 18 staff for 22 months, "
            "starting eight months before the legal transfer.\n\n"
            "The repeated culture survey showed the proportion of staff who identified mainly "
            "with their former employer falling from 71% before the transfer to 38% after "
            "eighteen months. The largest remaining gaps were in teams that had not yet moved "
            "into shared premises, which led the county to bring forward two co-location "
            "projects."
        ),
        "themes": ["organisational-development", "collaboration-across-boundaries"],
        "intervention_types": ["od-facilitation"],
        "image_hue": 330,
    },
    {
        "slug": "peer-review-between-municipalities",
        "title": "Peer review between municipalities",
        "summary": (
            "A team of officers and elected members from other municipalities spends several "
            "days in a host council, examines an agreed question and gives candid, "
            "constructive feedback, combining outside challenge with the insight of people "
            "who do similar work."
        ),
        "problem": (
            "Municipalities are inspected and audited, but inspection tends to focus on "
            "compliance and audit on money. Neither easily answers the questions councils "
            "worry about most: is our strategy realistic, are we organised to deliver it, and "
            "what are others doing better?\n\n"
            "Consultancy reviews can answer such questions, but they are expensive and are "
            "sometimes met with scepticism by staff who feel that outsiders do not understand "
            "local government. Internal reviews lack distance."
        ),
        "when_to_use": (
            "Peer review is useful before a new strategy or major reform, after a change of "
            "political leadership, when a service is under pressure, or as a regular health "
            "check every three to five years. It works best when the host council chooses the "
            "focus itself and is ready to hear uncomfortable findings."
        ),
        "steps": [
            {
                "title": "Agree the scope with the host",
                "body": (
                    "The host council's leadership chooses two or three questions, for "
                    "example 'How well is our climate strategy being delivered across "
                    "departments?'. The scope is set out in a short letter of invitation "
                    "signed by the host and the review manager."
                ),
            },
            {
                "title": "Select a balanced peer team",
                "body": (
                    "Assemble four to six peers from municipalities of comparable size: a "
                    "chief executive or director, one or two senior officers with relevant "
                    "expertise, an elected member from a different political group to the "
                    "host's majority, and a review manager. Peers must have no current "
                    "commercial or political relationship with the host."
                ),
            },
            {
                "title": "Prepare with documents and a position statement",
                "body": (
                    "Four weeks before the visit, the host provides a position statement of "
                    "eight to ten pages and its key documents. The peer team reads them and "
                    "agrees lines of enquiry before arriving."
                ),
            },
            {
                "title": "Spend three to four days on site",
                "body": (
                    "Peers hold 40 to 70 interviews and focus groups with politicians, "
                    "managers, frontline staff, partners and residents' groups. They meet "
                    "each evening to test emerging findings against the evidence and avoid "
                    "relying on single anecdotes."
                ),
            },
            {
                "title": "Feed back in person on the final day",
                "body": (
                    "On the last day, the team presents its findings and recommendations to "
                    "the leadership, first privately and then to a wider group of managers. "
                    "Feedback should be candid and specific, naming strengths as clearly as "
                    "areas for improvement."
                ),
            },
            {
                "title": "Publish the report and follow up",
                "body": (
                    "A written report follows within four weeks, and publication is strongly "
                    "encouraged. The host prepares an action plan, and a shorter follow-up "
                    "visit 9 to 12 months later checks progress."
                ),
            },
        ],
        "people": (
            "The host council's leadership team and a liaison officer; a peer team of four to "
            "six officers and elected members from other municipalities; a review manager "
            "from a municipal association or network."
        ),
        "time": (
            "About three months from invitation to final report, including three to four days "
            "on site, and a follow-up visit after nine to twelve months"
        ),
        "pitfalls": (
            "Peer reviews lose their value when the scope is drawn to avoid difficult areas. "
            "If the leadership is not ready to hear a critical message, postpone the review. "
            "Equally, peers should resist the temptation to review everything: a focused "
            "review is more useful than a superficial general one.\n\n"
            "Reciprocity matters. Councils that host reviews but never supply peers weaken "
            "the network. Keep a simple record of peer days given and received."
        ),
        "worked_example": (
            "A network of 22 municipalities in a Spanish province ran 14 peer reviews over "
            "three years. In one, a town of 34,000 residents asked peers to examine why "
            "turnout in its participatory budgeting process was falling. Peers interviewed 52 "
            "people and found that projects approved in earlier years had not been carried "
            "out, which residents saw as a broken promise.\n\n"
            "The council published the report, completed the backlog of 17 outstanding "
            "projects within a year and introduced a public online tracker. Turnout in the "
            "next participatory budget rose from 4.1% to 7.9% of eligible residents."
        ),
        "themes": ["performance-evaluation", "collaboration-across-boundaries"],
        "intervention_types": ["peer-review"],
        "image_hue": 55,
    },
    {
        "slug": "strategic-capability-self-assessment",
        "title": "A structured self-assessment of strategic capability, repeated over time",
        "summary": (
            "A short, structured self-assessment that leaders and staff complete at "
            "intervals, to show how an agency's capacity for strategic renewal is changing "
            "and whether development interventions are making a difference."
        ),
        "problem": (
            "Agencies invest in coaching, facilitation and strategy workshops, but rarely "
            "know whether these have changed anything beyond participants' satisfaction. "
            "Outcome data for public services move slowly and are affected by many factors, "
            "so they say little about whether an organisation has become better at renewing "
            "itself.\n\n"
            "Without a repeated measure, the same debates recur: some leaders are convinced "
            "the development work helped, others think it was a distraction, and neither side "
            "has evidence."
        ),
        "when_to_use": (
            "Use the self-assessment at the start of a development programme as a baseline, "
            "then repeat it every six to twelve months. It is also useful on its own as a "
            "diagnostic before a new strategy cycle. It suits agencies of any size, but needs "
            "at least 15 respondents in each round to give meaningful group results."
        ),
        "steps": [
            {
                "title": "Agree the dimensions",
                "body": (
                    "Use a small number of dimensions of strategic capability, for example "
                    "shared understanding of purpose, participation in strategy-making, use "
                    "of evidence, learning from experience, collaboration with partners and "
                    "capacity to implement. Each dimension has four to six statements rated "
                    "on a five-point scale."
                ),
            },
            {
                "title": "Decide who responds",
                "body": (
                    "Invite the leadership team and a structured sample of middle managers "
                    "and frontline staff, so that differences between levels become visible. "
                    "Keep the same respondent groups in every round so that comparisons are "
                    "meaningful."
                ),
            },
            {
                "title": "Collect responses anonymously",
                "body": (
                    "Run the self-assessment online, taking no more than 15 minutes, and "
                    "report results only for groups of five or more. Add one open question "
                    "per dimension asking for a concrete example."
                ),
            },
            {
                "title": "Hold a sense-making session",
                "body": (
                    "Within a month, bring a mixed group together to discuss the results. "
                    "Gaps between how leaders and staff rate the same statement are often the "
                    "richest material. Ask what would explain the scores rather than debating "
                    "whether they are 'right'."
                ),
            },
            {
                "title": "Link results to development actions",
                "body": (
                    "Agree two or three development priorities and record which interventions "
                    "— an action learning set, coaching, a learning partnership — are meant "
                    "to address which dimension. The next round then becomes a test of those "
                    "choices."
                ),
            },
            {
                "title": "Repeat and compare",
                "body": (
                    "Repeat the self-assessment after six to twelve months with exactly the "
                    "same statements. Present changes alongside the record of interventions, "
                    "and treat small movements with caution: a shift of less than 0.3 on a "
                    "five-point scale is unlikely to be meaningful."
                ),
            },
        ],
        "people": (
            "A coordinator in the agency; the leadership team; a sample of 15 to 200 staff "
            "across levels; ideally a researcher or external facilitator to help with "
            "analysis and the sense-making session."
        ),
        "time": (
            "About six weeks per round (two weeks of data collection and a half-day "
            "sense-making session), repeated every six to twelve months"
        ),
        "pitfalls": (
            "Self-assessments are easily turned into league tables or targets. Once scores "
            "are used to judge managers, respondents adjust their answers and the tool stops "
            "telling the truth. Use the results for learning, and keep them within the agency "
            "unless it chooses to share them.\n\n"
            "Another pitfall is changing the questions between rounds, which makes comparison "
            "impossible. Resist the temptation to improve the wording until at least one full "
            "cycle is complete."
        ),
        "worked_example": (
            "A regional school network centre in Estonia, which supports 46 schools, ran the "
            "self-assessment four times over two years with about 180 respondents from its "
            "own staff, school leaders and teachers. The baseline showed a large gap on use "
            "of evidence: school leaders rated it 3.9 out of 5, teachers 2.6.\n\n"
            "After a learning partnership with a university education faculty and a series of "
            "data-use workshops, the teachers' rating rose to 3.4 by the fourth round, while "
            "the leaders' rating stayed stable. Participants rated the sense-making sessions "
            "as the most useful part of the whole process."
        ),
        "themes": ["performance-evaluation", "participative-strategy"],
        "intervention_types": ["od-facilitation", "learning-partnership"],
        "image_hue": 170,
    },
    {
        "slug": "scenario-planning-for-public-agencies",
        "title": "Scenario planning for public agencies",
        "summary": (
            "Developing three or four plausible, contrasting futures for an agency's "
            "environment and using them to test today's strategy, so that public bodies can "
            "prepare for uncertainty without pretending to predict it."
        ),
        "problem": (
            "Public strategies are usually built on a single forecast: a population "
            "projection, a budget assumption, a stable policy framework. When reality departs "
            "from the forecast — a pandemic, an energy shock, a change of government — the "
            "strategy is quietly abandoned and replaced by crisis management.\n\n"
            "Agencies also find it hard to discuss uncomfortable futures openly. Talking "
            "about deep budget cuts, a loss of political support or the automation of core "
            "tasks can feel disloyal or alarming."
        ),
        "when_to_use": (
            "Use scenario planning when an agency faces deep uncertainty over a five- to "
            "fifteen-year horizon, for instance in climate adaptation, long-term care demand "
            "or the effect of artificial intelligence on casework. It is most useful at the "
            "start of a strategy cycle and can be refreshed every three to four years."
        ),
        "steps": [
            {
                "title": "Frame the focal question",
                "body": (
                    "Agree a focal question and time horizon with the leadership, such as "
                    "'How should we provide shared administrative services to government "
                    "agencies in 2035?'. A precise question produces more useful scenarios "
                    "than a general one."
                ),
            },
            {
                "title": "Identify driving forces",
                "body": (
                    "In a first workshop, participants list the forces that will shape the "
                    "answer — political, economic, social, technological, environmental and "
                    "legal — drawing on interviews and short evidence papers prepared in "
                    "advance. Aim for 30 to 50 forces, then sort them by impact and "
                    "uncertainty."
                ),
            },
            {
                "title": "Choose the critical uncertainties",
                "body": (
                    "Select two forces that are both highly uncertain and highly important, "
                    "and independent of each other, for example the degree of central "
                    "steering and the pace of automation. Crossing them produces four "
                    "scenario spaces."
                ),
            },
            {
                "title": "Write the scenarios",
                "body": (
                    "Small groups write a narrative of one to two pages for each scenario, "
                    "with a memorable name, a timeline of events and a day in the life of a "
                    "citizen and of a member of staff. Scenarios should be plausible and "
                    "challenging, not simply best and worst cases."
                ),
            },
            {
                "title": "Test the strategy against each scenario",
                "body": (
                    "In a second workshop, ask for each scenario which current priorities "
                    "still make sense, which would fail and what the agency would wish it had "
                    "started now. Options that hold up in all four scenarios are strong "
                    "candidates for the strategy."
                ),
            },
            {
                "title": "Monitor signposts",
                "body": (
                    "Agree a handful of early indicators that would show which scenario is "
                    "unfolding, and review them once a year at a leadership meeting. This "
                    "keeps the scenarios alive after the workshops end."
                ),
            },
        ],
        "people": (
            "A leadership sponsor; a core team of three to five people to prepare evidence "
            "and write up; 20 to 40 workshop participants, including staff at different "
            "levels, partners and one or two outside thinkers who will challenge assumptions."
        ),
        "time": (
            "Two to three months, including two full-day workshops, and an annual one-hour "
            "review of signposts"
        ),
        "pitfalls": (
            "Scenarios are often written as one preferred future and three unpleasant "
            "alternatives, which turns the exercise into a sales pitch for current plans. "
            "Insist that each scenario is one in which a thoughtful agency could still "
            "succeed if it had prepared.\n\n"
            "A second risk is that scenarios remain an exercise for the planning unit. "
            "Involve those who will implement the strategy, and make sure the leadership team "
            "takes part in the second workshop in person."
        ),
        "worked_example": (
            "A Swedish government agency providing payroll, accounting and procurement "
            "services to 230 other agencies used scenario planning to rethink its strategy to "
            "2035. Its four scenarios crossed the pace of automation with the degree of "
            "central steering of government administration; in one, most client agencies "
            "built their own AI-supported back-office tools.\n\n"
            "Testing the strategy showed that a planned investment in a single large platform "
            "made sense in only two of the four scenarios. The agency split the investment "
            "into modular components, set up a client council and now reviews six signposts "
            "each spring, including the share of agencies using generative AI in their "
            "administration."
        ),
        "themes": ["participative-strategy", "leadership"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 260,
    },
    {
        "slug": "co-designing-services-with-users",
        "title": "Co-designing services with users",
        "summary": (
            "Working with the people who use a service, and the staff who deliver it, as "
            "equal partners in redesigning it — from understanding current experience, "
            "through prototyping, to testing changes in practice."
        ),
        "problem": (
            "Services are usually designed around the organisation's structure and rules: "
            "forms follow the database, appointments follow staff rotas, and each department "
            "optimises its own step. Users experience the whole journey, with its gaps, "
            "repetitions and waiting, but have little say in how it is shaped.\n\n"
            "Consultation asks users what they think of a proposal; co-design involves them "
            "in creating it. Without that involvement, redesigns tend to improve what the "
            "organisation can see and miss what matters most to the people using the service."
        ),
        "when_to_use": (
            "Co-design suits services with a clear user journey that crosses several teams or "
            "organisations, such as applying for a benefit, going through a court process or "
            "leaving hospital. It needs enough time and authority to actually change the "
            "service, and a willingness to hear that current practice is not working."
        ),
        "steps": [
            {
                "title": "Map the current journey with users",
                "body": (
                    "Recruit 10 to 20 users with varied experiences, including people who "
                    "gave up or complained. Through interviews, shadowing or diaries, map "
                    "their journey step by step and mark the moments of confusion, delay and "
                    "stress."
                ),
            },
            {
                "title": "Bring users and staff together",
                "body": (
                    "Hold joint workshops in which users and frontline staff compare their "
                    "views of the journey. Staff are often surprised by the users' view, and "
                    "users by the constraints staff face; both insights matter."
                ),
            },
            {
                "title": "Define design challenges",
                "body": (
                    "Turn the most painful moments into specific 'How might we…?' questions, "
                    "for example 'How might we make sure people know what happens after their "
                    "hearing?'. Select three to five challenges to work on."
                ),
            },
            {
                "title": "Prototype quickly and cheaply",
                "body": (
                    "Create simple prototypes — a rewritten letter, a paper version of a new "
                    "form, a role-played conversation, a clickable mock-up — and test them "
                    "with users within days, not months. Expect to throw most of them away."
                ),
            },
            {
                "title": "Pilot in a real setting",
                "body": (
                    "Take the most promising prototypes into a time-limited pilot in one site "
                    "or team, with measures agreed in advance. Keep users involved in "
                    "reviewing the pilot results."
                ),
            },
            {
                "title": "Scale up and sustain",
                "body": (
                    "Decide what to adopt across the organisation, who owns the redesigned "
                    "service and how users will stay involved, for example through a standing "
                    "user panel. Credit users for their contribution and pay them for their "
                    "time."
                ),
            },
        ],
        "people": (
            "10–20 service users, paid for their time; frontline staff and team leaders from "
            "each step of the journey; a design lead or facilitator; a manager with authority "
            "to change the service; digital, legal and data protection specialists as needed."
        ),
        "time": (
            "Three to six months from journey mapping to pilot, with pilots of two to three months"
        ),
        "pitfalls": (
            "Tokenism is the main danger: inviting one or two users to a steering group and "
            "calling it co-design. Users need to take part in sufficient numbers, with "
            "support, and be involved in decisions as well as discussions.\n\n"
            "Co-design also raises expectations. If prototypes are developed but nothing "
            "changes, users and staff will be less willing to take part next time. Agree in "
            "advance what the organisation can change, and be open about constraints such as "
            "legislation."
        ),
        "worked_example": (
            "A Polish regional court worked with 16 former court users — litigants in person, "
            "witnesses and family members — and 22 staff to redesign communication in civil "
            "proceedings. Journey mapping showed that the official summons was the single "
            "biggest source of anxiety: users could not tell whether they had to attend or "
            "what would happen when they did.\n\n"
            "A rewritten summons, tested in four rounds of prototyping, and a text message "
            "reminder linking to a plain-language web page were piloted in two civil "
            "divisions. Non-attendance at first hearings fell from 14% to 8%, and calls to "
            "the court's information desk about hearings fell by about a third."
        ),
        "themes": ["citizen-engagement", "digital-transformation"],
        "intervention_types": ["strategy-workshop", "od-facilitation"],
        "image_hue": 10,
    },
    {
        "slug": "theory-of-change-for-a-reform-programme",
        "title": "Developing a theory of change for a reform programme",
        "summary": (
            "A facilitated process that makes explicit how a reform is expected to work — "
            "from activities through intermediate changes to long-term outcomes — and which "
            "assumptions must hold, so that the reform can be monitored, tested and adapted."
        ),
        "problem": (
            "Reform programmes often move from a policy ambition straight to a list of "
            "projects, leaving the link between them implicit. Different partners hold "
            "different, unspoken beliefs about why the reform will work, and these surface "
            "only when results disappoint.\n\n"
            "Evaluation struggles too. Without a clear account of how change is supposed to "
            "happen, evaluators can measure outputs and final outcomes but cannot say why a "
            "programme succeeded or failed, or what to adjust."
        ),
        "when_to_use": (
            "Develop a theory of change at the design stage of any reform programme that "
            "involves several partners, runs for more than a year or will be evaluated. It is "
            "also valuable midway through a programme that has lost direction, to "
            "re-establish a shared understanding."
        ),
        "steps": [
            {
                "title": "Agree the long-term outcome",
                "body": (
                    "Start from the end: what will be different for citizens if the reform "
                    "succeeds? Express the outcome in concrete terms, for example 'more "
                    "long-term unemployed people in the border region in stable work for at "
                    "least 12 months'."
                ),
            },
            {
                "title": "Work backwards through preconditions",
                "body": (
                    "Ask repeatedly 'What needs to be true before this can happen?' to "
                    "identify intermediate outcomes, and arrange them in a pathway. Use cards "
                    "or a shared digital whiteboard so that everyone can contribute and move "
                    "items."
                ),
            },
            {
                "title": "Make assumptions explicit",
                "body": (
                    "For each link in the pathway, ask why participants believe it will hold. "
                    "Write down the assumptions about behaviour, incentives, resources and "
                    "context, and mark those that are weakest or most contested."
                ),
            },
            {
                "title": "Link activities to the pathway",
                "body": (
                    "Map existing and planned activities onto the pathway. Gaps show where "
                    "outcomes are expected without any activity to produce them; clusters "
                    "show where effort may be duplicated."
                ),
            },
            {
                "title": "Choose indicators and learning questions",
                "body": (
                    "Select a small number of indicators for the key intermediate outcomes, "
                    "and turn the weakest assumptions into learning questions for monitoring "
                    "and evaluation. A theory of change with 40 indicators will not be used."
                ),
            },
            {
                "title": "Revisit it regularly",
                "body": (
                    "Review the theory of change with partners every six to twelve months, "
                    "using monitoring data and frontline experience. Record what has changed "
                    "and why, so that the programme's learning becomes visible."
                ),
            },
        ],
        "people": (
            "A facilitator experienced in theory-of-change methods; programme managers and "
            "representatives of all delivery partners; frontline staff; an evaluator; where "
            "possible, people the reform is meant to benefit."
        ),
        "time": (
            "Two or three half-day workshops over four to six weeks, then a half-day review "
            "every six to twelve months"
        ),
        "pitfalls": (
            "A theory of change drawn up by consultants alone and presented as a finished "
            "diagram rarely reflects what partners actually believe. The value lies in the "
            "conversation, so keep the people who will deliver the programme in the room.\n\n"
            "Beware of diagrams that are too neat. Real reforms involve feedback loops, "
            "unintended consequences and contested assumptions. Record disagreement rather "
            "than forcing consensus, and treat the theory as a hypothesis to test, not a plan "
            "to defend."
        ),
        "worked_example": (
            "A European grouping of territorial cooperation between northern Portugal and "
            "Galicia used a theory of change to design a cross-border employment programme. "
            "The partners discovered that the Portuguese and Spanish employment services "
            "assumed different routes to the same outcome: one relied on vocational training, "
            "the other on direct placement with employers.\n\n"
            "Rather than choose between them, the programme tested both and treated the "
            "difference as a learning question. After two years, monitoring showed higher "
            "12-month job retention on the placement route (61% against 47%), but training "
            "participants were more likely to move into better-paid work, so both routes were "
            "kept with clearer targeting."
        ),
        "themes": ["performance-evaluation", "participative-strategy"],
        "intervention_types": ["strategy-workshop", "learning-partnership"],
        "image_hue": 95,
    },
    {
        "slug": "stakeholder-mapping",
        "title": "Stakeholder mapping for strategic change",
        "summary": (
            "A practical method for identifying who has a stake in a strategic change, how "
            "much influence they have and how they are connected, so that engagement is "
            "planned deliberately rather than by habit."
        ),
        "problem": (
            "Agencies tend to engage the stakeholders they already know: the ministry, the "
            "main trade union, the largest partner organisation. Groups with less formal "
            "power — small community organisations, frontline staff in partner bodies, people "
            "affected by a service who do not use it — are overlooked until they object.\n\n"
            "Strategic change in public services also crosses organisations, sectors and "
            "levels of government. Without a clear picture of this landscape, engagement is "
            "fragmented: some partners are consulted repeatedly by different teams while "
            "others are never asked."
        ),
        "when_to_use": (
            "Map stakeholders at the start of a strategy process, reform programme or major "
            "change, and update the map when the situation shifts, for example after an "
            "election or a public controversy. The method is quick enough for a single "
            "project and robust enough for a programme involving many agencies."
        ),
        "steps": [
            {
                "title": "List stakeholders broadly",
                "body": (
                    "With a small, mixed group, list every person, group and organisation "
                    "that affects or is affected by the change. Include internal groups, "
                    "partners, regulators, politicians, media, citizens and anyone who is "
                    "missing from the conversation."
                ),
            },
            {
                "title": "Place them on a power–interest grid",
                "body": (
                    "Position each stakeholder according to their influence over the change "
                    "and their interest in it. Discuss disagreements: where colleagues place "
                    "a stakeholder differently, they often hold different information."
                ),
            },
            {
                "title": "Map relationships",
                "body": (
                    "Draw the main relationships between stakeholders — who listens to whom, "
                    "who funds whom, where there is conflict. A simple network diagram often "
                    "reveals brokers who can connect otherwise separate groups."
                ),
            },
            {
                "title": "Assess positions and concerns",
                "body": (
                    "For key stakeholders, note their likely position on the change, their "
                    "main concerns and what they would need to see in order to support it. "
                    "Where you do not know, plan to ask rather than guess."
                ),
            },
            {
                "title": "Plan engagement",
                "body": (
                    "Decide for each group whether to inform, consult, involve or "
                    "collaborate, and who in the agency holds the relationship. Give "
                    "particular thought to those with high interest but little power, who are "
                    "easily neglected."
                ),
            },
            {
                "title": "Review and update",
                "body": (
                    "Revisit the map at key milestones. Record how positions have shifted and "
                    "whether engagement has reached the people it was meant to reach."
                ),
            },
        ],
        "people": (
            "A core team of four to eight people with different vantage points, including "
            "frontline staff and at least one person from outside the organisation; "
            "optionally a facilitator."
        ),
        "time": "One half-day workshop for the first map, with one-hour reviews at key milestones",
        "pitfalls": (
            "Stakeholder maps can contain sensitive judgements about people and "
            "organisations. Keep detailed versions internal, use neutral language, and "
            "remember that they may be disclosed under freedom of information law.\n\n"
            "Mapping can also become an exercise in managing opposition rather than "
            "understanding it. Stakeholders who resist a change often know something "
            "important about its risks; treat their concerns as information."
        ),
        "worked_example": (
            "A Dutch regional water authority mapped its stakeholders before revising its "
            "strategy for peat meadow areas, where land subsidence and climate policy were "
            "setting farmers, nature organisations and municipalities against one another. "
            "The first map, drawn by managers, listed 34 stakeholders; a second session with "
            "field staff and two farmers added 19 more, including local drainage cooperatives "
            "and a young farmers' network.\n\n"
            "The relationship map identified the drainage cooperatives as trusted brokers "
            "between farmers and the authority. Working through them, the authority held 12 "
            "kitchen-table conversations and three area workshops, which later made it "
            "possible to agree higher water levels in two pilot polders."
        ),
        "themes": ["collaboration-across-boundaries", "citizen-engagement"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 120,
    },
    {
        "slug": "running-a-learning-history",
        "title": "Running a learning history",
        "summary": (
            "A learning history is a jointly told account of a significant change, built from "
            "interviews with the people involved and presented in their own words alongside "
            "an outside commentary, to help an organisation reflect on what happened and why."
        ),
        "problem": (
            "Organisations forget quickly. Within two or three years of a major reform, the "
            "people who led it have moved on, documents record decisions but not the "
            "reasoning behind them, and the story shrinks to a slogan: 'it worked' or 'it was "
            "a disaster'.\n\n"
            "Conventional evaluations serve accountability, but staff often experience them "
            "as judgement from outside. They rarely capture the different perspectives within "
            "an organisation or the dilemmas people faced at the time."
        ),
        "when_to_use": (
            "Use a learning history after a significant change — a reform, a crisis response, "
            "a merger, a major project — when the organisation wants to learn rather than "
            "assign blame, and while the people involved are still available. It is "
            "especially useful before a similar change is attempted elsewhere."
        ),
        "steps": [
            {
                "title": "Agree purpose and boundaries",
                "body": (
                    "Agree with the sponsor which period and events the history will cover, "
                    "who it is for and how it will be used. Commit clearly that interviewees "
                    "will be quoted without names and that no one will suffer for what they "
                    "say."
                ),
            },
            {
                "title": "Interview across the organisation",
                "body": (
                    "Hold 20 to 40 semi-structured interviews with people at all levels and "
                    "in partner organisations, including critics of the change. Ask what "
                    "happened, what they were thinking at the time and what they would do "
                    "differently."
                ),
            },
            {
                "title": "Distil themes jointly",
                "body": (
                    "The history team — ideally one insider and one outsider — identifies "
                    "recurring themes, turning points and contradictions, and tests them with "
                    "a small group of interviewees before writing."
                ),
            },
            {
                "title": "Write in two columns",
                "body": (
                    "The classic learning history format places participants' own words in "
                    "one column and the historians' commentary and questions in the other. "
                    "Readers see both the experience and a reflective interpretation, and can "
                    "draw their own conclusions."
                ),
            },
            {
                "title": "Validate with interviewees",
                "body": (
                    "Share draft quotations with the people who gave them, to check accuracy "
                    "and make sure they cannot be identified. Expect some edits: the "
                    "document's credibility depends on people recognising their story."
                ),
            },
            {
                "title": "Use it in facilitated conversations",
                "body": (
                    "A learning history is a tool for conversation, not a report to be filed. "
                    "Hold workshops in which groups read sections together and discuss what "
                    "they mean for current and future work."
                ),
            },
        ],
        "people": (
            "A sponsor; a learning history team of two or three, including at least one "
            "insider and one outsider such as a researcher; 20 to 40 interviewees; "
            "facilitators for the reading workshops."
        ),
        "time": (
            "Four to six months: about two months of interviews and two of analysis and "
            "writing, followed by a series of workshops"
        ),
        "pitfalls": (
            "A learning history that reads like an official account will not be trusted. "
            "Limit the sponsor's role to protecting the process rather than editing the "
            "content, and include voices that disagree with the leadership's view.\n\n"
            "Anonymity is hard to guarantee in small organisations, where a job title or a "
            "turn of phrase can identify someone. Check carefully, and aggregate or "
            "paraphrase where needed."
        ),
        "worked_example": (
            "An Irish national community rehabilitation service commissioned a learning "
            "history of its four-year shift from office-based supervision to community-based "
            "hubs. A researcher from a partner university and a senior probation officer "
            "interviewed 31 people, including people under supervision, staff, Garda (police) "
            "liaison officers and partner charities.\n\n"
            "The history showed that the reform's success in urban areas depended on informal "
            "relationships between hub managers and local services, which had never been "
            "planned and were missing in rural areas. Eighteen facilitated reading workshops "
            "were held with 260 staff, and the service has since used the learning history to "
            "design its rural hub model."
        ),
        "themes": ["learning-partnerships", "organisational-development"],
        "intervention_types": ["learning-partnership", "od-facilitation"],
        "image_hue": 35,
    },
    {
        "slug": "digital-service-strategy",
        "title": "Developing a digital service strategy",
        "summary": (
            "How a public agency can develop a digital strategy that starts from users' needs "
            "and organisational capability rather than from technology, involving service, IT "
            "and policy staff as well as the leadership."
        ),
        "problem": (
            "Public sector digital strategies are often written by IT departments as "
            "technology roadmaps: platforms to replace, systems to migrate, cloud targets to "
            "meet. Service managers regard them as someone else's business, and the strategy "
            "says little about how services will change for citizens.\n\n"
            "At the other extreme, ambitious 'digital first' programmes promise "
            "transformation but underestimate legacy systems, procurement rules, skills gaps "
            "and the needs of people who cannot or will not use online services."
        ),
        "when_to_use": (
            "Develop or refresh a digital service strategy when an agency faces a major "
            "system replacement, new legal obligations such as the EU Single Digital Gateway "
            "or accessibility requirements, rising demand that cannot be met by adding staff, "
            "or a loss of confidence in its existing digital services."
        ),
        "steps": [
            {
                "title": "Start from user needs and service data",
                "body": (
                    "Gather evidence on how people use the agency's services today: channel "
                    "use, completion rates, avoidable contact caused by failures elsewhere, "
                    "and complaints. Include people who rely on telephone or face-to-face "
                    "contact, and ask them why."
                ),
            },
            {
                "title": "Assess digital capability honestly",
                "body": (
                    "Review skills, architecture, data quality, supplier dependencies and "
                    "governance. A simple capability assessment across teams, repeated later, "
                    "provides a baseline and shows where investment in people matters more "
                    "than investment in technology."
                ),
            },
            {
                "title": "Set a few service outcomes",
                "body": (
                    "Agree three to five outcomes describing what will be better for users, "
                    "for example 'most people can complete an application in one session "
                    "without help'. Avoid targets that only measure the shift from one "
                    "channel to another."
                ),
            },
            {
                "title": "Shape priorities in multidisciplinary workshops",
                "body": (
                    "Bring service managers, policy staff, IT, data protection specialists "
                    "and frontline staff together to set priorities. Include a session with "
                    "users or their representatives, especially groups at risk of digital "
                    "exclusion."
                ),
            },
            {
                "title": "Plan as a portfolio, not one big programme",
                "body": (
                    "Organise the strategy as a portfolio of services to be improved in "
                    "stages, with funding released against evidence of results. Prefer "
                    "reusable components and open standards to large single-supplier "
                    "contracts."
                ),
            },
            {
                "title": "Support leaders through the change",
                "body": (
                    "Offer coaching or peer learning to senior managers who must lead digital "
                    "change without being specialists. Their ability to ask good questions of "
                    "suppliers and teams is a key factor in success."
                ),
            },
        ],
        "people": (
            "A senior responsible owner; service managers; IT and data leads; policy and "
            "legal staff; the data protection officer; frontline staff; users and "
            "organisations representing people at risk of digital exclusion; optionally "
            "coaches for senior leaders."
        ),
        "time": (
            "Four to six months to develop the strategy, including four to six workshops, "
            "followed by an annual review"
        ),
        "pitfalls": (
            "Do not measure success only by the share of transactions completed online. "
            "Channel shift that pushes vulnerable people onto slower, more complicated routes "
            "is a failure, not a success. Keep assisted channels and measure outcomes for all "
            "users.\n\n"
            "Another pitfall is ignoring legacy systems and data. An attractive front end "
            "built on poor data simply moves the problem elsewhere. Include data quality and "
            "architecture in the strategy from the start."
        ),
        "worked_example": (
            "A German federal office providing digital administrative services revised its "
            "strategy this way after a large portal project fell behind schedule. Analysis "
            "showed that 42% of online applications were abandoned at the identity "
            "verification step, and that calls caused by unclear online processes made up a "
            "third of contact centre volume.\n\n"
            "The new strategy set four service outcomes, reorganised work into eight service "
            "teams with product owners and offered coaching to 14 senior managers. Within 18 "
            "months, completion rates for the three highest-volume applications rose from 58% "
            "to 77%, and calls about online applications fell by 29%."
        ),
        "themes": ["digital-transformation", "participative-strategy"],
        "intervention_types": ["strategy-workshop", "coaching"],
        "image_hue": 225,
    },
    {
        "slug": "after-action-reviews",
        "title": "After-action reviews",
        "summary": (
            "A short, structured conversation held soon after an event, project phase or "
            "incident, in which those involved compare what was meant to happen with what did "
            "happen, and agree what to keep doing and what to improve."
        ),
        "problem": (
            "Public agencies learn poorly from their own experience. When a project ends or a "
            "service has had a difficult week, people move straight on to the next task. "
            "Formal reviews, when they happen at all, are often late, focus on blame or "
            "produce recommendations that nobody reads.\n\n"
            "Yet the knowledge needed to improve is usually held by the people who did the "
            "work. What is missing is the habit of pausing together to make sense of what "
            "happened while memories are fresh."
        ),
        "when_to_use": (
            "Hold an after-action review after any event worth learning from: a service "
            "disruption, a successful launch, a public consultation, an inspection, a winter "
            "pressure period or a project milestone. Reviews work best as a routine, not only "
            "after failures, and any team can run them with a little practice."
        ),
        "steps": [
            {
                "title": "Hold the review promptly",
                "body": (
                    "Meet within a few days of the event. Allow 45 to 90 minutes and invite "
                    "everyone who played a significant part, across teams and organisations "
                    "if necessary."
                ),
            },
            {
                "title": "Set the tone",
                "body": (
                    "The facilitator, who should not be the most senior person present, "
                    "explains that the review is about learning, not blame, and that rank is "
                    "left at the door. Agree that the notes will record lessons, not who said "
                    "what."
                ),
            },
            {
                "title": "Ask the four questions",
                "body": (
                    "Work through four questions in turn: What did we intend to happen? What "
                    "actually happened? Why was there a difference? What will we keep doing "
                    "and what will we improve next time? Spend most of the time on the third "
                    "question."
                ),
            },
            {
                "title": "Agree a few specific actions",
                "body": (
                    "Limit actions to two or three, each with an owner and a date. A review "
                    "that produces fifteen recommendations has usually failed to prioritise."
                ),
            },
            {
                "title": "Share lessons beyond the team",
                "body": (
                    "Record lessons in a short, searchable format and share them with teams "
                    "facing similar situations. Some organisations hold a quarterly session "
                    "at which teams present their most useful reviews to peers from other "
                    "teams, who act as critical friends."
                ),
            },
            {
                "title": "Check that actions were taken",
                "body": (
                    "Start each review by checking whether the actions from the previous one "
                    "were completed. This keeps the practice credible."
                ),
            },
        ],
        "people": (
            "The team involved in the event, typically 5 to 15 people; a facilitator who was "
            "not in charge of the event; optionally peers from another team or organisation "
            "acting as critical friends."
        ),
        "time": "45 to 90 minutes per review, held within a few days of the event",
        "pitfalls": (
            "If reviews are used to find someone to blame, people will stop speaking openly "
            "after the first one. Senior managers have a particular responsibility to "
            "acknowledge their own part in what went wrong.\n\n"
            "Reviews can also become box-ticking, with the same lessons recorded each time "
            "and nothing changing. When a lesson appears for the third time, escalate it as "
            "an organisational issue instead of recording it again."
        ),
        "worked_example": (
            "A Norwegian labour and welfare office serving 41,000 residents introduced "
            "after-action reviews as part of an action learning programme for its team "
            "leaders. Over a year, teams held 37 reviews, including one after a surge in "
            "claims when a local factory closed with 320 redundancies.\n\n"
            "That review found that the office had learnt of the closure from the local "
            "newspaper, a day after the employees themselves. The office agreed an "
            "early-warning arrangement with the municipality's business development unit and "
            "two large employers. When another employer announced 85 redundancies the "
            "following spring, advisers held information meetings on site within 48 hours."
        ),
        "themes": ["organisational-development", "performance-evaluation"],
        "intervention_types": ["action-learning-set", "peer-review"],
        "image_hue": 190,
    },
]


CASES = [
    {
        "slug": "fjordby-strategy-for-older-residents",
        "title": "Residents reshape a Danish municipality's strategy for older people",
        "summary": (
            "Fjordby Municipality replaced a staff-drafted strategy and a consultation that "
            "drew 23 responses with a one-day workshop in which older residents and carers "
            "set the priorities. Hospital discharge emerged as the top issue and became the "
            "strategy's centrepiece."
        ),
        "organisation": "Fjordby Kommune (Fjordby Municipality)",
        "country": "DK",
        "sector": "local-government",
        "level": "local",
        "size": "4,300 staff; 58,000 residents",
        "period": "2021–2023",
        "challenge": (
            "Fjordby expects the number of residents aged 80 and over to rise by 46% between "
            "2021 and 2032, while the number of people of working age falls. Its previous "
            "strategy for older people had been drafted by the health and care department and "
            "put out to consultation in 2017; it received 23 written responses, most of them "
            "from organisations rather than residents.\n\n"
            "The city council wanted the next strategy to be shaped by the people it was for. "
            "Officers were also aware that the department's performance data focused on the "
            "volume of home care hours delivered, and said little about how older people "
            "experienced the system as a whole."
        ),
        "what_was_done": (
            "The strategy unit began with a stakeholder mapping session involving home care "
            "staff, the senior citizens' council and two pensioners' associations. This "
            "revealed that frail residents receiving home care, and their relatives, were "
            "almost never heard in consultations. Home care staff therefore helped to recruit "
            "participants directly, and the municipality offered transport, a meal and a gift "
            "voucher.\n\n"
            "Forty-eight people took part in a full-day workshop at the main library: 27 "
            "residents aged 67 to 91, eight relatives and carers, and 13 staff. Six table "
            "facilitators were borrowed from a neighbouring municipality so that none of them "
            "managed services in Fjordby. Tables worked through illustrated briefing cards "
            "and ranked options, and every participant received a written summary two weeks "
            "later and a 'you said, we did' note when the council adopted the strategy."
        ),
        "outcomes": (
            "Almost every table identified the handover between hospital discharge and home "
            "care as the most important problem: residents described arriving home to an "
            "empty fridge, unclear medication and no visit for several days. The issue had "
            "not appeared in the draft strategy.\n\n"
            "The adopted strategy created a discharge coordinator role, jointly funded with "
            "the regional hospital, and a target of a first home visit within 24 hours of "
            "discharge. It also committed the municipality to repeat the workshop at the "
            "start of each four-year planning cycle."
        ),
        "evidence": (
            "The share of discharged residents aged 80 and over who received a first home "
            "visit within 24 hours rose from 54% in 2021 to 86% in 2023, according to the "
            "municipality's care records. Readmissions within 30 days for the same group fell "
            "from 19.2% to 16.5% in regional hospital data, although the municipality treats "
            "this cautiously because the hospital changed its discharge procedures during the "
            "same period.\n\n"
            "41 of the 48 participants completed an evaluation form, and 37 said they would "
            "take part again. The public consultation on the final draft received 212 "
            "responses, compared with 23 in 2017. Nineteen original participants attended the "
            "review session a year later."
        ),
        "lessons": (
            "Recruiting through home care staff was the single most important decision: it "
            "brought in residents who would never have answered an open invitation. Borrowing "
            "facilitators from another municipality helped residents speak freely about local "
            "services.\n\n"
            "Managers underestimated how much follow-up would matter. The 'you said, we did' "
            "note took two weeks of work but generated more positive feedback than the "
            "workshop itself."
        ),
        "quotes": [
            {
                "text": (
                    "We thought we knew what older people wanted from us. The tables told us "
                    "we had been solving the wrong problem."
                ),
                "attribution": "Director of Health and Care, Fjordby Kommune",
            },
            {
                "text": (
                    "For the first time the plan was about what happens on the day my mother "
                    "comes home, not about the council's hours."
                ),
                "attribution": "Carer and workshop participant, Fjordby",
            },
        ],
        "guides": ["participative-strategy-workshop-with-citizens", "stakeholder-mapping"],
        "contact": "Strategy and Development Unit, strategi@fjordby.example",
        "themes": ["participative-strategy", "citizen-engagement"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 18,
    },
    {
        "slug": "lage-venen-peat-meadow-strategy",
        "title": "A Dutch water authority finds common ground in the peat meadows",
        "summary": (
            "Facing fierce opposition to higher water levels in peat meadow areas, a regional "
            "water authority used stakeholder mapping and scenario planning to work through "
            "local drainage cooperatives. Objections to its area plan fell from over 600 to "
            "41."
        ),
        "organisation": "Waterschap Lage Venen (Lower Fens Water Authority)",
        "country": "NL",
        "sector": "environment-planning",
        "level": "regional",
        "size": "640 staff",
        "period": "2022–2024",
        "challenge": (
            "About a third of the authority's area consists of peat meadows that subside by "
            "0.5 to 1 centimetre a year because they are drained for dairy farming. Drainage "
            "also releases carbon dioxide from the peat, and national climate agreements "
            "require water levels to be raised. Farmers fear for the viability of their "
            "businesses.\n\n"
            "A previous area plan, drawn up in 2019 with little involvement from farmers, "
            "attracted more than 600 formal objections and was withdrawn. Relationships "
            "between the authority, the farming community and nature organisations were at a "
            "low point."
        ),
        "what_was_done": (
            "The authority first mapped its stakeholders. A session with managers listed 34; "
            "a second session with field staff and two farmers added 19 more, including six "
            "local drainage cooperatives and a young farmers' network. The relationship map "
            "showed that the cooperatives were trusted by both farmers and field staff, and "
            "could act as brokers.\n\n"
            "With the cooperatives' help, the authority held 12 kitchen-table conversations "
            "with groups of farmers and three area workshops. In two scenario workshops, 36 "
            "participants — farmers, nature organisations, municipalities, the province and "
            "authority staff — developed four scenarios for the landscape in 2050, crossing "
            "the economic outlook for dairy farming with the stringency of national climate "
            "policy, and tested options for the area plan against each."
        ),
        "outcomes": (
            "The authority and farmers agreed to raise summer water levels by 20 centimetres "
            "in two pilot polders covering 1,150 hectares, combined with submerged drainage "
            "pipes that reduce the effect on grass yields. A joint monitoring programme, run "
            "with the cooperatives, tracks groundwater levels, subsidence and farm results.\n\n"
            "The general board adopted a new area strategy in 2024 that sets out a staged "
            "approach for the remaining polders, with a review point after the first pilot "
            "results."
        ),
        "evidence": (
            "The draft area plan received 41 formal objections, compared with more than 600 "
            "for the 2019 plan. In the pilot polders, 87 of 112 farmers (78%) signed "
            "participation agreements. Groundwater levels are measured at 46 monitoring "
            "points.\n\n"
            "A survey of workshop participants by the research team found that 71% agreed "
            "that 'the water authority listens to people like me', compared with 29% in a "
            "comparable survey of landowners in 2020."
        ),
        "lessons": (
            "Field staff knew the social landscape as well as the physical one, but had not "
            "been asked. Including them in the stakeholder mapping changed the whole "
            "engagement strategy.\n\n"
            "The scenarios allowed farmers and nature organisations to talk about the "
            "long-term future without conceding anything in the present. Several participants "
            "said this was the first time they had discussed 2050 rather than the next "
            "subsidy round."
        ),
        "quotes": [
            {
                "text": (
                    "The cooperative chair knew every farmer by name. We knew every ditch by "
                    "number. We needed both."
                ),
                "attribution": "Area manager, Waterschap Lage Venen",
            },
            {
                "text": (
                    "The scenarios let us talk about 2050 without anyone having to give in today."
                ),
                "attribution": "Board member of a local drainage cooperative",
            },
        ],
        "guides": ["stakeholder-mapping", "scenario-planning-for-public-agencies"],
        "contact": "Area Development Team, gebiedsprocessen@lagevenen.example",
        "themes": ["collaboration-across-boundaries", "participative-strategy"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 110,
    },
    {
        "slug": "north-lakeland-wellbeing-county-integration",
        "title": (
            "Bringing eleven municipalities and a hospital district into one wellbeing "
            "services county"
        ),
        "summary": (
            "A new Finnish wellbeing services county combined municipal social services and a "
            "hospital district, with 6,800 staff. Organisational development facilitation and "
            "coaching for new directors halved the share of staff who still identified with "
            "their former employer."
        ),
        "organisation": (
            "Pohjois-Järviseudun hyvinvointialue (North Lakeland Wellbeing Services County)"
        ),
        "country": "FI",
        "sector": "social-care",
        "level": "regional",
        "size": "6,800 staff",
        "period": "2022–2024",
        "challenge": (
            "Finland's health and social services reform transferred responsibility for these "
            "services from municipalities to 21 wellbeing services counties from January "
            "2023. In North Lakeland this meant combining the social services of eleven "
            "municipalities, from a city of 68,000 residents to rural municipalities of under "
            "3,000, with a hospital district.\n\n"
            "The organisations had very different cultures: municipal social work was local "
            "and relational, while the hospital district was larger, more hierarchical and "
            "more standardised. Client processes varied by municipality, and staff feared "
            "that the hospital culture would dominate the new organisation."
        ),
        "what_was_done": (
            "From May 2022, a team of four facilitators ran a culture diagnosis with "
            "interviews and focus groups in all twelve organisations, followed by a survey. A "
            "joint design group of 18 staff, including social workers, nurses, administrators "
            "and two trade union representatives, worked on the county's purpose and values "
            "and tested drafts in 40 staff workshops.\n\n"
            "After the legal transfer, the facilitators ran 'friction sessions' in which "
            "mixed teams identified conflicting practices and agreed which to adopt. All 26 "
            "new service area directors were offered six coaching sessions, and the four "
            "leadership teams of the new service areas received team coaching. The culture "
            "survey was repeated at 6, 12 and 18 months."
        ),
        "outcomes": (
            "The county adopted a statement of purpose and values developed by the design "
            "group rather than by the leadership team. Friction sessions reduced 63 different "
            "client processes in family and adult social services to 21 county-wide "
            "processes, with local variations documented.\n\n"
            "Teams that had moved into shared premises integrated noticeably faster, and the "
            "county brought forward two co-location projects as a result."
        ),
        "evidence": (
            "The share of staff who identified mainly with their former employer fell from "
            "71% before the transfer to 52% at 12 months and 38% at 18 months (response rates "
            "between 41% and 47% of staff in each round). Staff turnover among social workers "
            "fell from 12.4% in 2022 to 10.9% in 2024, against a rising national trend.\n\n"
            "Of the 26 directors offered coaching, 24 took it up, and 22 rated it as 'very "
            "useful' or 'useful' in an anonymous evaluation."
        ),
        "lessons": (
            "Starting eight months before the legal transfer was essential, but the "
            "facilitators now think the friction sessions should have started earlier too: "
            "some conflicting practices were hard-wired into the new IT system before staff "
            "had agreed which to use.\n\n"
            "Involving trade union representatives in the design group prevented the process "
            "from being seen as a management exercise and made difficult conversations about "
            "working hours easier."
        ),
        "quotes": [
            {
                "text": (
                    "People stopped asking how it was done in their old municipality once "
                    "they had to solve real client cases together."
                ),
                "attribution": "Head of Family Services, North Lakeland Wellbeing Services County",
            },
        ],
        "guides": [
            "od-facilitation-for-merging-two-agencies",
            "coaching-senior-leaders-through-restructuring",
        ],
        "contact": "Organisational Development Team, kehittaminen@pohjois-jarviseutu.example",
        "themes": ["organisational-development", "leadership", "collaboration-across-boundaries"],
        "intervention_types": ["od-facilitation", "coaching"],
        "image_hue": 320,
    },
    {
        "slug": "deux-rivieres-hospital-action-learning",
        "title": "Action learning for ward managers during a surgical reorganisation",
        "summary": (
            "Thirteen ward and department managers at a French intermunicipal hospital met in "
            "two action learning sets while surgery moved to a day-case model. Eleven made "
            "concrete changes in their units, and turnover in those units fell from 16% to "
            "11%."
        ),
        "organisation": (
            "Centre hospitalier intercommunal des Deux-Rivières (Two Rivers Intermunicipal "
            "Hospital)"
        ),
        "country": "FR",
        "sector": "health",
        "level": "local",
        "size": "2,150 staff; 610 beds",
        "period": "2022–2023",
        "challenge": (
            "The hospital was reorganising its surgical pathway around a new day surgery "
            "centre, closing 42 inpatient beds and changing working patterns for about 300 "
            "nursing and support staff. Ward managers were expected to lead these changes "
            "while covering for vacancies and managing a rise in sick leave.\n\n"
            "Many managers had been promoted from nursing posts with little management "
            "training, and they described feeling isolated between the directorate's "
            "expectations and their teams' frustrations. Staff turnover in surgical units had "
            "reached 16% a year."
        ),
        "what_was_done": (
            "The nursing directorate sponsored two action learning sets, of six and seven "
            "managers, who met for a half-day eight times over nine months. An external "
            "facilitator from a regional health management school ran the first four "
            "meetings; from the fifth, members facilitated in turn.\n\n"
            "Problems brought to the sets included recurring sick leave on a night shift, the "
            "introduction of a new bed-management system and a dispute with a medical lead "
            "over theatre scheduling. Two members introduced after-action reviews in their "
            "units after discussing a difficult weekend of bed closures, and the practice "
            "spread to four other units."
        ),
        "outcomes": (
            "In the closing review, 11 of the 13 managers described a concrete change they "
            "had made as a result of the set, such as self-rostering on the night shift that "
            "had the highest sick leave, and a weekly joint planning meeting with the "
            "anaesthesia team.\n\n"
            "Both sets continued to meet every two months with peer facilitation after the "
            "programme ended, and the directorate has since started a third set for newly "
            "appointed managers."
        ),
        "evidence": (
            "Staff turnover in the participants' units fell from 16% in 2022 to 11% in 2023, "
            "and the sick leave rate from 9.8% to 8.4%. The hospital treats these figures "
            "cautiously, because pay increases and the opening of the day surgery centre "
            "happened in the same period.\n\n"
            "Researchers from the consortium interviewed all 13 participants at the end of "
            "the programme. The share of day-case procedures rose from 48% to 61% over the "
            "period, which the hospital attributes mainly to the new centre."
        ),
        "lessons": (
            "Protected time made the difference: the nursing director arranged cover so that "
            "managers could attend, and attendance averaged 89%. Managers said the discipline "
            "of questioning rather than advising was frustrating at first, and valuable "
            "precisely because it made them find their own solutions."
        ),
        "quotes": [
            {
                "text": (
                    "In the set nobody gave me the answer, and that is exactly why I found "
                    "one my team accepted."
                ),
                "attribution": (
                    "Ward manager (cadre de santé), surgical unit, Deux-Rivières hospital"
                ),
            },
            {
                "text": (
                    "Giving managers time to think cost us eight half-days each. It was the "
                    "cheapest investment in the whole reorganisation."
                ),
                "attribution": (
                    "Director of Nursing, Centre hospitalier intercommunal des Deux-Rivières"
                ),
            },
        ],
        "guides": ["action-learning-set-for-frontline-managers", "after-action-reviews"],
        "contact": "Nursing Directorate, direction.soins@ch-deux-rivieres.example",
        "themes": ["leadership", "organisational-development"],
        "intervention_types": ["action-learning-set"],
        "image_hue": 205,
    },
    {
        "slug": "federal-digital-services-strategy",
        "title": "Resetting a federal digital services strategy around users",
        "summary": (
            "After a flagship portal fell behind schedule, a German federal office rebuilt "
            "its digital strategy around four service outcomes, multidisciplinary service "
            "teams and coaching for senior managers. Completion rates for its main online "
            "applications rose from 58% to 77%."
        ),
        "organisation": (
            "Bundesamt für digitale Verwaltungsdienste (Federal Office for Digital "
            "Administrative Services)"
        ),
        "country": "DE",
        "sector": "central-government",
        "level": "national",
        "size": "1,900 staff",
        "period": "2022–2024",
        "challenge": (
            "The office runs online application services used by federal agencies and, "
            "through them, by millions of citizens and businesses. Its previous strategy was "
            "essentially a technology roadmap for a single large portal, which fell 14 months "
            "behind schedule.\n\n"
            "Service data showed that 42% of online applications were abandoned at the "
            "identity verification step, and that calls caused by unclear online processes "
            "made up a third of contact centre volume. Senior managers, most of them lawyers "
            "and administrators, found it hard to challenge suppliers and technical teams."
        ),
        "what_was_done": (
            "A strategy team ran five multidisciplinary workshops with service managers, "
            "policy and legal staff, IT architects, the data protection officer and contact "
            "centre staff, and a session with organisations representing older people and "
            "people with disabilities. A capability self-assessment across 22 teams provided "
            "a baseline on skills, data quality and governance.\n\n"
            "The resulting strategy set four service outcomes, reorganised work into eight "
            "service teams with product owners and split the portal into reusable components. "
            "Fourteen senior managers received six coaching sessions each on leading digital "
            "change, and the capability self-assessment was repeated after 12 months."
        ),
        "outcomes": (
            "Completion rates rose and contact volumes fell for the main services, and the "
            "identity verification step was redesigned with a second, assisted route. The "
            "office now publishes quarterly service performance data for each of its service "
            "teams."
        ),
        "evidence": (
            "Within 18 months, completion rates for the three highest-volume applications "
            "rose from 58% to 77%, and calls about online applications fell by 29%. In the "
            "repeated capability self-assessment, the average score for 'use of user research "
            "in decisions' rose from 2.3 to 3.4 out of 5, while 'data quality' stayed at 2.7, "
            "confirming it as the main weakness.\n\n"
            "Twelve of the 14 coached managers said in follow-up interviews that they felt "
            "more able to question supplier proposals."
        ),
        "lessons": (
            "Reframing the strategy around outcomes for users gave service managers a reason "
            "to engage. The office learnt that improving the front end could go only so far "
            "without investment in underlying data, which is now the priority of the next "
            "strategy period."
        ),
        "quotes": [
            {
                "text": (
                    "We used to report how many systems we had migrated. Now we report how "
                    "many people got to the end of their application."
                ),
                "attribution": (
                    "Head of Strategy and Portfolio Management, Bundesamt für digitale "
                    "Verwaltungsdienste"
                ),
            },
        ],
        "guides": ["digital-service-strategy", "strategic-capability-self-assessment"],
        "contact": "Strategy and Portfolio Management, strategie@bdvd.example",
        "themes": ["digital-transformation", "participative-strategy"],
        "intervention_types": ["strategy-workshop", "coaching"],
        "image_hue": 230,
    },
    {
        "slug": "adriatic-hills-health-authority-coaching",
        "title": "Coaching senior leaders through a health authority reorganisation",
        "summary": (
            "When an Italian local health authority reorganised three hospital districts into "
            "two, it offered coaching to all 24 directors, including those whose posts were "
            "at risk. Staff were far more likely to say leaders had explained why the changes "
            "were made."
        ),
        "organisation": (
            "Azienda Sanitaria Locale Colline Adriatiche (Adriatic Hills Local Health Authority)"
        ),
        "country": "IT",
        "sector": "health",
        "level": "regional",
        "size": "7,400 staff; 610,000 residents",
        "period": "2021–2023",
        "challenge": (
            "A regional hospital network plan required the authority to reorganise three "
            "hospital districts into two, concentrating emergency surgery and maternity care "
            "on fewer sites. The change affected 31 senior posts and was politically "
            "contested in the towns that would lose services.\n\n"
            "A similar reorganisation three years earlier had left a legacy of mistrust: "
            "staff surveys then showed that only 34% felt leaders had explained why the "
            "changes were being made, and several senior clinicians left."
        ),
        "what_was_done": (
            "The authority's training and organisational development unit offered six "
            "coaching sessions of 90 minutes to all 24 directors and heads of department, "
            "including those whose posts were at risk. Coachees could choose between three "
            "coaches, two of them external, all with experience of the Italian health "
            "service. A written agreement ensured that coaching was kept entirely separate "
            "from selection.\n\n"
            "Once the two new district leadership teams were in place, each received three "
            "team coaching sessions. At the end, the coaches provided an anonymised summary "
            "of recurring themes for the director general, and an organisational development "
            "facilitator worked with both districts on integrating teams from different "
            "hospitals."
        ),
        "outcomes": (
            "The reorganisation was completed on schedule. The anonymised theme summary "
            "showed that unclear budget authority between district and hospital directors was "
            "the most frequent source of conflict; the authority revised its internal "
            "regulations to clarify it.\n\n"
            "No senior clinicians left during the transition, and two directors whose posts "
            "were abolished took up new roles in the authority."
        ),
        "evidence": (
            "In a staff survey six months after the change (3,120 responses, 42%), 58% of "
            "staff in the new districts agreed that 'leaders explained why the changes were "
            "being made', compared with 34% after the earlier reorganisation. All 24 "
            "directors took up coaching; in an anonymous evaluation, 21 rated it 'very "
            "useful' or 'useful'."
        ),
        "lessons": (
            "Offering coaching to everyone, including the director general, meant that it was "
            "seen as support rather than remediation. The clear separation between coaching "
            "and selection was repeatedly mentioned as the reason directors spoke openly.\n\n"
            "The theme summary turned individual coaching into organisational learning, but "
            "coaches needed to agree its format at the start so that confidentiality was "
            "never in doubt."
        ),
        "quotes": [
            {
                "text": (
                    "I was leading people through a change that might cost me my own job. "
                    "Coaching was the only place I could say that aloud."
                ),
                "attribution": "Director of a hospital department, ASL Colline Adriatiche",
            },
        ],
        "guides": [
            "coaching-senior-leaders-through-restructuring",
            "od-facilitation-for-merging-two-agencies",
        ],
        "contact": "Training and Organisational Development Unit, sviluppo@asl-colline.example",
        "themes": ["leadership", "organisational-development"],
        "intervention_types": ["coaching", "od-facilitation"],
        "image_hue": 275,
    },
    {
        "slug": "sierra-alta-municipal-peer-review",
        "title": "A provincial peer review network for small and medium-sized municipalities",
        "summary": (
            "A Spanish provincial council set up a network in which 22 municipalities review "
            "one another. Fourteen peer reviews in three years led, among other things, to a "
            "town reviving its participatory budget, where turnout nearly doubled."
        ),
        "organisation": (
            "Diputación Provincial de Sierra Alta — Red de Revisión entre Pares (Sierra Alta "
            "Provincial Council — Peer Review Network)"
        ),
        "country": "ES",
        "sector": "local-government",
        "level": "regional",
        "size": "1,050 provincial staff; 22 member municipalities",
        "period": "2021–2024",
        "challenge": (
            "Most municipalities in the province have fewer than 50,000 residents and small "
            "management teams. They are audited and inspected, but have few opportunities for "
            "candid, informed feedback on their strategies. Consultancy reviews are beyond "
            "most of their budgets.\n\n"
            "The provincial council, which supports municipalities with technical assistance, "
            "wanted to help them learn from one another rather than depend on its own advice."
        ),
        "what_was_done": (
            "The council created a peer review network with 22 municipalities and trained 48 "
            "officers and councillors as peers in a two-day course. Each review followed a "
            "standard format: a scope chosen by the host, a position statement, three to four "
            "days on site, feedback on the final day and a published report. The council "
            "provided a review manager for each review and covered peers' travel costs.\n\n"
            "After each review, the peer team and the network office held a short "
            "after-action review to improve the method. One early lesson was to include an "
            "elected member from an opposition party in every peer team, which raised the "
            "credibility of reports with host councils."
        ),
        "outcomes": (
            "Fourteen reviews were carried out in three years, on subjects ranging from "
            "climate strategy to social services for rural areas. In one, a town of 34,000 "
            "residents asked peers why turnout in its participatory budget was falling. Peers "
            "interviewed 52 people and found that 17 projects approved in earlier years had "
            "never been carried out.\n\n"
            "The town completed the backlog within a year and introduced a public online "
            "tracker for approved projects. Other municipalities have adopted similar "
            "trackers."
        ),
        "evidence": (
            "Twelve of the 14 reports were published in full. At follow-up visits after 9 to "
            "12 months, host councils had fully or partly implemented 71% of recommendations "
            "(118 of 166). Turnout in the town's participatory budget rose from 4.1% to 7.9% "
            "of eligible residents.\n\n"
            "In a survey of the 48 trained peers, 44 said that reviewing another council had "
            "led them to change something in their own."
        ),
        "lessons": (
            "Peers learnt at least as much as hosts, which made it easier to persuade "
            "municipalities to release staff. Reciprocity had to be managed actively: the "
            "network office keeps a ledger of peer days given and received."
        ),
        "quotes": [
            {
                "text": (
                    "An auditor tells you whether you followed the rules. A peer tells you "
                    "whether it made sense, and you listen because they have the same "
                    "problems."
                ),
                "attribution": "Municipal secretary of a host town, Sierra Alta",
            },
            {
                "text": (
                    "The hardest finding was that residents had stopped believing us. It was "
                    "also the most useful."
                ),
                "attribution": "Councillor for Citizen Participation in a host town, Sierra Alta",
            },
        ],
        "guides": ["peer-review-between-municipalities", "after-action-reviews"],
        "contact": "Peer Review Network Office, redpares@dipsierraalta.example",
        "themes": [
            "performance-evaluation",
            "collaboration-across-boundaries",
            "citizen-engagement",
        ],
        "intervention_types": ["peer-review"],
        "image_hue": 45,
    },
    {
        "slug": "nowy-brzeg-court-summons-codesign",
        "title": "Co-designing court communication with the people who receive it",
        "summary": (
            "A Polish regional court worked with former court users and staff to redesign the "
            "summons and reminders in civil cases. A plain-language summons and a text "
            "message reminder cut non-attendance at first hearings from 14% to 8%."
        ),
        "organisation": "Sąd Okręgowy w Nowym Brzegu (Nowy Brzeg Regional Court)",
        "country": "PL",
        "sector": "justice",
        "level": "regional",
        "size": "420 staff",
        "period": "2022–2023",
        "challenge": (
            "In the court's civil divisions, 14% of parties and witnesses failed to attend "
            "first hearings, causing adjournments that added on average four months to a "
            "case. Calls to the information desk about hearings took up much of its staff's "
            "time.\n\n"
            "The court's president suspected that the standard summons, written in legal "
            "language and full of references to articles of the civil procedure code, was "
            "part of the problem, but changes to official letters had previously been made by "
            "lawyers alone."
        ),
        "what_was_done": (
            "The court administration recruited 16 former court users — litigants in person, "
            "witnesses and family members — through legal aid centres and a victims' support "
            "organisation, and paid them for their time. Together with 22 judges, clerks and "
            "information desk staff, they mapped the journey from receiving a summons to "
            "leaving the courtroom.\n\n"
            "The group prototyped a rewritten summons in four rounds, testing each version "
            "with people who had never been to court. A text message reminder sent five days "
            "before the hearing, linking to a plain-language page about what to expect, was "
            "designed with the court's IT team. Both were piloted for six months in two civil "
            "divisions, with the other divisions as a comparison."
        ),
        "outcomes": (
            "The new summons keeps the legally required content but starts with three plain "
            "statements: whether the person must attend, when and where, and what happens if "
            "they do not. The court adopted the summons and the reminder service in all civil "
            "divisions in 2023 and shared the templates with other courts in the appeal area."
        ),
        "evidence": (
            "In the pilot divisions, non-attendance at first hearings fell from 14% to 8%, "
            "while it stayed at 13–15% in comparison divisions. Calls to the information desk "
            "about hearings fell by about a third (from an average of 410 to 270 a month).\n\n"
            "In a short survey of 380 people attending pilot hearings, 83% said they "
            "understood what would happen at the hearing, compared with 52% in a baseline "
            "survey."
        ),
        "lessons": (
            "Judges were initially sceptical about changing official letters, but their "
            "involvement in testing prototypes — and seeing users struggle with the old "
            "summons — turned them into advocates.\n\n"
            "Paying users and recruiting through trusted organisations brought in people with "
            "difficult experiences of the court, whose insights were the most valuable."
        ),
        "quotes": [
            {
                "text": (
                    "I read the old letter three times and still did not know if I had to "
                    "come. The new one told me in the first line."
                ),
                "attribution": "Former litigant in person and co-design participant",
            },
        ],
        "guides": ["co-designing-services-with-users"],
        "contact": "Court Administration Office, administracja@so-nowybrzeg.example",
        "themes": ["citizen-engagement", "digital-transformation"],
        "intervention_types": ["strategy-workshop", "od-facilitation"],
        "image_hue": 5,
    },
    {
        "slug": "south-estonia-school-network-self-assessment",
        "title": "Tracking strategic capability across a regional school network",
        "summary": (
            "A South Estonian school network centre used a repeated self-assessment, "
            "alongside a learning partnership with a university, to see whether its "
            "development work was changing how schools used evidence. The teachers' rating "
            "rose from 2.6 to 3.4 in two years."
        ),
        "organisation": "Lõuna-Eesti Koolivõrgu Keskus (South Estonia School Network Centre)",
        "country": "EE",
        "sector": "education",
        "level": "regional",
        "size": "85 staff; 46 schools supported",
        "period": "2021–2023",
        "challenge": (
            "The centre supports 46 schools, most of them small rural schools facing falling "
            "pupil numbers, with school development, data analysis and teacher training. It "
            "had invested in strategy workshops and leadership training for head teachers, "
            "but had no way of knowing whether these were changing practice in schools.\n\n"
            "Head teachers and centre staff also held quite different views about how well "
            "schools used data on pupils' learning to plan improvements."
        ),
        "what_was_done": (
            "With support from the consortium, the centre introduced a structured "
            "self-assessment of strategic capability with six dimensions and 30 statements, "
            "completed by centre staff, head teachers and a sample of teachers every six "
            "months. Results were discussed in half-day sense-making sessions with mixed "
            "groups.\n\n"
            "The baseline revealed a large gap on use of evidence, so the centre formed a "
            "learning partnership with a university education faculty. Two researchers and "
            "two centre advisers ran a series of data-use workshops in 12 schools and "
            "produced short learning briefs every term."
        ),
        "outcomes": (
            "Schools in the workshop programme now hold termly data conversations in teacher "
            "teams, using a simple dashboard developed with the university. The centre has "
            "reorganised its own advisory work around the dimensions with the lowest scores."
        ),
        "evidence": (
            "The self-assessment was completed four times, with between 168 and 187 "
            "respondents each round. Teachers' average rating for 'use of evidence' rose from "
            "2.6 to 3.4 out of 5, while head teachers' rating remained at about 3.9, "
            "narrowing the gap from 1.3 to 0.5 points. Other dimensions changed by less than "
            "0.3 points, which the centre treats as no meaningful change.\n\n"
            "In the 12 workshop schools the teachers' rating rose by 1.1 points, compared "
            "with 0.5 in the other schools."
        ),
        "lessons": (
            "Keeping the questions unchanged for four rounds was difficult — several people "
            "wanted to improve the wording — but essential for comparison. The sense-making "
            "sessions, rather than the scores, generated most of the learning."
        ),
        "quotes": [
            {
                "text": (
                    "The numbers told us where we disagreed. The conversations about the "
                    "numbers told us why."
                ),
                "attribution": "Head of Development, South Estonia School Network Centre",
            },
        ],
        "guides": [
            "strategic-capability-self-assessment",
            "learning-partnership-with-a-university",
        ],
        "contact": "Development Office, arendus@lekk.example",
        "themes": ["performance-evaluation", "learning-partnerships"],
        "intervention_types": ["learning-partnership", "od-facilitation"],
        "image_hue": 165,
    },
    {
        "slug": "irish-community-rehabilitation-learning-history",
        "title": "A learning history of the move to community rehabilitation hubs",
        "summary": (
            "An Irish national rehabilitation service commissioned a learning history of its "
            "four-year shift from office-based supervision to community hubs. Built from 31 "
            "interviews and discussed in 18 workshops, it shaped the design of the service's "
            "rural hub model."
        ),
        "organisation": "An tSeirbhís Athshlánúcháin Pobail (Community Rehabilitation Service)",
        "country": "IE",
        "sector": "justice",
        "level": "national",
        "size": "1,100 staff",
        "period": "2019–2023",
        "challenge": (
            "Between 2018 and 2022 the service moved most of its supervision of people on "
            "community sentences and post-release licences from its own offices to community "
            "hubs shared with addiction, housing and employment services. The reform was "
            "judged a success in the cities, but less so in rural areas.\n\n"
            "By 2022 several of the managers who had led the reform had retired or moved on, "
            "and the service was about to design a model for rural areas. Leaders wanted to "
            "understand what had really made the urban hubs work before that knowledge was "
            "lost."
        ),
        "what_was_done": (
            "Through its learning partnership with a university criminology department, the "
            "service commissioned a learning history. A researcher and a senior probation "
            "officer interviewed 31 people: frontline staff and managers, people under "
            "supervision, Garda (police) liaison officers, and staff of partner charities and "
            "housing bodies.\n\n"
            "The history was written in two columns, with interviewees' words beside the "
            "historians' commentary and questions, and every quotation was checked with the "
            "person who gave it. An organisational development facilitator then helped to run "
            "18 reading workshops with 260 staff across all regions."
        ),
        "outcomes": (
            "The learning history showed that success in urban areas had depended on informal "
            "relationships between hub managers and local services, built over coffee and "
            "shared cases rather than through formal protocols. These relationships had never "
            "been planned and were largely absent in rural areas, where services were "
            "dispersed.\n\n"
            "The rural hub model now includes dedicated time for relationship-building, a "
            "'hub host' role in each county and joint induction with partner organisations."
        ),
        "evidence": (
            "Workshop participants completed a short feedback form (214 of 260); 87% said the "
            "history had helped them understand the reform, and 64% named a specific change "
            "they intended to make. Two rural pilot hubs opened in 2023; in their first year, "
            "78% of people under supervision attended at least one partner service at the "
            "hub, compared with 61% in the previous office-based arrangement."
        ),
        "lessons": (
            "Having an insider and an outsider write the history together gave it credibility "
            "both inside the service and with partners. The two-column format allowed staff "
            "to disagree with the historians' interpretation, which many did, productively.\n\n"
            "Guaranteeing anonymity in a small service took more time than expected; several "
            "quotations had to be paraphrased."
        ),
        "quotes": [
            {
                "text": (
                    "Reading it felt like someone had finally written down what we actually "
                    "did, not what the plan said we did."
                ),
                "attribution": "Senior probation officer, Community Rehabilitation Service",
            },
            {
                "text": (
                    "The hub worked because the addiction counsellor and the probation "
                    "officer had coffee together every Tuesday. No strategy document "
                    "mentioned that."
                ),
                "attribution": (
                    "Manager of a partner charity, interviewed for the learning history"
                ),
            },
        ],
        "guides": ["running-a-learning-history", "learning-partnership-with-a-university"],
        "contact": "Research and Learning Unit, learning@crs-ireland.example",
        "themes": ["learning-partnerships", "organisational-development"],
        "intervention_types": ["learning-partnership", "od-facilitation"],
        "image_hue": 30,
    },
    {
        "slug": "minho-galicia-cross-border-employment",
        "title": "A theory of change for cross-border employment services",
        "summary": (
            "A European grouping of territorial cooperation linking northern Portugal and "
            "Galicia used stakeholder mapping and a theory of change to design a cross-border "
            "employment programme, and tested two competing routes to work instead of "
            "choosing one."
        ),
        "organisation": (
            "Agrupamento Europeu de Cooperação Territorial Alto Minho–Galiza Emprego "
            "(European Grouping of Territorial Cooperation for Employment, Upper "
            "Minho–Galicia)"
        ),
        "country": "PT",
        "sector": "employment-services",
        "level": "european",
        "size": "38 staff; 14 partner organisations in two countries",
        "period": "2020–2024",
        "challenge": (
            "About 9,000 people cross the border between northern Portugal and Galicia to "
            "work each day, yet long-term unemployment remains high on both sides and "
            "employers report shortages in logistics, care and manufacturing. Employment "
            "services, training providers and employers' organisations on each side work "
            "within different national systems and rarely cooperate.\n\n"
            "An EU-funded cross-border employment programme brought 14 partners together, but "
            "early meetings showed that each had a different idea of what the programme was "
            "for."
        ),
        "what_was_done": (
            "The grouping's technical secretariat began with a stakeholder mapping workshop "
            "that added employers' associations, trade unions and municipal social services "
            "to the original partnership. It then ran three theory-of-change workshops with "
            "34 participants from both countries, using interpreters and bilingual materials.\n\n"
            "The workshops revealed that the Portuguese partners assumed training was the "
            "main route to stable work, while the Galician partners relied on direct "
            "placement with employers. Rather than choose, the programme tested both routes "
            "and made the difference a learning question, supported by a university "
            "evaluation team working as a learning partner."
        ),
        "outcomes": (
            "The programme supported 1,240 long-term unemployed people over four years, of "
            "whom 690 found work. The theory of change was reviewed every nine months and "
            "revised twice, for instance to add childcare and transport support when "
            "monitoring showed that these were major barriers for women with children.\n\n"
            "Both routes were kept, with clearer targeting: direct placement for people with "
            "recent work experience and training for those seeking to change occupation."
        ),
        "evidence": (
            "Monitoring data matched with social security records showed 12-month job "
            "retention of 61% on the placement route and 47% on the training route. However, "
            "training participants were more likely to move into better-paid work: 38% earned "
            "above the regional median wage after a year, against 22% of placement "
            "participants.\n\n"
            "A partner survey found that 12 of the 14 partners felt the theory of change had "
            "'substantially' improved shared understanding of the programme."
        ),
        "lessons": (
            "Treating a disagreement between partners as a learning question, rather than "
            "forcing a compromise, kept both sides committed and produced more useful "
            "evidence. Bilingual facilitation was expensive but indispensable."
        ),
        "quotes": [
            {
                "text": (
                    "We had been working side by side for years with completely different "
                    "assumptions. Drawing the theory of change was the first time we saw them "
                    "on the same wall."
                ),
                "attribution": (
                    "Coordinator, Technical Secretariat, AECT Alto Minho–Galiza Emprego"
                ),
            },
        ],
        "guides": ["theory-of-change-for-a-reform-programme", "stakeholder-mapping"],
        "contact": "Technical Secretariat, secretariado@aect-minho-emprego.example",
        "themes": ["collaboration-across-boundaries", "performance-evaluation"],
        "intervention_types": ["strategy-workshop", "learning-partnership"],
        "image_hue": 85,
    },
    {
        "slug": "calderbrook-adult-social-care-learning-partnership",
        "title": "A learning partnership for relationship-based adult social care",
        "summary": (
            "An English borough council, a regional university and a small consultancy formed "
            "a three-year learning partnership while redesigning adult social care around "
            "relationships instead of 15-minute tasks. Fast feedback from researchers changed "
            "practice within months."
        ),
        "organisation": "Calderbrook Metropolitan Borough Council (Adult Social Care)",
        "country": "GB",
        "sector": "social-care",
        "level": "local",
        "size": "5,600 staff, including 620 in adult social care",
        "period": "2020–2023",
        "challenge": (
            "Calderbrook commissioned home care by the minute: providers were paid for tasks "
            "delivered in slots of 15 or 30 minutes, and performance was measured by visits "
            "completed on time. Care workers and families described rushed visits, frequent "
            "changes of carer and little room to respond to what people actually needed.\n\n"
            "The council decided to pilot a relationship-based model in two neighbourhoods, "
            "with small teams of care workers given a budget of hours and the freedom to "
            "agree support with each person. The outcome was uncertain, and the council "
            "wanted to learn as it went rather than wait for a final evaluation."
        ),
        "what_was_done": (
            "The council formed a learning partnership with a regional university's public "
            "management school and a small consultancy experienced in facilitation. A "
            "partnership charter set out roles, access to data and the right of the council "
            "to comment on, but not veto, publications. A researcher attended fortnightly "
            "team meetings in both neighbourhoods.\n\n"
            "Every two months, researchers, managers, care workers and consultants met for a "
            "learning session to discuss observations. Researchers produced nine two-page "
            "learning briefs over three years. With the partners, the council also developed "
            "a theory of change for the pilot, which it revisited twice a year."
        ),
        "outcomes": (
            "One early brief showed that care workers were still recording visits in "
            "15-minute blocks because the old care management system required it. The council "
            "changed the system within four months. Another brief, on tensions between the "
            "new teams and hospital discharge staff, led to a joint protocol.\n\n"
            "In 2023 the council decided to extend the model to four more neighbourhoods, "
            "covering about 40% of people receiving home care."
        ),
        "evidence": (
            "In the pilot neighbourhoods, the average number of different care workers seen "
            "by each person in a month fell from 11 to 4. Care worker turnover in the pilot "
            "teams was 18% a year, compared with 34% across the council's other providers. "
            "People receiving care reported higher satisfaction (84% 'satisfied' or 'very "
            "satisfied', against 67% in comparison areas) in the annual adult social care "
            "survey.\n\n"
            "Costs per person were 6% higher in the first year and broadly equal to the "
            "comparison areas by the third, mainly because of fewer emergency admissions and "
            "reviews."
        ),
        "lessons": (
            "Fast, short feedback was more valuable than the final report. The partnership "
            "worked because the charter had been clear about independence: managers trusted "
            "the briefs because they knew researchers would publish critical findings.\n\n"
            "There were tensions too, especially when the council wanted early positive "
            "results for a budget decision. Naming this openly at the annual partnership "
            "review helped."
        ),
        "quotes": [
            {
                "text": (
                    "The researchers saw things we had stopped noticing. And because they "
                    "told us within weeks, we could do something about it."
                ),
                "attribution": (
                    "Head of Adult Social Care Commissioning, Calderbrook Metropolitan "
                    "Borough Council"
                ),
            },
            {
                "text": (
                    "Now I see the same six people, and I know how they take their tea and "
                    "what their grandchildren are called. That is the job."
                ),
                "attribution": "Care worker in a pilot neighbourhood team, Calderbrook",
            },
        ],
        "guides": [
            "learning-partnership-with-a-university",
            "theory-of-change-for-a-reform-programme",
        ],
        "contact": "Adult Social Care Improvement Team, ascimprovement@calderbrook.example",
        "themes": [
            "learning-partnerships",
            "collaboration-across-boundaries",
            "citizen-engagement",
        ],
        "intervention_types": ["learning-partnership"],
        "image_hue": 150,
    },
    {
        "slug": "nordvik-welfare-office-action-learning",
        "title": "Action learning and after-action reviews in a Norwegian welfare office",
        "summary": (
            "Team leaders in a local labour and welfare office met in an action learning set "
            "and introduced after-action reviews across their teams. After 37 reviews in a "
            "year, the office set up an early-warning arrangement with local employers that "
            "changed how it handles redundancies."
        ),
        "organisation": (
            "Arbeids- og velferdskontoret i Nordvik (Nordvik Labour and Welfare Office)"
        ),
        "country": "NO",
        "sector": "employment-services",
        "level": "local",
        "size": "96 staff; 41,000 residents served",
        "period": "2022–2023",
        "challenge": (
            "The office, run jointly by the state labour and welfare administration and the "
            "municipality, serves a coastal region dependent on a few large employers in fish "
            "processing and engineering. Team leaders said they were constantly reacting to "
            "events and rarely had time to reflect on how the office handled them.\n\n"
            "A staff survey showed that only 41% of staff felt that 'we learn from our "
            "mistakes in this office'."
        ),
        "what_was_done": (
            "Six team leaders and the deputy head of office formed an action learning set, "
            "meeting for a half-day every five weeks over ten months with a facilitator from "
            "the regional administration. In the third meeting, one team leader brought the "
            "problem of recurring mistakes in handling mass claims, and the set decided to "
            "try after-action reviews.\n\n"
            "Team leaders were trained to facilitate reviews and held them after significant "
            "events, including a surge in claims when a local factory closed with 320 "
            "redundancies. Every quarter, teams presented their most useful reviews to "
            "another team, which acted as a critical friend."
        ),
        "outcomes": (
            "The review after the factory closure found that the office had learnt of it from "
            "the local newspaper, a day after the employees. The office agreed an "
            "early-warning arrangement with the municipality's business development unit and "
            "two large employers. When another employer announced 85 redundancies the "
            "following spring, advisers held information meetings on site within 48 hours.\n\n"
            "After-action reviews have become a routine part of team meetings, and the action "
            "learning set continued with peer facilitation."
        ),
        "evidence": (
            "Teams held 37 after-action reviews in the first year and recorded 74 actions, of "
            "which 61 (82%) were completed by the next review. In the following staff survey, "
            "agreement that 'we learn from our mistakes in this office' rose from 41% to 68%.\n\n"
            "For the spring redundancies, 79 of the 85 affected employees had registered with "
            "the office before their last day of work, compared with 142 of 320 after the "
            "factory closure."
        ),
        "lessons": (
            "Starting with an action learning set gave team leaders the confidence to "
            "facilitate reviews without the head of office present. Checking previous actions "
            "at the start of each review was the simplest way to keep the practice credible."
        ),
        "quotes": [
            {
                "text": (
                    "We used to move straight on to the next crisis. Now we take an hour to "
                    "ask what we learnt from the last one, and the next crisis is smaller."
                ),
                "attribution": "Team leader, Nordvik Labour and Welfare Office",
            },
        ],
        "guides": ["after-action-reviews", "action-learning-set-for-frontline-managers"],
        "contact": "Office Management, kontor@nordvik-velferd.example",
        "themes": ["leadership", "performance-evaluation"],
        "intervention_types": ["action-learning-set", "peer-review"],
        "image_hue": 195,
    },
    {
        "slug": "shared-government-services-scenarios-2035",
        "title": "Scenario planning for a shared government services agency",
        "summary": (
            "A Swedish agency providing payroll, accounting and procurement services to 230 "
            "other agencies used four scenarios for 2035 to test its strategy. It split a "
            "planned single platform into modular components and set up a client council."
        ),
        "organisation": (
            "Myndigheten för gemensam statlig service (Agency for Shared Government Services)"
        ),
        "country": "SE",
        "sector": "central-government",
        "level": "national",
        "size": "1,300 staff",
        "period": "2023–2024",
        "challenge": (
            "The agency's business model depends on other government agencies choosing to use "
            "its services. Rapid advances in automation and generative AI raised the "
            "possibility that client agencies might build their own tools, while government "
            "discussions about stronger central steering pointed in the opposite direction.\n\n"
            "The agency's draft strategy assumed continued growth based on a single large "
            "platform investment of about SEK 420 million. Several managers privately doubted "
            "the assumption but had no forum to discuss it."
        ),
        "what_was_done": (
            "The strategy office framed the focal question 'How should we provide shared "
            "administrative services to government agencies in 2035?' and ran two full-day "
            "scenario workshops with 38 participants: staff from all levels, representatives "
            "of eight client agencies, the trade unions and two external researchers.\n\n"
            "The scenarios crossed the pace of automation with the degree of central steering "
            "of government administration. In one, 'Do it yourself', most client agencies "
            "built their own AI-supported back-office tools. In a follow-up workshop, "
            "participants tested the draft strategy and its investment plan against each "
            "scenario, and the agency's digital strategy team revised its roadmap "
            "accordingly."
        ),
        "outcomes": (
            "The planned platform made sense in only two of the four scenarios. The agency "
            "split the investment into modular components that can be offered separately, "
            "introduced shorter contract periods for client agencies and set up a client "
            "council that meets twice a year.\n\n"
            "Six signposts, including the share of agencies using generative AI in their "
            "administration and the number of agencies leaving shared services, are reviewed "
            "by the leadership team each spring."
        ),
        "evidence": (
            "The first stage of the revised investment, about SEK 140 million, was approved "
            "in 2024, with further stages dependent on the signposts. In an evaluation "
            "survey, 33 of 38 workshop participants agreed that the scenarios had 'changed "
            "the strategy in important ways'. Three client agencies that had been considering "
            "leaving the shared services signed new agreements after joining the client "
            "council."
        ),
        "lessons": (
            "Inviting client agencies into the scenario workshops was uncomfortable, because "
            "it exposed the agency's dependence on them, but it produced the most valuable "
            "challenges. Writing each scenario as one in which the agency could still succeed "
            "kept the discussion constructive."
        ),
        "quotes": [
            {
                "text": (
                    "The 'Do it yourself' scenario was the one nobody wanted to write. It "
                    "turned out to be the one that changed our investment plan."
                ),
                "attribution": "Head of Strategy, Myndigheten för gemensam statlig service",
            },
        ],
        "guides": ["scenario-planning-for-public-agencies", "digital-service-strategy"],
        "contact": "Strategy Office, strategi@gemensamservice.example",
        "themes": ["participative-strategy", "digital-transformation", "leadership"],
        "intervention_types": ["strategy-workshop"],
        "image_hue": 255,
    },
]


STANDARD_PAGES = {
    "about": {
        "title": "About Praxis",
        "intro": (
            "Praxis is a European research consortium that studies strategic renewal in "
            "public services and supports the agencies that take part in its research."
        ),
        "body": (
            "## Who we are\n\n"
            "Praxis brings together eleven universities and research institutes and three "
            "practice organisations in nine European countries. Our researchers work in "
            "public management, organisational studies, social policy and political science, "
            "and many have worked in or alongside public agencies themselves. The consortium "
            "is funded by a European research and innovation grant for the period 2022–2026.\n\n"
            "Our central question is how public organisations renew their strategies when the "
            "old approaches no longer work: how they involve staff, partners and citizens, "
            "how their leaders learn, and what helps or hinders them. We study these "
            "questions in depth in 28 participating agencies, from small municipalities to "
            "national ministries, across health, social care, justice, education, employment "
            "and planning.\n\n"
            "## Research and development together\n\n"
            "Praxis does not only observe. Each participating agency is offered a development "
            "intervention as part of the feedback it receives from the research: "
            "organisational development facilitation to support planned change, action "
            "learning sets for professionals, coaching for senior managers, facilitated "
            "strategy workshops or peer review with comparable organisations. Where resources "
            "allow, we also support other public bodies that want to adopt participative "
            "approaches to strategic management.\n\n"
            "We work through learning partnerships, in which public managers, consultants and "
            "academics learn together from a reform as it unfolds. Each agency has a private "
            "members' area on this site where its staff, facilitators and researchers share "
            "documents, log interventions and complete a structured self-assessment of "
            "strategic capability at regular intervals. This lets agencies see how their "
            "capacity changes over time, and gives the research team interim measures of "
            "impact.\n\n"
            "## The Practice Sourcebook\n\n"
            "The Practice Sourcebook is the main practical output of the consortium. Its "
            "practice guides describe approaches that public managers can use, step by step, "
            "with their pitfalls and a worked example; its case studies describe what "
            "happened when agencies across Europe tried them, with evidence of the outcomes "
            "and the lessons they drew. The sourcebook can be searched and filtered by theme, "
            "country, sector and type of intervention, read in several languages and "
            "downloaded as a printable book.\n\n"
            "Case studies are written with the agencies concerned and checked by them before "
            "publication. Organisation names in the demonstration version of the sourcebook "
            "are fictional.\n\n"
            "## Sharing what we learn\n\n"
            "We share our findings with public policy practitioners — national policy makers, "
            "public managers, professionals, consultants and the bodies that represent them — "
            "as well as with the research community. We publish working papers, policy briefs "
            "and journal articles, and we hold three international conferences over the life "
            "of the project, each combining research presentations with practice workshops "
            "led by participating agencies.\n\n"
            "If your agency would like to take part in development work, or you would like to "
            "contribute a case study, please get in touch through our contact page."
        ),
    },
    "privacy": {
        "title": "Privacy notice",
        "intro": (
            "This notice explains what personal data the Praxis website collects, why, how "
            "long we keep it and what rights you have."
        ),
        "body": (
            "## Who is responsible for your data\n\n"
            "The controller for personal data processed through this website is the Praxis "
            "consortium, represented by its coordinating office: Praxis Coordinating Office, "
            "Institute for Public Renewal, Kloosterstraat 27, 3000 Leuven, Belgium. Partner "
            "institutions in the consortium act as joint controllers for research data "
            "collected in participating agencies; the arrangements between them are set out "
            "in a joint controllership agreement, the essence of which is available on "
            "request.\n\n"
            "Our data protection officer can be contacted at dpo@praxis.example, or by post "
            "at the address above marked for the attention of the Data Protection Officer.\n\n"
            "## What we collect and why\n\n"
            "Browsing the site. You can read the Practice Sourcebook, news, papers and event "
            "pages without an account and without giving us any personal data. Our web server "
            "records technical information about each request — IP address, date and time, "
            "the page requested, the referring page and the browser's user agent — in order "
            "to keep the site secure and working. The legal basis is our legitimate interest "
            "in operating a secure website (Article 6(1)(f) GDPR).\n\n"
            "Accounts. If you are a member of a participating agency, a facilitator or a "
            "researcher, we hold your name, email address, organisation, role, language "
            "preference and a securely hashed password, together with any second-factor "
            "authentication settings you choose. We use these to let you sign in, to control "
            "access to your agency's private area, and to send you messages about your "
            "membership. The legal basis is the performance of the agreement under which you "
            "use the members' area (Article 6(1)(b) GDPR).\n\n"
            "Members' area content. Documents you upload, interventions you log and "
            "self-assessment responses you submit are stored in your agency's private area. "
            "Self-assessment responses are reported to your agency only for groups of five or "
            "more. With your agency's agreement, pseudonymised responses are also used by the "
            "research team for scientific research, on the basis of a task carried out in the "
            "public interest (Article 6(1)(e) GDPR) with the safeguards required by Article "
            "89 GDPR.\n\n"
            "Conference registrations. When you register for a Praxis conference we collect "
            "your name, email address, organisation, job title, country, the sessions you "
            "choose and, if you tell us, any dietary or access requirements. We use this to "
            "manage your registration, send you a confirmation and calendar file, prepare "
            "badges and catering and, where you opt in, include your name and organisation in "
            "a delegate list shared with other delegates. The legal basis is the performance "
            "of your registration (Article 6(1)(b) GDPR). Information about access needs or "
            "diet that reveals health or religious beliefs is processed only with your "
            "explicit consent (Article 9(2)(a) GDPR), which you can withdraw at any time.\n\n"
            "## Cookies, trackers and third parties\n\n"
            "This site does not use analytics, advertising or social media trackers, and it "
            "does not embed content from other websites. Fonts, scripts, images and "
            "stylesheets are all served from our own server, so visiting a page does not "
            "cause your browser to contact any third party. We set only strictly necessary "
            "cookies: a session cookie when you sign in, a security cookie that protects "
            "forms against cross-site request forgery, and a cookie that remembers your "
            "chosen language. These do not require consent.\n\n"
            "## Who receives your data\n\n"
            "Your data are processed by the coordinating office and, for research data, by "
            "the consortium's researchers. We use a hosting provider and an email delivery "
            "service located in the European Union, both bound by data processing agreements "
            "under Article 28 GDPR. We do not sell personal data or transfer it outside the "
            "European Economic Area.\n\n"
            "## How long we keep it\n\n"
            "Server logs are kept for 14 days and then deleted. Accounts are kept while your "
            "membership is active and deleted 12 months after it ends, or earlier on request. "
            "Conference registrations are kept until 12 months after the conference, after "
            "which we keep only anonymous attendance statistics; dietary and access "
            "information is deleted 30 days after the event. Pseudonymised research data are "
            "kept for ten years after the end of the project, in line with the consortium's "
            "research data management plan, and are never published in a form that identifies "
            "individuals or, without its consent, an agency.\n\n"
            "## Your rights\n\n"
            "You have the right to access the personal data we hold about you, to have it "
            "corrected, to have it erased, to restrict or object to its processing, and to "
            "receive it in a portable format. Where we rely on your consent, you may withdraw "
            "it at any time without affecting processing carried out before. Some rights are "
            "limited for research data where exercising them would seriously impair the "
            "research, as permitted by Article 89 GDPR; we will explain if this applies.\n\n"
            "To exercise your rights, write to dpo@praxis.example. We will reply within one "
            "month. If you are not satisfied with our answer, you can complain to the Belgian "
            "Data Protection Authority or to the supervisory authority in the country where "
            "you live or work.\n\n"
            "## Changes to this notice\n\n"
            "We will update this notice if our processing changes, and will tell account "
            "holders by email about any significant change. This version was last updated in "
            "January 2025."
        ),
    },
    "accessibility": {
        "title": "Accessibility statement",
        "intro": (
            "Praxis is committed to making this website accessible to everyone, including "
            "people who use assistive technologies."
        ),
        "body": (
            "This accessibility statement applies to the Praxis website, including the "
            "Practice Sourcebook, publications, event pages and conference registration, and "
            "the members' area. We have followed the model accessibility statement "
            "established under the European Union's Web Accessibility Directive (Directive "
            "(EU) 2016/2102).\n\n"
            "## How accessible this website is\n\n"
            "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at "
            "level AA. This means you should be able to zoom in up to 400% without content "
            "spilling off the screen, navigate the whole site using a keyboard alone, use it "
            "with a screen reader, and read the text in your own choice of colours and fonts. "
            "Pages are built from semantic HTML, all images that convey information have text "
            "alternatives, and the site works without JavaScript.\n\n"
            "## Compliance status\n\n"
            "This website is partially compliant with WCAG 2.2 level AA, because of the "
            "exceptions and non-compliances listed below.\n\n"
            "## Non-accessible content\n\n"
            "Some working papers published in 2022 and 2023 are PDF files that are not fully "
            "tagged, so screen reader users may find their reading order or tables difficult "
            "to follow. We are replacing these with tagged versions or HTML summaries and "
            "expect to finish by the end of 2025. You can ask for any paper in an accessible "
            "format in the meantime.\n\n"
            "Recordings of conference sessions have captions, but some do not yet have audio "
            "description of visual material shown on slides. Slide decks are published "
            "alongside the recordings as an alternative.\n\n"
            "Charts showing self-assessment results in the members' area are accompanied by a "
            "data table, but the charts themselves do not yet meet the non-text contrast "
            "requirement (success criterion 1.4.11) in all colour combinations. We plan to "
            "fix this in the next release.\n\n"
            "The printable sourcebook generated as a PDF is tagged, but very long tables may "
            "not repeat their header rows on each page. The same content is always available "
            "as web pages.\n\n"
            "## Preparation of this statement\n\n"
            "This statement was prepared on 20 January 2025. It is based on a self-assessment "
            "by the development team, automated testing of every page template with an "
            "accessibility testing engine, and manual testing with keyboard navigation and "
            "two screen readers. An external audit of a sample of 40 pages was carried out in "
            "November 2024. The statement was last reviewed in January 2025.\n\n"
            "## Feedback and contact information\n\n"
            "If you find a problem that is not listed here, or you need information on this "
            "website in a different format, please email accessibility@praxis.example or "
            "write to the Praxis Coordinating Office at the address on our contact page. Tell "
            "us the web address of the page, what the problem is and what assistive "
            "technology you use, if any. We will acknowledge your message within five working "
            "days and aim to resolve the problem or provide the content in another format "
            "within 20 working days.\n\n"
            "## Enforcement procedure\n\n"
            "If you are not satisfied with our response to your report or request, you can "
            "contact the body responsible for enforcing the Web Accessibility Directive in "
            "Belgium, where our coordinating office is established, or the equivalent "
            "enforcement body or ombudsman in your own country. We will cooperate fully with "
            "any enquiry and will publish a summary of any changes made as a result."
        ),
    },
    "contact": {
        "title": "Contact us",
        "intro": (
            "Get in touch with the Praxis consortium about our research, the Practice "
            "Sourcebook, development work with agencies or our conferences."
        ),
        "body": (
            "## General enquiries\n\n"
            "For questions about the consortium, the research programme or taking part as an "
            "agency, email info@praxis.example. We aim to reply within five working days. If "
            "your question is about a particular participating agency's members' area, please "
            "contact the coordinator named on your agency's page first.\n\n"
            "## Practice Sourcebook\n\n"
            "If you would like to suggest a practice guide, contribute a case study or point "
            "out an error, write to sourcebook@praxis.example. Case studies are written with "
            "the agency concerned and reviewed by two members of the research team before "
            "publication.\n\n"
            "## Communications office\n\n"
            "Journalists, editors and conference organisers can reach the communications "
            "office at communications@praxis.example or on +32 16 55 01 20 (Monday to Friday, "
            "09:00–17:00 Central European Time). The communications office can arrange "
            "interviews with researchers, provide images and supply copies of papers and "
            "policy briefs.\n\n"
            "## Conferences\n\n"
            "For questions about registration, programmes, accessibility at the venue or "
            "changing or cancelling a booking, email events@praxis.example. Please include "
            "your registration reference if you have one.\n\n"
            "## Data protection and accessibility\n\n"
            "Our data protection officer can be contacted at dpo@praxis.example. To report an "
            "accessibility problem or ask for content in another format, email "
            "accessibility@praxis.example.\n\n"
            "## Coordinating office\n\n"
            "Praxis Coordinating Office, Institute for Public Renewal, Kloosterstraat 27, "
            "3000 Leuven, Belgium.\n\n"
            "The office is a five-minute walk from Leuven railway station and has step-free "
            "access. Visits are by appointment."
        ),
    },
}
