"""A note captured at the foot of a long lane is scrolled into view, so the scribe sees it land."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workshop.services import Services


def test_captured_note_is_scrolled_into_view(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    first = services.board.columns(session_id)[0]
    for number in range(60):  # a lane far taller than the window
        services.board.add_note(session_id, first.id, f"Earlier point {number}", role="carer")
    bar = window.capture_bar
    qtbot.keyClicks(bar.speaker_edit, "carer")
    qtbot.keyClick(bar.speaker_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.text_edit, "Said just now")
    with qtbot.waitSignal(bar.captured) as captured:
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    item = window.scene.notes[captured.args[0]]
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(item.sceneBoundingRect())
