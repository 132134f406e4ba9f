"""Reach targets set in the Feedback panel: committed at once, undone like any edit, read by
`workshop reach` when no --target is given."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from ui.panels.feedback import FeedbackPanel
from workshop.cli import main
from workshop.errors import ValidationError
from workshop.reach import Target
from workshop.services import Services
from workshop.storage import Database


def choose(panel: FeedbackPanel, question: str, option: str, percent: int) -> None:
    box = panel.reach
    box.question.setCurrentIndex(box.question.findData(question))
    box.answer.setCurrentIndex(box.answer.findData(option))
    box.percent.setValue(percent)


def test_set_a_target_in_the_panel_undo_and_redo(
    qtbot: QtBot,
    services: Services,
    database: Database,
    workshop_with_session: dict[str, int],
    feedback_session: int,
    tmp_path: Path,
) -> None:
    workshop_id = workshop_with_session["workshop"]
    stack = QUndoStack()
    panel = FeedbackPanel(services, stack)
    qtbot.addWidget(panel)
    panel.set_session(feedback_session)
    assert panel.reach.table.rowCount() == 0
    for number in range(6):
        services.feedback.submit(
            feedback_session, {"listened": 3}, {"carer": "yes" if number < 2 else "no"}
        )
    choose(panel, "carer", "yes", 30)
    with qtbot.waitSignal(services.events.reach_targets_changed):
        qtbot.mouseClick(panel.reach.set_button, Qt.MouseButton.LeftButton)
    # Committed when made: a fresh read of the database has it.
    assert Services(database).feedback.reach_targets(workshop_id) == (Target("carer", "yes", 30),)
    cells = [panel.reach.table.item(0, c).text() for c in range(4)]
    assert cells == ["Carer", "Yes", "at least 30%", "33% (met)"]
    choose(panel, "carer", "yes", 40)  # the same answer again changes its target
    panel.reach.set_button.click()
    assert panel.reach.table.item(0, 3).text() == "33% (not yet)"
    choose(panel, "welsh_speaker", "yes", 20)
    panel.reach.set_button.click()
    assert panel.reach.table.rowCount() == 2
    panel.resize(520, 700)
    panel.grab().save(str(tmp_path / "reach.png"))
    stack.undo()
    assert services.feedback.reach_targets(workshop_id) == (Target("carer", "yes", 40),)
    stack.undo()
    assert services.feedback.reach_targets(workshop_id) == (Target("carer", "yes", 30),)
    stack.redo()
    panel.reach.table.selectRow(0)
    assert panel.reach.remove_button.isEnabled()
    panel.reach.remove_button.click()
    assert services.feedback.reach_targets(workshop_id) == ()
    assert panel.reach.table.rowCount() == 0
    stack.undo()
    assert services.feedback.reach_targets(workshop_id) == (Target("carer", "yes", 40),)
    # The command line uses the targets set in the app when it is given none.
    output = tmp_path / "reach.csv"
    assert (
        main(["reach", str(workshop_id), "-o", str(output), "--database", str(database.path)]) == 0
    )
    with output.open(encoding="utf-8-sig", newline="") as file:
        rows = {(r["question_id"], r["answer_value"]): r for r in csv.DictReader(file)}
    assert rows[("carer", "yes")]["target_percent"] == "40"
    assert rows[("carer", "yes")]["target_met"] == "no"


def test_bad_targets_are_refused(services: Services, workshop_with_session: dict[str, int]) -> None:
    workshop_id = workshop_with_session["workshop"]
    for bad in (
        [Target("carer", "lots", 30)],
        [Target("shoe_size", "yes", 30)],
        [Target("carer", "yes", 101)],
        [Target("carer", "yes", 30), Target("carer", "yes", 40)],
    ):
        with pytest.raises(ValidationError):
            services.feedback.set_reach_targets(workshop_id, bad)
    assert services.feedback.reach_targets(workshop_id) == ()


def test_targets_travel_in_the_interchange_file(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    import json

    from workshop.errors import ImportRefused

    workshop_id = workshop_with_session["workshop"]
    targets = (Target("carer", "yes", 30), Target("welsh_speaker", "yes", 20))
    services.feedback.set_reach_targets(workshop_id, targets)
    document = json.loads(services.interchange.export_text(workshop_id))
    assert document["version"] == 1
    assert document["workshop"]["reach_targets"] == [
        {"question": "carer", "option": "yes", "percent": 30},
        {"question": "welsh_speaker", "option": "yes", "percent": 20},
    ]
    copy = services.interchange.import_workshop(json.dumps(document).encode())
    assert services.feedback.reach_targets(copy.id) == targets
    del document["workshop"]["reach_targets"]  # optional: an older file has none
    older = services.interchange.import_workshop(json.dumps(document).encode())
    assert services.feedback.reach_targets(older.id) == ()
    for bad, message in (
        ({"question": "shoe_size", "option": "yes", "percent": 30}, "not a monitoring question"),
        ({"question": "carer", "option": "lots", "percent": 30}, "not an answer"),
        ({"question": "carer", "option": "yes", "percent": 130}, "reach_targets\\[0\\].percent"),
    ):
        document["workshop"]["reach_targets"] = [bad]
        with pytest.raises(ImportRefused, match=message):
            services.interchange.import_workshop(json.dumps(document).encode())
    document["workshop"]["reach_targets"] = [
        {"question": "carer", "option": "yes", "percent": 30},
        {"question": "carer", "option": "yes", "percent": 40},
    ]
    with pytest.raises(ImportRefused, match="only one target"):
        services.interchange.import_workshop(json.dumps(document).encode())
