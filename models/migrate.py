"""Runs Alembic migrations programmatically and reads a database's schema revision."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text


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


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to target; on SQLite, foreign keys are off so a table rebuild cannot cascade."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()
        if sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"Migration left {len(problems)} broken references.")
