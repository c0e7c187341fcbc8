"""Template helpers of the development pages: scores as text, one statement's figures."""

from django import template

from development import report, results

register = template.Library()


@register.filter
def score(value):
    return results.score_text(value)


@register.simple_tag
def statement_result(result, statement):
    return result.statements.get(statement.pk)


@register.simple_tag
def distribution(text, outcome):
    return report.distribution(text, outcome) if outcome is not None else []


@register.simple_tag
def notes_for(notes, statement):
    return notes.get(statement.pk, [])


@register.simple_tag
def conflict_for(conflicts, statement):
    return conflicts.get(statement.pk, "")
