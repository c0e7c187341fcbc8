"""Fixtures: an events index under the home page with one open conference."""

import pytest
from django.utils import translation

from .factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture(autouse=True)
def _reset_language():
    """Requests under /fr/ leave French active in the test thread: reset it for later tests."""
    yield
    translation.deactivate()


@pytest.fixture
def events(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def conference(events):
    return EventPageFactory(
        parent=events,
        title="Renewal 2027",
        slug="renewal-2027",
        questions=[
            (
                "text",
                {
                    "label": "Your research interest",
                    "help_text": "",
                    "required": True,
                    "long": False,
                },
            ),
            (
                "choice",
                {
                    "label": "Which excursion?",
                    "help_text": "",
                    "required": False,
                    "choices": ["Old town walk", "City hall visit"],
                },
            ),
            (
                "multiple_choice",
                {
                    "label": "Which workshops?",
                    "help_text": "",
                    "required": False,
                    "choices": ["Coaching", "Action learning", "Self-assessment"],
                },
            ),
            ("yes_no", {"label": "Will you attend the dinner?", "help_text": "", "required": True}),
        ],
    )


def form_data(page, **overrides):
    """A complete, valid registration as a delegate would submit it."""
    data = {
        "first_name": "Inès",
        "last_name": "Moreau",
        "email": "ines.moreau@example.org",
        "organisation": "Sciences Po Lyon",
        "country": "France",
        "role": "Researcher",
        "dietary_needs": "Vegetarian",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    }
    for block in page.questions:
        key = f"q_{block.id}"
        if block.block_type == "text":
            data[key] = "Participatory strategy"
        elif block.block_type == "choice":
            data[key] = str(block.value["choices"].bound_blocks[1].id)
        elif block.block_type == "multiple_choice":
            items = block.value["choices"].bound_blocks
            data[key] = [str(items[0].id), str(items[2].id)]
        elif block.block_type == "yes_no":
            data[key] = "yes"
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
