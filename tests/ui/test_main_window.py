"""The main window: sidebar, templates, status bar, panels and remembered settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.dialogs.sessions import NewSessionDialog
from ui.main_window import MainWindow
from workshop import templates
from workshop.services import Services


class _Panel(QLabel):
    def __init__(self) -> None:
        super().__init__("panel")
        self.sessions: list[int | None] = []

    def set_session(self, session_id: int | None) -> None:
        self.sessions.append(session_id)


def test_templates_load_and_a_session_starts_from_one(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    shipped = templates.all_templates()
    assert len(shipped) >= 5
    assert all(t.description and t.columns for t in shipped)
    dialog = NewSessionDialog(window, today=dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    assert dialog.template_list.count() == len(shipped)
    dialog.template_list.setCurrentRow(2)
    assert shipped[2].columns[0] in dialog.description.text()
    template_id, title, date = dialog.values()
    session = window.sidebar.create_session_from(
        workshop_with_session["workshop"], template_id, title, date
    )
    assert session is not None
    assert window.session_id == session.id
    assert [lane.column.title for lane in window.scene.ordered_lanes()] == list(shipped[2].columns)
    # A session started from a template can then change its columns.
    window.editor.add_column("Anything else")
    assert window.scene.ordered_lanes()[-1].column.title == "Anything else"


def test_duplicate_as_next_session_appears_in_the_sidebar(
    window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    window.sidebar.duplicate_current()
    sessions = services.sessions.list(workshop_with_session["workshop"])
    assert len(sessions) == 2
    assert window.session_id == sessions[-1].id
    assert window.sidebar.current_session_id() == sessions[-1].id


def test_status_bar_says_saved_and_says_plainly_when_not(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    column = services.board.columns(workshop_with_session["session"])[0]
    window.statusBar().showMessage("")
    with qtbot.waitSignal(services.events.saved):
        window.editor.add_note(column.id, "Heard", role="carer")
    assert window.statusBar().currentMessage() == "All changes saved"
    services.sessions.update(workshop_with_session["session"], board_locked=True)
    window.editor.add_note(column.id, "Not allowed", role="carer")
    assert window.statusBar().currentMessage() == "The facilitator has locked the board."


def test_add_panel_is_one_line_and_follows_the_session(
    window: MainWindow, workshop_with_session: dict[str, int]
) -> None:
    panel = _Panel()
    dock = window.add_panel("Participants", panel, Qt.DockWidgetArea.RightDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert panel.sessions == [workshop_with_session["session"]]
    window.sidebar.duplicate_current()
    assert panel.sessions[-1] == window.session_id != workshop_with_session["session"]


def test_geometry_and_last_session_are_remembered(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: QSettings,
    workshop_with_session: dict[str, int],
) -> None:
    window.resize(780, 520)  # within the offscreen screen, which restoreGeometry respects
    remembered = window.size()
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.size() != remembered
    again.restore_from_settings()
    assert again.session_id == workshop_with_session["session"]
    assert again.size() == remembered


def test_deleting_a_session_closes_its_board(
    window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    services.sessions.delete(workshop_with_session["session"])
    assert window.sidebar.current_session_id() is None
    assert window.scene.session is None
    assert window.scene.notes == {}


def test_delete_key_removes_the_selected_note_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    column = services.board.columns(workshop_with_session["session"])[0]
    note = services.board.add_note(workshop_with_session["session"], column.id, "Go", role="carer")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # keyboard navigation selects the note
    assert window.view.selected_note_ids() == [note.id]
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert services.board.notes(workshop_with_session["session"]) == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = services.board.notes(workshop_with_session["session"])
    assert (back.id, back.text, back.column_id) == (note.id, "Go", column.id)
