"""What members announces and asks for: the dashboard's panels and the export's providers.

Apps above members answer through these registries (members never imports
them); these tests hold the registries to their contract.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured

from members import dashboard, personal_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_panels(monkeypatch):
    monkeypatch.setattr(dashboard, "_panels", {})
    return dashboard


@pytest.fixture
def own_providers(monkeypatch):
    monkeypatch.setattr(personal_data, "_providers", {})
    return personal_data


def test_dashboard_shows_the_panels_that_answer_in_their_order(world, client, own_panels):
    @own_panels.panel(order=30)
    def third(request, memberships):
        return "blocks/heading.html", {"value": {"text": "Third panel", "level": "h2"}}

    @own_panels.panel(order=10)
    def first(request, memberships):
        agencies = ", ".join(m.agency.name for m in memberships)
        return "blocks/heading.html", {"value": {"text": f"First panel: {agencies}"}}

    @own_panels.panel(order=20)
    def silent(request, memberships):
        return None

    client.force_login(world.member_a)
    text = client.get(world.members_area.url).text
    assert "<h2>First panel: Agency A</h2>" in text
    assert text.index("First panel") < text.index("Third panel")
    assert text.index("Recent documents") < text.index("First panel")  # members' own first


def test_the_events_app_answers_every_registry():
    assert "events" in dict(personal_data.providers())
    assert any(p.__module__ == "events.accounts" for p in dashboard.panels())
    from members.signals import account_closing

    uids = [key[0] for key, *_rest in account_closing.receivers]
    assert "events.erase_registrations" in uids


def test_provider_names_are_unique_and_not_the_accounts_own(own_providers):
    @own_providers.register("things")
    def things(user, verified_emails):
        return []

    with pytest.raises(ImproperlyConfigured):

        @own_providers.register("things")
        def other_things(user, verified_emails):
            return []

    with pytest.raises(ImproperlyConfigured):
        own_providers.register("memberships")


def test_providers_are_asked_with_the_verified_addresses_in_name_order(world, own_providers):
    calls = []

    @own_providers.register("zebras")
    def zebras(user, verified_emails):
        calls.append("zebras")
        return {"addresses": verified_emails}

    @own_providers.register("aardvarks")
    def aardvarks(user, verified_emails):
        calls.append("aardvarks")
        return []

    data = own_providers.collect(world.member_a, world.member_a.verified_emails())
    assert list(data) == ["aardvarks", "zebras"] == calls
    assert data["zebras"] == {"addresses": ["member.a@example.org"]}
