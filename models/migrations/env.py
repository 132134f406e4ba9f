"""Alembic environment: runs on the connection the app hands over, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from models.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("Migrations run through models.migrate, which supplies a connection.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
