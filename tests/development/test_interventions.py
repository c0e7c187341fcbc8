"""An intervention shows only its own agency's documents, however they were linked."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from development.models import InterventionDocument
from tests.members.factories import document

from .factories import InterventionFactory

pytestmark = pytest.mark.django_db


def test_another_agencys_document_cannot_be_attached_nor_shown(people, client):
    intervention = InterventionFactory(agency=people.agency)
    theirs = document("Sachsen budget", people.other_agency.collection, filename="budget.txt")
    link = InterventionDocument(intervention=intervention, document=theirs)
    with pytest.raises(ValidationError, match="agency's own private collection"):
        link.full_clean()
    link.save()  # linked anyway (not through the admin): still never shown nor served
    client.force_login(people.consultant)
    page = client.get(reverse("development:intervention", args=[people.agency.pk, intervention.pk]))
    assert "Sachsen budget" not in page.text
    url = reverse("development:document", args=[people.agency.pk, theirs.pk])
    assert client.get(url).status_code == 404
    client.force_login(people.member)
    assert client.get(url).status_code == 404
