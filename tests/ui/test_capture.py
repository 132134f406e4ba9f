"""The scribe's capture bar, driven entirely from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workshop.services import Services


def test_capture_a_note_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    session_id = workshop_with_session["session"]
    columns = services.board.columns(session_id)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert bar.text_edit.hasFocus()
    bar.speaker_edit.setFocus()
    qtbot.keyClicks(bar.speaker_edit, "raj")
    qtbot.keyClick(bar.speaker_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert bar.current_column_id() == columns[2].id
    bar.text_edit.setFocus()
    qtbot.keyClicks(bar.text_edit, "The phone line closes at five")
    with qtbot.waitSignal(bar.captured) as captured:
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    note_id = captured.args[0]
    stored = services.board.get_note(note_id)
    assert stored.text == "The phone line closes at five"
    assert stored.column_id == columns[2].id
    assert stored.author_id == workshop_with_session["raj"]
    assert window.scene.notes[note_id].note.text == stored.text
    assert window.statusBar().currentMessage() == "All changes saved"
    # Cleared for the next comment, speaker and column kept.
    assert bar.text_edit.text() == ""
    assert bar.text_edit.hasFocus()
    qtbot.keyClicks(bar.text_edit, "And nobody rings back")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    notes = services.board.notes(session_id)
    assert [(n.text, n.column_id, n.author_id) for n in notes][-1] == (
        "And nobody rings back",
        columns[2].id,
        workshop_with_session["raj"],
    )
    # Undo takes the last capture off the board.
    window.undo_stack.undo()
    assert len(services.board.notes(session_id)) == 1


def test_speaker_by_role_only(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    qtbot.keyClicks(bar.speaker_edit, "carer")
    speaker = bar.resolve_speaker()
    assert speaker is not None and speaker.author_id is None and speaker.role == "carer"
    qtbot.keyClicks(bar.text_edit, "Respite is booked months ahead")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    (note,) = services.board.notes(workshop_with_session["session"])
    assert (note.author_id, note.role) == (None, "carer")
    assert window.scene.notes[note.id].author_label == "Carer"


def test_unknown_speaker_is_refused_plainly(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.capture_bar
    qtbot.keyClicks(bar.speaker_edit, "example")  # both participants match: not one speaker
    qtbot.keyClicks(bar.text_edit, "Who said this?")
    with qtbot.waitSignal(bar.refused):
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert "Say who said it" in window.statusBar().currentMessage()
    assert bar.text_edit.text() == "Who said this?"
    assert bar.speaker_edit.hasFocus()


def test_an_erased_participant_is_no_longer_offered_as_speaker(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    bar.speaker_edit.setFocus()
    qtbot.keyClicks(bar.speaker_edit, "raj")
    qtbot.keyClick(bar.speaker_edit, Qt.Key.Key_Return)
    assert bar.resolve_speaker() is not None
    # The field shows the start of "Name — role", not its tail.
    assert bar.speaker_edit.cursorPosition() == 0
    assert bar.text_edit.hasFocus()
    services.rights.erase(workshop_with_session["raj"])
    assert bar.speaker_edit.text() == ""
    assert bar.resolve_speaker("raj") is None
    assert not any("Raj" in label for label in bar._completer_model.stringList())


def test_the_capture_bar_says_which_language_its_notes_are_in(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    assert bar.language_combo.currentText() == "Detect" and bar.note_language() is None
    qtbot.keyClicks(bar.speaker_edit, "carer")
    qtbot.keyClicks(bar.text_edit, "Bus after six")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    # The scribe is now writing down what a Polish speaker says (through an interpreter).
    bar.language_combo.setCurrentIndex(bar.language_combo.findData("pl"))
    qtbot.keyClicks(bar.text_edit, "Potrzebujemy tlumacza")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.text_edit, "Na kazdej wizycie")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    notes = services.board.notes(workshop_with_session["session"])
    assert [n.language for n in notes] == [None, "pl", "pl"]
    # Undone and redone, the note comes back in its language.
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert services.board.notes(workshop_with_session["session"])[-1].language == "pl"
