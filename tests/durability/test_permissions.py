"""Personal data is private: the database, its WAL and SHM, every backup and the data folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.durability.conftest import ROOT, app_env
from workshop.backups import Backups
from workshop.services import Services
from workshop.storage import open_database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> object:
    # A typical desktop umask: files would be world-readable unless the app says otherwise.
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_shm_and_backups_are_private(tmp_path: Path, open_umask: object) -> None:
    path = tmp_path / "data" / "record.sqlite3"
    database = open_database(path)
    try:
        services = Services(database)
        backups = Backups(database)
        backups.attach()
        workshop = services.workshops.create("Housing repairs", "Riverside Council")
        services.participants.add(workshop.id, "Ann Example", "lived_experience")
        manual = backups.backup_now()
        chosen = backups.backup_now(tmp_path / "chosen-name.sqlite3")
        wal = path.with_name(path.name + "-wal")
        shm = path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert _mode(path.parent) == 0o700
        for file in (path, wal, shm, manual, chosen, *backups.folder.iterdir()):
            assert _mode(file) == 0o600, file
        assert _mode(backups.folder) == 0o700
        assert len(backups.list()) == 2  # the day's automatic backup and the manual one
    finally:
        database.dispose()


def test_migration_backup_is_private(tmp_path: Path, open_umask: object) -> None:
    from models import migrate
    from models.db import make_engine, sqlite_url

    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    path.chmod(0o600)
    database = open_database(path)
    try:
        assert database.report.backup is not None
        assert _mode(database.report.backup) == 0o600
    finally:
        database.dispose()


def test_default_data_folder_is_private_even_if_it_existed(tmp_path: Path) -> None:
    # The real default location, in a child process with its own HOME and XDG folders.
    home = tmp_path / "home"
    data = home / ".local" / "share" / "codesign-workshop"
    data.mkdir(parents=True, mode=0o755)
    data.chmod(0o755)
    env = app_env(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "list"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert _mode(data) == 0o700
    assert _mode(data / "workshops.sqlite3") == 0o600


def test_every_connection_has_the_safety_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "record.sqlite3")
    try:
        # Several pooled connections, not only the first.
        with database.engine.connect() as one, database.engine.connect() as two:
            for connection in (one, two):
                pragma = connection.exec_driver_sql
                assert pragma("PRAGMA foreign_keys").scalar() == 1
                assert pragma("PRAGMA journal_mode").scalar() == "wal"
                assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
                assert pragma("PRAGMA secure_delete").scalar() == 1
    finally:
        database.dispose()
