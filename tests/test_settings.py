"""The settings themselves: configuration from the environment, production refusing bad setups."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DATABASE_URL",
            "CACHE_URL",
            "TRUSTED_PROXIES",
        )
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY=STRONG_KEY
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


# What `python -c 'import secrets; print(secrets.token_urlsafe(50))'` gives.
STRONG_KEY = "q3Vd8Zk1nJ0sXbT7eWm2yLrA9hGcUf4pKo6iNwE5tRj-_Sa1Bz8Dx3Cv0Hy7Gl2Qu9"


@pytest.mark.parametrize("cache_url", [None, "locmemcache://", "filecache:///tmp/praxis-cache"])
def test_production_refuses_to_start_without_a_shared_cache(cache_url):
    """Each gunicorn worker would count rate limits on its own (issue 15, item 8)."""
    environment = {"CACHE_URL": cache_url} if cache_url else {}
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="example.org",
        **environment,
    )
    assert result.returncode != 0
    assert "CACHE_URL must name a cache every web process shares" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="example.org",
        WAGTAILADMIN_BASE_URL="https://example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
        TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8, ::1",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_deployment_checklist_asks_for_the_public_address():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode != 0
    assert "praxis.W001" in result.stderr and "WAGTAILADMIN_BASE_URL" in result.stderr


def test_trusted_proxies_must_be_addresses_or_networks():
    result = manage("check", TRUSTED_PROXIES="10.0.0.1, varnish.internal")
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: 'varnish.internal'" in result.stderr


def test_unknown_language_code_is_refused():
    result = manage("check", PRAXIS_LANGUAGES="en,xx")
    assert result.returncode != 0
    assert "unknown language codes" in result.stderr


def test_database_url_and_sqlite_defaults(settings):
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    else:
        assert database["ENGINE"] == "django.db.backends.postgresql"


@pytest.mark.parametrize(
    "url, engine",
    [
        ("postgres://postgres@127.0.0.1:5432/praxis", "django.db.backends.postgresql"),
        ("sqlite:////tmp/x.sqlite3", "django.db.backends.sqlite3"),
    ],
)
def test_database_url_is_read_from_the_environment(url, engine):
    code = (
        "from django.conf import settings; import django; django.setup(); "
        "print(settings.DATABASES['default']['ENGINE'])"
    )
    environment = dict(os.environ, DATABASE_URL=url, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.stdout.strip() == engine, result.stderr


def test_postgresql_connections_are_kept_open_without_jit_and_price_random_reads_as_memory():
    script = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        " print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], d['OPTIONS'].get('options'))"
    )
    result = manage(
        "shell",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL="postgres://praxis@127.0.0.1:5432/praxis",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-6:] == [
        "60",
        "True",
        "-c",
        "jit=off",
        "-c",
        "random_page_cost=1.1",
    ]


@pytest.mark.parametrize(
    "key",
    [
        "x",
        "dev-only-insecure-key-do-not-use-in-production",
        "django-insecure-" + "k3j5h2g7f8d9s0a1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7",
        "a" * 64,
        "abcdefghij" * 6,
        "change-me-to-something-long-and-random-1234567890-abcdefghij",
        "please-replace-this-placeholder-value-with-a-real-key-0123456789",
    ],
)
def test_weak_secret_keys_are_recognised(key):
    from cms.settings.keys import secret_key_weakness

    assert secret_key_weakness(key)


def test_random_keys_are_strong_enough():
    import secrets

    from django.core.management.utils import get_random_secret_key

    from cms.settings.keys import secret_key_weakness

    for _ in range(200):
        assert secret_key_weakness(secrets.token_urlsafe(50)) == ""
        assert secret_key_weakness(secrets.token_hex(32)) == ""
        assert secret_key_weakness(get_random_secret_key()) == ""
    assert secret_key_weakness(STRONG_KEY) == ""


@pytest.mark.parametrize(
    "key", ["x", "change-me-to-something-long-and-random-1234567890-abcdefghij"]
)
def test_production_refuses_to_start_with_a_weak_secret_key(key):
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=key,
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode != 0
    assert "SECRET_KEY is too weak for production" in result.stderr
    assert "secrets.token_urlsafe" in result.stderr  # how to make a good one


def test_production_refuses_any_host():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="*",
    )
    assert result.returncode != 0
    assert "not '*'" in result.stderr


@pytest.mark.parametrize(
    "name, value",
    [
        ("EVENTS_PURGE_AFTER_DAYS", "-100000"),
        ("EVENTS_PURGE_AFTER_DAYS", "100000000"),
        ("EVENTS_REMINDER_DAYS", "-1"),
        ("EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR", "0"),
        ("EVENTS_PURGE_AFTER_DAYS", "ninety"),
    ],
)
def test_settings_refuse_negative_absurd_or_garbled_numbers(name, value):
    result = manage("check", **{name: value})
    assert result.returncode != 0
    assert f"{name} must be a whole number" in result.stderr
