"""System checks of the search: each kind in ``search.kinds`` names real models and fields."""

from django.core import checks


def check_kinds(app_configs=None, **kwargs):
    from .kinds import check_kinds as problems

    return [checks.Error(f"search.kinds: {problem}", id="search.E001") for problem in problems()]
