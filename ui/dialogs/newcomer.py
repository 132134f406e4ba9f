"""Someone new in the room: a name and a role, added to the register from the capture bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.participant import role_choices


class NewcomerDialog(QDialog):
    """Name (as typed in the speaker field) and role; Enter adds. Consent stays no until asked."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a newcomer"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        role_choices(self.role_combo)
        consent = QLabel(
            self.tr(
                "They are not named in the record until you ask and they agree "
                "(open them in the register to record consent)."
            )
        )
        consent.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the register"))
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(consent)
        layout.addWidget(buttons)
        # The name was just typed: the role is what is left to choose.
        self.role_combo.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> str:
        return str(self.role_combo.currentData())

    def _accept_if_named(self) -> None:
        if self.name():
            self.accept()
        else:
            self.name_edit.setFocus()
