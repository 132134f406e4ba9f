"""Tables in one room: adding, renaming and removing tables; notes at a table; the harvest."""

from __future__ import annotations

import pytest

from workshop.errors import ConflictError, LockedError, NotFoundError, ValidationError
from workshop.services import Services
from workshop.views import NoteView, TableView


def _record(services: Services) -> tuple[list[object], list[object]]:
    tables: list[object] = []
    notes: list[object] = []
    events = services.events
    events.table_added.connect(tables.append)
    events.table_changed.connect(tables.append)
    events.table_removed.connect(tables.append)
    events.note_changed.connect(notes.append)
    return tables, notes


def test_tables_are_added_in_order_renamed_and_removed(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    told, _ = _record(services)
    one = services.tables.add(sid, "Table 1")
    river = services.tables.add(sid, "  Riverside table ")
    first = services.tables.add(sid, "Door side", position=0)
    assert [t.name for t in services.tables.tables(sid)] == [
        "Door side",
        "Table 1",
        "Riverside table",
    ]
    assert [t.position for t in services.tables.tables(sid)] == [0, 1, 2]
    renamed = services.tables.rename(river.id, "River")
    assert renamed == TableView(river.id, sid, 2, "River")
    removed = services.tables.remove(first.id)
    assert [t.name for t in services.tables.tables(sid)] == ["Table 1", "River"]
    services.tables.restore(removed)
    assert [t.id for t in services.tables.tables(sid)] == [first.id, one.id, river.id]
    assert [type(e) for e in told] == [TableView] * 6
    assert services.sessions.board(sid).tables == tuple(services.tables.tables(sid))


def test_table_names_are_checked(services: Services, workshop_with_session: dict[str, int]) -> None:
    sid = workshop_with_session["session"]
    services.tables.add(sid, "Table 1")
    with pytest.raises(ValidationError, match="already a table called"):
        services.tables.add(sid, "table 1")
    with pytest.raises(ValidationError):
        services.tables.add(sid, "   ")
    with pytest.raises(NotFoundError):
        services.tables.rename(987654, "Nowhere")


def test_notes_at_a_table_land_on_that_table_and_keep_their_round(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    table = services.tables.add(sid, "Table 1")
    note = services.board.add_note(
        sid, column, "Ring first", role="carer", table_id=table.id, round=2
    )
    assert (note.table_id, note.round, note.marked, note.harvested) == (table.id, 2, False, False)
    assert not note.on_plenary
    assert services.board.get_note(note.id) == note
    plenary = services.board.add_note(sid, column, "Whole room", role="carer")
    assert plenary.table_id is None and plenary.on_plenary
    with pytest.raises(NotFoundError, match="no table with id 424242"):
        services.board.add_note(sid, column, "Lost", role="carer", table_id=424242)
    with pytest.raises(ValidationError, match="round"):
        services.board.add_note(sid, column, "Lost", role="carer", table_id=table.id, round=0)
    other = services.sessions.create(workshop_with_session["workshop"], "Other", columns=["A"])
    elsewhere = services.tables.add(other.id, "Table 1")
    with pytest.raises(ValidationError, match="another session"):
        services.board.add_note(sid, column, "Lost", role="carer", table_id=elsewhere.id)
    # A table with notes is not removed: its notes would silently join the plenary.
    with pytest.raises(ConflictError, match="Table 1 has notes"):
        services.tables.remove(table.id)


def test_harvest_takes_marked_notes_to_the_plenary_keeping_their_table(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    a = services.board.add_note(sid, column, "Same carer", role="carer", table_id=one.id)
    b = services.board.add_note(sid, column, "Travel time", role="carer", table_id=one.id)
    c = services.board.add_note(sid, column, "Night line", role="carer", table_id=two.id)
    plenary = services.board.add_note(sid, column, "Whole room", role="carer")
    _, changed = _record(services)
    marked = services.tables.mark([a.id, c.id], True)
    assert {n.id for n in marked} == {a.id, c.id} and all(n.marked for n in marked)
    with pytest.raises(ValidationError, match="Only notes written at a table"):
        services.tables.mark([plenary.id], True)
    taken = services.tables.harvest(one.id)
    assert [n.id for n in taken] == [a.id]  # only table 1's marked note
    stored = services.board.get_note(a.id)
    assert stored.harvested and stored.table_id == one.id and stored.on_plenary
    assert not services.board.get_note(b.id).on_plenary
    assert not services.board.get_note(c.id).harvested  # table 2 not harvested yet
    with pytest.raises(ValidationError, match="Table 1 has no marked notes left"):
        services.tables.harvest(one.id)
    assert [n.id for n in services.tables.unharvest([a.id])] == [a.id]
    assert not services.board.get_note(a.id).harvested
    assert all(isinstance(n, NoteView) for n in changed)
    assert [n.id for n in changed] == [a.id, c.id, a.id, a.id]


def test_tables_follow_the_board_lock(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    table = services.tables.add(sid, "Table 1")
    services.sessions.update(sid, board_locked=True)
    with pytest.raises(LockedError):
        services.tables.add(sid, "Table 2")
    with pytest.raises(LockedError):
        services.tables.harvest(table.id)


def test_removing_a_session_removes_its_tables(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    table = services.tables.add(sid, "Table 1")
    services.sessions.delete(sid)
    with pytest.raises(NotFoundError):
        services.tables.get(table.id)


def test_a_note_put_back_after_its_table_went_joins_the_plenary(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    table = services.tables.add(sid, "Table 1")
    note = services.board.add_note(sid, column, "Ring first", role="carer", table_id=table.id)
    services.tables.mark([note.id], True)
    deleted = services.board.delete_note(note.id)
    services.tables.remove(table.id)  # empty now
    (restored,) = services.board.restore_notes([deleted])  # undo of the delete
    assert (restored.id, restored.table_id, restored.marked) == (note.id, None, False)
    assert restored.on_plenary
