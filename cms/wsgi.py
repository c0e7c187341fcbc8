"""WSGI entry point (gunicorn cms.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# Django, Wagtail and the project's models, URLs and views, loaded here, live
# as long as the process: the garbage collector's full passes leave them out
# instead of walking them all (about 70 ms, now and then, in mid-request).
get_resolver().url_patterns  # noqa: B018 - loads the URLconf and the views now
gc.collect()
gc.freeze()
