"""Recording the room's dots from the laptop: a person and their notes' numbers per line, or a grid.

Twenty people with five dots each is a hundred dots; typed as "ann 3 7 12 12 5" and Enter, one
line per person, that is twenty lines. The grid (notes down, people across) shows every dot and
takes a number typed into a cell. Each line or cell change is one undoable step; refusals (over
the limit, voting closed) are shown in the dialog and change nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.board.commands import ErrorReporter, ServiceCommand
from ui.i18n import refusal_text
from ui.speakers import SpeakerChoices
from workshop import audience
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import NoteView, ParticipantView, VoteView


class DotsCommand(ServiceCommand):
    """Place and take back one person's dots as one step; undo reverses exactly those dots."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        participant_id: int,
        add: Sequence[int],
        remove: Sequence[int],
    ) -> None:
        super().__init__(services, report, QCoreApplication.translate("RoomDots", "Record dots"))
        self.session_id = session_id
        self.participant_id = participant_id
        self.add = list(add)
        self.remove = list(remove)
        self._placed: list[VoteView] = []

    def apply(self) -> None:
        votes = self.services.votes
        taken: list[int] = []
        try:
            for note_id in self.remove:
                votes.retract_last(self.session_id, self.participant_id, note_id)
                taken.append(note_id)
            self._placed = []
            for note_id in self.add:
                self._placed.append(votes.cast(self.session_id, self.participant_id, note_id))
        except WorkshopError:
            # All or nothing: put back what this step had already changed.
            for vote in self._placed:
                votes.retract(vote.id)
            for note_id in taken:
                votes.cast(self.session_id, self.participant_id, note_id)
            self._placed = []
            raise

    def revert(self) -> None:
        votes = self.services.votes
        for vote in reversed(self._placed):
            votes.retract(vote.id)
        self._placed = []
        for note_id in self.remove:
            votes.cast(self.session_id, self.participant_id, note_id)


class RoomDotsDialog(QDialog):
    """Type a person and the numbers of the notes they chose, or type counts into the grid."""

    def __init__(
        self,
        services: Services,
        session_id: int,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.undo_stack = undo_stack
        session = services.sessions.get(session_id)
        self.dots_each = session.votes_per_participant
        self.setWindowTitle(self.tr("Record dots from the room"))
        self.notes: list[NoteView] = self._ballot()
        self.people: list[ParticipantView] = self._voters(session.workshop_id)
        self.choices = SpeakerChoices()
        self.choices.rebuild(self.people)

        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("A person and the numbers of their notes"))
        self.entry.setPlaceholderText(
            self.tr("Part of a name, then the numbers of their notes, e.g. ann 3 7 12 12 5")
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last result"))
        self.grid = QTableWidget(len(self.notes), len(self.people))
        self.grid.setAccessibleName(self.tr("Dots by note and person"))
        self.grid.setVerticalHeaderLabels(
            [f"{n}. {note.text[:60]}" for n, note in enumerate(self.notes, start=1)]
        )
        self.grid.setHorizontalHeaderLabels([person.name for person in self.people])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Each person has {count} dots. Type a line and press Enter, or type a number "
                "into the grid. Ctrl+Z in the main window undoes a line."
            ).format(count=self.dots_each)
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._filling = False
        self._rows = {note.id: row for row, note in enumerate(self.notes)}
        self._columns = {person.id: column for column, person in enumerate(self.people)}
        self._dots: Counter[tuple[int, int]] = Counter(
            (v.participant_id, v.note_id) for v in services.votes.list(session_id)
        )
        for (person_id, note_id), _count in self._dots.items():
            self._show_cell(person_id, note_id)
        self._fill_empty_cells()
        self.entry.returnPressed.connect(self.record_line)
        self.grid.itemChanged.connect(self._cell_changed)
        events = services.events
        events.vote_added.connect(self._on_vote_added)
        events.vote_removed.connect(self._on_vote_removed)

    # ----- what is on offer ------------------------------------------------------------------

    def _ballot(self) -> list[NoteView]:
        """The notes the room can see, in board order (column, then top to bottom)."""
        columns = {c.id: c.position for c in self.services.board.columns(self.session_id)}
        notes = [n for n in self.services.board.notes(self.session_id) if audience.seen_by_room(n)]
        return sorted(notes, key=lambda n: (columns.get(n.column_id, 0), n.y, n.x, n.id))

    def _voters(self, workshop_id: int) -> list[ParticipantView]:
        """The people in the room (everyone registered when nobody was signed in)."""
        people = self.services.participants.list(workshop_id)
        here = self.services.participants.attendees(self.session_id)
        present = [p for p in people if p.id in here]
        return sorted(present or people, key=lambda p: p.name.casefold())

    # ----- the typed line --------------------------------------------------------------------

    def record_line(self) -> bool:
        """Record the typed line; on a refusal say why and keep the line to correct."""
        words = self.entry.text().replace(",", " ").split()
        # The name is the words before the first number (a name may hold digits: "Flat 2b").
        first = next((i for i, w in enumerate(words) if w.isdigit()), len(words))
        speaker = self.choices.resolve(" ".join(words[:first]).rstrip(":"))
        if speaker is None or speaker.author_id is None:
            return self._say(self.tr("Type part of one person's name first."))
        numbers = [int(w) for w in words[first:] if w.isdigit()]
        if not numbers or len(numbers) != len(words[first:]):
            return self._say(self.tr("After the name, type only the numbers of the notes."))
        wrong = [n for n in numbers if not 1 <= n <= len(self.notes)]
        if wrong:
            return self._say(
                self.tr("There is no note {number}; the notes go from 1 to {last}.").format(
                    number=wrong[0], last=len(self.notes)
                )
            )
        left = self.services.votes.votes_left(self.session_id, speaker.author_id)
        if len(numbers) > left:
            person = self.choices.people[speaker.author_id].name
            return self._say(
                self.tr("{name} has {left} of {count} dots left; nothing was recorded.").format(
                    name=person, left=left, count=self.dots_each
                )
            )
        note_ids = [self.notes[n - 1].id for n in numbers]
        if not self._push(speaker.author_id, note_ids, []):
            return False
        person = self.choices.people[speaker.author_id].name
        self._say(
            self.tr("Recorded {count} dots for {name}.").format(count=len(note_ids), name=person)
        )
        self.entry.clear()
        return True

    # ----- the grid --------------------------------------------------------------------------

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        note = self.notes[item.row()]
        person = self.people[item.column()]
        have = self._dots.get((person.id, note.id), 0)
        try:
            wanted = int(item.text().strip() or 0)
        except ValueError:
            wanted = -1
        if wanted < 0:
            self._say(self.tr("Type a whole number of dots, or 0 to take them all back."))
        elif wanted > have:
            self._push(person.id, [note.id] * (wanted - have), [])
        elif wanted < have:
            self._push(person.id, [], [note.id] * (have - wanted))
        # Whatever was stored, the cell shows it (a refusal puts the old count back).
        self._show_cell(person.id, note.id)

    def _fill_empty_cells(self) -> None:
        self._filling = True
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                if self.grid.item(row, column) is None:
                    item = QTableWidgetItem("")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(row, column, item)
        self._filling = False

    def _show_cell(self, person_id: int, note_id: int) -> None:
        """One cell from the stored count: only what a vote changed is redrawn."""
        row, column = self._rows.get(note_id), self._columns.get(person_id)
        if row is None or column is None:
            return
        count = self._dots.get((person_id, note_id), 0)
        self._filling = True
        item = QTableWidgetItem(str(count) if count else "")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.setItem(row, column, item)
        self._filling = False

    def _on_vote_added(self, vote: VoteView) -> None:
        if vote.session_id == self.session_id:
            self._dots[(vote.participant_id, vote.note_id)] += 1
            self._show_cell(vote.participant_id, vote.note_id)

    def _on_vote_removed(self, vote: VoteView) -> None:
        if vote.session_id == self.session_id:
            self._dots[(vote.participant_id, vote.note_id)] -= 1
            self._show_cell(vote.participant_id, vote.note_id)

    # ----- both ------------------------------------------------------------------------------

    def _push(self, participant_id: int, add: list[int], remove: list[int]) -> bool:
        errors: list[WorkshopError] = []
        report: Callable[[WorkshopError], None] = errors.append
        command = DotsCommand(self.services, report, self.session_id, participant_id, add, remove)
        self.undo_stack.push(command)
        if errors:
            self._say(refusal_text(errors[0]))
        return not command.failed

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        return False
