"""Inviting members to answer a round: a response waiting for them, and an email with the link."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .enums import RoundEventKind
from .models import AssessmentRound, Response


def answer_url(round: AssessmentRound, language: str) -> str:
    with translation.override(language):
        path = reverse("development:answer", args=[round.agency_id, round.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invite(round: AssessmentRound, people, request=None) -> int:
    """Invite ``people`` (agency members) to answer; returns how many were newly invited.

    Someone already invited is left alone. Each new invitee gets an email in the
    language of the person inviting them (the page tells them how to switch).
    """
    members = set(round.agency.members.values_list("pk", flat=True))
    language = translation.get_language() or settings.LANGUAGE_CODE
    by = request.user if request is not None and request.user.is_authenticated else None
    invited = []
    for person in people:
        if person.pk not in members:
            continue
        try:
            with transaction.atomic():
                Response.objects.create(
                    round=round, respondent=person, language=language, invited_by=by
                )
        except IntegrityError:
            continue  # already invited
        invited.append(person)
    if invited:
        # The number, not the names: the log outlives the people in it.
        round.log(RoundEventKind.INVITED, by, str(len(invited)))
        for person in invited:
            send(round, person, "invitation", language)
    return len(invited)


def send(round: AssessmentRound, person, kind: str, language: str, extra: dict | None = None):
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {
            "round": round,
            "person": person,
            "agency": round.agency,
            "url": answer_url(round, language or settings.LANGUAGE_CODE),
            "site_name": settings.WAGTAIL_SITE_NAME,
            **(extra or {}),
        }
        subject = render_to_string(f"development/emails/{kind}_subject.txt", context)
        body = render_to_string(f"development/emails/{kind}.txt", context)
    EmailMessage(subject=" ".join(subject.split()), body=body, to=[person.email]).send()
