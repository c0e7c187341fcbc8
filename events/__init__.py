"""Conferences, workshops and delegate registration."""
