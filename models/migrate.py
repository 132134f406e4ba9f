"""Runs Alembic migrations programmatically and reads a database's schema revision."""

from __future__ import annotations

from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


class MigrationFailed(RuntimeError):
    """A migration that would have broken references; it was rolled back."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _driver_pragma(connection: Connection, statement: str) -> list[Any]:
    # Straight to the driver: SQLite ignores PRAGMA foreign_keys inside a transaction, and
    # SQLAlchemy would open one around anything sent through the Connection.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(statement).fetchall())
    finally:
        cursor.close()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to target; on SQLite, foreign keys are off so a table rebuild cannot cascade."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _driver_pragma(connection, "PRAGMA foreign_keys=OFF")
            if _driver_pragma(connection, "PRAGMA foreign_keys") != [(0,)]:
                raise MigrationFailed("Foreign keys could not be turned off for the migration.")
        try:
            # Our transaction, not Alembic's: the reference check below decides whether it commits.
            connection.begin()
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            if sqlite:
                # Checked before commit, so a migration that broke references is rolled back.
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    connection.rollback()
                    raise MigrationFailed(
                        f"The upgrade would leave {len(problems)} broken references; "
                        "it was not applied."
                    )
            connection.commit()
        finally:
            if sqlite:
                _driver_pragma(connection, "PRAGMA foreign_keys=ON")
