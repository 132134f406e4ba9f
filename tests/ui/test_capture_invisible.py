"""The capture bar refuses a note made only of invisible characters, as the services do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workshop.services import Services


def test_a_pasted_zero_width_space_is_refused_with_the_services_sentence(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    bar = window.capture_bar
    bar.speaker_edit.setText("raj")
    bar.text_edit.setFocus()
    bar.text_edit.setText("\u200b\u200d\ufeff")
    with qtbot.waitSignal(bar.refused) as refused:
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert "empty" in refused.args[0]
    assert services.board.notes(workshop_with_session["session"]) == []
