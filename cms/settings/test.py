"""Test settings: the suite runs on SQLite, or on PostgreSQL when DATABASE_URL names one."""

import os

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://praxis-test")}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# One media folder per pytest-xdist worker, so parallel tests never share files.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=f"/tmp/praxis-test-media-{_worker}")
PRIVATE_MEDIA_ROOT = env.path(
    "TEST_PRIVATE_MEDIA_ROOT", default=f"/tmp/praxis-test-private-media-{_worker}"
)
# A SQLite test database in a file rather than in memory, so that tests with
# threads (the events' concurrent registrations) share it, each thread on its
# own connection, with SQLite's real locking. One file per test process.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": f"/tmp/praxis-test-db-{os.getpid()}-{_worker}.sqlite3"
    }
# Editorial tests sign staff in with force_login, which has no second factor;
# tests/members switch this back on to test the requirement itself.
PRAXIS_ADMIN_REQUIRES_2FA = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# On a search cluster (SEARCH_URL), each test process has indexes of its own,
# and every write is searchable at once.
if SEARCH_URL:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = f"{SEARCH_INDEX}_{_worker}_"  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["REFRESH_AFTER_WRITE"] = True  # noqa: F405
