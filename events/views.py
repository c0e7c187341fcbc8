"""The delegate's side: the event page with its registration form, and the private link.

The private link is the registration's key: whoever holds it reads the
delegate's answers (accessibility needs, for instance) and can cancel. So it
goes only to whoever has proven the address: by email, always, and in the
browser only to a signed-in member registering one of their verified
addresses. Anyone else who registers an address, new or already registered,
is told to check that address's mailbox, in the same words either way, so
typing someone else's address neither shows nor reveals their registration.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.core import signing
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.http_cache import leave_out_the_token

from . import registration as booking
from .forms import RegistrationForm, initial_from_account
from .models import Registration


def _privacy_url(page, request):
    notice = page.privacy_notice
    if notice is None:
        return ""
    notice = notice.specific_deferred
    translated = notice.get_translation_or_none(page.locale) if notice.locale_id else None
    return (translated or notice).get_url(request) or ""


def _proven_emails(request) -> list[str]:
    """The addresses this request has proven: a signed-in member's verified ones."""
    if not request.user.is_authenticated:
        return []
    return request.user.verified_emails()


def _my_registration(page, request):
    emails = _proven_emails(request)
    if not emails:
        return None
    return (
        Registration.objects.active()
        .with_personal_data()
        .filter(event=page.booking_event, email__in=emails)
        .first()
    )


# How long Varnish keeps the anonymous copy of an event open for registration:
# its "places left" and "the event is full" change with each registration.
OPEN_EVENT_SHARED_MAX_AGE = 30


def _render_event(page, request, form, status=200, **extra):
    form.link_privacy_notice(_privacy_url(page, request))
    counts = page.counts()
    state = page.registration_state()
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "registration_state": state,
            "counts": counts,
            # The anonymous copy is shared (cms.http_cache): no visitor's token in it.
            "token_by_script": leave_out_the_token(request),
            "places_left": page.places_left(counts),
            "my_registration": _my_registration(page, request),
            **extra,
        },
    )
    response.status_code = status
    if state == "open":
        response.shared_max_age = OPEN_EVENT_SHARED_MAX_AGE
    return response


def event_page(page, request):
    if request.method != "POST":
        again = getattr(request, "form_to_send_again", None)
        if again is not None:
            # Posted from a cached copy without its token (no JavaScript): the
            # form as typed, with a token now, to be sent again (cms.http_cache).
            form = RegistrationForm(again, page=page)
            form.is_valid()
            form.add_error(
                None, _("Your registration is not sent yet: please check it and press Register.")
            )
            return _render_event(page, request, form)
        form = RegistrationForm(page=page, initial=initial_from_account(request.user))
        return _render_event(page, request, form)

    # A form that goes through is not shown again: the privacy notice's link is
    # looked up only for a form shown with its errors (_render_event).
    form = RegistrationForm(request.POST, page=page)
    if page.registration_state() != "open":
        form.add_error(None, _("Registration for this event is not open."))
        return _render_event(page, request, form, status=400)
    if not form.is_valid():
        return _render_event(page, request, form, status=400)
    if booking.rate_limited(request):
        form.add_error(
            None,
            _("Too many registrations came from your network. Please try again in an hour."),
        )
        return _render_event(page, request, form, status=429)
    email = form.cleaned_data["email"]
    if form.is_bot:
        # Say what a person would be told, and keep nothing.
        return _see_registration_sent(page)
    proven = email.strip().lower() in _proven_emails(request)
    result = booking.register(
        page,
        form.details(),
        form.answers(),
        get_language() or "en",
        user=request.user if proven else None,
        request=request,
    )
    if result.outcome == booking.Outcome.FULL:
        form.add_error(None, _("Sorry, this event is full and has no waiting list."))
        return _render_event(page, request, form, status=409)
    if result.outcome == booking.Outcome.CLOSED:
        form.add_error(None, _("Registration for this event is not open."))
        return _render_event(page, request, form, status=400)
    if not proven:
        # The link went to the address; only its owner can follow it.
        return _see_registration_sent(page)
    if result.outcome == booking.Outcome.DUPLICATE:
        return _check_your_email(page, request, email, duplicate=True)
    registration = result.registration
    if registration.is_confirmed:
        messages.success(
            request, _("You are registered: your place is confirmed. We have sent you an email.")
        )
    else:
        messages.success(
            request,
            _("The event is full: you are on the waiting list. We have sent you an email."),
        )
    return HttpResponseRedirect(
        page.url + page.reverse_subpage("registration", args=[registration.token])
    )


CONFIRMED_ACTIONS = ("cancel", "erase")


def _see_registration_sent(page):
    """303 to the event's "check your email" page: the same for everyone, so a cache keeps it.

    A registration burst is hundreds of these a minute: the POST only takes
    the place and queues the email; the page that says so is not rendered
    for each delegate (and a reload does not post the form again).
    """
    response = HttpResponseRedirect(page.url + page.reverse_subpage("registration_sent"))
    response.status_code = 303
    return response


def registration_sent(page, request):
    """What anyone who registered an address they have not proven here is told."""
    response = page.render(request, template="events/registration_sent.html")
    response["X-Robots-Tag"] = "noindex"
    return response


def _check_your_email(page, request, email, duplicate=False):
    response = page.render(
        request,
        template="events/registration_sent.html",
        context_overrides={"email": email, "duplicate": duplicate},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def manage_registration(page, request, token):
    try:
        registration = Registration.from_token(token)
    except (signing.BadSignature, Registration.DoesNotExist, ValueError):
        registration = None
    if registration is None or registration.event.translation_key != page.translation_key:
        response = page.render(request, template="events/registration_invalid.html")
        response.status_code = 404
        return _private(response)

    here = page.url + page.reverse_subpage("registration", args=[token])
    if request.GET.get("download") == "json":
        data = {"exported_at": timezone.now().isoformat(), **registration.personal_data()}
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="my-registration.json"'
        return _private(response)

    form = None
    action = request.POST.get("action") if request.method == "POST" else None
    # Cancelling and erasing cannot be undone: both take a second, confirming step
    # (a page of its own, so it works without JavaScript).
    asked = request.GET.get("confirm") if request.method != "POST" else action
    if asked in CONFIRMED_ACTIONS and (action is None or request.POST.get("confirm") != "yes"):
        if asked == "cancel" and registration.is_cancelled:
            return _private(HttpResponseRedirect(here))
        response = page.render(
            request,
            template="events/registration_confirm.html",
            context_overrides={"registration": registration, "here": here, "action": asked},
        )
        return _private(response)
    if action == "cancel" and not registration.is_cancelled:
        booking.cancel(registration)
        messages.success(request, _("Your registration has been cancelled."))
        return _private(HttpResponseRedirect(here))
    if action == "erase":
        if not registration.is_cancelled:
            booking.cancel(registration, notify=False)
        registration.refresh_from_db()
        registration.anonymise()
        response = page.render(request, template="events/registration_erased.html")
        return _private(response)
    if action == "change" and not registration.is_cancelled:
        form = RegistrationForm(request.POST, page=page, change=True, instance=registration)
        if form.is_valid():
            booking.update(registration, form.details(), form.answers())
            messages.success(request, _("Your changes have been saved."))
            return _private(HttpResponseRedirect(here))
    if form is None and not registration.is_cancelled:
        form = RegistrationForm(page=page, change=True, instance=registration)
    response = page.render(
        request,
        template="events/registration_manage.html",
        context_overrides={
            "registration": registration,
            "form": form,
            "position": registration.waiting_position(),
            "answers": registration.answer_rows(page),
            "here": here,
            "joining_link": page.online_url if registration.is_confirmed else "",
        },
    )
    if form is not None and form.errors:
        response.status_code = 400
    return _private(response)
