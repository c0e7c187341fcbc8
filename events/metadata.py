"""schema.org ``Event`` JSON-LD for an event page (what search engines read).

The joining link of an online event is never in it: only confirmed delegates
get that. The virtual location points at the event page instead.
"""

from __future__ import annotations

import json

from django.utils.safestring import mark_safe

ATTENDANCE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def json_ld_data(event, request=None) -> dict:
    url = request.build_absolute_uri(event.url) if request else event.full_url
    online, venue = event.is_online, event.has_venue
    mode = "mixed" if online and venue else ("online" if online else "offline")
    locations = []
    if venue:
        address = {"@type": "PostalAddress"}
        if event.venue_address:
            address["streetAddress"] = event.venue_address
        if event.city:
            address["addressLocality"] = event.city
        if event.country_id:
            address["addressCountry"] = event.country.code
        locations.append(
            {"@type": "Place", "name": event.venue_name or event.city, "address": address}
        )
    if online:
        locations.append({"@type": "VirtualLocation", "url": url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": event.title,
        "description": event.summary,
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE[mode],
        "inLanguage": event.locale.language_code,
        "organizer": {"@type": "Organization", "name": "Praxis"},
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    speakers = event.speakers()
    if speakers:
        data["performer"] = [
            {
                "@type": "Person",
                "name": person.name,
                **({"affiliation": person.affiliation} if person.affiliation else {}),
                **({"sameAs": person.orcid_url} if person.orcid else {}),
            }
            for person in speakers
        ]
    if event.registration_enabled:
        places_left = event.places_left()
        full = places_left == 0
        offer = {
            "@type": "Offer",
            "url": url,
            "price": "0",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/SoldOut" if full else "https://schema.org/InStock",
        }
        if event.registration_opens:
            offer["validFrom"] = event.registration_opens.isoformat()
        data["offers"] = offer
        if event.capacity is not None:
            data["maximumAttendeeCapacity"] = event.capacity
    return data


def json_ld(event, request=None):
    """The JSON-LD as a string safe to put inside a ``<script>`` element."""
    text = json.dumps(json_ld_data(event, request), ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - markup characters escaped above
