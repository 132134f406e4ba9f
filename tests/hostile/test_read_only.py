"""Read-only storage (a real read-only mount, as root): reads work, changes are refused cleanly.

Nothing is created beside a database the app says it will not change: no -wal, no -shm.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.disk import mounted_tmpfs, remount_read_only
from tests.hostile.conftest import Run, assert_one_sentence, record_state
from workshop.errors import ReadOnlyDatabase
from workshop.services import Services
from workshop.storage import open_database


@pytest.fixture
def read_only_record(record: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo record alone on a file system mounted read-only."""
    with mounted_tmpfs(tmp_path / "ro", "size=4m,mode=0700") as mount:
        path = mount / "record.sqlite3"
        shutil.copyfile(record, path)
        remount_read_only(mount)
        yield path


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "ro-out", "size=1m,mode=0700") as mount:
        remount_read_only(mount)
        yield mount


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["participant", "list", "1"],
        ["purge-expired", "--dry-run"],
    ],
)
def test_read_commands_work_on_a_read_only_mount(
    command: list[str], read_only_record: Path, run: Run
) -> None:
    before = record_state(read_only_record)
    result = run("--database", str(read_only_record), *command)
    assert result.code == 0, result.err
    assert record_state(read_only_record) == before


@pytest.mark.parametrize(
    "command",
    [
        ["export", "1"],
        ["export", "1", "--anonymise", "--merge-small-groups"],
        ["participant", "export", "1"],
        ["actions", "1"],
    ],
)
def test_outputs_from_a_read_only_record_are_written_elsewhere(
    command: list[str], read_only_record: Path, tmp_path: Path, run: Run
) -> None:
    target = tmp_path / "out.file"
    result = run("--database", str(read_only_record), *command, "--output", str(target))
    assert result.code == 0, result.err
    assert target.stat().st_size > 0


@pytest.mark.parametrize("command", [["demo"], ["participant", "erase", "1"], ["import"]])
def test_changes_to_a_read_only_record_are_refused_in_one_sentence(
    command: list[str], read_only_record: Path, record: Path, tmp_path: Path, run: Run
) -> None:
    if command == ["import"]:
        exported = tmp_path / "workshop.json"
        assert run("--database", str(record), "export", "1", "--output", str(exported)).code == 0
        command = ["import", str(exported)]
    before = record_state(read_only_record)
    result = run("--database", str(read_only_record), *command)
    assert result.code == 2, result.err
    assert_one_sentence(result.err)
    assert "read-only" in result.err
    assert record_state(read_only_record) == before


@pytest.mark.parametrize(
    "command",
    [
        ["export", "1"],
        ["export", "1", "--anonymise", "--merge-small-groups"],
        ["participant", "export", "1"],
        ["actions", "1"],
        ["report", "1", "--merge-small-groups"],
        ["snapshot", "1"],
    ],
)
def test_an_output_on_a_read_only_mount_is_one_sentence(
    command: list[str], record: Path, read_only_folder: Path, run: Run
) -> None:
    suffix = {"report": ".pdf", "snapshot": ".png"}.get(command[0], ".json")
    result = run(
        "--database", str(record), *command, "--output", str(read_only_folder / f"o{suffix}")
    )
    assert result.code == 2, result.err
    assert_one_sentence(result.err)
    assert "read-only file system" in result.err


def test_the_app_opens_a_read_only_record_with_a_banner_and_refuses_changes(
    qtbot: QtBot, read_only_record: Path, tmp_path: Path
) -> None:
    from ui.dialogs.backup import ReadOnlyBanner
    from ui.main_window import MainWindow
    from ui.workspace import assemble

    before = record_state(read_only_record)
    database = open_database(read_only_record)
    try:
        assert database.read_only
        services = Services(database)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        built = assemble(window, services)
        [workshop] = services.workshops.list()
        session = services.sessions.list(workshop.id)[0]
        window.open_session(session.id)
        window.show()
        banners = window.findChildren(ReadOnlyBanner)
        assert banners and banners[0].isVisible()
        column = services.board.columns(session.id)[0]
        with pytest.raises(ReadOnlyDatabase) as refused:
            services.board.add_note(session.id, column.id, "A new note", role="community")
        assert_one_sentence(f"workshop: {refused.value.message}")
        built.room.close()
        built.projector.close()
        window.close()
    finally:
        database.dispose()
    assert record_state(read_only_record) == before


def test_a_refused_database_with_a_wal_gets_no_shm_beside_it(record: Path, tmp_path: Path) -> None:
    """A newer version's file, left with a -wal by a crash: refused, and nothing made beside it."""
    import sqlite3

    from workshop.errors import DatabaseRefused

    live = sqlite3.connect(record)
    try:
        live.execute("PRAGMA journal_mode=WAL")
        live.execute("PRAGMA wal_autocheckpoint=0")
        live.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        live.commit()
        folder = tmp_path / "crashed"
        folder.mkdir()
        copy = folder / record.name
        shutil.copyfile(record, copy)
        shutil.copyfile(record.with_name(record.name + "-wal"), folder / (record.name + "-wal"))
    finally:
        live.close()
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(DatabaseRefused) as refused:
        open_database(copy).dispose()
    assert "newer version" in refused.value.message
    assert sorted(p.name for p in folder.iterdir()) == before


WAL_TITLE = "Renamed in the WAL"


@pytest.fixture
def read_only_record_with_wal(record: Path, tmp_path: Path) -> Iterator[Path]:
    """The record and a -wal holding a committed change, but no -shm, on a read-only mount.

    As a crash (or a copy of the two files) leaves them: the change is only in the -wal, so
    reading the file without it would show the old title.
    """
    import sqlite3

    with mounted_tmpfs(tmp_path / "ro-wal", "size=8m,mode=0700") as mount:
        path = mount / "record.sqlite3"
        live = sqlite3.connect(record)
        try:
            live.execute("PRAGMA journal_mode=WAL")
            live.execute("PRAGMA wal_autocheckpoint=0")
            live.execute("UPDATE workshops SET title = ?", (WAL_TITLE,))
            live.commit()
            shutil.copyfile(record, path)
            shutil.copyfile(record.with_name(record.name + "-wal"), mount / (path.name + "-wal"))
        finally:
            live.close()
        remount_read_only(mount)
        assert sorted(p.name for p in mount.iterdir()) == [path.name, path.name + "-wal"]
        yield path


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["participant", "list", "1"],
        ["purge-expired", "--dry-run"],
    ],
)
def test_read_commands_read_a_wal_without_its_shm_on_a_read_only_mount(
    command: list[str], read_only_record_with_wal: Path, run: Run
) -> None:
    before = record_state(read_only_record_with_wal)
    result = run("--database", str(read_only_record_with_wal), *command)
    assert result.code == 0, result.err
    if command[0] == "list":
        assert WAL_TITLE in result.out  # the change held only in the -wal is read
    assert record_state(read_only_record_with_wal) == before


def test_outputs_from_a_wal_without_its_shm_are_written_elsewhere(
    read_only_record_with_wal: Path, tmp_path: Path, run: Run
) -> None:
    target = tmp_path / "out.json"
    before = record_state(read_only_record_with_wal)
    result = run(
        "--database", str(read_only_record_with_wal), "export", "1", "--output", str(target)
    )
    assert result.code == 0, result.err
    assert WAL_TITLE in target.read_text(encoding="utf-8")
    assert record_state(read_only_record_with_wal) == before


def test_changes_to_a_wal_without_its_shm_are_refused_in_one_sentence(
    read_only_record_with_wal: Path, run: Run
) -> None:
    before = record_state(read_only_record_with_wal)
    result = run("--database", str(read_only_record_with_wal), "participant", "erase", "1")
    assert result.code == 2, result.err
    assert_one_sentence(result.err)
    assert "read-only" in result.err
    assert record_state(read_only_record_with_wal) == before


def test_the_app_opens_a_wal_without_its_shm_read_only_with_the_banner(
    qtbot: QtBot, read_only_record_with_wal: Path, tmp_path: Path
) -> None:
    from ui.dialogs.backup import ReadOnlyBanner
    from ui.main_window import MainWindow
    from ui.workspace import assemble
    from workshop.backups import Backups

    before = record_state(read_only_record_with_wal)
    database = open_database(read_only_record_with_wal)
    try:
        assert database.read_only
        services = Services(database)
        [workshop] = services.workshops.list()
        assert workshop.title == WAL_TITLE
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        built = assemble(window, services)
        session = services.sessions.list(workshop.id)[0]
        window.open_session(session.id)
        window.show()
        banners = window.findChildren(ReadOnlyBanner)
        assert banners and banners[0].isVisible()
        assert window.scene.notes
        with pytest.raises(ReadOnlyDatabase) as refused:
            services.workshops.create("Another", "Council")
        assert_one_sentence(f"workshop: {refused.value.message}")
        # A copy to somewhere writable is still possible, and holds the -wal's change.
        copy = Backups(database).backup_now(tmp_path / "copy.sqlite3")
        copied = open_database(copy)
        try:
            assert [w.title for w in Services(copied).workshops.list()] == [WAL_TITLE]
        finally:
            copied.dispose()
        built.room.close()
        built.projector.close()
        window.close()
    finally:
        database.dispose()
    assert record_state(read_only_record_with_wal) == before
