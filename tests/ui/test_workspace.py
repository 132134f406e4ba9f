"""The assembled main window: panels docked and wired to the board and to each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop.services import Services


def test_every_panel_is_docked_and_follows_the_session(workspace) -> None:
    built, ids = workspace
    assert set(built.window.panels) == {
        "Facilitation",
        "Live participation",
        "Participants",
        "Actions",
        "Feedback",
        "Board as a list",
        "Jargon card",
        "Easy Read",
    }
    assert built.actions.selected_action() is None
    built.window.open_session(ids.sessions[1][0])
    assert built.window.session_id == ids.sessions[1][0]


def test_actions_follow_the_board_selection_and_light_up_their_notes(
    workspace, services: Services
) -> None:
    built, ids = workspace
    session_id = ids.sessions[0][0]
    action = services.actions.for_session(session_id)[0]
    assert built.actions.select_action(action.id)
    highlighted = {
        note_id for note_id, item in built.window.scene.notes.items() if item.highlighted
    }
    assert highlighted == set(action.source_note_ids)


def test_redaction_is_offered_on_the_board(workspace) -> None:
    built, _ids = workspace
    labels = [a.text() for a in built.window.extra_board_actions]
    assert any("public record" in label for label in labels)


def test_board_keys_typed_in_the_register_leave_the_board_alone(
    qtbot: QtBot, workspace, services: Services
) -> None:
    built, ids = workspace
    session_id = ids.sessions[0][0]
    window = built.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = len(services.board.notes(session_id))
    assert before > 0
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # a note is selected on the board
    assert window.view.selected_note_ids()
    table = built.participants.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(services.board.notes(session_id)) == before
    assert window.undo_stack.count() == 0
    # On the board itself the same keys still select every note and delete them.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert services.board.notes(session_id) == []


def test_erasing_a_named_person_takes_their_name_off_the_board_and_the_owner_lists(
    workspace, services: Services
) -> None:
    built, ids = workspace
    session_id = ids.sessions[0][0]
    window = built.window
    column = services.board.columns(session_id)[0]
    person = services.participants.add(
        ids.workshop, "Zed Named", "professional", consent_named=True
    )
    note = services.board.add_note(session_id, column.id, "Open later", author_id=person.id)
    assert window.scene.notes[note.id].author_label == "Zed Named"
    owners = built.actions.owner_filter
    assert owners.findText("Zed Named", Qt.MatchFlag.MatchStartsWith) >= 0
    services.rights.erase(person.id)
    item = window.scene.notes[note.id]
    assert "Zed" not in item.author_label
    assert owners.findText("Zed Named", Qt.MatchFlag.MatchStartsWith) == -1
    assert person.id not in {p.id for p in built.actions.table.people}
    # The board holds the note as it now is, so editing it is not taken for a clash.
    window.editor.edit_note(item.note, "Open later on Thursdays")
    assert services.board.get_note(note.id).text == "Open later on Thursdays"


def test_backup_commands_in_the_file_menu(workspace) -> None:
    built, _ids = workspace
    labels = [a.text() for a in built.window.file_menu.actions()]
    assert "Back up now…" in labels and "Restore from backup…" in labels
    assert labels[-1] == built.window.quit_action.text()


def test_export_record_is_in_the_file_menu(workspace) -> None:
    built, _ids = workspace
    labels = [a.text() for a in built.window.file_menu.actions()]
    assert "Export &record…" in labels


def test_new_session_starts_on_the_default_template(qtbot: QtBot) -> None:
    from ui.dialogs.sessions import NewSessionDialog
    from ui.preferences import DEFAULT_TEMPLATE, Preferences

    Preferences().set(DEFAULT_TEMPLATE, "start-stop-continue")
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    chosen = dialog.template_list.currentItem()
    assert chosen is not None and chosen.text() == "Start, stop, continue"


def test_a_note_shows_the_actions_that_came_from_it(workspace, services: Services) -> None:
    built, ids = workspace
    scene = built.window.scene
    action = services.actions.for_session(ids.sessions[0][0])[0]
    source = scene.notes[action.source_note_ids[0]]
    assert action.title in source.tooltip_text()
    assert any(marker.startswith("ACTION") for marker in source.markers())
    plain = next(i for n, i in scene.notes.items() if n not in _all_sources(services, ids))
    assert not plain.action_titles
    added = services.actions.create(
        ids.sessions[0][0], "Brand new", source_note_ids=[plain.note.id]
    )
    assert plain.action_titles == (added.title,)
    services.actions.delete(added.id)
    assert plain.action_titles == ()


def _all_sources(services: Services, ids) -> set[int]:
    return {n for a in services.actions.for_session(ids.sessions[0][0]) for n in a.source_note_ids}


def test_new_action_from_a_theme_links_all_its_notes(
    workspace, services: Services, qtbot: QtBot
) -> None:
    built, ids = workspace
    session_id = ids.sessions[0][0]
    theme = services.board.themes(session_id)[0]
    members = [n.id for n in services.board.notes(session_id) if n.theme_id == theme.id]
    built.window.scene.select_notes([members[0]])
    action = next(a for a in built.window.extra_board_actions if "theme" in a.text())
    action.trigger()
    editor = built.actions.editor
    assert editor is not None and editor.title_edit.text() == theme.title
    editor.save()
    created = [a for a in services.actions.for_session(session_id) if a.title == theme.title]
    assert created and set(created[0].source_note_ids) == set(members)


@pytest.mark.parametrize("size", [(1400, 900), (1920, 1080)])
def test_default_window_leaves_room_to_read_the_capture_bar_register_and_actions(
    qtbot: QtBot, workspace, services: Services, size: tuple[int, int]
) -> None:
    from ui.panels.participants import NAME

    built, ids = workspace
    window = built.window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    # The capture bar: "Who said it?" and the whole column name show; the text takes the rest.
    bar = window.capture_bar
    metrics = bar.fontMetrics()
    assert bar.speaker_edit.width() >= metrics.horizontalAdvance("Who said it? (name")
    column = bar.column_combo.currentText()
    assert bar.column_combo.width() >= metrics.horizontalAdvance(column) + 20, column
    assert bar.text_edit.width() >= metrics.horizontalAdvance("M" * 8)
    if size[0] >= 1920:
        assert bar.text_edit.width() > bar.speaker_edit.width() + bar.column_combo.width()

    # The register: every name is whole, and the role column fits its longest role.
    dock = next(d for d in window.panels.values() if window.panel_in(d) is built.participants)
    dock.raise_()
    table = built.participants.table
    qtbot.waitUntil(table.isVisible)
    header = table.horizontalHeader()
    assert header.sectionSize(NAME) >= table.sizeHintForColumn(NAME)
    assert header.sectionResizeMode(3) is header.ResizeMode.ResizeToContents

    # The actions: nothing chosen, the details shrink to one line under a table of rows.
    view = built.actions.view
    row = view.verticalHeader().defaultSectionSize()
    line = built.actions.details.fontMetrics().height()
    assert built.actions.details_area.height() <= 2 * line + 8
    assert view.viewport().height() >= 3 * row
    action = services.actions.for_session(ids.sessions[0][0])[0]
    assert built.actions.select_action(action.id)
    # Chosen, the details open below, and the table still shows three rows.
    assert built.actions.details_area.height() > line + 8
    assert view.viewport().height() >= 3 * row
    view.clearSelection()
    assert built.actions.details_area.height() <= 2 * line + 8
