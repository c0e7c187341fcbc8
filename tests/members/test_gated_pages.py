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


def test_members_pages_are_never_kept_by_shared_caches(world, client):
    client.force_login(world.member_a)
    for url in (world.members_area.url, world.spaces["A"].page.url, reverse("my_account")):
        response = client.get(url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]


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


@pytest.fixture
def superuser(db):
    from tests.factories import UserFactory

    return UserFactory(email="root@praxis.example", is_superuser=True, is_staff=True)


def test_page_privacy_dialog_in_the_admin_cannot_open_a_space(
    world, client, superuser, django_capture_on_commit_callbacks
):
    space = world.spaces["A"].page
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:set_privacy", args=[space.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"restriction_type": "none"})
    assert response.status_code == 200
    assert groups_of(space) == {world.spaces["A"].agency.group.name, STAFF_GROUP}
    client.logout()
    assert client.get(space.url).status_code == 302  # still sent to sign in


def test_collection_privacy_dialog_cannot_make_agency_documents_public(
    world, client, superuser, django_capture_on_commit_callbacks
):
    space = world.spaces["A"]
    collection = space.agency.collection
    client.force_login(superuser)
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    for data in ({"restriction_type": "none"}, {"restriction_type": "login"}):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data)
        assert response.status_code == 200
        restriction = collection.get_view_restrictions().get()
        assert restriction.restriction_type == "groups"
        assert set(restriction.groups.values_list("name", flat=True)) == {
            space.agency.group.name,
            STAFF_GROUP,
        }
    space.document.refresh_from_db()
    assert space.document.file.name.startswith("private/")
    client.logout()
    client.force_login(world.member_b)
    assert client.get(space.document.url).status_code == 403


def test_staff_manage_agencies_and_memberships_in_the_admin(world, client):
    from members.models import Agency

    # Consortium staff (not superusers) run agencies from the admin.
    assert not world.staff.is_superuser
    client.force_login(world.staff)
    assert client.get(reverse("wagtailsnippets_members_agency:list")).status_code == 200
    response = client.post(
        reverse("wagtailsnippets_members_agency:add"),
        {
            "name": "Comune di Bologna",
            "country": world.spaces["A"].agency.country.pk,
            "status": "participating",
            "website": "https://www.comune.bologna.it/",
            "email_domains": "comune.bologna.example",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    agency = Agency.objects.get(name="Comune di Bologna")
    assert agency.group.name == "Agency: Comune di Bologna"
    assert agency.collection.get_view_restrictions().get().restriction_type == "groups"

    # A bad domain is refused beside the field; the input is kept.
    response = client.post(
        reverse("wagtailsnippets_members_agency:edit", args=[agency.pk]),
        {
            "name": "Comune di Bologna",
            "country": agency.country_id,
            "status": "participating",
            "email_domains": "not a domain",
        },
    )
    assert response.status_code == 200
    assert "is not an email domain" in response.text
    agency.refresh_from_db()
    assert agency.email_domains == "comune.bologna.example"

    space = AgencySpacePageFactory(parent=world.members_area, agency=agency, slug="bologna")
    person = verified_user("giulia@comune.bologna.example")
    response = client.post(
        reverse("wagtailsnippets_members_membership:add"),
        {"user": person.pk, "agency": agency.pk, "role": "member", "since": "2026-01-15"},
    )
    assert response.status_code == 302, response.content[:3000]
    membership = Membership.objects.get(user=person, agency=agency)
    member = type(person).objects.get(pk=person.pk)
    assert member.groups.filter(pk=agency.group_id).exists()
    visitor = type(client)()
    visitor.force_login(member)
    assert visitor.get(space.url).status_code == 200

    response = client.post(
        reverse("wagtailsnippets_members_membership:delete", args=[membership.pk])
    )
    assert response.status_code == 302
    assert visitor.get(space.url).status_code == 403  # the open session loses access at once


def test_dashboard_lists_upcoming_members_only_events(world, client):
    """With the events app: members-only events coming up; not public or past ones."""
    factories = pytest.importorskip("tests.events.factories")
    index = factories.EventIndexPageFactory(parent=world.home)
    factories.EventPageFactory(parent=index, title="Learning set retreat", audience="members")
    factories.EventPageFactory(
        parent=index,
        title="Last year's retreat",
        audience="members",
        start=factories.days_from_now(-400),
    )
    factories.EventPageFactory(parent=index, title="Open conference", audience="public")
    client.force_login(world.member_a)
    text = client.get(world.members_area.url).text
    assert "Members-only events" in text
    assert "Learning set retreat" in text
    assert "Last year's retreat" not in text
    assert "Open conference" not in text


def test_an_agency_has_one_space(world, client, superuser):
    agency = world.spaces["A"].agency
    client.force_login(superuser)
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["members", "agencyspacepage", world.members_area.pk],
        ),
        {
            "title": "A second space",
            "slug": "second-space",
            "agency": agency.pk,
            "intro": "",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 200
    assert "Agency A already has a space." in response.text
    assert 'value="A second space"' in response.text  # input kept
    assert agency.spaces.count() == 1
