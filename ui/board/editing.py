"""Turns board gestures into undoable service calls for one session."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.board import commands
from ui.i18n import refusal_text
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ColumnView, NoteView, TableView, ThemeView


class BoardEditor(QObject):
    """Every change a person makes to a board goes through here and onto the undo stack."""

    refused = Signal(str)  # one plain sentence for the status bar

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.session_id: int | None = None
        # The table notes typed at this laptop go to (None: the plenary), and the World Café
        # round they are written in (the Room's, read when a note is added).
        self.table_id: int | None = None
        self.current_round: Callable[[], int | None] = lambda: None

    def set_session(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            self.session_id = session_id
            self.table_id = None
            # Commands name one session's notes; they mean nothing on another board.
            self.undo_stack.clear()

    def report(self, error: WorkshopError) -> None:
        self.refused.emit(refusal_text(error))

    def _push(self, command: commands.ServiceCommand) -> bool:
        """Run the command; True if it was applied (and can be undone)."""
        self.undo_stack.push(command)
        # A refused command was dropped by the stack; only its Python side is left to ask.
        return not command.failed

    def _session(self) -> int:
        if self.session_id is None:
            raise RuntimeError("No session is open on the board.")
        return self.session_id

    # ----- notes -----------------------------------------------------------------------------

    def add_note(
        self,
        column_id: int,
        text: str,
        *,
        author_id: int | None = None,
        role: str | None = None,
        language: str | None = None,
    ) -> NoteView | None:
        command = commands.AddNoteCommand(
            self.services,
            self.report,
            self._session(),
            column_id,
            text,
            author_id=author_id,
            role=role,
            table_id=self.table_id,
            round=self.current_round() if self.table_id is not None else None,
            language=language,
        )
        return command.note if self._push(command) else None

    def edit_note(self, note: NoteView, text: str) -> None:
        if text != note.text:
            self._push(commands.EditNoteCommand(self.services, self.report, note, text))

    def move_notes(self, before: Sequence[commands.Move], after: Sequence[commands.Move]) -> bool:
        if list(before) == list(after):
            return True
        return self._push(commands.MoveNotesCommand(self.services, self.report, before, after))

    def delete_notes(self, note_ids: Sequence[int]) -> None:
        if note_ids:
            self._push(commands.DeleteNotesCommand(self.services, self.report, note_ids))

    def set_speaker(self, note: NoteView, author_id: int | None, role: str | None) -> bool:
        """Correct who said a note; True if it changed (and can be undone)."""
        if (author_id, role) == (note.author_id, None if note.author_id else note.role):
            return True
        return self._push(
            commands.SetSpeakerCommand(self.services, self.report, note, author_id, role)
        )

    def recolour_notes(self, notes: Sequence[NoteView], colour: str) -> None:
        if notes:
            self._push(commands.RecolourNotesCommand(self.services, self.report, notes, colour))

    def set_language(self, notes: Sequence[NoteView], language: str | None) -> None:
        if notes:
            self._push(commands.SetNoteLanguageCommand(self.services, self.report, notes, language))

    # ----- themes ----------------------------------------------------------------------------

    def group(self, title: str, notes: Sequence[NoteView]) -> None:
        self._push(
            commands.GroupNotesCommand(self.services, self.report, self._session(), title, notes)
        )

    def rename_theme(self, theme: ThemeView, title: str) -> None:
        if title != theme.title:
            self._push(commands.RenameThemeCommand(self.services, self.report, theme, title))

    def change_session_details(
        self,
        session_id: int,
        before: dict[str, object],
        after: dict[str, object],
        quoted_before: frozenset[int],
        quoted_after: frozenset[int],
    ) -> bool:
        """Change the session's details and chosen quotes as one undoable step."""
        if before == after and quoted_before == quoted_after:
            return True
        return self._push(
            commands.SessionDetailsCommand(
                self.services,
                self.report,
                session_id,
                before,
                after,
                quoted_before,
                quoted_after,
            )
        )

    def ungroup(self, theme_id: int) -> None:
        self._push(commands.UngroupCommand(self.services, self.report, theme_id))

    # ----- columns ---------------------------------------------------------------------------

    def add_column(self, title: str, position: int | None = None) -> None:
        self._push(
            commands.AddColumnCommand(self.services, self.report, self._session(), title, position)
        )

    def rename_column(self, column: ColumnView, title: str) -> None:
        if title != column.title:
            self._push(commands.RenameColumnCommand(self.services, self.report, column, title))

    def move_column(self, column: ColumnView, position: int) -> None:
        if position != column.position:
            self._push(commands.MoveColumnCommand(self.services, self.report, column, position))

    def remove_column(self, column_id: int) -> None:
        self._push(commands.RemoveColumnCommand(self.services, self.report, column_id))

    # ----- tables of the room ----------------------------------------------------------------

    def add_table(self, name: str) -> bool:
        """Add a table to the session; True if it was added (and can be undone)."""
        return self._push(
            commands.AddTableCommand(self.services, self.report, self._session(), name)
        )

    def rename_table(self, table: TableView, name: str) -> bool:
        if name == table.name:
            return True
        return self._push(commands.RenameTableCommand(self.services, self.report, table, name))

    def remove_table(self, table_id: int) -> bool:
        return self._push(commands.RemoveTableCommand(self.services, self.report, table_id))

    def mark_for_plenary(self, notes: Sequence[NoteView], marked: bool) -> bool:
        """A table's choice of notes to take to the plenary (or taking that choice back)."""
        ids = [note.id for note in notes]
        if not ids:
            return False
        return self._push(commands.MarkForPlenaryCommand(self.services, self.report, ids, marked))

    def seat(self, participant_id: int, table_id: int, round: int | None) -> bool:
        """Seat someone (say, without a phone) at a table for a round, moving them from any
        other table of that round."""
        return self._push(
            commands.SeatCommand(
                self.services, self.report, self._session(), participant_id, [table_id], round
            )
        )

    def unseat(self, participant_id: int, keep: Sequence[int], round: int | None) -> bool:
        """Take someone off a table for a round; `keep` are the other tables they sit at then."""
        return self._push(
            commands.SeatCommand(
                self.services,
                self.report,
                self._session(),
                participant_id,
                keep,
                round,
                taking_off=True,
            )
        )

    def harvest_table(self, table_id: int) -> bool:
        """Take one table's marked notes to the plenary; True if any were taken."""
        return self._push(commands.HarvestTableCommand(self.services, self.report, table_id))
