"""Scrolling the laptop's board with the mouse wheel leaves no stale pixels on screen.

What is on screen is the window's backing store: the offscreen platform hands it back through
QScreen.grabWindow. After each scroll it must equal a full repaint of the same view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Board
from tests.ui.room_scale import DOTS, fill_room, open_voting
from workshop.services import Services


def _wheel(board: Board, dy: int, dx: int = 0) -> None:
    viewport = board.view.viewport()
    at = QPoint(viewport.width() // 2, viewport.height() // 2)
    event = QWheelEvent(
        QPointF(at),
        QPointF(viewport.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _on_screen(board: Board) -> QImage:
    """What the window shows now, after Qt has painted what is pending."""
    QApplication.processEvents()
    view = board.view
    pixmap = view.screen().grabWindow(view.winId())
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _repainted(board: Board) -> QImage:
    board.view.viewport().repaint()
    return _on_screen(board)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    if a == b:  # compared in C++; the count below is only for the failure message
        return 0
    return 1 + sum(
        1
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    )


@pytest.mark.parametrize("zoom", [1.0, 0.63])
def test_wheel_scrolling_a_room_scale_board_leaves_no_stale_pixels(
    zoom: float,
    qtbot: QtBot,
    board: Board,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=120)
    open_voting(services, board.session_id)
    for n, person in enumerate(room.citizens + room.professionals):
        for k in range(DOTS):
            services.votes.cast(board.session_id, person, room.note_ids[(n * 11 + k * 7) % 120])
    ids = room.note_ids
    services.board.group(board.session_id, "Across lanes 🚌", [ids[0], ids[1], ids[6], ids[40]])
    board.scene.highlight_notes([ids[5], ids[9]])
    board.scene.select_notes([ids[2]])
    board.view.resize(1366, 768)
    board.view.set_zoom(zoom)
    qtbot.wait(10)
    bar = board.view.verticalScrollBar()
    assert bar.maximum() > 600  # a tall board: the wheel really scrolls
    # Odd steps (a third of a notch, trackpad-like) as well as whole notches, down then up.
    steps = [-120, -40, -120, -200, -40, -360, 120, 40, 200, -120, 80, 120]
    for number, dy in enumerate(steps):
        before = bar.value()
        _wheel(board, dy)
        assert bar.value() != before or bar.value() in (bar.minimum(), bar.maximum())
        shown = _on_screen(board)
        fresh = _repainted(board)
        if shown != fresh:
            shown.save(str(tmp_path / f"stale-{number}.png"))
            fresh.save(str(tmp_path / f"fresh-{number}.png"))
        assert _differing_pixels(shown, fresh) == 0, f"stale pixels after wheel step {number}"
    # Sideways too (Alt+wheel or a tilt wheel).
    _wheel(board, 0, dx=-240)
    assert _differing_pixels(_on_screen(board), _repainted(board)) == 0
    # Arrow keys walk the notes and scroll to each; a smaller window, then the laptop's again.
    board.view.setFocus()
    for key in (Qt.Key.Key_Down,) * 6 + (Qt.Key.Key_Right,) * 3:
        qtbot.keyClick(board.view, key)
        assert _differing_pixels(_on_screen(board), _repainted(board)) == 0
    for width, height in ((1024, 700), (1366, 768)):
        board.view.resize(width, height)
        assert _differing_pixels(_on_screen(board), _repainted(board)) == 0
