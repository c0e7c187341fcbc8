"""The admin's image form: a file the image library cannot read is a form error.

Wagtail's image field opens an upload with Willow and then reads its size,
which decodes it; only its "not an image" and "too many pixels" outcomes are
turned into form errors. A damaged file (a PNG cut short, a header that lies)
makes Pillow raise ``OSError``, ``SyntaxError`` or ``struct.error`` there
instead, and every upload path (the image library, the chooser in a page, the
multiple upload) answered with a server error. ``ReadableImageField`` reports
any such failure as Wagtail's own "not a valid image" message, beside the field.

WeasyPrint, once imported (the sourcebook book, the development reports), sets
Pillow's process-wide ``LOAD_TRUNCATED_IMAGES``, under which a PNG cut short
opens as if whole; the field reads uploads with it off.

Installed as ``WAGTAILIMAGES_IMAGE_FORM_BASE``, so every image form Wagtail
builds (add, edit, chooser upload, multiple upload) uses it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from PIL import ImageFile
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    def to_python(self, data):
        truncated, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - whatever a damaged file makes Pillow raise
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = truncated


class ImageForm(BaseImageForm):
    # Wagtail builds its file field in ``formfield_for_dbfield``; declared here
    # instead, with the label and widget Wagtail would give it.
    file = ReadableImageField(
        label=capfirst(gettext_lazy("file")), widget=BaseImageForm.Meta.widgets["file"]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meta = self._meta
        if "file" in (meta.exclude or ()) or (
            meta.fields not in (None, "__all__") and "file" not in meta.fields
        ):
            # A form without the file (the multiple uploader's edit step).
            del self.fields["file"]

    class Meta(BaseImageForm.Meta):
        pass
