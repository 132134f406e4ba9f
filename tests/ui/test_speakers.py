"""Who said it: correcting a speaker, adding a newcomer from the capture bar, room to type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.dialogs.newcomer import NewcomerDialog
from ui.dialogs.speaker import SpeakerDialog
from ui.main_window import MainWindow
from workshop.services import Services


def _capture(qtbot: QtBot, window: MainWindow, speaker: str, text: str) -> int:
    bar = window.capture_bar
    bar.speaker_edit.setFocus()
    bar.speaker_edit.clear()
    qtbot.keyClicks(bar.speaker_edit, speaker)
    bar.text_edit.setFocus()
    qtbot.keyClicks(bar.text_edit, text)
    with qtbot.waitSignal(bar.captured) as captured:
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    return int(captured.args[0])


def test_speaker_of_a_captured_note_is_corrected_by_keys_and_undone(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    note_id = _capture(qtbot, window, "carer", "Nobody rings back")
    item = window.scene.notes[note_id]
    window.scene.clearSelection()
    item.setSelected(True)
    window.view.setFocus()
    window.scene.setFocusItem(item)

    qtbot.keyClick(
        window.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(SpeakerDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.speaker_edit, "ann")
    qtbot.keyClick(dialog.speaker_edit, Qt.Key.Key_Return)

    stored = services.board.get_note(note_id)
    assert stored.author_id == workshop_with_session["ann"]
    assert stored.role == "lived_experience"
    assert window.scene.notes[note_id].note.author_id == workshop_with_session["ann"]

    window.undo_stack.undo()
    again = services.board.get_note(note_id)
    assert (again.author_id, again.role) == (None, "carer")


def test_speaker_dialog_refuses_an_ambiguous_name_in_place(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    note_id = _capture(qtbot, window, "raj", "The phone line closes at five")
    window.scene.notes[note_id].setSelected(True)
    dialog = window.change_speaker()
    assert dialog is not None
    dialog.speaker_edit.clear()
    qtbot.keyClicks(dialog.speaker_edit, "Example")  # both Ann and Raj
    qtbot.keyClick(dialog.speaker_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "No single match" in dialog.message.text()
    assert services.board.get_note(note_id).author_id == workshop_with_session["raj"]
    dialog.reject()


def test_newcomer_added_from_the_speaker_field_in_a_few_keystrokes(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    bar.speaker_edit.setFocus()
    qtbot.keyClicks(bar.speaker_edit, "Sam Newcomer")
    qtbot.keyClick(bar.speaker_edit, Qt.Key.Key_Return)
    dialog = bar.newcomer_dialog
    assert isinstance(dialog, NewcomerDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == "Sam Newcomer"
    # The role is what is left to choose: pick "carer" by typing its first letter, then Enter.
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_C)
    assert dialog.role() == "carer"
    with qtbot.waitSignal(bar.newcomer_added) as added:
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)

    person = next(
        p
        for p in services.participants.list(workshop_with_session["workshop"])
        if p.id == added.args[0]
    )
    assert (person.name, person.role, person.consent_named) == ("Sam Newcomer", "carer", False)
    assert person.id in services.participants.attendees(workshop_with_session["session"])
    assert bar.text_edit.hasFocus()
    qtbot.keyClicks(bar.text_edit, "I only heard about this today")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    note = services.board.notes(workshop_with_session["session"])[-1]
    assert note.author_id == person.id


def test_text_field_takes_at_least_half_the_bar_on_a_small_laptop(
    qtbot: QtBot, window: MainWindow
) -> None:
    for width in (1366, 1280):
        window.resize(width, 700)
        qtbot.wait(10)
        bar = window.capture_bar
        qtbot.waitUntil(lambda b=bar: b.text_edit.width() >= b.width() / 2 - 8)
        assert bar.speaker_edit.width() > 0 and bar.column_combo.width() > 0
