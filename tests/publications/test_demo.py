"""The demo loader: publications of every type, the learning-partner article exactly, news."""

from collections import Counter

import pytest
from wagtail.models import Page

from cms.demo.taxonomies import load_taxonomies
from publications import demo
from publications.models import NewsPage, PublicationPage, PublicationType

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(home):
    created = Counter()
    terms = load_taxonomies()
    people = demo.load_people(lambda kind: created.update([kind]))
    demo.load(home, terms, people, lambda kind: created.update([kind]))
    return created, terms, people


def test_demo_is_complete_and_idempotent(loaded, client, home):
    created, _terms, _people = loaded
    publications = PublicationPage.objects.live()
    assert publications.count() >= 20
    assert set(publications.values_list("publication_type", flat=True)) == set(
        PublicationType.values
    )
    for page in publications:
        page.full_clean()  # every demo record passes the editors' validation
    news = NewsPage.objects.live()
    assert news.count() >= 10
    assert all(item.image_id and item.image_alt for item in news)
    assert client.get("/en/publications/").status_code == 200
    assert client.get("/en/news/").status_code == 200
    index = publications.first().get_parent()
    assert index.slug == "publications" and index.show_in_menus
    assert news.first().get_parent().show_in_menus

    # The consortium's real article, exactly as published.
    page = PublicationPage.objects.get(doi="10.1080/09540962.2021.1909274")
    assert page.title == (
        "New development: The emerging role of a 'learning partner' relationship in "
        "supporting public service reform"
    )
    assert [(p.family_name, p.initials) for p in page.author_people] == [
        ("Hesselgreaves", "H."),
        ("French", "M."),
        ("Hawkins", "M."),
        ("Lowe", "T."),
        ("Wheatman", "A."),
        ("Martin", "M."),
        ("Wilson", "R."),
    ]
    assert page.container_title == "Public Money & Management"
    assert (page.volume, page.issue, page.first_page, page.last_page) == ("41", "8", "672", "675")
    assert page.publication_date.isoformat() == "2021-11-17"
    assert page.issn == "0954-0962"
    assert sorted(page.keywords.names()) == sorted(
        [
            "action research",
            "consultancy",
            "complexity",
            "collaboration",
            "learning organizations",
            "partnerships",
            "public management",
            "systems",
        ]
    )
    assert page.abstract.startswith("As public services face the limits")
    assert page.impact.startswith("This article describes why managers")
    html = client.get(page.url).content.decode()
    assert (
        "Hesselgreaves, H., French, M., Hawkins, M., Lowe, T., Wheatman, A., Martin, M., "
        "&amp; Wilson, R. (2021)." in html
    )

    # A second run adds nothing and leaves editors' changes alone (one load for both:
    # building the demo is the slow part).
    _created, terms, people = loaded
    page.title = "Edited by an editor"
    page.save_revision().publish()
    before = Page.objects.count()
    again = Counter()
    demo.load(home, terms, people, lambda kind: again.update([kind]))
    assert not again
    assert Page.objects.count() == before
    page.refresh_from_db()
    assert page.title == "Edited by an editor"
