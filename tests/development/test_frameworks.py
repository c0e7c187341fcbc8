"""Frameworks are edited by staff in the admin; a version with answers is frozen.

Saving a framework nobody has answered changes it in place; saving one that has
answers makes the next version and leaves the answered one exactly as it was,
so rounds stay comparable. Translations (wagtail-localize) give the same
statements in the reader's language.
"""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from development.models import Framework, Statement

from .factories import RoundFactory, answer_round, statements_of

pytestmark = pytest.mark.django_db


def edit_data(framework, new_text: dict[str, str]) -> dict:
    """The admin edit form as submitted, with statements' texts changed by code."""
    levels = [
        {"id": level.pk, "value": level.value, "label": level.label, "description": "", "ORDER": n}
        for n, level in enumerate(framework.levels.all())
    ]
    criteria = []
    for n, criterion in enumerate(framework.criteria.all()):
        statements = [
            {
                "id": s.pk,
                "code": s.code,
                "text": new_text.get(s.code, s.text),
                "guidance": s.guidance,
                "ORDER": m,
            }
            for m, s in enumerate(criterion.statements.all())
        ]
        criteria.append(
            {
                "id": criterion.pk,
                "code": criterion.code,
                "group": criterion.group,
                "title": criterion.title,
                "description": criterion.description,
                "ORDER": n,
                "statements": inline_formset(statements, initial=len(statements), min=1),
            }
        )
    return nested_form_data(
        {
            "name": framework.name,
            "slug": framework.slug,
            "description": framework.description,
            "levels": inline_formset(levels, initial=len(levels), min=2),
            "criteria": inline_formset(criteria, initial=len(criteria), min=1),
        }
    )


def edit_url(framework):
    return reverse("wagtailsnippets_development_framework:edit", args=[framework.pk])


def test_a_framework_without_answers_is_edited_in_place(people, client):
    framework = people.framework
    client.force_login(people.staff)
    response = client.post(edit_url(framework), edit_data(framework, {"1.1": "Clearer words"}))
    assert response.status_code == 302, response.content[:2000]
    assert Framework.objects.count() == 1
    assert Statement.objects.get(criterion__framework=framework, code="1.1").text == "Clearer words"


def test_saving_an_answered_version_makes_the_next_one(people, client):
    framework = people.framework
    round = RoundFactory(agency=people.agency, framework=framework)
    first = statements_of(framework)[0]
    answer_round(round, {people.member: {first: 3}})
    assert framework.is_frozen

    client.force_login(people.staff)
    response = client.post(
        edit_url(framework), edit_data(framework, {"1.1": "Reworded statement"}), follow=True
    )
    assert response.status_code == 200
    assert "your changes are saved as version 2" in response.text
    new = Framework.objects.get(slug=framework.slug, version=2)
    # The answered version is exactly as it was; the new one has the change.
    assert Statement.objects.get(pk=first.pk).text == "Leadership statement 1"
    assert Statement.objects.get(criterion__framework=new, code="1.1").text == "Reworded statement"
    assert [s.code for s in statements_of(new)] == [s.code for s in statements_of(framework)]
    round.refresh_from_db()
    assert round.framework == framework
    assert new.translation_key != framework.translation_key
    # New rounds are offered the newest version, and the one this agency already used.
    client.force_login(people.coordinator)
    form = client.get(reverse("development:new_round", args=[people.agency.pk])).text
    assert "Renewal capability (version 2)" in form and "Renewal capability (version 1)" in form


def test_a_translated_framework_is_answered_in_the_readers_language(people, client):
    from cms.demo import translate

    framework = people.framework
    strings = {s.text: f"Affirmation {s.code}" for s in statements_of(framework)}
    strings.update({"Leadership": "Direction", "Learning": "Apprentissage", "Fully": "Tout à fait"})
    translate(framework, "fr", strings)
    round = RoundFactory(agency=people.agency, framework=framework)
    answer_round(round, {people.member: {}})
    client.force_login(people.member)
    url = reverse("development:answer", args=[people.agency.pk, round.pk])
    french = client.get(url.replace("/en/", "/fr/")).text
    assert "Affirmation 1.1" in french and "Direction" in french and "4 – Tout à fait" in french
    english = client.get(url).text
    assert "Leadership statement 1" in english and "Affirmation" not in english
    # Answers always point at the default language's statements.
    statement = statements_of(framework)[0]
    client.post(url.replace("/en/", "/fr/"), {f"s{statement.pk}": "4", "action": "save"})
    assert round.responses.get().answers.get().statement == statement
