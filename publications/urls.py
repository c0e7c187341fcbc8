"""The OAI-PMH endpoint (``/oai/``), outside the language prefixes: harvesters ask for it."""

from django.urls import path

from .oai import oai_pmh

urlpatterns = [
    path("", oai_pmh, name="oai_pmh"),
]
