"""ASGI entry point."""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_asgi_application()

# Django, Wagtail and the project's models, loaded above, live as long as the
# process: the garbage collector's full passes leave them out instead of
# walking them all (about 70 ms, now and then, in the middle of a request).
gc.freeze()
