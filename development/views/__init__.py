"""The development work in the members' area (front-end pages and forms, not the admin)."""
