"""Projector speed at real-room scale: lay out and paint 120 notes; a note arriving at 120.

Figures (issue 15):
- lay out and paint the projector's board page at 1920×1080 with 120 notes of 8–15 words
  from scratch (every measurement forgotten: the packing search, the degrade choice and the
  paint), against bare Qt painting the same cards as rect + QGraphicsTextItem at the same
  places and sizes (its layout given for free);
- one note arriving on a board of 120 while the projector is on screen: the Room folds it in,
  the page re-lays itself out and the view repaints what changed. Target: under 50 ms. The
  service's own commit is timed apart (the same add with the projector closed) and left out;
  the baseline is bare Qt adding one rect + text item to its scene on screen and repainting.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from tests.room_scale import build_board, sentence
from ui.projector import PresentationWindow
from ui.projector.scene import ProjectorScene
from workshop.room import Room
from workshop.services import Services
from workshop.storage import open_database

SIZE = QSize(1920, 1080)
ADD_TARGET_MS = 50.0
# The first show of a session's board: a facilitator notices half a second. The bare baseline
# is given the layout for free, so the ratio says what the packing search costs on top of
# painting; it is reported, not held to a target.
LAYOUT_TARGET_S = 0.5


def _paint(scene: QGraphicsScene, image: QImage) -> None:
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), scene.sceneRect())
    painter.end()


def _bare_scene(ours: ProjectorScene) -> QGraphicsScene:
    """Bare Qt given our layout for free: a rect and a QGraphicsTextItem per card shown."""
    bare = QGraphicsScene(0, 0, ours.width, ours.height)
    bare.setBackgroundBrush(QColor("#FFFFFF"))
    for card in ours.note_items().values():
        _bare_card(bare, card.text, card.pos().x(), card.pos().y(), card.width(), card.font_px)
    return bare


def _bare_card(scene: QGraphicsScene, text: str, x: float, y: float, width: float, px: int) -> None:
    rect = scene.addRect(
        QRectF(0, 0, width, 100), QPen(QColor("#000000"), 2), QBrush(QColor("#FFF1A8"))
    )
    rect.setPos(x, y)
    item = scene.addText(text)
    font = QFont("Noto Sans")
    font.setPixelSize(px)
    item.setFont(font)
    item.setTextWidth(width - 12)
    item.setPos(x + 6, y + 6)


def _window(services: Services, session_id: int) -> PresentationWindow:
    window = PresentationWindow(Room(services))
    window.room.open(session_id)
    return window


def _shown(view: QGraphicsView) -> None:
    view.resize(SIZE)
    view.show()
    QApplication.processEvents()


def _layout_and_paint(services: Services, session_id: int, runs: int) -> dict[str, Any]:
    """The page laid out from scratch and painted, against bare Qt painting the same cards."""
    ours: list[float] = []
    bare: list[float] = []
    window = _window(services, session_id)
    window.render_image(SIZE)  # fonts and the window's own chrome, not timed
    scene = window.scene
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(runs):
        scene.set_style(scene.style)  # forgets every layout and measurement
        started = time.perf_counter()
        scene.ensure_laid_out()
        _paint(scene, image)
        ours.append(time.perf_counter() - started)
        bare_scene = _bare_scene(scene)
        started = time.perf_counter()
        _paint(bare_scene, image)
        bare.append(time.perf_counter() - started)
    shown, cards = scene.shown, len(scene.note_items())
    window.deleteLater()
    QApplication.processEvents()
    return {
        "ours": statistics.median(ours),
        "bare": statistics.median(bare),
        "shown": shown.value if shown is not None else "all",
        "cards": cards,
    }


def _note_arrives(services: Services, session_id: int, column_id: int, runs: int) -> dict:
    """A note added while the projector is on screen, until the screen has repainted."""
    window = _window(services, session_id)
    window.resize(SIZE)
    window.show()
    QApplication.processEvents()
    rng = random.Random(120)
    ours: list[float] = []
    commit: list[float] = []
    bare: list[float] = []
    moved: list[int] = []
    bare_scene = _bare_scene(window.scene)
    bare_view = QGraphicsView(bare_scene)
    _shown(bare_view)
    for _ in range(runs):
        before = {i: c.pos().toTuple() for i, c in window.scene.note_items().items()}
        started = time.perf_counter()
        services.board.add_note(session_id, column_id, sentence(rng), role="carer")
        QApplication.processEvents()  # the view paints what changed
        ours.append(time.perf_counter() - started)
        after = window.scene.note_items()
        moved.append(
            sum(1 for i, xy in before.items() if i in after and after[i].pos().toTuple() != xy)
        )
        started = time.perf_counter()
        _bare_card(bare_scene, sentence(rng), 30, 30, 220, 20)
        QApplication.processEvents()
        bare.append(time.perf_counter() - started)
    shown = window.scene.shown
    window.hide()
    bare_view.close()
    QApplication.processEvents()
    for _ in range(runs):
        started = time.perf_counter()
        services.board.add_note(session_id, column_id, sentence(rng), role="carer")
        commit.append(time.perf_counter() - started)
    window.deleteLater()
    bare_view.deleteLater()
    QApplication.processEvents()
    ours_s, commit_s = statistics.median(ours), statistics.median(commit)
    return {
        "ours": max(ours_s - commit_s, 1e-6),
        "ours_with_commit": ours_s,
        "commit": commit_s,
        "bare": statistics.median(bare),
        "moved_median": statistics.median(moved),
        "shown": shown.value if shown is not None else "all",
    }


def run(small: bool = False) -> list[dict[str, Any]]:
    _app = QApplication.instance() or QApplication([])
    notes = 40 if small else 120
    runs = 2 if small else 7
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(f"sqlite:///{Path(scratch) / 'projector.sqlite3'}")
        try:
            services = Services(database)
            board = build_board(services, notes)
            laid = _layout_and_paint(services, board.session_id, runs)
            arrives = _note_arrives(services, board.session_id, board.column_ids[0], runs)
        finally:
            database.dispose()
    laid_ratio = laid["ours"] / laid["bare"]
    add_ratio = arrives["ours"] / arrives["bare"]
    return [
        {
            "figure": f"projector: lay out and paint {notes} notes, 1920×1080",
            "ours_s": laid["ours"],
            "baseline_s": laid["bare"],
            "ratio": laid_ratio,
            "target": f"< {LAYOUT_TARGET_S:g} s",
            "passed": laid["ours"] < LAYOUT_TARGET_S and laid["cards"] > 0,
            "detail": f"page: {laid['shown']}, {laid['cards']} cards",
            "cards": laid["cards"],
        },
        {
            "figure": f"projector: a note arrives on {notes}, re-laid out and painted",
            "ours_s": arrives["ours"],
            "baseline_s": arrives["bare"],
            "ratio": add_ratio,
            "target": f"< {ADD_TARGET_MS:g} ms",
            "passed": arrives["ours"] * 1000 < ADD_TARGET_MS,
            "detail": (
                f"commit {arrives['commit'] * 1000:.1f} ms left out; "
                f"cards moved (median) {arrives['moved_median']}; page: {arrives['shown']}"
            ),
            "commit_s": arrives["commit"],
            "with_commit_s": arrives["ours_with_commit"],
            "moved_median": arrives["moved_median"],
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row, default=str))
