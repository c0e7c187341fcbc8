"""Reading the search page as a visitor does: result titles, counts, facet choices."""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup


@dataclass
class SearchPage:
    status: int
    html: str
    soup: BeautifulSoup

    @property
    def count(self) -> int:
        heading = self.soup.select_one(".results-count").get_text()
        return int(re.search(r"\d+", heading).group())

    @property
    def titles(self) -> list[str]:
        return [a.get_text(strip=True) for a in self.soup.select(".search-results .result-title a")]

    def facet(self, name) -> dict[str, int]:
        """value -> count shown beside each choice of facet ``name``."""
        choices = {}
        for box in self.soup.select(f'.filters input[name="{name}"]'):
            label = self.soup.select_one(f'label[for="{box["id"]}"] .count').get_text()
            choices[box["value"]] = int(label.strip("()"))
        return choices

    def text(self) -> str:
        return self.soup.select_one("main").get_text(" ", strip=True)


def search(client, query="", lang="en", **params):
    data = {"q": query} if query else {}
    data.update(params)
    response = client.get(f"/{lang}/search/", data)
    html = response.content.decode()
    return SearchPage(response.status_code, html, BeautifulSoup(html, "html.parser"))
