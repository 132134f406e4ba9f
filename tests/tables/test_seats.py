"""Seating people at tables from the laptop: one seat per round, moved, refused in one sentence."""

from __future__ import annotations

import pytest

from workshop.errors import LockedError, ValidationError
from workshop.services import Services


def test_a_seat_per_round_moves_and_undoes_and_bad_input_is_refused(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid, ann = workshop_with_session["session"], workshop_with_session["ann"]
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    assert services.tables.place(sid, ann, [one.id], 1) == ()
    services.tables.place(sid, ann, [one.id], 2)  # rounds are apart
    assert services.tables.place(sid, ann, [two.id], 1) == (one.id,)  # moved in round 1
    assert services.tables.get(one.id).seats == {(ann, 2)}
    assert services.tables.get(two.id).seated_in(1) == {ann}
    assert services.tables.place(sid, ann, [], 1) == (two.id,)  # off every table of round 1
    assert services.tables.get(two.id).seats == frozenset()
    elsewhere = services.workshops.create("Another workshop").id
    stranger = services.participants.add(elsewhere, "Sam Other", "carer").id
    with pytest.raises(ValidationError) as refused:
        services.tables.place(sid, stranger, [one.id], 1)
    assert refused.value.message == "That participant is not registered for this workshop."
    with pytest.raises(ValidationError) as refused:
        services.tables.place(sid, ann, [424242], 1)
    assert refused.value.message == "There is no such table at this session."
    services.sessions.mark_final(sid)
    with pytest.raises(LockedError):
        services.tables.place(sid, ann, [one.id], 3)
    assert services.tables.get(one.id).seats == {(ann, 2)}


def test_someone_seated_at_a_table_is_present_and_no_longer_sent_apologies(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid, ann = workshop_with_session["session"], workshop_with_session["ann"]
    table = services.tables.add(sid, "Table 1")
    services.participants.set_apologies(sid, ann, True)
    told: list[frozenset[int]] = []
    services.events.attendance_changed.connect(lambda _session, present: told.append(present))
    services.tables.place(sid, ann, [table.id], 1)
    assert ann in services.participants.attendees(sid)
    assert ann not in services.participants.apologies(sid)
    assert told and ann in told[-1]
    services.tables.place(sid, ann, [], 1)  # off the table: they still came
    assert ann in services.participants.attendees(sid)


def test_a_note_already_taken_to_the_plenary_cannot_be_unmarked(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    table = services.tables.add(sid, "Table 1")
    column = services.board.columns(sid)[0].id
    note = services.board.add_note(sid, column, "Step-free access", role="carer", table_id=table.id)
    services.tables.mark([note.id], True)
    services.tables.harvest(table.id)
    with pytest.raises(ValidationError) as refused:
        services.tables.mark([note.id], False)
    assert "undo the harvest" in refused.value.message
    services.tables.unharvest([note.id])
    assert services.tables.mark([note.id], False)[0].marked is False


def test_reveal_is_refused_on_a_final_record(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0]
    services.board.set_column_silent(column.id, True)
    note = services.board.add_note(sid, column.id, "Quiet idea", role="carer")
    assert note.hidden
    services.sessions.mark_final(sid)
    with pytest.raises(LockedError):
        services.board.reveal(sid, column.id)
    assert services.board.get_note(note.id).hidden
