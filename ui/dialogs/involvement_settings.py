"""A workshop's payment and access settings: rate, what the record and participants are told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from workshop.errors import WorkshopError
from workshop.payments import MAX_PENCE, InvolvementSettingsView
from workshop.services import Services

# What a link for participants starts with; not words to translate.
LINK_START = "https://"


class InvolvementSettingsDialog(QDialog):
    """Rules change every April: the rate and the sentences live here, not in the code."""

    def __init__(self, services: Services, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._workshop_id = workshop_id
        self.setWindowTitle(self.tr("Payment and access settings"))
        self.resize(560, 460)
        current = services.payments.settings(workshop_id)
        self.rate = QDoubleSpinBox()
        self.rate.setPrefix("£")
        self.rate.setDecimals(2)
        self.rate.setMaximum(MAX_PENCE / 100)
        self.rate.setSuffix(self.tr(" an hour"))
        self.rate.setValue(current.rate_pence_per_hour / 100)
        self.offer = QPlainTextEdit(current.offer)
        self.offer.setFixedHeight(56)
        self.offer.setPlaceholderText(
            self.tr("Everyone was offered £25 for their time and travel costs.")
        )
        self.note = QPlainTextEdit(current.participant_note)
        self.note.setFixedHeight(56)
        self.note.setPlaceholderText(
            self.tr("Payments can affect benefits; you can take a voucher or decline.")
        )
        self.link = QLineEdit(current.participant_link)
        self.link.setPlaceholderText(LINK_START)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 26)
        self.weeks.setSuffix(self.tr(" weeks before"))
        self.weeks.setValue(current.interpreter_weeks)
        self.overdue = QSpinBox()
        self.overdue.setRange(1, 365)
        self.overdue.setSuffix(self.tr(" days"))
        self.overdue.setValue(current.overdue_days)
        form = QFormLayout()
        form.addRow(self.tr("&Rate for time"), self.rate)
        form.addRow(self.tr("In the public &record"), self.offer)
        form.addRow(self.tr("&Note for participants"), self.note)
        form.addRow(self.tr("&Link for participants"), self.link)
        form.addRow(self.tr("Book &interpreters"), self.weeks)
        form.addRow(self.tr("Payment &overdue after"), self.overdue)
        hint = QLabel(
            self.tr(
                "The record says only what everyone was offered, never who was paid what. The "
                "app gives no benefits advice: the note and link are yours."
            )
        )
        hint.setWordWrap(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def save(self) -> InvolvementSettingsView | None:
        try:
            view = self._services.payments.update_settings(
                self._workshop_id,
                rate_pence_per_hour=round(self.rate.value() * 100),
                offer=self.offer.toPlainText(),
                participant_note=self.note.toPlainText(),
                participant_link=self.link.text(),
                interpreter_weeks=self.weeks.value(),
                overdue_days=self.overdue.value(),
            )
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return None
        self.accept()
        return view
