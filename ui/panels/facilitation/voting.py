"""The Voting tab: dots per person, and placing dots for people in the room who have no phone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import plain_text
from ui.labels import role_label
from ui.panels.facilitation.common import Say, attempt, button, named, select_data
from workshop import rules
from workshop.room import Room


class VotingTab(QWidget):
    """Choose who is voting and a note; Enter adds a dot, Delete takes one back."""

    def __init__(self, room: Room, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._say = say
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, 50)
        named(
            self.dots_spin,
            self.tr("Dots per person"),
            self.tr("How many dots each participant can place."),
        )
        self.dots_spin.editingFinished.connect(self._on_dots_changed)
        form.addRow(self.tr("&Dots per person:"), self.dots_spin)
        self.voter_combo = QComboBox()
        named(
            self.voter_combo,
            self.tr("Voting for"),
            self.tr("The person in the room you are placing dots for."),
        )
        form.addRow(self.tr("Voting &for:"), self.voter_combo)
        box.addLayout(form)
        self.voting_state = QLabel()
        self.voting_state.setWordWrap(True)
        named(self.voting_state, self.tr("Voting status"))
        box.addWidget(self.voting_state)
        self.vote_notes = QListWidget()
        self.vote_notes.setWordWrap(True)
        self.vote_notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(
            self.vote_notes,
            self.tr("Notes to vote on"),
            self.tr(
                "Choose a note, then press Enter or Add a dot. Selecting a note on the board "
                "selects it here too."
            ),
        )
        self.vote_notes.itemActivated.connect(lambda _item: self.add_dot())
        # Enter on the list adds a dot (itemActivated); Delete takes one back.
        self.vote_notes.installEventFilter(self)
        box.addWidget(self.vote_notes, 1)
        row = QHBoxLayout()
        self.add_dot_button = button(
            self.tr("Add a &dot"),
            self.tr("Add a dot"),
            self.tr("Places one of this person's dots on the chosen note."),
            self.add_dot,
        )
        self.take_dot_button = button(
            self.tr("Take a dot &back"),
            self.tr("Take a dot back"),
            self.tr("Removes this person's latest dot from the note."),
            self.take_dot_back,
        )
        row.addWidget(self.add_dot_button)
        row.addWidget(self.take_dot_button)
        box.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.vote_notes
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.take_dot_back()
            return True
        return super().eventFilter(watched, event)

    # ----- public ------------------------------------------------------------------------------

    def select_note(self, note_ids: Iterable[int]) -> None:
        """Follow the board: the first selected note is the one to vote on."""
        first = next(iter(note_ids), None)
        for row in range(self.vote_notes.count()):
            item = self.vote_notes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == first:
                self.vote_notes.setCurrentItem(item)
                break

    def add_dot(self) -> None:
        voter, note_id = self._voter_and_note()
        session_id = self._room.session_id
        if session_id is None or voter is None or note_id is None:
            self._say(self.tr("Choose who is voting and a note first."))
            return
        if attempt(self._say, self._room.services.votes.cast, session_id, voter, note_id):
            session, tallies = self._room.session, self._room.tallies
            assert session is not None and tallies is not None
            left = tallies.dots_left(voter, session.votes_per_participant)
            self._say(self.tr("Dot added; {left} left for this person.").format(left=left))

    def take_dot_back(self) -> None:
        voter, note_id = self._voter_and_note()
        session_id = self._room.session_id
        if session_id is None or voter is None or note_id is None:
            return
        if attempt(self._say, self._room.services.votes.retract_last, session_id, voter, note_id):
            self._say(self.tr("Dot taken back."))

    def refresh(self) -> None:
        board, session, tallies = self._room.board, self._room.session, self._room.tallies
        if board is None or session is None or tallies is None:
            return
        if not self.dots_spin.hasFocus():
            self.dots_spin.setValue(session.votes_per_participant)
        chosen = self.voter_combo.currentData()
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        people = [p for p in board.participants if p.id in board.attendee_ids] or list(
            board.participants
        )
        for person in people:
            left = tallies.dots_left(person.id, session.votes_per_participant)
            # Inside the app the facilitator sees names; role in words, not colour.
            self.voter_combo.addItem(
                self.tr("{name} ({role}) — {left} dots left").format(
                    name=person.name, role=role_label(person.role), left=left
                ),
                person.id,
            )
        select_data(self.voter_combo, chosen)
        self.voter_combo.blockSignals(False)
        chosen_note = self.vote_notes.currentItem()
        chosen_id = chosen_note.data(Qt.ItemDataRole.UserRole) if chosen_note else None
        self.vote_notes.clear()
        columns = {c.id: c.title for c in board.columns}
        for note in board.notes:
            if note.hidden or note.pending:
                continue
            dots = tallies.dots_on_note.get(note.id, 0)
            dots_text = (
                self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
            )
            item = QListWidgetItem(f"[{dots_text}] {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(plain_text.tooltip(columns.get(note.column_id, "")))
            self.vote_notes.addItem(item)
            if note.id == chosen_id:
                self.vote_notes.setCurrentItem(item)
        if session.is_final or session.board_locked:
            state = (
                self.tr("Voting is paused: the board is locked.")
                if session.board_locked
                else self.tr("Voting is closed: the record is final.")
            )
        elif rules.voting_open(session):
            state = self.tr("Voting is open.")
        else:
            state = self.tr("Voting is closed until a Prioritise (vote) stage.")
        self.voting_state.setText(state)
        can_vote = rules.voting_open(session) and not session.board_locked and not session.is_final
        self.add_dot_button.setEnabled(can_vote)
        self.take_dot_button.setEnabled(can_vote)

    # ----- helpers -----------------------------------------------------------------------------

    def _on_dots_changed(self) -> None:
        session = self._room.session
        if session is not None and self.dots_spin.value() != session.votes_per_participant:
            attempt(
                self._say,
                self._room.services.sessions.update,
                session.id,
                votes_per_participant=self.dots_spin.value(),
            )

    def _voter_and_note(self) -> tuple[int | None, int | None]:
        voter = self.voter_combo.currentData()
        item = self.vote_notes.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return voter, note_id
