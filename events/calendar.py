"""Events as iCalendar (RFC 5545) files, built with the ``icalendar`` library.

Times are written in the event's own time zone (``DTSTART;TZID=Europe/Helsinki``)
with the matching ``VTIMEZONE``, so a calendar shows them right wherever its
owner is. The UID is the event's translation key: every language version of an
event is the same calendar entry.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def _host(event, request):
    if request is not None:
        return request.get_host().split(":")[0]
    site = event.get_site()
    return site.hostname if site else "praxis.example"


def _url(event, request):
    return request.build_absolute_uri(event.url) if request is not None else event.full_url


def events_calendar(events, request, name=None, joining_link=False) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Praxis//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    now = timezone.now()
    for event in events:
        url = _url(event, request)
        entry = Event()
        entry.add("uid", f"event-{event.translation_key}@{_host(event, request)}")
        entry.add("dtstamp", now)
        entry.add("dtstart", event.local_start)
        entry.add("dtend", event.local_end)
        entry.add("summary", event.title)
        description = [event.summary, url]
        location = event.location_text
        if joining_link and event.online_url:
            description.insert(1, _("Join online: %(url)s") % {"url": event.online_url})
            location = f"{location} · {event.online_url}" if location else event.online_url
        elif event.is_online and not location:
            location = _("Online")
        entry.add("description", "\n\n".join(part for part in description if part))
        if location:
            entry.add("location", location)
        entry.add("url", url)
        entry.add("categories", [event.kind_label])
        if event.last_published_at:
            entry.add("last-modified", event.last_published_at)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
