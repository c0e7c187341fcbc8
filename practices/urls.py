"""The sourcebook's address outside Wagtail's routing: the book of a sourcebook (``views``)."""

from django.urls import re_path

from .views import sourcebook_pdf

urlpatterns = [
    re_path(r"^((?:[\w\-]+/)*)sourcebook\.pdf$", sourcebook_pdf, name="sourcebook_pdf"),
]
