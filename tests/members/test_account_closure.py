"""Closing an account acts on the person's own data only: their account and verified addresses.

An address added to an account but never confirmed may be anyone's: it must
never let the account's holder cancel, erase or delete what belongs to that
address (issue 15, item 1).
"""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from members.models import Invitation

from .factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def close_through_the_site(client, user):
    sign_in(client, user)
    response = client.get(reverse("delete_my_account"))
    client.post(response["Location"], {"password": PASSWORD})
    assert client.post(reverse("delete_my_account"), {"confirm": "on"}).status_code == 302
    assert not type(user).objects.filter(pk=user.pk).exists()


@pytest.fixture
def event(world):
    from tests.events import factories

    index = factories.EventIndexPageFactory(parent=world.home)
    return factories.EventPageFactory(parent=index, title="Renewal 2027", capacity=1)


def test_an_unverified_address_gives_no_power_over_its_registrations_and_invitations(
    world, client, event
):
    """Add someone else's address to your account, delete the account: their data stays."""
    from events.models import Registration
    from tests.events import factories

    victims_place = factories.RegistrationFactory(
        event=event, email="victim@example.org", first_name="Vera", dietary_needs="Vegan"
    )
    victims_invitation = Invitation.objects.create(
        agency=world.spaces["A"].agency, email="victim@example.org"
    )
    attacker = world.member_a
    sign_in(client, attacker)
    client.post(reverse("account_email"), {"action_add": "", "email": "victim@example.org"})
    added = EmailAddress.objects.get(user=attacker, email="victim@example.org")
    assert not added.verified
    client.logout()
    mail.outbox.clear()

    close_through_the_site(client, attacker)

    victims_place.refresh_from_db()
    assert victims_place.status == Registration.Status.CONFIRMED
    assert (victims_place.email, victims_place.first_name, victims_place.dietary_needs) == (
        "victim@example.org",
        "Vera",
        "Vegan",
    )
    assert victims_place.anonymised_at is None
    assert Invitation.objects.filter(pk=victims_invitation.pk).exists()
    assert not [m for m in mail.outbox if "victim@example.org" in m.to]


def test_a_verified_second_address_is_the_person(world, client, event):
    """Registrations and invitations under a confirmed address of theirs go with the account."""
    from events.models import Registration
    from tests.events import factories

    member = world.member_a
    EmailAddress.objects.create(user=member, email="anna.private@example.org", verified=True)
    theirs = factories.RegistrationFactory(
        event=event, email="anna.private@example.org", first_name="Anna"
    )
    waiting = factories.RegistrationFactory(
        event=event, status=Registration.Status.WAITING, confirmed_at=None
    )
    invitation = Invitation.objects.create(
        agency=world.spaces["B"].agency, email="anna.private@example.org"
    )

    close_through_the_site(client, member)

    theirs.refresh_from_db()
    waiting.refresh_from_db()
    assert theirs.email == "" and theirs.first_name == "" and theirs.anonymised_at is not None
    assert theirs.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED  # the place went to the waiting list
    assert not Invitation.objects.filter(pk=invitation.pk).exists()


def test_a_registration_made_for_someone_else_only_loses_its_link_to_the_account(
    world, client, event
):
    """One made from the account for an address the account never proved is that person's."""
    from tests.events import factories

    member = world.member_a
    colleagues = factories.RegistrationFactory(
        event=event, user=member, email="colleague@example.org", first_name="Colin"
    )

    close_through_the_site(client, member)

    colleagues.refresh_from_db()
    assert colleagues.user is None
    assert (colleagues.email, colleagues.first_name, colleagues.status) == (
        "colleague@example.org",
        "Colin",
        "confirmed",
    )
