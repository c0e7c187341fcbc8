"""OAI-PMH arguments and stored text that XML 1.0 cannot carry: a protocol error, never a 500."""

import pytest
from lxml import etree

from .factories import PersonFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def repository(home):
    index = PublicationIndexPageFactory(parent=home)
    author = PersonFactory(given_name="Hannah", family_name="Hesselgreaves")
    return {"public": [PublicationPageFactory(parent=index, title="Paper 0", people=[author])]}


@pytest.mark.parametrize(
    "params",
    [
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:x:publication/\x01"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-01-01\x01"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "\x00"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:\x1f"},
        {"verb": "ListRecords", "resumptionToken": "\x01abc"},
        {"verb": "Identify\x01"},
        {"verb": "Identify", "\x01key": "1"},
        {"verb": "ListSets", "x": "\ufffe"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc\x08"},
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_control_characters_in_arguments_are_a_bad_argument(client, repository, params, method):
    response = getattr(client, method)("/oai/", params)
    assert response.status_code == 200
    root = etree.fromstring(response.content)  # well-formed XML
    errors = root.findall("{http://www.openarchives.org/OAI/2.0/}error")
    assert [e.get("code") for e in errors] == ["badArgument"]


def test_control_characters_in_stored_text_do_not_break_a_harvest(client, repository):
    paper = repository["public"][0]
    paper.title = "Paper\x0b with a vertical tab"
    paper.abstract = "Pasted\x01 from a word processor"
    paper.save_revision().publish()
    response = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    titles = [t.text for t in root.iter("{http://purl.org/dc/elements/1.1/}title")]
    assert "Paper  with a vertical tab" in titles


def test_an_identifier_with_digits_int_cannot_read_is_unknown(client, repository):
    response = client.get(
        "/oai/",
        {
            "verb": "GetRecord",
            "metadataPrefix": "oai_dc",
            "identifier": "oai:testserver:publication/²",
        },
    )
    assert response.status_code == 200
    assert b'code="idDoesNotExist"' in response.content
