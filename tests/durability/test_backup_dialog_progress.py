"""The backup dialogs with a record big enough to watch: progress shows, Cancel stops it cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.durability.big_record import copy_record, make_big_record
from tests.durability.conftest import folder_state
from tests.durability.test_backup_progress import _record_bytes
from ui.dialogs.backup import BackUpNowDialog, RestoreDialog
from ui.progress import BackgroundTask
from workshop.backups import Backups
from workshop.services import Services
from workshop.storage import Database, open_database


@pytest.fixture(scope="module")
def big_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_big_record(tmp_path_factory.mktemp("big"))


@pytest.fixture
def big(big_master: Path, tmp_path: Path) -> Iterator[tuple[Database, Services, Backups]]:
    database = open_database(copy_record(big_master, tmp_path / "data"))
    services = Services(database)
    yield database, services, Backups(database, events=services.events, step_pages=16)
    database.dispose()


class Gate:
    """Holds the worker at its first report past 0%, so the test can look and press Cancel."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.task: BackgroundTask | None = None

    def attach(self, task: BackgroundTask) -> None:
        self.task = task
        # A direct connection runs in the worker thread, before the report is queued to the GUI.
        task._runner.progressed.connect(self._on_report, Qt.ConnectionType.DirectConnection)

    def _on_report(self, done: int, _total: int, _text: str) -> None:
        if done > 0 and not self.reached.is_set():
            self.reached.set()
            self.release.wait(20)


@pytest.fixture
def gate(qtbot: QtBot) -> Iterator[Gate]:
    held = Gate()
    yield held
    # Even when a test fails, let the worker finish before its dialog and thread are destroyed.
    held.release.set()
    if held.task is not None:
        held.task.wait()


def _cancel_button(dialog: BackUpNowDialog | RestoreDialog) -> QPushButton:
    assert dialog.progress_dialog is not None
    button = dialog.progress_dialog.findChild(QPushButton)
    assert button is not None
    return button


def test_back_up_now_shows_progress_and_cancel_leaves_no_file(
    qtbot: QtBot, big: tuple[Database, Services, Backups], gate: Gate, tmp_path: Path
) -> None:
    _, _, backups = big
    dialog = BackUpNowDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.started.connect(gate.attach)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    # The copy has begun, under a temporary name, while the worker waits.
    assert len(list(backups.folder.glob(".*.part"))) == 1
    progress = dialog.progress_dialog
    assert progress is not None
    # The GUI thread is free: the progress dialog appears and shows the first step.
    qtbot.waitUntil(lambda: progress.isVisible() and 0 < progress.value() < 100, timeout=5000)
    assert progress.labelText() == "Copying the record…"
    assert not dialog.back_up_button.isEnabled()
    progress.grab().save(str(tmp_path / "backup-progress.png"))
    with qtbot.waitSignal(dialog.cancelled, timeout=20_000):
        qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
        gate.release.set()
    assert dialog.task is not None and dialog.task.wait()
    assert folder_state(backups.folder) == {}
    assert backups.list() == []
    assert dialog.status.text() == "The backup was cancelled and no file was written."
    qtbot.waitUntil(dialog.back_up_button.isEnabled)
    dialog.grab().save(str(tmp_path / "backup-cancelled.png"))


def test_back_up_now_reaches_100_percent(
    qtbot: QtBot, big: tuple[Database, Services, Backups]
) -> None:
    _, _, backups = big
    dialog = BackUpNowDialog(backups)
    qtbot.addWidget(dialog)
    reports: list[tuple[int, int]] = []
    dialog.started.connect(
        lambda task: task.progressed.connect(lambda done, total, _t: reports.append((done, total)))
    )
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as made:
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert Path(made.args[0]).is_file()
    qtbot.waitUntil(lambda: not dialog.running)
    assert len(reports) > 10 and reports[-1] == (100, 100)


def test_restore_shows_progress_and_cancel_leaves_the_record_unchanged(
    qtbot: QtBot, big: tuple[Database, Services, Backups], gate: Gate, tmp_path: Path
) -> None:
    database, services, backups = big
    backup = backups.backup_now()
    services.workshops.create("Made after the backup", "Riverside Council")
    assert database.path is not None
    before = _record_bytes(database.path)
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    dialog.started.connect(gate.attach)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # "Yes, replace it"
    qtbot.waitUntil(gate.reached.is_set)
    progress = dialog.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: progress.isVisible() and 0 < progress.value() < 100, timeout=5000)
    assert progress.labelText() == "Reading the backup…"
    progress.grab().save(str(tmp_path / "restore-progress.png"))
    with qtbot.waitSignal(dialog.cancelled, timeout=20_000):
        qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
        gate.release.set()
    assert dialog.task is not None and dialog.task.wait()
    assert _record_bytes(database.path) == before
    assert sorted(p.name for p in backups.folder.iterdir()) == [backup.name]
    assert "Made after the backup" in [w.title for w in services.workshops.list()]
    assert dialog.status.text() == "The restore was cancelled and the current record is unchanged."


def test_restore_reaches_100_percent_and_drops_cancel_for_the_swap(
    qtbot: QtBot, big: tuple[Database, Services, Backups]
) -> None:
    _, services, backups = big
    backups.backup_now()
    services.workshops.create("Made after the backup", "Riverside Council")
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    reports: list[tuple[int, str]] = []
    dialog.started.connect(
        lambda task: task.progressed.connect(
            lambda done, _total, text: reports.append((done, text))
        )
    )
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running)
    assert reports[-1] == (100, "Replacing the record; this last step cannot be stopped…")
    assert dialog.progress_dialog is not None
    assert dialog.progress_dialog.findChild(QPushButton) is None  # no Cancel during the swap
    assert "Made after the backup" not in [w.title for w in services.workshops.list()]
