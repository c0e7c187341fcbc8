"""Private media: the files of restricted collections never sit in public media.

Wagtail decides who may see a document or image by its collection's view
restrictions, but stores every file under ``MEDIA_ROOT``, which the web server
(or a bucket) hands to anyone who knows the address. Here:

- ``MediaStorage``, the default storage, keeps names starting with ``private/``
  under ``PRIVATE_MEDIA_ROOT``, outside ``MEDIA_ROOT``; the address of such a
  file is the ``serve_private_file`` view, never a ``/media/`` one.
- Originals, renditions and documents of a restricted collection get a
  ``private/`` name when they are written (``private_upload_name``), and
  ``sync_media_privacy`` moves them across when their collection or its
  restrictions change (renditions are simply deleted and made again).
- ``serve_private_file``, and for documents Wagtail's own view wrapped by
  ``serve_document`` with the ``check_private_document`` hook, hand a private
  file only to a request that passes the collection's restrictions
  (``cms.privacy``) or may manage it in the admin, as a download that neither
  browsers nor proxies keep.

The idea comes from ONSdigital/dis-wagtail's ``private_media`` app, which sets
per-file permissions on S3 for media used by unpublished pages. Praxis keeps
Wagtail's own rule (privacy belongs to the collection) and a separate storage
root instead of ACLs; an S3 deployment would route ``private/`` names to a
private bucket the same way.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import checks
from django.core.exceptions import PermissionDenied
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils._os import safe_join
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from cms.privacy import can_view_collection, is_private_collection

PRIVATE_PREFIX = "private/"


def is_private_name(name: str | None) -> bool:
    return bool(name) and str(name).startswith(PRIVATE_PREFIX)


def private_upload_name(name: str, private: bool, max_length: int = 100) -> str:
    """``name`` with or without the ``private/`` prefix, trimmed to fit its field."""
    if not private:
        return name[len(PRIVATE_PREFIX) :] if is_private_name(name) else name
    if not is_private_name(name):
        name = PRIVATE_PREFIX + name
    if len(name) >= max_length - 5:  # room for the suffix storage adds to clashing names
        folder, filename = os.path.split(name)
        stem, extension = os.path.splitext(filename)
        stem = stem[: max(1, len(stem) - (len(name) - (max_length - 6)))]
        name = os.path.join(folder, stem + extension)
    return name


@deconstructible
class MediaStorage(FileSystemStorage):
    """The site's file storage: public names under MEDIA_ROOT, private ones apart."""

    def path(self, name):
        if is_private_name(name):
            return safe_join(settings.PRIVATE_MEDIA_ROOT, name[len(PRIVATE_PREFIX) :])
        return super().path(name)

    def _save(self, name, content):
        # Django compares a new file's group with MEDIA_ROOT's, so it must exist
        # even when the file goes to PRIVATE_MEDIA_ROOT.
        os.makedirs(self.location, exist_ok=True)
        saved = super()._save(name, content)
        if is_private_name(name):
            # FileSystemStorage names files relative to MEDIA_ROOT; name them as "private/…".
            full_path = os.path.normpath(os.path.join(self.location, saved))
            relative = os.path.relpath(full_path, settings.PRIVATE_MEDIA_ROOT)
            saved = PRIVATE_PREFIX + relative.replace(os.sep, "/")
        return saved

    def url(self, name):
        if is_private_name(name):
            return reverse("private_media", args=[name])
        return super().url(name)


# Moving files when privacy changes


def _move(fieldfile, private: bool) -> str | None:
    """Move one file across; return its new name, or None if it stays where it is."""
    name = fieldfile.name
    if not name or is_private_name(name) == private:
        return None
    storage = fieldfile.storage
    target = private_upload_name(name, private, fieldfile.field.max_length or 100)
    try:
        with storage.open(name, "rb") as source:
            new_name = storage.save(target, source, max_length=fieldfile.field.max_length)
    except FileNotFoundError:
        return None
    storage.delete(name)
    return new_name


def sync_media_privacy(obj) -> bool:
    """Put an image's or document's files where its collection's privacy says.

    Returns whether anything moved. Renditions of a moved image are deleted
    (files and rows); they are made again, in the right place, when next used.
    """
    private = is_private_collection(obj.collection)
    new_name = _move(obj.file, private)
    if new_name is None:
        return False
    type(obj).objects.filter(pk=obj.pk).update(file=new_name)
    obj.file.name = new_name
    renditions = getattr(obj, "renditions", None)
    if renditions is not None:
        for rendition in renditions.all():
            rendition.delete()
    return True


def sync_collection_privacy(collection) -> int:
    """Move the files of every image and document in ``collection`` and below."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    collections = collection.get_descendants(inclusive=True)
    moved = 0
    for model in (get_image_model(), get_document_model()):
        for obj in model.objects.filter(collection__in=collections).select_related("collection"):
            moved += sync_media_privacy(obj)
    return moved


# Serving private files


def may_view(obj, request) -> bool:
    """Whether ``request`` may have the files of this image or document."""
    if can_view_collection(obj.collection, request):
        return True
    user = request.user
    if not user.is_authenticated:
        return False
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], obj)


def _owner_of(name: str):
    """The image, rendition's image or document a private file belongs to."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    Image = get_image_model()
    rendition = Image.get_rendition_model().objects.filter(file=name).select_related("image")
    if (found := rendition.first()) is not None:
        return found.image
    for model in (Image, get_document_model()):
        if (found := model.objects.filter(file=name).first()) is not None:
            return found
    return None


def refuse(request, message: str):
    """Anonymous visitors sign in and come back; signed-in ones get a 403 page."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
    raise PermissionDenied(message)


def private_file_response(storage, name, filename: str, attachment: bool, content_type=None):
    response = FileResponse(
        storage.open(name, "rb"),
        as_attachment=attachment,
        filename=filename,
        content_type=content_type
        or mimetypes.guess_type(filename)[0]
        or "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def serve_private_file(request, name):
    """A private original, rendition or document file, for those who may see it."""
    if not is_private_name(name) or any(ord(ch) < 32 for ch in name):
        # No stored name has control characters, and PostgreSQL refuses a NUL in a query.
        raise Http404
    owner = _owner_of(name)
    if owner is None:
        raise Http404
    if not may_view(owner, request):
        return refuse(request, _("You do not have access to this file."))
    from wagtail.documents import get_document_model

    is_document = isinstance(owner, get_document_model())
    try:
        return private_file_response(
            owner.file.storage,
            name,
            owner.filename if is_document else Path(name).name,
            attachment=is_document,
        )
    except FileNotFoundError as error:
        raise Http404 from error


def check_private_document(document, request):
    """``before_serve_document`` hook: refuse private documents clearly.

    Anonymous visitors are sent to sign in; signed-in visitors without access
    get a 403 page. Allowed requests are marked, so ``serve_document`` can make
    the response a private download.
    """
    if not is_private_collection(document.collection):
        return None
    if not may_view(document, request):
        return refuse(request, _("This document belongs to an agency you are not a member of."))
    request.praxis_private_document = document
    return None


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, with private documents sent as private attachments."""
    from wagtail.documents.views.serve import serve

    response = serve(request, document_id, document_filename)
    document = getattr(request, "praxis_private_document", None)
    if document is not None and response.status_code == 200:
        response["Content-Disposition"] = content_disposition_header(True, document.filename)
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
    return response


@checks.register(checks.Tags.security)
def private_media_root_check(app_configs=None, **kwargs):
    """PRIVATE_MEDIA_ROOT must not be served as public media."""
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    public = Path(settings.MEDIA_ROOT).resolve()
    if private == public or public in private.parents:
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT, so private files would be public.",
                id="praxis.E001",
            )
        ]
    return []


def _media_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.file:
        sync_media_privacy(instance)


def _restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection = instance.collection
    # Run after the surrounding transaction so group changes are in place too.
    from django.db import transaction

    transaction.on_commit(lambda: sync_collection_privacy(collection))


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction

    for model in (get_image_model(), get_document_model()):
        post_save.connect(
            _media_saved, sender=model, dispatch_uid=f"private_media.{model.__name__}"
        )
    post_save.connect(
        _restriction_changed,
        sender=CollectionViewRestriction,
        dispatch_uid="private_media.restriction_saved",
    )
    post_delete.connect(
        _restriction_changed,
        sender=CollectionViewRestriction,
        dispatch_uid="private_media.restriction_deleted",
    )
