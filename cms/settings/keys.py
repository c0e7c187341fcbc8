"""Whether a production secret key is strong enough.

Django's own check (``security.W009``) only asks for 50 characters and 5
different ones, so ``SECRET_KEY=x`` fails it but a padded placeholder such as
``change-me-change-me-…`` or a key copied from the documentation passes. The
secret key signs sessions, password-reset links, the delegates' private links,
invitations and OAI resumption tokens: production refuses a weak one.
"""

from __future__ import annotations

MIN_LENGTH = 50
MIN_DISTINCT = 10
# Words that mark a value someone meant to replace, and the keys the project's
# own development and test settings use.
PLACEHOLDERS = (
    "insecure",
    "changeme",
    "change-me",
    "change_me",
    "placeholder",
    "example",
    "do-not-use",
    "dev-only",
    "test-only",
    "secret-key",
    "secret_key",
    "secretkey",
    "your-secret",
    "not-secret",
)


def secret_key_weakness(key: str) -> str:
    """Why ``key`` is too weak for production, or an empty string if it will do."""
    if len(key) < MIN_LENGTH:
        return f"it has {len(key)} characters; at least {MIN_LENGTH} are needed"
    if len(set(key)) < MIN_DISTINCT:
        return f"it uses only {len(set(key))} different characters"
    lowered = key.lower()
    for word in PLACEHOLDERS:
        if word in lowered:
            return f"it contains “{word}”, the mark of a placeholder"
    # A short piece repeated ("abcdefghij" five times) has few distinct
    # three-character pieces; a random key has nearly one per position.
    trigrams = {key[i : i + 3] for i in range(len(key) - 2)}
    if len(trigrams) < len(key) // 2:
        return "it repeats a short pattern"
    return ""
