"""Emails to delegates, sent by the task worker: an email server that is down delays them.

Confirmations, waiting-list places, promotions, private links, cancellations,
reminders and the organisers' messages are queued (``events.emails.send``) in
the same transaction as the change they tell about, so the worker sends exactly
what was committed, and a registration never waits for, or fails because of,
the SMTP server. The worker tries again later when the server does not answer
(``cms.tasks.retrying_task``); staff see what waits and what failed under
*Reports → Background tasks*. With the immediate backend (tests, ``make run``)
an email is sent at once.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.tasks import describe, retrying_task


@retrying_task()
def send_delegate_email(registration_id: int, kind: str, extra: dict | None = None) -> str:
    """Build the email now (in the delegate's language, from what is stored) and send it."""
    from .emails import build
    from .models import Registration

    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return "gone"  # erased or anonymised meanwhile: nothing to send to
    build(registration, kind, extra).send()
    return "sent"


describe(send_delegate_email, _("Email to a delegate"))
