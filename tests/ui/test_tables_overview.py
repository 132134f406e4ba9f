"""The facilitator's overview of the tables: one small board per table, live as notes arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.panels.tables_overview import TablesOverview
from workshop.room import Room
from workshop.rules import Actor
from workshop.services import Services


def test_notes_arriving_at_two_tables_update_only_their_small_boards(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    sid = workshop_with_session["session"]
    columns = services.board.columns(sid)
    one = services.tables.add(sid, "Table 1")
    river = services.tables.add(sid, "Riverside <b>table</b>")
    services.board.add_note(sid, columns[0].id, "Before we opened", role="carer", table_id=one.id)
    room = Room(services)
    room.open(sid)
    overview = TablesOverview(room)
    qtbot.addWidget(overview)
    overview.resize(900, 600)
    overview.show()
    qtbot.waitExposed(overview)
    cards = overview.cards
    assert list(cards) == [one.id, river.id]
    assert cards[river.id].name.text() == "Riverside <b>table</b>"
    assert cards[one.id].counts.text().startswith("1 note · 1 citizen, 0 professional")

    # From here on nothing reads the whole board again: neither the record nor the Room's
    # snapshot; each note reaches its own table's small board only.
    reads: list[int] = []
    real_board, real_board_of = services.sessions.board, room.board_of
    monkeypatch.setattr(services.sessions, "board", lambda s: reads.append(s) or real_board(s))
    monkeypatch.setattr(room, "board_of", lambda s: reads.append(s) or real_board_of(s))
    river_board = cards[river.id].board
    add = services.board.add_note
    with qtbot.waitSignal(room.note_folded):
        a = add(sid, columns[0].id, "Buses stop at six", role="professional", table_id=river.id)
    assert list(river_board.notes) == [a.id]
    b = add(sid, columns[1].id, "Ring before you come", role="lived_experience", table_id=one.id)
    c = add(sid, columns[1].id, "Say who is coming", role="community", table_id=river.id)
    plenary = add(sid, columns[0].id, "Whole room", role="carer")
    assert [n.text for n in river_board.lane_notes(columns[0].id)] == ["Buses stop at six"]
    assert [n.text for n in river_board.lane_notes(columns[1].id)] == ["Say who is coming"]
    assert c.id in river_board.notes and b.id not in river_board.notes
    assert plenary.id not in river_board.notes and plenary.id not in cards[one.id].board.notes
    # The counts follow once the event loop gets to them (once per burst of notes).
    qtbot.waitUntil(
        lambda: cards[river.id].counts.text() == "2 notes · 1 citizen, 1 professional, 0 other"
    )
    assert cards[one.id].counts.text() == "2 notes · 2 citizen, 0 professional, 0 other"
    # A note moved to another lane moves on its small board; a removed one leaves; a note
    # marked for the plenary is counted.
    services.board.move_note(c.id, columns[0].id, 10.0, 10.0)
    services.board.delete_note(a.id)
    services.tables.mark([b.id], True)
    assert list(river_board.notes) == [c.id]
    assert [n.text for n in river_board.lane_notes(columns[0].id)] == ["Say who is coming"]
    qtbot.waitUntil(lambda: cards[one.id].counts.text().endswith("· 1 for the plenary"))
    assert reads == []

    # Full size on request: the projector shows that table (the Room's state).
    cards[one.id].on_projector.click()
    assert room.projector.tables_shown == one.id
    overview.grab().save(str(tmp_path / "overview.png"))
    # A table added while the session runs gets its own small board.
    services.tables.add(sid, "Door side")
    assert [card.table.name for card in overview.cards.values()][-1] == "Door side"


def test_any_table_full_size_from_the_overview_in_the_main_window(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], window: MainWindow
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    at_one = services.board.add_note(sid, column, "Ring first", role="carer", table_id=one.id)
    at_two = services.board.add_note(sid, column, "Buses", role="carer", table_id=two.id)
    overview = window.show_tables_overview()
    assert overview is not None and overview.isVisible()
    overview.cards[two.id].full_size.click()
    assert window.scene.table_scope == two.id and window.editor.table_id == two.id
    assert window.scene.notes[at_two.id].isVisible()
    assert not window.scene.notes[at_one.id].isVisible()


def test_silent_writing_and_moderation_table_by_table(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    ann = workshop_with_session["ann"]
    column = services.board.columns(sid)[0]
    services.board.set_column_silent(column.id, True)
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    services.sessions.update(sid, hold_device_notes=True)  # phones' notes wait for approval
    add = services.board.add_note
    quiet_one = add(sid, column.id, "Quiet at one", role="carer", table_id=one.id)
    quiet_two = add(sid, column.id, "Quiet at two", role="carer", table_id=two.id)
    assert services.board.get_note(quiet_one.id).hidden
    room = Room(services)
    room.open(sid)
    overview = TablesOverview(room)
    qtbot.addWidget(overview)
    overview.show()
    cards = overview.cards
    assert cards[one.id].counts.text().endswith("· 1 written in silence")
    assert not cards[one.id].reveal.isHidden()
    # Table 1 is ready: its notes are revealed, Table 2 keeps writing in silence.
    cards[one.id].reveal.click()
    assert not services.board.get_note(quiet_one.id).hidden
    assert services.board.get_note(quiet_two.id).hidden
    qtbot.waitUntil(lambda: cards[one.id].reveal.isHidden())
    assert not cards[two.id].reveal.isHidden()
    # Undone like any board change: hidden again, and a redo reveals it again.
    overview.undo_stack.undo()
    assert services.board.get_note(quiet_one.id).hidden
    qtbot.waitUntil(lambda: not cards[one.id].reveal.isHidden())
    overview.undo_stack.redo()
    assert not services.board.get_note(quiet_one.id).hidden

    # Moderation: notes from Table 2's phones wait; the facilitator lets that table's through.
    device = Actor.DEVICE
    services.board.set_column_silent(column.id, False)
    held = [
        add(sid, column.id, f"From a phone {i}", author_id=ann, table_id=two.id, actor=device)
        for i in range(2)
    ]
    at_one = add(sid, column.id, "Held at one", author_id=ann, table_id=one.id, actor=device)
    assert all(services.board.get_note(n.id).pending for n in [*held, at_one])
    cards = overview.cards  # laid out again when the lane stopped being silent
    qtbot.waitUntil(lambda: cards[two.id].counts.text().endswith("· 2 waiting for approval"))
    cards[two.id].approve.click()
    assert not any(services.board.get_note(n.id).pending for n in held)
    assert services.board.get_note(at_one.id).pending
    qtbot.waitUntil(lambda: cards[two.id].approve.isHidden())
    assert not cards[one.id].approve.isHidden()
    assert overview.undo_stack.undoText() == "Let notes through"
    overview.undo_stack.undo()  # held again, table 2's only
    assert all(services.board.get_note(n.id).pending for n in held)
    qtbot.waitUntil(lambda: cards[two.id].counts.text().endswith("· 2 waiting for approval"))
    overview.undo_stack.redo()
    assert not any(services.board.get_note(n.id).pending for n in held)
    # A refusal is said in one sentence and nothing changes.
    services.sessions.update(sid, board_locked=True)
    cards[one.id].approve.click()
    assert overview.message.text().count(".") == 1
    assert services.board.get_note(at_one.id).pending


def test_a_seat_taken_or_a_rename_updates_the_cards_in_place(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    room = Room(services)
    room.open(sid)
    overview = TablesOverview(room)
    qtbot.addWidget(overview)
    cards = dict(overview.cards)
    # A phone joining at a table seats its person there: no card is built again for it.
    services.tables.seat(one.id, workshop_with_session["ann"])
    services.tables.rename(two.id, "Riverside table")
    assert overview.cards == cards
    assert all(overview.cards[key] is card for key, card in cards.items())
    assert cards[two.id].name.text() == "Riverside table"
    services.tables.add(sid, "Door side")
    assert [card.table.name for card in overview.cards.values()] == [
        "Table 1",
        "Riverside table",
        "Door side",
    ]
