"""WSGI entry point (gunicorn cms.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# Django, Wagtail and the project's models, loaded above, live as long as the
# process: the garbage collector's full passes leave them out instead of
# walking them all (about 70 ms, now and then, in the middle of a request).
gc.freeze()
