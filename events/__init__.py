"""Conferences, workshops and delegate registration (built in a later issue)."""
