"""The delegate's registration form: standard fields, the event's own questions, consent.

The questions come from the event page's ``questions`` StreamField, in the
page's language. Answers are stored by the question's block id, and choices by
their item id, which are the same in every translation of the page.
"""

from __future__ import annotations

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Registration

STANDARD_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "organisation",
    "country",
    "role",
    "dietary_needs",
    "accessibility_needs",
]
AUTOCOMPLETE = {
    "first_name": "given-name",
    "last_name": "family-name",
    "email": "email",
    "organisation": "organization",
    "country": "country-name",
    "role": "organization-title",
}


def _choices(value):
    return [(str(item.id), item.value) for item in value["choices"].bound_blocks]


def question_field(kind, value):
    options = {
        "label": value["label"],
        "required": bool(value["required"]),
        "help_text": value["help_text"] or "",
    }
    if kind == "text":
        widget = forms.Textarea(attrs={"rows": 4}) if value.get("long") else forms.TextInput
        return forms.CharField(max_length=2000, widget=widget, **options)
    if kind == "choice":
        return forms.ChoiceField(choices=_choices(value), widget=forms.RadioSelect, **options)
    if kind == "multiple_choice":
        return forms.MultipleChoiceField(
            choices=_choices(value), widget=forms.CheckboxSelectMultiple, **options
        )
    if kind == "yes_no":
        return forms.TypedChoiceField(
            choices=[("yes", _("Yes")), ("no", _("No"))],
            widget=forms.RadioSelect,
            coerce=lambda v: v == "yes",
            empty_value=None,
            **options,
        )
    raise ValueError(kind)


def answer_text(kind, value, answer) -> str:
    """An answer as the delegate would read it, in the language of ``value`` (the question)."""
    if answer is None or answer == "" or answer == []:
        return ""
    if kind in ("choice", "multiple_choice"):
        labels = dict(_choices(value))
        ids = answer if isinstance(answer, list) else [answer]
        return "; ".join(labels.get(str(i), str(i)) for i in ids)
    if kind == "yes_no":
        return gettext("Yes") if answer else gettext("No")
    return str(answer)


def initial_answer(kind, answer):
    if kind == "yes_no" and answer is not None:
        return "yes" if answer else "no"
    return answer


class RegistrationForm(forms.ModelForm):
    """Registering, or (with ``change=True``) changing one's registration."""

    # Filled in only by bots: people never see it (see the template).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(label=_("I agree to the privacy notice"), required=True)

    class Meta:
        model = Registration
        fields = STANDARD_FIELDS
        help_texts = {
            "dietary_needs": _("e.g. vegetarian, halal, allergies."),
            "accessibility_needs": _(
                "Anything that would help you take part: step-free access, a sign language "
                "interpreter, captions…"
            ),
        }

    def __init__(self, *args, page, change=False, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.change = change
        for name, autocomplete in AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = autocomplete
        for name in ("first_name", "last_name", "email"):
            self.fields[name].required = True
        self.questions = page.question_list()
        for block_id, kind, value in self.questions:
            self.fields[f"q_{block_id}"] = question_field(kind, value)
            if self.instance.pk:
                self.initial[f"q_{block_id}"] = initial_answer(
                    kind, self.instance.answers.get(block_id)
                )
        if change:
            del self.fields["consent"]
            del self.fields["website"]
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _(
                "To register another address, cancel and register again."
            )
        for name, field in self.fields.items():
            if field.required and not field.disabled and name != "consent":
                field.label = f"{field.label} ({gettext('required')})"
        if privacy_url:
            self.link_privacy_notice(privacy_url)

    def link_privacy_notice(self, privacy_url: str) -> None:
        """Link the consent box's label to the privacy notice (only forms shown need it)."""
        if privacy_url and "consent" in self.fields:
            self.fields["consent"].label = format_html(
                '{} (<a href="{}">{}</a>)',
                gettext("I agree to the privacy notice"),
                privacy_url,
                gettext("read the privacy notice"),
            )

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website")) if hasattr(self, "cleaned_data") else False

    @property
    def standard_fields(self):
        return [self[name] for name in STANDARD_FIELDS]

    @property
    def question_fields(self):
        return [self[f"q_{block_id}"] for block_id, _kind, _value in self.questions]

    def details(self) -> dict:
        return {name: self.cleaned_data[name] for name in STANDARD_FIELDS}

    def answers(self) -> dict:
        out = {}
        for block_id, _kind, _value in self.questions:
            answer = self.cleaned_data.get(f"q_{block_id}")
            if answer not in (None, "", []):
                out[block_id] = answer
        return out


def initial_from_account(user) -> dict:
    """Prefill from a signed-in member's account and their (first) agency."""
    if not user.is_authenticated:
        return {}
    initial = {"first_name": user.first_name, "last_name": user.last_name, "email": user.email}
    membership = user.memberships.select_related("agency__country").first()
    if membership is not None:
        initial["organisation"] = membership.agency.name
        initial["country"] = membership.agency.country.name
    return initial


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 10}))
