"""StreamField blocks of an event: the programme's sessions and the questions for delegates.

Both are StreamFields so that wagtail-localize translates them with the rest of
the page (session titles, abstracts, question labels and choices) while every
block and every choice keeps the same id in every language: a delegate's answers
are stored against those ids, so answers given on the French page and on the
English one land in the same column of the export.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SessionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Day"))
    start = blocks.TimeBlock(label=_("Starts"))
    end = blocks.TimeBlock(label=_("Ends"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    room = blocks.CharBlock(label=_("Room"), required=False, max_length=120)
    abstract = blocks.TextBlock(label=_("Abstract"), required=False)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("publications.Person", label=_("Speaker")),
        label=_("Speakers"),
        default=[],
    )

    class Meta:
        icon = "time"
        label = _("Session")


class ProgrammeBlock(blocks.StreamBlock):
    session = SessionBlock()

    class Meta:
        required = False


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=255)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=255)
    required = blocks.BooleanBlock(label=_("Answer required"), required=False)

    class Meta:
        icon = "help"


class TextQuestionBlock(QuestionBlock):
    long = blocks.BooleanBlock(
        label=_("Long answer"), required=False, help_text=_("A box for several lines.")
    )

    class Meta:
        label = _("Text question")
        icon = "pilcrow"


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(blocks.CharBlock(label=_("Choice"), max_length=200), min_num=2)

    class Meta:
        label = _("Choice question")
        icon = "list-ul"


class YesNoQuestionBlock(QuestionBlock):
    class Meta:
        label = _("Yes/no question")
        icon = "tick"


class QuestionsBlock(blocks.StreamBlock):
    text = TextQuestionBlock()
    choice = ChoiceQuestionBlock(label=_("Choice question (one answer)"))
    multiple_choice = ChoiceQuestionBlock(label=_("Multiple-choice question (several answers)"))
    yes_no = YesNoQuestionBlock()

    class Meta:
        required = False
