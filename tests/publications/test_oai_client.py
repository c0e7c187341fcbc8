"""OAI-PMH details checked with the test client: XML shape, tokens, repeated arguments."""

import pytest
from lxml import etree

from .factories import PublicationPageFactory

pytestmark = pytest.mark.django_db

NS = {"oai": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}


def oai(client, **params):
    response = client.get("/oai/", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    return etree.fromstring(response.content)


def error_code(tree):
    errors = tree.findall("oai:error", NS)
    return errors[0].get("code") if errors else None


def test_repeated_argument_and_missing_verb(client, publications):
    assert error_code(oai(client)) == "badVerb"
    response = client.get("/oai/?verb=Identify&verb=Identify")
    assert error_code(etree.fromstring(response.content)) == "badVerb"
    response = client.get("/oai/?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
    assert error_code(etree.fromstring(response.content)) == "badArgument"
    tree = oai(client, verb="ListSets", resumptionToken="x", extra="y")
    assert error_code(tree) == "badArgument"


def test_post_is_accepted(client, publications, hesselgreaves):
    PublicationPageFactory(parent=publications, people=[hesselgreaves])
    response = client.post("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"})
    tree = etree.fromstring(response.content)
    assert len(tree.findall(".//oai:header", NS)) == 1


def test_resumption_token_pages_and_last_page_is_empty(
    client, publications, hesselgreaves, settings
):
    settings.OAI_PAGE_SIZE = 2
    for i in range(3):
        PublicationPageFactory(parent=publications, title=f"P{i}", people=[hesselgreaves])
    tree = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = tree.find(".//oai:resumptionToken", NS)
    assert token.get("completeListSize") == "3" and token.get("cursor") == "0"
    tree = oai(client, verb="ListIdentifiers", resumptionToken=token.text)
    assert len(tree.findall(".//oai:header", NS)) == 1
    last = tree.find(".//oai:resumptionToken", NS)
    assert last.text is None and last.get("cursor") == "2"
    # A token for one verb is not accepted by another.
    tree = oai(client, verb="ListRecords", resumptionToken=token.text)
    assert error_code(tree) == "badResumptionToken"


def test_dublin_core_record(client, publications, hesselgreaves, french):
    page = PublicationPageFactory(
        parent=publications,
        title="Learning partners",
        doi="10.1080/09540962.2021.1909274",
        issn="0954-0962",
        people=[hesselgreaves, french],
    )
    tree = oai(
        client,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=f"oai:testserver:publication/{page.pk}",
    )
    dc = {el.tag.split("}")[1]: el.text for el in tree.find(".//{*}dc")}
    assert dc["title"] == "Learning partners"
    assert dc["source"] == "Public Money & Management, 41(8), 672–675, ISSN 0954-0962"
    creators = [el.text for el in tree.findall(".//dc:creator", NS)]
    assert creators == ["Hesselgreaves, Hannah", "French, Max"]
    request = tree.find("oai:request", NS)
    assert request.get("verb") == "GetRecord" and request.text == "http://testserver/oai/"
