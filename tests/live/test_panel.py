"""The live panel, offscreen: open and close, QR code, who joined, hold/approve/remove and block."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.live.conftest import Client
from ui.panels.live import QR_QUIET_ZONE, SETTINGS_INTERFACE, LivePanel, qr_image
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
    widget = LivePanel(services)
    qtbot.addWidget(widget)
    widget.set_session(workshop_with_session["session"])
    loopback = widget._interface.findData("127.0.0.1")
    assert loopback >= 0
    widget._interface.setCurrentIndex(loopback)
    yield widget
    widget.stop()


def _open(qtbot: QtBot, panel: LivePanel) -> Client:
    with qtbot.waitSignal(panel.server_opened, timeout=5000):
        qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    server = panel.server
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
    assert QSettings().value(SETTINGS_INTERFACE) == "127.0.0.1"
    if os.environ.get("LIVE_SCREENSHOTS"):
        panel.resize(420, 900)
        panel.grab().save(str(Path(os.environ["LIVE_SCREENSHOTS"]) / "panel.png"))
    phone.join("carer")
    Client(phone.port, phone.code).join("carer")
    Client(phone.port, phone.code).join("professional")
    qtbot.waitUntil(lambda: panel._joined.text().startswith("3 people have joined"), timeout=5000)
    assert "2 carers" in panel._joined.text() and "1 professional." in panel._joined.text()
    with qtbot.waitSignal(panel.server_closed, timeout=5000):
        qtbot.mouseClick(panel._toggle, Qt.MouseButton.LeftButton)
    assert panel.server is None
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
    qtbot.waitUntil(lambda: panel._notes.item(0).text() == "Check this first", timeout=5000)
    panel._notes.setCurrentRow(0)
    qtbot.mouseClick(panel._remove, Qt.MouseButton.LeftButton)
    assert services.board.notes(session_id) == []
    qtbot.waitUntil(lambda: panel._devices.count() == 1, timeout=5000)
    panel._devices.setCurrentRow(0)
    qtbot.mouseClick(panel._block, Qt.MouseButton.LeftButton)
    assert phone.api("GET", "state").status == 403
    qtbot.waitUntil(lambda: "(blocked)" in panel._devices.item(0).text(), timeout=5000)


def test_changing_or_removing_the_session_stops_the_server(
    qtbot: QtBot, panel: LivePanel, services: Services, workshop_with_session: dict[str, int]
) -> None:
    phone = _open(qtbot, panel)
    with qtbot.waitSignal(panel.server_closed, timeout=5000):
        panel.set_session(None)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", phone.port), timeout=2).close()
    panel.set_session(workshop_with_session["session"])
    _open(qtbot, panel)
    with qtbot.waitSignal(panel.server_closed, timeout=5000):
        services.sessions.delete(workshop_with_session["session"])
    assert panel.server is None
