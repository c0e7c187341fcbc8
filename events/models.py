"""Conference events and the delegates who register for them.

``EventIndexPage`` lists the events (upcoming first, an archive, filters by kind
and year) and serves the subscribable calendar of upcoming events.
``EventPage`` is one conference, workshop or webinar: its programme, venue,
registration window, capacity, audience and questions. A members-only event
carries Wagtail's own view restriction (the "Members" and "Consortium staff"
groups), so page serving, its sub-routes (.ics, registration) and
``cms.privacy`` all keep it from everyone else.

``Registration`` is one delegate's place: confirmed, on the waiting list or
cancelled. Places are shared by every language version of an event: all
registrations belong to the original page (``EventPage.booking_event``).
"""

from __future__ import annotations

import datetime
import secrets
import zoneinfo

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyBlock
from cms.filters import render_listing
from cms.i18n import children_in_every_language, one_per_translation, reading_locale
from cms.privacy import can_view, visible_pages
from cms.taxonomy_terms import TermsOfPageLanguageForm

from .blocks import ProgrammeBlock, QuestionsBlock
from .enums import Audience, EventKind, RegistrationStatus

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
TIME_ZONE_CHOICES = [(tz, tz.replace("_", " ")) for tz in TIME_ZONES]


def validate_time_zone(value):
    if value not in TIME_ZONES:
        raise ValidationError(_("Choose a time zone from the list, e.g. Europe/Brussels."))


class EventIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("events index")

    def events(self, request=None):
        """The live events ``request`` may open (members-only ones only for members).

        Each in the reader's language where translated, else in the language it exists in.
        """
        events = visible_pages(children_in_every_language(self, EventPage), request)
        return one_per_translation(events, reading_locale(self.locale)).select_related(
            "country", "locale"
        )

    def upcoming(self, request=None):
        return self.events(request).filter(end__gte=timezone.now()).order_by("start", "pk")

    @path("")
    def listing(self, request):
        from .filters import EventFilter

        event_filter = EventFilter(request.GET, self.events(request))
        return render_listing(self, request, event_filter, settings.EVENTS_PAGE_SIZE)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Every upcoming event anyone may open, as a calendar to subscribe to.

        Calendar apps fetch it without a session, so it is the anonymous view
        whoever asks: members-only events never appear in it.
        """
        from .calendar import calendar_response, events_calendar

        events = self.upcoming(None)
        response = calendar_response(
            events_calendar(events, request, name=f"{self.title} · Praxis"), "praxis-events"
        )
        response["Cache-Control"] = "public, max-age=900"
        return response


class EventPageForm(TermsOfPageLanguageForm):
    """Editors type an event's times in the event's own time zone.

    Wagtail's date-time widget reads and shows times in the editor's time zone;
    an organiser in Brussels entering a conference in Helsinki means 09:00
    Helsinki time when they type 09:00. So the times are shown as the event's
    wall-clock times and read back in the event's time zone (the one chosen in
    the same form).
    """

    LOCAL_FIELDS = ("start", "end", "registration_opens", "registration_closes")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event_tz = self.instance.tz
        current = timezone.get_current_timezone()
        for name in self.LOCAL_FIELDS:
            value = self.initial.get(name)
            if isinstance(value, datetime.datetime) and timezone.is_aware(value):
                wall = timezone.localtime(value, event_tz).replace(tzinfo=None)
                self.initial[name] = timezone.make_aware(wall, current)
            if name in self.fields:
                self.fields[name].help_text = _("In the event's time zone.")

    def clean(self):
        cleaned = super().clean()
        try:
            event_tz = zoneinfo.ZoneInfo(cleaned.get("time_zone") or self.instance.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return cleaned  # the time zone field reports the error
        current = timezone.get_current_timezone()
        for name in self.LOCAL_FIELDS:
            value = cleaned.get(name)
            if isinstance(value, datetime.datetime):
                wall = timezone.localtime(value, current).replace(tzinfo=None)
                cleaned[name] = timezone.make_aware(wall, event_tz)
        return cleaned


class EventPage(RoutablePageMixin, Page):
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.CONFERENCE
    )
    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("One or two sentences for listings.")
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=60,
        default="Europe/Brussels",
        validators=[validate_time_zone],
        help_text=_("Where the event takes place; its times are shown in this time zone."),
    )
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    programme = StreamField(ProgrammeBlock(), blank=True, verbose_name=_("programme"))
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_url = models.URLField(
        _("joining link"),
        blank=True,
        help_text=_("For online participation. Shown only to confirmed delegates."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.PUBLIC,
        help_text=_("Members-only events are visible only to signed-in members and staff."),
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the event is full, further delegates join a waiting list."),
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    registration_enabled = models.BooleanField(_("online registration"), default=True)
    questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("questions for delegates"),
        help_text=_(
            "Asked in addition to name, email, organisation, country, role, dietary and "
            "accessibility needs."
        ),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=40,
        default="1",
        help_text=_("Stored with each delegate's consent. Change it when the notice changes."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone", widget=forms.Select(choices=TIME_ZONE_CHOICES)),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("programme"),
    ]
    registration_panels = [
        FieldPanel("audience"),
        FieldPanel("registration_enabled"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
        FieldRowPanel([FieldPanel("privacy_notice"), FieldPanel("privacy_notice_version")]),
        FieldPanel("questions"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = EventPageForm
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "kind",
            "start",
            "end",
            "time_zone",
            "country",
            "online_url",
            "audience",
            "capacity",
            "waiting_list",
            "registration_opens",
            "registration_closes",
            "registration_enabled",
            "privacy_notice_version",
            "venue_address",
        )
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # -- data -------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event ends before it starts.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration closes before it opens.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Saving a draft revision touches only bookkeeping fields; the audience
        # (and with it the view restriction) changes only with a full save, i.e.
        # on creation and on publishing.
        if self.path and (update_fields is None or "audience" in update_fields):
            self.ensure_audience_restriction()
        return result

    def ensure_audience_restriction(self):
        """Members-only events carry the members' group restriction; public ones none of ours.

        Restrictions editors add themselves (a password, other groups) are left alone.
        """
        from members.models import members_group, staff_group

        wanted = {members_group().pk, staff_group().pk}
        ours = [
            r
            for r in PageViewRestriction.objects.filter(
                page=self, restriction_type=PageViewRestriction.GROUPS
            ).prefetch_related("groups")
            if {g.pk for g in r.groups.all()} == wanted
        ]
        if self.audience == Audience.MEMBERS:
            if not ours:
                restriction = PageViewRestriction.objects.create(
                    page=self, restriction_type=PageViewRestriction.GROUPS
                )
                restriction.groups.set(wanted)
        else:
            for restriction in ours:
                restriction.delete()

    @property
    def kind_label(self):
        return EventKind(self.kind).label

    @property
    def is_members_only(self):
        return self.audience == Audience.MEMBERS

    @property
    def tz(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.tz)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.tz)

    @property
    def year(self):
        return self.local_start.year

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def has_venue(self):
        return bool(self.venue_name or self.city)

    @property
    def location_text(self):
        country = self.country.name if self.country_id else ""
        parts = [self.venue_name, self.venue_address, self.city, country]
        return ", ".join(p for p in parts if p)

    @cached_property
    def booking_event(self) -> EventPage:
        """The page that holds the places: the original of this event's translations."""
        first = (
            EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return first or self

    def booking_event_id(self, request=None) -> int:
        """The id of ``booking_event``, kept in this process (``cms.chrome``) between requests.

        A registration needs only the id, and a burst of them should not ask
        the database each time which page holds the places.
        """
        from cms.chrome import remembered

        if "booking_event" in self.__dict__:
            return self.booking_event.pk
        return remembered(
            request, ("events:booking_event", self.translation_key), lambda: self.booking_event.pk
        )

    def translation_for(self, language_code: str) -> EventPage:
        """This event in ``language_code`` if it is translated and live, else this page."""
        page = (
            EventPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language_code)
            .first()
        )
        return page or self

    def sessions(self):
        """The programme's sessions in time order, grouped by day: [(date, [session, …])]."""
        days: dict[datetime.date, list] = {}
        for block in self.programme:
            if block.block_type == "session":
                days.setdefault(block.value["date"], []).append(block.value)
        return [
            (day, sorted(items, key=lambda s: s["start"])) for day, items in sorted(days.items())
        ]

    def speakers(self):
        seen, people = set(), []
        for _day, sessions in self.sessions():
            for session in sessions:
                for person in session["speakers"]:
                    if person is not None and person.pk not in seen:
                        seen.add(person.pk)
                        people.append(person)
        return people

    def question_list(self):
        """The questions as (id, type, value) in order."""
        return [(block.id, block.block_type, block.value) for block in self.questions]

    # -- registration state -------------------------------------------------------

    def counts(self) -> dict[str, int]:
        rows = (
            Registration.objects.filter(event=self.booking_event)
            .values("status")
            .annotate(n=Count("pk"))
        )
        counts = {status: 0 for status in Registration.Status.values}
        counts.update({row["status"]: row["n"] for row in rows})
        return counts

    def places_left(self, counts=None) -> int | None:
        event = self.booking_event
        if event.capacity is None:
            return None
        counts = counts or self.counts()
        return max(event.capacity - counts[Registration.Status.CONFIRMED], 0)

    def registration_state(self, now=None) -> str:
        """One of "disabled", "not_open", "closed", "open"."""
        now = now or timezone.now()
        if not self.registration_enabled:
            return "disabled"
        if self.registration_opens and now < self.registration_opens:
            return "not_open"
        if (self.registration_closes and now >= self.registration_closes) or now >= self.end:
            return "closed"
        return "open"

    # -- routes -----------------------------------------------------------------

    @path("")
    def event(self, request):
        from .views import event_page

        return event_page(self, request)

    @path("ics/", name="ics")
    def ics(self, request):
        from .calendar import calendar_response, events_calendar

        response = calendar_response(events_calendar([self], request), self.slug)
        # Wagtail has already checked the visitor may open the event; a shared
        # cache must not hand a members-only event's file to anyone else.
        public = can_view(self, None)
        response["Cache-Control"] = "public, max-age=900" if public else "private, no-store"
        return response

    @path("registered/", name="registration_sent")
    def registration_sent(self, request):
        from .views import registration_sent

        return registration_sent(self, request)

    @path("registration/<str:token>/", name="registration")
    def registration(self, request, token):
        from .views import manage_registration

        return manage_registration(self, request, token)

    def get_context(self, request, *args, **kwargs):
        from .metadata import json_ld

        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent().specific
        context["json_ld"] = json_ld(self, request)
        return context


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def with_personal_data(self):
        return self.filter(anonymised_at__isnull=True)


class Registration(models.Model):
    """One delegate's registration for an event."""

    SALT = "events.registration"

    Status = RegistrationStatus

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    first_name = models.CharField(_("first name"), max_length=120)
    last_name = models.CharField(_("last name"), max_length=120)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=120, blank=True)
    role = models.CharField(_("role or job title"), max_length=200, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=500, blank=True)
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    consent_version = models.CharField(_("privacy notice version agreed to"), max_length=40)
    consent_at = models.DateTimeField(_("consent given"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    secret = models.CharField(max_length=32, editable=False, default="")
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    confirmed_at = models.DateTimeField(_("place confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # One live registration per address and event: the last line of
            # defence against a double submission.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return f"{self.name} – {self.event.title}" if not self.anonymised_at else str(self.pk)

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        if not self.secret:
            self.secret = secrets.token_hex(16)
        super().save(*args, **kwargs)

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED

    @property
    def is_waiting(self):
        return self.status == self.Status.WAITING

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def token(self) -> str:
        """The private link's token: ``<id>-<secret>-<signature>``, signed with the secret key.

        Only ``[A-Za-z0-9_-]``, which Wagtail's page URLs accept in a path component.
        """
        value = f"{self.pk}-{self.secret}"
        signature = signing.Signer(salt=self.SALT).sign(value).rsplit(":", 1)[1]
        return f"{value}-{signature}"

    @classmethod
    def from_token(cls, token: str) -> Registration:
        """The registration a private link names (``BadSignature`` or ``DoesNotExist`` if none)."""
        try:
            pk, secret, signature = token.split("-", 2)
        except ValueError as error:
            raise signing.BadSignature("Malformed token") from error
        signing.Signer(salt=cls.SALT).unsign(f"{pk}-{secret}:{signature}")
        return cls.objects.select_related("event").get(
            pk=int(pk), secret=secret, anonymised_at__isnull=True
        )

    def waiting_position(self) -> int | None:
        if not self.is_waiting:
            return None
        ahead = Registration.objects.filter(
            event_id=self.event_id, status=self.Status.WAITING
        ).filter(Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk))
        return ahead.count() + 1

    def link(self, page=None) -> str:
        """The absolute private link to view, change or cancel this registration."""
        page = page or self.event.translation_for(self.language)
        return page.get_full_url() + page.reverse_subpage("registration", args=[self.token])

    def answer_rows(self, page=None):
        """(question, answer as text) for each question of the event, in ``page``'s language."""
        from .forms import answer_text

        page = page or self.event
        return [
            (value["label"], answer_text(kind, value, self.answers.get(block_id)))
            for block_id, kind, value in page.question_list()
        ]

    # Stored with a registration but not about the delegate: the row's key, the
    # event (given by title), the account it belongs to, the private link's
    # secret (a credential) and when the data was erased.
    NOT_PERSONAL_DATA = ("id", "event", "user", "secret", "anonymised_at")

    def personal_data(self) -> dict:
        """Everything stored about the delegate, for a data-protection request.

        Every field but ``NOT_PERSONAL_DATA``: a test fails when a new field is
        in neither.
        """
        return {
            "event": self.event.title,
            "status": self.status,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "organisation": self.organisation,
            "country": self.country,
            "role": self.role,
            "dietary_needs": self.dietary_needs,
            "accessibility_needs": self.accessibility_needs,
            "answers": {label: text for label, text in self.answer_rows()},
            "language": self.language,
            "consent_version": self.consent_version,
            "consent_at": _iso(self.consent_at),
            "registered_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "confirmed_at": _iso(self.confirmed_at),
            "cancelled_at": _iso(self.cancelled_at),
            "reminder_sent_at": _iso(self.reminder_sent_at),
            "checked_in_at": _iso(self.checked_in_at),
        }

    def anonymise(self):
        """Erase the personal data and keep the row, so that counts stay right."""
        self.first_name = ""
        self.last_name = ""
        self.email = ""
        self.organisation = ""
        self.role = ""
        self.dietary_needs = ""
        self.accessibility_needs = ""
        self.answers = {}
        self.user = None
        self.secret = secrets.token_hex(16)
        self.anonymised_at = timezone.now()
        self.save()


def _iso(value):
    return value.isoformat() if value else None


def upcoming_events(locale, request, limit=3):
    """The next events ``request`` may open, in ``locale`` where translated (for the home page).

    An event not yet translated into ``locale`` is shown in the language it
    exists in, like untranslated entries in the sourcebook listings.
    """
    events = one_per_translation(visible_pages(EventPage.objects.all(), request), locale)
    return events.filter(end__gte=timezone.now()).select_related("locale").order_by("start")[:limit]
