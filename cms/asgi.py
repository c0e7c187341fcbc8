"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

from cms.startup import freeze_loaded

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_asgi_application()

freeze_loaded()
