"""Shared fixtures: a real database file per test, services over it, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.services import Services
from workshop.storage import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "record.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
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
