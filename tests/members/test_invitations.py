"""Invitations: a signed link, valid 14 days, used once; clear pages when it is not."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.models import Invitation, Membership

from .factories import PASSWORD, AgencyFactory, MembershipFactory, verified_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency(home):
    return AgencyFactory(name="Ville de Lyon")


@pytest.fixture
def coordinator(agency):
    user = verified_user("coordinator@lyon.example")
    MembershipFactory(user=user, agency=agency, role=Membership.Role.COORDINATOR)
    return user


def invite(client, agency, email="new.colleague@lyon.example", role="member"):
    return client.post(
        reverse("invite_to_agency", args=[agency.pk]), {"email": email, "role": role}
    )


def emailed_link():
    return re.search(r"http://testserver(/\S+)", mail.outbox[-1].body).group(1)


def test_coordinator_invites_and_invitee_signs_up_and_joins(client, agency, coordinator):
    client.force_login(coordinator)
    assert invite(client, agency).status_code == 302
    assert mail.outbox[-1].to == ["new.colleague@lyon.example"]
    assert "Ville de Lyon" in mail.outbox[-1].subject
    link = emailed_link()
    client.logout()

    response = client.get(link)
    assert response.status_code == 200
    assert "Create your account" in response.text
    # Following the link proved the address: no confirmation email needed.
    response = client.post(
        reverse("account_signup") + f"?next={link}",
        {"email": "new.colleague@lyon.example", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response["Location"] == link
    response = client.post(link)
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="new.colleague@lyon.example")
    assert membership.agency == agency and membership.role == "member"
    assert membership.user.groups.filter(pk=agency.group_id).exists()


def test_existing_account_signs_in_and_joins(client, agency, coordinator):
    colleague = verified_user("existing@lyon.example")
    invitation = Invitation.objects.create(agency=agency, email=colleague.email)
    link = reverse("invitation", args=[invitation.token])
    assert "Sign in to accept" in client.get(link).text
    client.post(reverse("account_login"), {"login": colleague.email, "password": PASSWORD})
    client.post(link)
    assert Membership.objects.filter(user=colleague, agency=agency).exists()


def test_link_is_single_use(client, agency):
    colleague = verified_user("once@lyon.example")
    invitation = Invitation.objects.create(agency=agency, email=colleague.email)
    link = reverse("invitation", args=[invitation.token])
    client.force_login(colleague)
    client.post(link)
    response = client.post(link)
    assert response.status_code == 410
    assert "already been used" in response.text
    assert Membership.objects.filter(user=colleague).count() == 1


def test_expired_link_gets_a_clear_page(client, agency):
    invitation = Invitation.objects.create(agency=agency, email="late@lyon.example")
    link = reverse("invitation", args=[invitation.token])
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=15)
    )
    response = client.get(link)
    assert response.status_code == 410
    assert "This invitation has expired" in response.text


def test_expired_signature_gets_a_clear_page(client, agency, settings):
    invitation = Invitation.objects.create(agency=agency, email="late@lyon.example")
    settings.INVITATION_MAX_AGE_DAYS = -1
    response = client.get(reverse("invitation", args=[invitation.token]))
    assert response.status_code == 410
    assert "This invitation has expired" in response.text


def test_tampered_link_gets_a_clear_page(client, agency):
    invitation = Invitation.objects.create(agency=agency, email="someone@lyon.example")
    token = invitation.token
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = client.get(reverse("invitation", args=[tampered]))
    assert response.status_code == 404
    assert "not valid" in response.text
    assert "Traceback" not in response.text


def test_invitation_for_another_address_is_refused(client, agency):
    invitation = Invitation.objects.create(agency=agency, email="intended@lyon.example")
    intruder = verified_user("forwarded@elsewhere.example")
    client.force_login(intruder)
    response = client.post(reverse("invitation", args=[invitation.token]))
    assert response.status_code == 403
    assert not Membership.objects.filter(user=intruder).exists()


def test_inviting_an_existing_member_duplicates_nothing(client, agency, coordinator):
    member = verified_user("already@lyon.example")
    MembershipFactory(user=member, agency=agency)
    client.force_login(coordinator)
    response = invite(client, agency, email="already@lyon.example")
    assert response.status_code == 200
    assert "already a member" in response.text
    assert 'value="already@lyon.example"' in response.text  # input kept
    assert not Invitation.objects.exists()
    assert not mail.outbox
    # Inviting the same new address twice sends the same invitation again.
    invite(client, agency)
    invite(client, agency)
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 2


def test_accepting_as_an_existing_member_keeps_one_membership(client, agency):
    member = verified_user("twice@lyon.example")
    MembershipFactory(user=member, agency=agency)
    invitation = Invitation.objects.create(agency=agency, email=member.email)
    client.force_login(member)
    client.post(reverse("invitation", args=[invitation.token]))
    assert Membership.objects.filter(user=member, agency=agency).count() == 1


def test_only_coordinators_and_staff_invite(client, agency):
    member = verified_user("plain@lyon.example")
    MembershipFactory(user=member, agency=agency)
    client.force_login(member)
    assert invite(client, agency).status_code == 403
    assert not Invitation.objects.exists()


def test_staff_invite_from_the_admin(client, agency):
    from tests.factories import UserFactory

    admin = UserFactory(email="admin@praxis.example", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        reverse("wagtailsnippets_members_invitation:add"),
        {"agency": agency.pk, "email": "From.Admin@lyon.example", "role": "coordinator"},
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "from.admin@lyon.example"
    assert invitation.invited_by == admin
    assert mail.outbox[-1].to == ["from.admin@lyon.example"]


def test_inviting_a_pending_address_again_from_the_admin_resends_it(client, agency):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="admin@praxis.example", is_superuser=True, is_staff=True))
    for email in ("colleague@lyon.example", "Colleague@Lyon.example"):
        response = client.post(
            reverse("wagtailsnippets_members_invitation:add"),
            {"agency": agency.pk, "email": email, "role": "member"},
        )
        assert response.status_code == 302
    assert Invitation.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["colleague@lyon.example"]] * 2
