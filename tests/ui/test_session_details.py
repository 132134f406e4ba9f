"""Session details, chosen quotes, finalising and the actions CSV, driven through the app."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from ui.board.editing import BoardEditor
from ui.dialogs.export_actions import write_actions_csv
from ui.dialogs.finalise import FinaliseDialog
from ui.dialogs.session_details import SessionDetailsDialog
from ui.main_window import MainWindow
from ui.workspace import assemble
from workshop.demo import create_demo
from workshop.errors import LockedError
from workshop.services import Services


@pytest.fixture
def demo_session(services: Services) -> int:
    return create_demo(services).sessions[0][0]


def _details(
    qtbot, services: Services, editor: BoardEditor, session_id: int
) -> SessionDetailsDialog:  # type: ignore[no-untyped-def]
    dialog = SessionDetailsDialog(services, editor, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_details_are_saved_as_one_undoable_change(
    qtbot, services: Services, demo_session: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    editor = BoardEditor(services, stack)
    editor.set_session(demo_session)
    before = services.sessions.get(demo_session)
    dialog = _details(qtbot, services, editor, demo_session)
    qtbot.keyClicks(dialog.venue_edit, " (upstairs)")
    dialog.level_box.setCurrentIndex(dialog.level_box.findData(None))
    dialog.text_edits["findings_go_to"].clear()
    qtbot.keyClicks(dialog.text_edits["findings_go_to"], "Adult Social Care Committee, 3 March")
    dialog.next_date_box.setChecked(False)
    first_quote = next(
        dialog.quote_list.item(row)
        for row in range(dialog.quote_list.count())
        if dialog.quote_list.item(row).checkState() == Qt.CheckState.Unchecked
    )
    first_quote.setCheckState(Qt.CheckState.Checked)
    quoted_id = int(first_quote.data(Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    after = services.sessions.get(demo_session)
    assert after.venue == before.venue + " (upstairs)"
    assert after.involvement is None and after.involvement_set_by == ""
    assert after.findings_go_to == "Adult Social Care Committee, 3 March"
    assert after.next_session_date is None
    assert services.board.get_note(quoted_id).quoted
    assert stack.count() == 1
    stack.undo()
    undone = services.sessions.get(demo_session)
    assert (undone.venue, undone.involvement, undone.findings_go_to) == (
        before.venue,
        before.involvement,
        before.findings_go_to,
    )
    assert undone.involvement_set_by == before.involvement_set_by
    assert undone.next_session_date == before.next_session_date is not None
    assert not services.board.get_note(quoted_id).quoted
    stack.redo()
    assert services.sessions.get(demo_session).venue == after.venue


def test_private_notes_cannot_be_chosen_as_quotes(
    qtbot, services: Services, demo_session: int
) -> None:  # type: ignore[no-untyped-def]
    board = services.sessions.board(demo_session)
    hidden = board.notes[0]
    services.board.set_note_private(hidden.id, True)
    dialog = _details(qtbot, services, BoardEditor(services, QUndoStack()), demo_session)
    listed = {
        int(dialog.quote_list.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(dialog.quote_list.count())
    }
    assert hidden.id not in listed and len(listed) == len(board.notes) - 1
    with pytest.raises(Exception, match="Only notes that are in the public record"):
        services.board.set_quoted(hidden.id, True)


def test_finalise_in_the_app_then_edits_are_refused(
    qtbot, services: Services, demo_session: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = FinaliseDialog(services, demo_session)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # who checked it must be said
    qtbot.keyClicks(dialog.checked_by_edit, "Riverside Carers Forum")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    session = services.sessions.get(demo_session)
    assert session.is_final and session.checked_by == "Riverside Carers Forum"
    with pytest.raises(LockedError, match="final"):
        services.sessions.update(demo_session, venue="Elsewhere")
    details = _details(qtbot, services, BoardEditor(services, QUndoStack()), demo_session)
    assert "final" in details.message.text()
    ok = details.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()


def test_the_app_refuses_to_finalise_a_final_record_again(
    qtbot, services: Services, workshop_with_session: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    session_id = workshop_with_session["session"]
    services.sessions.mark_final(session_id, "2026-12-01", checked_by="Riverside Carers Forum")
    dialog = FinaliseDialog(services, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.checked_by_edit, "Someone Else")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused, and the dialog stays open to say why
    assert dialog.message.text() == (
        "The record of this session is already final; reopen it before checking it again."
    )
    assert services.sessions.get(session_id).checked_by == "Riverside Carers Forum"


def test_actions_csv_from_the_app(services: Services, demo_session: int, tmp_path: Path) -> None:
    workshop_id = services.sessions.get(demo_session).workshop_id
    path = tmp_path / "actions.csv"
    count = write_actions_csv(services, workshop_id, path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert count == len(services.actions.for_workshop(workshop_id)) == len(rows) - 1 > 3


def test_actions_csv_from_the_file_menu_of_the_main_window(
    qtbot, window: MainWindow, services: Services, workshop_with_session: dict[str, int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    session_id = workshop_with_session["session"]
    for title in ("Fix the lift", "Answer the phone"):
        services.actions.create(session_id, title, owner_id=workshop_with_session["raj"])
    built = assemble(window, services)  # the File menu as the app builds it
    entry = next(a for a in window.file_menu.actions() if a.text() == "Export &actions (CSV)…")
    assert entry.isEnabled()
    entry.trigger()
    # The real file dialog, open without blocking: type where to save and press Enter.
    chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    assert chooser.windowTitle() == "Export actions"
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "tracker"
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(target))
    QTest.keyClick(name, Qt.Key.Key_Return)
    saved = tmp_path / "tracker.csv"
    qtbot.waitUntil(saved.exists, timeout=5000)
    rows = list(csv.reader(io.StringIO(saved.read_bytes().decode("utf-8-sig"))))
    title = rows[0].index("title")
    assert [row[title] for row in rows[1:]] == ["Fix the lift", "Answer the phone"]
    assert window.statusBar().currentMessage() == f"Saved 2 actions to {saved}."
    built.room.close()
    built.projector.close()
