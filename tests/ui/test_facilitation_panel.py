"""The facilitator's panel driven by keyboard and mouse, checked against the record."""
# ruff: noqa: F811  (the room fixture is imported, then requested by name)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.clocks import FakeClock
from tests.ui.facilitation_room import room  # noqa: F401  (fixture)
from ui.panels.facilitation import FacilitationPanel
from ui.panels.facilitation.common import select_data
from ui.projector import PresentationController, PresentationWindow
from workshop.room import ProjectorMode, Room
from workshop.services import Services
from workshop.timer import TimerState
from workshop.vocabulary import StageKind, Voice

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(qtbot, services: Services, room: dict[str, int], clock: FakeClock) -> FacilitationPanel:  # type: ignore[no-untyped-def]
    panel = FacilitationPanel(Room(services, clock=clock))
    qtbot.addWidget(panel)
    panel.room.open(room["session"])
    return panel


@pytest.fixture
def projector(qtbot, panel: FacilitationPanel) -> PresentationWindow:  # type: ignore[no-untyped-def]
    """The projector window, a view of the same Room as the panel."""
    window = PresentationWindow(panel.room)
    qtbot.addWidget(window)
    return window


def test_constructs_without_a_session(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    panel = FacilitationPanel(Room(services))
    qtbot.addWidget(panel)
    panel.room.open(None)
    assert panel.now.stage_label.text().startswith("No session open.")
    assert not panel.tabs.isEnabled()


def test_next_stage_by_keyboard_sets_stage_and_timer(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,
    projector: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.now.next_button.setFocus()
    QTest.keyClick(panel.now.next_button, Qt.Key.Key_Space)
    session = services.sessions.get(room["session"])
    assert session.stage is not None and session.stage.position == 0
    assert panel.room.countdown.remaining() == session.stage.minutes * 60
    assert "Stage 1 of 7" in panel.now.stage_label.text()
    QTest.keyClick(panel.now.next_button, Qt.Key.Key_Space)
    assert services.sessions.get(room["session"]).stage.position == 1  # type: ignore[union-attr]
    assert projector.stage_label.text().startswith("Stage 2 of 7")


def test_timer_controls(
    panel: FacilitationPanel, projector: PresentationWindow, clock: FakeClock
) -> None:
    panel.now.next_stage()  # Welcome: 10 minutes
    assert panel.now.timer_label.text() == "10:00"
    panel.now.start_button.click()
    assert (
        panel.room.countdown.state is TimerState.RUNNING
        and panel.now.start_button.text() == "&Pause"
    )
    clock.now = 30
    panel.room.countdown.tick()
    assert panel.now.timer_label.text() == "9:30"
    panel.now.add_minute_button.click()
    assert panel.now.timer_label.text() == "10:30"
    panel.now.start_button.click()
    assert panel.now.timer_state.text() == "Paused"
    panel.now.reset_button.click()
    assert panel.now.timer_label.text() == "10:00" and panel.now.timer_state.text() == "Ready"
    panel.now.start_button.click()
    clock.now = 30 + 601
    panel.room.countdown.tick()
    assert panel.now.timer_state.text() == "Time is up"
    assert projector.timer_status.text() == "Time is up"


def test_agenda_edit_and_save(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    panel.agenda.agenda_list.setCurrentRow(2)
    panel.agenda.stage_name.clear()
    QTest.keyClicks(panel.agenda.stage_name, "Share stories")
    panel.agenda.stage_minutes.setValue(25)
    assert panel.agenda.agenda_state.text() == "Unsaved changes"
    panel.agenda.add_stage()
    QTest.keyClicks(panel.agenda.stage_name, "Tea")
    select_data(panel.agenda.stage_kind, StageKind.WELCOME.value)
    panel.agenda.on_stage_edited()
    panel.agenda.save_agenda_button.click()
    stages = services.sessions.get(room["session"]).stages
    assert [(s.name, s.minutes) for s in stages][2:4] == [
        ("Share stories", 25),
        ("Tea", 10),
    ]
    assert stages[3].kind == "welcome"
    assert len(stages) == 8
    assert panel.agenda.agenda_state.text() == "Saved"


def test_agenda_edits_are_kept_when_the_facilitator_opens_another_session(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    workshop_id = services.sessions.get(room["session"]).workshop_id
    other = services.sessions.create(workshop_id, "Next time", columns=["Ideas"])
    panel.agenda.agenda_list.setCurrentRow(1)
    panel.agenda.stage_name.clear()
    QTest.keyClicks(panel.agenda.stage_name, "Stories first")
    assert panel.agenda.agenda_state.text() == "Unsaved changes"
    panel.room.open(other.id)
    assert services.sessions.get(room["session"]).stages[1].name == "Stories first"
    panel.room.open(room["session"])
    assert panel.agenda.agenda_state.text() == "Saved"


def test_silent_mode_counts_and_reveal(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,
    projector: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    panel.silent.silent_checks[room["col1"]].click()
    assert services.board.columns(room["session"])[1].silent
    for text in ("one", "two"):
        services.board.add_note(room["session"], room["col1"], text, role="carer")
    qtbot.waitUntil(lambda: panel.silent.hidden_labels[room["col1"]].text() == "2 hidden")
    assert room["col1"] in panel.silent.reveal_buttons
    assert not {n.id for n in services.board.notes(room["session"]) if n.hidden} & set(
        projector.scene.note_items()
    )
    panel.silent.reveal_buttons[room["col1"]].click()
    qtbot.waitUntil(lambda: panel.silent.hidden_labels[room["col1"]].text() == "none hidden")
    assert len(projector.scene.note_items()) == 5
    assert "Revealed 2 notes" in panel.now.message.text()
    # The reveal is undone like other changes: hidden again; redo reveals the same notes.
    panel.silent.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.silent.hidden_labels[room["col1"]].text() == "2 hidden")
    assert len(projector.scene.note_items()) == 3
    panel.silent.undo_stack.redo()
    qtbot.waitUntil(lambda: len(projector.scene.note_items()) == 5)


def test_recording_dots_for_people_in_the_room(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    sid = room["session"]
    select_data(panel.voting.voter_combo, room["ann"])
    panel.room.select_notes([room["n2"]])
    assert not panel.voting.add_dot_button.isEnabled()
    panel.voting.add_dot()
    assert "Voting is closed" in panel.now.message.text()  # refused by the service layer
    vote = next(s.position for s in services.sessions.get(sid).stages if s.kind == "vote")
    services.sessions.update(sid, votes_per_participant=2)
    services.sessions.set_stage(sid, vote)
    qtbot.waitUntil(lambda: panel.voting.add_dot_button.isEnabled())
    select_data(panel.voting.voter_combo, room["ann"])
    panel.room.select_notes([room["n2"]])
    panel.voting.vote_notes.setFocus()
    QTest.keyClick(panel.voting.vote_notes, Qt.Key.Key_Return)
    QTest.keyClick(panel.voting.vote_notes, Qt.Key.Key_Return)
    QTest.keyClick(panel.voting.vote_notes, Qt.Key.Key_Return)
    assert "All 2 dots have been used" in panel.now.message.text()
    assert services.votes.votes_left(sid, room["ann"]) == 0
    qtbot.waitUntil(lambda: "0 dots left" in panel.voting.voter_combo.currentText())
    panel.room.select_notes([room["n2"]])
    QTest.keyClick(panel.voting.vote_notes, Qt.Key.Key_Delete)
    assert services.votes.votes_left(sid, room["ann"]) == 1
    qtbot.waitUntil(
        lambda: (
            panel.results.results_lists[Voice.CITIZEN].item(0).text() == "1. Travel time — 1 dot"
        )
    )
    assert panel.results.results_lists[Voice.CITIZEN].count() == 1
    assert panel.results.results_lists[Voice.PROFESSIONAL].item(0).text() == "No dots yet"


def test_balance_prompt_when_professionals_dominate(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,
    projector: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    sid = room["session"]
    # 2 citizen notes, 1 professional: 67% citizen.
    assert panel.balance.balance_bar.value() == 67
    assert panel.balance.balance_prompt.isHidden()
    for text in ("a", "b", "c", "d"):
        services.board.add_note(sid, room["col0"], text, author_id=room["raj"])
    qtbot.waitUntil(lambda: panel.balance.balance_bar.value() == 29)
    assert not panel.balance.balance_prompt.isHidden()
    assert (
        "71%" in panel.balance.balance_prompt.text()
        and "60%" in panel.balance.balance_prompt.text()
    )
    panel.balance.threshold_spin.setValue(80)
    panel.balance.on_threshold_changed()
    assert services.sessions.get(sid).voice_threshold == 80
    qtbot.waitUntil(panel.balance.balance_prompt.isHidden)
    panel.balance.balance_on_projector.click()
    assert "Citizen voice 29%" in projector.balance_label.text()


def test_lock_toggle(
    qtbot, services: Services, room: dict[str, int], panel: FacilitationPanel
) -> None:  # type: ignore[no-untyped-def]
    panel.show()
    qtbot.waitExposed(panel)
    panel.now.lock_check.setFocus()
    QTest.keyClick(panel.now.lock_check, Qt.Key.Key_Space)
    assert services.sessions.get(room["session"]).board_locked
    qtbot.waitUntil(lambda: "Board locked" in panel.now.stage_label.text())
    assert "(locked)" in panel.now.lock_check.text()


def test_projector_follows_the_board_selection(
    room: dict[str, int], panel: FacilitationPanel, projector: PresentationWindow
) -> None:
    panel.room.select_notes([room["n3"]])
    panel.projector.view_buttons[ProjectorMode.COLUMN].click()
    assert set(projector.scene.note_items()) == {room["n3"]}
    panel.projector.view_buttons[ProjectorMode.BOARD].click()
    assert len(projector.scene.note_items()) == 3


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
    panel = FacilitationPanel(Room(services))
    qtbot.addWidget(panel)
    projector = PresentationWindow(panel.room)
    qtbot.addWidget(projector)
    # F5 and Alt+1…5 live on the main window in the app; here the panel is the window.
    PresentationController(panel.room, projector, panel)
    # F5 is an application shortcut: it needs an active window to be pressed in.
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    waiting = (
        panel.now.start_button,
        panel.now.add_minute_button,
        panel.now.reset_button,
        panel.now.lock_check,
        panel.now.present_button,
    )
    for widget in waiting:
        assert not widget.isEnabled(), widget.accessibleName()
        assert widget.toolTip() == "Open a session first: choose one on the left."
    assert "Open one on the left" in panel.now.stage_label.text()
    # F5 does nothing: no blank projector with only a clock on it.
    QTest.keyClick(panel, Qt.Key.Key_F5)
    assert not projector.presenting and not projector.isVisible()

    panel.room.open(room["session"])
    assert all(widget.isEnabled() and widget.toolTip() == "" for widget in waiting)
    with qtbot.waitSignal(projector.presenting_changed) as shown:
        QTest.keyClick(panel, Qt.Key.Key_F5)
    assert shown.args == [True]
    # Closing the session while presenting leaves the way out open.
    panel.room.open(None)
    assert panel.now.present_button.isEnabled() and not panel.now.lock_check.isEnabled()
    with qtbot.waitSignal(projector.presenting_changed) as stopped:
        QTest.keyClick(panel, Qt.Key.Key_F5)
    assert stopped.args == [False]
    assert not panel.now.present_button.isEnabled()


def test_next_stage_stays_under_the_mouse_when_a_long_stage_name_comes_up(
    qtbot,
    services: Services,
    room: dict[str, int],
    panel: FacilitationPanel,  # type: ignore[no-untyped-def]
) -> None:
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    sid = room["session"]
    long_name = "Share what matters to you and to the people you care for, in your own words " * 2
    stages = [(st.name, st.kind, st.minutes) for st in services.sessions.get(sid).stages]
    stages[1] = (long_name.strip(), stages[1][1], stages[1][2])
    services.sessions.set_stages(sid, stages)
    services.sessions.set_stage(sid, 0)
    qtbot.wait(10)
    before = panel.now.next_button.mapTo(panel, panel.now.next_button.rect().topLeft())
    start_width = panel.now.start_button.width()
    QTest.mouseClick(panel.now.next_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    after = panel.now.next_button.mapTo(panel, panel.now.next_button.rect().topLeft())
    assert services.sessions.get(sid).stage.position == 1  # type: ignore[union-attr]
    assert after == before
    label = panel.now.stage_label
    assert long_name.strip() in label.text()
    assert label.shown_text().endswith("…") and long_name.strip() in label.toolTip()
    panel.now.start_button.click()  # Start becomes Pause: the button keeps its width
    qtbot.wait(10)
    assert panel.now.start_button.width() == start_width
