"""Admin views for the organisers: each event's delegates, exports, badges, check-in, messages.

Open to superusers, the "Communications" group and anyone given the
"Can view registration" permission; changing registrations (cancelling,
checking in, messaging) needs "Can change registration" or the group.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cms.next_url import same_site_path

from . import emails, exports
from . import registration as booking
from .forms import MessageForm, answer_text
from .models import EventPage, Registration

MANAGER_GROUPS = ("Communications",)


def can_view(user) -> bool:
    if not user.is_active:
        return False
    return (
        user.is_superuser
        or user.has_perm("events.view_registration")
        or user.groups.filter(name__in=MANAGER_GROUPS).exists()
    )


def can_change(user) -> bool:
    if not user.is_active:
        return False
    return (
        user.is_superuser
        or user.has_perm("events.change_registration")
        or user.groups.filter(name__in=MANAGER_GROUPS).exists()
    )


class EventAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        if request.method == "POST" and not can_change(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_event(self, event_id):
        event = get_object_or_404(EventPage, pk=event_id)
        return event.booking_event

    def posted_registration(self, request) -> Registration:
        """The event's registration a form names, or a 404 (for anything but its number too)."""
        value = request.POST.get("registration", "")
        if not (value.isascii() and value.isdigit()):
            raise Http404
        return get_object_or_404(Registration, pk=int(value), event=self.event)

    def get_breadcrumbs_items(self):
        items = self.breadcrumbs_items + [
            {"url": reverse("events_admin"), "label": gettext_lazy("Registrations")}
        ]
        event = getattr(self, "event", None)
        if event is not None:
            items.append(
                {"url": reverse("events_admin_event", args=[event.pk]), "label": event.title}
            )
        return items


class EventListView(EventAdminMixin, View):
    page_title = gettext_lazy("Registrations")
    template_name = "events/admin/event_list.html"

    def get(self, request):
        originals = EventPage.objects.filter(locale=Locale.get_default())
        events = originals.annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            waiting=Count("registrations", filter=Q(registrations__status="waiting")),
            cancelled=Count("registrations", filter=Q(registrations__status="cancelled")),
        ).order_by("-start")
        return self.render_to_response(self.get_context_data(events=events))


class EventRegistrationsView(EventAdminMixin, View):
    template_name = "events/admin/registrations.html"

    @property
    def page_title(self):
        return self.event.title

    def filtered(self, request):
        registrations = Registration.objects.filter(event=self.event)
        status = request.GET.get("status", "")
        if status in Registration.Status.values:
            registrations = registrations.filter(status=status)
        # Printable text only: PostgreSQL refuses a NUL in a query, and nobody types one.
        query = "".join(ch for ch in request.GET.get("q", "") if ch.isprintable())[:200].strip()
        if query:
            registrations = registrations.filter(
                Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(email__icontains=query)
                | Q(organisation__icontains=query)
                | Q(country__icontains=query)
            )
        checked_in = request.GET.get("checked_in", "")
        if checked_in == "yes":
            registrations = registrations.filter(checked_in_at__isnull=False)
        elif checked_in == "no":
            registrations = registrations.filter(checked_in_at__isnull=True)
        return registrations, status, query, checked_in

    def get(self, request, event_id):
        self.event = self.get_event(event_id)
        registrations, status, query, checked_in = self.filtered(request)
        fmt = request.GET.get("export")
        if fmt == "csv":
            return exports.csv_response(self.event, registrations)
        if fmt == "xlsx":
            return exports.xlsx_response(self.event, registrations)
        counts = self.event.counts()
        paginator = Paginator(registrations.order_by("status", "created_at", "pk"), 100)
        page_obj = paginator.get_page(request.GET.get("p"))
        questions = self.event.question_list()
        rows = [
            (
                r,
                [answer_text(kind, value, r.answers.get(bid)) for bid, kind, value in questions],
            )
            for r in page_obj.object_list
        ]
        query_string = request.GET.copy()
        query_string.pop("p", None)
        query_string.pop("export", None)
        return self.render_to_response(
            self.get_context_data(
                event=self.event,
                counts=counts,
                places_left=self.event.places_left(counts),
                rows=rows,
                questions=[value["label"] for _b, _k, value in questions],
                page_obj=page_obj,
                statuses=Registration.Status.choices,
                status=status,
                query=query,
                checked_in=checked_in,
                query_string=query_string.urlencode(),
                can_change=can_change(request.user),
            )
        )

    def post(self, request, event_id):
        self.event = self.get_event(event_id)
        action = request.POST.get("action")
        if action == "fill":
            promoted = booking.fill_places(self.event)
            messages.success(
                request,
                _("%(count)s delegates moved from the waiting list to a place.")
                % {"count": len(promoted)},
            )
            return redirect("events_admin_event", self.event.pk)
        registration = self.posted_registration(request)
        if action == "cancel":
            promoted = booking.cancel(registration)
            messages.success(
                request,
                _("The registration of %(name)s is cancelled.") % {"name": registration.name}
                + (
                    " "
                    + _("%(name)s has the place now.")
                    % {"name": ", ".join(p.name for p in promoted)}
                    if promoted
                    else ""
                ),
            )
        elif action == "erase":
            if not registration.is_cancelled:
                booking.cancel(registration, notify=False)
            registration.refresh_from_db()
            registration.anonymise()
            messages.success(request, _("The delegate's personal data has been erased."))
        here = reverse("events_admin_event", args=[self.event.pk])
        return redirect(same_site_path(request, request.POST.get("next"), here))


class BadgesView(EventAdminMixin, View):
    def get(self, request, event_id):
        return exports.badges_response(self.get_event(event_id))


class CheckInView(EventAdminMixin, View):
    template_name = "events/admin/check_in.html"

    @property
    def page_title(self):
        return _("Check-in: %(title)s") % {"title": self.event.title}

    def get(self, request, event_id):
        self.event = self.get_event(event_id)
        delegates = (
            Registration.objects.filter(event=self.event)
            .confirmed()
            .order_by("last_name", "first_name", "pk")
        )
        return self.render_to_response(
            self.get_context_data(
                event=self.event,
                delegates=delegates,
                arrived=sum(1 for d in delegates if d.checked_in_at),
            )
        )

    def post(self, request, event_id):
        self.event = self.get_event(event_id)
        registration = self.posted_registration(request)
        registration.checked_in_at = None if registration.checked_in_at else timezone.now()
        registration.save(update_fields=["checked_in_at", "updated_at"])
        return redirect(
            reverse("events_admin_check_in", args=[self.event.pk]) + f"#r{registration.pk}"
        )


class MessageView(EventAdminMixin, View):
    template_name = "events/admin/message.html"

    @property
    def page_title(self):
        return _("Message to the delegates of %(title)s") % {"title": self.event.title}

    def recipients(self):
        return Registration.objects.filter(event=self.event).confirmed().with_personal_data()

    def get(self, request, event_id):
        self.event = self.get_event(event_id)
        return self.render_to_response(
            self.get_context_data(
                event=self.event, form=MessageForm(), count=self.recipients().count()
            )
        )

    def post(self, request, event_id):
        self.event = self.get_event(event_id)
        form = MessageForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(event=self.event, form=form, count=self.recipients().count())
            )
        sent = 0
        for registration in self.recipients():
            emails.send_message(
                registration, form.cleaned_data["subject"], form.cleaned_data["body"]
            )
            sent += 1
        messages.success(
            request, _("Your message was sent to %(count)s delegates.") % {"count": sent}
        )
        return redirect("events_admin_event", self.event.pk)
