"""Dots from the room: twenty people's five dots each, typed a line per person; refusals inline."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.dialogs.room_dots import RoomDotsDialog
from ui.main_window import MainWindow
from workshop.services import Services

PEOPLE = 20
NOTES = 60
DOTS = 5


@pytest.fixture
def voting_room(services: Services, workshop_with_session: dict[str, int]) -> dict[str, object]:
    ids = workshop_with_session
    sid = ids["session"]
    people = [
        services.participants.add(
            ids["workshop"], f"Person{n:02d} Example", "carer" if n % 2 else "professional"
        )
        for n in range(PEOPLE)
    ]
    for person in people:
        services.participants.set_attendance(sid, person.id, True)
    columns = services.board.columns(sid)
    for n in range(NOTES):
        services.board.add_note(sid, columns[n % 4].id, f"Idea number {n}", role="carer")
    services.sessions.update(sid, votes_per_participant=DOTS)
    vote = next(s.position for s in services.sessions.get(sid).stages if s.kind == "vote")
    services.sessions.set_stage(sid, vote)
    return {"session": sid, "people": people}


def _type_line(qtbot: QtBot, dialog: RoomDotsDialog, line: str) -> None:
    dialog.entry.setFocus()
    qtbot.keyClicks(dialog.entry, line)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)


def test_twenty_people_five_dots_each_by_typed_lines(
    qtbot: QtBot, window: MainWindow, services: Services, voting_room: dict[str, object]
) -> None:
    sid = voting_room["session"]
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(RoomDotsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.grid.rowCount() == NOTES and dialog.grid.columnCount() >= PEOPLE

    for n in range(PEOPLE):
        _type_line(qtbot, dialog, f"person{n:02d} {n % NOTES + 1} 7 12 12 {NOTES}")
        assert dialog.entry.text() == "", dialog.message.text()
    votes = services.votes.list(sid)
    assert len(votes) == PEOPLE * DOTS
    twelve = dialog.notes[11].id
    # Everyone gave note 12 two dots; person 11's first dot went there too.
    assert Counter(v.note_id for v in votes)[twelve] == 2 * PEOPLE + 1
    # The grid shows them: person 0, note 12, two dots.
    column = next(i for i, p in enumerate(dialog.people) if p.name == "Person00 Example")
    assert dialog.grid.item(11, column).text() == "2"

    # Over the limit: said in the dialog, nothing recorded, the line kept to correct.
    _type_line(qtbot, dialog, "person03 1")
    assert "0 of 5 dots left" in dialog.message.text()
    assert dialog.entry.text() == "person03 1"
    assert len(services.votes.list(sid)) == PEOPLE * DOTS

    # One undo takes back one person's line.
    window.undo_stack.undo()
    assert len(services.votes.list(sid)) == PEOPLE * DOTS - DOTS
    dialog.close()


def test_grid_cell_takes_a_number_and_closed_voting_is_refused_inline(
    qtbot: QtBot, window: MainWindow, services: Services, voting_room: dict[str, object]
) -> None:
    sid = voting_room["session"]
    dialog = window.record_room_dots()
    assert dialog is not None
    item = dialog.grid.item(2, 0)
    item.setText("3")
    person = dialog.people[0]
    assert services.votes.votes_left(sid, person.id) == DOTS - 3
    dialog.grid.item(2, 0).setText("1")
    assert services.votes.votes_left(sid, person.id) == DOTS - 1
    assert dialog.grid.item(2, 0).text() == "1"

    services.sessions.set_stage(sid, 0)  # back to the start: voting closes
    _type_line(qtbot, dialog, f"{person.name[:8]} 4")
    assert "Voting is closed" in dialog.message.text()
    assert services.votes.votes_left(sid, person.id) == DOTS - 1
    dialog.grid.item(5, 0).setText("2")
    assert "Voting is closed" in dialog.message.text()
    assert dialog.grid.item(5, 0).text() == ""

    _type_line(qtbot, dialog, "nobody-by-this-name 1 2")
    assert "name" in dialog.message.text()
    dialog.close()
