"""Real faults: a read-only file opens read-only; a full disk refuses a change, losing nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.disk import fill_disk, mounted_tmpfs
from tests.durability.conftest import assert_one_sentence, file_hash, run_app
from workshop.errors import ReadOnlyDatabase, WorkshopError
from workshop.services import Services
from workshop.storage import open_database

IS_ROOT = os.geteuid() == 0


def _make_read_only(path: Path) -> None:
    if IS_ROOT:
        # Root ignores file modes; the immutable attribute stops even root from writing.
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip("cannot make a file read-only for root here (no chattr +i)")
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)


def _undo_read_only(path: Path) -> None:
    if IS_ROOT:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
    else:
        path.parent.chmod(0o700)
        path.chmod(0o600)


@pytest.fixture
def read_only_file(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "shared" / "record.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(demo_file, target)
    _make_read_only(target)
    try:
        yield target
    finally:
        _undo_read_only(target)


def test_a_read_only_file_opens_read_only_and_refuses_edits(read_only_file: Path) -> None:
    digest = file_hash(read_only_file)
    database = open_database(read_only_file)
    try:
        assert database.read_only
        services = Services(database)
        [workshop] = services.workshops.list()
        session = services.sessions.list(workshop.id)[0]
        notes = services.board.notes(session.id)
        assert len(notes) > 10
        with pytest.raises(ReadOnlyDatabase) as refused:
            services.board.edit_note(notes[0].id, "Changed")
        assert_one_sentence(refused.value.message)
        assert "read-only" in refused.value.message
        assert services.board.get_note(notes[0].id).text == notes[0].text
    finally:
        database.dispose()
    assert file_hash(read_only_file) == digest


def test_the_cli_reads_a_read_only_file_and_refuses_to_write_it(read_only_file: Path) -> None:
    digest = file_hash(read_only_file)
    listing = run_app("--database", str(read_only_file), "list")
    assert listing.returncode == 0, listing.stderr
    assert "Riverside" in listing.stdout or listing.stdout.strip()
    result = run_app("--database", str(read_only_file), "demo")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_sentence(result.stderr)
    assert "read-only" in result.stderr
    assert file_hash(read_only_file) == digest


# ----- a full disk ------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), so the disk really fills up."""
    with mounted_tmpfs(tmp_path / "tiny", "size=3m,mode=0700") as mount_point:
        yield mount_point


def _add_until_refused(services: Services, session_id: int, column_id: int) -> tuple[int, str]:
    """Add notes until the database refuses; return how many were acknowledged and the message."""
    for count in range(100000):
        try:
            services.board.add_note(
                session_id, column_id, f"Note {count} " + "ŵ" * 1500, role="community"
            )
        except WorkshopError as refusal:
            return count, refusal.message
    raise AssertionError("the disk never filled")


def test_a_full_disk_refuses_the_change_in_one_sentence_and_loses_nothing(
    demo_file: Path, tiny_disk: Path
) -> None:
    path = tiny_disk / "record.sqlite3"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    services = Services(database)
    [workshop] = services.workshops.list()
    session = services.sessions.list(workshop.id)[0]
    column = services.board.columns(session.id)[0].id
    before = len(services.board.notes(session.id))
    filler = fill_disk(tiny_disk, inodes=False)
    os.truncate(filler, filler.stat().st_size - 256 * 1024)  # room for a few notes, then full
    acknowledged, message = _add_until_refused(services, session.id, column)
    assert acknowledged > 0
    assert_one_sentence(message)
    assert "disk is full" in message
    database.dispose()
    filler.unlink()

    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check.close()
    reopened = open_database(path)
    try:
        assert len(Services(reopened).board.notes(session.id)) == before + acknowledged
    finally:
        reopened.dispose()


def test_the_cli_on_a_full_disk_says_so_and_leaves_the_file_alone(
    demo_file: Path, tiny_disk: Path
) -> None:
    path = tiny_disk / "record.sqlite3"
    shutil.copyfile(demo_file, path)
    digest = file_hash(path)
    fill_disk(tiny_disk, inodes=False)
    result = run_app("--database", str(path), "demo")
    assert result.returncode == 2, result.stderr
    assert_one_sentence(result.stderr)
    assert "disk is full" in result.stderr
    assert file_hash(path) == digest


def test_a_page_limit_gives_a_real_sqlite_full_and_loses_nothing(demo_file: Path) -> None:
    """Where no small file system can be mounted: SQLite's own size limit raises SQLITE_FULL."""
    database = open_database(demo_file)
    services = Services(database)
    [workshop] = services.workshops.list()
    session = services.sessions.list(workshop.id)[0]
    column = services.board.columns(session.id)[0].id
    before = len(services.board.notes(session.id))
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={int(pages) + 3}")

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()  # new connections get the limit
    acknowledged, message = _add_until_refused(services, session.id, column)
    assert_one_sentence(message)
    assert "disk is full" in message
    database.dispose()
    reopened = open_database(demo_file)
    try:
        assert len(Services(reopened).board.notes(session.id)) == before + acknowledged
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.dispose()
