"""People (authors) in the admin: Communications staff manage them; a bad ORCID iD is refused."""

import pytest
from django.contrib.auth.models import Group

from publications.models import Person

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/publications/person/add/"


@pytest.fixture
def comms_client(client, django_user_model, home):
    user = django_user_model.objects.create_user("comms@example.org", "pw")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return client


def test_bad_orcid_is_shown_beside_the_field_and_input_kept(comms_client):
    data = {
        "given_name": "Hannah",
        "family_name": "Hesselgreaves",
        "slug": "",
        "orcid": "0000-0002-1825-0098",
        "affiliation": "Northumbria University",
        "bio": "Researcher.",
    }
    response = comms_client.post(ADD_URL, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "check digit" in form.errors["orcid"][0]
    assert form["affiliation"].value() == "Northumbria University"
    assert not Person.objects.exists()

    data["orcid"] = "https://orcid.org/0000-0002-1825-0097"
    response = comms_client.post(ADD_URL, data)
    assert response.status_code == 302
    person = Person.objects.get()
    assert person.orcid == "0000-0002-1825-0097"
    assert person.slug == "hannah-hesselgreaves"
