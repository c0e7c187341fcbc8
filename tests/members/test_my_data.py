"""A member downloads their data and deletes their account; what they published stays."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from wagtail.models import Page

from members.models import Invitation, Membership

from .factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_data_export_is_the_members_own_data(world, client):
    client.force_login(world.member_a)
    response = client.get(reverse("export_my_data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "member.a@example.org"
    assert [m["agency"] for m in data["memberships"]] == ["Agency A"]
    assert data["email_addresses"] == [
        {"email": "member.a@example.org", "verified": True, "primary": True}
    ]
    assert "member.b@example.org" not in response.text


def test_deleting_an_account_keeps_what_they_published(world, client):
    user = world.member_a
    page = world.spaces["A"].child_page
    Page.objects.filter(pk=page.pk).update(owner=user)
    document = world.spaces["A"].document
    type(document).objects.filter(pk=document.pk).update(uploaded_by_user=user)
    revision = page.save_revision(user=user)
    # The invitation that brought them in names their address: it goes too.
    Invitation.objects.create(
        agency=world.spaces["A"].agency,
        email=user.email,
        accepted_by=user,
        accepted_at=page.first_published_at,
    )
    other_invitation = Invitation.objects.create(
        agency=world.spaces["A"].agency, email="someone.else@example.org", invited_by=user
    )
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.get(reverse("delete_my_account"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})
    response = client.post(reverse("delete_my_account"), {})
    assert response.status_code == 200  # the box must be ticked
    assert "Tick the box" in response.text
    response = client.post(reverse("delete_my_account"), {"confirm": "on"})
    assert response.status_code == 302
    assert not type(user).objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(user_id=user.pk).exists()
    page.refresh_from_db()
    assert page.owner is None  # the page stays, without an owner
    revision.refresh_from_db()
    assert revision.user is None
    document.refresh_from_db()
    assert document.uploaded_by_user is None
    assert not Invitation.objects.filter(email=user.email).exists()
    other_invitation.refresh_from_db()
    assert other_invitation.invited_by is None
    assert not EmailAddress.objects.filter(email=user.email).exists()
    # Nothing of theirs is left to sign in with.
    assert (
        client.post(
            reverse("account_login"), {"login": user.email, "password": PASSWORD}
        ).status_code
        == 200
    )
    assert client.get(reverse("my_account")).status_code == 302


def test_staff_accounts_are_not_self_deleted(world, client):
    client.post(reverse("account_login"), {"login": world.staff.email, "password": PASSWORD})
    response = client.get(reverse("delete_my_account"))
    client.post(response["Location"], {"password": PASSWORD})
    assert client.post(reverse("delete_my_account"), {"confirm": "on"}).status_code == 403
    assert type(world.staff).objects.filter(pk=world.staff.pk).exists()


def test_data_export_includes_event_registrations(world, client):
    """With the events app: the member's registrations are part of their data."""
    from tests.events import factories

    index = factories.EventIndexPageFactory(parent=world.home)
    event = factories.EventPageFactory(parent=index, title="Praxis conference 2027")
    factories.RegistrationFactory(
        event=event, user=world.member_a, email=world.member_a.email, first_name="Anna"
    )
    factories.RegistrationFactory(event=event, email="someone.else@example.org")
    client.force_login(world.member_a)
    data = json.loads(client.get(reverse("export_my_data")).content)
    assert [(r["event"], r["first_name"]) for r in data["events"]["registrations"]] == [
        ("Praxis conference 2027", "Anna")
    ]
    assert "someone.else@example.org" not in json.dumps(data)


def test_deleting_an_account_erases_event_registrations_and_frees_the_place(world, client):
    from events.models import Registration
    from tests.events import factories

    index = factories.EventIndexPageFactory(parent=world.home)
    event = factories.EventPageFactory(parent=index, title="Praxis conference 2027", capacity=1)
    mine = factories.RegistrationFactory(
        event=event, user=world.member_a, email=world.member_a.email, first_name="Anna"
    )
    waiting = factories.RegistrationFactory(
        event=event, status=Registration.Status.WAITING, confirmed_at=None
    )
    client.post(reverse("account_login"), {"login": world.member_a.email, "password": PASSWORD})
    response = client.get(reverse("delete_my_account"))
    client.post(response["Location"], {"password": PASSWORD})
    assert client.post(reverse("delete_my_account"), {"confirm": "on"}).status_code == 302
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.email == "" and mine.first_name == "" and mine.user is None
    assert mine.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED
    assert Registration.objects.filter(event=event).count() == 2
