"""Live participation panel: open or close the phone server, QR code, join code, moderation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
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

from ui.i18n import refusal_text
from ui.labels import role_label, role_plural
from workshop.errors import WorkshopError
from workshop.live.interfaces import local_addresses
from workshop.services import Services
from workshop.views import NoteView, SessionView

if TYPE_CHECKING:
    from workshop.live.server import LiveServer

SETTINGS_INTERFACE = "live/interface"
SETTINGS_PORT = "live/port"  # 0: any free port (see ui.preferences.LIVE_PORT)
QR_QUIET_ZONE = 4  # modules of white border scanners need around the code


def qr_image(text: str, module_px: int = 8) -> QImage:
    """A QR code drawn at a whole number of pixels per module, so phone scanners read it."""
    import segno  # only once a server opens: keeps start-up quick

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
        label = role_plural(role) if count != 1 else role_label(role)
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
        self.retranslate_ui()
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
        self._network_label = QLabel()
        self._network_label.setBuddy(self._interface)
        form.addRow(self._network_label, self._interface)
        layout.addLayout(form)
        self._fill_interfaces()

        self._toggle = QPushButton()
        layout.addWidget(self._toggle)

        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)

        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b00020;")
        self._error.hide()
        layout.addWidget(self._error)

        self._qr = QLabel()
        self._qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
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

        self._joined = QLabel()
        self._joined.setWordWrap(True)
        layout.addWidget(self._joined)

        self._moderation = QGroupBox()
        moderation_layout = QVBoxLayout(self._moderation)
        self._hold = QCheckBox()
        moderation_layout.addWidget(self._hold)
        self._notes_caption = QLabel()
        moderation_layout.addWidget(self._notes_caption)
        self._notes = QListWidget()
        moderation_layout.addWidget(self._notes)
        buttons = QHBoxLayout()
        self._approve = QPushButton()
        self._remove = QPushButton()
        buttons.addWidget(self._approve)
        buttons.addWidget(self._remove)
        moderation_layout.addLayout(buttons)
        self._devices_caption = QLabel()
        moderation_layout.addWidget(self._devices_caption)
        self._devices = QListWidget()
        moderation_layout.addWidget(self._devices)
        self._block = QPushButton()
        moderation_layout.addWidget(self._block)
        layout.addWidget(self._moderation)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        """Set every fixed text in the current language (again after a language switch)."""
        self._interface.setAccessibleName(self.tr("Network to listen on"))
        self._interface.setToolTip(
            self.tr("The network the phones are on; the room's Wi-Fi, not this computer only")
        )
        self._network_label.setText(self.tr("&Network:"))
        self._qr.setAccessibleName(self.tr("QR code to join from a phone"))
        self._moderation.setTitle(self.tr("Moderation"))
        self._hold.setText(self.tr("&Hold notes from phones until I approve them"))
        self._hold.setToolTip(
            self.tr("Notes from phones wait here and reach the board only when you approve them")
        )
        self._notes_caption.setText(self.tr("Notes from phones:"))
        self._notes.setAccessibleName(self.tr("Notes from phones"))
        self._approve.setText(self.tr("&Approve"))
        self._approve.setToolTip(self.tr("Put the selected waiting note on the board"))
        self._remove.setText(self.tr("&Remove note"))
        self._remove.setToolTip(self.tr("Delete the selected note from the board"))
        self._devices_caption.setText(self.tr("Phones:"))
        self._devices.setAccessibleName(self.tr("Phones that have joined"))
        self._block.setText(self.tr("&Block phone"))
        self._block.setToolTip(
            self.tr("Stop the selected phone sending anything more to this session")
        )
        self._update_controls()
        self._refresh_moderation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        # The web server (and its HTTP library) loads only when someone opens it: a quicker start.
        from workshop.live.server import LiveServer

        host = self._interface.currentData()
        server = LiveServer(
            self._services,
            self._session_id,
            host=host,
            port=self._settings.value(SETTINGS_PORT, 0, type=int),
            on_devices_changed=self._devices_changed.emit,
        )
        try:
            server.start()
        except WorkshopError as error:
            self._error.setText(refusal_text(error))
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
        self._toggle.setText(
            self.tr("&Close live participation") if running else self.tr("&Open live participation")
        )
        self._toggle.setToolTip(
            self.tr("Stop phones joining; every code and link stops working")
            if running
            else self.tr("Let people add notes and vote from their phones on this network")
        )
        if not has_session:
            self._hint.setText(self.tr("Open a session first; then phones can join it."))
        elif not running:
            self._hint.setText(
                self.tr(
                    "Open live participation and show the QR code: people scan it or type the "
                    "address and code to add notes and vote from their own phones."
                )
            )
        self._hint.setVisible(not running)
        self._interface.setEnabled(not running)
        self._hold.setEnabled(has_session)
        if has_session:
            self._on_session_changed(self._services.sessions.get(self._session_id))  # type: ignore[arg-type]
        if running and self._server is not None:
            self._qr.setPixmap(QPixmap.fromImage(qr_image(self._server.join_url, 6)))
            self._address.setText(
                self.tr("Go to {address}").format(
                    address=f"{self._server.address}/j/{self._server.code}"
                )
            )
            self._code.setText(self.tr("Code: {code}").format(code=self._server.code))
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
            summary = _role_summary(roles)
            self._joined.setText(
                self.tr("1 person has joined: {roles}.").format(roles=summary)
                if count == 1
                else self.tr("{count} people have joined: {roles}.").format(
                    count=count, roles=summary
                )
            )
        else:
            self._joined.setText(self.tr("Nobody has joined yet."))
        for device in devices:
            label = self.tr("{name} ({role}), notes sent: {count}").format(
                name=device.name, role=role_label(device.role), count=device.notes_sent
            )
            if device.blocked:
                label += " " + self.tr("(blocked)")
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
            prefix = self.tr("Waiting:") + " " if note.pending else ""
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
            self._error.setText(refusal_text(error))
            self._error.show()
        else:
            self._error.hide()

    def closeEvent(self, event: object) -> None:
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
