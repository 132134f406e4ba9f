"""Confirming the erasure of a person: what happens to their notes, and that it cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EraseDialog(QDialog):
    """Asks twice in one place: the Erase button stays disabled until the user confirms."""

    def __init__(self, name: str, note_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person"))
        intro = QLabel(
            "<b>"
            + self.tr("Erase {name} from this workshop?").format(name=_escape(name))
            + "</b><br><br>"
            + self.tr(
                "Their register entry, contact details, support needs, access needs, attendance "
                "and votes are deleted, and nothing of them is left in the database file. Actions "
                "they owned or co-led stay, without them."
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)  # the name in it is escaped
        intro.setWordWrap(True)
        self.payments_note = QLabel(
            self.tr(
                "Payments and expenses are financial records the organisation must keep by law: "
                "they stay, with the name replaced by their pseudonym. Receipt photos and "
                "expenses notes are deleted."
            )
        )
        self.payments_note.setWordWrap(True)
        self.delete_notes_box = QCheckBox(
            self.tr(
                "Also delete their notes ({count}); otherwise they stay, without their name, "
                "labelled with their role"
            ).format(count=note_count)
        )
        self.delete_notes_box.setEnabled(note_count > 0)
        self.confirm_box = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_box.toggled.connect(self.erase_button.setEnabled)
        layout = QVBoxLayout(self)
        for widget in (
            intro,
            self.payments_note,
            self.delete_notes_box,
            self.confirm_box,
            self.buttons,
        ):
            layout.addWidget(widget)

    @property
    def delete_notes(self) -> bool:
        return self.delete_notes_box.isChecked()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
