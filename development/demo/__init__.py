"""The demo's development work, loaded from the data files beside this module.

Read with the shared demo loader (``cms.demo``):

- ``frameworks/*.yaml``: the CAF-style and strategic renewal frameworks, with
  their French and German words in ``translations/*.po`` (context
  ``frameworks/<slug>``, applied through wagtail-localize as a translator would);
- ``agencies.yaml``: each agency's kind; three more agencies with members;
- ``interventions.yaml``: interventions of every type, with sessions,
  measures and documents of the agency's collection;
- ``rounds.yaml``: baseline and follow-up rounds of six agencies (answers
  generated reproducibly from a profile), and one round still open;
- ``partnerships.yaml`` and ``log/*.md``: the Lyon learning partnership and its
  log (Markdown with front matter), with comments.

Then a case study is drafted from an intervention, through the same path
staff use in the admin. Idempotent: a second run adds nothing and edits nothing.
"""

from __future__ import annotations

import datetime
import random
import statistics
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from cms.demo import catalogues, plain_text, read_pages, read_yaml
from members.models import Agency, Membership

from ..enums import RoundStage, RoundStatus
from ..models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    Criterion,
    Framework,
    ImpactMeasure,
    Intervention,
    InterventionDocument,
    InterventionSession,
    LearningPartnership,
    LogComment,
    LogEntry,
    Participation,
    PartnershipMember,
    Response,
    RoundEvent,
    ScaleLevel,
    Statement,
)

DATA = Path(__file__).parent


def _yaml(name):
    return read_yaml(DATA / name)


def _date(value) -> datetime.date | None:
    """A date written as text in the data files (YAML 1.2 reads 2024-04-15 as text)."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _user(email):
    return get_user_model().objects.get(email=email)


def _aware(day: datetime.date, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


# Frameworks


def load_framework(data, log) -> Framework:
    locale = Locale.get_default()
    framework = Framework.objects.filter(slug=data["slug"], version=1, locale=locale).first()
    if framework is not None:
        return framework
    framework = Framework.objects.create(
        name=data["name"],
        slug=data["slug"],
        description=" ".join(data.get("description", "").split()),
        locale=locale,
    )
    for order, (value, label, description) in enumerate(data["levels"]):
        ScaleLevel.objects.create(
            framework=framework,
            value=value,
            label=label,
            description=description,
            sort_order=order,
            locale=locale,
        )
    for order, row in enumerate(data["criteria"]):
        criterion = Criterion.objects.create(
            framework=framework,
            code=str(row["code"]),
            group=row.get("group", ""),
            title=row["title"],
            description=row.get("description", ""),
            sort_order=order,
            locale=locale,
        )
        for position, (code, text) in enumerate(row["statements"]):
            Statement.objects.create(
                criterion=criterion,
                code=str(code),
                text=text,
                sort_order=position,
                locale=locale,
            )
    log("self-assessment framework")
    return framework


def translate_frameworks(frameworks: dict[str, Framework], log):
    objects = {f"frameworks/{slug}": framework for slug, framework in frameworks.items()}
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects(objects, log)


# Agencies, people, interventions


def load_agencies(terms, log) -> dict[str, Agency]:
    from members.demo import verified_account

    agencies = {}
    for row in _yaml("agencies.yaml"):
        agency = Agency.objects.filter(name=row["name"]).first()
        if agency is None:
            if "country" not in row:
                raise LookupError(f"The members' demo has no agency named {row['name']!r}.")
            agency = Agency.objects.create(
                name=row["name"],
                country=terms["country"][row["country"]],
                sector=terms["sector"].get(row.get("sector")),
                government_level=terms["level"].get(row.get("level")),
                email_domains=row.get("domains", ""),
            )
            log("agency")
        people = [(*m, "member") for m in row.get("extra_members", [])] + row.get("members", [])
        for email, first, last, role in people:
            user = verified_account(email, first, last, log)
            _, created = Membership.objects.get_or_create(
                user=user, agency=agency, defaults={"role": role}
            )
            if created:
                log("membership")
        _, created = Participation.objects.get_or_create(
            agency=agency,
            defaults={
                "kind": row["kind"],
                "since": _date(row.get("since")),
                "named_in_case_studies": row.get("named_in_case_studies", False),
            },
        )
        if created:
            log("participating agency")
        agencies[row["key"]] = agency
    return agencies


def load_interventions(agencies, terms, log) -> dict[str, Intervention]:
    Document = get_document_model()
    interventions = {}
    for row in _yaml("interventions.yaml"):
        agency = agencies[row["agency"]]
        intervention = Intervention.objects.filter(agency=agency, title=row["title"]).first()
        if intervention is None:
            intervention = Intervention.objects.create(
                agency=agency,
                intervention_type=terms["intervention"][row["type"]],
                title=row["title"],
                aims=" ".join(row["aims"].split()),
                status=row["status"],
                starts_on=_date(row.get("starts_on")),
                ends_on=_date(row.get("ends_on")),
                facilitators=row.get("facilitators", ""),
                participant_count=row.get("participant_count"),
                participant_roles=row.get("participant_roles", ""),
                outcomes=" ".join(row.get("outcomes", "").split()),
            )
            for order, (held_on, topic, attendance, notes) in enumerate(row["sessions"]):
                InterventionSession.objects.create(
                    intervention=intervention,
                    held_on=_date(held_on),
                    topic=topic,
                    attendance=attendance,
                    notes=notes,
                    sort_order=order,
                )
            for order, (indicator, value, unit, measured_on, source) in enumerate(row["measures"]):
                ImpactMeasure.objects.create(
                    intervention=intervention,
                    indicator=indicator,
                    value=value,
                    unit=unit,
                    measured_on=_date(measured_on),
                    source=source,
                    sort_order=order,
                )
            for order, title in enumerate(row["documents"]):
                document = Document.objects.filter(
                    title=title, collection_id=agency.collection_id
                ).first()
                if document is not None:
                    InterventionDocument.objects.create(
                        intervention=intervention, document=document, sort_order=order
                    )
            log("intervention")
        interventions[row["key"]] = intervention
    return interventions


# Rounds


def _level(rng, mean, spread, lowest, highest):
    return max(lowest, min(highest, round(rng.gauss(mean, spread))))


def _answers(framework, respondents, profile, spread, rng, share=1.0):
    """``{person: {statement: level or "dk"}}`` drawn around the profile's means."""
    levels = sorted(framework.levels.values_list("value", flat=True))
    lowest, highest = levels[0], levels[-1]
    statements = list(
        Statement.objects.filter(criterion__framework=framework)
        .select_related("criterion")
        .order_by("criterion__sort_order", "sort_order")
    )
    answers = {}
    for person in respondents:
        mine = {}
        for statement in statements[: max(1, round(len(statements) * share))]:
            mean = float(profile.get(statement.criterion.code, profile["default"]))
            if rng.random() < 0.04:
                mine[statement] = "dk"
            else:
                mine[statement] = _level(rng, mean, spread, lowest, highest)
        answers[person] = mine
    return answers


def _consensus(answers):
    by_statement: dict = {}
    for mine in answers.values():
        for statement, level in mine.items():
            by_statement.setdefault(statement, []).append(level)
    consensus = {}
    for statement, levels in by_statement.items():
        known = [level for level in levels if level != "dk"]
        consensus[statement] = statistics.median_low(known) if known else "dk"
    return consensus


def _store_round(agency, framework, row, answers, consensus, submitted, interventions, log):
    today = timezone.localdate()
    if "opens_in_days" in row:
        opens_on = today + datetime.timedelta(days=row["opens_in_days"])
        closes_on = today + datetime.timedelta(days=row["closes_in_days"])
    else:
        opens_on, closes_on = _date(row["opens_on"]), _date(row["closes_on"])
    submitted = _date(submitted)
    coordinator = agency.coordinators.order_by("email").first()
    round = AssessmentRound.objects.create(
        agency=agency,
        framework=framework,
        stage=row["stage"],
        title=row["title"],
        opens_on=opens_on,
        closes_on=closes_on,
        status=RoundStatus.SUBMITTED if submitted else RoundStatus.OPEN,
        submitted_at=_aware(submitted) if submitted else None,
        opened_by=coordinator,
        created_at=_aware(opens_on, 9),
    )
    round.interventions.set([interventions[key] for key in row.get("interventions", [])])
    RoundEvent.objects.create(round=round, kind="opened", by=coordinator, at=_aware(opens_on, 9))
    language = {"FR": "fr", "DE": "de"}.get(agency.country.code, "en")
    for person in sorted(agency.members, key=lambda p: p.email):
        response = Response.objects.create(
            round=round,
            respondent=person,
            language=language,
            invited_by=coordinator,
            invited_at=_aware(opens_on, 9),
        )
        mine = answers.get(person, {})
        Answer.objects.bulk_create(
            Answer(
                response=response,
                statement=statement,
                level=None if level == "dk" else level,
                dont_know=level == "dk",
            )
            for statement, level in mine.items()
        )
        if mine:
            Response.objects.filter(pk=response.pk).update(
                updated_at=_aware(opens_on + datetime.timedelta(days=3)),
                completed_at=_aware(closes_on, 16) if submitted else None,
            )
    ConsensusScore.objects.bulk_create(
        ConsensusScore(
            round=round,
            statement=statement,
            level=None if level == "dk" else level,
            dont_know=level == "dk",
            recorded_by=coordinator,
        )
        for statement, level in consensus.items()
    )
    if submitted:
        for kind, day in (("closed", closes_on), ("submitted", submitted)):
            RoundEvent.objects.create(round=round, kind=kind, by=coordinator, at=_aware(day, 17))
    log("assessment round")
    return round


def load_rounds(agencies, frameworks, interventions, log):
    for row in _yaml("rounds.yaml"):
        agency = agencies[row["agency"]]
        framework = frameworks[row["framework"]]
        if AssessmentRound.objects.filter(agency=agency, title=row["title"]).exists():
            continue
        rng = random.Random(row["seed"])
        members = sorted(agency.members, key=lambda p: p.email)
        if "answered" in row:
            respondents = [p for p in members if p.email in row["answered"]]
            answers = _answers(
                framework,
                respondents,
                row["profile"],
                float(row["spread"]),
                rng,
                float(row.get("partial", 1)),
            )
            _store_round(agency, framework, row, answers, {}, None, interventions, log)
            continue
        answers = _answers(framework, members, row["profile"], float(row["spread"]), rng)
        _store_round(
            agency,
            framework,
            row,
            answers,
            _consensus(answers),
            row["submitted"],
            interventions,
            log,
        )
        follow = row.get("follow_up")
        if follow:
            profile = {
                code: float(row["profile"].get(code, row["profile"]["default"]))
                + float(follow["gain"].get(code, follow["gain"]["default"]))
                for code in set(row["profile"]) | set(follow["gain"])
            }
            answers = _answers(framework, members, profile, float(row["spread"]), rng)
            _store_round(
                agency,
                framework,
                {**row, **follow, "stage": RoundStage.FOLLOW_UP},
                answers,
                _consensus(answers),
                follow["submitted"],
                interventions,
                log,
            )


# Learning partnerships


def load_partnerships(agencies, log):
    from members.demo import verified_account

    data = _yaml("partnerships.yaml")
    for email, first, last in data["outside_people"]:
        verified_account(email, first, last, log)
    partnerships = {}
    for row in data["partnerships"]:
        agency = agencies[row["agency"]]
        partnership = LearningPartnership.objects.filter(agency=agency, name=row["name"]).first()
        if partnership is None:
            partnership = LearningPartnership.objects.create(
                agency=agency,
                name=row["name"],
                purpose=" ".join(row["purpose"].split()),
                started_on=_date(row["started_on"]),
            )
            for order, (email, role, organisation) in enumerate(row["people"]):
                PartnershipMember.objects.create(
                    partnership=partnership,
                    person=_user(email),
                    role=role,
                    organisation=organisation,
                    sort_order=order,
                )
            log("learning partnership")
        partnerships[row["key"]] = partnership
    for page in read_pages(DATA / "log"):
        partnership = partnerships[page["partnership"]]
        if LogEntry.objects.filter(partnership=partnership, title=page["title"]).exists():
            continue
        sections = page.sections(("what_was_tried", "what_was_learned"), ("what_happens_next",))
        day = _date(page["date"])
        written = _aware(day, 18)
        entry = LogEntry.objects.create(
            partnership=partnership,
            happened_on=day,
            title=page["title"],
            tried=plain_text(sections["what_was_tried"]),
            learned=plain_text(sections["what_was_learned"]),
            next_steps=plain_text(sections.get("what_happens_next", "")),
            took_part=page.get("took_part", ""),
            author=_user(page["author"]),
            created_at=written,
        )
        for hours, (email, text) in enumerate(page.get("comments") or [], start=1):
            LogComment.objects.create(
                entry=entry,
                author=_user(email),
                text=text,
                created_at=written + datetime.timedelta(hours=hours * 5),
            )
        log("learning log entry")


def draft_case_study(interventions, log):
    """The demo's case study drafted from an intervention, as staff would in the admin."""
    from cms.evidence import can_draft_case_studies

    from ..casestudy import start_case_study

    intervention = interventions["lyon-action-learning"]
    if not can_draft_case_studies():
        return
    from wagtail.models import Page

    if Page.objects.filter(title=intervention.title, live=False).exists():
        return
    start_case_study(intervention, _user("researcher@praxis.example"))
    log("case study drafted from an intervention")


def load(home, terms, log):
    """The whole demo of the development work (``home`` unused: no pages of its own)."""
    frameworks = {
        data["slug"]: load_framework(data, log)
        for data in (_yaml(f"frameworks/{name}") for name in ("caf.yaml", "strategic-renewal.yaml"))
    }
    translate_frameworks(frameworks, log)
    agencies = load_agencies(terms, log)
    interventions = load_interventions(agencies, terms, log)
    load_rounds(agencies, frameworks, interventions, log)
    load_partnerships(agencies, log)
    draft_case_study(interventions, log)
