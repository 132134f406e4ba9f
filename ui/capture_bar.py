"""The scribe's quick capture bar: text, speaker and column, entirely from the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.i18n import refusal_text, translated
from ui.note_languages import NOTE_LANGUAGES
from ui.speakers import Speaker, SpeakerChoices
from workshop import validation
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ColumnView, ParticipantView

if TYPE_CHECKING:
    from ui.dialogs.newcomer import NewcomerDialog
# Field widths in the font's em, so they follow the user's font size.
# Preferred widths are what the fields get whenever the bar has room; the smaller floors keep
# the window narrow enough to sit beside another on a small laptop screen.
SPEAKER_CEILING_EMS = 18
SPEAKER_FLOOR_EMS = 8
COLUMN_PREFERRED_CHARS = 19
COLUMN_FLOOR_EMS = 8
TEXT_FLOOR_EMS = 6
# The text field is what the scribe types into all session: it keeps at least this share of the
# bar, and speaker and column share the rest.
TEXT_SHARE = 0.5


class SpeakerEdit(QLineEdit):
    """A line edit that asks for room to show its whole prompt, "Who said it? (name or role)"."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("M")
        # Text margins and frame: about one em.
        wanted = metrics.horizontalAdvance(self.placeholderText()) + em
        ceiling = em * SPEAKER_CEILING_EMS
        return QSize(max(hint.width(), min(wanted, ceiling)), hint.height())


class CaptureBar(QWidget):
    """Type what was said and who said it (part of a name, or a role); Ctrl+1…9 picks the lane."""

    captured = Signal(int)  # note id
    refused = Signal(str)
    newcomer_added = Signal(int)  # participant id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.services = services
        self.editor: BoardEditor | None = None
        self.session_id: int | None = None
        self.workshop_id: int | None = None
        self.speakers = SpeakerChoices()
        self.newcomer_dialog: NewcomerDialog | None = None
        self.speaker_edit = SpeakerEdit()
        translated(
            self.speaker_edit,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "Who said it? (name or role)"),
            "setPlaceholderText",
        )
        translated(
            self.speaker_edit,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "Speaker"),
            "setAccessibleName",
        )
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.speaker_edit.setCompleter(completer)
        self.column_combo = QComboBox()
        translated(
            self.column_combo,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "Column"),
            "setAccessibleName",
        )
        self.text_edit = QLineEdit()
        translated(
            self.text_edit,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "What was said — Enter adds it to the board"),
            "setPlaceholderText",
        )
        translated(
            self.text_edit,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "Note text"),
            "setAccessibleName",
        )
        self.add_button = translated(
            QPushButton(), "CaptureBar", QT_TRANSLATE_NOOP("CaptureBar", "Add")
        )
        self.hint = QLabel()
        self.hint.setObjectName("captureHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        # Wraps rather than holding the whole window as wide as its longest line.
        self.hint.setWordWrap(True)
        # The language the notes being captured are written in; it stays until changed.
        self.language_combo = QComboBox()
        self.language_combo.addItem("", None)
        for tag, name in NOTE_LANGUAGES:
            self.language_combo.addItem(name, tag)
        translated(
            self.language_combo,
            "CaptureBar",
            QT_TRANSLATE_NOOP("CaptureBar", "Language of the notes"),
            "setAccessibleName",
        )
        self._language_label = translated(
            QLabel(), "CaptureBar", QT_TRANSLATE_NOOP("CaptureBar", "Language:")
        )
        self._language_label.setBuddy(self.language_combo)
        self._name_detect_choice()
        # Speaker and column keep room to read "Who said it?" and a column's name; the text
        # field takes whatever the board area has left.
        em = self.fontMetrics().horizontalAdvance("M")
        self.speaker_edit.setMinimumWidth(em * SPEAKER_FLOOR_EMS)
        self.column_combo.setMinimumContentsLength(COLUMN_PREFERRED_CHARS)
        self.column_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.column_combo.setMinimumWidth(em * COLUMN_FLOOR_EMS)
        self.text_edit.setMinimumWidth(em * TEXT_FLOOR_EMS)
        self._fields = QGridLayout()
        self._fields.setHorizontalSpacing(6)
        self._fields.setVerticalSpacing(4)
        self._two_rows: bool | None = None
        self._arrange(two_rows=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(self._fields)
        below = QHBoxLayout()
        below.setSpacing(6)
        below.addWidget(self.hint, 1)
        below.addWidget(self._language_label)
        below.addWidget(self.language_combo)
        layout.addLayout(below)
        self.setTabOrder(self.speaker_edit, self.column_combo)
        self.setTabOrder(self.column_combo, self.text_edit)
        self.setTabOrder(self.add_button, self.language_combo)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choose_column(n - 1))
        self._connect_signals()
        self.setEnabled(False)
        self._update_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        others = (
            self.speaker_edit.sizeHint().width()
            + self.column_combo.sizeHint().width()
            + self.add_button.sizeHint().width()
            + 40  # margins and spacing
        )
        # Speaker and column never squeeze the text field below its share of the bar: when
        # they would, the text moves to a row of its own under them.
        self._arrange(two_rows=width - others < width * TEXT_SHARE)

    def _arrange(self, *, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        grid = self._fields
        for widget in (self.speaker_edit, self.column_combo, self.text_edit, self.add_button):
            grid.removeWidget(widget)
        for column in range(4):
            grid.setColumnStretch(column, 0)
        if two_rows:
            grid.addWidget(self.speaker_edit, 0, 0)
            grid.addWidget(self.column_combo, 0, 1, 1, 2)
            grid.addWidget(self.text_edit, 1, 0, 1, 3)
            grid.addWidget(self.add_button, 1, 3)
            grid.setColumnStretch(2, 1)
        else:
            grid.addWidget(self.speaker_edit, 0, 0)
            grid.addWidget(self.column_combo, 0, 1)
            grid.addWidget(self.text_edit, 0, 2)
            grid.addWidget(self.add_button, 0, 3)
            grid.setColumnStretch(2, 1)

    def _connect_signals(self) -> None:
        self.text_edit.returnPressed.connect(self.capture)
        self.add_button.clicked.connect(self.capture)
        self.speaker_edit.returnPressed.connect(self._speaker_entered)
        self.speaker_edit.textChanged.connect(self._update_hint)
        self.column_combo.currentIndexChanged.connect(self._update_hint)
        events = self.services.events
        events.participant_added.connect(self._on_participant)
        events.participant_changed.connect(self._on_participant)
        events.participant_removed.connect(self._on_participant_removed)
        events.column_added.connect(self._on_columns_changed)
        events.column_changed.connect(self._on_columns_changed)
        events.column_removed.connect(lambda _id: self._reload_columns())
        events.columns_reordered.connect(lambda _sid, _cols: self._reload_columns())

    def set_editor(self, editor: BoardEditor) -> None:
        self.editor = editor

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.workshop_id = (
            self.services.sessions.get(session_id).workshop_id if session_id is not None else None
        )
        self.speakers.rebuild(
            self.services.participants.list(self.workshop_id)
            if self.workshop_id is not None
            else ()
        )
        self._rebuild_choices()
        self._reload_columns()
        self.setEnabled(session_id is not None)

    # ----- speakers --------------------------------------------------------------------------

    def _on_participant(self, person: ParticipantView) -> None:
        if person.workshop_id == self.workshop_id:
            self.speakers.rebuild([*self._others(person.id), person])
            self._rebuild_choices()

    def _on_participant_removed(self, participant_id: int) -> None:
        # An erased person's name must not stay on offer, nor be resolved to a dead id.
        if participant_id not in self.speakers.people:
            return
        chosen = self.speakers.by_label.get(self.speaker_edit.text().strip())
        self.speakers.rebuild(self._others(participant_id))
        if chosen is not None and chosen.author_id == participant_id:
            self.speaker_edit.clear()
        self._rebuild_choices()
        self._update_hint()

    def _others(self, participant_id: int) -> list[ParticipantView]:
        return [p for p in self.speakers.people.values() if p.id != participant_id]

    def _rebuild_choices(self) -> None:
        self._completer_model.setStringList(self.speakers.labels())

    def resolve_speaker(self, typed: str | None = None) -> Speaker | None:
        """The speaker meant by what was typed: a chosen entry, one matching name, or a role."""
        return self.speakers.resolve(self.speaker_edit.text() if typed is None else typed)

    def _speaker_entered(self) -> None:
        speaker = self.resolve_speaker()
        typed = self.speaker_edit.text().strip()
        if speaker is None and typed and self._matches_nobody(typed):
            self.ask_newcomer(typed)
            return
        if speaker is not None:
            self.speaker_edit.setText(speaker.label)
            # Show the start of "Name — role", not its tail, in the narrow field.
            self.speaker_edit.setCursorPosition(0)
            self.text_edit.setFocus()

    def _matches_nobody(self, typed: str) -> bool:
        """Nothing on offer contains what was typed: it names someone not on the register."""
        wanted = typed.casefold()
        return not any(wanted in label.casefold() for label in self.speakers.by_label)

    def ask_newcomer(self, name: str) -> NewcomerDialog | None:
        """Offer to add someone new to the register with a role; consent stays no until asked."""
        from ui.dialogs.newcomer import NewcomerDialog

        if self.workshop_id is None:
            return None
        dialog = NewcomerDialog(name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_newcomer(dialog.name(), dialog.role()))
        dialog.open()
        self.newcomer_dialog = dialog
        return dialog

    def _add_newcomer(self, name: str, role: str) -> None:
        self.newcomer_dialog = None
        if self.workshop_id is None:
            return
        try:
            person = self.services.participants.add(
                self.workshop_id, name, role, attending_session_id=self.session_id
            )
        except WorkshopError as error:
            self.refused.emit(refusal_text(error))
            self.speaker_edit.setFocus()
            return
        # The register's event has already added them to the choices.
        speaker = self.speakers.find(person.id, person.role)
        if speaker is not None:
            self.speaker_edit.setText(speaker.label)
            self.speaker_edit.setCursorPosition(0)
        self.newcomer_added.emit(person.id)
        self.text_edit.setFocus()

    # ----- columns ---------------------------------------------------------------------------

    def _on_columns_changed(self, column: ColumnView) -> None:
        if column.session_id == self.session_id:
            self._reload_columns()

    def _reload_columns(self) -> None:
        current = self.current_column_id()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        if self.session_id is not None:
            for column in self.services.board.columns(self.session_id):
                prefix = f"{column.position + 1}. " if column.position < 9 else ""
                self.column_combo.addItem(prefix + column.title, column.id)
        index = self.column_combo.findData(current) if current is not None else -1
        self.column_combo.setCurrentIndex(max(0, index))
        self.column_combo.blockSignals(False)
        self._update_hint()

    def current_column_id(self) -> int | None:
        data = self.column_combo.currentData()
        return int(data) if data is not None else None

    def choose_column(self, index: int) -> None:
        if 0 <= index < self.column_combo.count():
            self.column_combo.setCurrentIndex(index)

    # ----- capture ---------------------------------------------------------------------------

    def note_language(self) -> str | None:
        """The language chosen for the notes being captured (None: the record detects it)."""
        tag = self.language_combo.currentData()
        return tag if isinstance(tag, str) else None

    def _name_detect_choice(self) -> None:
        self.language_combo.setItemText(0, self.tr("Detect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_detect_choice()
            # Role labels are translated: keep the chosen speaker, shown in the new language.
            chosen = self.resolve_speaker()
            self.speakers.rebuild(list(self.speakers.people.values()))
            self._rebuild_choices()
            if chosen is not None:
                again = self.speakers.find(chosen.author_id, chosen.role)
                if again is not None:
                    self.speaker_edit.setText(again.label)
                    self.speaker_edit.setCursorPosition(0)
            self._update_hint()
        super().changeEvent(event)

    def _update_hint(self) -> None:
        speaker = self.resolve_speaker()
        column = self.column_combo.currentText() or self.tr("no column")
        if not self.speaker_edit.text().strip():
            who = self.tr("type part of a name, or a role")
        elif speaker is None:
            who = self.tr("no single match yet — keep typing")
        else:
            who = speaker.label
        self.hint.setText(
            self.tr("Speaker: {who}   ·   Column: {column} (Ctrl+1…9)   ·   Enter adds").format(
                who=who, column=column
            )
        )

    def capture(self) -> int | None:
        """Add the typed text as a note; clear it, keep the speaker and column for the next."""
        text = self.text_edit.text().strip()
        if not text or self.editor is None:
            return None
        try:
            # Only invisible characters (a pasted zero-width space) is refused like the service.
            validation.note_text(text)
        except WorkshopError as error:
            self.refused.emit(refusal_text(error))
            return None
        speaker = self.resolve_speaker()
        if speaker is None:
            self.refused.emit(
                self.tr("Say who said it: type part of a participant's name, or a role.")
            )
            self.speaker_edit.setFocus()
            return None
        column_id = self.current_column_id()
        if column_id is None:
            self.refused.emit(self.tr("Add a column to the board first."))
            return None
        note = self.editor.add_note(
            column_id,
            text,
            author_id=speaker.author_id,
            role=None if speaker.author_id is not None else speaker.role,
            language=self.note_language(),
        )
        if note is None:
            return None
        self.text_edit.clear()
        self.text_edit.setFocus()
        self.captured.emit(note.id)
        return note.id
