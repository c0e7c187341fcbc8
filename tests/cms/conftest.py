"""Varnish in front of the test's live server: the ``varnish`` fixture is in tests/conftest.py."""
