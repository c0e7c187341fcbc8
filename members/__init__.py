"""Agencies, memberships and the gated members' areas."""
