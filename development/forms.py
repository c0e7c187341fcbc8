"""Forms of the members' area: answering, consolidating, rounds, the learning log, uploads.

The forms own every check and message: a level outside the scale, a statement
of another framework, a round that no longer takes answers, a consensus that
someone else changed meanwhile. A form that fails changes nothing and shows
what the person typed, with the message beside the field it concerns.
"""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .enums import RoundStage
from .models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    Framework,
    Intervention,
    LogComment,
    LogEntry,
    Response,
)

DONT_KNOW = "dk"
NOTE_MAX = 2000
# ASCII digits, and few enough for int() (which refuses over 4,300 of them).
STATEMENT_FIELD = re.compile(r"^[sncr]([0-9]{1,18})$")


def _level_choices(text) -> list[tuple[str, str]]:
    return [(str(value), f"{value} – {label}") for value, label in text.levels] + [
        (DONT_KNOW, gettext("Don't know"))
    ]


class LevelField(forms.ChoiceField):
    """A level of the scale, "don't know", or nothing yet."""

    widget = forms.RadioSelect

    def __init__(self, text, **kwargs):
        super().__init__(choices=_level_choices(text), required=False, **kwargs)
        self.error_messages["invalid_choice"] = _(
            "Choose one of the levels of the scale, or “Don't know”."
        )


def _parse_level(value: str) -> tuple[int | None, bool]:
    if value == DONT_KNOW:
        return None, True
    if value in ("", None):
        return None, False
    return int(value), False


class StatementsForm(forms.Form):
    """Shared by the answer and consolidation forms: one level field and one note per statement."""

    level_prefix = "s"
    note_prefix = "n"

    def __init__(self, text, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.text = text
        self.statement_ids = {s.pk for s in text.statements}
        for statement in text.statements:
            self.fields[f"{self.level_prefix}{statement.pk}"] = LevelField(
                text, label=f"{statement.code} {statement.text}"
            )
            self.fields[f"{self.note_prefix}{statement.pk}"] = forms.CharField(
                label=self.note_label,
                required=False,
                max_length=NOTE_MAX,
                widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
            )

    note_label = _("Evidence note")

    def clean(self):
        cleaned = super().clean()
        if self.data:
            foreign = [
                key
                for key in self.data
                if (match := STATEMENT_FIELD.match(key))
                and int(match.group(1)) not in self.statement_ids
            ]
            if foreign:
                raise forms.ValidationError(
                    _(
                        "The form sent an answer to a statement that is not part of this "
                        "round's framework. Nothing was saved; please answer again below."
                    ),
                    code="foreign_statement",
                )
        return cleaned

    def sections(self):
        """``(criterion, [(statement, level field, note field)])`` in the framework's order."""
        return [
            (
                criterion,
                [
                    (statement, self.level_field(statement), self.note_field(statement))
                    for statement in criterion.statements
                ],
            )
            for criterion in self.text.criteria
        ]

    def level_field(self, statement):
        return self[f"{self.level_prefix}{statement.pk}"]

    def note_field(self, statement):
        return self[f"{self.note_prefix}{statement.pk}"]

    def values(self) -> dict[int, tuple[int | None, bool, str]]:
        return {
            pk: (
                *_parse_level(self.cleaned_data.get(f"{self.level_prefix}{pk}") or ""),
                (self.cleaned_data.get(f"{self.note_prefix}{pk}") or "").strip(),
            )
            for pk in self.statement_ids
        }


class AnswerForm(StatementsForm):
    """A member's own answers: saved as often as they like while the round takes answers."""

    def __init__(self, response: Response, text, *args, **kwargs):
        self.response = response
        initial = {}
        for answer in response.answers.all():
            initial[f"s{answer.statement_id}"] = (
                DONT_KNOW if answer.dont_know else answer.level if answer.level is not None else ""
            )
            initial[f"n{answer.statement_id}"] = answer.note
        kwargs.setdefault("initial", initial)
        super().__init__(text, *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if not self.response.round.accepts_answers():
            raise forms.ValidationError(
                _("This round no longer takes answers, so nothing was saved."), code="closed"
            )
        return cleaned

    @transaction.atomic
    def save(self, complete: bool = False) -> int:
        """Store the answers; returns how many statements are answered."""
        # Lock the round against closing while answers are written.
        locked = AssessmentRound.objects.select_for_update().get(pk=self.response.round_id)
        if not locked.accepts_answers():
            raise forms.ValidationError(_("This round no longer takes answers."))
        existing = {a.statement_id: a for a in Answer.objects.filter(response=self.response)}
        new, changed = [], []
        for pk, (level, dont_know, note) in self.values().items():
            answer = existing.get(pk)
            if answer is None:
                if level is None and not dont_know and not note:
                    continue
                new.append(
                    Answer(
                        response=self.response,
                        statement_id=pk,
                        level=level,
                        dont_know=dont_know,
                        note=note,
                    )
                )
            elif (answer.level, answer.dont_know, answer.note) != (level, dont_know, note):
                answer.level, answer.dont_know, answer.note = level, dont_know, note
                changed.append(answer)
        Answer.objects.bulk_create(new)
        Answer.objects.bulk_update(changed, ["level", "dont_know", "note"])
        now = timezone.now()
        answered = sum(
            1
            for level, dont_know, _note in self.values().values()
            if level is not None or dont_know
        )
        fields = {"updated_at": now}
        if complete:
            fields["completed_at"] = now
        Response.objects.filter(pk=self.response.pk).update(**fields)
        for name, value in fields.items():
            setattr(self.response, name, value)
        return answered


class ConsolidationForm(StatementsForm):
    """The agency's consensus per statement, saved only over the version it was drawn from."""

    level_prefix = "c"
    note_prefix = "r"
    note_label = _("Reasons and evidence")

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, round: AssessmentRound, text, *args, **kwargs):
        self.round = round
        self.conflicts: list = []
        initial = {"version": round.consensus_version}
        for score in round.consensus.all():
            initial[f"c{score.statement_id}"] = (
                DONT_KNOW if score.dont_know else score.level if score.level is not None else ""
            )
            initial[f"r{score.statement_id}"] = score.note
        kwargs.setdefault("initial", initial)
        super().__init__(text, *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.round.is_submitted:
            raise forms.ValidationError(
                _("This round has been submitted and is locked; nothing was saved."),
                code="submitted",
            )
        return cleaned

    def missing(self) -> list:
        """Statements without a consensus level or "don't know" in the form."""
        values = self.values()
        return [s for s in self.text.statements if values[s.pk][0] is None and not values[s.pk][1]]

    @transaction.atomic
    def save(self, user) -> bool:
        """Store the consensus; False (nothing stored) if someone saved since the form was drawn."""
        loaded = self.cleaned_data["version"]
        locked = AssessmentRound.objects.select_for_update().get(pk=self.round.pk)
        if locked.is_submitted:
            self.add_error(None, gettext("This round has been submitted and is locked."))
            return False
        if locked.consensus_version != loaded:
            self._note_conflicts()
            return False
        existing = {c.statement_id: c for c in ConsensusScore.objects.filter(round=locked)}
        now = timezone.now()
        new, changed = [], []
        for pk, (level, dont_know, note) in self.values().items():
            score = existing.get(pk)
            if score is None:
                if level is None and not dont_know and not note:
                    continue
                new.append(
                    ConsensusScore(
                        round=locked,
                        statement_id=pk,
                        level=level,
                        dont_know=dont_know,
                        note=note,
                        recorded_by=user,
                        recorded_at=now,
                    )
                )
            elif (score.level, score.dont_know, score.note) != (level, dont_know, note):
                score.level, score.dont_know, score.note = level, dont_know, note
                score.recorded_by, score.recorded_at = user, now
                changed.append(score)
        ConsensusScore.objects.bulk_create(new)
        ConsensusScore.objects.bulk_update(
            changed, ["level", "dont_know", "note", "recorded_by", "recorded_at"]
        )
        AssessmentRound.objects.filter(pk=locked.pk).update(
            consensus_version=locked.consensus_version + 1
        )
        self.round.consensus_version = locked.consensus_version + 1
        return True

    def _note_conflicts(self):
        """Which statements the other person saved differently from this form."""
        stored = {c.statement_id: c for c in ConsensusScore.objects.filter(round=self.round)}
        mine = self.values()
        for statement in self.text.statements:
            score = stored.get(statement.pk)
            theirs = (score.level, score.dont_know, score.note) if score else (None, False, "")
            if theirs != mine[statement.pk]:
                if theirs[1]:
                    label = gettext("Don't know")
                elif theirs[0] is not None:
                    label = f"{theirs[0]} – {self.text.level_label(theirs[0])}"
                else:
                    label = gettext("nothing")
                self.conflicts.append((statement, theirs[0], label))
        self.add_error(
            None,
            gettext(
                "Someone else saved consensus scores for this round while you were working. "
                "Nothing of yours was saved: your choices are still in the form below, and "
                "what they saved is shown beside each statement where it differs. Check, then "
                "save again."
            ),
        )
        # The next save compares against what is stored now.
        data = self.data.copy()
        data["version"] = str(
            AssessmentRound.objects.values_list("consensus_version", flat=True).get(
                pk=self.round.pk
            )
        )
        self.data = data


class RoundForm(forms.ModelForm):
    invite = forms.ModelMultipleChoiceField(
        label=_("Invite to answer"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Each person answers on their own; you can invite more people later."),
    )

    class Meta:
        model = AssessmentRound
        fields = ["framework", "stage", "title", "opens_on", "closes_on", "interventions"]
        widgets = {
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "interventions": forms.CheckboxSelectMultiple,
        }

    def __init__(self, agency, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.agency = agency
        used = AssessmentRound.objects.filter(agency=agency).values("framework_id")
        self.fields["framework"].queryset = (
            Framework.objects.latest_versions() | Framework.objects.filter(pk__in=used)
        ).order_by("name", "-version")
        self.fields["framework"].help_text = _(
            "Compare rounds of the same version: a baseline and its follow-up should use one."
        )
        self.fields["stage"].choices = RoundStage.choices
        self.fields["interventions"].queryset = Intervention.objects.filter(agency=agency)
        self.fields["interventions"].required = False
        self.fields["invite"].queryset = agency.members.order_by("first_name", "last_name")
        self.fields["invite"].label_from_instance = lambda user: user.get_full_name() or user.email
        if not self.is_bound:
            today = timezone.localdate()
            self.initial.setdefault("opens_on", today)
            self.initial.setdefault("closes_on", today + timezone.timedelta(days=21))
            self.initial.setdefault("invite", list(self.fields["invite"].queryset))

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_on"), cleaned.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("The answers cannot close before they open."))
        framework = cleaned.get("framework")
        if (
            framework is not None
            and not framework.criteria.filter(statements__isnull=False).exists()
        ):
            self.add_error("framework", _("This framework has no statements to answer yet."))
        return cleaned


class InviteForm(forms.Form):
    people = forms.ModelMultipleChoiceField(
        label=_("Members to invite"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one member.")},
    )

    def __init__(self, round: AssessmentRound, *args, **kwargs):
        super().__init__(*args, **kwargs)
        invited = Response.objects.filter(round=round, respondent__isnull=False).values(
            "respondent_id"
        )
        self.fields["people"].queryset = round.agency.members.exclude(pk__in=invited).order_by(
            "first_name", "last_name"
        )
        self.fields["people"].label_from_instance = lambda user: user.get_full_name() or user.email


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=_("Why reopen the round?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Written in the round's log, which the agency's coordinators see."),
    )


class LogEntryForm(forms.ModelForm):
    class Meta:
        model = LogEntry
        fields = ["happened_on", "title", "tried", "learned", "next_steps", "took_part"]
        widgets = {
            "happened_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "tried": forms.Textarea(attrs={"rows": 4}),
            "learned": forms.Textarea(attrs={"rows": 4}),
            "next_steps": forms.Textarea(attrs={"rows": 3}),
        }


class CommentForm(forms.ModelForm):
    class Meta:
        model = LogComment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


def upload_form_class():
    """The admin's document checks, for what a member fills in: title, file, language.

    The file field is Wagtail's own (``WagtailDocumentField``: the size limit)
    and the document model's validation runs as in the admin (the allowed file
    types, ``WAGTAILDOCS_EXTENSIONS``, and anything the project adds to it).
    The collection is not a field: it is always the agency's own.
    """
    from django.forms.models import modelform_factory
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import formfield_for_dbfield

    model = get_document_model()
    fields = [f for f in ("title", "file", "language") if f in model.admin_form_fields]

    class UploadForm(forms.ModelForm):
        def __init__(self, *args, collection=None, user=None, **kwargs):
            self.target_collection = collection
            self.user = user
            super().__init__(*args, **kwargs)
            types = ", ".join(getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or [])
            self.fields["file"].help_text = " ".join(
                filter(
                    None,
                    [
                        self.fields["file"].help_text,
                        gettext("Allowed types: %(types)s.") % {"types": types},
                    ],
                )
            )

        def _post_clean(self):
            self.instance.collection = self.target_collection
            self.instance.uploaded_by_user = self.user
            super()._post_clean()

        def save(self, commit=True):
            self.instance._set_document_file_metadata()
            return super().save(commit=commit)

    return modelform_factory(
        model, form=UploadForm, fields=fields, formfield_callback=formfield_for_dbfield
    )
