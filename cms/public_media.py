"""Public media (image originals and renditions) served by the site itself.

Uploads change while the site runs, so WhiteNoise (which indexes files when it
starts) cannot serve them, and Django routes ``MEDIA_URL`` only with ``DEBUG``
on: without this view every public image was a 404 in production. This small
view serves ``MEDIA_ROOT`` with the headers a shared cache (Varnish, a CDN)
needs, on every environment, unless ``SERVE_MEDIA`` is off because the web
server or a bucket serves ``/media/`` instead (see the README).

It never serves:

- ``documents/``: documents go through Wagtail's document view
  (``/documents/<id>/<name>``), which applies the collection's privacy and
  Wagtail's hooks; a direct address would skip both;
- anything outside ``MEDIA_ROOT`` (``..``, absolute paths), and so never the
  private files, which live in ``PRIVATE_MEDIA_ROOT`` (``cms.private_media``).

Every file is sent with ``X-Content-Type-Options: nosniff`` and a
Content-Security-Policy that lets nothing in it run.
"""

from __future__ import annotations

import mimetypes
import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

NOT_HERE = ("documents/", "private/")
# An uploaded file must never act as a page of the site (an SVG or HTML file
# with a script in it): nothing in it may run, load or be framed.
FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"


@require_safe
def serve(request, path):
    name = posixpath.normpath(path).lstrip("/")
    if name in ("", ".") or name.startswith(NOT_HERE) or name.startswith(".."):
        raise Http404
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, name))
    except (SuspiciousFileOperation, ValueError) as error:
        raise Http404 from error
    try:
        if not full_path.is_file():
            raise Http404
        stat = full_path.stat()
    except (OSError, ValueError) as error:  # a name too long for the file system, a NUL
        raise Http404 from error
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    content_type, _encoding = mimetypes.guess_type(full_path.name)
    response = FileResponse(
        full_path.open("rb"), content_type=content_type or "application/octet-stream"
    )
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = f"public, max-age={settings.MEDIA_CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    return response
