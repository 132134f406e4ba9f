"""Board speed: opening and panning a session of 2,000 and 10,000 notes, against a bare Qt scene."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from ui.board.scene import BoardScene
from ui.board.view import BoardView
from workshop import layout
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database
from workshop.views import BoardSnapshot

VIEW_SIZE = (1920, 1080)
PAN_FRAMES = 20
PAN_STEP = 300


def _document(services: Services, notes: int) -> str:
    """The demo workshop as an interchange file, its first session holding `notes` notes."""
    ids = create_demo(services)
    document = json.loads(services.interchange.export_text(ids.workshop))
    session = document["workshop"]["sessions"][0]
    texts = [n["text"] for n in session["notes"]]
    authors = [(n.get("author"), n["role"]) for n in session["notes"]]
    columns = [c["id"] for c in session["columns"]]
    per_lane: dict[str, int] = dict.fromkeys(columns, 0)
    generated = []
    for index in range(notes):
        column = columns[index % len(columns)]
        x, y = layout.slot_position(per_lane[column])
        per_lane[column] += 1
        author, role = authors[index % len(authors)]
        note: dict[str, Any] = {
            "id": f"bench{index}",
            "column": column,
            "text": f"{texts[index % len(texts)]} ({index})",
            "role": role,
            "x": x,
            "y": y,
            "created_at": "2026-11-28T10:00:00Z",
            "hidden": False,
            "pending": False,
            "private": False,
            "colour": "",
            "theme": None,
            "author": author,
        }
        generated.append(note)
    session["notes"] = generated
    session["themes"] = []
    session["votes"] = []
    session["actions"] = []
    return json.dumps(document)


def _bare_scene(snapshot: BoardSnapshot) -> QGraphicsScene:
    """What Qt gives for free: a rectangle and a QGraphicsTextItem per note."""
    scene = QGraphicsScene()
    lane_x = {c.id: layout.lane_left(c.position) for c in snapshot.columns}
    for note in snapshot.notes:
        rect = scene.addRect(
            QRectF(0, 0, layout.NOTE_WIDTH, layout.NOTE_HEIGHT),
            QPen(QColor("#8a8478")),
            QBrush(QColor("#fce7bf")),
        )
        rect.setPos(lane_x[note.column_id] + note.x, note.y)
        text = scene.addText(note.text)
        text.setTextWidth(layout.NOTE_WIDTH - 20)
        text.setPos(rect.pos().x() + 10, rect.pos().y() + 10)
    return scene


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _pan(view: QGraphicsView) -> float:
    """Seconds per frame while scrolling down the board one step at a time."""
    bar = view.verticalScrollBar()
    start = time.perf_counter()
    for _ in range(PAN_FRAMES):
        bar.setValue(bar.value() + PAN_STEP)
        view.viewport().grab()
    return (time.perf_counter() - start) / PAN_FRAMES


def _measure(services: Services, session_id: int) -> dict[str, float]:
    view_box: dict[str, Any] = {}

    def open_ours() -> None:
        scene = BoardScene(services)
        scene.load(session_id)
        view = BoardView(scene)
        view.resize(*VIEW_SIZE)
        view.fit_board()
        view.viewport().grab()
        view_box["ours"] = (scene, view)

    def open_bare() -> None:
        snapshot = services.sessions.board(session_id)
        scene = _bare_scene(snapshot)
        view = QGraphicsView(scene)
        view.resize(*VIEW_SIZE)
        ours_view = view_box["ours"][1]
        view.setTransform(ours_view.transform())
        view.centerOn(ours_view.mapToScene(ours_view.viewport().rect().center()))
        view.viewport().grab()
        view_box["bare"] = (scene, view)

    ours_open = _timed(open_ours)
    bare_open = _timed(open_bare)
    ours_pan = _pan(view_box["ours"][1])
    bare_pan = _pan(view_box["bare"][1])
    return {
        "ours_open": ours_open,
        "bare_open": bare_open,
        "ours_pan": ours_pan,
        "bare_pan": bare_pan,
    }


def _figures(notes: int, open_limit: float) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        try:
            services = Services(database)
            imported = services.interchange.import_workshop(_document(services, notes))
            session_id = services.sessions.list(imported.id)[0].id
            read_s = _timed(lambda: services.sessions.board(session_id))
            m = _measure(services, session_id)
        finally:
            database.dispose()
    label = f"{notes:,}"
    return [
        {
            "figure": f"board opens to a drawn view, {label} notes",
            "ours_s": m["ours_open"],
            "baseline_s": m["bare_open"],
            "ratio": m["ours_open"] / m["bare_open"],
            "target": f"open < {open_limit:g} s; ratio <= 1.5",
            "passed": m["ours_open"] < open_limit and m["ours_open"] <= 1.5 * m["bare_open"],
            "notes": notes,
            "database_read_s": read_s,
        },
        {
            "figure": f"board pans one frame, {label} notes",
            "ours_s": m["ours_pan"],
            "baseline_s": m["bare_pan"],
            "ratio": m["ours_pan"] / m["bare_pan"],
            "target": "frame < 1/30 s",
            "passed": m["ours_pan"] < 1 / 30,
            "notes": notes,
            "frames": PAN_FRAMES,
        },
    ]


def run(small: bool = False) -> list[dict[str, Any]]:
    _app = QApplication.instance() or QApplication([])
    if small:
        return _figures(200, 1.0)
    return _figures(2000, 1.0) + _figures(10000, 5.0)


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row))
