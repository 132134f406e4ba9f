"""Record › Mark final… and Reopen…: participants have checked the record, or it needs changing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from workshop.errors import WorkshopError
from workshop.services import Services


class FinaliseDialog(QDialog):
    """Who checked the record and on which day; OK marks it final."""

    def __init__(
        self,
        services: Services,
        session_id: int,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self.setWindowTitle(self.tr("Mark the record final"))
        intro = QLabel(
            self.tr(
                "Once final, the session refuses changes (and live participation) until someone "
                "reopens it; the record then says when it was amended."
            )
        )
        intro.setWordWrap(True)
        self.checked_by_edit = QLineEdit()
        self.checked_by_edit.setPlaceholderText(self.tr("e.g. the participants, on 12 December"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        day = today or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        form = QFormLayout()
        form.addRow(self.tr("&Checked by"), self.checked_by_edit)
        form.addRow(self.tr("&On"), self.date_edit)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Mark final"))
        self._ok.setEnabled(False)
        self.checked_by_edit.textChanged.connect(
            lambda text: self._ok.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        qdate = self.date_edit.date()
        try:
            self._services.sessions.mark_final(
                self._session_id,
                dt.date(qdate.year(), qdate.month(), qdate.day()),
                checked_by=self.checked_by_edit.text(),
            )
        except WorkshopError as error:
            self.message.setText(refusal_text(error))
            return
        super().accept()


def confirm_reopen(parent: QWidget, services: Services, session_id: int) -> bool:
    """Ask, then reopen a final record; the record will say it was amended."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FinaliseDialog", "Reopen the record"),
        QCoreApplication.translate(
            "FinaliseDialog",
            "Reopen the final record to change it? It becomes a draft again, and once marked "
            "final again it says when it was amended.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        services.sessions.reopen(session_id)
    except WorkshopError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FinaliseDialog", "Reopen the record"),
            refusal_text(error),
        )
        return False
    return True
