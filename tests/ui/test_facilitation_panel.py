"""The facilitator's panel driven by keyboard and mouse, checked against the record."""
# ruff: noqa: F811  (the room fixture is imported, then requested by name)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.facilitation_room import room  # noqa: F401  (fixture)
from ui.panels.facilitation import FacilitationPanel
from ui.presentation import ProjectorMode
from workshop.services import Services
from workshop.timer import TimerState
from workshop.vocabulary import StageKind, Voice

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(qtbot, services: Services, room: dict[str, int], clock: FakeClock) -> FacilitationPanel:  # type: ignore[no-untyped-def]
    panel = FacilitationPanel(services, clock=clock)
    qtbot.addWidget(panel)
    qtbot.addWidget(panel.presentation)
    panel.set_session(room["session"])
    return panel


def test_constructs_without_a_session(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    panel = FacilitationPanel(services)
    qtbot.addWidget(panel)
    qtbot.addWidget(panel.presentation)
    panel.set_session(None)
    assert panel.stage_label.text().startswith("No session open.")
    assert not panel.tabs.isEnabled()


def test_next_stage_by_keyboard_sets_stage_and_timer(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.next_button.setFocus()
    QTest.keyClick(panel.next_button, Qt.Key.Key_Space)
    session = services.sessions.get(room["session"])
    assert session.stage is not None and session.stage.position == 0
    assert panel.countdown.remaining() == session.stage.minutes * 60
    assert "Stage 1 of 7" in panel.stage_label.text()
    QTest.keyClick(panel.next_button, Qt.Key.Key_Space)
    assert services.sessions.get(room["session"]).stage.position == 1  # type: ignore[union-attr]
    assert panel.presentation.stage_label.text().startswith("Stage 2 of 7")


def test_timer_controls(panel: FacilitationPanel, clock: FakeClock) -> None:
    panel.next_stage()  # Welcome: 10 minutes
    assert panel.timer_label.text() == "10:00"
    panel.start_button.click()
    assert panel.countdown.state is TimerState.RUNNING and panel.start_button.text() == "&Pause"
    clock.now = 30
    panel.countdown.tick()
    assert panel.timer_label.text() == "9:30"
    panel.add_minute_button.click()
    assert panel.timer_label.text() == "10:30"
    panel.start_button.click()
    assert panel.timer_state.text() == "Paused"
    panel.reset_button.click()
    assert panel.timer_label.text() == "10:00" and panel.timer_state.text() == "Ready"
    panel.start_button.click()
    clock.now = 30 + 601
    panel.countdown.tick()
    assert panel.timer_state.text() == "Time is up"
    assert panel.presentation.timer_status.text() == "Time is up"


def test_agenda_edit_and_save(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    panel.agenda_list.setCurrentRow(2)
    panel.stage_name.clear()
    QTest.keyClicks(panel.stage_name, "Share stories")
    panel.stage_minutes.setValue(25)
    assert panel.agenda_state.text() == "Unsaved changes"
    panel._add_stage()
    QTest.keyClicks(panel.stage_name, "Tea")
    panel._select_data(panel.stage_kind, StageKind.WELCOME.value)
    panel._on_stage_edited()
    panel.save_agenda_button.click()
    stages = services.sessions.get(room["session"]).stages
    assert [(s.name, s.minutes) for s in stages][2:4] == [
        ("Share stories", 25),
        ("Tea", 10),
    ]
    assert stages[3].kind == "welcome"
    assert len(stages) == 8
    assert panel.agenda_state.text() == "Saved"


def test_agenda_edits_are_kept_when_the_facilitator_opens_another_session(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    workshop_id = services.sessions.get(room["session"]).workshop_id
    other = services.sessions.create(workshop_id, "Next time", columns=["Ideas"])
    panel.agenda_list.setCurrentRow(1)
    panel.stage_name.clear()
    QTest.keyClicks(panel.stage_name, "Stories first")
    assert panel.agenda_state.text() == "Unsaved changes"
    panel.set_session(other.id)
    assert services.sessions.get(room["session"]).stages[1].name == "Stories first"
    panel.set_session(room["session"])
    assert panel.agenda_state.text() == "Saved"


def test_silent_mode_counts_and_reveal(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    panel.silent_checks[room["col1"]].click()
    assert services.board.columns(room["session"])[1].silent
    for text in ("one", "two"):
        services.board.add_note(room["session"], room["col1"], text, role="carer")
    qtbot.waitUntil(lambda: panel.hidden_labels[room["col1"]].text() == "2 hidden")
    assert room["col1"] in panel.reveal_buttons
    assert not {n.id for n in services.board.notes(room["session"]) if n.hidden} & set(
        panel.presentation.scene.note_items()
    )
    panel.reveal_buttons[room["col1"]].click()
    qtbot.waitUntil(lambda: panel.hidden_labels[room["col1"]].text() == "none hidden")
    assert len(panel.presentation.scene.note_items()) == 5
    assert "Revealed 2 notes" in panel.message.text()


def test_recording_dots_for_people_in_the_room(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    sid = room["session"]
    panel._select_data(panel.voter_combo, room["ann"])
    panel.on_board_selection_changed([room["n2"]])
    assert not panel.add_dot_button.isEnabled()
    panel.add_dot()
    assert "Voting is closed" in panel.message.text()  # refused by the service layer
    vote = next(s.position for s in services.sessions.get(sid).stages if s.kind == "vote")
    services.sessions.update(sid, votes_per_participant=2)
    services.sessions.set_stage(sid, vote)
    qtbot.waitUntil(lambda: panel.add_dot_button.isEnabled())
    panel._select_data(panel.voter_combo, room["ann"])
    panel.on_board_selection_changed([room["n2"]])
    panel.vote_notes.setFocus()
    QTest.keyClick(panel.vote_notes, Qt.Key.Key_Return)
    QTest.keyClick(panel.vote_notes, Qt.Key.Key_Return)
    QTest.keyClick(panel.vote_notes, Qt.Key.Key_Return)
    assert "All 2 dots have been used" in panel.message.text()
    assert services.votes.votes_left(sid, room["ann"]) == 0
    qtbot.waitUntil(lambda: "0 dots left" in panel.voter_combo.currentText())
    panel.on_board_selection_changed([room["n2"]])
    QTest.keyClick(panel.vote_notes, Qt.Key.Key_Delete)
    assert services.votes.votes_left(sid, room["ann"]) == 1
    qtbot.waitUntil(
        lambda: panel.results_lists[Voice.CITIZEN].item(0).text() == "1. Travel time — 1 dot"
    )
    assert panel.results_lists[Voice.CITIZEN].count() == 1
    assert panel.results_lists[Voice.PROFESSIONAL].item(0).text() == "No dots yet"


def test_balance_prompt_when_professionals_dominate(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    sid = room["session"]
    # 2 citizen notes, 1 professional: 67% citizen.
    assert panel.balance_bar.value() == 67
    assert panel.balance_prompt.isHidden()
    for text in ("a", "b", "c", "d"):
        services.board.add_note(sid, room["col0"], text, author_id=room["raj"])
    qtbot.waitUntil(lambda: panel.balance_bar.value() == 29)
    assert not panel.balance_prompt.isHidden()
    assert "71%" in panel.balance_prompt.text() and "60%" in panel.balance_prompt.text()
    panel.threshold_spin.setValue(80)
    panel._on_threshold_changed()
    assert services.sessions.get(sid).voice_threshold == 80
    qtbot.waitUntil(panel.balance_prompt.isHidden)
    panel.balance_on_projector.click()
    assert "Citizen voice 29%" in panel.presentation.balance_label.text()


def test_lock_toggle(
    qtbot, services: Services, room: dict[str, int], panel: FacilitationPanel
) -> None:  # type: ignore[no-untyped-def]
    panel.show()
    qtbot.waitExposed(panel)
    panel.lock_check.setFocus()
    QTest.keyClick(panel.lock_check, Qt.Key.Key_Space)
    assert services.sessions.get(room["session"]).board_locked
    qtbot.waitUntil(lambda: "Board locked" in panel.stage_label.text())
    assert "(locked)" in panel.lock_check.text()


def test_projector_follows_the_board_selection(
    room: dict[str, int], panel: FacilitationPanel
) -> None:
    panel.on_board_selection_changed([room["n3"]])
    panel.view_buttons[ProjectorMode.COLUMN].click()
    assert set(panel.presentation.scene.note_items()) == {room["n3"]}
    panel.view_buttons[ProjectorMode.BOARD].click()
    assert len(panel.presentation.scene.note_items()) == 3


def test_every_control_has_an_accessible_name(panel: FacilitationPanel) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
    )

    controls = [
        w
        for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)
        for w in panel.findChildren(kind)
        if w.parent() is not None and type(w).__name__ not in ("QTabBar", "QToolButton")
    ]
    assert len(controls) > 30
    nameless = [
        w for w in controls if not w.accessibleName() and not getattr(w, "text", lambda: "")()
    ]
    assert nameless == []
    assert all(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in controls if w.isEnabled())


def test_without_a_session_the_clock_lock_and_projector_wait(
    qtbot, services: Services, room: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    panel = FacilitationPanel(services)
    qtbot.addWidget(panel)
    qtbot.addWidget(panel.presentation)
    # F5 is an application shortcut: it needs an active window to be pressed in.
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    waiting = (
        panel.start_button,
        panel.add_minute_button,
        panel.reset_button,
        panel.lock_check,
        panel.present_button,
    )
    for widget in waiting:
        assert not widget.isEnabled(), widget.accessibleName()
        assert widget.toolTip() == "Open a session first: choose one on the left."
    assert "Open one on the left" in panel.stage_label.text()
    # F5 does nothing: no blank projector with only a clock on it.
    QTest.keyClick(panel, Qt.Key.Key_F5)
    assert not panel.presentation.presenting and not panel.presentation.isVisible()

    panel.set_session(room["session"])
    assert all(widget.isEnabled() and widget.toolTip() == "" for widget in waiting)
    with qtbot.waitSignal(panel.presentation.presenting_changed) as shown:
        QTest.keyClick(panel, Qt.Key.Key_F5)
    assert shown.args == [True]
    # Closing the session while presenting leaves the way out open.
    panel.set_session(None)
    assert panel.present_button.isEnabled() and not panel.lock_check.isEnabled()
    with qtbot.waitSignal(panel.presentation.presenting_changed) as stopped:
        QTest.keyClick(panel, Qt.Key.Key_F5)
    assert stopped.args == [False]
    assert not panel.present_button.isEnabled()
