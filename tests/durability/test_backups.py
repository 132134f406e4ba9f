"""Backups: a daily rolling copy (keep 7), copies on demand, and restoring one safely."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.clocks import FakeWallClock
from tests.durability.conftest import assert_one_sentence, file_hash
from tests.durability.test_bad_files import _corrupt, _newer_version, _not_sqlite
from tests.durability.test_migrations import _database_at_0001
from workshop.backups import BackupError, BackupKind, Backups
from workshop.errors import DatabaseRefused
from workshop.services import Services
from workshop.storage import Database, open_database


@pytest.fixture
def opened(tmp_path: Path) -> tuple[Database, Services, Backups, FakeWallClock]:
    database = open_database(tmp_path / "data" / "record.sqlite3")
    clock = FakeWallClock()
    backups = Backups(database, clock=clock)
    backups.attach()
    yield database, Services(database), backups, clock
    database.dispose()


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM workshops ORDER BY id")]
    finally:
        connection.close()


def test_the_first_change_of_each_day_is_preceded_by_a_backup_and_seven_are_kept(
    opened: tuple[Database, Services, Backups, FakeWallClock],
) -> None:
    _, services, backups, clock = opened
    services.workshops.create("Day 0", "Council")
    services.workshops.create("Day 0, later", "Council")
    [first] = backups.list()
    assert first.kind is BackupKind.DAILY and _titles(first.path) == []
    for day in range(1, 10):
        clock.now += dt.timedelta(days=1)
        services.workshops.create(f"Day {day}", "Council")
        services.workshops.create(f"Day {day}, later", "Council")
    daily = [b for b in backups.list() if b.kind is BackupKind.DAILY]
    assert len(daily) == 7
    assert [b.made_at.date() for b in daily] == [
        dt.date(2026, 12, 10) - dt.timedelta(days=n) for n in range(7)
    ]
    # Each day's copy is the record as it stood before that day's first change.
    assert _titles(daily[0].path)[-1] == "Day 8, later"
    for backup in daily:
        connection = sqlite3.connect(backup.path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.close()


def test_backups_are_made_while_another_thread_keeps_writing(
    opened: tuple[Database, Services, Backups, FakeWallClock],
) -> None:
    _, services, backups, _ = opened
    workshop = services.workshops.create("Busy", "Council")
    stop = threading.Event()

    def write() -> None:
        number = 0
        while not stop.is_set():
            services.participants.add(workshop.id, f"Person {number}", "community")
            number += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copies = [backups.backup_now() for _ in range(5)]
    finally:
        stop.set()
        writer.join(10)
    for copy in copies:
        connection = sqlite3.connect(copy)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.close()


def test_back_up_now_to_a_chosen_file(
    opened: tuple[Database, Services, Backups, FakeWallClock], tmp_path: Path
) -> None:
    database, services, backups, _ = opened
    services.workshops.create("Kept", "Council")
    (tmp_path / "usb").mkdir()
    target = backups.backup_now(tmp_path / "usb" / "copy.sqlite3")
    assert _titles(target) == ["Kept"]
    assert not list((tmp_path / "usb").glob(".*part"))
    with pytest.raises(BackupError) as refused:
        backups.backup_now(database.path)
    assert_one_sentence(refused.value.message)
    with pytest.raises(BackupError) as missing:
        backups.backup_now(tmp_path / "no-such-folder" / "copy.sqlite3")
    assert_one_sentence(missing.value.message)


def test_restore_brings_back_the_backup_after_keeping_a_copy_of_the_present(
    opened: tuple[Database, Services, Backups, FakeWallClock],
) -> None:
    database, services, backups, clock = opened
    services.workshops.create("Before", "Council")
    saved = backups.backup_now()
    services.workshops.create("Mistake", "Council")
    clock.now += dt.timedelta(minutes=5)
    safety = backups.restore(saved)
    assert [w.title for w in services.workshops.list()] == ["Before"]
    assert _titles(safety) == ["Before", "Mistake"]
    # The same Database keeps working, and a second instance sees the restored record.
    services.workshops.create("After", "Council")
    other = open_database(database.path)
    try:
        assert [w.title for w in Services(other).workshops.list()] == ["Before", "After"]
    finally:
        other.dispose()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_restoring_an_older_version_s_backup_upgrades_it(
    opened: tuple[Database, Services, Backups, FakeWallClock], demo_file: Path, tmp_path: Path
) -> None:
    _, services, backups, _ = opened
    old = tmp_path / "old.sqlite3"
    _database_at_0001(demo_file, old)
    digest = file_hash(old)
    backups.restore(old)
    [workshop] = services.workshops.list()
    assert workshop.retention_years == 2
    assert file_hash(old) == digest


@pytest.mark.parametrize("build", [_not_sqlite, _corrupt, _newer_version])
def test_a_bad_backup_is_refused_and_nothing_changes(
    opened: tuple[Database, Services, Backups, FakeWallClock],
    demo_file: Path,
    tmp_path: Path,
    build: object,
) -> None:
    _database, services, backups, _ = opened
    services.workshops.create("Current", "Council")
    bad = tmp_path / "bad.sqlite3"
    build(demo_file, bad)  # type: ignore[operator]
    digest = file_hash(bad)
    count = len(backups.list())
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore(bad)
    assert_one_sentence(refused.value.message)
    assert [w.title for w in services.workshops.list()] == ["Current"]
    assert file_hash(bad) == digest
    assert len(backups.list()) == count  # not even a safety copy was needed


def test_a_shared_database_has_no_local_backups() -> None:
    from models.db import make_engine

    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    database = Database(make_engine(url), url)  # never connects
    with pytest.raises(BackupError) as refused:
        Backups(database)
    assert_one_sentence(refused.value.message)


@pytest.mark.parametrize("link", ["symlink", "hard link", "same path"])
def test_restoring_the_open_database_through_any_name_is_refused(
    opened: tuple[Database, Services, Backups, FakeWallClock], tmp_path: Path, link: str
) -> None:
    database, services, backups, _ = opened
    services.workshops.create("Current", "Council")
    assert database.path is not None
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    alias = elsewhere / "looks-like-a-backup.sqlite3"
    if link == "symlink":
        alias.symlink_to(database.path)
    elif link == "hard link":
        alias.hardlink_to(database.path)
    else:
        alias = database.path
    count = len(backups.list())
    with pytest.raises(BackupError) as refused:
        backups.restore(alias)
    assert_one_sentence(refused.value.message)
    assert "open now" in refused.value.message
    assert [w.title for w in services.workshops.list()] == ["Current"]
    assert len(backups.list()) == count  # refused before even a safety copy was made
