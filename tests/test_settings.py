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
    result = manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="x")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


@pytest.mark.parametrize("cache_url", [None, "locmemcache://", "filecache:///tmp/praxis-cache"])
def test_production_refuses_to_start_without_a_shared_cache(cache_url):
    """Each gunicorn worker would count rate limits on its own (issue 15, item 8)."""
    environment = {"CACHE_URL": cache_url} if cache_url else {}
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="x",
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
        SECRET_KEY="x",
        ALLOWED_HOSTS="example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
        TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8, ::1",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


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


def test_postgresql_connections_are_kept_open_and_run_without_jit():
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
    assert result.stdout.split()[-4:] == ["60", "True", "-c", "jit=off"]
