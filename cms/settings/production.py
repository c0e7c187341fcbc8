"""Production settings: refuse to start without a strong secret key, explicit allowed hosts
and a shared cache."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, CACHES, SECRET_KEY, env, tasks_setting, whole_number
from .keys import secret_key_weakness

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if weakness := secret_key_weakness(SECRET_KEY):
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak for production: {weakness}. Use a long random value, e.g. "
        "the output of: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
if "*" in ALLOWED_HOSTS:
    # Links in emails (password resets, invitations) are built from the request's
    # host: with "*" anyone could make them point at their own site.
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's hosts in production, not '*'.")
# Rate limits (sign-in, sign-up, registrations) and allauth's locks are counted in
# the cache: a cache of each process's own (local memory, files on one node) would
# give every gunicorn worker its own count. Production needs one all share.
_PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}
if not env.str("CACHE_URL", default="") or CACHES["default"]["BACKEND"] in _PROCESS_LOCAL_CACHES:
    raise ImproperlyConfigured(
        "CACHE_URL must name a cache every web process shares in production, "
        "e.g. redis://127.0.0.1:6379/1: rate limits are counted in it."
    )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = whole_number("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, 0, 2 * 366 * 86400)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env.list(
    "CSRF_TRUSTED_ORIGINS", default=[f"https://{host}" for host in ALLOWED_HOSTS]
)
PRAXIS_ENVIRONMENT = "production"

# Emails, the sourcebook book, search index updates and cache purges run in the
# task worker (`manage.py db_worker`, deploy/systemd/praxis-worker.service).
TASKS = tasks_setting(env.str("TASKS_BACKEND", default="database"))
