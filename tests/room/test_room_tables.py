"""The Room folds the room's tables and the harvest in, so views never re-read the board."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from ui.board.commands import (
    AddTableCommand,
    HarvestTableCommand,
    MarkForPlenaryCommand,
    RemoveTableCommand,
    RenameTableCommand,
)
from workshop.errors import WorkshopError
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
