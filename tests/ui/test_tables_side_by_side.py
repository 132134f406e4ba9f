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
from workshop.room import SIDE_BY_SIDE, ProjectorMode, Room
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


def test_one_tables_results_and_balance_of_voice_on_the_projector(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    add = services.board.add_note
    a = add(sid, column, "Same carer", role="carer", table_id=one.id)
    b = add(sid, column, "Rotas change", role="professional", table_id=one.id)
    c = add(sid, column, "Night line", role="professional", table_id=two.id)
    vote = next(s.position for s in services.sessions.get(sid).stages if s.kind == "vote")
    services.sessions.set_stage(sid, vote)
    for person, note in ((ann, a), (raj, c), (raj, c), (ann, b)):
        services.votes.cast(sid, person, note.id)
    room = Room(services)
    window = PresentationWindow(room)
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    room.open(sid)
    room.set_show_balance(True)
    room.show_on_projector(ProjectorMode.RESULTS)
    assert window.results_page.shown[None] == ["Night line", "Same carer", "Rotas change"]
    room.show_tables_on_projector(one.id)
    # Table 1's dots only, and its own balance of voice: a citizen and a professional note,
    # two dots from Ann (a citizen voice).
    assert window.results_page.shown[None] == ["Same carer", "Rotas change"]
    assert window.balance_label.text() == "Table 1 · Citizen voice 75% · Professional voice 25%"
    room.show_tables_on_projector(two.id)
    assert window.results_page.shown[None] == ["Night line"]
    assert window.balance_label.text().startswith("Table 2 · Citizen voice 0%")
    room.show_tables_on_projector(None)
    assert "Table" not in window.balance_label.text()


def test_cached_cards_look_as_drawn_afresh_after_notes_move_them(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    # Cards and frames are copied from cached pictures on a repaint; after new notes move
    # them, the page must look as it does drawn afresh (borders not a pixel off).
    sid = workshop_with_session["session"]
    columns = services.board.columns(sid)
    tables = [services.tables.add(sid, f"Table {n}") for n in range(1, 4)]
    services.board.add_notes_batch(
        [
            NoteRequest(
                session_id=sid,
                column_id=columns[i % len(columns)].id,
                text=SAYINGS[(i + t) % len(SAYINGS)],
                role="carer",
                table_id=table.id,
            )
            for t, table in enumerate(tables)
            for i in range(6)
        ]
    )
    room = Room(services)
    room.open(sid)
    room.show_tables_on_projector(SIDE_BY_SIDE)
    window = PresentationWindow(room)
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    window.grab()  # every card's picture cached where it stands now
    before = {i: c.pos() for i, c in window.scene.note_items().items()}
    for number in range(2):
        column, table = columns[number % len(columns)], tables[number % len(tables)]
        services.board.add_note(
            sid, column.id, f"Added ({number})", role="carer", table_id=table.id
        )
    after = window.scene.note_items()
    assert any(before.get(i) not in (None, c.pos()) for i, c in after.items()), "cards moved"
    cached = window.grab().toImage()
    with window.scene.drawn_afresh():
        fresh = window.grab().toImage()
    assert cached.size() == fresh.size()
    differing = sum(
        cached.pixel(x, y) != fresh.pixel(x, y)
        for y in range(cached.height())
        if bytes(cached.constScanLine(y)) != bytes(fresh.constScanLine(y))
        for x in range(cached.width())
    )
    assert differing <= 2  # at most a corner's smoothing, one shade apart
