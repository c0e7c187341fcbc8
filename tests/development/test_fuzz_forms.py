"""Hostile input in the members' pages: every form a signed-in member can send, never a 500.

The site-wide fuzz test (tests/cms/test_fuzz.py) walks the public pages. Here a
coordinator, a member and a consultant of an agency open each page of the
development work and of their account, and every form found in the HTML the
site sends is posted back with Hypothesis's hostile values (control
characters, NUL, long and odd Unicode, raw bytes) in each of its fields, and
with the ids in its choices replaced by hostile ones. The site may refuse or
re-display the form with messages; it must never answer 500, and no form
posted by someone else's member reaches this agency's data.

The forms are read from the pages themselves, so a form added later is fuzzed
without changing this test. Forms that end the session (sign out) or close the
account are left out: they take no text.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cms.test_fuzz import hostile_text, raw_query, raw_value

from .conftest import make_people
from .factories import (
    InterventionFactory,
    LogEntryFactory,
    RoundFactory,
    answer_round,
    statements_of,
)

pytestmark = pytest.mark.django_db

# Actions that end the visit rather than take input, and the header's search
# form (a public page: tests/cms/test_fuzz.py sends it hostile words).
LEFT_OUT = ("logout", "/me/delete/", "/language/", "/search/")
# Each example walks every page: fewer examples than the public fuzz test.
EXAMPLES = 6 if os.environ.get("HYPOTHESIS_PROFILE", "suite") == "suite" else 200


class Forms(HTMLParser):
    """The forms of a page: action, method and the fields with their offered values."""

    def __init__(self, page_url):
        super().__init__()
        self.page_url = page_url
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "action": urljoin(self.page_url, attrs.get("action") or self.page_url),
                    "method": (attrs.get("method") or "get").lower(),
                    "fields": {},
                }
            )
        elif tag in ("input", "select", "textarea", "button", "option") and self.forms:
            fields = self.forms[-1]["fields"]
            if tag == "option":
                return
            name = attrs.get("name")
            if name and attrs.get("type") != "file":
                fields.setdefault(name, []).append(attrs.get("value") or "")


def forms_on(client, url):
    response = client.get(url)
    assert response.status_code < 500, url
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return []
    parser = Forms(url)
    parser.feed(response.content.decode())
    return [f for f in parser.forms if not any(part in f["action"] for part in LEFT_OUT)]


@pytest.fixture
def work(home):
    """The agency's work. Built once for all the examples of a test (what the examples
    change stays from one to the next, as it would on a site)."""
    people = make_people(home)
    statements = statements_of(people.framework)
    a = people.agency.pk
    done = RoundFactory(agency=people.agency, framework=people.framework, title="Baseline")
    answer_round(done, {people.member: {s: 2 for s in statements}}, submit=True)
    open_round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(open_round, {people.coordinator: {}, people.member: {}})
    intervention = InterventionFactory(agency=people.agency)
    entry = LogEntryFactory(partnership=people.partnership, author=people.coordinator)
    p, r = people.partnership.pk, open_round.pk
    pages = [
        reverse("development:home"),
        reverse("development:agency", args=[a]),
        reverse("development:intervention", args=[a, intervention.pk]),
        reverse("development:upload", args=[a]),
        reverse("development:results", args=[a]),
        reverse("development:new_round", args=[a]),
        reverse("development:round", args=[a, r]),
        reverse("development:answer", args=[a, r]),
        reverse("development:consolidate", args=[a, r]),
        reverse("development:submit", args=[a, r]),
        reverse("development:round", args=[a, done.pk]),
        reverse("development:partnership", args=[a, p]),
        reverse("development:new_log_entry", args=[a, p]),
        reverse("development:log_entry", args=[a, p, entry.pk]),
        reverse("development:edit_log_entry", args=[a, p, entry.pk]),
        reverse("my_account"),
        reverse("invite_to_agency", args=[a]),
        people.space.url,
    ]
    return people, pages


@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_hostile_values_in_every_members_form_never_cause_a_server_error(work, data):
    people, pages = work
    cache.clear()  # no rate limit in the way
    person = data.draw(st.sampled_from([people.coordinator, people.member, people.consultant]))
    client = Client()
    client.force_login(person)
    for url in pages:
        for form in forms_on(client, url):
            chosen = data.draw(
                st.lists(st.sampled_from([*form["fields"], "unknown"]), min_size=1, max_size=6)
            )
            values = {name: offered[0] for name, offered in form["fields"].items()}
            values.update({name: data.draw(hostile_text) for name in chosen})
            send = client.post if form["method"] == "post" else client.get
            response = send(form["action"], values)
            assert response.status_code < 500, (url, form["action"], values)
            raw = {name: data.draw(raw_value) for name in chosen}
            if form["method"] == "post":
                response = client.post(
                    form["action"], raw_query(raw), content_type="application/x-www-form-urlencoded"
                )
            else:
                response = client.get(form["action"], QUERY_STRING=raw_query(raw))
            assert response.status_code < 500, (url, form["action"], raw)
