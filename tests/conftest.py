"""Shared fixtures: a real database per test (SQLite file, or PostgreSQL when asked), services, Qt.

Tests marked `postgres` (and every test under tests/services and tests/interchange, marked
automatically) run on the PostgreSQL server named by WORKSHOP_TEST_DATABASE_URL when it is set,
each on a freshly emptied schema; without it, and for every other test, on a SQLite file in
tmp_path. CI runs `.ci/postgres.sh .venv/bin/python -m pytest -m postgres` for the second pass.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, inspect, text

from tests.records import copy_record
from workshop.services import Services
from workshop.storage import Database, open_database

TEST_DATABASE_ENV = "WORKSHOP_TEST_DATABASE_URL"
# Suites that must pass on PostgreSQL as well as SQLite, selected by folder.
POSTGRES_FOLDERS = ("services", "interchange")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        try:
            relative = Path(str(item.path)).relative_to(root)
        except ValueError:
            continue
        if relative.parts and relative.parts[0] in POSTGRES_FOLDERS:
            item.add_marker(pytest.mark.postgres)


def server_url() -> str | None:
    """The PostgreSQL URL the suite was given, if any."""
    return os.environ.get(TEST_DATABASE_ENV) or None


def reset_server_database(url: str) -> None:
    """Empty the server's database completely: no tables, no alembic revision."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def _truncate_all(database: Database) -> None:
    with database.engine.begin() as connection:
        tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
        if tables:
            names = ", ".join(f'"{t}"' for t in tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def _server_schema() -> Iterator[str | None]:
    """Migrate the server's database once per run; each test then starts from empty tables."""
    url = server_url()
    if url is None:
        yield None
        return
    reset_server_database(url)
    database = open_database(url)
    database.dispose()
    yield url


def _on_server(request: pytest.FixtureRequest) -> bool:
    return server_url() is not None and request.node.get_closest_marker("postgres") is not None


# CI replays the same examples every run, so a submission's result does not depend on chance;
# developers' runs keep exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "record.sqlite3"


@pytest.fixture(scope="session")
def migrated_record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty record created through the real migrations, once per run.

    Running every migration takes a second or more; a test that only needs an empty record
    at the current revision gets a copy of this one (`copy_of_migrated`). Tests of creating
    and upgrading records open their own paths and still run the migrations.
    """
    path = tmp_path_factory.mktemp("migrated") / "record.sqlite3"
    open_database(str(path)).dispose()
    return path


@pytest.fixture
def copy_of_migrated(migrated_record: Path) -> Callable[[Path], Path]:
    """Put an empty record at the current revision at a path, as opening a new file would."""
    return lambda target: copy_record(migrated_record, target)


@pytest.fixture
def database_target(
    request: pytest.FixtureRequest, db_path: Path, copy_of_migrated: Callable[[Path], Path]
) -> str:
    """What open_database is given: the server URL (emptied) for postgres tests, else a file
    holding an empty record at the current revision."""
    if _on_server(request):
        url = request.getfixturevalue("_server_schema")
        database = open_database(url)
        try:
            _truncate_all(database)
        finally:
            database.dispose()
        return url
    return str(copy_of_migrated(db_path))


@pytest.fixture
def database(database_target: str) -> Iterator[Database]:
    database = open_database(database_target)
    yield database
    database.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)


@pytest.fixture
def workshop_with_session(services: Services) -> dict[str, int]:
    """A small workshop: one session from a template, two participants."""
    workshop = services.workshops.create("Housing repairs", "Riverside Council")
    ann = services.participants.add(workshop.id, "Ann Example", "lived_experience")
    raj = services.participants.add(workshop.id, "Raj Example", "professional", consent_named=True)
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "First session", date="2026-12-01"
    )
    return {"workshop": workshop.id, "session": session.id, "ann": ann.id, "raj": raj.id}


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings() in a test writes under tmp_path, never to the user's own settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture(autouse=True)
def plain_text_labels(qapp: object) -> None:
    """Widgets under test see what the app installs at start: labels never guess rich text."""
    from ui import plain_text

    plain_text.install()


@pytest.fixture(autouse=True)
def no_widget_outlives_its_test() -> Iterator[None]:
    """Delete top-level widgets a test leaves behind: an app-wide event (a language change)
    would otherwise reach them after their database is gone."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        try:
            widget.close()
            widget.deleteLater()
        except RuntimeError:  # already deleted on the C++ side
            continue
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
