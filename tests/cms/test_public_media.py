"""Public media: served by the site in every environment (production included), never more."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Collection

from tests.members.factories import document, image

ROOT = Path(__file__).resolve().parent.parent.parent
STRONG_KEY = "q3Vd8Zk1nJ0sXbT7eWm2yLrA9hGcUf4pKo6iNwE5tRj-_Sa1Bz8Dx3Cv0Hy7Gl2Qu9"


@pytest.fixture
def photo(db):
    return image("Lyon town hall", Collection.get_first_root_node(), filename="town-hall.png")


@pytest.mark.django_db
def test_images_and_renditions_are_served_with_cache_and_safety_headers(client, photo):
    for url in (photo.file.url, photo.get_rendition("fill-32x32").url):
        assert url.startswith("/media/")
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")
        assert response["Cache-Control"] == "public, max-age=86400"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in response["Content-Security-Policy"]
        assert "sandbox" in response["Content-Security-Policy"]
        again = client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
        assert again.status_code == 304
    assert client.head(photo.file.url).status_code == 200
    assert client.post(photo.file.url).status_code == 405


@pytest.mark.django_db
def test_documents_and_anything_outside_media_are_not_served(client, home):
    doc = document("Minutes", Collection.get_first_root_node(), filename="minutes.txt")
    assert doc.file.name.startswith("documents/")
    assert (Path(settings.MEDIA_ROOT) / doc.file.name).exists()
    # Only through the document view, which applies the collection's privacy.
    assert client.get(f"/media/{doc.file.name}").status_code == 404
    assert client.get(doc.url).status_code == 200
    for path in ("/media/", "/media/../manage.py", "/media/%2e%2e/manage.py", "/media//etc/passwd"):
        assert client.get(path, follow=True).status_code == 404, path


@pytest.mark.django_db
def test_private_images_are_never_public_media(client, home):
    from tests.members.factories import AgencyFactory

    agency = AgencyFactory(name="Agency P")
    private = image("Private photo", agency.collection, filename="private.png")
    assert private.file.name.startswith("private/")
    assert client.get("/media/" + private.file.name).status_code == 404
    assert client.get("/media/" + private.file.name.removeprefix("private/")).status_code == 404


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(server, port):
    """Wait for the server process to accept connections on ``port`` (failing with its output
    if it exits first)."""
    for _ in range(240):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert server.poll() is None, server.stdout.read().decode()
            time.sleep(0.5)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after two minutes")


def database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME']}"
    )


@pytest.mark.django_db(transaction=True)
def test_production_serves_public_images_under_gunicorn(home, tmp_path):
    """gunicorn with the production settings, behind a proxy that says the visit is https."""
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nnot-really")
    (media / "documents").mkdir()
    (media / "documents" / "minutes.txt").write_text("SECRET-MINUTES")
    port = free_port()
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "praxis.example.org",
        # Production insists on a shared cache; serving media never reaches it.
        "CACHE_URL": "redis://127.0.0.1:6379/1",
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "1", "--log-level", "warning"],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip

    def get(path):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}",
            headers={"Host": "praxis.example.org", "X-Forwarded-Proto": "https"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    try:
        wait_until_listening(server, port)
        status, headers, body = get("/media/original_images/logo.png")
        assert status == 200, body[:500]
        assert body == b"\x89PNG\r\n\x1a\nnot-really"
        assert headers["Content-Type"] == "image/png"
        assert headers["Cache-Control"] == "public, max-age=86400"
        # Not found (its page needs `collectstatic`, which a production start runs
        # and this test does not): what matters is that the document is not served.
        status, _headers, body = get("/media/documents/minutes.txt")
        assert status != 200 and b"SECRET-MINUTES" not in body
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
