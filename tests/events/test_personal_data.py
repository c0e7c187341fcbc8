"""A registration's own account of its personal data misses no field.

``Registration.personal_data()`` feeds the delegate's download and the
member's data export; a field added to the model must either appear in it or
be named in ``Registration.NOT_PERSONAL_DATA``.
"""

import datetime

import pytest
from django.db import models

from events.models import Registration

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def another_value(field, registration):
    if isinstance(field, models.DateTimeField):
        return datetime.datetime(2001, 2, 3, 4, 5, tzinfo=datetime.UTC)
    if isinstance(field, models.JSONField):
        question = registration.event.questions[0].id
        return {question: "a different answer"}
    if isinstance(field, models.EmailField):
        return "changed@example.org"
    if field.choices:
        current = getattr(registration, field.attname)
        return next(value for value, _label in field.choices if value != current)
    if isinstance(field, models.CharField):
        return "changed"
    raise AssertionError(f"No test value for {field.name} ({type(field).__name__})")


def test_every_field_of_a_registration_is_in_its_personal_data(conference):
    registration = RegistrationFactory(event=conference)
    before = registration.personal_data()
    silent = []
    for field in Registration._meta.concrete_fields:
        if field.name in Registration.NOT_PERSONAL_DATA:
            continue
        copy = Registration.objects.get(pk=registration.pk)
        setattr(copy, field.attname, another_value(field, copy))
        if copy.personal_data() == before:
            silent.append(field.name)
    assert not silent, f"personal_data() does not show {silent}"
