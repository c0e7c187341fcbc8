"""What a served process does once it has loaded the site (cms/wsgi.py, cms/asgi.py)."""

import gc

from django.urls import get_resolver


def freeze_loaded() -> None:
    """Keep what start-up loaded out of the garbage collector's full passes.

    Django, Wagtail and the project's models, URLs and views live as long as the
    process; left in, every full pass walks them all (about 70 ms, now and then,
    in the middle of a request).
    """
    get_resolver().url_patterns  # noqa: B018 - loads the URLconf and the views now
    gc.collect()
    gc.freeze()
