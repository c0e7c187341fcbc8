"""The sign-in lockout holds across gunicorn's workers when they share the cache (Redis).

allauth counts failed sign-ins in the cache (``ACCOUNT_RATE_LIMITS["login_failed"]``:
five per account in five minutes). Every gunicorn worker is a process of its own,
so production refuses a cache each process keeps to itself (``CACHE_URL``, see
cms/settings/production.py): with one, a guesser whose attempts land on different
workers would get five tries per worker. This test runs gunicorn with the
production settings, two workers and the cache on Redis, makes the wrong
passwords land on both workers (three on one, two on the other: neither sees
five), and checks what the account holder would notice: the right password is
then refused by either worker, while somebody else still signs in.

Which worker accepts a connection is up to the kernel. To decide it, the test
holds one worker busy with a connection that never sends its request (a sync
worker waits on it), so the next visits go to the other; gunicorn's access log
names the process that answered each visit, and the test checks the split.

Redis is the one CI starts (``REDIS_URL``, .ci/services.sh redis); where it does
not answer, the test is skipped with the reason. Its keys carry a prefix of
their own (django-environ's ``?key_prefix=``), so parallel runs and other tests
never share counts, and only those keys are deleted at the end.

One departure from production: static files are served without the manifest
``collectstatic`` writes (which takes longer than the test), as the suite does;
the pages render the same and rate limits never touch static files.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.urls import reverse

from tests.cms.test_public_media import (
    ROOT,
    STRONG_KEY,
    database_url,
    free_port,
    wait_until_listening,
)

from .factories import PASSWORD, verified_user

HOST = "praxis.example.org"
LOCKED_OUT = "Too many failed login attempts. Try again later."  # allauth's message


@pytest.fixture
def redis_url():
    """The Redis CI starts; the test is skipped, saying why, where it does not answer."""
    import redis

    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1")
    connection = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    try:
        connection.ping()
    except redis.RedisError as error:
        pytest.skip(
            f"Redis at {url} does not answer ({error}): the shared-cache lockout needs one "
            "(.ci/services.sh redis, or REDIS_URL)"
        )
    yield url, connection
    connection.close()


def listening_queue(port):
    """How many connections to ``port`` wait for a worker to accept them (Linux's view)."""
    wanted = f"0100007F:{port:04X}"
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1] == wanted and fields[3] == "0A":  # state LISTEN
            return int(fields[4].split(":")[1], 16)  # rx_queue: the accept queue
    raise AssertionError(f"nothing listens on 127.0.0.1:{port}")


def hold_a_worker(port):
    """A connection a worker accepts and then waits on: that worker answers nobody else."""
    held = socket.create_connection(("127.0.0.1", port), timeout=30)
    for _ in range(600):
        if listening_queue(port) == 0:
            return held
        time.sleep(0.05)
    raise AssertionError("no gunicorn worker accepted the connection")


def production_password(user):
    """Production checks passwords with Django's own hashers, of which the suite's MD5 is not."""
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    return user


@pytest.mark.django_db(transaction=True)
def test_sign_in_lockout_holds_across_gunicorn_workers_on_redis(home, tmp_path, redis_url):
    url, redis_connection = redis_url
    if not Path("/proc/net/tcp").exists():
        pytest.skip("choosing the worker that answers reads Linux's /proc/net/tcp")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    prefix = f"praxis-test-lockout-{worker}-{uuid.uuid4().hex[:12]}"
    production_password(verified_user("guessed@example.org"))
    production_password(verified_user("bystander@example.org"))
    (tmp_path / "lockout_settings.py").write_text(
        "from cms.settings.production import *  # noqa: F403\n"
        "STORAGES = {**STORAGES, 'staticfiles': {'BACKEND': "  # noqa: F405
        "'django.contrib.staticfiles.storage.StaticFilesStorage'}}\n"
    )
    access_log = tmp_path / "access.log"
    port = free_port()
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))},
        "DJANGO_SETTINGS_MODULE": "lockout_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": HOST,
        "CACHE_URL": f"{url}{'&' if '?' in url else '?'}key_prefix={prefix}",
        "DATABASE_URL": database_url(),
        # Connections come from the proxy (here, the test); the guesser's address,
        # a new one every time, is in X-Forwarded-For: only the per-account count holds.
        "TRUSTED_PROXIES": "127.0.0.1",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--timeout", "60", "--log-level", "warning",
         "--access-logfile", str(access_log),
         "--access-logformat", "%(p)s %({x-visit}i)s %(s)s"],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    login = reverse("account_login")
    assert login == "/en/accounts/login/"
    visits = []

    def visit(label, address, cookies, form=None):
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": address,
            "X-Visit": label,
        }
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{login}"
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("POST" if form is not None else "GET", login, body, headers)
            response = connection.getresponse()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie()
                cookie.load(header)
                cookies.update({name: morsel.value for name, morsel in cookie.items()})
            visits.append(label)
            return response.status, response.getheader("Location"), response.read().decode()
        finally:
            connection.close()

    def sign_in(label, address, email, password):
        """A new visitor: opens the sign-in form, then sends it."""
        cookies = {}
        status, _location, page = visit(f"{label}-form", address, cookies)
        assert status == 200, page[:2000]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = {"csrfmiddlewaretoken": token, "login": email, "password": password}
        return visit(label, address, cookies, form)

    def wrong_password(n, email="guessed@example.org"):
        status, _location, page = sign_in(f"wrong-{n}", f"198.51.100.{n}", email, f"guess-{n}")
        assert status == 200, page[:2000]
        assert 'class="errors"' in page  # told the password is wrong…
        assert LOCKED_OUT not in page  # …and not yet locked out

    def locked_out(label, address):
        status, location, page = sign_in(label, address, "guessed@example.org", PASSWORD)
        assert (status, location) == (200, None), "the right password opened the account"
        assert LOCKED_OUT in page

    held = []
    try:
        wait_until_listening(server, port)
        held.append(hold_a_worker(port))  # one worker busy: the other answers
        for n in (1, 2, 3):
            wrong_password(n)
        held.append(hold_a_worker(port))  # the worker that answered is busy now…
        held.pop(0).close()  # …and the first one free
        for n in (4, 5):
            wrong_password(n)
        # Five failures, three seen by one worker and two by the other: each locks.
        locked_out("locked-1", "198.51.100.6")
        held.append(hold_a_worker(port))
        held.pop(0).close()
        locked_out("locked-2", "198.51.100.7")
        # The lock is the account's: somebody else, from that same address, signs in.
        status, location, page = sign_in(
            "bystander", "198.51.100.7", "bystander@example.org", PASSWORD
        )
        assert (status, location) == (302, reverse("my_account")), page[:2000]
    finally:
        for connection in held:
            connection.close()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        counted = list(redis_connection.scan_iter(match=f"{prefix}:*", count=1000))
        if counted:
            redis_connection.delete(*counted)

    # Which worker answered each visit, from gunicorn's access log.
    answered = {}
    for line in access_log.read_text().splitlines():
        pid, label, _status = line.split()
        answered[label] = pid
    assert set(visits) <= set(answered), access_log.read_text()
    first, second = answered["wrong-1"], answered["wrong-4"]
    assert first != second, "one worker answered every visit"
    assert {answered[f"wrong-{n}"] for n in (1, 2, 3)} == {first}
    assert {answered[f"wrong-{n}"] for n in (4, 5)} == {second}
    assert (answered["locked-1"], answered["locked-2"]) == (second, first)
    # The failures were counted in Redis, under this test's own prefix.
    assert any(b"login_failed" in key for key in counted), counted
