"""Where a link or form may send the visitor next: only a path of this site.

A ``next`` value comes from the visitor (an address, a hidden form field), so
it is never trusted: anything but a same-site path (another host, a scheme such
as ``javascript:``, ``//host``, a backslash browsers read as a slash, control
characters) gives the caller's default instead. Every view that redirects to a
``next`` asks here.
"""

from __future__ import annotations

from django.utils.http import url_has_allowed_host_and_scheme


def same_site_path(request, candidate: str | None, default: str) -> str:
    """``candidate`` if it is a path on this site, otherwise ``default``."""
    if not candidate or not candidate.startswith("/") or candidate.startswith(("//", "/\\")):
        return default
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in candidate):
        return default
    if not url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return default
    return candidate
