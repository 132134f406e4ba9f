"""Tables in one room: breakout groups with their own part of the board, harvested into the plenary.

A note's `table_id` says where it was written (None: the plenary). A table marks the notes it
wants to take to the plenary; harvesting a table takes its marked notes there (`harvested`),
and they keep their table, so the plenary board, the projector and the record can say where
each came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.base import utc_now
from models.board import BreakoutTable, Note, TableSeat
from models.people import Apology, Attendance, Participant, Session
from workshop import rules, validation
from workshop.errors import ConflictError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row
from workshop.services.convert import note_view, session_view, table_view
from workshop.views import NoteView, TableView

# More tables than this in one room is a slip of the keyboard, not a session.
MAX_TABLES = 50


class TableService(Service):
    def tables(self, session_id: int) -> list[TableView]:
        """The session's tables in their order (none when the room works as one group)."""
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            return [table_view(row) for row in _ordered(db, session_id)]

    def get(self, table_id: int) -> TableView:
        with self._db.read() as db:
            return table_view(get_row(db, BreakoutTable, table_id, "table"))

    def add(self, session_id: int, name: object, position: int | None = None) -> TableView:
        """Add a table, before or during the session; its name is unique within the session."""
        clean = validation.title(name, "table name")
        with self._db.unit_of_work() as db:
            _check_editable(db, session_id)
            rows = _ordered(db, session_id)
            if len(rows) >= MAX_TABLES:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("Refusal", "A session can have at most {limit} tables."),
                    field="table",
                    limit=MAX_TABLES,
                )
            _check_unique(rows, clean, None)
            index = len(rows) if position is None else max(0, min(position, len(rows)))
            row = BreakoutTable(session_id=session_id, position=index, name=clean)
            db.add(row)
            rows.insert(index, row)
            _renumber(rows)
            db.flush()
            view = table_view(row)
            ordered = tuple(table_view(r) for r in rows)
        self._events.table_added.emit(view)
        self._events.tables_reordered.emit(session_id, ordered)
        self._publish_saved()
        return view

    def rename(self, table_id: int, name: object) -> TableView:
        clean = validation.title(name, "table name")
        with self._db.unit_of_work() as db:
            row = get_row(db, BreakoutTable, table_id, "table")
            _check_editable(db, row.session_id)
            _check_unique(_ordered(db, row.session_id), clean, row.id)
            row.name = clean
            db.flush()
            view = table_view(row)
        self._events.table_changed.emit(view)
        self._publish_saved()
        return view

    def remove(self, table_id: int) -> TableView:
        """Remove a table that has no notes; returns it so an undo can put it back."""
        with self._db.unit_of_work() as db:
            row = get_row(db, BreakoutTable, table_id, "table")
            session_id = row.session_id
            _check_editable(db, session_id)
            notes = db.scalar(select(func.count(Note.id)).where(Note.table_id == table_id))
            if notes:
                # Its notes would silently join the plenary: the facilitator decides that.
                raise ConflictError.of(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "{name} has notes; move or delete them before removing the table.",
                    ),
                    name=row.name,
                )
            view = table_view(row)
            db.delete(row)
            db.flush()
            rows = _ordered(db, session_id)
            _renumber(rows)
            ordered = tuple(table_view(r) for r in rows)
        self._events.table_removed.emit(view)
        self._events.tables_reordered.emit(session_id, ordered)
        self._publish_saved()
        return view

    def restore(self, table: TableView) -> TableView:
        """Put a removed table back with its id and place (undo)."""
        with self._db.unit_of_work() as db:
            _check_editable(db, table.session_id)
            rows = _ordered(db, table.session_id)
            _check_unique(rows, table.name, None)
            row = BreakoutTable(
                id=table.id, session_id=table.session_id, position=table.position, name=table.name
            )
            db.add(row)
            rows.insert(max(0, min(table.position, len(rows))), row)
            _renumber(rows)
            db.flush()
            view = table_view(row)
            ordered = tuple(table_view(r) for r in rows)
        self._events.table_added.emit(view)
        self._events.tables_reordered.emit(table.session_id, ordered)
        self._publish_saved()
        return view

    def seat(self, table_id: int, participant_id: int, round: int | None = None) -> TableView:
        """Record that someone sat at a table (in a round, if rounds are counted), once."""
        with self._db.unit_of_work() as db:
            table = get_row(db, BreakoutTable, table_id, "table")
            person = get_row(db, Participant, participant_id, "participant")
            session = get_row(db, Session, table.session_id, "session")
            if person.workshop_id != session.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "That participant is not registered for this workshop."
                    ),
                    "participant",
                )
            key = (table_id, participant_id, round or 0)
            added = db.get(TableSeat, key) is None
            if added:
                db.add(TableSeat(table_id=table_id, participant_id=participant_id, round=key[2]))
                db.flush()
                db.refresh(table)
            view = table_view(table)
        if added:
            self._events.table_changed.emit(view)
            self._publish_saved()
        return view

    def place(
        self,
        session_id: int,
        participant_id: int,
        table_ids: Sequence[int],
        round: int | None = None,
    ) -> tuple[int, ...]:
        """Seat someone (say, without a phone) at exactly these tables in a round: usually one,
        which moves them from any other; none takes them off every table of that round.

        Returns the tables they sat at before in that round, so an undo can put them back.
        """
        number = round or 0
        with self._db.unit_of_work() as db:
            _check_editable(db, session_id)
            person = get_row(db, Participant, participant_id, "participant")
            session = get_row(db, Session, session_id, "session")
            if person.workshop_id != session.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "That participant is not registered for this workshop."
                    ),
                    "participant",
                )
            tables = {row.id: row for row in _ordered(db, session_id)}
            if any(table_id not in tables for table_id in table_ids):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "There is no such table at this session."),
                    "table",
                )
            seats = db.scalars(
                select(TableSeat).where(
                    TableSeat.participant_id == participant_id,
                    TableSeat.round == number,
                    TableSeat.table_id.in_(list(tables)),
                )
            ).all()
            before = tuple(sorted(seat.table_id for seat in seats))
            wanted = set(table_ids)
            for seat in seats:
                if seat.table_id not in wanted:
                    db.delete(seat)
            for table_id in sorted(wanted - set(before)):
                db.add(TableSeat(table_id=table_id, participant_id=participant_id, round=number))
            # Someone seated at a table was in the room: present, not absent or sent apologies.
            # (Taking them off a table later does not unsay that they came.)
            newly_present = bool(wanted) and _mark_present(db, session_id, participant_id)
            db.flush()
            changed = set(before) ^ wanted
            for table_id in changed:
                db.refresh(tables[table_id])
            views = [table_view(tables[table_id]) for table_id in sorted(changed)]
        for view in views:
            self._events.table_changed.emit(view)
        if newly_present:
            self._events.attendance_changed.emit(session_id, self._attendees(session_id))
        if views or newly_present:
            self._publish_saved()
        return before

    def _attendees(self, session_id: int) -> frozenset[int]:
        with self._db.read() as db:
            return frozenset(
                db.scalars(
                    select(Attendance.participant_id).where(Attendance.session_id == session_id)
                )
            )

    # ----- the harvest -------------------------------------------------------------------

    def mark(self, note_ids: Sequence[int], marked: bool) -> list[NoteView]:
        """A table chooses (or drops) notes to take to the plenary; only table notes qualify."""
        with self._db.unit_of_work() as db:
            rows = [get_row(db, Note, note_id, "note") for note_id in note_ids]
            for session_id in {row.session_id for row in rows}:
                _check_editable(db, session_id)
            if any(row.table_id is None for row in rows):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "Only notes written at a table can be marked for the plenary."
                    ),
                    "notes",
                )
            if not marked and any(row.harvested for row in rows):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "That note has been taken to the plenary already; undo the harvest to "
                        "change it.",
                    ),
                    "notes",
                )
            changed = [row for row in rows if row.marked != bool(marked)]
            for row in changed:
                row.marked = bool(marked)
                row.updated_at = utc_now()
            db.flush()
            views = [note_view(row) for row in changed]
        return self._notes_changed(views)

    def harvest(self, table_id: int) -> list[NoteView]:
        """Take a table's marked notes to the plenary; they keep their table of origin.

        Returns the notes taken (an undo hands them to `unharvest`).
        """
        with self._db.unit_of_work() as db:
            table = get_row(db, BreakoutTable, table_id, "table")
            _check_editable(db, table.session_id)
            rows = db.scalars(
                select(Note)
                .where(
                    Note.table_id == table_id,
                    Note.marked.is_(True),
                    Note.harvested.is_(False),
                )
                .order_by(Note.id)
            ).all()
            if not rows:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "{name} has no marked notes left to take to the plenary."
                    ),
                    field="table",
                    name=table.name,
                )
            for row in rows:
                row.harvested = True
                row.updated_at = utc_now()
            db.flush()
            views = [note_view(row) for row in rows]
        return self._notes_changed(views)

    def unharvest(self, note_ids: Sequence[int]) -> list[NoteView]:
        """Send harvested notes back to their tables only (undo of a harvest)."""
        with self._db.unit_of_work() as db:
            rows = [get_row(db, Note, note_id, "note") for note_id in note_ids]
            for session_id in {row.session_id for row in rows}:
                _check_editable(db, session_id)
            changed = [row for row in rows if row.harvested]
            for row in changed:
                row.harvested = False
                row.updated_at = utc_now()
            db.flush()
            views = [note_view(row) for row in changed]
        return self._notes_changed(views)

    def _notes_changed(self, views: list[NoteView]) -> list[NoteView]:
        for view in views:
            self._events.note_changed.emit(view)
        if views:
            self._publish_saved()
        return views


def tables_in(db: OrmSession, session_id: int) -> tuple[TableView, ...]:
    """The session's tables read inside another read (the record's and the file's snapshot)."""
    return tuple(table_view(row) for row in _ordered(db, session_id))


def _ordered(db: OrmSession, session_id: int) -> list[BreakoutTable]:
    return list(
        db.scalars(
            select(BreakoutTable)
            .where(BreakoutTable.session_id == session_id)
            .order_by(BreakoutTable.position, BreakoutTable.id)
        )
    )


def _renumber(rows: list[BreakoutTable]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def _mark_present(db: OrmSession, session_id: int, participant_id: int) -> bool:
    """Record someone as present at the session; True when they were not already."""
    if db.get(Attendance, (session_id, participant_id)) is not None:
        return False
    apology = db.get(Apology, (session_id, participant_id))
    if apology is not None:
        db.delete(apology)
    db.add(Attendance(session_id=session_id, participant_id=participant_id))
    return True


def _check_editable(db: OrmSession, session_id: int) -> None:
    rules.check_board_editable(session_view(db, get_row(db, Session, session_id, "session")))


def _check_unique(rows: Sequence[BreakoutTable], name: str, own_id: int | None) -> None:
    folded = name.casefold()
    if any(row.name.casefold() == folded and row.id != own_id for row in rows):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "There is already a table called {name}."),
            field="table name",
            name=name,
        )


__all__ = ["MAX_TABLES", "TableService", "tables_in"]
