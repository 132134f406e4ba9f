"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.tables import metadata
from workshop.storage import Database


def test_migrated_schema_matches_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_connection_pragmas(database: Database) -> None:
    if not database.is_sqlite:
        return
    with database.engine.connect() as connection:
        read = connection.exec_driver_sql
        assert read("PRAGMA foreign_keys").scalar() == 1
        assert read("PRAGMA journal_mode").scalar() == "wal"
        assert read("PRAGMA synchronous").scalar() == 2  # FULL
        assert read("PRAGMA secure_delete").scalar() == 1
