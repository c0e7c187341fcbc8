"""The demo's members' area: three agencies, their spaces, documents and people, once."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from wagtail.documents import get_document_model

from cms.demo import DEMO_PASSWORD
from members.demo import agencies
from members.demo import load as load_members
from members.models import Agency, AgencySpacePage, MembersAreaPage, Membership
from tests.factories import CountryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(home):
    countries = {code: CountryFactory(code=code, name=code) for code in ("FR", "DE", "NO")}
    return {"country": countries, "sector": {}, "level": {}}


def test_demo_members_area_is_complete_and_loads_once(home, terms, client):
    created = []
    load_members(home, terms, created.append)
    assert Agency.objects.participating().count() == 3
    assert Agency.objects.values("country").distinct().count() == 3
    assert AgencySpacePage.objects.live().count() == 3
    assert MembersAreaPage.objects.live().count() == 1
    for agency in Agency.objects.all():
        assert agency.memberships.filter(role="coordinator").exists()
        assert agency.memberships.filter(role="member").exists()
        assert get_document_model().objects.filter(collection=agency.collection).exists()
    email = agencies()[0]["members"][0]["email"]
    assert EmailAddress.objects.filter(email=email, verified=True, primary=True).exists()
    response = client.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200
    # The space's photo is shown to its members from private storage only.
    space = AgencySpacePage.objects.get(agency__memberships__user__email=email)
    html = client.get(space.url).text
    photo_url = re.search(r'<img[^>]+src="(/private-media/[^"]+)"', html).group(1)
    assert client.get(photo_url).status_code == 200
    client.logout()
    assert client.get(photo_url).status_code == 302

    before = len(created), Membership.objects.count()
    again = []
    load_members(home, terms, again.append)
    assert again == [] and Membership.objects.count() == before[1]


def test_seed_demo_loads_the_members_area(home):
    call_command("seed_demo", verbosity=0)
    # The members' demo's three agencies (the development work's demo adds more).
    assert Agency.objects.filter(name__in=[row["name"] for row in agencies()]).count() == 3
    assert EmailAddress.objects.filter(email="admin@praxis.example", verified=True).exists()
