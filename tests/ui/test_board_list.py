"""The board as a list: a screen reader's way through columns, themes and notes, editable and in
step with the board."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.panels.board_list import DETAILS_SHARE, NOTE_ID_ROLE, REFRESH_MS, BoardListPanel


def _note_ids(panel: BoardListPanel, parent: QModelIndex | None = None) -> list[int]:
    model = panel.model
    parent = parent or QModelIndex()
    found: list[int] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(NOTE_ID_ROLE) is not None:
            found.append(int(index.data(NOTE_ID_ROLE)))
        found += _note_ids(panel, index)
    return found


def _text(window: MainWindow, note_id: int) -> str:
    assert window.session_id is not None
    return next(n.text for n in window.services.board.notes(window.session_id) if n.id == note_id)


def _panel(window: MainWindow) -> BoardListPanel:
    panel = window.findChild(BoardListPanel)
    assert panel is not None
    return panel


def test_every_note_is_listed_under_its_column_and_theme(qtbot: QtBot, workspace) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    panel = _panel(window)
    board = window.room.board
    assert board is not None
    assert sorted(_note_ids(panel)) == sorted(note.id for note in board.notes)
    # One top row per column, in the board's order, with its count.
    tops = [panel.model.item(row, 0).text() for row in range(panel.model.rowCount())]
    assert tops == [f"{c.position + 1}. {c.title}" for c in board.columns]
    first_column = [n for n in board.notes if n.column_id == board.columns[0].id]
    assert panel.model.item(0, 1).text() == f"{len(first_column)} notes"
    # A theme's notes sit under the theme's row.
    themed = next(n for n in board.notes if n.theme_id is not None)
    index = panel._index_of(themed.id, QModelIndex())
    assert index is not None and index.parent().data().startswith("Theme: ")
    assert panel.tree.accessibleName() == "Board as a list"


def test_the_list_follows_the_board_and_edits_it_undoably(qtbot: QtBot, workspace) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = _panel(window)
    session_id = window.session_id
    assert session_id is not None
    column = window.room.board.columns[0]  # type: ignore[union-attr]
    added = window.services.board.add_note(
        session_id, column.id, "<b>Buses</b> after 6pm", role="carer"
    )
    # Ctrl+Shift+L puts the keyboard in the list (its tab comes forward, and a list that waited
    # behind another tab catches up); F2 edits the chosen note.
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+L"))
    assert QApplication.focusWidget() is panel.tree
    qtbot.waitUntil(lambda: added.id in _note_ids(panel))
    assert panel.select_note(added.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.tree
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, "Buses after 6pm stop")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The view hands the edit over once the editor has closed (a queued commit).
    qtbot.waitUntil(lambda: _text(window, added.id) == "Buses after 6pm stop")
    window.undo_stack.undo()
    assert _text(window, added.id) == "<b>Buses</b> after 6pm"
    # The edit came back into the list, and the row in focus stayed on the note.
    assert panel.current_note_id() == added.id

    # Delete removes the note from the board and the list; Undo brings it back.
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert added.id not in {n.id for n in window.services.board.notes(session_id)}
    window.undo_stack.undo()
    restored = {n.text for n in window.services.board.notes(session_id)}
    assert "<b>Buses</b> after 6pm" in restored


def test_the_list_is_rebuilt_at_most_every_interval_and_not_while_hidden(
    qtbot: QtBot, workspace
) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    window.show()
    qtbot.waitExposed(window)
    panel = _panel(window)
    dock = panel.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    assert dock is not None
    dock.raise_()
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty())
    session_id = window.session_id
    assert session_id is not None
    column = window.room.board.columns[0]  # type: ignore[union-attr]
    rebuilds: list[float] = []
    panel.model.modelReset.connect(lambda: rebuilds.append(time.monotonic()))

    # Phones' notes arriving one per turn of the event loop: not one rebuild each.
    started = time.monotonic()
    added = []
    for number in range(20):
        added.append(
            window.services.board.add_note(session_id, column.id, f"Idea {number}", role="carer").id
        )
        QApplication.processEvents()
    qtbot.waitUntil(lambda: set(added) <= set(_note_ids(panel)))
    intervals = (time.monotonic() - started) / (REFRESH_MS / 1000)
    assert 1 <= len(rebuilds) <= intervals + 2, f"{len(rebuilds)} rebuilds"

    # Behind another tab it waits, and catches up once when shown.
    other = window.tabifiedDockWidgets(dock)[0]
    other.raise_()
    qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty())
    rebuilds.clear()
    later = [
        window.services.board.add_note(session_id, column.id, f"Late {n}", role="carer").id
        for n in range(5)
    ]
    qtbot.wait(REFRESH_MS * 2)
    assert rebuilds == [] and not set(later) & set(_note_ids(panel))
    dock.raise_()
    qtbot.waitUntil(lambda: set(later) <= set(_note_ids(panel)))
    assert len(rebuilds) == 1


def test_the_notes_words_get_the_width_and_the_details_at_most_their_share(
    qtbot: QtBot, workspace
) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_board_list()
    panel = _panel(window)
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty())
    for width in (440, 900):
        panel.resize(width, 500)
        qtbot.wait(10)
        header = panel.tree.header()
        room = panel.tree.viewport().width()
        details = header.sectionSize(1)
        assert details <= room * DETAILS_SHARE + 1
        assert details >= min(panel.tree.sizeHintForColumn(1), int(room * DETAILS_SHARE))
        assert header.sectionSize(0) + details >= room - 1, "the words take the rest"
    # Still so after the list is rebuilt (clearing the model resets the header).
    panel.refresh()
    assert panel.tree.header().sectionSize(0) >= panel.tree.viewport().width() * 0.55
