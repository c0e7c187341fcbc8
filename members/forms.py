"""Forms members fill in: inviting a colleague, closing an account."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import MembershipRole
from .models import Membership


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("They get a link that works once, for 14 days."),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.MEMBER
    )

    def __init__(self, *args, agency, **kwargs):
        self.agency = agency
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(agency=self.agency, user__email__iexact=email).exists():
            raise forms.ValidationError(
                _("%(email)s is already a member of %(agency)s.")
                % {"email": email, "agency": self.agency}
            )
        return email


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account, my memberships and my personal data are deleted "
            "for good."
        ),
        error_messages={"required": _("Tick the box to confirm.")},
    )
