"""The members' area is in the main menu for those who may open it, in every language."""

import pytest
from bs4 import BeautifulSoup

from cms.i18n import ensure_locales

pytestmark = pytest.mark.django_db


def menu(client, url="/en/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {a.get_text(strip=True): a["href"] for a in soup.select(".main-nav a")}


def test_members_see_their_area_in_the_menu(client, world):
    ensure_locales()
    assert "Members' area" not in menu(client)
    client.force_login(world.member_a)
    assert menu(client)["Members' area"] == "/en/members/"
    assert menu(client, "/fr/")["Members' area"] == "/fr/members/"
    assert client.get("/fr/members/").status_code == 200
    client.force_login(world.staff)
    assert "Members' area" in menu(client)
