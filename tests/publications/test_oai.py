"""OAI-PMH 2.0 at /oai/, harvested with a real harvester client (sickle) over HTTP."""

import datetime

import pytest
from sickle import Sickle, oaiexceptions
from wagtail.models import PageViewRestriction

from tests.factories import ThemeFactory

from .factories import PersonFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def repository(home, settings):
    """Seven public publications, one private and one draft; pages of three records."""
    settings.OAI_PAGE_SIZE = 3
    index = PublicationIndexPageFactory(parent=home)
    author = PersonFactory(given_name="Hannah", family_name="Hesselgreaves")
    theme = ThemeFactory(name="Learning partnerships", slug="learning-partnerships")
    pages = []
    for i in range(7):
        page = PublicationPageFactory(
            parent=index,
            title=f"Paper {i}",
            publication_type="report" if i % 2 else "journal_article",
            publication_date=datetime.date(2020 + i, 1, 1),
            doi=f"10.1234/praxis.{i}" if i == 0 else "",
            people=[author],
        )
        if i == 0:
            page.themes = [theme]
            page.save_revision().publish()
        pages.append(page)
    private = PublicationPageFactory(parent=index, title="Private paper", people=[author])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = PublicationPageFactory(parent=index, title="Draft paper", live=False)
    return {"public": pages, "private": private, "draft": draft}


def test_harvest_with_sickle(live_server, repository):
    sickle = Sickle(live_server.url + "/oai/")

    identify = sickle.Identify()
    assert identify.protocolVersion == "2.0"
    assert identify.repositoryName == "Praxis"
    assert identify.baseURL == live_server.url + "/oai/"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert identify.deletedRecord == "no"

    formats = [f.metadataPrefix for f in sickle.ListMetadataFormats()]
    assert formats == ["oai_dc"]

    sets = {s.setSpec: s.setName for s in sickle.ListSets()}
    assert sets["type:journal_article"] == "Journal article"
    assert sets["theme:learning-partnerships"] == "Learning partnerships"

    # Seven records in pages of three: sickle follows the resumption tokens.
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    titles = [r.metadata["title"][0] for r in records]
    assert sorted(titles) == [f"Paper {i}" for i in range(7)]
    assert "Private paper" not in titles and "Draft paper" not in titles

    first = next(r for r in records if r.metadata["title"] == ["Paper 0"])
    assert first.metadata["creator"] == ["Hesselgreaves, Hannah"]
    assert first.metadata["date"] == ["2020-01-01"]
    assert "info:eu-repo/semantics/article" in first.metadata["type"]
    assert "https://doi.org/10.1234/praxis.0" in first.metadata["identifier"]
    assert "theme:learning-partnerships" in first.header.setSpecs

    headers = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", set="type:report"))
    assert len(headers) == 3

    record = sickle.GetRecord(identifier=first.header.identifier, metadataPrefix="oai_dc")
    assert record.metadata["title"] == ["Paper 0"]

    recent = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", **{"from": "2000-01-01"}))
    assert len(recent) == 7
    with pytest.raises(oaiexceptions.NoRecordsMatch):
        sickle.ListIdentifiers(metadataPrefix="oai_dc", until="2000-01-01T00:00:00Z")


def test_protocol_errors_with_sickle(live_server, repository):
    sickle = Sickle(live_server.url + "/oai/")
    private_id = f"oai:testserver:publication/{repository['private'].pk}"

    with pytest.raises(oaiexceptions.CannotDisseminateFormat):
        sickle.ListRecords(metadataPrefix="marc21")
    with pytest.raises(oaiexceptions.IdDoesNotExist):
        sickle.GetRecord(identifier=private_id, metadataPrefix="oai_dc")
    with pytest.raises(oaiexceptions.IdDoesNotExist):
        sickle.GetRecord(identifier="oai:testserver:publication/999999", metadataPrefix="oai_dc")
    with pytest.raises(oaiexceptions.BadArgument):
        sickle.ListRecords(metadataPrefix="oai_dc", **{"from": "yesterday"})
    with pytest.raises(oaiexceptions.BadArgument):
        sickle.ListRecords(
            metadataPrefix="oai_dc", **{"from": "2024-01-01", "until": "2023-01-01T00:00:00Z"}
        )
    with pytest.raises(oaiexceptions.NoRecordsMatch):
        sickle.ListRecords(metadataPrefix="oai_dc", set="type:book")
    with pytest.raises(oaiexceptions.NoRecordsMatch):
        sickle.ListIdentifiers(metadataPrefix="oai_dc", **{"from": "2999-01-01"})
    with pytest.raises(oaiexceptions.BadResumptionToken):
        sickle.ListRecords(resumptionToken="not-a-token")

    response = sickle.harvest(verb="Frobnicate")
    assert 'code="badVerb"' in response.raw
    response = sickle.harvest(verb="Identify", extra="1")
    assert 'code="badArgument"' in response.raw
    response = sickle.harvest(verb="ListRecords")
    assert 'code="badArgument"' in response.raw
