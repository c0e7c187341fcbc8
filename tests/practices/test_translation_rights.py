"""The editorial groups' translation rights, one group at a time.

Communications translate anything; Researchers translate the sourcebook pages
they write (their translations go through review); Reviewers approve
translations and submit none.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale

from cms.i18n import ensure_locales
from practices.roles import COMMUNICATIONS, RESEARCHERS, REVIEWERS
from tests.factories import PracticeGuidePageFactory, ThemeFactory, UserFactory
from tests.publications.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(sourcebook):
    ensure_locales()
    home = sourcebook.get_parent()
    news = NewsIndexPageFactory(parent=home)
    return {
        "guide": PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning"),
        "news": NewsPageFactory(parent=news, title="Registration is open"),
        "theme": ThemeFactory(name="Leadership", slug="leadership"),
    }


def member_of(group, client):
    user = UserFactory(email=f"{group.lower()}@example.org")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def page_form(page):
    return f"/admin/localize/submit/page/{page.pk}/"


def snippet_form(theme):
    return f"/admin/localize/submit/snippet/cms/theme/{theme.pk}/"


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to its dashboard and a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def submit(client, url, language="fr"):
    locale = Locale.objects.get(language_code=language)
    return client.post(url, {"locales": [locale.pk]})


def test_communications_translate_pages_and_taxonomies(client, content):
    member = member_of(COMMUNICATIONS, client)
    for url in (page_form(content["news"]), page_form(content["guide"])):
        assert client.get(url).status_code == 200
    assert submit(client, page_form(content["news"])).status_code == 302
    french = content["news"].get_translation(Locale.objects.get(language_code="fr"))
    assert not french.live  # a draft, for them to translate and publish
    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code == 200
    assert french.permissions_for_user(member).can_publish()

    assert client.get(snippet_form(content["theme"])).status_code == 200
    assert submit(client, snippet_form(content["theme"])).status_code == 302
    assert content["theme"].get_translation_or_none(Locale.objects.get(language_code="fr"))


def test_researchers_translate_the_sourcebook_pages_they_write(client, content):
    researcher = member_of(RESEARCHERS, client)
    assert client.get(page_form(content["guide"])).status_code == 200
    assert submit(client, page_form(content["guide"])).status_code == 302
    french = content["guide"].get_translation(Locale.objects.get(language_code="fr"))
    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code == 200
    # Their translation is reviewed like their pages: they cannot publish it.
    permissions = french.permissions_for_user(researcher)
    assert permissions.can_edit() and not permissions.can_publish()
    assert french.get_workflow().name == "Sourcebook review"

    # Nothing outside the sourcebook, and no taxonomy terms.
    assert refused(client.get(page_form(content["news"])))
    assert refused(submit(client, page_form(content["news"])))
    assert refused(client.get(snippet_form(content["theme"])))
    assert content["news"].get_translations().count() == 0


def test_reviewers_approve_translations_and_submit_none(client, content):
    communications = UserFactory(email="comms@example.org")
    communications.groups.add(Group.objects.get(name=COMMUNICATIONS))
    client.force_login(communications)
    submit(client, page_form(content["guide"]))

    reviewer = member_of(REVIEWERS, client)
    for url in (page_form(content["guide"]), page_form(content["news"])):
        assert refused(client.get(url))
    assert refused(client.get(snippet_form(content["theme"])))
    french = content["guide"].get_translation(Locale.objects.get(language_code="fr"))
    assert french.permissions_for_user(reviewer).can_publish()


def test_sync_is_for_those_who_may_submit(client, content):
    from wagtail_localize.models import TranslationSource

    member_of(COMMUNICATIONS, client)
    submit(client, page_form(content["news"]))
    source = TranslationSource.objects.get_for_instance(content["news"])
    assert client.get(f"/admin/localize/update/{source.pk}/").status_code == 200
    member_of(RESEARCHERS, client)
    assert refused(client.get(f"/admin/localize/update/{source.pk}/"))
