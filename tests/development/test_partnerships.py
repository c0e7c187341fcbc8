"""The learning log, its comments, and uploads to the agency's collection from the members' area."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from development.models import LogComment, LogEntry

from .factories import LogEntryFactory

pytestmark = pytest.mark.django_db


def test_the_consultant_writes_an_entry_and_the_coordinator_comments(people, client):
    a, p = people.agency.pk, people.partnership.pk
    client.force_login(people.consultant)
    new = reverse("development:new_log_entry", args=[a, p])
    missing = client.post(new, {"happened_on": "2025-03-01", "title": "Second set", "tried": ""})
    assert missing.status_code == 400
    assert "This field is required" in missing.text and 'value="Second set"' in missing.text
    assert not LogEntry.objects.exists()
    response = client.post(
        new,
        {
            "happened_on": "2025-03-01",
            "title": "Second set",
            "tried": "Questions only",
            "learned": "Peers hold back advice after a while",
            "next_steps": "Keep going",
            "took_part": "Six team leaders",
        },
    )
    entry = LogEntry.objects.get()
    assert response.status_code == 302 and entry.author == people.consultant

    client.force_login(people.coordinator)
    entry_url = reverse("development:log_entry", args=[a, p, entry.pk])
    assert client.post(entry_url, {"text": ""}).status_code == 400
    client.post(entry_url, {"text": "Agreed: keep going."})
    assert LogComment.objects.get().author == people.coordinator
    page = client.get(entry_url).text
    assert "Agreed: keep going." in page and "Peers hold back advice" in page
    # Only its author (and staff) edit an entry.
    edit = reverse("development:edit_log_entry", args=[a, p, entry.pk])
    assert client.get(edit).status_code == 404
    client.force_login(people.staff)
    assert client.get(edit).status_code == 200
    listing = client.get(reverse("development:partnership", args=[a, p])).text
    assert "Second set" in listing and "1 comment" in listing


def upload(client, agency, name, content, entry=None):
    url = reverse("development:upload", args=[agency.pk])
    data = {"title": f"Uploaded {name}", "file": SimpleUploadedFile(name, content)}
    if entry is not None:
        data["entry"] = entry.pk
    return client.post(url, data)


def test_members_upload_to_the_agencys_private_collection(people, client):
    client.force_login(people.member)
    response = upload(client, people.agency, "minutes.txt", b"Minutes of the set")
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Uploaded minutes.txt")
    assert document.collection == people.agency.collection
    assert document.file.name.startswith("private/")  # private storage, never /media/
    assert document.uploaded_by_user == people.member
    assert "Uploaded minutes.txt" in client.get(people.space.url).text


def test_uploads_get_the_admins_checks(people, client, settings):
    client.force_login(people.member)
    refused = upload(client, people.agency, "tool.exe", b"MZ binary")
    assert refused.status_code == 400
    assert "File extension" in refused.text and "not allowed" in refused.text
    assert 'value="Uploaded tool.exe"' in refused.text
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    too_big = upload(client, people.agency, "long.txt", b"x" * 100)
    assert too_big.status_code == 400 and "This file is too big" in too_big.text
    assert not get_document_model().objects.exists()


def test_the_consultant_uploads_to_a_log_entry_and_only_sees_that(people, client):
    entry = LogEntryFactory(partnership=people.partnership, author=people.consultant)
    client.force_login(people.consultant)
    assert upload(client, people.agency, "notes.txt", b"Notes").status_code == 404
    assert upload(client, people.agency, "notes.txt", b"Notes", entry).status_code == 302
    document = get_document_model().objects.get()
    assert document.collection == people.agency.collection
    assert list(entry.documents.all()) == [document]
    served = client.get(reverse("development:document", args=[people.agency.pk, document.pk]))
    assert served.status_code == 200 and b"".join(served.streaming_content) == b"Notes"
    assert served["Cache-Control"] == "private, no-store"
    # Wagtail's own document address stays closed to them: the collection is the agency's.
    assert client.get(document.url).status_code == 403
