"""Private stays private in search: results, counts, extracts, suggestions and promotions."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, PageViewRestriction

from tests.factories import StandardPageFactory, UserFactory
from tests.members.factories import document

from .helpers import search

pytestmark = pytest.mark.django_db


def suggested(client, q):
    return [s["title"] for s in client.get("/en/search/suggest/", {"q": q}).json()["suggestions"]]


def test_anonymous_visitors_find_no_restricted_page(client, world):
    page = search(client, "secret")
    assert page.count == 0
    assert "SECRET-" not in page.html
    assert search(client, "guide").titles == ["Open guide PUBLIC-GUIDE"]
    assert suggested(client, "secr") == []
    assert suggested(client, "draft") == []


@pytest.mark.parametrize("own, other", [("A", "B"), ("B", "A")])
def test_members_find_their_agencys_pages_and_never_the_others(client, world, own, other):
    client.force_login(world.member_a if own == "A" else world.member_b)
    page = search(client, "secret")
    assert f"Draft guide SECRET-{own}-GUIDE" in page.titles
    assert f"Minutes SECRET-{own}-PAGE" in page.titles
    assert f"SECRET-{other}-" not in page.html
    assert page.count == len(page.titles)
    assert all(f"SECRET-{own}-" in title for title in page.titles)
    suggestions = suggested(client, "secr")
    assert f"Draft guide SECRET-{own}-GUIDE" in suggestions
    assert not [s for s in suggestions if f"SECRET-{other}-" in s]


def test_counts_over_everything_leave_out_what_the_visitor_cannot_open(client, world):
    anonymous = search(client)
    assert "SECRET-" not in anonymous.html
    assert anonymous.facet("kind")["guide"] == 1
    assert "theme-a" not in anonymous.facet("theme")
    client.force_login(world.member_a)
    member = search(client)
    assert member.facet("kind")["guide"] == 2
    assert member.facet("theme")["theme-a"] == 1
    assert "theme-b" not in member.facet("theme")
    assert "SECRET-B-" not in member.html


def test_password_and_sign_in_restrictions_hide_pages_and_extracts(client, home):
    secret = StandardPageFactory(parent=home, title="Board minutes", intro="Quarterly budget plan")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    staff_only = StandardPageFactory(parent=home, title="Staff rota", intro="Quarterly rota")
    PageViewRestriction.objects.create(page=staff_only, restriction_type=PageViewRestriction.LOGIN)
    page = search(client, "quarterly")
    assert page.count == 0 and "budget" not in page.html and "rota" not in page.html.lower()
    assert suggested(client, "board") == [] and suggested(client, "staff") == []
    client.force_login(UserFactory())
    assert search(client, "quarterly").titles == ["Staff rota"]


def test_a_restriction_applies_to_the_very_next_search(client, home):
    page = StandardPageFactory(parent=home, title="Budget outlook", intro="Numbers for 2027")
    assert search(client, "budget").titles == ["Budget outlook"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert search(client, "budget").count == 0
    assert suggested(client, "budg") == []
    restriction.delete()
    assert search(client, "budget").titles == ["Budget outlook"]


def test_promotions_never_show_a_page_the_visitor_cannot_open(client, world):
    query = Query.get("learning")
    SearchPromotion.objects.create(query=query, page=world.spaces["A"].guide, sort_order=0)
    SearchPromotion.objects.create(query=query, page=world.public_guide, sort_order=1)
    page = search(client, "learning")
    assert "SECRET-A-" not in page.html
    promoted = [a.get_text() for a in page.soup.select(".promoted .result-title a")]
    assert promoted == ["Open guide PUBLIC-GUIDE"]
    client.force_login(world.member_a)
    promoted = [a.get_text() for a in search(client, "learning").soup.select(".promoted a")]
    assert promoted[0] == "Draft guide SECRET-A-GUIDE"


def test_documents_in_private_collections_are_never_found(client, world):
    document("Agenda PUBLIC-DOC", Collection.get_first_root_node())
    for viewer in (None, world.member_b):
        if viewer:
            client.force_login(viewer)
        for q in ("report", "secret", "file contents"):
            assert "SECRET-A-" not in search(client, q).html
            assert "SECRET-A-" not in client.get("/en/search/suggest/", {"q": q}).content.decode()
        assert search(client, "agenda").titles == ["Agenda PUBLIC-DOC"]
        assert search(client).facet("kind")["document"] == 1 + (viewer is not None)
    client.force_login(world.member_a)
    page = search(client, "report file contents")
    assert page.titles == ["Report SECRET-A-DOC"]
    assert "Report SECRET-A-DOC" in suggested(client, "repo")
    assert page.facet("kind")["document"] == 1
    assert search(client).facet("kind")["document"] == 2
