"""Cancelling and erasing ask first; the confirmation email repeats the submission, as HTML too."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from events.models import Registration

from .conftest import form_data

pytestmark = pytest.mark.django_db


def register(client, page, **overrides):
    response = client.post(page.url, form_data(page, **overrides))
    assert response.status_code == 303
    # The private link goes by email only.
    assert "Check your email" in client.get(response["Location"]).text
    return re.search(r"https?://\S+/registration/[\w-]+/", mail.outbox[-1].body).group(0)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "action, link_text, question, yes",
    [
        (
            "cancel",
            "Cancel my registration",
            "Cancel your registration?",
            "Yes, cancel my registration",
        ),
        (
            "erase",
            "Cancel and erase my data",
            "Cancel and erase your data?",
            "Yes, cancel and erase my data",
        ),
    ],
)
def test_cancelling_and_erasing_ask_first(client, conference, action, link_text, question, yes):
    link = register(client, conference)
    manage = soup(client.get(link))
    step = next(a for a in manage.select("main a") if a.get_text(strip=True) == link_text)
    # The first step changes nothing: a link to a page that asks.
    page = soup(client.get(step["href"]))
    assert page.h1.get_text(strip=True) == question
    form = page.select_one("form.confirm")
    assert form.select_one("button").get_text(strip=True) == yes
    keep = form.select_one("a")
    assert keep.get_text(strip=True) == "No, keep my registration" and keep["href"] in link
    assert Registration.objects.get().status == "confirmed"
    # A post without the confirmation (an old form, a double click) asks again.
    response = client.post(link, {"action": action})
    assert soup(response).h1.get_text(strip=True) == question
    registration = Registration.objects.get()
    assert registration.status == "confirmed" and registration.email

    fields = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    response = client.post(link, fields)
    registration = Registration.objects.get()
    assert registration.status == "cancelled"
    assert bool(registration.email) is (action == "cancel")


def test_the_confirmation_repeats_what_was_submitted_as_text_and_html(client, conference):
    register(client, conference, dietary_needs="Vegetarian", accessibility_needs="Step-free access")
    message = mail.outbox[-1]
    for text in (
        "Sciences Po Lyon",
        "Vegetarian",
        "Step-free access",
        "Your research interest: Participatory strategy",
        "Which excursion?: City hall visit",
    ):
        assert text in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "en"
    assert page.title.get_text() == message.subject
    text = page.get_text(" ", strip=True)
    assert "Step-free access" in text and "City hall visit" in text
    link = page.find("a", href=re.compile(r"/registration/"))
    assert link is not None and link["href"] in message.body


def test_a_french_delegate_gets_french_labels(client, conference):
    from cms.i18n import ensure_locales

    ensure_locales()
    # The event is not translated: under /fr/ it is served in English, the email in French.
    response = client.post(f"/fr/events/{conference.slug}/", form_data(conference))
    assert response.status_code == 303
    assert response["Location"] == f"/fr/events/{conference.slug}/registered/"
    sent = client.get(response["Location"]).text
    assert "Consultez votre messagerie" in sent
    assert "Nous avons envoyé un message à l’adresse que vous avez indiquée." in sent
    body = mail.outbox[-1].body
    assert "Besoins alimentaires: Vegetarian" in body
    assert "Ce que vous nous avez indiqué" in body


def test_the_event_page_offers_to_register_near_its_top(client, conference):
    page = soup(client.get(conference.url))
    link = page.select_one("header .register-now a")
    assert link.get_text(strip=True) == "Register" and link["href"] == "#register"
    assert page.select_one("#register form")
