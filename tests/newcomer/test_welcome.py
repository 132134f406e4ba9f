"""The first-run welcome: shown on an empty record; the demo and a new workshop are real."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.panels.actions import ActionsPanel
from ui.panels.participants import ParticipantsPanel
from ui.welcome import WelcomeScreen, needs_welcome
from workshop.services import Services


def test_welcome_opens_the_demo_through_the_services(qtbot: QtBot, services: Services) -> None:
    assert needs_welcome(services)
    screen = WelcomeScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    added: list[object] = []
    services.events.workshop_added.connect(added.append)
    with qtbot.waitSignal(screen.session_ready, timeout=10_000) as ready:
        qtbot.mouseClick(screen.demo_button, Qt.MouseButton.LeftButton)
    session = services.sessions.get(ready.args[0])
    workshops = services.workshops.list()
    assert [w.title for w in workshops] == ["Home care in Riverside: redesigning it together"]
    assert session.workshop_id == workshops[0].id
    assert len(services.participants.list(workshops[0].id)) >= 10
    assert services.sessions.board(session.id).notes
    assert added and not needs_welcome(services)
    assert screen.result() == screen.DialogCode.Accepted


def test_welcome_creates_a_workshop_from_the_chosen_template(
    qtbot: QtBot, services: Services
) -> None:
    screen = WelcomeScreen(services, default_template="start-stop-continue")
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.new_button.isEnabled()
    screen.title_edit.setFocus()
    qtbot.keyClicks(screen.title_edit, "Library opening hours")
    qtbot.keyClicks(screen.organisation_edit, "Riverside Libraries")
    assert screen.template_combo.currentData() == "start-stop-continue"
    assert screen.template_hint.text()
    with qtbot.waitSignal(screen.session_ready) as ready:
        qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    [workshop] = services.workshops.list()
    assert (workshop.title, workshop.organisation) == (
        "Library opening hours",
        "Riverside Libraries",
    )
    session = services.sessions.get(ready.args[0])
    assert session.template == "start-stop-continue"
    assert [c.title for c in services.sessions.board(session.id).columns]


def test_each_choice_has_its_sentence(qtbot: QtBot, services: Services) -> None:
    screen = WelcomeScreen(services)
    qtbot.addWidget(screen)
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert any("demo" in t.lower() or "home care" in t for t in texts)
    assert screen.demo_text.text().endswith(".") and screen.new_text.text().endswith(".")


def test_panels_say_what_to_do_when_empty(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    actions = ActionsPanel(services)
    people = ParticipantsPanel(services)
    for panel in (actions, people):
        qtbot.addWidget(panel)
        panel.show()
    assert actions.empty_state.isVisible() and not actions.view.isVisible()
    assert "session" in actions.empty_state.text().lower()
    assert people.empty_state.isVisible()
    actions.set_session(workshop_with_session["session"])
    assert actions.empty_state.title() == "No actions yet"
    assert "New action" in actions.empty_state.text()
    people.set_session(workshop_with_session["session"])
    assert not people.empty_state.isVisible() and people.table.isVisible()
    services.actions.create(workshop_with_session["session"], "Ring people back within a day")
    qtbot.waitUntil(lambda: actions.view.isVisible())
    assert not actions.empty_state.isVisible()
