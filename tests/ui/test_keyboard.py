"""The board by keyboard, and one table of shortcuts that the window binds and Help lists."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from ui.dialogs.help import HelpTopic, help_html
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.shortcuts import SHORTCUTS
from workshop import layout
from workshop.services import Services


def _focus_note(window: MainWindow, note_id: int) -> None:
    item = window.scene.notes[note_id]
    window.view.setFocus()
    window.scene.clearSelection()
    item.setSelected(True)
    window.scene.setFocusItem(item)


def test_ctrl_arrows_move_a_note_to_the_next_column_without_covering_another(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    first, second = services.board.columns(session)[:2]
    sitting = services.board.add_note(session, second.id, "Already here", role="carer")
    moving = services.board.add_note(session, first.id, "Move me", role="carer")
    _focus_note(window, moving.id)

    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = services.board.get_note(moving.id)
    assert moved.column_id == second.id
    assert (moved.x, moved.y) != (sitting.x, sitting.y)
    assert (moved.x, moved.y) == layout.slot_position(1)
    # Focus stays on the note, so a second Ctrl+Left takes it straight back.
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert services.board.get_note(moving.id).column_id == first.id
    window.undo_stack.undo()
    assert services.board.get_note(moving.id).column_id == second.id


def test_menu_key_opens_the_notes_menu_at_the_note(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0]
    note = services.board.add_note(session, column.id, "Open my menu", role="carer")
    _focus_note(window, note.id)
    item = window.scene.notes[note.id]
    with qtbot.waitSignal(window.view.context_requested) as opened:
        window.view.open_menu_for_current_note()
    at = window.view.viewport().mapFromGlobal(opened.args[0])
    assert item.sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(window.view.mapToScene(at))
    menu = window.note_menu
    assert menu is not None and menu.isVisible()
    assert window.change_speaker_action in menu.actions()
    menu.close()


def _bound_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]


def test_every_bound_shortcut_is_in_the_table_and_the_table_in_the_window(
    window: MainWindow,
) -> None:
    bound = {
        a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for a in _bound_actions(window)
    }
    table = {
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for row in SHORTCUTS
        for s in row.sequences()
    }
    # Every key the window binds is listed in Help …
    assert bound - table == set()
    # … and every row marked as bound has an action carrying exactly its keys.
    # (A standard key with no binding on this platform binds nothing, and needs no action.)
    for row in (r for r in SHORTCUTS if r.bound and r.sequences()):
        wanted = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in row.sequences()]
        carriers = [
            a
            for a in _bound_actions(window)
            if [s.toString(QKeySequence.SequenceFormat.PortableText) for s in a.shortcuts()]
            == wanted
        ]
        assert carriers, row.name


def test_help_lists_every_row_of_the_table() -> None:
    page = help_html(HelpTopic.SHORTCUTS, Language.ENGLISH)
    for row in SHORTCUTS:
        assert html.escape(row.shown_keys()) in page, row.name
    assert "Ctrl+Shift+P" in page and "Change who said the note" in page
