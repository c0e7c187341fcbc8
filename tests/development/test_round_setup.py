"""Opening a round with its linked interventions, and inviting more members once it is open."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from development.models import AssessmentRound, Response

from .factories import InterventionFactory, RoundFactory, answer_round

pytestmark = pytest.mark.django_db


def test_a_round_links_the_agencys_own_interventions_only(people, client):
    ours = InterventionFactory(agency=people.agency, title="Coaching for directors")
    theirs = InterventionFactory(agency=people.other_agency, title="Sachsen OD programme")
    today = timezone.localdate()
    data = {
        "framework": people.framework.pk,
        "stage": "baseline",
        "title": "Spring baseline",
        "opens_on": today.isoformat(),
        "closes_on": (today + datetime.timedelta(days=14)).isoformat(),
        "interventions": [ours.pk, theirs.pk],
        "invite": [people.member.pk],
    }
    client.force_login(people.coordinator)
    new = reverse("development:new_round", args=[people.agency.pk])
    form = client.get(new).text
    assert "Coaching for directors" in form and "Sachsen OD programme" not in form
    refused = client.post(new, data)
    assert refused.status_code == 400
    assert "Select a valid choice" in refused.text
    assert 'value="Spring baseline"' in refused.text
    assert not AssessmentRound.objects.exists()

    data["interventions"] = [ours.pk]
    assert client.post(new, data).status_code == 302
    round = AssessmentRound.objects.get()
    assert list(round.interventions.all()) == [ours]
    page = client.get(reverse("development:intervention", args=[people.agency.pk, ours.pk]))
    assert "Spring baseline" in page.text  # the intervention lists the round linked to it


def test_the_coordinator_invites_more_members_of_the_agency_only(people, client):
    round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(round, {people.coordinator: {}})
    invite = reverse("development:invite", args=[people.agency.pk, round.pk])

    client.force_login(people.member)  # a member does not invite
    assert client.post(invite, {"people": [people.member.pk]}).status_code == 404

    client.force_login(people.coordinator)
    outsider = client.post(invite, {"people": [people.outsider.pk]}, follow=True)
    assert "Select a valid choice" in outsider.text
    assert not Response.objects.filter(respondent=people.outsider).exists()
    assert mail.outbox == []

    invited = client.post(invite, {"people": [people.member.pk]}, follow=True)
    assert "1 person invited." in invited.text
    assert Response.objects.filter(round=round, respondent=people.member).exists()
    assert [m.to for m in mail.outbox] == [["yves@lyon.example"]]
    # Already invited: not offered again, not mailed twice.
    again = client.post(invite, {"people": [people.member.pk]}, follow=True)
    assert "Select a valid choice" in again.text
    assert len(mail.outbox) == 1
