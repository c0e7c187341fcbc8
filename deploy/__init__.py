"""Configuration to run Praxis in production, and the production shape on one machine."""
