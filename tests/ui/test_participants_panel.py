"""The participants panel and its dialogs, driven through real widgets with qtbot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.dialogs.redact import RedactDialog
from ui.dialogs.small_groups import SmallGroupChoice, SmallGroupsDialog
from ui.panels.participants import HERE, NAME, ParticipantsPanel
from workshop.services import Services

# The offscreen platform says this whenever a top-level window is shown; it is not our fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _panel(qtbot: QtBot, services: Services, session_id: int | None) -> ParticipantsPanel:
    panel = ParticipantsPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.resize(640, 480)
    panel.show()
    return panel


def _row_of(panel: ParticipantsPanel, name: str) -> int:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, NAME).text() == name:
            return row
    raise AssertionError(f"{name} is not in the register")


def test_panel_constructs_without_a_session(qtbot: QtBot, services: Services) -> None:
    panel = _panel(qtbot, services, None)
    assert panel.table.rowCount() == 0
    assert not panel.sign_in_edit.isEnabled() and not panel.erase_button.isEnabled()


def test_sign_in_by_typing_part_of_a_name(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    panel = _panel(qtbot, services, ids["session"])
    assert panel.count_label.text() == "0 of 2 here"
    qtbot.keyClicks(panel.sign_in_edit, "ann")
    assert panel.table.isRowHidden(_row_of(panel, "Raj Example"))
    with qtbot.waitSignal(services.events.attendance_changed):
        qtbot.keyClick(panel.sign_in_edit, Qt.Key.Key_Return)
    assert services.participants.attendees(ids["session"]) == {ids["ann"]}
    assert panel.count_label.text() == "1 of 2 here"
    assert panel.sign_in_edit.text() == ""
    row = _row_of(panel, "Ann Example")
    assert panel.table.item(row, HERE).checkState() == Qt.CheckState.Checked


def test_add_a_newcomer_in_a_few_keystrokes(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    panel = _panel(qtbot, services, ids["session"])
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("carer"))
    qtbot.keyClicks(panel.sign_in_edit, "Nia Newcomer")
    with qtbot.waitSignal(services.events.participant_added):
        qtbot.keyClick(panel.sign_in_edit, Qt.Key.Key_Return)
    newcomer = next(
        p for p in services.participants.list(ids["workshop"]) if p.name == "Nia Newcomer"
    )
    assert newcomer.role == "carer"
    # Consent defaults to no.
    assert not (
        newcomer.consent_named or newcomer.consent_contact or newcomer.consent_share_contact
    )
    assert newcomer.id in services.participants.attendees(ids["session"])
    assert panel.selected_participant_id() == newcomer.id
    assert "Consent is set to no" in panel.status.text()


def test_ambiguous_name_asks_for_more(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    panel = _panel(qtbot, services, workshop_with_session["session"])
    qtbot.keyClicks(panel.sign_in_edit, "Example")
    qtbot.keyClick(panel.sign_in_edit, Qt.Key.Key_Return)
    assert "2 people match" in panel.status.text()
    assert services.participants.attendees(workshop_with_session["session"]) == set()


def test_ticking_the_here_box_records_attendance(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    panel = _panel(qtbot, services, ids["session"])
    row = _row_of(panel, "Raj Example")
    rect = panel.table.visualItemRect(panel.table.item(row, HERE))
    # Click the check box itself, at the left of the cell.
    point = rect.topLeft() + rect.center() - rect.topLeft()
    point.setX(rect.left() + 10)
    with qtbot.waitSignal(services.events.attendance_changed):
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert services.participants.attendees(ids["session"]) == {ids["raj"]}
    with qtbot.waitSignal(services.events.attendance_changed):
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert services.participants.attendees(ids["session"]) == set()


def test_sent_apologies_from_the_panel_reach_the_record(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    panel = _panel(qtbot, services, ids["session"])
    services.participants.set_attendance(ids["session"], ids["raj"], True)
    assert not panel.apologies_button.isEnabled()  # nobody selected
    panel.select_participant(ids["raj"])
    assert panel.apologies_button.isEnabled() and not panel.apologies_button.isChecked()
    with qtbot.waitSignal(services.events.attendance_changed):
        qtbot.mouseClick(panel.apologies_button, Qt.MouseButton.LeftButton)
    # Apologies are not attendance: Raj is no longer here, and the row says why.
    assert services.participants.apologies(ids["session"]) == {ids["raj"]}
    assert services.participants.attendees(ids["session"]) == set()
    row = _row_of(panel, "Raj Example")
    assert panel.table.item(row, HERE).text() == "Apologies"
    assert panel.table.item(row, HERE).checkState() == Qt.CheckState.Unchecked
    assert panel.count_label.text() == "0 of 2 here, 1 sent apologies"
    assert panel.apologies_button.isChecked()
    snapshot = services.sessions.record(ids["session"])
    assert snapshot.board.apology_ids == frozenset({ids["raj"]})
    # Taken back with the same button.
    with qtbot.waitSignal(services.events.attendance_changed):
        qtbot.mouseClick(panel.apologies_button, Qt.MouseButton.LeftButton)
    assert services.participants.apologies(ids["session"]) == set()
    assert panel.table.item(_row_of(panel, "Raj Example"), HERE).text() == ""
    assert panel.count_label.text() == "0 of 2 here"
    # A final record is as it was checked: apologies are refused in one sentence.
    services.sessions.mark_final(ids["session"], "2026-12-02")
    qtbot.mouseClick(panel.apologies_button, Qt.MouseButton.LeftButton)
    assert "final; reopen it to change it" in panel.status.text()
    assert services.participants.apologies(ids["session"]) == set()
    assert not panel.apologies_button.isChecked()


def test_edit_register_entry_through_the_dialog(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    panel = _panel(qtbot, services, ids["session"])
    panel.select_participant(ids["ann"])
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel._last_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.named_box.isChecked()
    qtbot.keyClicks(dialog.organisation_edit, "Riverside Tenants")
    dialog.named_box.click()
    dialog.share_box.click()
    qtbot.keyClicks(dialog.contact_edit, "ann@example.org")
    qtbot.keyClicks(dialog.needs_edit, "Large print")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("carer"))
    with qtbot.waitSignal(services.events.participant_changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    ann = services.participants.get(ids["ann"])
    assert ann.organisation == "Riverside Tenants" and ann.role == "carer"
    assert ann.consent_named and ann.consent_share_contact and not ann.consent_contact
    assert ann.contact == "ann@example.org" and ann.support_needs == "Large print"
    row = _row_of(panel, "Ann Example")
    assert panel.table.item(row, NAME + 1).text() == "Carer"
    assert "Large print" in panel.table.item(row, panel.table.columnCount() - 1).text()


def test_add_through_the_dialog_needs_a_name(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    panel = _panel(qtbot, services, workshop_with_session["session"])
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel._last_dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Olu Added")
    with qtbot.waitSignal(services.events.participant_added):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 3


def test_access_export_from_the_panel(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    ids = workshop_with_session
    services.participants.update(ids["ann"], support_needs="Step-free access")
    panel = _panel(qtbot, services, ids["session"])
    panel.select_participant(ids["ann"])
    assert panel.export_button.isEnabled()
    path = panel.export_access(tmp_path / "ann.json")
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    assert document["register_entry"]["name"] == "Ann Example"
    assert document["register_entry"]["support_needs"] == "Step-free access"
    assert "give it only to them" in panel.status.text()


def test_erase_from_the_panel_needs_confirmation(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], db_path: Path
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    services.board.add_note(ids["session"], column.id, "Ann's note", author_id=ids["ann"])
    panel = _panel(qtbot, services, ids["session"])
    panel.select_participant(ids["ann"])
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    dialog = panel._last_dialog
    assert not dialog.erase_button.isEnabled()
    dialog.delete_notes_box.click()
    dialog.confirm_box.click()
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(services.events.participant_removed):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in services.participants.list(ids["workshop"])] == ["Raj Example"]
    assert panel.table.rowCount() == 1
    assert "was erased" in panel.status.text() and "1 note(s) deleted" in panel.status.text()
    for file in db_path.parent.glob(f"{db_path.name}*"):
        assert b"Ann Example" not in file.read_bytes()


def test_redact_dialog_marks_private_and_redacts(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(
        ids["session"], column.id, "My GP Dr Smith was late", role="carer"
    )
    dialog = RedactDialog(services, note.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.public_edit.selectAll()
    qtbot.keyClicks(dialog.public_edit, "My GP [name] was late")
    with qtbot.waitSignal(services.events.note_changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    saved = services.board.get_note(note.id)
    assert saved.text == "My GP Dr Smith was late"
    assert saved.public_text == "My GP [name] was late"
    shared = services.interchange.export_text(ids["workshop"], anonymise=True)
    assert "Dr Smith" not in shared and "[name]" in shared

    again = RedactDialog(services, note.id)
    qtbot.addWidget(again)
    again.show()
    again.private_box.click()
    assert not again.public_edit.isEnabled()
    with qtbot.waitSignal(services.events.note_changed):
        qtbot.mouseClick(
            again.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert services.board.get_note(note.id).private
    assert "[name]" not in services.interchange.export_text(ids["workshop"], anonymise=True)


def test_small_groups_dialog_offers_to_merge(qtbot: QtBot) -> None:
    dialog = SmallGroupsDialog({"carer"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is SmallGroupChoice.MERGE and dialog.merged_roles == {"carer"}


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_access_export_onto_the_database_by_another_name_is_refused(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
    link: str,
) -> None:
    """The panel's save goes through the one writer: the record by any name is refused."""
    database = services.database.path
    if database is None:
        pytest.skip("a shared database has no file to protect")
    before = database.read_bytes()
    target = tmp_path / "elsewhere" / "ann.json"
    target.parent.mkdir()
    if link == "symlink":
        target.symlink_to(database)
    else:
        target.hardlink_to(database)
    panel = _panel(qtbot, services, workshop_with_session["session"])
    panel.select_participant(workshop_with_session["ann"])
    assert panel.export_access(target) is None
    assert "open workshop database" in panel.status.text()
    assert database.read_bytes() == before
    assert [w.title for w in services.workshops.list()]
