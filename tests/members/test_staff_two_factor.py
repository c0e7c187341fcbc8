"""Staff rights anywhere on the site need a session that passed the second factor.

Consortium staff open every agency's private pages and files; a collection
permission unlocks private images and documents; none of that may be reached
with a password alone (issue 15, item 6). Agency members need no second factor.
"""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupCollectionPermission

from members.models import staff_group

from .factories import PASSWORD, verified_user

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def sign_in(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def private_urls(world):
    space = world.spaces["A"]
    return {
        "space": space.page.url,
        "page in the space": space.child_page.url,
        "document": space.document.url,
        "image file": space.image.file.url,
        "rendition": space.rendition_url,
        "members' area": world.members_area.url,
    }


@pytest.fixture
def consortium_staff(db):
    """Staff in the consortium group only: no admin, no is_staff, every agency's content."""
    user = verified_user("consortium@example.org")
    user.groups.add(staff_group())
    return user


@pytest.mark.parametrize("who", ["is_staff", "consortium group", "collection permission"])
def test_a_password_alone_opens_nothing_private(world, client, admin_requires_2fa, who):
    if who == "is_staff":
        user = world.staff
    elif who == "consortium group":
        user = verified_user("consortium@example.org")
        user.groups.add(staff_group())
    else:
        user = verified_user("picture.editor@example.org")
        editors = Group.objects.create(name="Picture editors")
        GroupCollectionPermission.objects.create(
            group=editors,
            collection=world.spaces["A"].agency.collection,
            permission=Permission.objects.get(codename="choose_image"),
        )
        user.groups.add(editors)
    sign_in(client, user)
    for what, url in private_urls(world).items():
        response = client.get(url)
        assert response.status_code == 302, what
        assert response["Location"] == reverse("mfa_activate_totp"), what
    # Public pages too: a staff session is a two-factor session or none.
    assert client.get(world.public_guide.url)["Location"] == reverse("mfa_activate_totp")
    assert "two-factor authentication" in client.get(reverse("mfa_activate_totp"), follow=True).text


def test_with_the_second_factor_staff_open_everything(world, client, admin_requires_2fa):
    user = world.staff
    TOTP.activate(user, SECRET)
    client.force_login(user)  # a session opened without the second factor…
    response = client.get(world.spaces["B"].page.url)
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))  # …confirms a code
    client.logout()

    sign_in(client, user)
    code = format_hotp_value(hotp_value(SECRET, int(time.time()) // 30))
    client.post(reverse("mfa_authenticate"), {"code": code})
    for what, url in private_urls(world).items():
        assert client.get(url).status_code == 200, what


def test_setting_up_the_second_factor_and_signing_out_stay_open(
    world, client, admin_requires_2fa, consortium_staff
):
    sign_in(client, consortium_staff)
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert client.post(response["Location"], {"password": PASSWORD}).status_code == 302
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    assert client.get(world.spaces["B"].page.url)["Location"] == reverse("mfa_activate_totp")
    client.post(reverse("account_logout"))
    assert client.get(world.spaces["B"].page.url)["Location"].startswith(reverse("account_login"))


def test_agency_members_need_no_second_factor(world, client, admin_requires_2fa):
    sign_in(client, world.member_a)
    space = world.spaces["A"]
    for url in (space.page.url, space.document.url, space.rendition_url, world.members_area.url):
        assert client.get(url).status_code == 200
