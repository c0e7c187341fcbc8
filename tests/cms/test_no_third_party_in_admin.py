"""The admin makes no third-party requests: no Gravatar pictures, no release check."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from tests.factories import PracticeGuidePageFactory, UserFactory

pytestmark = pytest.mark.django_db

FOREIGN = re.compile(r"^(https?:)?//(?!testserver[/:])")


@pytest.fixture
def editor(client):
    user = UserFactory(email="comms@example.org", is_superuser=True, is_staff=True)
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return user


def test_admin_pages_load_nothing_from_elsewhere(client, editor, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    for url in (
        "/admin/",
        f"/admin/pages/{sourcebook.pk}/",
        f"/admin/pages/{guide.pk}/edit/",
        "/admin/users/",
        f"/admin/users/edit/{editor.pk}/",
        "/admin/account/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "gravatar" not in html.lower(), url
        assert "releases.wagtail.io" not in html, url
        soup = BeautifulSoup(html, "html.parser")
        loaded = [tag.get("src") for tag in soup.select("img, script, iframe, source")]
        loaded += [tag.get("href") for tag in soup.select("link[rel=stylesheet], link[rel=icon]")]
        loaded += [tag.get("srcset") for tag in soup.select("img[srcset], source[srcset]")]
        foreign = [value for value in loaded if value and FOREIGN.match(value)]
        assert not foreign, (url, foreign)
