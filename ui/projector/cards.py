"""What the projector shows from the jargon card: a signal for a few seconds, and the glossary.

Both float over the projector window's page, so they work whatever it is showing. A signal
card names the kind and how many pressed it in the last minute, never who.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.labels import signal_label
from workshop.room import ProjectorState, Room
from workshop.views import SignalView

SHOW_MS = 6000


class SignalCard(QLabel):
    """A large card in the projector's corner: "Jargon! ×3"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("signalCard")
        font = self.font()
        font.setPixelSize(56)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet(
            "#signalCard { background: #ffdd00; color: #0b0b0b; border: 6px solid #0b0b0b;"
            " border-radius: 18px; padding: 18px 36px; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_signal(self, signal: SignalView) -> None:
        count = f"  ×{signal.recent}" if signal.recent > 1 else ""
        self.setText(signal_label(signal.kind) + count)
        self.setAccessibleName(self.text())
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()
        self._timer.start()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(parent.width() - self.width() - 40, parent.height() - self.height() - 40)


class GlossaryPanel(QWidget):
    """The session's glossary over the projector's page, shown on the facilitator's request."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#glossaryPanel { background: #ffffff; border: 6px solid #0b0b0b;"
            " border-radius: 12px; } QLabel { color: #0b0b0b; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        self.title = QLabel()
        font = self.title.font()
        font.setPixelSize(44)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        body_font = self.body.font()
        body_font.setPixelSize(34)
        self.body.setFont(body_font)
        layout.addWidget(self.body, 1)
        self.hide()

    def set_terms(self, terms: list[tuple[str, str]]) -> None:
        self.title.setText(QCoreApplication.translate("Projector", "Words we explained"))
        if terms:
            self.body.setText("\n\n".join(f"{term}: {meaning}" for term, meaning in terms))
        else:
            self.body.setText(QCoreApplication.translate("Projector", "No words explained yet."))

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = 60
            self.setGeometry(
                margin, margin + 80, parent.width() - 2 * margin, parent.height() - 2 * margin - 80
            )


class ProjectorCards(QObject):
    """Puts signal cards and the glossary on the projector window, following the Room."""

    def __init__(self, room: Room, window: QWidget) -> None:
        super().__init__(window)
        self._room = room
        self._window = window
        self.card = SignalCard(window)
        self.glossary = GlossaryPanel(window)
        window.installEventFilter(self)
        events = room.services.events
        events.signal_raised.connect(self._on_signal)
        events.glossary_changed.connect(self._on_glossary_changed)
        room.session_opened.connect(self._on_session_opened)
        room.projector_changed.connect(self._on_projector_changed)
        self._refresh_glossary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.card.place()
            self.glossary.place()
        return False

    def _on_session_opened(self, _session_id: object) -> None:
        self.card.hide()
        self._refresh_glossary()

    def _on_projector_changed(self, _state: ProjectorState) -> None:
        self._refresh_glossary()

    def _on_signal(self, signal: SignalView) -> None:
        if signal.session_id == self._room.session_id:
            self.card.show_signal(signal)

    def _on_glossary_changed(self, session_id: int) -> None:
        if session_id == self._room.session_id:
            self._refresh_glossary()

    def _refresh_glossary(self) -> None:
        session_id = self._room.session_id
        if not self._room.projector.show_glossary or session_id is None:
            self.glossary.hide()
            return
        entries = self._room.services.glossary.list(session_id)
        self.glossary.set_terms([(e.term, e.meaning) for e in entries])
        self.glossary.place()
        self.glossary.show()
        self.glossary.raise_()
        self.card.raise_()


__all__ = ["SHOW_MS", "GlossaryPanel", "ProjectorCards", "SignalCard"]
