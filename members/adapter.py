"""How allauth sees the site: the client's address as the trusted proxies report it.

allauth keys its rate limits (failed sign-ins, sign-ups, password resets) and
the sessions list on the client's IP address. Its own setting trusts a fixed
*number* of proxies; Praxis names them (``TRUSTED_PROXIES``, see
``cms.client_address``), so registration and sign-in count by the same
address.
"""

from allauth.account.adapter import DefaultAccountAdapter

from cms.client_address import client_address


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        return client_address(request)
