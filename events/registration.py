"""Taking, cancelling and promoting registrations without ever overbooking.

Every change to who holds a place happens inside one transaction that first
locks the event: ``SELECT … FOR UPDATE`` on the event's row on PostgreSQL, and
on SQLite the immediate transaction the settings ask for (``BEGIN IMMEDIATE``
takes the database's write lock before the first read). The count of
confirmed places and the insert that follows it therefore see no concurrent
writer, whatever number of web servers take registrations at once.

Emails go out after the transaction, so nobody is told about a place that a
rollback took away again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from cms.client_address import client_address, limit_key

from .models import EventPage, Registration


class Outcome:
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    FULL = "full"
    DUPLICATE = "duplicate"
    CLOSED = "closed"


@dataclass
class Result:
    outcome: str
    registration: Registration | None = None


def _lock(event_id: int):
    """Lock the event's row until the transaction ends.

    Returns (capacity, waiting_list, privacy_notice_version), read under the lock.
    """
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(pk=event_id)
        .values_list("capacity", "waiting_list", "privacy_notice_version")
        .get()
    )


def register(
    page: EventPage, details: dict, answers: dict, language: str, user=None, request=None
) -> Result:
    """Register a delegate for the event ``page`` (any language version of it).

    ``details`` holds the standard fields (first_name, last_name, email,
    organisation, country, role, dietary_needs, accessibility_needs).

    While the event is locked, every other registration for it waits, so the
    locked part is as short as it can be: on PostgreSQL one request to the
    server (``_insert_in_one_round_trip``) and the commit; elsewhere (SQLite,
    where the immediate transaction is the lock) three statements.
    """
    if page.registration_state() != "open":
        return Result(Outcome.CLOSED)
    event_id = page.booking_event_id(request)
    email = details["email"].strip().lower()
    if _one_round_trip_possible():
        now = timezone.now()
        delegate = Registration(
            event_id=event_id,
            answers=answers,
            language=language,
            consent_at=now,
            created_at=now,
            secret=secrets.token_hex(16),
            user=user if user is not None and user.is_authenticated else None,
            **{**details, "email": email},
        )
        with transaction.atomic():
            inserted = _insert_in_one_round_trip(delegate, now)
            # Not inserted: already registered, or full? Say which.
            existing = None if inserted else _taken(event_id, email)["existing"]
        if not inserted and existing is None:
            return Result(Outcome.FULL)
        return _tell(delegate if inserted else None, existing)
    registration = None
    with transaction.atomic():
        capacity, waiting_list, notice_version = _lock(event_id)
        taken = _taken(event_id, email)
        existing = taken["existing"]
        if existing is None:
            if capacity is None or taken["confirmed"] < capacity:
                status = Registration.Status.CONFIRMED
            elif waiting_list:
                status = Registration.Status.WAITING
            else:
                return Result(Outcome.FULL)
            now = timezone.now()
            registration = Registration.objects.create(
                event_id=event_id,
                status=status,
                answers=answers,
                language=language,
                consent_version=notice_version,
                consent_at=now,
                confirmed_at=now if status == Registration.Status.CONFIRMED else None,
                user=user if user is not None and user.is_authenticated else None,
                **{**details, "email": email},
            )
    return _tell(registration, existing)


def _tell(registration: Registration | None, existing: int | None) -> Result:
    """The end of every registration, after the commit: mail the delegate, say what happened.

    ``existing`` is the id of the address's live registration, if it had one:
    its owner is mailed the private link again (whoever typed the address in
    only learns that it is registered). Otherwise ``registration`` is the new
    one: confirmed, or on the waiting list.
    """
    from . import emails

    if existing is not None:
        registration = Registration.objects.get(pk=existing)
        emails.send(registration, "link")
        return Result(Outcome.DUPLICATE, registration)
    emails.send(registration, "confirmed" if registration.is_confirmed else "waiting")
    return Result(registration.status, registration)


def _taken(event_id: int, email: str) -> dict:
    """The event's confirmed places and the address's live registration (its id, or None)."""
    return Registration.objects.filter(event_id=event_id).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        existing=Max(
            "pk",
            filter=Q(email=email, anonymised_at__isnull=True)
            & ~Q(status=Registration.Status.CANCELLED),
        ),
    )


def _one_round_trip_possible() -> bool:
    """PostgreSQL with client-side binding (Django's default): two statements in one query."""
    options = connection.settings_dict.get("OPTIONS", {})
    return connection.vendor == "postgresql" and not options.get("server_side_binding")


def _insert_in_one_round_trip(delegate: Registration, now) -> bool:
    """PostgreSQL: lock the event, count its places and insert ``delegate``, in one request.

    In a burst every registration for the event waits while one holds the
    lock, so the lock must not wait for the web process: sent as separate
    statements, the lock would be held while the process waits for its turn
    on a busy core between them (measured: 20 ms per registration under load,
    which capped a burst at 50 a second). Both statements go to the server
    at once (a client-side bound cursor sends them as one query); the second
    one starts after the first holds the lock, and in PostgreSQL's READ
    COMMITTED each statement reads what was committed before it began, so the
    count sees every registration the previous lock holder committed.

    Returns False, inserting nothing, when the address is already registered
    or the event is full without a waiting list. Fills in ``delegate``'s id,
    status, confirmation time and the privacy notice version agreed to.
    """
    meta = Registration._meta
    quote = connection.ops.quote_name
    table, event_table = quote(meta.db_table), quote(EventPage._meta.db_table)
    columns, values, params = [], [], []
    for field in meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(quote(field.column))
        if field.attname == "status":
            values.append("place.status")
        elif field.attname == "confirmed_at":
            values.append("CASE WHEN place.status = %s THEN %s::timestamptz END")
            params += [Registration.Status.CONFIRMED, now]
        elif field.attname == "consent_version":
            values.append("event.privacy_notice_version")
        else:
            values.append("%s")
            params.append(field.get_db_prep_save(field.pre_save(delegate, True), connection))
    sql = (
        f"SELECT 1 FROM {event_table} WHERE page_ptr_id = %s FOR UPDATE; "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
        f"FROM {event_table} event CROSS JOIN LATERAL (SELECT CASE "
        f"WHEN event.capacity IS NULL OR (SELECT COUNT(*) FROM {table} r "
        "WHERE r.event_id = event.page_ptr_id AND r.status = %s) < event.capacity THEN %s "
        "WHEN event.waiting_list THEN %s END AS status) place "
        "WHERE event.page_ptr_id = %s AND place.status IS NOT NULL AND NOT EXISTS ("
        f"SELECT 1 FROM {table} r WHERE r.event_id = event.page_ptr_id AND r.email = %s "
        "AND r.status <> %s AND r.anonymised_at IS NULL) "
        "RETURNING id, status, consent_version"
    )
    status = Registration.Status
    params = [
        delegate.event_id,
        *params,
        status.CONFIRMED,
        status.CONFIRMED,
        status.WAITING,
        delegate.event_id,
        delegate.email,
        status.CANCELLED,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        cursor.nextset()
        row = cursor.fetchone()
    if row is None:
        return False
    delegate.pk, delegate.status, delegate.consent_version = row
    delegate.confirmed_at = now if delegate.status == status.CONFIRMED else None
    delegate._state.adding = False
    delegate._state.db = connection.alias
    return True


def update(registration: Registration, details: dict, answers: dict) -> Registration:
    """Change a delegate's details and answers (never their place or email address)."""
    details = {k: v for k, v in details.items() if k != "email"}
    for name, value in details.items():
        setattr(registration, name, value)
    registration.answers = answers
    registration.save()
    return registration


def _fill_places(event: EventPage, capacity) -> list[Registration]:
    """Confirm delegates from the head of the waiting list while places are free (locked)."""
    if capacity is None:
        waiting = list(Registration.objects.filter(event=event).waiting())
    else:
        confirmed = Registration.objects.filter(
            event=event, status=Registration.Status.CONFIRMED
        ).count()
        free = capacity - confirmed
        if free <= 0:
            return []
        waiting = list(Registration.objects.filter(event=event).waiting()[:free])
    now = timezone.now()
    for registration in waiting:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at", "updated_at"])
    return waiting


def cancel(registration: Registration, notify=True) -> list[Registration]:
    """Cancel a registration; the first on the waiting list gets the place at once.

    Returns the delegates promoted from the waiting list (who are told by email).
    """
    from . import emails

    event = registration.event
    with transaction.atomic():
        capacity, _waiting_list, _notice = _lock(event.pk)
        current = Registration.objects.get(pk=registration.pk)
        if current.status == Registration.Status.CANCELLED:
            return []
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at", "updated_at"])
        promoted = _fill_places(event, capacity)
    registration.status = current.status
    registration.cancelled_at = current.cancelled_at
    if notify:
        emails.send(current, "cancelled")
    for delegate in promoted:
        emails.send(delegate, "promoted")
    return promoted


def fill_places(event: EventPage) -> list[Registration]:
    """Give free places (e.g. after the capacity was raised) to the waiting list, in order."""
    from . import emails

    event = event.booking_event
    with transaction.atomic():
        capacity, _waiting_list, _notice = _lock(event.pk)
        promoted = _fill_places(event, capacity)
    for delegate in promoted:
        emails.send(delegate, "promoted")
    return promoted


def rate_limited(request) -> bool:
    """Whether this client has sent too many registrations in the last hour.

    Counted by the client's address as the trusted proxies report it
    (``cms.client_address``), in the shared cache (Redis in production), so
    the limit holds for that client across every web server and for nobody
    else. Call it for real attempts only (a valid form): a typo costs nothing.
    """
    limit = settings.EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR
    window = int(timezone.now().timestamp() // 3600)
    key = f"events:register:{limit_key(client_address(request))}:{window}"
    try:
        count = cache.incr(key)  # one round trip to the cache but for the hour's first
    except ValueError:
        count = 1 if cache.add(key, 1, timeout=3600) else cache.incr(key)
    return count > limit
