"""Taxonomies shared by the sourcebook, publications, events and members.

Each is a translatable snippet: the name is translated, the slug (used in
filter URLs) stays the same in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in addresses; the same in every language.")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]


class Sector(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sector_slug_per_locale")
        ]


class GovernmentLevel(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("level of government")
        verbose_name_plural = _("levels of government")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_level_slug_per_locale")
        ]


class InterventionType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("intervention type")
        verbose_name_plural = _("intervention types")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_intervention_type_slug_per_locale"
            )
        ]


class Country(TranslatableMixin, index.Indexed, models.Model):
    code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        help_text=_("Two upper-case letters, e.g. FR; the same in every language."),
    )
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("code"), FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("code")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="unique_country_code_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def slug(self):
        return self.code.lower()

    def clean(self):
        from django.core.exceptions import ValidationError

        self.code = (self.code or "").strip().upper()
        if len(self.code) != 2 or not self.code.isalpha() or not self.code.isascii():
            raise ValidationError({"code": _("Enter the two-letter ISO 3166 code, e.g. FR.")})


# The picture of a listing card (guides, case studies, news): listings fetch
# its renditions with the items (``prefetch_renditions``) and ``{% card_image %}``
# shows it, so both name the same size.
CARD_IMAGE_SPEC = "fill-480x270"


class PraxisImage(AbstractImage):
    """The site's image model.

    Its own model (rather than Wagtail's default) so that images of private
    collections can be kept out of public media: see ``cms.private_media``.
    """

    # No "description" (Wagtail's alt text of the image itself): the alt text is
    # asked once, where the image is used and in that page's language (a news
    # item's image description, an image block's alt text), never twice.
    admin_form_fields = tuple(f for f in Image.admin_form_fields if f != "description")

    @property
    def is_private(self) -> bool:
        from .privacy import is_private_collection

        return bool(self.collection_id) and is_private_collection(self.collection)

    def get_upload_to(self, filename):
        from .private_media import private_upload_name

        return private_upload_name(super().get_upload_to(filename), self.is_private)

    def personal_data(self) -> dict:
        """What the uploader's data export says of this file: they uploaded it, and when."""
        return {"title": self.title, "uploaded": self.created_at.isoformat()}

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PraxisRendition(AbstractRendition):
    image = models.ForeignKey(PraxisImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        from .private_media import private_upload_name

        return private_upload_name(super().get_upload_to(filename), self.image.is_private)


def document_upload_to(instance, filename):
    """``documents/<name>``, or ``private/documents/<name>`` in a restricted collection."""
    from .private_media import private_upload_name

    name = instance.file.field.storage.get_valid_name(filename)
    return private_upload_name(f"documents/{name}", instance.is_private)


class PraxisDocument(AbstractDocument):
    """The site's document model (its own, so private documents can be stored apart)."""

    file = models.FileField(upload_to=document_upload_to, verbose_name=_("file"))
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("The language the document is written in, shown beside it in search results."),
    )
    # The words inside the file (PDF, Word, text), read when the file is uploaded
    # or replaced, so the site search finds a document by what it says.
    text = models.TextField(_("text"), blank=True, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "language")

    def personal_data(self) -> dict:
        """What the uploader's data export says of this file: they uploaded it, and when."""
        return {"title": self.title, "uploaded": self.created_at.isoformat()}

    # Wagtail boosts a document's title five times more than a page's; the site
    # search ranks pages and documents together, so both are weighed alike here.
    search_fields = [
        field
        for field in AbstractDocument.search_fields
        if not (isinstance(field, index.SearchField) and field.field_name == "title")
        and not (isinstance(field, index.RelatedFields) and field.field_name == "tags")
    ] + [
        index.SearchField("title", boost=2),
        index.RelatedFields(
            "tags", [index.SearchField("name", boost=2), index.AutocompleteField("name")]
        ),
        index.SearchField("text"),
        index.FilterField("language"),
    ]

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The stored file name, to tell on save whether the file was replaced
        # (None when the file column was not loaded: nothing to compare).
        fields = list(field_names)
        instance._stored_file_name = values[fields.index("file")] if "file" in fields else None
        return instance

    def save(self, *args, **kwargs):
        stored = getattr(self, "_stored_file_name", None)
        replaced = stored is not None and self.file.name != stored
        if self._state.adding or not self.file._committed or replaced:
            from .document_text import extract_text

            self.text = extract_text(self.file) if self.file else ""
            if self.file:
                self.file_size = self.file.size  # shown beside the document in search results
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name

    @property
    def is_private(self) -> bool:
        from .privacy import is_private_collection

        return bool(self.collection_id) and is_private_collection(self.collection)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class SiteFooter(TranslatableMixin, models.Model):
    """What every page's footer carries besides its links: the EU funding acknowledgement.

    One per language, translated like any snippet (*Settings → Footer*, then
    *Translate*); the grant number and the pages linked are the same in every
    language and follow the source. The footer links each page in the reader's
    language where it is translated.
    """

    funding_text = models.TextField(
        _("funding acknowledgement"),
        default="This project has received funding from the European Union's research "
        "and innovation programme.",
        help_text=_("Shown beside the EU emblem on every page, in the page's language."),
    )
    grant_number = models.CharField(
        _("grant agreement number"), max_length=40, blank=True, help_text=_("e.g. 101094123")
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("funding_text"),
        FieldPanel("grant_number"),
        FieldPanel("privacy_notice"),
        FieldPanel("accessibility_statement"),
        FieldPanel("contact_page"),
    ]
    override_translatable_fields = [
        TranslatableField("funding_text"),
        SynchronizedField("grant_number"),
        SynchronizedField("privacy_notice"),
        SynchronizedField("accessibility_statement"),
        SynchronizedField("contact_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footer")
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_footer_per_locale")]

    def __str__(self):
        return str(_("Footer"))
