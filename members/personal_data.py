"""Every app's share of a member's data export (the right of access, GDPR art. 15 and 20).

The members app owns the account but cannot know what the apps above it store
about a person (event registrations, development logs…), and must not import
them. So each app registers a *provider* here, in its ``AppConfig.ready()``::

    from members import personal_data

    @personal_data.register("events")
    def registrations(user, verified_emails):
        return {"registrations": [...]}

A provider gets the account and its verified email addresses (only a verified
address stands for the person) and returns JSON-serialisable data (a dict or a
list): everything its app stores about that person. The export on
``/<lang>/accounts/me/`` puts each provider's answer under its name, in
alphabetical order of the names, after the account's own data (see
``members.export``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

Provider = Callable[[Any, list[str]], Any]

_providers: dict[str, Provider] = {}

# The account's own sections (members.export): a provider may not take these names.
RESERVED = frozenset(
    {
        "exported_at",
        "account",
        "email_addresses",
        "memberships",
        "invitations_received",
        "invitations_sent",
        "two_factor_authentication",
        "sessions",
        "pages_owned",
        "documents_uploaded",
        "images_uploaded",
    }
)


def _identity(function) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def register(name: str) -> Callable[[Provider], Provider]:
    """Register the decorated function as the provider of the export's ``name`` section."""
    if name in RESERVED:
        raise ImproperlyConfigured(f"{name!r} is a section of the account's own data.")

    def decorator(function: Provider) -> Provider:
        current = _providers.get(name)
        # The same function registered again (a module imported twice) replaces itself.
        if current is not None and _identity(current) != _identity(function):
            raise ImproperlyConfigured(
                f"Two personal-data providers are named {name!r}: "
                f"{_identity(current)} and {_identity(function)}."
            )
        _providers[name] = function
        return function

    return decorator


def providers() -> list[tuple[str, Provider]]:
    """The registered providers as (name, function), in a stable (alphabetical) order."""
    return sorted(_providers.items())


def collect(user, verified_emails: list[str]) -> dict[str, Any]:
    """Every provider's data about ``user``, by provider name."""
    return {name: provider(user, list(verified_emails)) for name, provider in providers()}
