"""Settings shared by every environment.

All configuration comes from environment variables, read here and only here:
DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS, CACHE_URL, EMAIL_URL, SEARCH_URL,
SEARCH_ENGINE, PRAXIS_LANGUAGES, MEDIA_ROOT, PRIVATE_MEDIA_ROOT, SERVE_MEDIA,
TRUSTED_PROXIES, TASKS_BACKEND and the others the README lists.
"""

import ipaddress
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()


def whole_number(name: str, default: int, minimum: int, maximum: int) -> int:
    """An integer setting from the environment, refused with a clear message out of bounds.

    A negative number of days would have the purge erase the delegates of events
    to come; a huge one would crash the commands that use it.
    """
    from django.core.exceptions import ImproperlyConfigured

    try:
        value = env.int(name, default=default)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number.") from None
    if not minimum <= value <= maximum:
        raise ImproperlyConfigured(
            f"{name} must be a whole number from {minimum} to {maximum}, not {value}."
        )
    return value


DEBUG = False
PRAXIS_ENVIRONMENT = "development"
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "cms",
    "home",
    "practices",
    "publications",
    "events",
    "members",
    "development",
    "search",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "wagtail_localize",
    "wagtail_localize.locales",
    "cms.apps.FrontendCacheConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so that it sees every cookie the others set (cms.middleware).
    "cms.middleware.PersonalisedResponsesArePrivate",
    # Next: public pages for anonymous visitors say a shared cache may keep them.
    "cms.http_cache.SharedCacheForPublicPages",
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The content version and the request's site, read once (cms.chrome).
    "cms.chrome.ChromeMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "members.middleware.StaffRequiresTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: a SQLite file in the repository unless DATABASE_URL says otherwise.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # Writers take the lock when the transaction starts, so concurrent
            # writers queue instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = whole_number("CONN_MAX_AGE", 60, 0, 24 * 60 * 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: it costs 20-30 ms on a query the planner merely guesses
    # to be large (the site search's facet counts), more than it could save on a
    # site's short queries. A random read costs about what a sequential one does
    # (``random_page_cost`` 1.1, not the default 4, which prices a spinning
    # disk): the site's tables fit in memory, and with 4 the planner scans the
    # whole page table where the index of visible pages (search/migrations/0004)
    # answers the search's privacy subquery, 7 ms instead of 2 at 20,000 pages.
    # (Behind PgBouncer, set ``ignore_startup_parameters = options``, or
    # ``ALTER ROLE … SET`` both and set PG_OPTIONS to empty.)
    options = env.str("PG_OPTIONS", default="-c jit=off -c random_page_cost=1.1")
    if options:
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", options)

AUTH_USER_MODEL = "members.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://praxis")}

# The proxies in front of the site (Varnish, a load balancer): IP addresses or
# networks, comma-separated. The client's address is the first one in
# X-Forwarded-For, read from the right, that is not one of them (see
# cms/client_address.py); rate limits count by it. Empty: no proxy, the
# connection's address is the client's.
TRUSTED_PROXIES = [p.strip() for p in env.list("TRUSTED_PROXIES", default=[]) if p.strip()]
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is neither an IP address nor a network."
        ) from error

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Praxis <noreply@praxis.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Every official EU language can be enabled with
# PRAXIS_LANGUAGES (comma-separated codes); English is always enabled.
EU_LANGUAGES = {
    "bg": "Български",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "et": "Eesti",
    "fi": "Suomi",
    "fr": "Français",
    "ga": "Gaeilge",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "mt": "Malti",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "sv": "Svenska",
}
_enabled = [
    c.strip() for c in env.list("PRAXIS_LANGUAGES", default=["en", "fr", "de", "es", "it", "pl"])
]
_unknown = sorted(set(_enabled) - set(EU_LANGUAGES))
if _unknown:
    raise ImproperlyConfigured(f"PRAXIS_LANGUAGES names unknown language codes: {_unknown}")
if "en" not in _enabled:
    _enabled.insert(0, "en")
LANGUAGE_CODE = "en"
LANGUAGES = [(code, EU_LANGUAGES[code]) for code in _enabled]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in one style per language, through Django's formats (cms/formats).
FORMAT_MODULE_PATH = ["cms.formats"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365

# Machine translation in Localize's editor: DeepL when a key is configured,
# otherwise none (dev settings add Localize's offline dummy translator).
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
# A page submitted for translation stays a draft until its translator publishes
# it (Localize would publish it at once with the source's text): cms.translation_drafts.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
# The site serves public media itself (cms.public_media) unless the web server
# or a bucket does (SERVE_MEDIA=false); shared caches may keep a file this long.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
MEDIA_CACHE_SECONDS = whole_number("MEDIA_CACHE_SECONDS", 60 * 60 * 24, 0, 60 * 60 * 24 * 365)
# Files of private collections (agency documents and images, their renditions)
# live here, outside MEDIA_ROOT, and are only ever served by a permission-checked
# view: see cms/private_media.py.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "cms.private_media.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Praxis"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "cms.PraxisImage"
WAGTAILDOCS_DOCUMENT_MODEL = "cms.PraxisDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt", "zip"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No third-party requests, in the admin either: no Gravatar pictures of the
# editors, no check for new Wagtail releases from the editors' browsers.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A damaged image file is a form error, not a server error (cms.image_forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.ImageForm"

# Search: the site's database backend unless SEARCH_URL names a cluster. Both
# are Wagtail's backends indexing each page in its own language
# (``search.backends``); SEARCH_INDEX prefixes the cluster's index names.
SEARCH_URL = env.str("SEARCH_URL", default="")
SEARCH_INDEX = env.str("SEARCH_INDEX", default="praxis")
if SEARCH_URL:
    SEARCH_ENGINE = env.str("SEARCH_ENGINE", default="elasticsearch8")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{SEARCH_ENGINE}",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": 10,
            "OPTIONS": {},
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# The HTTP cache in front of the site (Varnish, deploy/varnish/praxis.vcl): the
# address of each cache node, purged when content changes (cms.frontend_cache).
# Empty: no HTTP cache, nothing purged. Every address is purged as it is; the
# site works out each language's addresses itself.
# How long Varnish keeps an anonymous visitor's public page (s-maxage, seconds;
# 0: nothing is marked public). Publishing purges it sooner (cms.http_cache).
HTTP_CACHE_SECONDS = env.int("HTTP_CACHE_SECONDS", default=3600)
# A form posted without its token (a cached page seen without JavaScript) is
# shown again with a fresh token (cms.http_cache.csrf_failure).
CSRF_FAILURE_VIEW = "cms.http_cache.csrf_failure"
FRONTEND_CACHE_URLS = env.list("FRONTEND_CACHE_URLS", default=[])
WAGTAILFRONTENDCACHE = {
    f"varnish-{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": url,
    }
    for number, url in enumerate(FRONTEND_CACHE_URLS, start=1)
}
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Background work (django-tasks): emails, the sourcebook book, search index
# updates and HTTP cache purges. "immediate" runs a task at once in the process
# that asks for it (tests, `make run`); "database" queues it in the database for
# the worker (`manage.py db_worker`), which production uses.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(name: str) -> dict:
    if name not in TASK_BACKENDS:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {sorted(TASK_BACKENDS)}")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = tasks_setting(env.str("TASKS_BACKEND", default="immediate"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Sourcebook
SOURCEBOOK_PAGE_SIZE = 12
SOURCEBOOK_PDF_CACHE_SECONDS = 60 * 60 * 24 * 7

# Publications and news
PUBLICATIONS_PAGE_SIZE = 20
NEWS_PAGE_SIZE = 12
OAI_PAGE_SIZE = 100

# Events: reminder emails this many days before an event; the personal data
# of registrations erased this many days after it; registrations accepted per
# client address and hour.
EVENTS_REMINDER_DAYS = whole_number("EVENTS_REMINDER_DAYS", 3, 0, 365)
EVENTS_PURGE_AFTER_DAYS = whole_number("EVENTS_PURGE_AFTER_DAYS", 90, 0, 36500)
EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR = whole_number(
    "EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR", 20, 1, 1_000_000
)
EVENTS_PAGE_SIZE = 12

# Development work: the daily reminder job reminds invited members who have not
# completed a round whose answers close within this many days.
DEVELOPMENT_REMINDER_DAYS = env.int("DEVELOPMENT_REMINDER_DAYS", default=3)
DEVELOPMENT_LOG_PAGE_SIZE = 20

# Accounts (django-allauth): email addresses, no usernames, verified before first
# sign-in; two-factor authentication (TOTP, recovery codes); sessions list.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_account"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Praxis] "
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"  # the client's address behind proxies
ACCOUNT_FORMS = {"signup": "members.forms.SignupForm"}  # only verified addresses are taken
# Limits count real attempts by the client's address (TRUSTED_PROXIES): failed
# sign-ins (per address and per account), not every form sent to the sign-in
# page ("login" off), so junk submissions lock nobody out.
ACCOUNT_RATE_LIMITS = {
    "login": "",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Praxis"
USERSESSIONS_TRACK_ACTIVITY = False
# Everyone with staff rights (the admin, consortium staff, any permission) must
# have signed in with a second factor before the site serves them anything: see
# members/middleware.py. (The name is older than the rule: it covers the whole site.)
PRAXIS_ADMIN_REQUIRES_2FA = True
# Invitations to join an agency are valid this long and can be used once.
INVITATION_MAX_AGE_DAYS = 14

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp, through cms.middleware.SecurityHeadersMiddleware).
# The public site: everything from the site itself, nothing inline, nothing framed.
# JSON-LD blocks (<script type="application/ld+json">) are data, which CSP does not block.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "manifest-src": [_SELF],
        "media-src": [_SELF],
        "object-src": [_NONE],
        "frame-src": [_NONE],
        "worker-src": [_NONE],
        "base-uri": [_NONE],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# The Wagtail admin: Wagtail 8 still writes inline scripts (inline panels, date
# pickers, workflow) and styles, shows upload previews (blob:), icons and QR codes
# (data:), and frames the site's own pages (preview). Still nothing from elsewhere.
PRAXIS_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [_SELF],
    "script-src": [_SELF, "'unsafe-inline'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:"],
    "font-src": [_SELF, "data:"],
    "connect-src": [_SELF],
    "media-src": [_SELF, "blob:"],
    "object-src": [_NONE],
    "frame-src": [_SELF],
    "worker-src": [_SELF, "blob:"],
    "base-uri": [_SELF],
    "form-action": [_SELF],
    "frame-ancestors": [_SELF],
}
# Where browsers report what a policy blocked (optional: a collector of your choice).
# (Not named CSP_REPORT_URI here: django-csp refuses settings named like its old ones.)
PRAXIS_CSP_REPORT_URI = env.str("CSP_REPORT_URI", default="")
if PRAXIS_CSP_REPORT_URI:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = [PRAXIS_CSP_REPORT_URI]
    PRAXIS_ADMIN_CONTENT_SECURITY_POLICY["report-uri"] = [PRAXIS_CSP_REPORT_URI]
# Browser features no page of the site uses, refused to the page and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)

LANGUAGE_NAMES = {code: name for code, name in LANGUAGES}
del _enabled, _unknown
