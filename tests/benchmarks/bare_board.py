"""The bare-toolkit baseline for board figures: sqlite3 rows drawn as rect+text items in Qt.

Imports only the standard library, PySide6 and the board's geometry constants, so a baseline
child process carries nothing of the app (its peak memory is the toolkit's own).
"""

from __future__ import annotations

import resource
import sqlite3
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsScene

# Plain geometry numbers (a module importing nothing), so the bare notes sit where ours do.
from workshop import layout

NOTE_TEXT_MARGIN = 10.0

NOTE_BORDER = QColor("#8a8478")
NOTE_FILL = QColor("#fce7bf")

Row = tuple[str, float, float, int]  # text, x, y, lane position


def read_notes(path: Path, session_id: int) -> list[Row]:
    """A session's notes with their lane's position, read with sqlite3 alone."""
    connection = sqlite3.connect(path)
    try:
        return list(
            connection.execute(
                "SELECT n.text, n.x, n.y, c.position FROM notes n "
                "JOIN board_columns c ON c.id = n.column_id WHERE n.session_id = ?",
                (session_id,),
            )
        )
    finally:
        connection.close()


def add_note(scene: QGraphicsScene, text: str, left: float, top: float) -> None:
    """What Qt gives for free: a rectangle and a QGraphicsTextItem wrapped inside it."""
    rect = scene.addRect(
        QRectF(0, 0, layout.NOTE_WIDTH, layout.NOTE_HEIGHT), QPen(NOTE_BORDER), QBrush(NOTE_FILL)
    )
    rect.setPos(left, top)
    item = scene.addText(text)
    item.setTextWidth(layout.NOTE_WIDTH - 2 * NOTE_TEXT_MARGIN)
    item.setPos(left + NOTE_TEXT_MARGIN, top + NOTE_TEXT_MARGIN)


def build_scene(rows: list[Row]) -> QGraphicsScene:
    scene = QGraphicsScene()
    for text, x, y, position in rows:
        add_note(scene, text, layout.lane_left(position) + x, y)
    return scene


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
