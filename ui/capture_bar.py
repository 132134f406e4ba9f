"""The scribe's quick capture bar: text, speaker and column, entirely from the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.i18n import translate, translated
from ui.labels import role_label
from workshop.services import Services
from workshop.views import ColumnView, ParticipantView
from workshop.vocabulary import Role

# Marked for lupdate here, translated where the choices are built (so a language switch shows it).
ROLE_ONLY = QT_TRANSLATE_NOOP("CaptureBar", "{role} (role only)")
# Field widths in the font's em, so they follow the user's font size.
# Preferred widths are what the fields get whenever the bar has room; the smaller floors keep
# the window narrow enough to sit beside another on a small laptop screen.
SPEAKER_CEILING_EMS = 18
SPEAKER_FLOOR_EMS = 8
COLUMN_PREFERRED_CHARS = 19
COLUMN_FLOOR_EMS = 8
TEXT_FLOOR_EMS = 6


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


@dataclass(frozen=True)
class Speaker:
    """Who said it: a registered participant, or only a role."""

    label: str
    author_id: int | None
    role: str


class CaptureBar(QWidget):
    """Type what was said and who said it (part of a name, or a role); Ctrl+1…9 picks the lane."""

    captured = Signal(int)  # note id
    refused = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.services = services
        self.editor: BoardEditor | None = None
        self.session_id: int | None = None
        self.workshop_id: int | None = None
        self._people: dict[int, ParticipantView] = {}
        self._choices: dict[str, Speaker] = {}
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
        row = QHBoxLayout()
        row.addWidget(self.speaker_edit)
        row.addWidget(self.column_combo)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.setTabOrder(self.speaker_edit, self.column_combo)
        self.setTabOrder(self.column_combo, self.text_edit)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choose_column(n - 1))
        self._connect_signals()
        self.setEnabled(False)
        self._update_hint()

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
        self._people = (
            {p.id: p for p in self.services.participants.list(self.workshop_id)}
            if self.workshop_id is not None
            else {}
        )
        self._rebuild_choices()
        self._reload_columns()
        self.setEnabled(session_id is not None)

    # ----- speakers --------------------------------------------------------------------------

    def _on_participant(self, person: ParticipantView) -> None:
        if person.workshop_id == self.workshop_id:
            self._people[person.id] = person
            self._rebuild_choices()

    def _on_participant_removed(self, participant_id: int) -> None:
        # An erased person's name must not stay on offer, nor be resolved to a dead id.
        if self._people.pop(participant_id, None) is None:
            return
        chosen = self._choices.get(self.speaker_edit.text().strip())
        if chosen is not None and chosen.author_id == participant_id:
            self.speaker_edit.clear()
        self._rebuild_choices()
        self._update_hint()

    def _rebuild_choices(self) -> None:
        choices: dict[str, Speaker] = {}
        for person in sorted(self._people.values(), key=lambda p: p.name.casefold()):
            label = f"{person.name} — {role_label(person.role)}"
            choices[label] = Speaker(label, person.id, person.role)
        for role in Role:
            label = role_label(role.value)
            label = translate("CaptureBar", ROLE_ONLY).format(role=label[:1].upper() + label[1:])
            choices[label] = Speaker(label, None, role.value)
        self._choices = choices
        self._completer_model.setStringList(list(choices))

    def resolve_speaker(self, typed: str | None = None) -> Speaker | None:
        """The speaker meant by what was typed: a chosen entry, one matching name, or a role."""
        text = (self.speaker_edit.text() if typed is None else typed).strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        wanted = text.casefold()
        people = [s for s in self._choices.values() if s.author_id is not None]
        named = [s for s in people if wanted in self._people[s.author_id or 0].name.casefold()]
        if len(named) == 1:
            return named[0]
        roles = [s for s in self._choices.values() if s.author_id is None]
        by_role = [s for s in roles if wanted in s.label.casefold()]
        if len(by_role) == 1 and not named:
            return by_role[0]
        return None

    def _speaker_entered(self) -> None:
        speaker = self.resolve_speaker()
        if speaker is not None:
            self.speaker_edit.setText(speaker.label)
            # Show the start of "Name — role", not its tail, in the narrow field.
            self.speaker_edit.setCursorPosition(0)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Role labels are translated: keep the chosen speaker, shown in the new language.
            chosen = self.resolve_speaker()
            self._rebuild_choices()
            if chosen is not None:
                again = next(
                    (
                        s
                        for s in self._choices.values()
                        if (s.author_id, s.role) == (chosen.author_id, chosen.role)
                    ),
                    None,
                )
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
        )
        if note is None:
            return None
        self.text_edit.clear()
        self.text_edit.setFocus()
        self.captured.emit(note.id)
        return note.id
