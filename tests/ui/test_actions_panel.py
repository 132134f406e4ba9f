"""The actions panel with real widgets offscreen: sorting, filters, in-place editing, linking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.actions.world import ActionsWorld, build_world, fixed_clock
from ui.dialogs.action_editor import ActionEditor
from ui.dialogs.review import ReviewDialog
from ui.panels.action_table import OVERDUE_ROLE, Column
from ui.panels.actions import ActionsPanel, PanelMode
from workshop.services import Services
from workshop.storage import Database

W = TypeVar("W", bound=QWidget)

# The offscreen platform warns about a window-manager hint it cannot pass on; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def fixed_services(database: Database) -> Services:
    return Services(database, clock=fixed_clock)


@pytest.fixture
def world(fixed_services: Services) -> ActionsWorld:
    return build_world(fixed_services)


@pytest.fixture
def panel(qtbot: QtBot, fixed_services: Services, world: ActionsWorld) -> ActionsPanel:
    actions = fixed_services.actions
    actions.create(
        world.first,
        "Texts when visits are late",
        owner_id=world.raj,
        due="2027-03-01",
        status="agreed",
        source_note_ids=[world.notes[3]],
        agreed_by=[world.ann, world.raj],
    )
    actions.create(
        world.first,
        "Answer the phone by 10pm",
        owner_id=world.cara,
        due="2027-01-05",  # before TODAY: overdue
        status="in_progress",
        source_note_ids=list(world.notes[:2]),
        agreed_by=[world.raj],
    )
    actions.create(world.first, "Letters in Welsh", source_note_ids=[world.notes[2]])
    widget = ActionsPanel(fixed_services)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_session(world.first)
    return widget


def _titles(panel: ActionsPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]


def _cell(panel: ActionsPanel, title: str, column: Column) -> QModelIndex:
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, Column.TITLE).data() == title:
            return panel.proxy.index(row, column)
    raise AssertionError(f"no row {title!r}")


def _open_editor(qtbot: QtBot, panel: ActionsPanel, index: QModelIndex, kind: type[W]) -> W:
    """Press F2 on a cell, as a facilitator would, and return the delegate's editor."""
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _editing(panel))
    editors = [w for w in panel.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _editing(panel: ActionsPanel) -> bool:
    return panel.view.state() == QAbstractItemView.State.EditingState


def _wait_closed(qtbot: QtBot, panel: ActionsPanel) -> None:
    qtbot.waitUntil(lambda: not _editing(panel))


def test_panel_constructs_without_a_session(qtbot: QtBot, fixed_services: Services) -> None:
    widget = ActionsPanel(fixed_services)
    qtbot.addWidget(widget)
    widget.set_session(None)
    assert widget.proxy.rowCount() == 0
    assert not widget.new_button.isEnabled()


def test_rows_show_overdue_and_missing_agreement_not_by_colour_alone(
    panel: ActionsPanel,
) -> None:
    assert sorted(_titles(panel)) == [
        "Answer the phone by 10pm",
        "Letters in Welsh",
        "Texts when visits are late",
    ]
    due = _cell(panel, "Answer the phone by 10pm", Column.DUE)
    assert due.data() == "2027-01-05 overdue"
    assert due.data(OVERDUE_ROLE) is True
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert "Overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
    fine = _cell(panel, "Texts when visits are late", Column.DUE)
    assert fine.data() == "2027-03-01"
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    assert _cell(panel, "Texts when visits are late", Column.JOINT).data() == "Yes"
    assert _cell(panel, "Answer the phone by 10pm", Column.JOINT).data() == (
        "Missing citizen voice"
    )
    assert _cell(panel, "Letters in Welsh", Column.JOINT).data() == (
        "Missing citizen voice and professional"
    )
    assert _cell(panel, "Answer the phone by 10pm", Column.SOURCES).data() == 2
    assert "1 overdue" in panel.count_label.text()
    assert "2 not jointly agreed" in panel.count_label.text()


def test_sorting_by_clicking_headers(qtbot: QtBot, panel: ActionsPanel) -> None:
    header = panel.view.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(Column.DUE)
    assert _titles(panel) == [
        "Answer the phone by 10pm",
        "Texts when visits are late",
        "Letters in Welsh",  # no due date sorts last
    ]
    click(Column.DUE)
    assert _titles(panel)[0] == "Letters in Welsh"
    click(Column.STATUS)
    assert _titles(panel) == [
        "Letters in Welsh",
        "Texts when visits are late",
        "Answer the phone by 10pm",
    ]
    click(Column.SOURCES)
    assert _titles(panel)[-1] == "Answer the phone by 10pm"
    click(Column.TITLE)
    assert _titles(panel) == sorted(_titles(panel), key=str.casefold)


def test_filters_by_status_owner_and_overdue(
    qtbot: QtBot, panel: ActionsPanel, world: ActionsWorld
) -> None:
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("agreed"))
    assert _titles(panel) == ["Texts when visits are late"]
    panel.status_filter.setCurrentIndex(0)
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findData(world.cara))
    assert _titles(panel) == ["Answer the phone by 10pm"]
    panel.owner_filter.setCurrentIndex(2 - 1)  # "Nobody yet"
    assert _titles(panel) == ["Letters in Welsh"]
    panel.owner_filter.setCurrentIndex(0)
    qtbot.mouseClick(panel.overdue_filter, Qt.MouseButton.LeftButton)
    assert panel.overdue_filter.isChecked()
    assert _titles(panel) == ["Answer the phone by 10pm"]
    assert panel.count_label.text().startswith("Showing 1 of 3")
    qtbot.mouseClick(panel.overdue_filter, Qt.MouseButton.LeftButton)
    assert len(_titles(panel)) == 3


def test_due_date_edited_with_the_date_picker_by_keys(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services
) -> None:
    index = _cell(panel, "Answer the phone by 10pm", Column.DUE)
    editor = _open_editor(qtbot, panel, index, QDateEdit)
    assert editor.calendarPopup()
    assert editor.text() == "2027-01-05"
    # The year is selected on opening; typing fills each section and moves on; Enter commits.
    qtbot.keyClicks(editor, "20270228")
    assert editor.text() == "2027-02-28"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _wait_closed(qtbot, panel)
    saved = [a for a in fixed_services.actions.for_session(panel._session_id() or 0)]
    phone = next(a for a in saved if a.title == "Answer the phone by 10pm")
    assert phone.due == dt.date(2027, 2, 28)
    assert _cell(panel, "Answer the phone by 10pm", Column.DUE).data() == "2027-02-28"
    assert "overdue" not in panel.count_label.text()


def test_owner_chosen_from_the_register_by_keys(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    index = _cell(panel, "Letters in Welsh", Column.OWNER)
    combo = _open_editor(qtbot, panel, index, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "Nobody yet"
    assert "Raj Officer (professional)" in labels
    assert "Sam Elsewhere (professional)" not in labels  # other workshop's register
    assert combo.currentText() == "Nobody yet"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # first person on the register: Ann
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    _wait_closed(qtbot, panel)
    letters = next(
        a for a in fixed_services.actions.for_session(world.first) if a.title == "Letters in Welsh"
    )
    assert letters.owner_id == world.ann
    assert _cell(panel, "Letters in Welsh", Column.OWNER).data() == "Ann Hidden"


def test_status_list_offers_only_allowed_moves_and_saves(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    index = _cell(panel, "Texts when visits are late", Column.STATUS)
    combo = _open_editor(qtbot, panel, index, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "proposed",
        "agreed",
        "in_progress",
        "done",
        "dropped",
    ]
    assert combo.currentData() == "agreed"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    _wait_closed(qtbot, panel)
    assert _cell(panel, "Texts when visits are late", Column.STATUS).data() == "In progress"
    texts = next(
        a for a in fixed_services.actions.for_session(world.first) if a.title.startswith("Texts")
    )
    assert texts.status == "in_progress"


def test_dropping_in_place_asks_for_the_reason_in_the_editor(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    index = _cell(panel, "Letters in Welsh", Column.STATUS)
    combo = _open_editor(qtbot, panel, index, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentData() == "dropped"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.editor is not None and panel.editor.isVisible())
    # The refusal is kept in the panel and the editor opens at the reason.
    assert "needs a reason" in panel.error_text()
    editor = panel.editor
    assert editor is not None
    assert editor.status_combo.currentData() == "dropped"
    assert editor.reason_edit.isEnabled()
    qtbot.keyClicks(editor.reason_edit, "Welsh letters already exist")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(
            editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    letters = next(
        a for a in fixed_services.actions.for_session(world.first) if a.title == "Letters in Welsh"
    )
    assert (letters.status, letters.dropped_reason) == ("dropped", "Welsh letters already exist")
    assert panel.error_text() == ""


def test_refused_edit_is_shown_in_the_panel_and_not_lost(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    index = _cell(panel, "Letters in Welsh", Column.TITLE)
    line = _open_editor(qtbot, panel, index, QLineEdit)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.error_text() != "")
    assert panel.error_text() == "Not saved — Action: The title is empty; type something first."
    assert _cell(panel, "Letters in Welsh", Column.TITLE).data() == "Letters in Welsh"
    # A later unrelated refresh does not wipe it; only a successful save or Dismiss does.
    fixed_services.actions.create(world.first, "Something else")
    assert panel.error_text().startswith("Not saved")


def test_new_action_from_selected_notes_keeps_links_and_highlights_them(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    assert not panel.from_notes_button.isEnabled()
    panel.set_selected_notes([world.notes[1], world.notes[2]])
    assert panel.from_notes_button.isEnabled()
    assert panel.from_notes_button.text() == "New from 2 selected notes"
    qtbot.mouseClick(panel.from_notes_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert isinstance(editor, ActionEditor)
    assert editor.sources_label.text() == "2 notes from the board."
    qtbot.keyClicks(editor.title_edit, "Call people back within a week")
    editor.set_agreed(world.cara, True)
    assert editor.joint_label.text() == "⚠ Not jointly agreed: no professional"
    editor.set_agreed(world.raj, True)
    assert editor.joint_label.text() == "✔ Jointly agreed"
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    action = saved.args[0]
    assert action.source_note_ids == (world.notes[1], world.notes[2])
    assert action.jointly_agreed
    from_note = [a.title for a in fixed_services.actions.actions_for_note(world.notes[1])]
    assert from_note == ["Answer the phone by 10pm", "Call people back within a week"]
    # The new action is selected, so its notes are asked to be highlighted on the board.
    assert panel.selected_action() is not None and panel.selected_action().id == action.id
    panel.view.clearSelection()
    with qtbot.waitSignal(panel.source_notes_requested) as requested:
        panel.select_action(action.id)
    assert requested.args == [[world.notes[1], world.notes[2]]]
    assert _cell(panel, "Call people back within a week", Column.JOINT).data() == "Yes"


def test_editor_shows_refusals_next_to_the_field(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services
) -> None:
    editor = panel.new_action()
    assert editor is not None
    editor.save()
    assert editor.shown_errors() == {"title": "The title is empty; type something first."}
    assert editor.errors["title"].isVisible()
    qtbot.keyClicks(editor.title_edit, "Banked minutes")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("dropped"))
    editor.save()
    assert list(editor.shown_errors()) == ["dropped_reason"]
    assert editor.isVisible()
    assert editor.focusWidget() is editor.reason_edit
    qtbot.keyClicks(editor.reason_edit, "Contract")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert not editor.isVisible()


def test_panel_follows_service_events(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    added = fixed_services.actions.create(world.first, "Added elsewhere")
    assert "Added elsewhere" in _titles(panel)
    fixed_services.actions.create(world.second, "Belongs to the next session")
    assert "Belongs to the next session" not in _titles(panel)
    fixed_services.actions.update(added.id, title="Renamed elsewhere")
    assert "Renamed elsewhere" in _titles(panel)
    fixed_services.actions.delete(added.id)
    assert "Renamed elsewhere" not in _titles(panel)


def test_workshop_log_mode_lists_every_session_read_only_with_history(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    later = fixed_services.actions.create(world.second, "From the second session")
    texts = next(
        a for a in fixed_services.actions.for_session(world.first) if a.title.startswith("Texts")
    )
    fixed_services.actions.add_update(texts.id, world.second, "Supplier chosen", date="2027-01-19")
    panel.set_mode(PanelMode.LOG)
    assert panel.mode is PanelMode.LOG
    assert not panel.view.isColumnHidden(Column.SESSION)
    assert len(_titles(panel)) == 4
    assert _cell(panel, "From the second session", Column.SESSION).data() == (
        "2027-01-19 Second session"
    )
    assert not (
        panel.proxy.flags(_cell(panel, "From the second session", Column.TITLE))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert not panel.new_button.isEnabled()
    panel.select_action(texts.id)
    assert "Supplier chosen" in panel.details.text()
    assert later.id in [a.id for a in panel.table.actions()]
    panel.set_mode(PanelMode.SESSION)
    assert panel.view.isColumnHidden(Column.SESSION)
    assert len(_titles(panel)) == 3


def test_review_step_records_ordered_updates_in_the_later_session(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    with qtbot.waitSignal(panel.review_available) as available:
        panel.set_session(world.second)
    assert available.args == [3]
    assert panel.review_banner.isVisibleTo(panel)
    review = panel.open_review()
    assert isinstance(review, ReviewDialog)
    assert review.action_list.count() == 3
    review.select_action(
        next(
            a.id
            for a in fixed_services.actions.for_session(world.first)
            if a.title.startswith("Texts")
        )
    )
    assert review.date_edit.date().toString("yyyy-MM-dd") == "2027-01-19"
    qtbot.keyClicks(review.text_edit, "Supplier chosen")
    qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.text_edit, "Pilot running")
    review.status_combo.setCurrentIndex(review.status_combo.findData("in_progress"))
    with qtbot.waitSignal(review.update_recorded) as recorded:
        qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
    action = recorded.args[0]
    assert [u.text for u in action.updates] == ["Supplier chosen", "Pilot running"]
    assert all(u.session_id == world.second for u in action.updates)
    assert action.status == "in_progress"
    assert review.history.count() == 2
    assert "Supplier chosen" in review.history.item(0).text()
    assert "updated in this session" in review.action_list.currentItem().text()
    # An empty update is refused next to the field and nothing is added.
    qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
    assert "empty" in review.shown_error()
    assert len(fixed_services.actions.get(action.id).updates) == 2
    review.reject()
    assert panel.pending_review_count() == 2


def test_render_panel_to_png(panel: ActionsPanel, tmp_path: Path) -> None:
    panel.select_action(panel.table.action_at(0).id)
    target = tmp_path / "actions.png"
    assert panel.grab().save(str(target))
    assert target.stat().st_size > 5000


def test_final_record_makes_the_table_read_only(
    qtbot: QtBot, panel: ActionsPanel, fixed_services: Services, world: ActionsWorld
) -> None:
    fixed_services.sessions.mark_final(world.first)
    index = _cell(panel, "Letters in Welsh", Column.TITLE)
    assert not panel.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not panel.new_button.isEnabled()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert not _editing(panel)
