"""Change who said a note after capture: type part of a name or a role, as in the capture bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.speakers import Speaker, SpeakerChoices
from workshop.views import NoteView, ParticipantView


class SpeakerDialog(QDialog):
    """One field with the register and the roles on offer; Enter accepts a single match."""

    def __init__(
        self,
        note: NoteView,
        people: Iterable[ParticipantView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who said it?"))
        self.choices = SpeakerChoices()
        self.choices.rebuild(people)
        current = self.choices.find(note.author_id, note.role)
        self.speaker_edit = QLineEdit(current.label if current else "")
        self.speaker_edit.setAccessibleName(self.tr("Speaker"))
        self.speaker_edit.setPlaceholderText(self.tr("Part of a name, or a role"))
        self.speaker_edit.selectAll()
        completer = QCompleter(QStringListModel(self.choices.labels(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_edit.setCompleter(completer)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_resolved)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Speaker"))
        label.setBuddy(self.speaker_edit)
        layout.addWidget(label)
        layout.addWidget(self.speaker_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def speaker(self) -> Speaker | None:
        return self.choices.resolve(self.speaker_edit.text())

    def _accept_if_resolved(self) -> None:
        if self.speaker() is not None:
            self.accept()
            return
        self.message.setText(
            self.tr("No single match: type more of a name from the register, or a role.")
        )
        self.speaker_edit.setFocus()
