"""Private documents and images: stored apart, served only to those allowed."""

from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Collection

from .factories import document, image

pytestmark = pytest.mark.django_db


def test_private_files_are_not_under_media_root(world):
    space = world.spaces["A"]
    rendition = space.image.get_rendition("fill-32x32")
    for name in (space.document.file.name, space.image.file.name, rendition.file.name):
        assert name.startswith("private/")
        assert not (Path(settings.MEDIA_ROOT) / name).exists()
        assert (Path(settings.PRIVATE_MEDIA_ROOT) / name.removeprefix("private/")).exists()
    assert not space.rendition_url.startswith(settings.MEDIA_URL)
    assert not space.document.file.url.startswith(settings.MEDIA_URL)


def test_private_document_download_is_a_private_attachment(world, client):
    client.force_login(world.member_a)
    response = client.get(world.spaces["A"].document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "private, no-store"
    assert b"SECRET-A-FILE" in b"".join(response.streaming_content)


def test_private_rendition_is_private(world, client):
    client.force_login(world.member_a)
    response = client.get(world.spaces["A"].rendition_url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "image/png"


def test_non_member_gets_403_and_anonymous_signs_in(world, client):
    space = world.spaces["A"]
    for url in (space.document.url, space.rendition_url, space.image.file.url):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(world.member_b)
    for url in (space.document.url, space.rendition_url, space.image.file.url):
        assert client.get(url).status_code == 403


def test_guessing_a_private_name_finds_nothing(world, client):
    client.force_login(world.staff)
    assert client.get("/private-media/private/documents/nothing.txt").status_code == 404
    assert client.get("/private-media/original_images/x.png").status_code == 404
    assert client.get("/private-media/private/../../etc/passwd").status_code == 404


def test_public_media_stays_public(world, client):
    root = Collection.get_first_root_node()
    doc = document("Public report", root)
    img = image("Public photo", root)
    assert not doc.file.name.startswith("private/")
    assert img.get_rendition("fill-32x32").url.startswith(settings.MEDIA_URL)
    response = client.get(doc.url)
    assert response.status_code == 200


def test_moving_into_a_private_collection_moves_the_files(world):
    root = Collection.get_first_root_node()
    img = image("Photo to hide", root)
    public_rendition = img.get_rendition("fill-32x32")
    public_path = Path(settings.MEDIA_ROOT) / img.file.name
    assert public_path.exists()
    img.collection = world.spaces["A"].agency.collection
    img.save()
    img.refresh_from_db()
    assert img.file.name.startswith("private/")
    assert not public_path.exists()
    assert not img.renditions.filter(pk=public_rendition.pk).exists()
    assert img.get_rendition("fill-32x32").file.name.startswith("private/")
    # And back out again.
    img.collection = root
    img.save()
    img.refresh_from_db()
    assert not img.file.name.startswith("private/")
    assert (Path(settings.MEDIA_ROOT) / img.file.name).exists()


def test_restricting_a_collection_moves_its_documents(world, django_capture_on_commit_callbacks):
    from wagtail.models import CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Board papers")
    doc = document("Board minutes", collection)
    assert not doc.file.name.startswith("private/")
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    doc.refresh_from_db()
    assert doc.file.name.startswith("private/")


def test_private_media_root_inside_media_root_is_refused(settings):
    from cms.private_media import private_media_root_check

    settings.PRIVATE_MEDIA_ROOT = str(Path(settings.MEDIA_ROOT) / "private")
    assert private_media_root_check()[0].id == "praxis.E001"


def image_block(img):
    return {
        "type": "image",
        "value": {"image": {"image": img.pk, "alt_text": "A photo", "decorative": False}},
    }


def test_media_put_on_a_space_page_join_the_agency_collection(
    world, client, django_capture_on_commit_callbacks
):
    """An editor uploads a photo from the space's editor (default, public collection)."""
    from tests.factories import StandardPageFactory

    root = Collection.get_first_root_node()
    photo = image("Workshop photo", root, filename="workshop.png")
    agenda = document("Workshop agenda", root, filename="agenda.txt")
    shared = image("Shared photo", root, filename="shared.png")
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=world.home, slug="about-us", body=[image_block(shared)])
    space = world.spaces["A"]
    child = space.child_page
    child.body = [
        image_block(photo),
        image_block(shared),
        {"type": "document", "value": {"document": agenda.pk, "title": ""}},
    ]
    with django_capture_on_commit_callbacks(execute=True):
        child.save_revision().publish()

    for obj in (photo, agenda):
        obj.refresh_from_db()
        assert obj.collection == space.agency.collection
        assert obj.file.name.startswith("private/")
        assert not (Path(settings.MEDIA_ROOT) / obj.file.name).exists()
    rendition_url = photo.get_rendition("fill-32x32").url
    assert not rendition_url.startswith(settings.MEDIA_URL)
    assert client.get(rendition_url).status_code == 302  # anonymous: sign in first
    client.force_login(world.member_b)
    assert client.get(rendition_url).status_code == 403
    assert client.get(agenda.url).status_code == 403
    client.force_login(world.member_a)
    assert client.get(rendition_url).status_code == 200
    page = client.get(child.url).text
    assert 'alt="A photo"' in page
    assert "/private-media/private/" in page  # the member's page shows it, from private storage
    # A photo a public page shows too stays public.
    shared.refresh_from_db()
    assert shared.collection == root
    assert not shared.file.name.startswith("private/")
