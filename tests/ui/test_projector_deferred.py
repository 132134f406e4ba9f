"""The projector lays out its board only while someone can see it (a quicker session open)."""
# ruff: noqa: F811  (the room fixture is imported, then requested by name)

from __future__ import annotations

import pytest

from tests.ui.facilitation_room import room  # noqa: F401  (fixture)
from ui.projector import REFERENCE, NoteCard, PresentationWindow
from workshop.room import Room
from workshop.services import Services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _cards(window: PresentationWindow) -> set[int]:
    # Straight from the scene: note_items() would lay the board out itself.
    return {item.note_id for item in window.scene.items() if isinstance(item, NoteCard)}


def test_closed_projector_waits_then_shows_the_current_board(
    qtbot, services: Services, room: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    window.room.open(room["session"])
    assert _cards(window) == set()
    note = services.board.add_note(
        room["session"], room["col0"], "Added while the projector is off", author_id=room["ann"]
    )
    assert _cards(window) == set()

    window.show()
    qtbot.waitExposed(window)
    shown = _cards(window)
    assert {room["n1"], note.id} <= shown

    # Once it is on screen, changes reach it in the same turn of the event loop (one layout
    # for a burst of changes), without anyone asking for the board.
    later = services.board.add_note(
        room["session"], room["col0"], "Added while projecting", author_id=room["ann"]
    )
    qtbot.waitUntil(lambda: later.id in _cards(window))


def test_note_items_lays_out_a_closed_projector_on_demand(
    qtbot, services: Services, room: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(room["session"])
    assert room["n1"] in window.scene.note_items()
    assert room["n1"] in _cards(window)
