"""Runs Alembic migrations programmatically and reads a database's schema revision."""

from __future__ import annotations

import ast
import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

# Alembic takes a noticeable part of a second to import, and opening a record that is already
# up to date never needs it: it is imported only where a migration actually runs.
if TYPE_CHECKING:
    from alembic.config import Config


class MigrationFailed(RuntimeError):
    """A migration that would have broken references; it was rolled back."""


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    return config


# How Alembic writes a revision's ids: each on a line of its own at the top of the file.
_ID_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=(.*)$", re.MULTILINE)


def _ids_from_lines(source: str) -> dict[str, object] | None:
    """revision and down_revision read from their own lines, without parsing the whole file.

    None unless each is one line holding one literal: the whole file is parsed then instead.
    """
    values: dict[str, object] = {}
    for name, expression in _ID_LINE.findall(source):
        if name in values:
            return None
        try:
            values[name] = ast.literal_eval(expression.strip())
        except (ValueError, SyntaxError):
            return None
    return values if "revision" in values else None


def _ids_from_syntax(source: str) -> dict[str, object] | None:
    """revision and down_revision from the file's top-level literal assignments."""
    values: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            try:
                values[target.id] = ast.literal_eval(value)
            except ValueError:
                return None
    return values


@functools.cache
def _revision_files() -> dict[str, tuple[str, ...]] | None:
    """Each revision's id and the ids it revises, read from its file's literal assignments.

    None when a file says them in a way this reading does not follow (Alembic then decides).
    Read once per process: the files ship with the app, and parsing every one of them was a
    fifth of the cost of opening a record, so the two lines are read first.
    """
    graph: dict[str, tuple[str, ...]] = {}
    for script in (resources.files("models") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        source = script.read_text(encoding="utf-8")
        values = _ids_from_lines(source) or _ids_from_syntax(source)
        if values is None:
            return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or revision in graph:
            return None
        if down is None:
            graph[revision] = ()
        elif isinstance(down, str):
            graph[revision] = (down,)
        elif isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
            graph[revision] = tuple(down)
        else:
            return None
    return graph


def head_revision() -> str:
    graph = _revision_files()
    if graph is not None:
        revised = {down for downs in graph.values() for down in downs}
        heads = set(graph) - revised
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    graph = _revision_files()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
            from alembic import command

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
