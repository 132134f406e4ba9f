"""New notes find free space in their lane: they never land on top of a note already there."""

from __future__ import annotations

from workshop import layout
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.views import NoteView


def _overlaps(a: NoteView, b: NoteView) -> bool:
    return (
        a.column_id == b.column_id
        and abs(a.x - b.x) < layout.NOTE_WIDTH
        and abs(a.y - b.y) < layout.NOTE_HEIGHT
    )


def _assert_no_overlap(notes: list[NoteView]) -> None:
    clashes = [(a.id, b.id) for i, a in enumerate(notes) for b in notes[i + 1 :] if _overlaps(a, b)]
    assert clashes == []


def test_after_a_delete_and_a_move_new_notes_avoid_every_note(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    session, column = ids["session"], services.board.columns(ids["session"])[0].id
    first = [services.board.add_note(session, column, f"Note {i}", role="carer") for i in range(6)]
    # The old rule (count of notes → slot) put the next note on top of these two.
    services.board.delete_note(first[0].id)
    x, y = layout.slot_position(6)
    services.board.move_note(first[1].id, column, x + 30, y + 20)

    services.board.add_note(session, column, "Late arrival", role="carer")
    services.board.add_note(session, column, "And another", role="carer")
    _assert_no_overlap(services.board.notes(session))


def test_a_batch_from_phones_fills_gaps_without_stacking(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    session, column = ids["session"], services.board.columns(ids["session"])[0].id
    kept = [services.board.add_note(session, column, f"Note {i}", role="carer") for i in range(5)]
    services.board.delete_note(kept[2].id)
    x, y = layout.slot_position(7)
    services.board.move_note(kept[3].id, column, x, y)

    requests = [
        NoteRequest(session_id=session, column_id=column, text=f"From a phone {i}", role="carer")
        for i in range(12)
    ]
    added = services.board.add_notes_batch(requests)
    assert all(isinstance(result, NoteView) for result in added)
    _assert_no_overlap(services.board.notes(session))
    # The freed slot is used first, so the lane stays compact.
    assert (added[0].x, added[0].y) == layout.slot_position(2)


def test_slots_covered_by_a_note_between_slots() -> None:
    x, y = layout.slot_position(0)
    assert layout.slots_covered(x, y) == {0}
    # Half a note to the right and down touches four slots.
    assert layout.slots_covered(x + layout.NOTE_WIDTH / 2, y + layout.NOTE_HEIGHT / 2) == {
        0,
        1,
        2,
        3,
    }


def test_free_slots_treat_notes_on_a_slot_and_between_slots_as_covering_what_they_cover() -> None:
    # Notes on slots (as new notes are placed), dragged between slots, and off the lane's grid.
    on_slots = [layout.slot_position(i) for i in (0, 1, 3, 6, 7)]
    dragged = [(layout.GAP + 40.0, 700.0), (250.5, 1000.25), (-30.0, 64.0), (900.0, 2000.0)]
    positions = on_slots + dragged
    covered = set().union(*(layout.slots_covered(x, y) for x, y in positions))
    free = layout.FreeSlots(positions)
    handed_out = [free.take() for _ in range(12)]
    expected = [layout.slot_position(i) for i in range(40) if i not in covered][:12]
    assert handed_out == expected
    # And one placed later blocks what it covers too.
    later = layout.FreeSlots(on_slots)
    for x, y in dragged:
        later.block(x, y)
    assert [later.take() for _ in range(12)] == expected
