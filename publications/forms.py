"""The admin's reference import forms: upload, then confirm the chosen entries."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PublicationIndexPage

# The file travels back with the confirmation, signed and compressed, in a form
# field: it must stay well within Django's 2.5 MB limit on a request's form data.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class IndexChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.get_display_name()})"


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("BibTeX or RIS file"),
        help_text=_("A .bib or .ris file exported from Zotero, Mendeley, EndNote or a publisher."),
    )
    parent = IndexChoiceField(
        label=_("Add the publications to"),
        queryset=PublicationIndexPage.objects.select_related("locale").order_by("path"),
        empty_label=None,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not a text file.")) from None
        if "\x00" in text:
            raise forms.ValidationError(_("The file is not a text file."))
        self.text = text
        return upload


class ImportConfirmForm(forms.Form):
    payload = forms.CharField(widget=forms.HiddenInput)
    parent = forms.ModelChoiceField(
        queryset=PublicationIndexPage.objects.all(), widget=forms.HiddenInput
    )
    selected = forms.TypedMultipleChoiceField(
        coerce=int,
        choices=[],
        required=True,
        error_messages={"required": _("Choose at least one entry to import.")},
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["selected"].choices = [(n, str(n)) for n in choices]
