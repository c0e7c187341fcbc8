"""The development work's channels for the leak test (tests/members/test_leaks.py).

Each agency of the leak test's world gets its development work, every piece
marked ``SECRET-<letter>-…``: an intervention (and its aims, with the agency's
private report attached), a submitted round with an evidence note, a round
still open for its member, and a learning partnership with a log entry and a
comment. The work is created by the first channel fetched, and these channels
come first in the leak test, so every other channel (search, suggestions,
sitemap, feeds, OAI-PMH, PDFs, the dashboard) runs with it in place.
"""

import io

from django.urls import reverse

from development.enums import PartnershipRole
from development.models import InterventionDocument, LogComment, Participation
from tests.development.factories import (
    InterventionFactory,
    LogEntryFactory,
    RoundFactory,
    answer_round,
    make_framework,
    partnership_with,
    statements_of,
)


def agency_work(world) -> dict:
    work = world.__dict__.get("_development_work")
    if work is not None:
        return work
    framework = make_framework(slug="leak-test", name="Leak test framework")
    statements = statements_of(framework)
    members = {"A": world.member_a, "B": world.member_b}
    work = {}
    for letter, space in world.spaces.items():
        agency = space.agency
        member = members[letter]
        Participation.objects.get_or_create(agency=agency)
        intervention = InterventionFactory(
            agency=agency,
            title=f"Intervention SECRET-{letter}-INTERVENTION",
            aims=f"Aims SECRET-{letter}-AIMS",
        )
        InterventionDocument.objects.create(intervention=intervention, document=space.document)
        submitted = RoundFactory(
            agency=agency, framework=framework, title=f"Round SECRET-{letter}-ROUND"
        )
        answer_round(
            submitted, {member: {s: 2 for s in statements}}, {s: 3 for s in statements}, True
        )
        submitted.responses.get().answers.update(note=f"Note SECRET-{letter}-NOTE")
        open_round = RoundFactory(
            agency=agency, framework=framework, title=f"Open SECRET-{letter}-OPEN"
        )
        answer_round(open_round, {member: {}})
        partnership = partnership_with(
            agency,
            [(member, PartnershipRole.PUBLIC_MANAGER)],
            name=f"Partnership SECRET-{letter}-PARTNERSHIP",
        )
        entry = LogEntryFactory(
            partnership=partnership, author=member, title=f"Entry SECRET-{letter}-LOG"
        )
        LogComment.objects.create(
            entry=entry, author=member, text=f"Comment SECRET-{letter}-COMMENT"
        )
        work[letter] = {
            "agency": agency,
            "intervention": intervention,
            "round": submitted,
            "open": open_round,
            "partnership": partnership,
            "entry": entry,
        }
    world.__dict__["_development_work"] = work
    return work


def xlsx_text(response) -> str:
    if response.status_code != 200:
        return f"[{response.status_code}]"
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(response.content))
    return " ".join(str(v) for sheet in workbook for row in sheet.values for v in row if v)


def development_channels(Channel, each_space, text_of):  # noqa: N803 - the leak test's class
    def per_agency(url_of, as_text=None):
        def fetch(client, world, space):
            piece = agency_work(world)[space.letter]
            response = client.get(url_of(piece, space))
            return (as_text or text_of)(response)

        return each_space(fetch)

    def whole(url):
        def fetch(client, world):
            agency_work(world)
            return text_of(client.get(url))

        return fetch

    def dev(name, *args):
        return reverse(f"development:{name}", args=args)

    return [
        Channel(
            "development work of an agency",
            per_agency(lambda w, s: dev("agency", w["agency"].pk)),
            ("INTERVENTION", "ROUND", "OPEN"),
        ),
        Channel(
            "development home (the agencies and rounds of the person)",
            whole(dev("home")),
            ("OPEN",),
        ),
        Channel(
            "an intervention of the development work",
            per_agency(lambda w, s: dev("intervention", w["agency"].pk, w["intervention"].pk)),
            ("INTERVENTION", "AIMS", "DOC"),
        ),
        Channel(
            "an intervention's document through the development work",
            per_agency(lambda w, s: dev("document", w["agency"].pk, s.document.pk)),
            ("FILE",),
        ),
        Channel(
            "self-assessment results",
            per_agency(lambda w, s: dev("results", w["agency"].pk)),
            ("ROUND",),
        ),
        Channel(
            "a self-assessment round",
            per_agency(lambda w, s: dev("round", w["agency"].pk, w["open"].pk)),
            ("OPEN",),
        ),
        Channel(
            "the answer form of a round",
            per_agency(lambda w, s: dev("answer", w["agency"].pk, w["open"].pk)),
        ),
        Channel(
            "a round's PDF report",
            per_agency(lambda w, s: dev("report_pdf", w["agency"].pk, w["round"].pk)),
            ("ROUND",),
        ),
        Channel(
            "a round's answers as CSV and XLSX",
            each_space(
                lambda client, world, space: "\n".join(
                    [
                        text_of(
                            client.get(
                                dev(
                                    "answers_csv",
                                    agency_work(world)[space.letter]["agency"].pk,
                                    agency_work(world)[space.letter]["round"].pk,
                                )
                            )
                        ),
                        xlsx_text(
                            client.get(
                                dev(
                                    "answers_xlsx",
                                    agency_work(world)[space.letter]["agency"].pk,
                                    agency_work(world)[space.letter]["round"].pk,
                                )
                            )
                        ),
                    ]
                )
            ),
        ),
        Channel(
            "a learning partnership and its log",
            per_agency(lambda w, s: dev("partnership", w["agency"].pk, w["partnership"].pk)),
            ("PARTNERSHIP", "LOG"),
        ),
        Channel(
            "a learning log entry and its comments",
            per_agency(
                lambda w, s: dev("log_entry", w["agency"].pk, w["partnership"].pk, w["entry"].pk)
            ),
            ("LOG", "COMMENT"),
        ),
        Channel(
            "site search and suggestions for the development work's words",
            lambda client, world: (
                agency_work(world)
                and "\n".join(
                    text_of(client.get(url))
                    for url in (
                        "/en/search/?q=intervention",
                        "/en/search/?q=secret+log",
                        "/en/search/?q=partnership",
                        "/en/search/suggest/?q=intervention",
                        "/en/search/suggest/?q=partnership",
                    )
                )
            ),
        ),
    ]
