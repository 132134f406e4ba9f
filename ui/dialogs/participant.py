"""The register entry of one person: name, role, organisation, consent, contact, support needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.labels import capitalised, role_label
from workshop.views import ParticipantView
from workshop.vocabulary import Role


def role_choices(combo: QComboBox) -> None:
    """Fill a combo box with the roles, labelled in the chosen language, storing their values."""
    for role in Role:
        combo.addItem(capitalised(role_label(role.value)), role.value)


class ParticipantDialog(QDialog):
    """Add or edit a person; every consent starts unticked, because consent defaults to no."""

    def __init__(
        self, person: ParticipantView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        role_choices(self.role_combo)
        self.organisation_edit = QLineEdit()
        self.named_box = QCheckBox(self.tr("May be named in the published record"))
        self.contact_box = QCheckBox(self.tr("May be contacted by the organisers"))
        self.share_box = QCheckBox(
            self.tr("May have their contact details shared with other participants")
        )
        self.share_box.setToolTip(
            self.tr(
                "Listed under “Stay in touch” in the record only if they also agree to be "
                "named, because contact details usually carry a name."
            )
        )
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Email or phone"))
        self.needs_edit = QPlainTextEdit()
        self.needs_edit.setPlaceholderText(
            self.tr("For example: large print, BSL interpreter, step-free")
        )
        self.needs_edit.setFixedHeight(64)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("Consent"), self.named_box)
        form.addRow("", self.contact_box)
        form.addRow("", self.share_box)
        form.addRow(self.tr("&Contact"), self.contact_edit)
        form.addRow(self.tr("&Support needs"), self.needs_edit)
        note = QLabel(self.tr("Support needs are for the organisers only and never leave the app."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if person is not None:
            self._show(person)
        self._update_save()

    def _show(self, person: ParticipantView) -> None:
        self.name_edit.setText(person.name)
        index = self.role_combo.findData(person.role)
        if index < 0:  # a withheld role from an anonymised file
            self.role_combo.addItem(
                QCoreApplication.translate("ParticipantDialog", "Participant (role withheld)"),
                person.role,
            )
            index = self.role_combo.count() - 1
        self.role_combo.setCurrentIndex(index)
        self.organisation_edit.setText(person.organisation)
        self.named_box.setChecked(person.consent_named)
        self.contact_box.setChecked(person.consent_contact)
        self.share_box.setChecked(person.consent_share_contact)
        self.contact_edit.setText(person.contact)
        self.needs_edit.setPlainText(person.support_needs)

    def _update_save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name_edit.text().strip()))

    def _accept_if_named(self) -> None:
        if self.name_edit.text().strip():
            self.accept()

    def values(self) -> dict[str, object]:
        """The fields as the participant service takes them."""
        return {
            "name": self.name_edit.text().strip(),
            "role": self.role_combo.currentData(),
            "organisation": self.organisation_edit.text().strip(),
            "consent_named": self.named_box.isChecked(),
            "consent_contact": self.contact_box.isChecked(),
            "consent_share_contact": self.share_box.isChecked(),
            "contact": self.contact_edit.text().strip(),
            "support_needs": self.needs_edit.toPlainText().strip(),
        }
