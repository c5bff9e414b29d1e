"""Organisations, roles and people by date, and the user's own audience facts."""
