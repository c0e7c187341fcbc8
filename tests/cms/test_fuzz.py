"""Hostile input everywhere a visitor can type or craft it: never a server error.

Hypothesis sends control characters, NUL, invalid UTF-8, very long values and
odd Unicode (bidirectional overrides, combining marks, noncharacters, astral
planes, case-folding surprises) to every public GET parameter, address
segment and form of every page type, as a proper UTF-8 query and as raw bytes.
The site may refuse (400, 403, 404, 405, 429) or ignore what it does not
understand; it must never answer 500. The test client re-raises a view's
exception, so a crash fails the test with its traceback.

Runs on SQLite and on PostgreSQL (which, unlike SQLite, refuses NUL in text).
The examples are derived from the test's name (``derandomize``), so a run is
repeatable; ``HYPOTHESIS_PROFILE=thorough`` tries many more.
"""

from __future__ import annotations

import os
from urllib.parse import quote, quote_from_bytes

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .site import build_site

pytestmark = pytest.mark.django_db

settings.register_profile(
    "suite",
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    # No "explain" phase: tracing every line of the site to explain a failure
    # took many minutes; the shrunk example and its traceback say enough.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
settings.register_profile("thorough", parent=settings.get_profile("suite"), max_examples=400)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

NASTY = [
    "\x00",
    "a\x00b",
    "\x01\x02\x03\x1f\x7f",
    "\r\nSet-Cookie: x=1",
    "\t\v\f",
    "\u202eevil\u202c",  # right-to-left override
    "\u200b\u200d\ufeff",  # zero-width characters, byte-order mark
    "e\u0301" * 500,  # combining marks
    "\ufffe\uffff",  # noncharacters
    "\U0001f600\U00010348\U000e0001",  # astral planes, a tag character
    "İıßẞǅﬁ",  # case-folding and normalisation surprises
    "\uff1cscript\uff1e",  # full-width angle brackets (NFKC gives <script>)
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../../etc/passwd",
    "%00%25%2e%2e",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "[]",
    "x" * 100_000,
    "\u4e2d\u6587" * 5_000,
]
RAW_BYTES = [
    b"\xff\xfe",
    b"\xc0\xaf",  # overlong slash
    b"\xed\xa0\x80",  # an encoded lone surrogate
    b"\xf4\x90\x80\x80",  # beyond U+10FFFF
    b"\x80",
    b"abc\xe2\x82",  # cut short
]

hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(codec="utf-8"), max_size=60),
    st.text(st.characters(categories=["Cc", "Cf", "Co", "Cn", "Zl", "Zp", "Mn"]), max_size=30),
)
raw_value = st.one_of(st.sampled_from(RAW_BYTES), st.binary(max_size=40))


@pytest.fixture
def site(home):
    return build_site(home)


def no_server_error(response, where):
    assert response.status_code < 500, (where, response.status_code)


def raw_query(values: dict[str, bytes]) -> str:
    return "&".join(f"{quote(k)}={quote_from_bytes(v)}" for k, v in values.items())


# GET parameters each page type reads (and one it does not).
PARAMETERS = {
    "sourcebook": ["kind", "theme", "intervention", "country", "sector", "level", "sort", "page"],
    "collection": ["page"],
    "publications": ["type", "year", "author", "theme", "sort", "page"],
    "news index": ["page"],
    "events": ["when", "kind", "year", "page"],
    "search": ["q", "kind", "theme", "country", "sector", "intervention", "year", "page"],
    "sign in": ["next"],
    "sign up": ["next"],
    "home": ["next", "page"],
}
ROUTES = {
    "publications export": ["type", "year", "author", "theme", "sort"],
    "suggestions": ["q"],
    "oai": ["verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"],
    "sitemap": ["p"],
}


def targets(site):
    for name, names in PARAMETERS.items():
        yield site.pages[name], names
    for name, names in ROUTES.items():
        yield site.routes[name].split("?")[0], names
    yield site.registration_link, ["download"]
    yield "/language/fr/", ["next"]


@given(data=st.data())
def test_hostile_query_parameters_never_cause_a_server_error(site, data):
    cache.clear()  # no rate limit in the way
    client = Client()
    for url, names in targets(site):
        chosen = data.draw(st.lists(st.sampled_from([*names, "unknown"]), min_size=1, max_size=3))
        values = {name: data.draw(hostile_text) for name in chosen}
        no_server_error(client.get(url, values), (url, values))
        raw = {name: data.draw(raw_value) for name in chosen}
        no_server_error(client.get(url, QUERY_STRING=raw_query(raw)), (url, raw))


@given(segment=hostile_text.filter(lambda s: "/" not in s and s not in ("", ".", "..")))
def test_hostile_address_segments_never_cause_a_server_error(site, segment):
    client = Client()
    escaped = quote(segment, safe="")
    for url in (
        site.pages["publications"] + f"people/{escaped}/",
        site.event.url + f"registration/{escaped}/",
        site.pages["publications"] + f"export/{escaped}/",
        site.pages["publication"] + f"cite/{escaped}/",
        f"/en/accounts/invitation/{escaped}/",
        f"/language/{escaped}/",
        f"/documents/1/{escaped}",
        f"/media/original_images/{escaped}",
        f"/private-media/private/{escaped}",
        f"/en/{escaped}/",
        f"/{escaped}/",
        site.pages["sourcebook"] + f"{escaped}/sourcebook.pdf",
    ):
        no_server_error(client.get(url), url)


REGISTRATION_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "organisation",
    "country",
    "role",
    "dietary_needs",
    "accessibility_needs",
    "consent",
    "website",
    "action",
]


@given(data=st.data())
def test_hostile_registration_forms_never_cause_a_server_error(site, data):
    cache.clear()
    client = Client()
    questions = [f"q_{block.id}" for block in site.event.questions]
    names = [*REGISTRATION_FIELDS, *questions, "unknown"]
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names)))
    values = {name: data.draw(hostile_text) for name in chosen}
    values.setdefault("consent", "on")
    for url in (site.event.url, site.registration_link):
        no_server_error(client.post(url, values), (url, values))
        raw = {name: data.draw(raw_value) for name in chosen}
        response = client.post(
            url, raw_query(raw), content_type="application/x-www-form-urlencoded"
        )
        no_server_error(response, (url, raw))
    action = data.draw(st.sampled_from(["change", "cancel", "erase", "\x00", "x" * 5000]))
    no_server_error(client.post(site.registration_link, {**values, "action": action}), action)


ACCOUNT_FORMS = {
    "/en/accounts/login/": ["login", "password", "remember", "next"],
    "/en/accounts/signup/": ["email", "password1", "password2", "next"],
    "/en/accounts/password/reset/": ["email"],
    "/oai/": ["verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"],
}


@given(data=st.data())
def test_hostile_account_and_protocol_forms_never_cause_a_server_error(site, data):
    cache.clear()
    client = Client()
    for url, names in ACCOUNT_FORMS.items():
        chosen = data.draw(st.lists(st.sampled_from([*names, "unknown"]), min_size=1, max_size=4))
        values = {name: data.draw(hostile_text) for name in chosen}
        no_server_error(client.post(url, values), (url, values))
        raw = {name: data.draw(raw_value) for name in chosen}
        response = client.post(
            url, raw_query(raw), content_type="application/x-www-form-urlencoded"
        )
        no_server_error(response, (url, raw))


MEMBER_FORMS = {
    "/en/accounts/email/": ["email", "action_add", "action_send", "action_remove"],
    "/en/accounts/me/delete/": ["confirm", "password"],
    "/en/accounts/password/change/": ["oldpassword", "password1", "password2"],
}


@given(data=st.data())
def test_hostile_forms_of_signed_in_members_never_cause_a_server_error(site, data):
    from members.models import Membership

    cache.clear()
    Membership.objects.filter(user=site.member).update(role=Membership.Role.COORDINATOR)
    agency = site.member.memberships.get().agency
    client = Client()
    client.force_login(site.member)
    forms = {**MEMBER_FORMS, f"/en/accounts/agencies/{agency.pk}/invite/": ["email", "role"]}
    for url, names in forms.items():
        chosen = data.draw(st.lists(st.sampled_from([*names, "unknown"]), min_size=1, max_size=3))
        values = {name: data.draw(hostile_text) for name in chosen}
        no_server_error(client.post(url, values), (url, values))
    for url in site.members_pages.values():
        values = {data.draw(hostile_text) or "x": data.draw(hostile_text)}
        no_server_error(client.get(url, values), (url, values))


@given(data=st.data())
def test_hostile_parameters_in_the_organisers_views_never_cause_a_server_error(site, data):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(email="organiser@example.org", is_staff=True, is_superuser=True))
    url = f"/admin/events/registrations/{site.event.pk}/"
    names = ["status", "q", "checked_in", "p", "export", "unknown"]
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=3))
    values = {name: data.draw(hostile_text) for name in chosen}
    no_server_error(client.get(url, values), (url, values))
    raw = {name: data.draw(raw_value) for name in chosen}
    no_server_error(client.get(url, QUERY_STRING=raw_query(raw)), (url, raw))
    action = {"action": data.draw(hostile_text), "registration": data.draw(hostile_text)}
    no_server_error(client.post(url, {**action, "next": data.draw(hostile_text)}), action)
    for suffix in ("check-in/", "message/"):
        post = {"registration": data.draw(hostile_text), "subject": data.draw(hostile_text),
                "body": data.draw(hostile_text)}  # fmt: skip
        no_server_error(client.post(url + suffix, post), (suffix, post))
