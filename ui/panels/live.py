"""Live participation panel: open or close the phone server, QR code, join code, moderation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.board.commands import LetThroughCommand
from ui.dialogs.photo_phone import PhonePhotosDialog
from ui.i18n import refusal_text
from ui.labels import role_label, role_plural
from ui.panels.live_devices import LiveDevices
from ui.preferences import LIVE_INTERFACE, LIVE_PORT, Preferences
from ui.qr import qr_image
from ui.widgets.tone import Tone, set_tone
from workshop.errors import WorkshopError
from workshop.live.interfaces import local_addresses
from workshop.room import Aspect, LiveInfo, Room
from workshop.vocabulary import NoteSource


def _role_summary(roles: Counter[str]) -> str:
    parts = []
    for role, count in sorted(roles.items(), key=lambda item: (-item[1], item[0])):
        label = role_plural(role) if count != 1 else role_label(role)
        parts.append(f"{count} {label}")
    return ", ".join(parts)


REFRESH_MS = 150
# Notes the moderation list shows at least: below that the panel scrolls in its dock instead
# of squeezing the list (on a 768-pixel laptop it was three rows of a 60-note board).
NOTES_SHOWN = 8


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
    """Live participation as a view of the Room: open it, show how to join, moderate.

    Phones belong to the live session, not to what the facilitator is looking at: opening
    another session leaves them joined, and the panel keeps showing the live session.
    Closing is explicit and says how many phones it disconnects.
    """

    def __init__(
        self,
        room: Room,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._services = room.services
        # Letting a note through is undone like any board change (the window's stack).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._preferences = preferences if preferences is not None else Preferences()
        # The question asked before closing while phones are joined (kept for tests and a11y).
        self.stop_question: QMessageBox | None = None
        # The facilitator's own link, while its window is open.
        self.own_phone_dialog: PhonePhotosDialog | None = None
        # A burst from a room of phones brings hundreds of events a second; the lists are
        # redrawn at most every REFRESH_MS instead of once per event, so the window stays live.
        self._moderation_later = _coalescing_timer(self, self._refresh_moderation)
        self._devices_later = _coalescing_timer(self, self._refresh_devices)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    # ----- public ----------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The session this panel shows: the live one, else the one the facilitator has open."""
        live = self._room.live_session_id
        return live if live is not None else self._room.session_id

    def request_stop(self) -> None:
        """Close live participation; with phones joined, ask first and say how many."""
        joined = self._room.joined_count()
        if joined == 0:
            self._room.stop_live()
            return
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWindowTitle(self.tr("Close live participation?"))
        question.setText(
            self.tr("1 phone is joined. Closing disconnects it and its code stops working.")
            if joined == 1
            else self.tr(
                "{count} phones are joined. Closing disconnects them all and the code "
                "stops working."
            ).format(count=joined)
        )
        close = question.addButton(
            self.tr("&Close for everyone"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = question.addButton(self.tr("&Keep open"), QMessageBox.ButtonRole.RejectRole)
        # Enter keeps the room connected: disconnecting everyone takes a deliberate choice.
        close.setAutoDefault(False)
        question.setDefaultButton(keep)
        question.buttonClicked.connect(
            lambda clicked: self._room.stop_live() if clicked is close else None
        )
        question.finished.connect(lambda _result: setattr(self, "stop_question", None))
        self.stop_question = question
        question.open()
        keep.setFocus()

    def show_own_phone_link(self) -> PhonePhotosDialog:
        """The facilitator's own link as a QR code, in a window on this computer only."""
        if self.own_phone_dialog is None:
            dialog = PhonePhotosDialog(self._room, self)
            dialog.finished.connect(lambda _result: setattr(self, "own_phone_dialog", None))
            self.own_phone_dialog = dialog
        self.own_phone_dialog.show()
        self.own_phone_dialog.raise_()
        return self.own_phone_dialog

    # ----- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self._which = QLabel()
        self._which.setWordWrap(True)
        self._which.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._which)

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
        set_tone(self._error, Tone.ERROR)
        self._error.hide()
        layout.addWidget(self._error)

        # With tables in the room, each table scans its own code (the same page, at that table).
        join_row = QFormLayout()
        join_row.setContentsMargins(0, 0, 0, 0)
        self._join_for = QComboBox()
        self._join_for_label = QLabel()
        self._join_for_label.setBuddy(self._join_for)
        join_row.addRow(self._join_for_label, self._join_for)
        self._join_for_row = QWidget()
        self._join_for_row.setLayout(join_row)
        layout.addWidget(self._join_for_row)

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
        self._photos_any = QCheckBox()
        moderation_layout.addWidget(self._photos_any)
        self._own_phone = QPushButton()
        moderation_layout.addWidget(self._own_phone)
        self._notes_caption = QLabel()
        moderation_layout.addWidget(self._notes_caption)
        self._notes = QListWidget()
        # What the list shows, row by row (note id, text shown, waiting), to change only what
        # differs when the board changes.
        self._shown_rows: list[tuple[int, str, bool]] = []
        self._fit_notes_list()
        moderation_layout.addWidget(self._notes, 2)  # spare height goes to the notes first
        buttons = QHBoxLayout()
        self._approve = QPushButton()
        self._remove = QPushButton()
        buttons.addWidget(self._approve)
        buttons.addWidget(self._remove)
        moderation_layout.addLayout(buttons)
        self._phones = LiveDevices(self._room)
        moderation_layout.addWidget(self._phones, 1)
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
        self._join_for_label.setText(self.tr("&Code for:"))
        self._join_for.setAccessibleName(self.tr("Whose join code to show"))
        self._join_for.setToolTip(
            self.tr("Each table scans its own code; its phones' notes land on that table")
        )
        self._moderation.setTitle(self.tr("Moderation"))
        self._hold.setText(self.tr("&Hold notes from phones until I approve them"))
        self._hold.setToolTip(
            self.tr("Notes from phones wait here and reach the board only when you approve them")
        )
        self._photos_any.setText(self.tr("Any &phone may send photos of paper"))
        self._photos_any.setToolTip(
            self.tr(
                "Without this, only tables' hosts and your own phone may; the notes found always "
                "wait for your review"
            )
        )
        self._own_phone.setText(self.tr("Send photos from &your phone…"))
        self._own_phone.setToolTip(
            self.tr("Shows a QR code here, on this computer only, for your own phone to scan")
        )
        self._notes_caption.setText(self.tr("Notes from phones:"))
        self._notes.setAccessibleName(self.tr("Notes from phones"))
        self._approve.setText(self.tr("&Approve"))
        self._approve.setToolTip(self.tr("Put the selected waiting note on the board"))
        self._remove.setText(self.tr("&Remove note"))
        self._remove.setToolTip(self.tr("Delete the selected note from the board"))
        self._update_controls()
        self._refresh_moderation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_notes_list()
        super().changeEvent(event)

    def _fit_notes_list(self) -> None:
        """At least NOTES_SHOWN rows of notes in the current font, and the sideways scroll bar
        a 300-letter word brings."""
        rows = NOTES_SHOWN * (self._notes.fontMetrics().height() + 2)
        bar = self._notes.horizontalScrollBar().sizeHint().height()
        self._notes.setMinimumHeight(rows + bar + 2 * self._notes.frameWidth())

    def _fill_interfaces(self) -> None:
        remembered = self._preferences.get(LIVE_INTERFACE)
        for address in local_addresses():
            self._interface.addItem(address.label, address.address)
        index = self._interface.findData(remembered) if remembered else -1
        if index >= 0:
            self._interface.setCurrentIndex(index)

    def _connect_signals(self) -> None:
        self._toggle.clicked.connect(self._on_toggle)
        self._interface.currentIndexChanged.connect(self._on_interface_chosen)
        self._hold.toggled.connect(self._on_hold_toggled)
        self._photos_any.toggled.connect(self._apply_photo_permission)
        self._own_phone.clicked.connect(self.show_own_phone_link)
        self._approve.clicked.connect(self._on_approve)
        self._remove.clicked.connect(self._on_remove)
        self._phones.changed.connect(lambda: _start_once(self._devices_later))
        self._notes.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._join_for.currentIndexChanged.connect(lambda _index: self._show_join_code())
        room = self._room
        room.devices_changed.connect(lambda: _start_once(self._devices_later))
        room.board_changed.connect(self._on_board_changed)
        room.session_opened.connect(self._on_shown_session_changed)
        room.live_started.connect(self._on_live_changed)
        room.live_stopped.connect(self._on_live_changed)

    # ----- slots -----------------------------------------------------------------------

    def _on_toggle(self) -> None:
        if self._room.live is not None:
            self.request_stop()
            return
        if self._room.session_id is None:
            return
        try:
            self._room.start_live(
                host=self._interface.currentData(), port=self._preferences.get(LIVE_PORT)
            )
        except WorkshopError as error:
            self._error.setText(refusal_text(error))
            self._error.show()
            return
        self._error.hide()

    def _on_interface_chosen(self, _index: int) -> None:
        chosen = self._interface.currentData()
        self._preferences.set(LIVE_INTERFACE, chosen if isinstance(chosen, str) else "")

    def _on_hold_toggled(self, checked: bool) -> None:
        board = self._room.board_of(self.session_id)
        if board is not None and board.session.hold_device_notes != checked:
            session_id = board.session.id
            self._report(
                lambda: self._services.sessions.update(session_id, hold_device_notes=checked)
            )

    def _apply_photo_permission(self) -> None:
        server = self._room.server
        if server is not None:
            server.photos_from_any_phone = self._photos_any.isChecked()

    def _on_approve(self) -> None:
        note_id = self._selected(self._notes)
        if note_id is not None:
            self._error.hide()
            self.undo_stack.push(LetThroughCommand(self._services, self._refused, [note_id]))

    def _on_remove(self) -> None:
        note_id = self._selected(self._notes)
        if note_id is not None:
            self._report(lambda: self._services.board.delete_note(note_id))

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.session_id:
            return
        if aspect & Aspect.NOTES:
            _start_once(self._moderation_later)
        if aspect & (Aspect.SESSION | Aspect.TABLES):
            self._update_controls()

    def _on_shown_session_changed(self, _session_id: int | None) -> None:
        # While live, the panel stays on the live session; otherwise it follows the facilitator.
        if self._room.live is None:
            self._update_controls()
            self._refresh_moderation()

    def _on_live_changed(self, _live: LiveInfo | int) -> None:
        if self.stop_question is not None and self._room.live is None:
            self.stop_question.close()
        self._update_controls()
        self._refresh_moderation()

    # ----- refreshing ------------------------------------------------------------------

    def _update_controls(self) -> None:
        live = self._room.live
        board = self._room.board_of(self.session_id)
        has_session = board is not None
        running = live is not None
        self._toggle.setEnabled(has_session)
        self._toggle.setText(
            self.tr("&Close live participation") if running else self.tr("&Open live participation")
        )
        self._toggle.setToolTip(
            self.tr("Stop phones joining; every code and link stops working")
            if running
            else self.tr("Let people add notes and vote from their phones on this network")
        )
        if live is not None:
            self._which.setText(self.tr("Live: {session}").format(session=live.session_title))
        elif board is not None:
            self._which.setText(
                self.tr("Not live. Session: {session}").format(session=board.session.title)
            )
        else:
            self._which.setText(self.tr("Not live."))
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
        self._own_phone.setVisible(running)
        self._hold.setEnabled(has_session)
        self._apply_photo_permission()  # a server opened again follows the box
        if board is not None:
            self._hold.blockSignals(True)
            self._hold.setChecked(board.session.hold_device_notes)
            self._hold.blockSignals(False)
        self._fill_join_choices()
        if live is not None:
            self._show_join_code()
            self._code.setText(self.tr("Code: {code}").format(code=live.code))
            for widget in (self._qr, self._address, self._code):
                widget.show()
        else:
            self._qr.clear()
            for widget in (self._qr, self._address, self._code):
                widget.hide()
        self._refresh_devices()
        self._update_buttons()

    def _fill_join_choices(self) -> None:
        """The whole room, then each table of the live session, for the code shown."""
        live = self._room.live
        board = self._room.board_of(live.session_id) if live is not None else None
        tables = board.tables if board is not None else ()
        wanted = [(self.tr("The whole room (plenary)"), None)] + [(t.name, t.id) for t in tables]
        have = [
            (self._join_for.itemText(i), self._join_for.itemData(i))
            for i in range(self._join_for.count())
        ]
        if wanted != have:
            chosen = self._join_for.currentData()
            self._join_for.blockSignals(True)
            self._join_for.clear()
            for name, table_id in wanted:
                self._join_for.addItem(name, table_id)
            index = self._join_for.findData(chosen) if chosen is not None else 0
            self._join_for.setCurrentIndex(max(0, index))
            self._join_for.blockSignals(False)
        self._join_for_row.setVisible(live is not None and bool(tables))

    def _show_join_code(self) -> None:
        live = self._room.live
        if live is None:
            return
        table_id = self._join_for.currentData()
        url = live.join_url if table_id is None else live.table_url(table_id)
        self._qr.setPixmap(QPixmap.fromImage(qr_image(url, 6)))
        typed = f"{live.address}/j/{live.code}"
        if table_id is not None:
            typed += f"?table={table_id}"
        self._address.setText(self.tr("Go to {address}").format(address=typed))

    def _refresh_devices(self) -> None:
        devices = self._room.devices()
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
        self._phones.show_devices()
        self._update_buttons()

    def _refresh_moderation(self) -> None:
        # The Room's board as it stands: no read of the record for a note that arrived.
        board = self._room.board_of(self.session_id)
        rows: list[tuple[int, str, bool]] = []
        if board is not None:
            notes = [n for n in board.notes if n.source is NoteSource.DEVICE]
            # Waiting notes first, newest first: they are what the facilitator must act on.
            notes.sort(key=lambda n: (not n.pending, -n.id))
            waiting = self.tr("Waiting:") + " "
            rows = [
                (n.id, (waiting if n.pending else "") + n.text.replace("\n", " "), n.pending)
                for n in notes
            ]
        self._show_rows(rows)
        self._update_buttons()

    def _show_rows(self, rows: list[tuple[int, str, bool]]) -> None:
        """Replace only the rows between the unchanged start and end of the list: in a burst a
        note arriving among hundreds adds one item, instead of the whole list being rebuilt
        several times a second on the thread that also draws the board."""
        shown = self._shown_rows
        if rows == shown:
            return
        current = self._selected(self._notes)
        same = min(len(rows), len(shown))
        start = 0
        while start < same and rows[start] == shown[start]:
            start += 1
        end = 0
        while end < same - start and rows[-1 - end] == shown[-1 - end]:
            end += 1
        for _ in range(len(shown) - start - end):
            self._notes.takeItem(start)
        for offset, (note_id, text, pending) in enumerate(rows[start : len(rows) - end]):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, pending)
            self._notes.insertItem(start + offset, item)
        self._shown_rows = rows
        if current is not None and self._selected(self._notes) != current:
            for row, (note_id, _text, _pending) in enumerate(rows):
                if note_id == current:
                    self._notes.setCurrentRow(row)
                    break

    def _update_buttons(self) -> None:
        note = self._notes.currentItem()
        self._approve.setEnabled(note is not None and bool(note.data(Qt.ItemDataRole.UserRole + 1)))
        self._remove.setEnabled(note is not None)

    @staticmethod
    def _selected(listing: QListWidget) -> int | None:
        item = listing.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _refused(self, error: WorkshopError) -> None:
        self._error.setText(refusal_text(error))
        self._error.show()

    def _report(self, change: Callable[[], object]) -> None:
        try:
            change()
        except WorkshopError as error:
            self._error.setText(refusal_text(error))
            self._error.show()
        else:
            self._error.hide()
