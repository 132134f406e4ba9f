"""The register entry of one person: name, role, organisation, consent, contact, support needs."""

from __future__ import annotations

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

from workshop.views import ParticipantView
from workshop.vocabulary import ROLE_LABELS, Role


def role_choices(combo: QComboBox) -> None:
    """Fill a combo box with the roles, labelled in plain English, storing the role values."""
    for role in Role:
        label = ROLE_LABELS[role]
        combo.addItem(label[:1].upper() + label[1:], role.value)


class ParticipantDialog(QDialog):
    """Add or edit a person; every consent starts unticked, because consent defaults to no."""

    def __init__(
        self, person: ParticipantView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit person" if person else "Add a person")
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        role_choices(self.role_combo)
        self.organisation_edit = QLineEdit()
        self.named_box = QCheckBox("May be named in the published record")
        self.contact_box = QCheckBox("May be contacted by the organisers")
        self.share_box = QCheckBox("May have their contact details shared with other participants")
        self.share_box.setToolTip(
            "Listed under “Stay in touch” in the record only if they also agree to be named, "
            "because contact details usually carry a name."
        )
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText("Email or phone")
        self.needs_edit = QPlainTextEdit()
        self.needs_edit.setPlaceholderText("For example: large print, BSL interpreter, step-free")
        self.needs_edit.setFixedHeight(64)
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        form.addRow("&Role", self.role_combo)
        form.addRow("&Organisation", self.organisation_edit)
        form.addRow("Consent", self.named_box)
        form.addRow("", self.contact_box)
        form.addRow("", self.share_box)
        form.addRow("&Contact", self.contact_edit)
        form.addRow("&Support needs", self.needs_edit)
        note = QLabel("Support needs are for the organisers only and never leave the app.")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
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
            self.role_combo.addItem("Participant (role withheld)", person.role)
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
