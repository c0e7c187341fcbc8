"""Searches that found nothing, counted so editors can fill the gaps.

Only the normalised words and a count per day are kept: never who searched,
from where, or when within the day.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import normalise_query_string


class UnansweredSearch(models.Model):
    query_string = models.CharField(_("search words"), max_length=255)
    language_code = models.CharField(_("language"), max_length=12)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("times searched"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language_code", "date"],
                name="unique_unanswered_search_per_day",
            )
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, text: str, language_code: str):
        """Count one search for ``text`` that found nothing today."""
        query_string = normalise_query_string(text)
        if not query_string:
            return
        row, _created = cls.objects.get_or_create(
            query_string=query_string,
            language_code=language_code[:12],
            date=timezone.localdate(),
        )
        cls.objects.filter(pk=row.pk).update(hits=F("hits") + 1)


class PageFacets(models.Model):
    """What the search's facets count of one live page: its kind, year and taxonomy values.

    Derived data, like the search index: written by ``search.facet_index`` each
    time a page of a searchable kind is saved (after its relations), by
    ``update_index``, and for any page the search finds without one or with one
    older than the page's last publication. Values are
    ``"<facet>:<taxonomy row id>"`` (``"theme:12"``), named by their slug or code
    when counted; privacy is never read from here.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    year = models.IntegerField(null=True)
    values = models.JSONField(default=list)
    # The page's ``last_published_at`` when the values were read: a page published
    # since (however it was saved) is read again by the next search that finds it.
    published = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("facet values of a page")
        verbose_name_plural = _("facet values of pages")

    def __str__(self):
        return str(self.page_id)


class SearchWord(models.Model):
    """A word of the searchable pages in one language, for "did you mean" (``search.spelling``).

    Derived data, like the search index: words are added when pages are saved
    and counted afresh by ``update_index``. A word here is only ever offered
    after the corrected search has found something the visitor may open, so a
    word of a private page is never shown to anyone who cannot read it.
    """

    language = models.CharField(max_length=12)
    word = models.CharField(max_length=40)
    length = models.PositiveSmallIntegerField()
    pages = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("vocabulary word")
        verbose_name_plural = _("vocabulary words")
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_search_word")
        ]
        indexes = [models.Index(fields=["language", "length"], name="search_word_length")]

    def __str__(self):
        return self.word
