"""The Room folds the room's tables and the harvest in, so views never re-read the board."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from tests.live.conftest import Client
from ui.board.commands import (
    AddTableCommand,
    HarvestTableCommand,
    MarkForPlenaryCommand,
    RemoveTableCommand,
    RenameTableCommand,
)
from workshop.errors import ValidationError, WorkshopError
from workshop.room import Aspect, Room
from workshop.services import Services


def test_tables_and_harvest_are_folded_into_the_open_board(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    room = Room(services)
    room.open(sid)
    told: list[Aspect] = []
    room.board_changed.connect(lambda _sid, aspect: told.append(aspect))
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Riverside table")
    services.tables.rename(two.id, "River")
    note = services.board.add_note(sid, column, "Ring first", role="carer", table_id=one.id)
    services.tables.mark([note.id], True)
    services.tables.harvest(one.id)
    services.tables.remove(two.id)
    board = room.board
    assert board is not None
    fresh = services.sessions.board(sid)
    assert board.tables == fresh.tables == (services.tables.get(one.id),)
    assert board.notes == fresh.notes
    shown = board.notes[0]
    assert shown.harvested and shown.table_id == one.id
    assert Aspect.TABLES in told and Aspect.NOTES in told


def test_table_changes_undo_and_redo_through_the_services(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    errors: list[WorkshopError] = []
    stack = QUndoStack()
    stack.push(AddTableCommand(services, errors.append, sid, "Table 1"))
    table = services.tables.tables(sid)[0]
    stack.push(RenameTableCommand(services, errors.append, table, "Riverside"))
    assert services.tables.get(table.id).name == "Riverside"
    column = services.board.columns(sid)[0].id
    note = services.board.add_note(sid, column, "Ring first", role="carer", table_id=table.id)
    stack.push(MarkForPlenaryCommand(services, errors.append, [note.id], True))
    stack.push(HarvestTableCommand(services, errors.append, table.id))
    assert services.board.get_note(note.id).harvested
    stack.undo()
    assert not services.board.get_note(note.id).harvested
    stack.undo()
    assert not services.board.get_note(note.id).marked
    stack.redo()
    stack.redo()
    assert services.board.get_note(note.id).harvested
    # Removing a table with notes is refused in one sentence and leaves nothing to undo.
    count = stack.count()
    stack.push(RemoveTableCommand(services, errors.append, table.id))
    assert stack.count() == count
    assert [e.message for e in errors] == [
        "Riverside has notes; move or delete them before removing the table."
    ]
    stack.undo()
    stack.undo()
    stack.undo()
    assert services.tables.get(table.id).name == "Table 1"


def test_notes_at_a_table_keep_the_round_the_room_is_in(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    table = services.tables.add(sid, "Table 1")
    room = Room(services)
    rounds: list[object] = []
    room.round_changed.connect(rounds.append)
    live = room.start_live(sid, host="127.0.0.1")
    try:
        port = int(live.address.rsplit(":", 1)[1])
        at_table, in_plenary = Client(port, live.code), Client(port, live.code)
        at_table.join("carer", table=table.id)
        in_plenary.join("community")
        column = at_table.state()["columns"][0]["id"]

        def send(phone: Client, text: str) -> int:
            reply = phone.api("POST", "notes", {"column": column, "text": text})
            assert reply.status == 201, reply.body
            return int(reply.body["id"])

        before = send(at_table, "Before rounds")
        room.set_round(1)
        first = send(at_table, "First round")
        room.set_round(2)
        second = send(at_table, "Second round")
        plenary = send(in_plenary, "Whole room")
        room.set_round(None)
        after = send(at_table, "After rounds")
    finally:
        room.close()
    rounds_kept = {n.id: n.round for n in services.board.notes(sid)}
    assert [rounds_kept[i] for i in (before, first, second, plenary, after)] == [
        None,
        1,
        2,
        None,
        None,
    ]
    assert rounds == [1, 2, None]
    with pytest.raises(ValidationError, match="round"):
        room.set_round(0)
