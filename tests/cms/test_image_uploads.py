"""Uploading a damaged image in the admin: a form error on every upload path, nothing stored."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def png(width=64, height=48):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return buffer.getvalue()


# A PNG cut inside its header, just after it, and inside its pixel data; a file
# whose header says PNG and whose body is not.
DAMAGED = {
    "header cut short": png()[:16],
    "no pixel data": png()[:33],
    "pixel data cut short": png()[:60],
    "lying header": png()[:33] + b"\x00" * 200,
}


@pytest.fixture
def editor(client, home):
    client.force_login(UserFactory(email="editor@example.org", is_staff=True, is_superuser=True))
    return client


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="image/png")


@pytest.mark.parametrize("damage", DAMAGED)
def test_the_image_library_refuses_a_damaged_file_beside_the_field(editor, damage):
    response = editor.post(
        "/admin/images/add/", {"title": "Broken", "file": upload("broken.png", DAMAGED[damage])}
    )
    assert response.status_code == 200
    assert "Upload a valid image" in str(response.context["form"].errors["file"])
    assert response.context["form"]["title"].value() == "Broken"  # what was typed is kept
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("damage", DAMAGED)
def test_the_chooser_upload_refuses_a_damaged_file(editor, damage):
    response = editor.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Broken",
            "image-chooser-upload-file": upload("broken.png", DAMAGED[damage]),
        },
    )
    assert response.status_code == 200
    assert "Upload a valid image" in json.loads(response.content)["htmlFragment"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("damage", DAMAGED)
def test_the_multiple_upload_refuses_a_damaged_file(editor, damage):
    response = editor.post(
        "/admin/images/multiple/add/", {"files[]": upload("broken.png", DAMAGED[damage])}
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "Upload a valid image" in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_good_images_still_upload_everywhere(editor):
    response = editor.post(
        "/admin/images/add/", {"title": "Good", "file": upload("good.png", png())}
    )
    assert response.status_code == 302
    response = editor.post("/admin/images/multiple/add/", {"files[]": upload("more.png", png())})
    assert json.loads(response.content)["success"] is True
    image = get_image_model().objects.exclude(title="Good").get()
    # The multiple uploader's second step edits the title and keeps the file.
    response = editor.post(
        f"/admin/images/multiple/{image.pk}/",
        {f"image-{image.pk}-title": "More, renamed", f"image-{image.pk}-collection": "1"},
    )
    assert json.loads(response.content)["success"] is True
    image.refresh_from_db()
    assert image.title == "More, renamed" and image.file
    assert get_image_model().objects.count() == 2


def test_a_damaged_file_is_refused_after_weasyprint_was_loaded(editor):
    """WeasyPrint turns on Pillow's LOAD_TRUNCATED_IMAGES for the whole process."""
    import weasyprint  # noqa: F401 - imported for its side effect
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    response = editor.post(
        "/admin/images/add/",
        {"title": "Broken", "file": upload("broken.png", DAMAGED["pixel data cut short"])},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
