"""The address of the client a request comes from, as the site's trusted proxies report it.

Behind Varnish or a load balancer every connection comes from the proxy, so
``REMOTE_ADDR`` is the proxy's address: a limit keyed on it is one limit for
everybody. Each proxy appends the address it received the request from to
``X-Forwarded-For``. Walking that list from the right, starting at the
connection's own address, every hop that is one of ``TRUSTED_PROXIES`` (IP
addresses or networks, from the environment) is skipped: the first address
that is not is the client. Everything to its left was written by the client
and is never believed. Without trusted proxies, the connection's address is
the client's.

Rate limits key on ``limit_key``: an IPv6 client commonly holds a whole /64,
so its addresses count as one, as allauth's own limits do.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _address(value: str):
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "192.0.2.1:443"
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def client_address(request) -> str:
    """The client's IP address (or "unknown" when the connection's own is not one)."""
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return "unknown"
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))
    if not networks or not _trusted(remote, networks):
        return str(remote)
    client = remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _address(hop)
        if address is None:
            break  # a trusted proxy wrote nonsense: the last good hop answers for it
        client = address
        if not _trusted(address, networks):
            break
    return str(client)


def limit_key(address: str) -> str:
    """What a rate limit counts by: the address, or its /64 network for IPv6."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)
