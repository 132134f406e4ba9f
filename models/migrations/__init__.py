"""Alembic migrations of the workshop record."""
