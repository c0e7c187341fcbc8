"""Blocks of the practice guides: the approach as ordered steps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    body = blocks.RichTextBlock(
        label=_("What to do"), features=["bold", "italic", "link", "document-link", "ol", "ul"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class MeasureRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What was measured"), max_length=200)
    before = blocks.DecimalBlock(label=_("Before"), required=False, decimal_places=1)
    after = blocks.DecimalBlock(label=_("After"), required=False, decimal_places=1)

    class Meta:
        icon = "table"


class BeforeAfterBlock(blocks.StructBlock):
    """Measures before and after (e.g. self-assessment scores); the change is worked out."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)
    before_label = blocks.CharBlock(label=_("Heading of the “before” column"), max_length=100)
    after_label = blocks.CharBlock(label=_("Heading of the “after” column"), max_length=100)
    rows = blocks.ListBlock(MeasureRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Before and after")
        template = "practices/blocks/before_after.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        rows = []
        for row in value["rows"]:
            before, after = row["before"], row["after"]
            change = after - before if before is not None and after is not None else None
            rows.append(
                {
                    "label": row["label"],
                    "before": before,
                    "after": after,
                    "change": change,
                    "direction": (
                        ""
                        if change is None
                        else "up"
                        if change > 0
                        else "down"
                        if change < 0
                        else "same"
                    ),
                }
            )
        context["rows"] = rows
        return context
