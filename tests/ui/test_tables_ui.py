"""The facilitator's tables: added and renamed in a dialog, badges on the board, the harvest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from exports.record_content import build_content
from exports.record_options import RecordOptions, Section
from ui.board.editing import BoardEditor
from ui.dialogs.tables import TablesDialog
from ui.main_window import MainWindow
from workshop.room import PLENARY
from workshop.services import Services

TABLES_ONLY = RecordOptions(sections=frozenset({Section.TABLES}))


def _open(window: MainWindow) -> TablesDialog:
    dialog = window.show_tables()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_tables_are_added_renamed_and_refused_in_the_dialog_with_undo(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    dialog = _open(window)
    qtbot.keyClicks(dialog.name, "Table 1")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.name, "Riverside <b>table</b>")
    dialog.add_button.click()
    assert [t.name for t in services.tables.tables(sid)] == ["Table 1", "Riverside <b>table</b>"]
    assert dialog.list.count() == 2 and dialog.name.text() == ""
    assert dialog.list.item(1).text().startswith("Riverside <b>table</b>: 0 note(s)")
    # A second table of the same name is refused in one sentence, and nothing is added.
    qtbot.keyClicks(dialog.name, "table 1")
    dialog.add_button.click()
    assert dialog.message.text() == "There is already a table called table 1."
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert len(services.tables.tables(sid)) == 2
    dialog.name.clear()
    dialog.list.setCurrentRow(0)
    qtbot.keyClicks(dialog.name, "Door side")
    dialog.rename_button.click()
    assert services.tables.tables(sid)[0].name == "Door side"
    assert dialog.list.item(0).text().startswith("Door side: ")
    window.undo_stack.undo()
    assert services.tables.tables(sid)[0].name == "Table 1"
    assert dialog.list.item(0).text().startswith("Table 1: ")
    # The World Café round is the Room's: the dialog sets it and follows it.
    assert dialog.round.text() == "not counting rounds"
    dialog.round.stepUp()
    assert window.room.current_round == 1
    window.room.set_round(3)
    assert dialog.round.value() == 3
    dialog.round.setValue(0)
    assert window.room.current_round is None


def test_notes_show_their_table_and_a_table_is_harvested_into_the_plenary(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    river = services.tables.add(sid, "Riverside table")
    add = services.board.add_note
    a = add(sid, column, "Please ring before you come round", role="carer", table_id=one.id)
    b = add(sid, column, "Ring before you come", role="professional", table_id=river.id)
    c = add(sid, column, "Night line never answers", role="carer", table_id=one.id)
    plenary = add(sid, column, "Whole room", role="community")
    scene = window.scene
    assert scene.notes[a.id].table_label == "Table 1"
    assert scene.notes[plenary.id].table_label == ""
    assert "Written at Riverside table." in scene.notes[b.id].toolTip()

    # The facilitator marks two of table 1's notes from the board.
    scene.clearSelection()
    scene.notes[a.id].setSelected(True)
    scene.notes[c.id].setSelected(True)
    window.mark_action.trigger()
    assert scene.notes[a.id].marker_labels() == ["FOR PLENARY"]
    dialog = _open(window)
    # Any table full size on the laptop: the others' notes step aside, the lane counts follow.
    dialog.on_board.setCurrentIndex(dialog.on_board.findText("Only Riverside table"))
    assert scene.table_scope == river.id
    assert [i for i, item in scene.notes.items() if item.isVisible()] == [b.id]
    assert scene.lanes[column].note_count == 1
    # The scribe at the laptop now writes for that table, in the room's round.
    window.room.set_round(2)
    bar = window.capture_bar
    bar.speaker_edit.setText("carer")
    qtbot.keyClicks(bar.text_edit, "Typed at the laptop")
    with qtbot.waitSignal(bar.captured) as captured:
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    typed = services.board.get_note(int(captured.args[0]))
    assert (typed.table_id, typed.round) == (river.id, 2)
    assert scene.notes[typed.id].isVisible()
    window.undo_stack.undo()
    dialog.on_board.setCurrentIndex(dialog.on_board.findText("The plenary board"))
    assert [i for i, item in scene.notes.items() if item.isVisible()] == [plenary.id]
    dialog.on_board.setCurrentIndex(0)
    assert all(item.isVisible() for item in scene.notes.values())
    assert scene.lanes[column].note_count == 4
    assert dialog.list.item(0).text() == (
        "Table 1: 2 note(s) (2 citizen, 0 professional), 2 marked, 0 in the plenary"
    )
    dialog.list.setCurrentRow(0)
    dialog.harvest_button.click()
    assert services.board.get_note(a.id).harvested and services.board.get_note(c.id).harvested
    assert scene.notes[a.id].marker_labels() == ["IN PLENARY"]
    assert dialog.list.item(0).text().endswith("0 marked, 2 in the plenary")
    # Harvesting again says why nothing happened.
    dialog.harvest_button.click()
    assert dialog.message.text() == "Table 1 has no marked notes left to take to the plenary."

    # Riverside's note joins the plenary too: the near-duplicate pair is suggested.
    services.tables.mark([b.id], True)
    dialog.list.setCurrentRow(1)
    dialog.harvest_button.click()
    assert dialog.duplicates.count() == 1
    assert "(Table 1)" in dialog.duplicates.item(0).text()
    assert "(Riverside table)" in dialog.duplicates.item(0).text()
    window.grab().save(str(tmp_path / "board.png"))
    dialog.grab().save(str(tmp_path / "tables.png"))
    dialog.accept_button.click()
    themed = services.board.get_note(a.id).theme_id
    assert themed is not None and services.board.get_note(b.id).theme_id == themed
    assert dialog.duplicates.count() == 0
    window.undo_stack.undo()
    assert dialog.duplicates.count() == 1
    dialog.dismiss_button.click()
    assert dialog.duplicates.count() == 0


def test_the_projector_names_each_notes_table_and_shows_one_table_or_the_plenary(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    from ui.projector import REFERENCE, PresentationWindow
    from workshop.room import Room

    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    table = services.tables.add(sid, "Riverside table")
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    window.room.open(sid)
    at_table = services.board.add_note(
        sid, column, "Night line never answers", role="carer", table_id=table.id
    )
    plenary = services.board.add_note(sid, column, "Whole room", role="carer")
    cards = window.scene.note_items()
    assert cards[at_table.id].origin == "Riverside table"
    assert cards[plenary.id].origin == ""
    # The table's name has a row of its own under the text, as dots do.
    assert cards[at_table.id].height() > cards[plenary.id].height()
    services.tables.rename(table.id, "River")
    assert window.scene.note_items()[at_table.id].origin == "River"
    window.render_image(REFERENCE).save(str(tmp_path / "projector.png"))

    # One table, the plenary board, or everything: chosen in the Tables window.
    room = window.room
    dialog = TablesDialog(room, BoardEditor(services, QUndoStack()))
    qtbot.addWidget(dialog)
    assert dialog.projected.currentText() == "Every table and the plenary"
    dialog.projected.setCurrentIndex(dialog.projected.findText("Only River"))
    assert room.projector.tables_shown == table.id
    assert set(window.scene.note_items()) == {at_table.id}
    room.show_tables_on_projector(PLENARY)
    assert dialog.projected.currentText() == "The plenary board"
    assert set(window.scene.note_items()) == {plenary.id}
    services.tables.mark([at_table.id], True)
    services.tables.harvest(table.id)
    assert set(window.scene.note_items()) == {plenary.id, at_table.id}
    dialog.projected.setCurrentIndex(0)
    assert room.projector.tables_shown is None


def test_the_board_as_a_list_says_where_each_table_note_came_from(qtbot: QtBot, workspace) -> None:
    from PySide6.QtCore import QModelIndex

    from ui.panels.board_list import BoardListPanel

    built, _ids = workspace
    window: MainWindow = built.window
    services = window.services
    sid = window.session_id
    assert sid is not None
    column = services.board.columns(sid)[0].id
    table = services.tables.add(sid, "Riverside table")
    note = services.board.add_note(sid, column, "Ring first", role="carer", table_id=table.id)
    services.tables.mark([note.id], True)
    panel = window.findChild(BoardListPanel)
    assert panel is not None
    # The list follows the board while it can be seen: its tab comes forward.
    window.show()
    qtbot.waitExposed(window)
    window.show_board_list()

    def details() -> str:
        index = panel._index_of(note.id, QModelIndex())
        return "" if index is None else str(index.siblingAtColumn(1).data())

    # The list is rebuilt after a burst of board changes, when its timer comes round.
    qtbot.waitUntil(
        lambda: "from Riverside table" in details() and "chosen for the plenary" in details()
    )
    services.tables.harvest(table.id)
    qtbot.waitUntil(lambda: "in the plenary" in details())


def test_people_without_a_phone_are_seated_moved_and_counted_in_the_record(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    window.room.set_round(1)
    dialog = _open(window)

    def seat(person: int, row: int) -> None:
        dialog.list.setCurrentRow(row)
        dialog.person.setCurrentIndex(dialog.person.findData(person))
        dialog.seat_button.click()

    seat(ann, 0)
    seat(raj, 0)
    assert services.tables.get(one.id).seats == {(ann, 1), (raj, 1)}
    assert dialog.seats_box.title() == "People at Table 1 in round 1"
    assert [dialog.seated.item(i).text() for i in range(2)] == [
        "Ann Example (person with lived experience)",
        "Raj Example (professional)",
    ]
    # Ann moves to Table 2 for this round; undo puts her back, redo moves her again.
    dialog.list.setCurrentRow(1)
    assert dialog.person.itemText(dialog.person.findData(ann)).endswith(", at Table 1")
    seat(ann, 1)
    assert services.tables.get(one.id).seats == {(raj, 1)}
    assert services.tables.get(two.id).seats == {(ann, 1)}
    assert window.undo_stack.undoText() == "Seat at a table"
    window.undo_stack.undo()
    assert services.tables.get(one.id).seats == {(ann, 1), (raj, 1)}
    assert services.tables.get(two.id).seats == frozenset()
    window.undo_stack.redo()
    assert services.tables.get(two.id).seats == {(ann, 1)}
    # Raj is taken off Table 1, and put back by undo.
    dialog.list.setCurrentRow(0)
    dialog.seated.setCurrentRow(0)
    dialog.unseat_button.click()
    assert services.tables.get(one.id).seats == frozenset()
    window.undo_stack.undo()
    assert services.tables.get(one.id).seats == {(raj, 1)}
    # The record counts them by voice (its tables part, as the PDF and HTML print it).
    record = build_content(services.sessions.record(sid), TABLES_ONLY)
    assert [(t.name, [(p.label, p.count) for p in t.people]) for t in record.tables] == [
        ("Table 1", [("Professional voice", 1)]),
        ("Table 2", [("Citizen voice", 1)]),
    ]
    # A final record is not changed: one sentence, nothing moved.
    services.sessions.mark_final(sid)
    seat(raj, 1)
    assert dialog.message.text().count(".") == 1
    assert services.tables.get(two.id).seats == {(ann, 1)}


def test_the_chosen_table_and_suggestion_stay_chosen_while_notes_arrive(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    riverside = services.tables.add(sid, "Riverside table")
    pairs = [
        ("Buses stop running too early at night", "The buses stop running too early at night"),
        ("Nobody rings back about repairs", "Nobody ever rings back about the repairs"),
        ("The forms are far too long to fill in", "The forms are much too long to fill in"),
    ]
    notes = {}
    for first, second in pairs:  # each pair across the two tables, taken to the plenary
        for text, table in ((first, one), (second, riverside)):
            note = services.board.add_note(sid, column, text, role="carer", table_id=table.id)
            notes[text] = note.id
    services.tables.mark(list(notes.values()), True)
    services.tables.harvest(one.id)
    services.tables.harvest(riverside.id)
    dialog = _open(window)
    assert dialog.duplicates.count() == 3
    dialog.list.setCurrentRow(1)
    dialog.duplicates.setCurrentRow(2)
    chosen = dialog.suggestions[2]
    # A note arrives from a phone and a table is added before Riverside: both lists rebuild.
    services.board.add_note(sid, column, "Step-free access to the hall", role="carer")
    services.tables.add(sid, "Door side", position=0)
    assert dialog.selected_table() is not None and dialog.selected_table().id == riverside.id
    shown = dialog.suggestions[dialog.duplicates.currentRow()]
    assert (shown.first, shown.second) == (chosen.first, chosen.second)
    dialog.accept_button.click()
    grouped = {services.board.get_note(chosen.first).theme_id}
    assert grouped != {None} and services.board.get_note(chosen.second).theme_id in grouped
    others = [i for i in notes.values() if i not in (chosen.first, chosen.second)]
    assert all(services.board.get_note(i).theme_id is None for i in others)
