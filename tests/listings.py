"""Reading a filtered listing page as a visitor does: the titles of its cards, the counts."""

from bs4 import BeautifulSoup


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
