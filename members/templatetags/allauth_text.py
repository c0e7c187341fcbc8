"""``{% allauth_text "…" %}``: a string allauth itself prints, in the visitor's language.

Templates that re-lay out one of allauth's pages reuse allauth's own wording,
which allauth's catalogues translate into every language; passing the text
through this tag (rather than ``{% translate %}``) keeps it out of the site's
catalogues, so it is not translated twice, differently.
"""

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def allauth_text(message: str) -> str:
    return gettext(message)
