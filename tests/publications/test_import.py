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


# -- checked in the preview exactly as saving checks it ------------------------------

OVER_LIMITS = r"""@article{long-issue,
  author = {Moreau, Inès},
  title = {An issue number longer than the field},
  journal = {Public Administration}, year = {2020},
  number = {Special issue on strategic renewal 2020}
}

@article{long-volume,
  author = {Moreau, Inès},
  title = {A volume longer than the field},
  journal = {Public Administration}, year = {2020},
  volume = {Volume forty-one, part two of three}
}

@article{bare-url,
  author = {Moreau, Inès},
  title = {A link without a scheme},
  journal = {Public Administration}, year = {2020},
  url = {www.example.org/paper.pdf}
}

@article{long-keyword,
  author = {Moreau, Inès},
  title = {A keyword longer than a tag},
  journal = {Public Administration}, year = {2020},
  keywords = {KEYWORD}
}

@article{long-author,
  author = {AUTHOR, Anna},
  title = {An author's name longer than the field},
  journal = {Public Administration}, year = {2020}
}

@article{fine,
  author = {Moreau, Inès},
  title = {A perfectly good paper},
  journal = {Public Administration}, year = {2020}, number = {3}, volume = {41},
  url = {https://example.org/paper.pdf}
}
""".replace("KEYWORD", "k" * 101).replace("AUTHOR", "Family" * 21)


def test_preview_refuses_what_saving_would_refuse(comms_client, publications):
    preview = upload(comms_client, publications, "limits.bib", OVER_LIMITS)
    assert preview.status_code == 200
    references = preview.context["references"]
    assert [r.status for r in references] == ["invalid"] * 5 + ["new"]
    problems = [" ".join(r.problems) for r in references]
    assert "Issue:" in problems[0] and "at most 20 characters" in problems[0]
    assert "Volume:" in problems[1] and "at most 20 characters" in problems[1]
    assert "External link:" in problems[2] and "valid URL" in problems[2]
    assert "longer than 100 characters" in problems[3]
    assert "Family name" in problems[4] and "at most 120 characters" in problems[4]
    # Posting their numbers anyway gets the preview back, not a server error.
    response = confirm(comms_client, publications, preview, [1, 2, 3, 4, 5, 6])
    assert response.status_code == 200 and not PublicationPage.objects.exists()
    response = confirm(comms_client, publications, preview, [6])
    assert response.status_code == 302
    assert list(PublicationPage.objects.values_list("title", flat=True)) == [
        "A perfectly good paper"
    ]


def test_control_characters_in_a_file_are_not_imported(comms_client, publications):
    text = BIBTEX.replace("Learning partnerships: a framework", "Learning\x01 partnerships\x0b")
    preview = upload(comms_client, publications, "refs.bib", text)
    confirm(comms_client, publications, preview, [2])
    assert PublicationPage.objects.get().title == "Learning partnerships"


# -- bounded work --------------------------------------------------------------------


def many_strings(strings, entries):
    definitions = [
        f'@string{{journal{i} = "Journal of Public Management, series {i}"}}'
        for i in range(strings)
    ]
    references = [
        f"@article{{key{i},\n  author = {{Author{i}, Anna}},\n  title = {{Paper {i}}},\n"
        f"  journal = journal{i % strings}, year = {{2021}}\n}}"
        for i in range(entries)
    ]
    return "\n".join(definitions + references) + "\n"


def test_string_definitions_are_read_once_not_once_per_entry(monkeypatch):
    """The parser reads about as much text as the file holds, whatever its @strings."""
    from bibtexparser.bparser import BibTexParser

    from publications.importers import read_bibtex

    parsed = []
    original = BibTexParser.parse

    def counting_parse(self, text, *args, **kwargs):
        parsed.append(len(text))
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(BibTexParser, "parse", counting_parse)
    text = many_strings(200, 200)
    references = read_bibtex(text)
    assert len(references) == 200
    assert references[7].fields["container_title"] == "Journal of Public Management, series 7"
    assert sum(parsed) <= 2 * len(text)


def test_a_file_with_too_many_references_is_refused(comms_client, publications):
    response = upload(comms_client, publications, "many.bib", many_strings(5, 501))
    (error,) = response.context["form"].errors["file"]
    assert "at most 500 references" in error
    assert not PublicationPage.objects.exists()


def test_strings_that_expand_exponentially_are_refused(comms_client, publications):
    chain = ['@string{s0 = "0123456789"}'] + [
        f"@string{{s{i} = s{i - 1} # s{i - 1}}}" for i in range(1, 23)
    ]
    text = "\n".join(chain) + "\n@article{k, author = {A, B}, title = s22, year = {2020}}\n"
    response = upload(comms_client, publications, "bomb.bib", text)
    (error,) = response.context["form"].errors["file"]
    assert "expand to far more text" in error


def test_an_undefined_string_is_reported_with_its_line(comms_client, publications):
    text = "@article{k,\n author = {A, B}, title = {T}, year = {2020},\n journal = nowhere\n}\n"
    response = upload(comms_client, publications, "undefined.bib", text)
    (error,) = response.context["form"].errors["file"]
    assert error.startswith("Line 1:") and "nowhere" in error


def test_an_oversized_file_is_refused_with_a_message(comms_client, publications):
    text = BIBTEX + "%" + "x" * (2 * 1024 * 1024) + "\n"
    response = upload(comms_client, publications, "huge.bib", text)
    assert response.context["form"].errors["file"] == ["The file is larger than 2 MB."]


def test_digits_int_cannot_read_are_no_server_error(comms_client, publications):
    """ "²" is a digit to str.isdigit() and not a number to int()."""
    text = (
        "@article{odd,\n  author = {Moreau, Inès}, title = {Superscripts},\n"
        "  journal = {J}, year = {2020}, month = {²}, day = {³}, pages = {²--¹}\n}\n"
    )
    preview = upload(comms_client, publications, "odd.bib", text)
    assert preview.status_code == 200
    (reference,) = preview.context["references"]
    assert reference.fields["publication_date"].isoformat() == "2020-01-01"
    confirm(comms_client, publications, preview, [1])
    assert PublicationPage.objects.get().first_page == "²"


def test_a_publication_date_near_the_end_of_time_is_no_server_error(publications):
    import datetime

    page = PublicationPageFactory.build(
        publication_date=datetime.date(9999, 12, 1), online_date=datetime.date(9999, 12, 31)
    )
    page.clean()  # no OverflowError
