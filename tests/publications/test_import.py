"""Importing BibTeX and RIS files in the admin: preview, confirm, duplicates, malformed files."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from publications.models import Person, PublicationPage

from .factories import PublicationPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/publications/import/"

BIBTEX = r"""% exported from Zotero
@article{hesselgreaves2021,
  author = {Hesselgreaves, Hannah and French, Max and Lowe, Toby},
  title = {New development: The emerging role of a 'learning partner' relationship},
  journal = {Public Money \& Management},
  volume = {41}, number = {8}, pages = {672--675},
  year = {2021}, month = nov, day = {17},
  doi = {10.1080/09540962.2021.1909274},
  issn = {0954-0962},
  keywords = {action research, systems},
  abstract = {As public services face the limits of existing approaches.}
}

@techreport{carberry2022,
  author = {Carberry, Josiah},
  title = {Learning partnerships: a framework},
  institution = {King's College London},
  type = {Working paper},
  number = {WP 2022/01},
  year = {2022}
}

@article{broken2023,
  author = {Nobody, Anne},
  title = {A paper with a bad DOI},
  journal = {Somewhere},
  year = {2023},
  doi = {not-a-doi}
}
"""

RIS = """TY  - JOUR
AU  - Hesselgreaves, Hannah
AU  - Wilson, Rob
TI  - Learning partners in public services
T2  - Public Management Review
VL  - 24
IS  - 3
SP  - 401
EP  - 423
PY  - 2022
DA  - 2022/03/14
DO  - 10.1080/14719037.2022.000001
SN  - 1471-9037
KW  - learning
KW  - partnerships
ER  -

TY  - RPRT
AU  - Carberry, Josiah
TI  - Interim report
PB  - King's College London
SN  - D8.3
PY  - 2023
ER  -
"""


@pytest.fixture
def comms_client(client, django_user_model, publications):
    user = django_user_model.objects.create_user("comms@example.org", "pw")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return client


def upload(client, publications, name, text):
    return client.post(
        URL,
        {"file": SimpleUploadedFile(name, text.encode()), "parent": publications.pk},
    )


def confirm(client, publications, preview, selected):
    form = preview.context["confirm_form"]
    return client.post(
        URL,
        {
            "payload": form["payload"].value(),
            "parent": publications.pk,
            "selected": [str(n) for n in selected],
        },
    )


def test_preview_classifies_entries(comms_client, publications, hesselgreaves):
    PublicationPageFactory(parent=publications, doi="10.1080/09540962.2021.1909274")
    response = upload(comms_client, publications, "refs.bib", BIBTEX)
    assert response.status_code == 200
    statuses = [(r.line, r.status) for r in response.context["references"]]
    assert statuses == [(2, "duplicate"), (14, "new"), (23, "invalid")]
    invalid = response.context["references"][2]
    assert any("DOI" in problem for problem in invalid.problems)
    page = response.content.decode()
    assert "Already on the site" in page and "line 23" in page
    assert PublicationPage.objects.count() == 1  # a preview creates nothing


def test_confirm_creates_drafts_and_matches_authors(comms_client, publications, hesselgreaves):
    preview = upload(comms_client, publications, "refs.bib", BIBTEX)
    response = confirm(comms_client, publications, preview, [1, 2])
    assert response.status_code == 302
    created = PublicationPage.objects.get(doi="10.1080/09540962.2021.1909274")
    assert not created.live and created.has_unpublished_changes
    assert created.get_parent().pk == publications.pk
    assert created.container_title == "Public Money & Management"
    assert (created.volume, created.issue, created.first_page, created.last_page) == (
        "41",
        "8",
        "672",
        "675",
    )
    assert created.publication_date.isoformat() == "2021-11-17"
    authors = [a.person for a in created.authors.all()]
    assert authors[0] == hesselgreaves  # matched, not duplicated
    assert [p.family_name for p in authors] == ["Hesselgreaves", "French", "Lowe"]
    assert Person.objects.filter(family_name="Hesselgreaves").count() == 1
    assert sorted(created.keywords.names()) == ["action research", "systems"]
    report = PublicationPage.objects.get(title="Learning partnerships: a framework")
    assert report.publication_type == "working_paper"
    assert report.report_number == "WP 2022/01"
    assert report.institution == "King's College London"
    # The invalid entry was never created, even though its number was posted.
    assert not PublicationPage.objects.filter(title="A paper with a bad DOI").exists()


def test_ris_import(comms_client, publications):
    preview = upload(comms_client, publications, "refs.ris", RIS)
    assert [r.status for r in preview.context["references"]] == ["new", "new"]
    confirm(comms_client, publications, preview, [1, 2])
    article = PublicationPage.objects.get(title="Learning partners in public services")
    assert article.issn == "1471-9037"
    assert article.publication_date.isoformat() == "2022-03-14"
    assert [a.person.family_name for a in article.authors.all()] == ["Hesselgreaves", "Wilson"]
    report = PublicationPage.objects.get(title="Interim report")
    assert (report.publication_type, report.report_number) == ("report", "D8.3")


def test_importing_twice_finds_the_duplicates(comms_client, publications):
    confirm(comms_client, publications, upload(comms_client, publications, "a.ris", RIS), [1, 2])
    again = upload(comms_client, publications, "a.ris", RIS)
    assert [r.status for r in again.context["references"]] == ["duplicate", "new"]


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("bad.bib", BIBTEX.replace("  issn = {0954-0962},\n", "  issn = {0954-0962,\n"), 2),
        ("bad.bib", "@article{a, title={x}, year={2020}}\nstray text\n", 2),
        ("bad.ris", RIS.replace("ER  -\n\nTY  - RPRT", "TY  - RPRT"), 16),
        ("bad.ris", RIS + "TY  - JOUR\nTI  - unfinished\n", 25),
        ("bad.ris", "TY  - JOUR\nthis is not RIS\n".replace("TY  - JOUR\n", "", 1), 1),
    ],
)
def test_malformed_file_reports_the_line_and_creates_nothing(
    comms_client, publications, name, text, line
):
    pages, people = PublicationPage.objects.count(), Person.objects.count()
    response = upload(comms_client, publications, name, text)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors[0].startswith(f"Line {line}:"), errors
    assert response.context["form"]["parent"].value() in (publications.pk, str(publications.pk))
    assert PublicationPage.objects.count() == pages
    assert Person.objects.count() == people


def test_confirming_nothing_keeps_the_preview(comms_client, publications):
    preview = upload(comms_client, publications, "refs.bib", BIBTEX)
    response = confirm(comms_client, publications, preview, [])
    assert response.status_code == 200
    assert "Choose at least one entry" in response.content.decode()
    assert not PublicationPage.objects.exists()


def test_tampered_payload_is_refused(comms_client, publications):
    response = comms_client.post(
        URL, {"payload": "forged", "parent": publications.pk, "selected": ["1"]}
    )
    assert response.status_code == 302
    assert not PublicationPage.objects.exists()


def test_only_communications_and_superusers_may_import(client, django_user_model, publications):
    researcher = django_user_model.objects.create_user("r@example.org", "pw")
    researcher.groups.add(Group.objects.get(name="Researchers"))
    client.force_login(researcher)
    assert client.get(URL).status_code in (302, 403)
    admin = django_user_model.objects.create_superuser("a@example.org", "pw")
    client.force_login(admin)
    response = client.get(URL)
    assert response.status_code == 200
    assert b"Import publications" in client.get("/admin/").content
