"""Protecting a note in exports: mark it not for the public record, or redact part of its text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.services import Services


class RedactDialog(QDialog):
    """The original stays in the app; exports show the redacted text or leave the note out.

    The board opens it for a note: `RedactDialog(services, note_id, parent).open()`. Accepting
    applies the change through the board service (allowed even on a final record).
    """

    def __init__(self, services: Services, note_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._note = services.board.get_note(note_id)
        self.setWindowTitle(self.tr("Protect this note in exports"))
        original_label = QLabel(self.tr("Original (kept inside the app):"))
        self.original = QPlainTextEdit(self._note.text)
        self.original.setReadOnly(True)
        self.original.setFixedHeight(70)
        self.private_box = QCheckBox(
            self.tr("Not for the public record: leave it out of every export")
        )
        self.private_box.setChecked(self._note.private)
        public_label = QLabel(
            self.tr(
                "Text exports show (remove a name or a health detail, e.g. replace it with [name]):"
            )
        )
        public_label.setWordWrap(True)
        self.public_edit = QPlainTextEdit(self._note.public_text)
        self.public_edit.setFixedHeight(70)
        self.private_box.toggled.connect(lambda on: self.public_edit.setEnabled(not on))
        self.public_edit.setEnabled(not self._note.private)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.addButton(
            self.tr("Show original"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.restore_button.clicked.connect(lambda: self.public_edit.setPlainText(self._note.text))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            original_label,
            self.original,
            self.private_box,
            public_label,
            self.public_edit,
            self.buttons,
        ):
            layout.addWidget(widget)

    def apply(self) -> None:
        """Save through the services, then close."""
        note_id = self._note.id
        private = self.private_box.isChecked()
        if private != self._note.private:
            self._services.board.set_note_private(note_id, private)
        public = self.public_edit.toPlainText()
        redacted = None if public.strip() in ("", self._note.text.strip()) else public
        if redacted != self._note.redacted_text:
            self._services.board.redact_note(note_id, redacted)
        self.accept()
