"""A member downloads their data and deletes their account; what they published stays."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from members.models import Membership

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
    assert client.get(reverse("my_account")).status_code == 302


def test_staff_accounts_are_not_self_deleted(world, client):
    client.post(reverse("account_login"), {"login": world.staff.email, "password": PASSWORD})
    response = client.get(reverse("delete_my_account"))
    client.post(response["Location"], {"password": PASSWORD})
    assert client.post(reverse("delete_my_account"), {"confirm": "on"}).status_code == 403
    assert type(world.staff).objects.filter(pk=world.staff.pk).exists()
