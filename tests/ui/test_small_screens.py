"""A 1366x768 or 1280x720 laptop: nothing off screen, the board keeps half the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)])
def test_window_fits_and_the_board_keeps_half_of_it(qtbot: QtBot, workspace, screen: QSize) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    # What a laptop of this size offers once the task bar is taken off.
    available = QSize(screen.width(), screen.height() - 40)
    window.fit_to_screen(available)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)

    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1280 and minimum.height() <= 720, minimum
    assert window.width() <= available.width() and window.height() <= available.height()
    board = window.view
    assert board.width() >= window.width() / 2, (board.width(), window.width())
    assert board.height() >= window.height() / 2, (board.height(), window.height())
    # The capture bar and the status bar are inside the window, not below the screen.
    bar = window.capture_bar
    bottom = bar.mapTo(window, bar.rect().bottomLeft()).y()
    assert bar.isVisible() and bottom <= window.height()
    assert bar.text_edit.width() >= bar.width() / 2 - 8


def test_opening_a_tall_panel_never_grows_the_window(qtbot: QtBot, workspace) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    window.fit_to_screen(QSize(1366, 728))
    window.show()
    qtbot.waitExposed(window)
    before = window.size()
    window.panels["Live participation"].raise_()
    window.panels["Live participation"].show()
    qtbot.wait(20)
    assert window.size() == before
    window.panels["Facilitation"].raise_()
    qtbot.wait(20)
    assert window.size() == before
