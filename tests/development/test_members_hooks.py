"""What the development work answers to members: account closing, the data export, the dashboard."""

import json
from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.urls import reverse

from development import receivers
from development.models import (
    Answer,
    ConsensusScore,
    LogComment,
    LogEntry,
    PartnershipMember,
    Response,
)
from development.results import FrameworkText, results_of
from tests.members.test_data_export import models_with_personal_data, rows_about

from .factories import (
    InterventionFactory,
    LogEntryFactory,
    RoundFactory,
    answer_round,
    statements_of,
)
from .personal_data_rows import ROWS

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributions(people):
    statements = statements_of(people.framework)
    submitted = RoundFactory(agency=people.agency, framework=people.framework, title="Done")
    answer_round(
        submitted,
        {people.coordinator: {s: 3 for s in statements}, people.member: {s: 1 for s in statements}},
        {s: 2 for s in statements},
        submit=True,
    )
    Answer.objects.filter(response__respondent=people.coordinator).update(note="My own note")
    waiting = RoundFactory(agency=people.agency, framework=people.framework, title="Waiting")
    answer_round(waiting, {people.coordinator: {}})
    entry = LogEntryFactory(
        partnership=people.partnership, author=people.coordinator, title="My entry"
    )
    LogComment.objects.create(entry=entry, author=people.coordinator, text="My comment")
    return submitted, waiting


def scores(round):
    text = FrameworkText(round.framework)
    result = results_of([round], {round.framework_id: text})[round.pk]
    return [(c.score, c.individual_mean, c.respondents) for c in result.criteria]


def test_closing_an_account_unlinks_answers_and_keeps_the_agencys_scores(people, contributions):
    submitted, waiting = contributions
    before = scores(submitted)
    receivers.account_closing(sender=type(people.coordinator), user=people.coordinator)
    assert not Response.objects.filter(respondent=people.coordinator).exists()
    # The answers stay, anonymous; the unanswered invitation goes.
    assert Response.objects.filter(round=submitted, respondent__isnull=True).count() == 1
    assert not Response.objects.filter(round=waiting).exists()
    assert Answer.objects.filter(note="My own note").count() == 4
    assert ConsensusScore.objects.filter(round=submitted).count() == 4
    assert scores(submitted) == before
    assert LogEntry.objects.get(title="My entry").author is None
    assert LogComment.objects.get().author is None
    assert not PartnershipMember.objects.filter(person=people.coordinator).exists()


def test_the_account_can_then_be_deleted_with_the_agencys_scores_intact(people, contributions):
    submitted, _ = contributions
    before = scores(submitted)
    receivers.account_closing(sender=type(people.member), user=people.member)
    people.member.close_account()
    assert scores(submitted) == before


def test_closing_leaves_no_row_of_the_development_work_linked_to_the_person(people, home):
    """Closure covers every model here that stores an account, not only the ones it knew."""
    person = SimpleNamespace(user=people.member, agency=people.agency, home=home)
    for build in ROWS.values():
        build(person)
    ours = [m for m in models_with_personal_data() if m._meta.app_label == "development"]
    assert sorted(m._meta.label for m in ours) == sorted(ROWS)
    emails = people.member.verified_emails()
    assert all(rows_about(model, people.member, emails).exists() for model in ours)

    receivers.account_closing(sender=type(people.member), user=people.member)

    left = [m._meta.label for m in ours if rows_about(m, people.member, emails).exists()]
    assert not left, f"closing leaves these linked to the person: {left}"
    # What they contributed to the agency's work stays, without them.
    assert Answer.objects.filter(note="Our team leaders meet monthly.").exists()
    assert ConsensusScore.objects.filter(note="Agreed after debate").exists()


def test_the_data_export_has_the_persons_answers_notes_entries_and_comments(people, contributions):
    data = receivers.personal_data(people.coordinator, [people.coordinator.email])
    json.dumps(data)  # ready for the export
    answers = data["self_assessment_answers"]
    assert len(answers) == 4 and answers[0]["evidence_note"] == "My own note"
    assert answers[0]["agency"] == "Ville de Lyon" and answers[0]["level"] == 3
    assert data["learning_log_entries"][0]["title"] == "My entry"
    assert data["learning_log_comments"][0]["comment"] == "My comment"
    assert data["learning_partnerships"][0]["role"] == "public-manager"
    # Nobody else's answers.
    others = receivers.personal_data(people.member, [people.member.email])
    assert all(a["level"] == 1 for a in others["self_assessment_answers"])


def test_the_dashboard_panel_shows_only_the_persons_own_agencies(people, contributions, client):
    from django.template.loader import render_to_string

    InterventionFactory(agency=people.agency, title="Coaching SECRET-LYON")
    factory = RequestFactory()

    def panel_for(user):
        request = factory.get("/en/members/")
        request.user = user
        panel = receivers.dashboard_panel(request, list(user.memberships.select_related("agency")))
        if panel is None:
            return ""
        template, context = panel
        return render_to_string(template, context, request=request)

    mine = panel_for(people.coordinator)
    assert "Coaching SECRET-LYON" in mine and "Waiting" in mine
    assert reverse("development:results", args=[people.agency.pk]) in mine
    assert panel_for(people.outsider) == ""
    assert panel_for(people.consultant) == ""
