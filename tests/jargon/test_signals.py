"""The jargon card: signals from phones over real HTTP, their limits, the projector's card and
the facilitator's list, and the live glossary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exports.html import render_html
from exports.pdf import write_pdf
from exports.record_options import RecordOptions, Section
from tests.live.conftest import Client
from ui.panels.signals import SignalsPanel
from ui.projector.cards import ProjectorCards
from workshop.errors import LockedError, ValidationError
from workshop.live.server import LiveServer
from workshop.room import Room
from workshop.services import Services


@pytest.fixture
def server(services: Services, workshop_with_session: dict[str, int]) -> Iterator[LiveServer]:
    live = LiveServer(services, workshop_with_session["session"], host="127.0.0.1")
    live.start()
    yield live
    live.stop()


def phone(server: LiveServer) -> Client:
    assert server.port is not None
    client = Client(server.port, server.code)
    client.join("carer")
    return client


def test_a_signal_reaches_the_projector_and_the_list_without_a_name(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    session_id = workshop_with_session["session"]
    projector = QWidget()
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    room = Room(services, parent=projector)
    room.open(session_id)
    cards = ProjectorCards(room, projector)
    projector.show()
    panel = SignalsPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    client = phone(server)
    with qtbot.waitSignal(services.events.signal_raised, timeout=5000):
        reply = client.api("POST", "signals", {"kind": "jargon"})
    assert reply.status == 201 and reply.body == {"kind": "jargon"}
    qtbot.waitUntil(lambda: cards.card.isVisible())
    assert cards.card.text() == "Jargon!"
    other = phone(server)
    with qtbot.waitSignal(services.events.signal_raised, timeout=5000):
        assert other.api("POST", "signals", {"kind": "jargon"}).status == 201
    qtbot.waitUntil(lambda: cards.card.text() == "Jargon!  ×2")
    qtbot.waitUntil(lambda: panel.signals.count() == 2)
    assert panel.signals.item(0).text().endswith("Jargon!")
    assert "Jargon! 2" in panel.counts.text()
    # Nothing about who pressed it is kept or shown.
    for name in ("Phone participant", "carer"):
        assert name not in cards.card.text() and name not in panel.counts.text()


def test_signal_rules(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    client = phone(server)
    assert client.api("POST", "signals", {"kind": "coffee"}).status == 400
    assert client.api("POST", "signals", {"kind": "<b>jargon</b>"}).status == 400
    assert client.api("POST", "signals", {"kind": "speak"}, token="nope").status == 401
    assert client.api("POST", "signals", {"kind": "speak"}).status == 201
    assert client.api("POST", "signals", {"kind": "speak"}).status == 201
    throttled = client.api("POST", "signals", {"kind": "speak"})
    assert throttled.status == 429 and throttled.header("Retry-After")
    # Another button is its own limit.
    assert client.api("POST", "signals", {"kind": "slow_down"}).status == 201
    services.sessions.mark_final(workshop_with_session["session"])
    assert client.api("POST", "signals", {"kind": "jargon"}).status == 409
    counts = services.room_signals.counts(workshop_with_session["session"])
    assert counts == {"speak": 2, "slow_down": 1}


def test_glossary_in_the_panel_and_on_the_projector(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    projector = QWidget()
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    room = Room(services, parent=projector)
    room.open(session_id)
    cards = ProjectorCards(room, projector)
    panel = SignalsPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.glossary_shown.connect(room.set_show_glossary)
    qtbot.keyClicks(panel.term, "Reablement")
    qtbot.keyClicks(panel.meaning, "Help at home for a few weeks to get back on your feet")
    panel.add_button.click()
    assert panel.term.text() == ""
    assert panel.glossary.item(0).text() == (
        "Reablement: Help at home for a few weeks to get back on your feet"
    )
    assert not cards.glossary.isVisible()
    panel.show_button.click()
    projector.show()
    qtbot.waitUntil(lambda: cards.glossary.isVisible())
    assert "Reablement: Help at home" in cards.glossary.body.text()
    # A blank meaning is refused with a sentence; the word stays typed.
    qtbot.keyClicks(panel.term, "<i>MDT</i>")
    panel.add_button.click()
    assert not panel.error.isHidden() and panel.term.text() == "<i>MDT</i>"
    assert panel.error.text() == "The meaning is empty; type something first."
    qtbot.keyClicks(panel.meaning, "A team of different professionals")
    panel.add_button.click()
    qtbot.waitUntil(lambda: "<i>MDT</i>: A team" in cards.glossary.body.text())
    with pytest.raises(ValidationError):
        services.glossary.add(session_id, " ", "x")
    services.sessions.mark_final(session_id)
    with pytest.raises(LockedError):
        services.glossary.add(session_id, "GP", "Your doctor")


def test_the_glossary_and_the_card_in_the_record(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    session_id = workshop_with_session["session"]
    services.glossary.add(session_id, "Reablement", "Help at home for a few weeks")
    services.glossary.add(session_id, "<b>MDT</b>", "A team of different professionals & more")
    for kind in ("jargon", "jargon", "speak"):
        services.room_signals.raise_signal(session_id, kind)
    snapshot = services.sessions.record(session_id)
    options = RecordOptions(sections=frozenset({Section.GLOSSARY}))
    path = tmp_path / "record.pdf"
    write_pdf(snapshot, path, options)
    text = " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())
    assert "Words we explained" in text
    assert "On their phones, people pressed “Jargon!” 2 times and “I'd like to speak” once." in text
    assert "Reablement Help at home for a few weeks" in text
    assert "<b>MDT</b> A team of different professionals & more" in text
    html = render_html(snapshot, options)
    assert "&lt;b&gt;MDT&lt;/b&gt;" in html
    assert "<b>MDT</b>" not in html


def test_the_glossary_travels_in_the_interchange_file(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    workshop_id = workshop_with_session["workshop"]
    document = services.interchange.export_workshop(workshop_id)
    assert "glossary" not in document["workshop"]["sessions"][0]
    services.glossary.add(workshop_with_session["session"], "GP", "Your family doctor")
    text = services.interchange.export_text(workshop_id)
    document = services.interchange.export_workshop(workshop_id)
    assert document["workshop"]["sessions"][0]["glossary"] == [
        {"term": "GP", "meaning": "Your family doctor"}
    ]
    copy = services.interchange.import_workshop(text)
    (session,) = services.sessions.list(copy.id)
    assert [(e.term, e.meaning) for e in services.glossary.list(session.id)] == [
        ("GP", "Your family doctor")
    ]
    assert services.interchange.export_text(copy.id).count('"glossary"') == 1
