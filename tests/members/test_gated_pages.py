"""Gated pages: restrictions set and kept, sign-in and back, a clear 403 for non-members."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from members.models import MEMBERS_GROUP, STAFF_GROUP, Membership

from .factories import PASSWORD, AgencyFactory, AgencySpacePageFactory, verified_user

pytestmark = pytest.mark.django_db


def groups_of(page):
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    return set(restriction.groups.values_list("name", flat=True))


def test_members_area_and_spaces_are_restricted_on_creation(world):
    assert groups_of(world.members_area) == {MEMBERS_GROUP, STAFF_GROUP}
    space = world.spaces["A"]
    assert groups_of(space.page) == {space.agency.group.name, STAFF_GROUP}


def test_each_agency_has_a_group_and_a_private_collection(world):
    agency = world.spaces["A"].agency
    assert agency.group.name == "Agency: Agency A"
    restriction = agency.collection.get_view_restrictions().get()
    assert set(restriction.groups.values_list("name", flat=True)) == {
        agency.group.name,
        STAFF_GROUP,
    }


def test_saving_or_publishing_reapplies_a_removed_restriction(world):
    space = world.spaces["A"].page
    PageViewRestriction.objects.filter(page=space).delete()
    space.save_revision().publish()
    assert groups_of(space) == {world.spaces["A"].agency.group.name, STAFF_GROUP}


def test_privacy_dialog_cannot_open_a_space(world, django_capture_on_commit_callbacks):
    space = world.spaces["A"].page
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=space).delete()
    assert groups_of(space) == {world.spaces["A"].agency.group.name, STAFF_GROUP}
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.get(page=space)
        restriction.groups.add(Group.objects.create(name="Everyone I like"))
    assert "Everyone I like" not in groups_of(space)


def test_anonymous_visitors_sign_in_and_come_back(world, client):
    url = world.spaces["A"].page.url
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"
    response = client.post(
        response["Location"], {"login": world.member_a.email, "password": PASSWORD}
    )
    assert response["Location"] == url
    assert "SECRET-A-INTRO" in client.get(url).text


def test_signed_in_non_member_gets_a_clear_403(world, client):
    client.force_login(world.member_b)
    response = client.get(world.spaces["A"].page.url)
    assert response.status_code == 403
    assert "You are not a member of Agency A" in response.text
    assert "SECRET-A" not in response.text
    assert "no-store" in response["Cache-Control"]


def test_signed_in_user_without_agency_gets_403_on_members_area(world, client):
    client.force_login(verified_user("nobody@example.org"))
    response = client.get(world.members_area.url)
    assert response.status_code == 403
    assert "This area is for members" in response.text


def test_staff_see_every_space(world, client):
    client.force_login(world.staff)
    for space in world.spaces.values():
        assert client.get(space.page.url).status_code == 200


def test_dashboard_lists_own_agencies_spaces_and_documents(world, client):
    client.force_login(world.member_b)
    text = client.get(world.members_area.url).text
    assert "Agency B" in text and "coordinator" in text
    assert "SECRET-B-SPACE" in text and "SECRET-B-DOC" in text
    assert "SECRET-A" not in text


def test_a_member_of_two_agencies_sees_both(world, client):
    Membership.objects.create(user=world.member_a, agency=world.spaces["B"].agency)
    client.force_login(world.member_a)
    for space in world.spaces.values():
        assert client.get(space.page.url).status_code == 200


def test_changing_a_spaces_agency_moves_its_restriction(world):
    other = AgencyFactory(name="Agency C")
    space = world.spaces["A"].page
    space.agency = other
    space.save_revision().publish()
    assert groups_of(space) == {other.group.name, STAFF_GROUP}


def test_new_space_in_admin_is_restricted(world, client):
    from tests.factories import UserFactory

    admin = UserFactory(email="admin@praxis.example", is_superuser=True, is_staff=True)
    agency = AgencyFactory(name="Agency D")
    client.force_login(admin)
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["members", "agencyspacepage", world.members_area.pk],
        ),
        {
            "title": "Agency D's space",
            "slug": "agency-d",
            "agency": agency.pk,
            "intro": "",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    space = agency.spaces.get()
    assert groups_of(space) == {agency.group.name, STAFF_GROUP}


def test_space_factory_defaults(world):
    space = AgencySpacePageFactory(parent=world.members_area, slug="extra")
    assert groups_of(space) == {space.agency.group.name, STAFF_GROUP}
