"""The Silent writing tab: which columns keep new notes off the projector, and revealing them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.board.commands import RevealCommand
from ui.i18n import refusal_text
from ui.panels.facilitation.common import Say, attempt, button, named
from workshop.errors import WorkshopError
from workshop.room import Room


class SilentWritingTab(QWidget):
    """One row per column: silent or not, how many notes wait, and a Reveal button."""

    def __init__(
        self,
        room: Room,
        say: Say,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._say = say
        # A reveal is undone like any board change (the window's stack): hidden again.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.silent_checks: dict[int, QCheckBox] = {}
        self.hidden_labels: dict[int, QLabel] = {}
        self.reveal_buttons: dict[int, QPushButton] = {}
        self._shown: tuple[object, ...] = ()
        box = QVBoxLayout(self)
        intro = QLabel(
            self.tr("In a silent column, new notes stay off the projector until you reveal them.")
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.silent_grid = QGridLayout()
        box.addLayout(self.silent_grid)
        self.reveal_all_button = button(
            self.tr("Reveal &all"),
            self.tr("Reveal all hidden notes"),
            self.tr("Shows every quietly written note."),
            self.reveal_all,
        )
        box.addWidget(self.reveal_all_button)
        box.addStretch(1)

    def refresh(self) -> None:
        board = self._room.board
        if board is None:
            return
        hidden_in = Counter(n.column_id for n in board.notes if n.hidden)
        shown = (board.columns, tuple(sorted(hidden_in.items())))
        if shown == self._shown:
            return  # a note arrived in an open column: nothing here changed
        self._shown = shown
        while self.silent_grid.count():
            item = self.silent_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.silent_checks.clear()
        self.hidden_labels.clear()
        self.reveal_buttons.clear()
        for row, column in enumerate(board.columns):
            hidden = hidden_in.get(column.id, 0)
            check = QCheckBox(column.title)
            check.setChecked(column.silent)
            named(check, self.tr("Silent writing in {column}").format(column=column.title))
            check.toggled.connect(self._silent_slot(column.id))
            label = QLabel(
                self.tr("{count} hidden").format(count=hidden) if hidden else self.tr("none hidden")
            )
            named(label, self.tr("Hidden notes in {column}").format(column=column.title))
            reveal = button(
                self.tr("Reveal"),
                self.tr("Reveal {column}").format(column=column.title),
                self.tr("Shows its hidden notes ({count}).").format(count=hidden),
                self._reveal_slot(column.id),
            )
            reveal.setEnabled(hidden > 0)
            self.silent_grid.addWidget(check, row, 0)
            self.silent_grid.addWidget(label, row, 1)
            self.silent_grid.addWidget(reveal, row, 2)
            self.silent_checks[column.id] = check
            self.hidden_labels[column.id] = label
            self.reveal_buttons[column.id] = reveal
        total_hidden = sum(hidden_in.values())
        self.reveal_all_button.setEnabled(total_hidden > 0)
        self.reveal_all_button.setText(
            self.tr("Reveal &all ({count} hidden)").format(count=total_hidden)
        )

    def reveal_column(self, column_id: int) -> None:
        self._reveal(column_id)

    def reveal_all(self) -> None:
        self._reveal(None)

    def _reveal(self, column_id: int | None) -> None:
        session_id = self._room.session_id
        if session_id is None:
            return
        command = RevealCommand(self._room.services, self._refused, session_id, column_id=column_id)
        self.undo_stack.push(command)
        if not command.failed:
            count = len(command.revealed)
            self._say(
                self.tr("Revealed 1 note.")
                if count == 1
                else self.tr("Revealed {count} notes.").format(count=count)
            )

    def _refused(self, error: WorkshopError) -> None:
        self._say(refusal_text(error))

    def _silent_slot(self, column_id: int) -> Callable[[bool], None]:
        return lambda on: (
            attempt(self._say, self._room.services.board.set_column_silent, column_id, on) and None
        )

    def _reveal_slot(self, column_id: int) -> Callable[[], None]:
        return lambda: self.reveal_column(column_id)
