"""Jargon card panel: the signals phones sent, and the live glossary the room can see."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.labels import signal_label
from ui.widgets.tone import Tone, set_tone
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import SignalView


class SignalsPanel(QWidget):
    """Signals newest first; write down a word and its meaning; show the glossary on screen."""

    glossary_shown = Signal(bool)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.signals = QListWidget()
        layout.addWidget(self.signals, 1)
        self.glossary_title = QLabel()
        layout.addWidget(self.glossary_title)
        self.glossary = QListWidget()
        layout.addWidget(self.glossary, 1)
        form = QFormLayout()
        self.term = QLineEdit()
        self.meaning = QLineEdit()
        self.term_label = QLabel()
        self.term_label.setBuddy(self.term)
        self.meaning_label = QLabel()
        self.meaning_label.setBuddy(self.meaning)
        form.addRow(self.term_label, self.term)
        form.addRow(self.meaning_label, self.meaning)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_term)
        self.meaning.returnPressed.connect(self.add_term)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_term)
        self.show_button = QPushButton()
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.glossary_shown)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.show_button)
        layout.addLayout(buttons)
        services.events.signal_raised.connect(self._on_signal)
        services.events.glossary_changed.connect(self._on_glossary_changed)
        services.events.record_replaced.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.signals.setAccessibleName(self.tr("Signals from phones, newest first"))
        self.glossary_title.setText(self.tr("Words we explained"))
        self.glossary.setAccessibleName(self.tr("Glossary"))
        self.term_label.setText(self.tr("&Word:"))
        self.meaning_label.setText(self.tr("&Meaning:"))
        self.meaning.setPlaceholderText(self.tr("What it means, in plain words"))
        self.add_button.setText(self.tr("&Add to glossary"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.show_button.setText(self.tr("&Show glossary on the projector"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_session(self, session_id: int | None) -> None:
        self._session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        self.signals.clear()
        self.glossary.clear()
        enabled = self._session_id is not None
        for widget in (self.term, self.meaning, self.add_button, self.remove_button):
            widget.setEnabled(enabled)
        if self._session_id is None:
            self.counts.setText(self.tr("Open a session to see its signals."))
            return
        try:
            signals = self._services.room_signals.list(self._session_id)
            entries = self._services.glossary.list(self._session_id)
        except WorkshopError:
            return
        for signal in signals:
            self.signals.addItem(self._signal_line(signal))
        counts = self._services.room_signals.counts(self._session_id)
        self.counts.setText(
            " · ".join(f"{signal_label(kind)} {counts.get(kind, 0)}" for kind in _KINDS)
        )
        for entry in entries:
            item = QListWidgetItem(f"{entry.term}: {entry.meaning}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.glossary.addItem(item)

    @staticmethod
    def _signal_line(signal: SignalView) -> str:
        return f"{signal.at:%H:%M:%S}  {signal_label(signal.kind)}"

    def add_term(self) -> None:
        if self._session_id is None:
            return
        try:
            self._services.glossary.add(self._session_id, self.term.text(), self.meaning.text())
        except WorkshopError as error:
            # What was typed stays in the fields.
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self.error.hide()
        self.term.clear()
        self.meaning.clear()
        self.term.setFocus()

    def remove_term(self) -> None:
        item = self.glossary.currentItem()
        if item is None:
            return
        try:
            self._services.glossary.remove(item.data(Qt.ItemDataRole.UserRole))
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()

    def _on_signal(self, signal: SignalView) -> None:
        if signal.session_id == self._session_id:
            self.refresh()

    def _on_glossary_changed(self, session_id: int) -> None:
        if session_id == self._session_id:
            self.refresh()


_KINDS = ("jargon", "slow_down", "speak")

__all__ = ["SignalsPanel"]
