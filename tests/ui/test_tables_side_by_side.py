"""The projector shows every table side by side: one small board per table, at 1080p."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from ui.board.editing import BoardEditor
from ui.dialogs.tables import TablesDialog
from ui.projector import REFERENCE, PresentationWindow
from workshop import packing
from workshop.room import SIDE_BY_SIDE, Room
from workshop.services import Services
from workshop.services.board import NoteRequest

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SAYINGS = (
    "Ring before you come round",
    "The night line never answers after ten",
    "Buses stop at six, so evening drop-ins are out for us",
    "Letters in plain words",
    "Same person each visit, please",
    "Tell us who is coming and when",
    "Forms ask the same thing three times",
    "Ŵyr a wyresau: Welsh on the phone line too",
    "Parking near the hub",
    "A text the day before",
)


def test_four_tables_of_fifteen_side_by_side_at_1080p(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    sid = workshop_with_session["session"]
    columns = services.board.columns(sid)
    tables = [services.tables.add(sid, name) for name in ("Table 1", "Riverside table", "3", "4")]
    requests = [
        NoteRequest(
            session_id=sid,
            column_id=columns[i % len(columns)].id,
            text=f"{SAYINGS[(i + t) % len(SAYINGS)]} ({i + 1})",
            role=("carer", "professional", "lived_experience")[i % 3],
            table_id=table.id,
        )
        for t, table in enumerate(tables)
        for i in range(15)
    ]
    services.board.add_notes_batch(requests)
    room = Room(services)
    window = PresentationWindow(room)
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    room.open(sid)
    plenary = services.board.add_note(sid, columns[0].id, "Whole room", role="carer")

    # Chosen in the Tables window, like one table or the plenary.
    dialog = TablesDialog(room, BoardEditor(services, QUndoStack()))
    qtbot.addWidget(dialog)
    dialog.projected.setCurrentIndex(dialog.projected.findData(SIDE_BY_SIDE))
    assert room.projector.tables_shown == SIDE_BY_SIDE
    scene = window.scene
    image = window.render_image(REFERENCE)
    assert image.save(str(tmp_path / "side_by_side.png"))
    cards = scene.note_items()
    # Every note at a table is on screen, none from the plenary; nothing degraded.
    assert scene.shown is None and plenary.id not in cards and len(cards) == 60
    assert scene.plan is not None and scene.plan.note_px >= packing.MIN_PX
    headers = {h.text.title: h for h in scene.headers()}
    assert set(headers) == {t.name for t in tables}
    assert headers["Riverside table"].text.caption == "15 notes"
    # Each table's notes stand under its own heading, in its own strip of the screen; no card
    # says its table (the heading does) and no two overlap.
    notes = {n.id: n for n in room.board.notes} if room.board else {}
    for table in tables:
        strip = headers[table.name].sceneBoundingRect()
        own = [c for i, c in cards.items() if notes[i].table_id == table.id]
        assert len(own) == 15
        for card in own:
            box = card.sceneBoundingRect()
            assert strip.left() - 1 <= box.left() and box.right() <= strip.right() + 1
            assert card.origin == ""
    boxes = [c.sceneBoundingRect().adjusted(1, 1, -1, -1) for c in cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert all(QRectF(0, 0, 1920, 1080).contains(b) for b in boxes)
    # Each lane of the session is framed and named within every table's small board.
    assert {f.title for f in scene.theme_frames() if f.title} >= {c.title for c in columns}
