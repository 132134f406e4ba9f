"""Undo commands for every board change; redo() and undo() call services, never the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ColumnView, NoteView, TableView, ThemeView

ErrorReporter = Callable[[WorkshopError], None]
Move = tuple[int, int, float, float]  # note id, column id, x, y (relative to the lane)
Place = tuple[int, float, float]  # column id, x, y (relative to the lane)


class ServiceCommand(QUndoCommand):
    """A board change through the services. A refused first run leaves nothing on the stack."""

    def __init__(self, services: Services, report: ErrorReporter, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.report = report
        self._done_once = False
        self.failed = False

    def redo(self) -> None:
        try:
            if self._done_once:
                self.apply_again()
            else:
                self.apply()
                self._done_once = True
        except WorkshopError as error:
            # Obsolete after the first redo means QUndoStack.push drops the command.
            self.failed = not self._done_once
            self.setObsolete(True)
            self.report(error)

    def undo(self) -> None:
        try:
            self.revert()
        except WorkshopError as error:
            self.setObsolete(True)
            self.report(error)

    def apply(self) -> None:
        raise NotImplementedError

    def apply_again(self) -> None:
        self.apply()

    def revert(self) -> None:
        raise NotImplementedError


class SetSpeakerCommand(ServiceCommand):
    """Say who said a note after it was captured: a participant, or only a role."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        note: NoteView,
        author_id: int | None,
        role: str | None,
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Change speaker")
        )
        self.note_id = note.id
        self.before = (note.author_id, None if note.author_id is not None else note.role)
        self.after = (author_id, None if author_id is not None else role)

    def apply(self) -> None:
        self.services.board.set_note_speaker(self.note_id, *self.after)

    def revert(self) -> None:
        self.services.board.set_note_speaker(self.note_id, *self.before)


class AddNoteCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        column_id: int,
        text: str,
        *,
        author_id: int | None,
        role: str | None,
        table_id: int | None = None,
        round: int | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(services, report, QCoreApplication.translate("BoardCommands", "Add note"))
        self.args = (session_id, column_id, text)
        self.author_id = author_id
        self.role = role
        self.table_id = table_id
        self.round = round
        self.language = language
        self.note: NoteView | None = None

    def apply(self) -> None:
        self.note = self.services.board.add_note(
            *self.args,
            author_id=self.author_id,
            role=self.role,
            table_id=self.table_id,
            round=self.round,
            language=self.language,
        )

    def apply_again(self) -> None:
        assert self.note is not None
        # Put back the same note, same id, so later commands that name it still work.
        self.note = self.services.board.restore_notes([self.note])[0]

    def revert(self) -> None:
        assert self.note is not None
        self.note = self.services.board.delete_notes([self.note.id])[0]


class EditNoteCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, note: NoteView, new_text: str
    ) -> None:
        super().__init__(services, report, QCoreApplication.translate("BoardCommands", "Edit note"))
        self.note_id = note.id
        self.old_text = note.text
        self.new_text = new_text

    def apply(self) -> None:
        self.services.board.edit_note(self.note_id, self.new_text)

    def revert(self) -> None:
        self.services.board.edit_note(self.note_id, self.old_text)


class MoveNotesCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        before: Sequence[Move],
        after: Sequence[Move],
    ) -> None:
        count = len(after)
        text = (
            QCoreApplication.translate("BoardCommands", "Move note")
            if count == 1
            else QCoreApplication.translate("BoardCommands", "Move {count} notes").format(
                count=count
            )
        )
        super().__init__(services, report, text)
        self.before = list(before)
        self.after = list(after)

    def apply(self) -> None:
        self.services.board.move_notes(self.after)

    def revert(self) -> None:
        self.services.board.move_notes(self.before)


class DeleteNotesCommand(ServiceCommand):
    def __init__(self, services: Services, report: ErrorReporter, note_ids: Sequence[int]) -> None:
        count = len(note_ids)
        text = (
            QCoreApplication.translate("BoardCommands", "Delete note")
            if count == 1
            else QCoreApplication.translate("BoardCommands", "Delete {count} notes").format(
                count=count
            )
        )
        super().__init__(services, report, text)
        self.note_ids = list(note_ids)
        self.removed: list[NoteView] = []

    def apply(self) -> None:
        self.removed = self.services.board.delete_notes(self.note_ids)

    def revert(self) -> None:
        self.services.board.restore_notes(self.removed)


class RecolourNotesCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, notes: Sequence[NoteView], colour: str
    ) -> None:
        text = (
            QCoreApplication.translate("BoardCommands", "Recolour notes")
            if len(notes) > 1
            else QCoreApplication.translate("BoardCommands", "Recolour note")
        )
        super().__init__(services, report, text)
        self.before = [(note.id, note.colour) for note in notes]
        self.colour = colour

    def apply(self) -> None:
        for note_id, _ in self.before:
            self.services.board.recolour_note(note_id, self.colour)

    def revert(self) -> None:
        for note_id, colour in self.before:
            self.services.board.recolour_note(note_id, colour)


class SetNoteLanguageCommand(ServiceCommand):
    """Say which language notes are written in (None: not known; the record detects it)."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        notes: Sequence[NoteView],
        language: str | None,
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Set note language")
        )
        self.before = [(note.id, note.language) for note in notes]
        self.language = language

    def apply(self) -> None:
        for note_id, _ in self.before:
            self.services.board.set_note_language(note_id, self.language)

    def revert(self) -> None:
        for note_id, language in self.before:
            self.services.board.set_note_language(note_id, language)


class GroupNotesCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        title: str,
        notes: Sequence[NoteView],
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Group into theme")
        )
        self.session_id = session_id
        self.title = title
        self.note_ids = [note.id for note in notes]
        # Notes may have belonged to other themes; undo puts them back there.
        self.earlier_themes = {note.id: note.theme_id for note in notes}
        self.theme: ThemeView | None = None
        # Grouping gathers the members side by side; undo and redo replay the positions of the
        # notes it moved, as the service reported them (no view re-reads the whole board).
        self.before: dict[int, Place] = {}
        self.after: dict[int, Place] = {}

    def _move_to(self, positions: dict[int, Place]) -> None:
        if positions:
            self.services.board.move_notes(
                [(note_id, *where) for note_id, where in positions.items()], skip_missing=True
            )

    def apply(self) -> None:
        grouped = self.services.board.group_notes(self.session_id, self.title, self.note_ids)
        self.theme, self.before, self.after = grouped.theme, grouped.moved_from, grouped.moved_to

    def apply_again(self) -> None:
        assert self.theme is not None
        self.services.board.restore_theme(self.theme, self.note_ids)
        self._move_to(self.after)

    def revert(self) -> None:
        assert self.theme is not None
        self.services.board.ungroup(self.theme.id)
        for note_id, theme_id in self.earlier_themes.items():
            if theme_id is not None:
                self.services.board.set_note_theme(note_id, theme_id)
        self._move_to(self.before)


class RenameThemeCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, theme: ThemeView, title: str
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Rename theme")
        )
        self.theme_id = theme.id
        self.old_title = theme.title
        self.new_title = title

    def apply(self) -> None:
        self.services.board.rename_theme(self.theme_id, self.new_title)

    def revert(self) -> None:
        self.services.board.rename_theme(self.theme_id, self.old_title)


class UngroupCommand(ServiceCommand):
    def __init__(self, services: Services, report: ErrorReporter, theme_id: int) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Ungroup theme")
        )
        self.theme_id = theme_id
        self.theme: ThemeView | None = None
        self.member_ids: list[int] = []

    def apply(self) -> None:
        self.theme, self.member_ids = self.services.board.ungroup(self.theme_id)

    def revert(self) -> None:
        assert self.theme is not None
        self.services.board.restore_theme(self.theme, self.member_ids)


class AddColumnCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        title: str,
        position: int | None = None,
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Add column")
        )
        self.session_id = session_id
        self.title = title
        self.position = position
        self.column: ColumnView | None = None

    def apply(self) -> None:
        self.column = self.services.board.add_column(self.session_id, self.title, self.position)

    def apply_again(self) -> None:
        assert self.column is not None
        self.services.board.restore_column(self.column, [])

    def revert(self) -> None:
        assert self.column is not None
        self.column, _ = self.services.board.remove_column(self.column.id)


class RenameColumnCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, column: ColumnView, title: str
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Rename column")
        )
        self.column_id = column.id
        self.old_title = column.title
        self.new_title = title

    def apply(self) -> None:
        self.services.board.rename_column(self.column_id, self.new_title)

    def revert(self) -> None:
        self.services.board.rename_column(self.column_id, self.old_title)


class MoveColumnCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, column: ColumnView, position: int
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Move column")
        )
        self.column_id = column.id
        self.old_position = column.position
        self.new_position = position

    def apply(self) -> None:
        self.services.board.move_column(self.column_id, self.new_position)

    def revert(self) -> None:
        self.services.board.move_column(self.column_id, self.old_position)


class RemoveColumnCommand(ServiceCommand):
    def __init__(self, services: Services, report: ErrorReporter, column_id: int) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Remove column")
        )
        self.column_id = column_id
        self.column: ColumnView | None = None
        self.notes: list[NoteView] = []

    def apply(self) -> None:
        self.column, self.notes = self.services.board.remove_column(self.column_id)

    def revert(self) -> None:
        assert self.column is not None
        self.services.board.restore_column(self.column, self.notes)


class AddTableCommand(ServiceCommand):
    """Add a table (breakout group) to the session, before or during it."""

    def __init__(
        self, services: Services, report: ErrorReporter, session_id: int, name: str
    ) -> None:
        super().__init__(services, report, QCoreApplication.translate("BoardCommands", "Add table"))
        self.session_id = session_id
        self.name = name
        self.table: TableView | None = None

    def apply(self) -> None:
        self.table = self.services.tables.add(self.session_id, self.name)

    def apply_again(self) -> None:
        assert self.table is not None
        self.services.tables.restore(self.table)

    def revert(self) -> None:
        assert self.table is not None
        self.table = self.services.tables.remove(self.table.id)


class RenameTableCommand(ServiceCommand):
    def __init__(
        self, services: Services, report: ErrorReporter, table: TableView, name: str
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Rename table")
        )
        self.table_id = table.id
        self.old_name = table.name
        self.new_name = name

    def apply(self) -> None:
        self.services.tables.rename(self.table_id, self.new_name)

    def revert(self) -> None:
        self.services.tables.rename(self.table_id, self.old_name)


class RemoveTableCommand(ServiceCommand):
    def __init__(self, services: Services, report: ErrorReporter, table_id: int) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Remove table")
        )
        self.table_id = table_id
        self.table: TableView | None = None

    def apply(self) -> None:
        self.table = self.services.tables.remove(self.table_id)

    def revert(self) -> None:
        assert self.table is not None
        self.services.tables.restore(self.table)


class MarkForPlenaryCommand(ServiceCommand):
    """Choose (or drop) table notes to take to the plenary."""

    def __init__(
        self, services: Services, report: ErrorReporter, note_ids: Sequence[int], marked: bool
    ) -> None:
        text = (
            QCoreApplication.translate("BoardCommands", "Mark for the plenary")
            if marked
            else QCoreApplication.translate("BoardCommands", "Unmark for the plenary")
        )
        super().__init__(services, report, text)
        self.note_ids = list(note_ids)
        self.marked = marked
        self.changed: list[int] = []

    def apply(self) -> None:
        changed = self.services.tables.mark(self.note_ids, self.marked)
        self.changed = [note.id for note in changed]

    def apply_again(self) -> None:
        self.services.tables.mark(self.changed, self.marked)

    def revert(self) -> None:
        self.services.tables.mark(self.changed, not self.marked)


class RevealCommand(ServiceCommand):
    """End silent writing (a column's, a table's, or the whole board's); undo hides the same
    notes again, redo reveals them again (notes written since stay as they are)."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        *,
        column_id: int | None = None,
        table_id: int | None = None,
    ) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Reveal silent writing")
        )
        self.session_id = session_id
        self.column_id = column_id
        self.table_id = table_id
        self.revealed: list[int] = []

    def apply(self) -> None:
        notes = self.services.board.reveal(self.session_id, self.column_id, table_id=self.table_id)
        self.revealed = [note.id for note in notes]
        if not self.revealed:
            self.setObsolete(True)  # nothing was hidden: nothing to undo

    def apply_again(self) -> None:
        self.services.board.set_hidden(self.revealed, False)

    def revert(self) -> None:
        self.services.board.set_hidden(self.revealed, True)


class LetThroughCommand(ServiceCommand):
    """Let notes held for moderation onto the board; undo holds them again."""

    def __init__(self, services: Services, report: ErrorReporter, note_ids: Sequence[int]) -> None:
        text = QCoreApplication.translate("BoardCommands", "Let notes through")
        super().__init__(services, report, text)
        self.note_ids = list(note_ids)
        self.let_through: list[int] = []

    def apply(self) -> None:
        self.let_through = [n.id for n in self.services.board.set_held(self.note_ids, False)]
        if not self.let_through:
            self.setObsolete(True)

    def apply_again(self) -> None:
        self.services.board.set_held(self.let_through, False)

    def revert(self) -> None:
        self.services.board.set_held(self.let_through, True)


class SeatCommand(ServiceCommand):
    """Seat someone at exactly these tables for a round (one moves them from any other; fewer
    takes them off one); undo puts them back where they sat."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        participant_id: int,
        table_ids: Sequence[int],
        round: int | None,
        *,
        taking_off: bool = False,
    ) -> None:
        text = (
            QCoreApplication.translate("BoardCommands", "Take off a table")
            if taking_off
            else QCoreApplication.translate("BoardCommands", "Seat at a table")
        )
        super().__init__(services, report, text)
        self.session_id = session_id
        self.participant_id = participant_id
        self.tables = tuple(table_ids)
        self.round = round
        self.before: tuple[int, ...] = ()

    def apply(self) -> None:
        self.before = self.services.tables.place(
            self.session_id, self.participant_id, self.tables, self.round
        )

    def revert(self) -> None:
        self.services.tables.place(self.session_id, self.participant_id, self.before, self.round)


class HarvestTableCommand(ServiceCommand):
    """Take one table's marked notes to the plenary (they keep their table)."""

    def __init__(self, services: Services, report: ErrorReporter, table_id: int) -> None:
        super().__init__(
            services, report, QCoreApplication.translate("BoardCommands", "Harvest table")
        )
        self.table_id = table_id
        self.harvested: list[int] = []

    def apply(self) -> None:
        self.harvested = [note.id for note in self.services.tables.harvest(self.table_id)]

    def revert(self) -> None:
        self.services.tables.unharvest(self.harvested)


class SessionDetailsCommand(ServiceCommand):
    """The session's details for the record, and the notes chosen as quotes, changed together."""

    def __init__(
        self,
        services: Services,
        report: ErrorReporter,
        session_id: int,
        before: dict[str, object],
        after: dict[str, object],
        quoted_before: frozenset[int],
        quoted_after: frozenset[int],
    ) -> None:
        super().__init__(
            services,
            report,
            QCoreApplication.translate("BoardCommands", "Change session details"),
        )
        self.session_id = session_id
        self.before, self.after = before, after
        self.quoted_before, self.quoted_after = quoted_before, quoted_after

    def _set(
        self, fields: dict[str, object], quoted: frozenset[int], other: frozenset[int]
    ) -> None:
        if fields:
            self.services.sessions.update(self.session_id, **fields)
        for note_id in sorted(quoted - other):
            self.services.board.set_quoted(note_id, True)
        for note_id in sorted(other - quoted):
            self.services.board.set_quoted(note_id, False)

    def apply(self) -> None:
        self._set(self.after, self.quoted_after, self.quoted_before)

    def revert(self) -> None:
        self._set(self.before, self.quoted_before, self.quoted_after)
