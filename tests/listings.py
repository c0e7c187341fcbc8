"""Reading a listing page as a visitor does (card titles, counts) and what it costs (queries)."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext


def titles(response):
    """The titles of the cards listed, A to Z."""
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(a.get_text(strip=True) for a in soup.select(".card-title a"))


def count_beside(response, facet, value):
    """The count shown beside choice ``value`` of ``facet``, or None where it is not offered."""
    soup = BeautifulSoup(response.content, "html.parser")
    label = soup.find("label", attrs={"for": f"f-{facet}-{value}"})
    if label is None:
        return None
    return int(label.select_one(".count").get_text(strip=True).strip("()"))


def queries_for(client, url):
    """The number of SQL queries a second visit to ``url`` takes (the first warms caches)."""
    client.get(url)  # site root paths, content types
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)
