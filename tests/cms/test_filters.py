"""The faceted-filter base (cms.filters) and the language fallback (cms.i18n) on their own.

A small filter declared here over sourcebook entries stands for any listing:
the listings' own tests (sourcebook, publications, events, search) check what
each declares; these check what all of them share.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from cms.filters import ChoicesFacet, FacetedFilter, Sort, TaxonomyFacet, YearFacet
from cms.i18n import ensure_locales, in_language, labels_in_language
from cms.models import Country, Theme
from practices.models import SourcebookItemPage
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


class EntryFilter(FacetedFilter):
    facets = (
        TaxonomyFacet("theme", "Theme", "themes__slug", model=Theme, multi_valued=True),
        TaxonomyFacet("country", "Country", "country__code", model=Country, key="code"),
        YearFacet("year", "Year", "first_published_at__year"),
        ChoicesFacet("kind", "Kind", "content_type__model", choices=[("casestudypage", "Case")]),
    )
    sorts = {
        "newest": Sort(("-first_published_at", "pk"), "Newest first"),
        "title": Sort(("title", "pk"), "Title A–Z"),
    }

    def kept_params(self, params):
        return {"q": params.get("q", "")}


def entries_filter(query="", locale=None):
    return EntryFilter(
        QueryDict(query), SourcebookItemPage.objects.live(), locale or Locale.get_default()
    )


def titles(listing):
    return [page.title for page in listing.results]


def counts(listing, facet):
    return {c.value: c.count for c in listing.by_name[facet].choices if c.count}


@pytest.fixture
def entries(sourcebook):
    """Four entries: two themes (one entry has both), two countries, two years."""
    ensure_locales()
    lead = ThemeFactory(name="leadership", slug="leadership")
    learning = ThemeFactory(name="Learning", slug="learning")
    france = CountryFactory(code="FR", name="France")
    denmark = CountryFactory(code="DK", name="Denmark")

    def make(factory, title, year, themes, **kwargs):
        when = timezone.make_aware(datetime.datetime(year, 5, 1))
        page = factory(parent=sourcebook, title=title, first_published_at=when, **kwargs)
        page.themes = themes
        page.save()
        return page

    make(PracticeGuidePageFactory, "Big guide", 2023, [lead, learning])
    make(PracticeGuidePageFactory, "Small guide", 2024, [learning])
    make(CaseStudyPageFactory, "Big case in Lyon", 2024, [lead], country=france)
    make(CaseStudyPageFactory, "Case in Aarhus", 2022, [], country=denmark)
    return sourcebook


def test_values_of_a_facet_are_alternatives_and_facets_combine(entries):
    both = entries_filter("theme=leadership&theme=learning")
    # The guide with both themes is listed once.
    assert sorted(titles(both)) == ["Big case in Lyon", "Big guide", "Small guide"]
    narrowed = entries_filter("theme=leadership&theme=learning&year=2024&country=FR")
    assert titles(narrowed) == ["Big case in Lyon"]


def test_each_count_leaves_its_own_facet_out(entries):
    listing = entries_filter("country=FR&year=2024")
    assert titles(listing) == ["Big case in Lyon"]
    # Other countries count as if France were not chosen, within 2024: none.
    assert counts(listing, "country") == {"FR": 1}
    # Other years count within France.
    assert counts(listing, "year") == {"2024": 1}
    # Themes count within France and 2024.
    assert counts(listing, "theme") == {"leadership": 1}
    # Every count is what choosing it gives.
    for choice in entries_filter("theme=learning").by_name["year"].choices:
        chosen = entries_filter(f"theme=learning&year={choice.value}")
        assert choice.count == len(titles(chosen))


def test_unknown_values_give_nothing_and_a_notice_and_known_ones_stay_chosen(entries):
    listing = entries_filter("theme=leadership&theme=nonsense&country=" + "Z" * 100)
    assert titles(listing) == []
    assert listing.unknown == [("theme", "nonsense"), ("country", "Z" * 60)]
    assert listing.by_name["theme"].selected == ["leadership"]
    assert listing.active
    assert [label for _facet, label, _qs in listing.removal_links()] == ["leadership"]


def test_values_are_cleaned_and_counted_once(entries):
    listing = entries_filter("country=%20fr%20&country=FR&theme=&theme=%20&year=2024")
    assert listing.unknown == []
    assert listing.by_name["country"].selected == ["FR"]
    assert listing.by_name["theme"].selected == []
    assert listing.querystring() == "country=FR&year=2024"


def test_choices_fixed_in_code_filter_like_any_other(entries):
    listing = entries_filter("kind=casestudypage")
    assert sorted(titles(listing)) == ["Big case in Lyon", "Case in Aarhus"]
    assert counts(listing, "kind") == {"casestudypage": 2}
    assert entries_filter("kind=guide").unknown == [("kind", "guide")]


def test_links_keep_the_state_and_each_chip_removes_one_value(entries):
    listing = entries_filter("q=team+work&theme=learning&country=DK&sort=title&page=3")
    assert listing.querystring() == "q=team+work&theme=learning&country=DK&sort=title"
    assert listing.querystring(page=2) == "q=team+work&theme=learning&country=DK&sort=title&page=2"
    assert listing.removal_links() == [
        ("Theme", "Learning", "q=team+work&country=DK&sort=title"),
        ("Country", "Denmark", "q=team+work&theme=learning&sort=title"),
    ]
    assert listing.cleared_querystring == "q=team+work"
    assert listing.hidden_fields == [("q", "team work")]
    # The default order is not repeated in links; no words, no ``q``.
    assert entries_filter("theme=learning&sort=newest").querystring() == "theme=learning"


def test_sort_orders_are_declared_once_and_unknown_ones_fall_back(entries):
    by_title = entries_filter("sort=title")
    assert titles(by_title) == sorted(titles(by_title))
    assert by_title.sort_choices == [
        ("newest", "Newest first", False),
        ("title", "Title A–Z", True),
    ]
    newest = entries_filter("sort=drop+table")
    assert newest.sort == "newest"
    assert titles(newest)[0] in ("Small guide", "Big case in Lyon")


def test_a_listing_can_choose_its_order_itself(entries):
    class OldestFirst(EntryFilter):
        sorts = {"oldest": Sort(("first_published_at", "pk"))}
        sort_param = None

    entries = SourcebookItemPage.objects.live()
    listing = OldestFirst(QueryDict("sort=title"), entries, Locale.get_default())
    assert titles(listing)[0] == "Case in Aarhus"
    assert listing.sort_choices == []
    assert "sort" not in listing.querystring()


def test_each_listing_works_on_its_own_copy_of_the_facets(entries):
    entries_filter("theme=learning")
    again = entries_filter("")
    assert not again.active
    assert all(not facet.selected for facet in EntryFilter.facets)


def test_years_newest_first_unless_told(entries):
    assert [c.value for c in entries_filter("").by_name["year"].choices] == [
        "2024",
        "2023",
        "2022",
    ]

    class Ascending(EntryFilter):
        facets = (YearFacet("year", "Year", "first_published_at__year", newest_first=False),)

    listing = Ascending(QueryDict(""), SourcebookItemPage.objects.live())
    assert [c.value for c in listing.facets[0].choices] == ["2022", "2023", "2024"]


def test_choices_are_labelled_in_the_listing_language_else_the_default(entries):
    french = Locale.objects.get(language_code="fr")
    learning = Theme.objects.get(slug="learning")
    translated = learning.copy_for_translation(french)
    translated.name = "Apprentissage"
    translated.save()
    listing = entries_filter("", locale=french)
    labels = [(c.value, c.label) for c in listing.by_name["theme"].choices]
    # Alphabetical whatever the case: "Apprentissage" before "leadership".
    assert labels == [("learning", "Apprentissage"), ("leadership", "leadership")]


def test_counting_costs_one_query_whatever_the_number_of_entries(entries, sourcebook):
    english = Locale.get_default()

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            listing = entries_filter("theme=learning&country=FR&country=DK", locale=english)
            list(listing.results)
        return len(ctx.captured_queries)

    few = queries()
    for n in range(20):
        page = PracticeGuidePageFactory(parent=sourcebook, title=f"More {n}")
        page.themes = list(Theme.objects.all())
        page.save()
    assert queries() == few
    # The known values of each taxonomy facet (themes, countries), the years the
    # entries have, one statement counting every facet (UNION ALL), the results.
    assert few == 2 + 1 + 1 + 1


def test_the_form_and_chips_render_labelled_fieldsets_without_javascript(entries):
    listing = entries_filter("q=words&country=FR&sort=title")
    form = render_to_string(
        "includes/filter_form.html", {"filter": listing, "action": "/en/sourcebook/"}
    )
    assert form.count("<fieldset") == len(listing.facets)
    assert form.count("<legend>") == len(listing.facets)
    soup = BeautifulSoup(form, "html.parser")
    assert soup.select_one("input[type=hidden][name=q]")["value"] == "words"
    assert soup.select_one("#f-country-FR").has_attr("checked")
    assert soup.select_one('label[for="f-country-FR"]')
    assert soup.select_one('option[value="title"]').has_attr("selected")
    assert soup.select_one("a.clear")["href"] == "/en/sourcebook/?q=words"
    assert "<script" not in form
    chips = render_to_string(
        "includes/active_filters.html",
        {"filter": listing, "action": "/en/sourcebook/", "reset_label": "Show all"},
    )
    assert 'aria-label="Active filters"' in chips
    assert '<a href="?q=words&amp;sort=title">Remove Country: France</a>' in chips
    unknown = render_to_string(
        "includes/active_filters.html",
        {
            "filter": entries_filter("q=words&theme=nope"),
            "action": "/en/sourcebook/",
            "reset_label": "Show all",
        },
    )
    assert 'role="alert"' in unknown and "<code>theme=nope</code>" in unknown
    assert '<a href="/en/sourcebook/?q=words">Show all</a>' in unknown


# The language fallback.


@pytest.fixture
def themes(db):
    """Three themes in English; one translated into French, one French only."""
    ensure_locales()
    french = Locale.objects.get(language_code="fr")
    both = ThemeFactory(name="Leadership", slug="leadership")
    ThemeFactory(name="Coaching", slug="coaching")
    translated = both.copy_for_translation(french)
    translated.name = "Direction"
    translated.save()
    ThemeFactory(name="Seulement en français", slug="francais", locale=french)
    german = Locale.objects.get(language_code="de")
    ThemeFactory(name="Nur auf Deutsch", slug="deutsch", locale=german)
    return french


def test_in_language_takes_each_in_this_language_else_the_default(themes):
    shown = in_language(Theme.objects.all(), themes)
    assert sorted(t.name for t in shown) == ["Coaching", "Direction", "Seulement en français"]
    english = in_language(Theme.objects.all(), Locale.get_default())
    assert sorted(t.name for t in english) == ["Coaching", "Leadership"]


def test_in_language_stand_ins_and_any_language(themes):
    from django.db.models import Q

    limited = in_language(Theme.objects.all(), themes, stand_ins=Q(slug="leadership"))
    assert sorted(t.name for t in limited) == ["Direction", "Seulement en français"]
    every = in_language(Theme.objects.all(), themes, else_any=True)
    assert sorted(t.name for t in every) == [
        "Coaching",
        "Direction",
        "Nur auf Deutsch",
        "Seulement en français",
    ]


def test_labels_in_language(themes):
    default = Locale.get_default()
    rows = Theme.objects.values_list("slug", "name", "locale_id")
    assert labels_in_language(rows, themes, default) == {
        "coaching": "Coaching",
        "leadership": "Direction",
        "francais": "Seulement en français",
    }
    assert list(labels_in_language(rows, default, default)) == ["coaching", "leadership"]
