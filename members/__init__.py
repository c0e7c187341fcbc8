"""Agencies, memberships and the gated members' areas (built in a later issue)."""
