"""The events index: upcoming first, the archive, filters by kind and year; members-only events."""

import pytest

from .factories import EventPageFactory, days_from_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(events):
    return {
        "soon": EventPageFactory(
            parent=events,
            title="Soon workshop",
            kind="workshop",
            start=days_from_now(5),
            end=days_from_now(5, 17),
        ),
        "later": EventPageFactory(
            parent=events, title="Later conference", start=days_from_now(60), end=days_from_now(62)
        ),
        "past": EventPageFactory(
            parent=events,
            title="Past conference",
            start=days_from_now(-400),
            end=days_from_now(-398),
        ),
        "members": EventPageFactory(
            parent=events,
            title="Members webinar",
            kind="webinar",
            audience="members",
            start=days_from_now(10),
            end=days_from_now(10, 11),
        ),
    }


def test_upcoming_events_first_in_date_order(client, events, programme):
    html = client.get(events.url).content.decode()
    assert html.index("Soon workshop") < html.index("Later conference")
    assert "Past conference" not in html
    assert "2 events" in html


def test_archive_lists_past_events(client, events, programme):
    html = client.get(events.url + "?when=past").content.decode()
    assert "Past conference" in html and "Later conference" not in html


def test_filter_by_kind_and_year_with_counts(client, events, programme):
    html = client.get(events.url + "?kind=workshop").content.decode()
    assert "Soon workshop" in html and "Later conference" not in html
    assert 'Conference <span class="count">(1)</span>' in html
    year = programme["past"].local_start.year
    html = client.get(events.url + f"?when=past&year={year}").content.decode()
    assert "Past conference" in html
    html = client.get(events.url + "?kind=party").content.decode()
    assert "not known" in html and "Soon workshop" not in html


def test_each_chosen_filter_has_a_removal_link_that_keeps_the_tab(client, events, programme):
    from bs4 import BeautifulSoup

    year = programme["past"].local_start.year
    html = client.get(events.url + f"?when=past&kind=conference&year={year}").content
    chips = BeautifulSoup(html, "html.parser").select(".active-filters a")
    assert [(a.get_text(), a["href"]) for a in chips] == [
        ("Remove Kind: Conference", f"?when=past&year={year}"),
        (f"Remove Year: {year}", "?when=past&kind=conference"),
    ]
    clear = BeautifulSoup(html, "html.parser").select_one(".filters a.clear")
    assert clear["href"] == events.url + "?when=past"


def test_members_only_events_refuse_anonymous_visitors(client, events, programme):
    members = programme["members"]
    for url in (members.url, members.url + "ics/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.post(members.url, {"email": "x@example.org"}).status_code == 302
    assert "Members webinar" not in client.get(events.url).content.decode()


def test_members_see_and_register_for_members_only_events(client, events, programme):
    from members.models import Membership
    from tests.members.factories import AgencyFactory, MembershipFactory, verified_user

    member = verified_user("claire@lyon.example", first_name="Claire", last_name="Martin")
    MembershipFactory(
        user=member, agency=AgencyFactory(name="Ville de Lyon"), role=Membership.Role.MEMBER
    )
    client.force_login(member)
    assert "Members webinar" in client.get(events.url).content.decode()
    html = client.get(programme["members"].url).content.decode()
    # Prefilled from the account and the agency.
    assert 'value="Claire"' in html and 'value="claire@lyon.example"' in html
    assert 'value="Ville de Lyon"' in html


def test_signed_in_users_without_membership_are_refused(client, events, programme):
    from tests.members.factories import verified_user

    client.force_login(verified_user("outsider@example.org"))
    assert client.get(programme["members"].url).status_code in (302, 403)


def test_switching_to_public_removes_only_our_restriction(events, programme):
    from wagtail.models import PageViewRestriction

    event = programme["members"]
    assert PageViewRestriction.objects.filter(page=event).count() == 1
    event.audience = "public"
    event.save_revision().publish()
    assert not PageViewRestriction.objects.filter(page=event).exists()


def test_saving_a_draft_does_not_open_a_members_only_event(client, events, programme):
    event = programme["members"]
    event.audience = "public"
    event.save_revision()  # a draft, not published
    assert client.get(event.url).status_code == 302


def test_home_page_shows_the_next_events_a_visitor_may_open(client, home, events, programme):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    section = soup.select_one('section[aria-labelledby="events-heading"]')
    titles = [a.get_text(strip=True) for a in section.select(".card-title a")]
    # Soonest first; the past conference and the members-only webinar are not shown.
    assert titles == ["Soon workshop", "Later conference"]


def test_french_home_page_shows_untranslated_events_marked_as_english(client, home, programme):
    from bs4 import BeautifulSoup
    from wagtail.models import Locale

    french = Locale.objects.get_or_create(language_code="fr")[0]
    home.copy_for_translation(french).save_revision().publish()
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    card = soup.select_one('section[aria-labelledby="events-heading"] .card')
    assert card["lang"] == "en"
    assert card.select_one(".card-title a").get_text(strip=True) == "Soon workshop"
    assert "en anglais" in card.select_one(".available-in").get_text()


def test_editors_question_texts_are_shown_as_text_not_markup(client, events):
    """An editor's help text, label or choice is text: markup in it is never run (same origin
    as the admin), on the event page and on the delegate's private page alike."""
    from events.models import Registration

    from .conftest import form_data

    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    event = EventPageFactory(
        parent=events,
        questions=[
            (
                "text",
                {
                    "label": f"Interest {script}",
                    "help_text": f"Help {script}",
                    "required": False,
                    "long": False,
                },
            ),
            (
                "text",
                {
                    "label": "Long",
                    "help_text": f"Long help {script}",
                    "required": False,
                    "long": True,
                },
            ),
            (
                "choice",
                {
                    "label": f"Excursion {script}",
                    "help_text": f"Pick {script}",
                    "required": False,
                    "choices": [f"Walk {script}", "Visit"],
                },
            ),
            (
                "multiple_choice",
                {
                    "label": "Workshops",
                    "help_text": f"Any {script}",
                    "required": False,
                    "choices": [f"Coaching {script}", "Action learning", "Self-assessment"],
                },
            ),
            ("yes_no", {"label": "Dinner?", "help_text": f"Dinner {script}", "required": False}),
        ],
    )
    html = client.get(event.url).content.decode()
    assert "Help &lt;script&gt;" in html and "Long help &lt;script&gt;" in html
    assert "Dinner &lt;script&gt;" in html and "Any &lt;script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html

    client.post(event.url, form_data(event))
    registration = Registration.objects.get(event=event)
    html = client.get(event.url + f"registration/{registration.token}/").content.decode()
    assert "Help &lt;script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_the_password_rules_beside_the_sign_up_form_are_still_a_list(client, home):
    """Help text the code itself marks safe (Django's password rules) keeps its markup."""
    html = client.get("/en/accounts/signup/").content.decode()
    assert "<li>" in html and "&lt;li&gt;" not in html
