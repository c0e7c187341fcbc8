"""Forms members fill in: signing up, inviting a colleague, closing an account."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth import get_user_model
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


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, where only a verified address is taken.

    allauth counts an address as taken as soon as any account lists it, even
    unconfirmed: anyone could then keep its owner from signing up (or from
    following an invitation) by adding it to their own account. Here an
    address that other accounts only list, unconfirmed, is free: signing up
    with it drops those claims, and the new account confirms it (the emailed
    link, or the invitation link that brought them). Once an address is
    confirmed, ``members.signals`` drops every other claim to it.
    """

    def validate_unique_email(self, value):
        taken = (
            EmailAddress.objects.filter(email__iexact=value, verified=True).exists()
            or get_user_model().objects.filter(email__iexact=value).exists()
        )
        if taken:
            return super().validate_unique_email(value)
        self.account_already_exists = False
        return value

    def save(self, request):
        email = self.cleaned_data.get("email")
        if email and not self.account_already_exists:
            EmailAddress.objects.filter(email__iexact=email, verified=False).delete()
        return super().save(request)
