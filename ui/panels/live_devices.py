"""The facilitator's view of the phones that joined: who took part, and what to do about one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.labels import role_label
from workshop.errors import WorkshopError
from workshop.live.api import DeviceView
from workshop.room import Room


class LiveDevices(QWidget):
    """Lists joined phones; removes, blocks, counts one as present or links it to a person.

    A phone that joined but added nothing is not counted as taking part unless the
    facilitator says so here; a name typed on a phone stays a claim unless linked here.
    """

    changed = Signal()  # the facilitator changed something about a phone

    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._services = room.services
        self._session_id: int | None = None
        self._present: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.flood_warning = QLabel()
        self.flood_warning.setWordWrap(True)
        self.flood_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.flood_warning.setObjectName("warning")
        self.flood_warning.hide()
        self.caption = QLabel()
        self.listing = QListWidget()
        buttons = QHBoxLayout()
        self.remove_button = QPushButton()
        self.block_button = QPushButton()
        self.present_button = QPushButton()
        for button in (self.remove_button, self.block_button, self.present_button):
            buttons.addWidget(button)
        linking = QHBoxLayout()
        self.person_combo = QComboBox()
        self.link_button = QPushButton()
        linking.addWidget(self.person_combo, 1)
        linking.addWidget(self.link_button)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        for widget in (self.flood_warning, self.caption, self.listing):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(linking)
        layout.addWidget(self.error)
        self.listing.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.remove_button.clicked.connect(self._on_remove)
        self.block_button.clicked.connect(self._on_block)
        self.present_button.clicked.connect(self._on_present)
        self.link_button.clicked.connect(self._on_link)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Phones:"))
        self.listing.setAccessibleName(self.tr("Phones that have joined"))
        self.flood_warning.setText(
            self.tr(
                "Phones are joining faster than people can scan a code. If this is not the "
                "room, close live participation and open it again for a new code."
            )
        )
        self.remove_button.setText(self.tr("Sign &out phone"))
        self.remove_button.setToolTip(
            self.tr("The phone's sign-in stops working; it can join again with the code")
        )
        self.block_button.setText(self.tr("&Block phone"))
        self.block_button.setToolTip(
            self.tr("Stop this phone: it cannot send anything or join again")
        )
        self.present_button.setText(self.tr("Count as taking part"))
        self.present_button.setToolTip(
            self.tr("This person was here although their phone has not added anything")
        )
        self.person_combo.setAccessibleName(self.tr("Registered person to link the phone to"))
        self.link_button.setText(self.tr("&Link to person"))
        self.link_button.setToolTip(
            self.tr("The phone was this registered person: their notes and dots become theirs")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_devices()
        super().changeEvent(event)

    # ----- showing -----------------------------------------------------------------------

    def show_devices(self) -> None:
        """Redraw the list for the room's open server (empty when none is open)."""
        server = self._room.server
        session_id = self._session_id = self._room.live_session_id
        current = self._selected()
        devices = self._room.devices()
        self._present = (
            self._services.participants.attendees(session_id) if session_id is not None else set()
        )
        self.flood_warning.setVisible(server is not None and server.join_flood)
        self.listing.clear()
        for device in devices:
            item = QListWidgetItem(self.describe(device))
            item.setData(Qt.ItemDataRole.UserRole, device.participant_id)
            self.listing.addItem(item)
            if device.participant_id == current:
                self.listing.setCurrentItem(item)
        self._fill_people()
        self._update_buttons()

    def describe(self, device: DeviceView) -> str:
        """One line per phone: who it says it is, and whether it has taken part."""
        text = self.tr("{name} ({role})").format(name=device.name, role=role_label(device.role))
        if device.blocked:
            return text + " – " + self.tr("blocked")
        if device.notes_sent:
            return text + " – " + self.tr("notes sent: {count}").format(count=device.notes_sent)
        if device.contributed:
            return text + " – " + self.tr("has voted")
        if device.participant_id in self._present:
            return text + " – " + self.tr("counted as taking part")
        return text + " – " + self.tr("joined, has not added anything")

    def _fill_people(self) -> None:
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        if self._session_id is None:
            return
        workshop_id = self._services.sessions.get(self._session_id).workshop_id
        for person in self._services.participants.list(workshop_id):
            if not person.joined_from_device:
                self.person_combo.addItem(
                    f"{person.name} ({role_label(person.role)})", userData=person.id
                )
        index = self.person_combo.findData(chosen)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)

    def _selected(self) -> int | None:
        item = self.listing.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self._selected()
        live = chosen is not None and self._room.server is not None
        for button in (self.remove_button, self.block_button, self.present_button):
            button.setEnabled(live)
        self.present_button.setEnabled(live and chosen not in self._present)
        self.link_button.setEnabled(live and self.person_combo.count() > 0)

    # ----- acting ------------------------------------------------------------------------

    def _on_remove(self) -> None:
        chosen = self._selected()
        server = self._room.server
        if chosen is not None and server is not None:
            server.remove_device(chosen)
            self.changed.emit()

    def _on_block(self) -> None:
        chosen = self._selected()
        if chosen is not None and self._room.block_device(chosen):
            self.changed.emit()

    def _on_present(self) -> None:
        chosen, session_id = self._selected(), self._session_id
        if chosen is not None and session_id is not None:
            self._report(
                lambda: self._services.participants.set_attendance(session_id, chosen, True)
            )

    def _on_link(self) -> None:
        chosen, person = self._selected(), self.person_combo.currentData()
        server = self._room.server
        if chosen is None or person is None or server is None:
            return
        # The phone's own entry goes; from now on what it sends is the person's.
        server.relink_device(chosen, int(person))
        if not self._report(lambda: self._services.participants.link_device(chosen, int(person))):
            server.relink_device(int(person), chosen)

    def _report(self, change: object) -> bool:
        try:
            change()  # type: ignore[operator]
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            return False
        self.error.hide()
        self.show_devices()
        self.changed.emit()
        return True


__all__ = ["LiveDevices"]
