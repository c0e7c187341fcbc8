"""The client's address behind the trusted proxies, which every rate limit counts by."""

import pytest
from django.test import RequestFactory

from cms.client_address import client_address, limit_key

PROXIES = ["10.0.0.0/8", "192.0.2.7", "2001:db8:ffff::/48"]


def request(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.mark.parametrize(
    "remote, forwarded, client",
    [
        # No proxy in the way: the connection is the client, whatever it claims.
        ("198.51.100.1", None, "198.51.100.1"),
        ("198.51.100.1", "203.0.113.9", "198.51.100.1"),
        # Through one trusted proxy, and through two.
        ("10.0.0.2", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.2", "198.51.100.1, 192.0.2.7", "198.51.100.1"),
        # What the client wrote itself, left of the first untrusted hop, is ignored.
        ("10.0.0.2", "203.0.113.9, 198.51.100.1, 192.0.2.7", "198.51.100.1"),
        ("10.0.0.2", "nonsense, 198.51.100.1", "198.51.100.1"),
        # Ports and IPv6.
        ("10.0.0.2", "198.51.100.1:51234", "198.51.100.1"),
        ("10.0.0.2", "[2001:db8:1::5]:443", "2001:db8:1::5"),
        ("2001:db8:ffff::1", "2001:db8:1::5", "2001:db8:1::5"),
        # A trusted proxy that forwards nothing, or nonsense: the proxy itself.
        ("10.0.0.2", None, "10.0.0.2"),
        ("10.0.0.2", "unknown", "10.0.0.2"),
        # Every hop a trusted proxy: the first of them.
        ("10.0.0.2", "10.3.0.1, 192.0.2.7", "10.3.0.1"),
    ],
)
def test_client_address(settings, remote, forwarded, client):
    settings.TRUSTED_PROXIES = PROXIES
    assert client_address(request(remote, forwarded)) == client


def test_without_trusted_proxies_the_header_is_never_read(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request("10.0.0.2", "198.51.100.1")) == "10.0.0.2"


def test_an_ipv6_client_counts_as_its_network():
    assert (
        limit_key("2001:db8:1:2:3:4:5:6") == limit_key("2001:db8:1:2:ffff::1") == "2001:db8:1:2::"
    )
    assert limit_key("198.51.100.1") == "198.51.100.1"
