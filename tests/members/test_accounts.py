"""Accounts: sign-up with verification, sign-in, password reset, two-factor authentication."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from .factories import PASSWORD, verified_user

pytestmark = pytest.mark.django_db


def totp_code(secret, offset=0):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def link_in(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_sign_up_needs_the_emailed_link_before_signing_in(client, home):
    response = client.post(
        reverse("account_signup"),
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    # Not signed in until the address is confirmed.
    assert client.get(reverse("my_account")).status_code == 302
    client.logout()
    response = sign_in(client, "new@example.org")
    assert "confirm-email" in response["Location"] or response.status_code == 302
    assert not client.get(reverse("my_account")).status_code == 200

    confirm_url = link_in(mail.outbox[0])
    assert client.get(confirm_url).status_code == 200
    client.post(confirm_url)
    client.logout()
    response = sign_in(client, "new@example.org")
    assert response["Location"] == reverse("my_account")
    assert "new@example.org" in client.get(reverse("my_account")).text


def test_sign_in_page_is_in_the_site_look_with_errors_beside_fields(client, home):
    verified_user("someone@example.org")
    response = sign_in(client, "someone@example.org", "wrong password")
    assert response.status_code == 200
    assert "Skip to main content" in response.text  # the site's base.html
    assert 'value="someone@example.org"' in response.text  # input kept
    assert 'class="errors"' in response.text


def test_sign_in_is_rate_limited(client, home):
    verified_user("target@example.org")
    for _ in range(5):
        response = sign_in(client, "target@example.org", "wrong password")
        assert "Too many failed login attempts" not in response.text
    response = sign_in(client, "target@example.org", "wrong password")
    assert "Too many failed login attempts" in response.text
    # Once the limit is reached even the right password opens nothing for a while.
    response = sign_in(client, "target@example.org")
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.text
    assert client.get(reverse("my_account")).status_code == 302


def test_sign_in_lockout_is_per_client_behind_the_proxies(client, home, settings):
    """Every request arrives from the proxy; only the client that guesses is locked out."""
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    for n in range(12):
        verified_user(f"person{n}@example.org")

    def sign_in_from(address, email, password="wrong password"):
        return client.post(
            reverse("account_login"),
            {"login": email, "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=address,
        )

    # Junk sent to the sign-in form is no attempt: it uses up nothing.
    for _ in range(40):
        client.post(reverse("account_login"), {}, REMOTE_ADDR="10.0.0.2")
    # A guesser at 198.51.100.1 tries one password on each of ten accounts…
    for n in range(10):
        assert "Too many" not in sign_in_from("198.51.100.1", f"person{n}@example.org").text
    assert "Too many" in sign_in_from("198.51.100.1", "person10@example.org").text
    # …and everybody else still signs in.
    response = sign_in_from("198.51.100.2", "person11@example.org", PASSWORD)
    assert response.status_code == 302 and response["Location"] == reverse("my_account")


def test_sessions_list_shows_the_clients_address_not_the_proxys(client, home, settings):
    from allauth.usersessions.models import UserSession

    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    user = verified_user("travelling@example.org")
    client.post(
        reverse("account_login"),
        {"login": user.email, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.7, 10.1.2.3",
    )
    assert UserSession.objects.get(user=user).ip == "203.0.113.7"


def test_password_reset(client, home):
    verified_user("forgetful@example.org")
    client.post(reverse("account_reset_password"), {"email": "forgetful@example.org"})
    assert len(mail.outbox) == 1
    response = client.get(link_in(mail.outbox[0]))
    set_password_url = response["Location"]
    response = client.post(
        set_password_url,
        {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"},
    )
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, "forgetful@example.org", "a-brand-new-passphrase")[
        "Location"
    ] == reverse("my_account")


def test_two_factor_enrolment_then_sign_in_with_a_code(client, home):
    user = verified_user("careful@example.org")
    sign_in(client, user.email)
    # Security settings ask for the password again first.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]
    assert response.status_code == 200
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()

    client.post(reverse("account_logout"))
    response = sign_in(client, user.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("my_account")).status_code == 302  # not signed in yet
    # The recovery codes made at enrolment work (TOTP sign-in: the next test).
    recovery = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    code = recovery.wrap().get_unused_codes()[0]
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get(reverse("my_account")).status_code == 200


def test_sign_in_with_totp_code_and_with_a_recovery_code(client, home):
    user = verified_user("two.factor@example.org")
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(user, secret)
    recovery = RecoveryCodes.activate(user)
    codes = recovery.get_unused_codes()

    sign_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert client.get(reverse("my_account")).status_code == 302  # a wrong code opens nothing
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert client.get(reverse("my_account")).status_code == 200

    client.post(reverse("account_logout"))
    sign_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert client.get(reverse("my_account")).status_code == 200
    assert (
        codes[0]
        not in RecoveryCodes(Authenticator.objects.get(pk=recovery.instance.pk)).get_unused_codes()
    )


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    user = verified_user("editor@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_staff_without_two_factor_cannot_enter_the_admin(client, home, editor, admin_requires_2fa):
    sign_in(client, editor.email)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # Wagtail's own password-only sign-in is not a way round it.
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_with_two_factor_enter_the_admin(client, home, editor, admin_requires_2fa):
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(editor, secret)
    # A session opened without the second factor must confirm a code first.
    client.force_login(editor)
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    client.logout()

    sign_in(client, editor.email)
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_admin_sends_anonymous_visitors_to_the_site_sign_in(client, home):
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("account_login"))


def test_members_need_no_second_factor(client, home, admin_requires_2fa):
    user = verified_user("plain@example.org")
    assert not user.has_perm("wagtailadmin.access_admin")
    sign_in(client, "plain@example.org")
    assert client.get(reverse("my_account")).status_code == 200


def test_sessions_list_signs_out_other_sessions(client, home, django_user_model):
    from django.test import Client

    user = verified_user("busy@example.org")
    other = Client()
    sign_in(other, user.email)
    sign_in(client, user.email)
    response = client.get(reverse("usersessions_list"))
    assert response.status_code == 200
    client.post(reverse("usersessions_list"))
    assert other.get(reverse("my_account")).status_code == 302
    assert client.get(reverse("my_account")).status_code == 200


def test_change_of_email_takes_effect_once_the_new_address_is_confirmed(client, home):
    user = verified_user("old.address@example.org")
    sign_in(client, user.email)
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "new.address@example.org"}
    )
    assert response.status_code == 302
    confirmation = next(m for m in mail.outbox if m.to == ["new.address@example.org"])
    user.refresh_from_db()
    assert user.email == "old.address@example.org"  # not before the new address is proved
    client.post(link_in(confirmation))
    user.refresh_from_db()
    assert user.email == "new.address@example.org"
    client.post(reverse("account_logout"))
    assert sign_in(client, "new.address@example.org")["Location"] == reverse("my_account")
    client.post(reverse("account_logout"))
    assert sign_in(client, "old.address@example.org").status_code == 200  # refused


def test_account_pages_and_allauth_messages_speak_the_visitors_language(client, home):
    verified_user("lectrice@example.org")
    response = client.get("/fr/accounts/login/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.text
    response = client.post(
        "/fr/accounts/login/", {"login": "lectrice@example.org", "password": "wrong password"}
    )
    assert "L’adresse e-mail ou le mot de passe sont incorrects." in response.text
    response = client.post(
        "/fr/accounts/login/", {"login": "lectrice@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/fr/accounts/me/"
    page = client.get(response["Location"]).text
    assert re.search(r"Connexion avec .+ réussie\.", page)  # allauth's own message
    assert "Mon compte" in page
    other = type(client)()
    other.post("/fr/accounts/login/", {"login": "lectrice@example.org", "password": PASSWORD})
    sessions = client.get("/fr/accounts/sessions/").text
    assert "Déconnecter les autres sessions" in sessions


def test_account_addresses_are_under_the_language_prefix(client, home):
    from django.utils import translation

    for code in ("en", "de"):
        with translation.override(code):
            for name in ("account_login", "account_signup", "account_reset_password"):
                assert reverse(name).startswith(f"/{code}/accounts/")
    assert client.get("/accounts/login/")["Location"] == "/en/accounts/login/"
