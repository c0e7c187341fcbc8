"""An address someone added to their account without confirming it is not theirs.

Nobody can squat another person's address by adding it, unconfirmed, to their
own account: its owner still signs up with it, follows an invitation sent to
it, and is told the truth about whether they have an account (the same class
of defect as issue 15, item 1).
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from members.models import Invitation, Membership

from .factories import PASSWORD, AgencyFactory, verified_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def squatter(home):
    user = verified_user("squatter@example.org")
    EmailAddress.objects.create(user=user, email="owner@example.org", verified=False)
    return user


def link_in(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_the_owner_signs_up_with_an_address_someone_else_added(client, squatter):
    response = client.post(
        reverse("account_signup"),
        {"email": "owner@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["owner@example.org"]
    client.post(link_in(message))  # the owner proves the address
    owner = EmailAddress.objects.get(email="owner@example.org", verified=True).user
    assert owner != squatter
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "owner@example.org", "password": PASSWORD}
    )
    assert response["Location"] == reverse("my_account")
    assert client.get(reverse("my_account")).context["request"].user == owner


def test_an_invitation_to_a_squatted_address_still_lets_its_owner_join(client, squatter):
    agency = AgencyFactory(name="Ville de Lyon")
    invitation = Invitation.objects.create(agency=agency, email="owner@example.org")
    link = reverse("invitation", args=[invitation.token])
    response = client.get(link)
    assert "Create your account" in response.text  # not "sign in": they have no account
    response = client.post(
        reverse("account_signup") + f"?next={link}",
        {"email": "owner@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response["Location"] == link
    client.post(link)
    membership = Membership.objects.get(agency=agency)
    assert membership.user != squatter and membership.user.email == "owner@example.org"


def test_confirming_an_address_ends_other_accounts_claims_to_it(client, squatter):
    owner = verified_user("owner.at.home@example.org")
    client.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    client.post(reverse("account_email"), {"action_add": "", "email": "owner@example.org"})
    confirmation = next(m for m in mail.outbox if m.to == ["owner@example.org"])
    client.post(link_in(confirmation))
    assert EmailAddress.objects.get(email="owner@example.org", verified=True).user == owner
    assert not EmailAddress.objects.filter(user=squatter, email="owner@example.org").exists()
    assert owner.verified_emails() == ["owner@example.org"]  # a change of address
