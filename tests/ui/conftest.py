"""Fixtures for widget tests: a real main window or board over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from ui.board.editing import BoardEditor
from ui.board.items import NoteItem
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.main_window import MainWindow
from ui.workspace import assemble
from workshop.demo import create_demo
from workshop.services import Services

# The offscreen platform says it cannot do window-manager things (raise, grab the keyboard,
# size hints); that is the test platform talking, not a fault of the app.
OFFSCREEN_NOTICE = r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], settings: QSettings
) -> Iterator[MainWindow]:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.sidebar.select_session(workshop_with_session["session"])
    assert window.session_id == workshop_with_session["session"]
    yield window


class Board:
    """A board view with its scene and editor, as the main window composes them."""

    def __init__(self, qtbot: QtBot, services: Services, session_id: int) -> None:
        self.services = services
        self.session_id = session_id
        self.undo_stack = QUndoStack()
        self.editor = BoardEditor(services, self.undo_stack)
        self.editor.set_session(session_id)
        self.scene = BoardScene(services)
        self.scene.editor = self.editor
        self.view = BoardView(self.scene)
        qtbot.addWidget(self.view)
        self.view.resize(1400, 900)
        self.scene.load(session_id)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.view.set_zoom(1.0)
        self.columns = services.board.columns(session_id)

    def viewport_point(self, item: NoteItem) -> QPoint:
        self.view.ensureVisible(item, 10, 10)
        return self.view.mapFromScene(item.sceneBoundingRect().center())


@pytest.fixture
def board(qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]) -> Board:
    return Board(qtbot, services, workshop_with_session["session"])


@pytest.fixture
def workspace(qtbot: QtBot, services: Services, tmp_path: Path):
    ids = create_demo(services)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    built = assemble(window, services)
    window.resize(1600, 1000)
    window.open_session(ids.sessions[0][0])
    yield built, ids
    built.room.close()
    built.projector.close()
