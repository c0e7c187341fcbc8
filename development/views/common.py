"""What every members' area view of the development work shares.

Every view is for signed-in people only (anonymous visitors are sent to sign
in, whatever the address names), never cached, and finds its agency through
``development.access.agency_for``, which answers 404 to anyone who may not see
the agency's work.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from ..access import agency_for


def members_only(view):
    """Sign in first; then the view, its response never cached by browsers or proxies."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Cache-Control"] = "private, no-store"
        return response

    return wrapper


def with_agency(view):
    """Resolve ``agency_id`` to the agency and the request's access (404 if not allowed)."""

    @members_only
    @wraps(view)
    def wrapper(request, agency_id, *args, **kwargs):
        agency, access = agency_for(request, agency_id)
        return view(request, agency, access, *args, **kwargs)

    return wrapper


def require(condition: bool):
    """Anyone who may see the agency's work but not do this gets a 404 too."""
    if not condition:
        raise Http404


def crumbs(agency=None, *extra) -> list[tuple[str, str]]:
    """The trail above a page: the development work, the agency, then ``extra`` (label, url)."""
    trail = [(_("Development work"), reverse("development:home"))]
    if agency is not None:
        trail.append((agency.name, reverse("development:agency", args=[agency.pk])))
    trail.extend(extra)
    return trail


def page(request, template, context, status=200):
    return TemplateResponse(request, template, context, status=status)
