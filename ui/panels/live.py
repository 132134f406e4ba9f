"""Live participation panel: open or close the phone server, QR code, join code, moderation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import segno
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import WorkshopError
from workshop.live.interfaces import local_addresses
from workshop.live.server import LiveServer
from workshop.services import Services
from workshop.views import NoteView, SessionView
from workshop.vocabulary import ROLE_PLURALS, Role

SETTINGS_INTERFACE = "live/interface"
QR_QUIET_ZONE = 4  # modules of white border scanners need around the code


def qr_image(text: str, module_px: int = 8) -> QImage:
    """A QR code drawn at a whole number of pixels per module, so phone scanners read it."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    size = (len(matrix) + 2 * QR_QUIET_ZONE) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row_index, row in enumerate(matrix):
        for column_index, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (column_index + QR_QUIET_ZONE) * module_px,
                    (row_index + QR_QUIET_ZONE) * module_px,
                    module_px,
                    module_px,
                    QColor("black"),
                )
    painter.end()
    return image


def _role_summary(roles: Counter[str]) -> str:
    parts = []
    for role, count in sorted(roles.items(), key=lambda item: (-item[1], item[0])):
        try:
            label = ROLE_PLURALS[Role(role)]
        except ValueError:
            label = role
        parts.append(f"{count} {label}")
    return ", ".join(parts)


REFRESH_MS = 150


def _coalescing_timer(parent: QWidget, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(REFRESH_MS)
    timer.timeout.connect(slot)
    return timer


def _start_once(timer: QTimer) -> None:
    # Not restarted while pending, so a steady stream still refreshes every REFRESH_MS.
    if not timer.isActive():
        timer.start()


class LivePanel(QWidget):
    """Open and close live participation for the current session, and moderate what arrives."""

    server_opened = Signal(str, str)  # join URL, join code (for the projector)
    server_closed = Signal()
    _devices_changed = Signal()  # emitted from the server thread; queued to the GUI thread

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._server: LiveServer | None = None
        self._settings = QSettings()
        # A burst from a room of phones brings hundreds of events a second; the lists are
        # redrawn at most every REFRESH_MS instead of once per event, so the window stays live.
        self._moderation_later = _coalescing_timer(self, self._refresh_moderation)
        self._devices_later = _coalescing_timer(self, self._refresh_devices)
        self._build()
        self._connect_signals()
        self._update_controls()
        application = QCoreApplication.instance()
        if application is not None:
            # Quitting the app closes the server, so nothing is left listening.
            application.aboutToQuit.connect(self.stop)

    # ----- public ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        """Show another session; an open server for the previous one is closed first."""
        if session_id == self._session_id:
            return
        self.stop()
        self._session_id = session_id
        self._refresh_moderation()
        self._update_controls()

    def stop(self) -> None:
        """Close live participation: nothing listens and every code and token stops working."""
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        self._update_controls()
        self.server_closed.emit()

    @property
    def server(self) -> LiveServer | None:
        return self._server

    # ----- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self._interface = QComboBox()
        self._interface.setAccessibleName("Network to listen on")
        form.addRow("&Network:", self._interface)
        layout.addLayout(form)
        self._fill_interfaces()

        self._toggle = QPushButton("&Open live participation")
        layout.addWidget(self._toggle)

        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b00020;")
        self._error.hide()
        layout.addWidget(self._error)

        self._qr = QLabel()
        self._qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qr.setAccessibleName("QR code to join from a phone")
        layout.addWidget(self._qr)

        self._address = QLabel()
        self._address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._address.setWordWrap(True)
        layout.addWidget(self._address)

        self._code = QLabel()
        self._code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._code.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 3)
        self._code.setFont(font)
        layout.addWidget(self._code)

        self._joined = QLabel("Nobody has joined yet.")
        self._joined.setWordWrap(True)
        layout.addWidget(self._joined)

        moderation = QGroupBox("Moderation")
        moderation_layout = QVBoxLayout(moderation)
        self._hold = QCheckBox("&Hold notes from phones until I approve them")
        moderation_layout.addWidget(self._hold)
        moderation_layout.addWidget(QLabel("Notes from phones:"))
        self._notes = QListWidget()
        self._notes.setAccessibleName("Notes from phones")
        moderation_layout.addWidget(self._notes)
        buttons = QHBoxLayout()
        self._approve = QPushButton("&Approve")
        self._remove = QPushButton("&Remove note")
        buttons.addWidget(self._approve)
        buttons.addWidget(self._remove)
        moderation_layout.addLayout(buttons)
        moderation_layout.addWidget(QLabel("Phones:"))
        self._devices = QListWidget()
        self._devices.setAccessibleName("Phones that have joined")
        moderation_layout.addWidget(self._devices)
        self._block = QPushButton("&Block phone")
        moderation_layout.addWidget(self._block)
        layout.addWidget(moderation)
        layout.addStretch(1)

    def _fill_interfaces(self) -> None:
        remembered = self._settings.value(SETTINGS_INTERFACE, "", type=str)
        for address in local_addresses():
            self._interface.addItem(address.label, address.address)
        index = self._interface.findData(remembered) if remembered else -1
        if index >= 0:
            self._interface.setCurrentIndex(index)

    def _connect_signals(self) -> None:
        self._toggle.clicked.connect(self._on_toggle)
        self._interface.currentIndexChanged.connect(self._on_interface_chosen)
        self._hold.toggled.connect(self._on_hold_toggled)
        self._approve.clicked.connect(self._on_approve)
        self._remove.clicked.connect(self._on_remove)
        self._block.clicked.connect(self._on_block)
        self._notes.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._devices.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._devices_changed.connect(self._on_devices_changed)
        events = self._services.events
        events.note_added.connect(self._on_note_event)
        events.note_changed.connect(self._on_note_event)
        events.note_removed.connect(self._on_note_event)
        events.session_changed.connect(self._on_session_changed)
        events.session_removed.connect(self._on_session_removed)

    # ----- slots -----------------------------------------------------------------------

    def _on_toggle(self) -> None:
        if self._server is not None:
            self.stop()
            return
        if self._session_id is None:
            return
        host = self._interface.currentData()
        server = LiveServer(
            self._services,
            self._session_id,
            host=host,
            on_devices_changed=self._devices_changed.emit,
        )
        try:
            server.start()
        except WorkshopError as error:
            self._error.setText(error.message)
            self._error.show()
            return
        self._error.hide()
        self._server = server
        self._update_controls()
        self.server_opened.emit(server.join_url, server.code)

    def _on_interface_chosen(self, _index: int) -> None:
        self._settings.setValue(SETTINGS_INTERFACE, self._interface.currentData())

    def _on_hold_toggled(self, checked: bool) -> None:
        if self._session_id is None:
            return
        if self._services.sessions.get(self._session_id).hold_device_notes != checked:
            self._report(
                lambda: self._services.sessions.update(
                    self._session_id,
                    hold_device_notes=checked,  # type: ignore[arg-type]
                )
            )

    def _on_approve(self) -> None:
        note_id = self._selected(self._notes)
        if note_id is not None:
            self._report(lambda: self._services.board.approve_note(note_id))

    def _on_remove(self) -> None:
        note_id = self._selected(self._notes)
        if note_id is not None:
            self._report(lambda: self._services.board.delete_note(note_id))

    def _on_block(self) -> None:
        participant_id = self._selected(self._devices)
        if participant_id is not None and self._server is not None:
            self._server.block_device(participant_id)

    def _on_note_event(self, note: NoteView) -> None:
        if note.session_id == self._session_id and note.source == "device":
            _start_once(self._moderation_later)

    def _on_devices_changed(self) -> None:
        _start_once(self._devices_later)

    def _on_session_changed(self, session: SessionView) -> None:
        if session.id == self._session_id:
            self._hold.blockSignals(True)
            self._hold.setChecked(session.hold_device_notes)
            self._hold.blockSignals(False)

    def _on_session_removed(self, session_id: int) -> None:
        if session_id == self._session_id:
            # Forget the session before stopping, so nothing reads the removed row.
            self._session_id = None
            self.stop()
            self._notes.clear()
            self._update_controls()

    # ----- refreshing ------------------------------------------------------------------

    def _update_controls(self) -> None:
        has_session = self._session_id is not None
        running = self._server is not None
        self._toggle.setEnabled(has_session)
        self._toggle.setText("&Close live participation" if running else "&Open live participation")
        self._interface.setEnabled(not running)
        self._hold.setEnabled(has_session)
        if has_session:
            self._on_session_changed(self._services.sessions.get(self._session_id))  # type: ignore[arg-type]
        if running and self._server is not None:
            self._qr.setPixmap(QPixmap.fromImage(qr_image(self._server.join_url, 6)))
            self._address.setText(f"Go to {self._server.address}/j/{self._server.code}")
            self._code.setText(f"Code: {self._server.code}")
            for widget in (self._qr, self._address, self._code):
                widget.show()
        else:
            self._qr.clear()
            for widget in (self._qr, self._address, self._code):
                widget.hide()
        self._refresh_devices()
        self._update_buttons()

    def _refresh_devices(self) -> None:
        current = self._selected(self._devices)
        self._devices.clear()
        devices = self._server.devices() if self._server is not None else []
        roles = Counter(d.role for d in devices if not d.blocked)
        count = sum(roles.values())
        if count:
            people = "person has" if count == 1 else "people have"
            self._joined.setText(f"{count} {people} joined: {_role_summary(roles)}.")
        else:
            self._joined.setText("Nobody has joined yet.")
        for device in devices:
            label = f"{device.name} ({device.role.replace('_', ' ')}), {device.notes_sent} notes"
            if device.blocked:
                label += " (blocked)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, device.participant_id)
            self._devices.addItem(item)
            if device.participant_id == current:
                self._devices.setCurrentItem(item)
        self._update_buttons()

    def _refresh_moderation(self) -> None:
        current = self._selected(self._notes)
        self._notes.clear()
        if self._session_id is None:
            return
        notes = [n for n in self._services.board.notes(self._session_id) if n.source == "device"]
        # Waiting notes first, newest first: they are what the facilitator must act on.
        notes.sort(key=lambda n: (not n.pending, -n.id))
        for note in notes:
            prefix = "Waiting: " if note.pending else ""
            item = QListWidgetItem(prefix + note.text.replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.pending)
            self._notes.addItem(item)
            if note.id == current:
                self._notes.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self._notes.currentItem()
        self._approve.setEnabled(note is not None and bool(note.data(Qt.ItemDataRole.UserRole + 1)))
        self._remove.setEnabled(note is not None)
        device = self._devices.currentItem()
        self._block.setEnabled(device is not None and self._server is not None)

    @staticmethod
    def _selected(listing: QListWidget) -> int | None:
        item = listing.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _report(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except WorkshopError as error:
            self._error.setText(error.message)
            self._error.show()
        else:
            self._error.hide()

    def closeEvent(self, event: object) -> None:
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
