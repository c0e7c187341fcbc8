"""The data export holds everything stored about the person, from every app.

Two rules keep it complete when an app adds data (issue 15, item 16):

- every model of the site's own apps that stores an account, an email address
  or an IP address has a ``personal_data()`` method saying what it holds;
- the export contains exactly that, for every row about the person: linked to
  their account or under one of their verified addresses.

Each app's tests say how to make rows about a person for its models: a module
``tests/<app>/personal_data_rows.py`` with ``ROWS = {"app.Model": build}``,
where ``build(person)`` creates at least one row about ``person.user``.
"""

import importlib
import json
import pkgutil

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

import tests
from members import personal_data

pytestmark = pytest.mark.django_db

SITE_APPS = {"cms", "home", "practices", "publications", "events", "members", "search"}
SITE_APPS |= {"development"}  # once it is installed


def personal_fields(model) -> list:
    """The fields of ``model`` itself that name a person: an account, an email or IP address."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return [
        field
        for field in model._meta.local_concrete_fields
        if (isinstance(field, models.ForeignKey) and field.related_model is user_model)
        or isinstance(field, (models.EmailField, models.GenericIPAddressField))
    ]


def models_with_personal_data() -> list:
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in SITE_APPS and personal_fields(model)
    ]


def rows_about(model, user, verified_emails):
    """The rows of ``model`` about ``user``, found as closure finds them."""
    condition = Q(pk__in=[])
    for field in personal_fields(model):
        if isinstance(field, models.ForeignKey):
            condition |= Q(**{field.name: user})
        elif isinstance(field, models.EmailField):
            condition |= Q(**{f"{field.name}__in": verified_emails})
    return model._default_manager.filter(condition)


def row_builders() -> dict:
    """Every app's ``tests/<app>/personal_data_rows.py`` ROWS, merged."""
    builders = {}
    for module in pkgutil.iter_modules(tests.__path__):
        if not module.ispkg:
            continue
        try:
            rows = importlib.import_module(f"tests.{module.name}.personal_data_rows")
        except ModuleNotFoundError as error:
            if error.name != f"tests.{module.name}.personal_data_rows":
                raise
            continue
        builders.update(rows.ROWS)
    return builders


def as_json(value):
    return json.loads(json.dumps(value))


def contains(tree, wanted) -> bool:
    if tree == wanted:
        return True
    if isinstance(tree, dict):
        return any(contains(v, wanted) for v in tree.values())
    if isinstance(tree, list):
        return any(contains(v, wanted) for v in tree)
    return False


class Person:
    """A member with a second, verified address, in the members' test world."""

    def __init__(self, world):
        self.world = world
        self.home = world.home
        self.user = world.member_a
        self.agency = world.spaces["A"].agency
        self.other_agency = world.spaces["B"].agency
        self.second_email = "anna.private@example.org"
        EmailAddress.objects.create(user=self.user, email=self.second_email, verified=True)
        EmailAddress.objects.create(user=self.user, email="not.yet.mine@example.org")


def test_every_model_holding_personal_data_says_what_it_holds():
    missing = [
        f"{model._meta.label} ({', '.join(f.name for f in personal_fields(model))})"
        for model in models_with_personal_data()
        if not callable(getattr(model, "personal_data", None))
    ]
    assert not missing, f"These store personal data but have no personal_data(): {missing}"


def test_the_export_holds_each_rows_own_personal_data(world, client):
    person = Person(world)
    builders = row_builders()
    labels = sorted(model._meta.label for model in models_with_personal_data())
    without = [label for label in labels if label not in builders]
    assert not without, f"No test rows for {without}: add them to tests/<app>/personal_data_rows.py"
    for label in labels:
        builders[label](person)

    client.force_login(person.user)
    export = json.loads(client.get(reverse("export_my_data")).content)

    verified = person.user.verified_emails()
    assert verified == sorted(["member.a@example.org", person.second_email])
    for model in models_with_personal_data():
        rows = list(rows_about(model, person.user, verified))
        assert rows, f"the test made no {model._meta.label} row about the person"
        for row in rows:
            assert contains(export, as_json(row.personal_data())), (
                f"{model._meta.label} {row.pk} is missing from the export: {row.personal_data()}"
            )
    assert "not.yet.mine@example.org" not in json.dumps(
        {k: v for k, v in export.items() if k != "email_addresses"}
    )


def test_each_app_answers_under_its_own_name_in_a_stable_order(world, client):
    client.force_login(world.member_a)
    export = json.loads(client.get(reverse("export_my_data")).content)
    names = [name for name, _provider in personal_data.providers()]
    assert "events" in names and names == sorted(names)
    keys = list(export)
    assert keys[:2] == ["exported_at", "account"]
    assert keys[-len(names) :] == names
