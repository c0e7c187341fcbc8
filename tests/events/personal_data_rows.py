"""Rows about a person in the events app's models, for the data export test."""

from .factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory


def _registrations(person):
    index = EventIndexPageFactory(parent=person.home)
    event = EventPageFactory(
        parent=index,
        questions=[
            ("text", {"label": "Your research interest", "help_text": "", "required": False}),
        ],
    )
    question = event.questions[0].id
    # Made with the account.
    RegistrationFactory(
        event=event,
        user=person.user,
        email=person.user.email,
        organisation="Ville de Lyon",
        role="Policy officer",
        dietary_needs="Vegetarian",
        accessibility_needs="Step-free access",
        answers={question: "Participatory budgeting"},
    )
    # Made without signing in, under the person's second, verified address.
    second = EventPageFactory(parent=index)
    RegistrationFactory(event=second, email=person.second_email, accessibility_needs="Captions")


ROWS = {"events.Registration": _registrations}
