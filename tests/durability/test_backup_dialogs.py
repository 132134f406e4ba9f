"""The backup dialogs and the read-only banner, driven with real clicks offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.durability.test_bad_files import _not_sqlite
from ui.dialogs.backup import (
    BackUpNowDialog,
    ReadOnlyBanner,
    RestoreDialog,
    add_backup_actions,
)
from workshop.backups import Backups
from workshop.services import Services
from workshop.storage import Database


def _backups(database: Database, services: Services) -> Backups:
    return Backups(database, clock=lambda: dt.datetime(2026, 12, 1, 9, 30), events=services.events)


def test_back_up_now_to_the_backups_folder_and_to_a_typed_path(
    qtbot: QtBot, database: Database, services: Services, tmp_path: Path
) -> None:
    services.workshops.create("Housing repairs", "Riverside Council")
    backups = _backups(database, services)
    dialog = BackUpNowDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.backed_up) as made:
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert Path(made.args[0]).parent == backups.folder
    assert "Backed up to" in dialog.status.text()
    qtbot.waitUntil(lambda: not dialog.running)
    dialog.target_edit.setText(str(tmp_path / "missing-folder" / "copy.sqlite3"))
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text())
    assert dialog.status.text() == f"The folder {tmp_path / 'missing-folder'} does not exist."
    dialog.grab().save(str(tmp_path / "back-up-now.png"))


def test_restore_needs_a_second_click_and_then_replaces_the_record(
    qtbot: QtBot, database: Database, services: Services, tmp_path: Path
) -> None:
    services.workshops.create("Before", "Riverside Council")
    backups = _backups(database, services)
    backups.backup_now()
    services.workshops.create("Mistake", "Riverside Council")
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert "Backup you made · Tue 01 Dec 2026, 09:30" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [w.title for w in services.workshops.list()] == ["Before", "Mistake"]
    assert dialog.restore_button.text() == "Yes, replace it"
    assert "this copy: Backup you made · Tue 01 Dec 2026" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "restore-confirm.png"))
    with (
        qtbot.waitSignal(services.events.record_replaced),
        qtbot.waitSignal(dialog.restored),
    ):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [w.title for w in services.workshops.list()] == ["Before"]
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.list.count() == 2  # the backup and the copy kept before restoring
    assert "previous record was kept" in dialog.status.text()


def test_restoring_a_file_that_is_not_a_backup_says_so(
    qtbot: QtBot, database: Database, services: Services, tmp_path: Path
) -> None:
    services.workshops.create("Current", "Riverside Council")
    bad = tmp_path / "notes.sqlite3"
    _not_sqlite(bad, bad)
    dialog = RestoreDialog(_backups(database, services))
    qtbot.addWidget(dialog)
    dialog.choose(bad)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.status.text() == "notes.sqlite3 is not a workshop database, so it was not opened."
    assert [w.title for w in services.workshops.list()] == ["Current"]


def test_read_only_banner_shows_only_for_read_only_records(qtbot: QtBot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReadOnlyBanner(True, window)
    window.resize(900, 60)
    banner.resize(900, 60)
    window.show()
    assert banner.isVisible()
    assert "Read-only." in banner.label.text()
    banner.grab().save(str(tmp_path / "banner.png"))
    banner.set_read_only(False)
    assert not banner.isVisible()


def test_file_menu_entries(qtbot: QtBot, database: Database, services: Services) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu("File", window)
    back_up, restore = add_backup_actions(menu, _backups(database, services), window)
    assert [a.text() for a in menu.actions()] == ["Back up now…", "Restore from backup…"]
    assert back_up.isEnabled() and restore.isEnabled()
