"""The Balance tab: how much of the room's voice is citizens' and how much professionals'."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.panels.facilitation.common import Say, attempt, named
from ui.widgets.tone import Tone, set_tone
from workshop.room import Room


class BalanceTab(QWidget):
    """The share of notes and dots by voice, and a gentle prompt above the chosen threshold."""

    def __init__(self, room: Room, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._say = say
        box = QVBoxLayout(self)
        self.balance_bar = QProgressBar()
        self.balance_bar.setRange(0, 100)
        self.balance_bar.setFormat(self.tr("Citizen voice %p%"))
        named(
            self.balance_bar,
            self.tr("Balance of voice"),
            self.tr(
                "Share of notes and dots from the citizen voice; "
                "the rest is the professional voice."
            ),
        )
        box.addWidget(self.balance_bar)
        self.balance_text = QLabel()
        self.balance_text.setWordWrap(True)
        named(self.balance_text, self.tr("Balance of voice in words"))
        box.addWidget(self.balance_text)
        form = QFormLayout()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(50, 100)
        self.threshold_spin.setSuffix(" %")
        named(
            self.threshold_spin,
            self.tr("Prompt me when professionals exceed"),
            self.tr("A gentle prompt appears when the professional share goes above this."),
        )
        self.threshold_spin.editingFinished.connect(self.on_threshold_changed)
        form.addRow(self.tr("Prompt me when professionals &exceed:"), self.threshold_spin)
        box.addLayout(form)
        self.balance_prompt = QLabel()
        self.balance_prompt.setWordWrap(True)
        named(self.balance_prompt, self.tr("Balance prompt"))
        set_tone(self.balance_prompt, Tone.NOTICE)
        box.addWidget(self.balance_prompt)
        self.balance_on_projector = QCheckBox(self.tr("Show the balance on the &projector"))
        named(self.balance_on_projector, self.tr("Show the balance on the projector"))
        self.balance_on_projector.toggled.connect(room.set_show_balance)
        box.addWidget(self.balance_on_projector)
        box.addStretch(1)

    def refresh(self) -> None:
        session, tallies = self._room.session, self._room.tallies
        if session is None or tallies is None:
            return
        balance = tallies.balance
        if not self.threshold_spin.hasFocus():
            self.threshold_spin.setValue(session.voice_threshold)
        if balance.total == 0:
            self.balance_bar.setValue(0)
            self.balance_bar.setFormat(self.tr("No contributions yet"))
            self.balance_text.setText(
                self.tr("No notes or dots from citizens or professionals yet.")
            )
            self.balance_prompt.hide()
            return
        professional = round(balance.professional_share * 100)
        citizen = 100 - professional
        self.balance_bar.setFormat(self.tr("Citizen voice %p%"))
        self.balance_bar.setValue(citizen)
        self.balance_text.setText(
            self.tr(
                "Citizen voice {citizen}%: {citizen_notes} notes, {citizen_dots} dots. "
                "Professional voice {professional}%: {professional_notes} notes, "
                "{professional_dots} dots."
            ).format(
                citizen=citizen,
                citizen_notes=balance.citizen_notes,
                citizen_dots=balance.citizen_votes,
                professional=professional,
                professional_notes=balance.professional_notes,
                professional_dots=balance.professional_votes,
            )
        )
        self.balance_bar.setAccessibleDescription(self.balance_text.text())
        if balance.professionals_dominate(session.voice_threshold):
            self.balance_prompt.setText(
                self.tr(
                    "Worth a pause: professionals have made {share}% of the contributions, "
                    "above the {threshold}% you set. You could invite those who have "
                    "not spoken yet, or ask professionals to listen for a round."
                ).format(share=professional, threshold=session.voice_threshold)
            )
            self.balance_prompt.show()
        else:
            self.balance_prompt.hide()

    def on_threshold_changed(self) -> None:
        session = self._room.session
        if session is not None and self.threshold_spin.value() != session.voice_threshold:
            attempt(
                self._say,
                self._room.services.sessions.update,
                session.id,
                voice_threshold=self.threshold_spin.value(),
            )
