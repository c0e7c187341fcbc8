"""A small site to search: guides, case studies, publications, news and standard pages."""

import datetime
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.management import call_command

from cms.i18n import ensure_locales
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    InterventionTypeFactory,
    PracticeGuidePageFactory,
    SectorFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.publications.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)


@pytest.fixture(scope="session")
def cluster_indexes(django_db_setup, django_db_blocker):
    """On a search cluster (SEARCH_URL), this test process's indexes, with their mappings."""
    if not settings.SEARCH_URL:
        return None
    from wagtail.search.backends import get_search_backend

    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)
    return get_search_backend()


@pytest.fixture(autouse=True)
def empty_cluster(cluster_indexes):
    """Each test starts with empty indexes: the database is rolled back, a cluster is not."""
    if cluster_indexes is not None:
        # By id, in bulk: a bare node has no delete-by-query (the reindex module).
        # One search over every index, and a bulk request only if something is left.
        es = cluster_indexes.es
        names = ",".join(index.name for index in cluster_indexes.all_indexes())
        found = es.search(
            index=names, body={"query": {"match_all": {}}, "size": 10_000, "_source": False}
        )
        actions = [
            {"delete": {"_index": hit["_index"], "_id": hit["_id"]}}
            for hit in found["hits"]["hits"]
        ]
        if actions:
            es.bulk(body=actions, refresh=True)
    return cluster_indexes


@dataclass
class Corpus:
    home: object
    sourcebook: object
    workshop_guide: object
    body_only_guide: object
    case: object
    publication: object
    news: object
    about: object
    themes: dict
    countries: dict


def publish(page, **changes):
    for name, value in changes.items():
        if name in ("themes", "intervention_types"):
            getattr(page, name).set(value)
        else:
            setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def corpus(home, sourcebook):
    ensure_locales()
    participation = ThemeFactory(name="Citizen participation", slug="participation")
    leadership = ThemeFactory(name="Leadership", slug="leadership")
    france = CountryFactory(code="FR", name="France")
    estonia = CountryFactory(code="EE", name="Estonia")
    health = SectorFactory(name="Health", slug="health")
    facilitation = InterventionTypeFactory(name="OD facilitation", slug="od-facilitation")

    workshop_guide = PracticeGuidePageFactory(
        parent=sourcebook,
        title="Strategy workshop with citizens",
        slug="strategy-workshop",
        summary="Run a strategy workshop where citizens and staff plan together.",
    )
    publish(workshop_guide, themes=[participation], intervention_types=[facilitation])
    body_only_guide = PracticeGuidePageFactory(
        parent=sourcebook,
        title="Action learning sets",
        slug="action-learning",
        summary="Peer groups that learn from real problems.",
        pitfalls="<p>Skipping the workshop on ground rules.</p>",
    )
    publish(body_only_guide, themes=[leadership])
    case = CaseStudyPageFactory(
        parent=sourcebook,
        title="Tartu health services",
        slug="tartu",
        summary="A city health department redesigned its services with residents.",
        country=estonia,
        sector=health,
        what_was_done="<p>A citizens' strategy workshop in every district.</p>",
    )
    publish(case, themes=[participation])
    publications = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(
        parent=publications,
        title="Learning partnerships in public services",
        slug="learning-partnerships",
        abstract="How agencies and researchers learn together.",
        publication_date=datetime.date(2021, 11, 17),
    )
    publish(publication, themes=[leadership])
    news_index = NewsIndexPageFactory(parent=home)
    news = NewsPageFactory(
        parent=news_index,
        title="Conference in Lisbon announced",
        slug="lisbon",
        lead="The second conference will be held in Lisbon.",
        date=datetime.date(2024, 5, 1),
    )
    about = StandardPageFactory(
        parent=home, title="About Praxis", slug="about", intro="Who we are and what we do."
    )
    return Corpus(
        home=home,
        sourcebook=sourcebook,
        workshop_guide=workshop_guide,
        body_only_guide=body_only_guide,
        case=case,
        publication=publication,
        news=news,
        about=about,
        themes={"participation": participation, "leadership": leadership},
        countries={"FR": france, "EE": estonia},
    )


# The members' world (two agencies with private pages and documents) for the privacy tests.
from tests.members.conftest import world  # noqa: E402, F401
