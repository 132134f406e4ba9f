"""The live panel, offscreen: open and close, QR code, who joined, hold/approve/remove and block."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.live.conftest import Client
from ui.dialogs.photo_phone import QR_MODULE_PX
from ui.panels.live import NOTES_SHOWN, LivePanel
from ui.preferences import LIVE_INTERFACE
from ui.projector import PresentationWindow
from ui.qr import QR_QUIET_ZONE, qr_image
from workshop.room import Room
from workshop.services import Services


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[None]:
    """Remembered choices go to a throwaway folder, never the user's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QCoreApplication.setOrganizationName("codesign-tests")
    QCoreApplication.setApplicationName("live-panel")
    yield


@pytest.fixture
def panel(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], settings: None
) -> Iterator[LivePanel]:
    room = Room(services)
    widget = LivePanel(room)
    qtbot.addWidget(widget)
    room.open(workshop_with_session["session"])
    loopback = widget._interface.findData("127.0.0.1")
    assert loopback >= 0
    widget._interface.setCurrentIndex(loopback)
    yield widget
    room.close()


def _open(qtbot: QtBot, panel: LivePanel) -> Client:
    with qtbot.waitSignal(panel._room.live_started, timeout=5000):
        qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    server = panel._room.server
    assert server is not None and server.port is not None
    return Client(server.port, server.code)


def test_qr_code_is_drawn_at_whole_pixels_per_module() -> None:
    text = "http://127.0.0.1:8123/j/ACEF3479"
    image = qr_image(text, module_px=5)
    matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
    assert image.width() == image.height() == (len(matrix) + 2 * QR_QUIET_ZONE) * 5
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            for dy in (0, 4):
                x = (column + QR_QUIET_ZONE) * 5 + dy
                y = (row + QR_QUIET_ZONE) * 5 + dy
                expected = QColor("black" if dark else "white").rgb()
                assert image.pixel(x, y) == expected


def test_open_shows_code_and_address_and_close_stops_listening(
    qtbot: QtBot, panel: LivePanel, tmp_path: Path
) -> None:
    phone = _open(qtbot, panel)
    assert panel._code.text() == f"Code: {phone.code}"
    assert f"127.0.0.1:{phone.port}/j/{phone.code}" in panel._address.text()
    assert not panel._qr.pixmap().isNull()
    assert QSettings().value(LIVE_INTERFACE.key) == "127.0.0.1"
    if os.environ.get("LIVE_SCREENSHOTS"):
        panel.resize(420, 900)
        panel.grab().save(str(Path(os.environ["LIVE_SCREENSHOTS"]) / "panel.png"))
    phone.join("carer")
    Client(phone.port, phone.code).join("carer")
    Client(phone.port, phone.code).join("professional")
    qtbot.waitUntil(lambda: panel._joined.text().startswith("3 people have joined"), timeout=5000)
    assert "2 carers" in panel._joined.text() and "1 professional." in panel._joined.text()
    # Three phones are joined: closing asks first, says how many, and Enter keeps them.
    qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    question = panel.stop_question
    assert question is not None and question.isVisible()
    assert question.text().startswith("3 phones are joined.")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    assert panel._room.server is not None and phone.api("GET", "state").status == 200
    qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    question = panel.stop_question
    assert question is not None
    close = next(b for b in question.buttons() if b.text() == "&Close for everyone")
    with qtbot.waitSignal(panel._room.live_stopped, timeout=5000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert panel._room.server is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", phone.port), timeout=2).close()


def test_hold_approve_remove_and_block(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    phone = _open(qtbot, panel)
    phone.join("lived_experience")
    panel._hold.setFocus()
    qtbot.keyClick(panel._hold, Qt.Key.Key_Space)
    assert services.sessions.get(session_id).hold_device_notes
    column = phone.state()["columns"][0]["id"]
    held = phone.api("POST", "notes", {"column": column, "text": "Check this first"}).body["id"]
    qtbot.waitUntil(lambda: panel._notes.count() == 1, timeout=5000)
    assert panel._notes.item(0).text() == "Waiting: Check this first"
    panel._notes.setCurrentRow(0)
    assert panel._approve.isEnabled()
    qtbot.mouseClick(panel._approve, Qt.MouseButton.LeftButton)
    assert not services.board.get_note(held).pending
    panel.undo_stack.undo()  # held again; redo lets it through again
    assert services.board.get_note(held).pending
    panel.undo_stack.redo()
    assert not services.board.get_note(held).pending
    qtbot.waitUntil(lambda: panel._notes.item(0).text() == "Check this first", timeout=5000)
    panel._notes.setCurrentRow(0)
    qtbot.mouseClick(panel._remove, Qt.MouseButton.LeftButton)
    assert services.board.notes(session_id) == []
    phones = panel._phones
    qtbot.waitUntil(lambda: phones.listing.count() == 1, timeout=5000)
    phones.listing.setCurrentRow(0)
    qtbot.mouseClick(phones.block_button, Qt.MouseButton.LeftButton)
    assert phone.api("GET", "state").status == 403
    qtbot.waitUntil(lambda: "blocked" in phones.listing.item(0).text(), timeout=5000)


def test_the_facilitator_sees_who_took_part_and_acts_on_a_phone(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    quiet = _open(qtbot, panel)
    quiet.join("carer", name="Sam")
    writer = Client(quiet.port, quiet.code)
    writer.join("professional", name="Raj Example", consent_named=True)
    column = writer.state()["columns"][0]["id"]
    note = writer.api("POST", "notes", {"column": column, "text": "Ring first"}).body["id"]
    phones = panel._phones
    qtbot.waitUntil(lambda: phones.listing.count() == 2, timeout=5000)
    qtbot.waitUntil(lambda: "notes sent: 1" in phones.listing.item(1).text(), timeout=5000)
    assert phones.listing.item(0).text() == "Sam (carer) – joined, has not added anything"

    # Counted as taking part only when the facilitator says so.
    phones.listing.setCurrentRow(0)
    sam = int(phones.listing.item(0).data(Qt.ItemDataRole.UserRole))
    assert sam not in services.participants.attendees(session_id)
    qtbot.mouseClick(phones.present_button, Qt.MouseButton.LeftButton)
    assert sam in services.participants.attendees(session_id)
    qtbot.waitUntil(lambda: "counted as taking part" in phones.listing.item(0).text())

    # The phone that claimed Raj's name becomes Raj only when linked.
    phones.listing.setCurrentRow(1)
    raj = workshop_with_session["raj"]
    phones.person_combo.setCurrentIndex(phones.person_combo.findData(raj))
    qtbot.mouseClick(phones.link_button, Qt.MouseButton.LeftButton)
    assert services.board.get_note(note).author_id == raj
    again = writer.api("POST", "notes", {"column": column, "text": "And write"})
    assert services.board.get_note(again.body["id"]).author_id == raj

    # Signed out: the token stops working.
    phones.listing.setCurrentRow(0)
    qtbot.mouseClick(phones.remove_button, Qt.MouseButton.LeftButton)
    assert quiet.api("GET", "state").status == 401


def test_closing_with_nobody_joined_asks_nothing(qtbot: QtBot, panel: LivePanel) -> None:
    phone = _open(qtbot, panel)
    with qtbot.waitSignal(panel._room.live_stopped, timeout=5000):
        qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    assert panel.stop_question is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", phone.port), timeout=2).close()


def test_opening_another_session_keeps_phones_joined_and_removing_the_live_one_stops(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    live_id = workshop_with_session["session"]
    room = panel._room
    phone = _open(qtbot, panel)
    phone.join("carer")
    workshop_id = services.sessions.get(live_id).workshop_id
    other = services.sessions.create(workshop_id, "Another evening", columns=["Ideas"])
    room.open(other.id)
    # The facilitator looks at another session; the phone still adds to the live one.
    column = phone.state()["columns"][0]["id"]
    sent = phone.api("POST", "notes", {"column": column, "text": "Still here"})
    assert sent.status == 201
    assert services.board.get_note(sent.body["id"]).session_id == live_id
    qtbot.waitUntil(lambda: panel._notes.count() == 1, timeout=5000)
    assert panel._notes.item(0).text() == "Still here"
    assert panel._which.text() == f"Live: {services.sessions.get(live_id).title}"
    assert room.live_session_id == live_id and room.session_id == other.id
    room.open(None)
    assert phone.api("GET", "state").status == 200
    with qtbot.waitSignal(room.live_stopped, timeout=5000):
        services.sessions.delete(live_id)
    assert room.server is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", phone.port), timeout=2).close()


def test_each_table_has_its_own_code_in_the_panel(
    qtbot: QtBot,
    panel: LivePanel,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    sid = workshop_with_session["session"]
    phone = _open(qtbot, panel)
    assert panel._join_for_row.isHidden()  # a room of one group: one code
    table = services.tables.add(sid, "Riverside table")
    assert not panel._join_for_row.isHidden()
    assert [panel._join_for.itemText(i) for i in range(panel._join_for.count())] == [
        "The whole room (plenary)",
        "Riverside table",
    ]
    whole_room = panel._qr.pixmap().toImage()
    panel._join_for.setCurrentIndex(1)
    assert panel._address.text() == (
        f"Go to 127.0.0.1:{phone.port}/j/{phone.code}?table={table.id}"
    )
    assert panel._qr.pixmap().toImage() != whole_room
    panel.grab().save(str(tmp_path / "panel.png"))
    # The code shown opens that table's page.
    path = panel._address.text().split(str(phone.port), 1)[1]
    assert phone.request("GET", path).status == 200


def test_the_facilitator_lets_every_phone_send_photos(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    phone = _open(qtbot, panel)
    phone.join("carer")
    assert "photos" not in phone.state()  # tables' hosts only, until the facilitator says
    panel._photos_any.setFocus()
    qtbot.keyClick(panel._photos_any, Qt.Key.Key_Space)
    assert phone.state()["photos"] is True
    qtbot.keyClick(panel._photos_any, Qt.Key.Key_Space)
    assert "photos" not in phone.state()


# Offscreen windows cannot be raised; that is the test platform talking.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_facilitators_own_link_shows_on_the_laptop_never_on_the_projector(
    qtbot: QtBot, panel: LivePanel, tmp_path: Path
) -> None:
    room = panel._room
    projector = PresentationWindow(room)
    qtbot.addWidget(projector)
    projector.resize(960, 540)
    projector.show()
    panel.show()
    assert not panel._own_phone.isVisible()  # nothing to show while phones cannot join
    phone = _open(qtbot, panel)
    assert panel._own_phone.isVisible()
    qtbot.mouseClick(panel._own_phone, Qt.MouseButton.LeftButton)
    dialog = panel.own_phone_dialog
    assert dialog is not None and dialog.isVisible()
    url = dialog.url
    assert url is not None and url == room.facilitator_url
    key = url.partition("#facilitator=")[2]
    assert len(key) >= 40 and dialog.link.text() == url
    # The code drawn is the link's, at whole pixels per module.
    drawn = dialog.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert drawn == qr_image(url, QR_MODULE_PX)
    dialog.grab().save(str(Path(os.environ.get("LIVE_SCREENSHOTS", tmp_path)) / "own-phone.png"))
    phone.join("facilitator", facilitator_key=key)
    assert phone.state()["photos"] is True
    # What the room sees carries no key: the projector's code and link, the panel's own.
    live = room.live
    assert live is not None and key not in repr(live)
    assert projector.join_url == live.join_url and projector.join_panel.isVisible()
    for view in (projector, panel):
        for label in view.findChildren(QLabel):
            assert dialog.isAncestorOf(label) or key not in label.text()
    projector_qr = projector.findChildren(QLabel)
    assert all(
        label.pixmap().isNull() or label.pixmap().toImage() != drawn for label in projector_qr
    )
    # Closing ends the link: the window says so and shows no code.
    with qtbot.waitSignal(room.live_stopped, timeout=5000):
        room.stop_live()
    assert dialog.url is None and not dialog.qr.isVisible() and not dialog.link.text()
    assert "Open live participation first" in dialog.intro.text()
    projector.close()


def test_the_moderation_list_changes_only_what_differs_and_keeps_the_choice(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    phone = _open(qtbot, panel)
    phone.join("lived_experience")
    column = phone.state()["columns"][0]["id"]

    def texts() -> list[str]:
        return [panel._notes.item(row).text() for row in range(panel._notes.count())]

    def send(text: str) -> int:
        reply = phone.api("POST", "notes", {"column": column, "text": text})
        assert reply.status == 201
        return int(reply.body["id"])

    for number in range(30):
        send(f"Idea {number}")
    qtbot.waitUntil(lambda: panel._notes.count() == 30, timeout=5000)
    panel._notes.setCurrentRow(10)  # "Idea 19": newest first
    chosen = panel._notes.currentItem()
    kept = [panel._notes.item(row) for row in range(30)]
    panel._hold.setChecked(True)
    held = send("Wait for me")
    qtbot.waitUntil(lambda: panel._notes.count() == 31, timeout=5000)
    # The waiting note comes first; the thirty items already shown are the same items.
    assert texts()[0] == "Waiting: Wait for me"
    assert [panel._notes.item(row) for row in range(1, 31)] == kept
    assert panel._notes.currentItem() is chosen and chosen.text() == "Idea 19"
    # Let through, it moves among the others, newest first; removed notes leave the list.
    services.board.approve_note(held)
    services.board.delete_note(
        next(n.id for n in services.board.notes(session_id) if n.text == "Idea 0")
    )
    expected = ["Wait for me"] + [f"Idea {n}" for n in range(29, 0, -1)]
    qtbot.waitUntil(lambda: texts() == expected, timeout=5000)
    assert panel._notes.currentItem().text() == "Idea 19"


def test_the_moderation_list_shows_a_screenful_of_notes_on_a_short_screen(
    qtbot: QtBot, panel: LivePanel
) -> None:
    phone = _open(qtbot, panel)
    phone.join("carer")
    column = phone.state()["columns"][0]["id"]
    for number in range(20):
        reply = phone.api("POST", "notes", {"column": column, "text": f"Idea {number}"})
        assert reply.status == 201
    qtbot.waitUntil(lambda: panel._notes.count() == 20, timeout=5000)
    panel.resize(420, 600)  # what a dock on a 768-pixel laptop has, the QR code above
    panel.show()
    qtbot.waitExposed(panel)
    rows_seen = panel._notes.viewport().height() // panel._notes.sizeHintForRow(0)
    assert rows_seen >= NOTES_SHOWN, f"{rows_seen} rows seen"
