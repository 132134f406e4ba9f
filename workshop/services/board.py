"""The board of a session: columns, notes and themes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session as OrmSession

from models.base import utc_now
from models.board import BoardColumn, BreakoutTable, Note, Theme
from models.people import Participant, Session
from workshop import audience, layout, rules, validation
from workshop.audience import Audience
from workshop.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    ValidationError,
    WorkshopError,
)
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.note_language import clean_language
from workshop.rules import Actor
from workshop.services.base import Service, get_row, is_id, missing
from workshop.services.convert import column_view, note_view, session_view, theme_view
from workshop.views import ColumnView, NoteView, SessionView, ThemeView
from workshop.vocabulary import NoteSource, Role

_COLOUR_CHARS = set("#0123456789abcdefABCDEF")


def _clean_colour(value: object) -> str:
    if value in (None, ""):
        return ""
    if (
        not isinstance(value, str)
        or len(value) != 7
        or value[0] != "#"
        or set(value) - _COLOUR_CHARS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Refusal", "A colour is written as #RRGGBB."), "colour"
        )
    return value.lower()


def _stored_time(moment: dt.datetime | None) -> dt.datetime | None:
    """A time as the record stores it: UTC without tzinfo (see models.base.utc_now)."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def _speaker_role(
    author_id: int | None, role: str | None, author: tuple[int, str] | None, workshop_id: int
) -> str:
    """The role a note is filed under: its author's (who must be registered for the workshop),
    or for a note without an author, the role given. author is (workshop id, role) if found."""
    if author_id is None:
        if role is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "Say who said it: choose a participant or a role."),
                "role",
            )
        return validation.choice(role, Role, "role").value
    if author is None or author[0] != workshop_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Refusal", "That participant is not registered for this workshop.")
        )
    return author[1]


Place = tuple[int, float, float]  # column id, x, y (relative to the lane)


@dataclass(frozen=True, slots=True)
class Grouped:
    """A new theme and the notes gathering moved: where each was and where it is now."""

    theme: ThemeView
    moved_from: dict[int, Place]
    moved_to: dict[int, Place]


@dataclass(frozen=True, slots=True)
class NoteRequest:
    """One note to add: the arguments of BoardService.add_note, which adds a batch of one."""

    session_id: int
    column_id: int
    text: object
    author_id: int | None = None
    role: str | None = None
    actor: Actor = Actor.FACILITATOR
    client_id: object = None
    x: float | None = None
    y: float | None = None
    theme_id: int | None = None
    created_at: dt.datetime | None = None  # when it was written, if not now (imports)
    table_id: int | None = None  # the table it is written at (None: the plenary)
    round: int | None = None  # the rotation round, when the session counts rounds
    # The language it is written in (a BCP 47 tag: the phone's or the capture bar's), if known.
    language: object = None


class BoardService(Service):
    # ----- columns -------------------------------------------------------------------------

    def columns(self, session_id: int) -> list[ColumnView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(BoardColumn)
                .where(BoardColumn.session_id == session_id)
                .order_by(BoardColumn.position)
            ).all()
            return [column_view(row) for row in rows]

    def add_column(self, session_id: int, title: str, position: int | None = None) -> ColumnView:
        clean = validation.title(title, "column title")
        with self._db.unit_of_work() as db:
            session = self._editable_session(db, session_id)
            rows = self._ordered_columns(db, session.id)
            index = len(rows) if position is None else max(0, min(position, len(rows)))
            row = BoardColumn(session_id=session_id, position=index, title=clean)
            rows.insert(index, row)
            db.add(row)
            self._renumber(db, rows)
            db.flush()
            view = column_view(row)
            ordered = tuple(column_view(r) for r in rows)
        self._events.column_added.emit(view)
        self._events.columns_reordered.emit(session_id, ordered)
        self._publish_saved()
        return view

    def rename_column(self, column_id: int, title: str) -> ColumnView:
        clean = validation.title(title, "column title")
        with self._db.unit_of_work() as db:
            row = get_row(db, BoardColumn, column_id, "column")
            self._editable_session(db, row.session_id)
            row.title = clean
            db.flush()
            view = column_view(row)
        self._events.column_changed.emit(view)
        self._publish_saved()
        return view

    def set_column_silent(self, column_id: int, silent: bool) -> ColumnView:
        """Silent writing: notes added to a silent column stay hidden until revealed."""
        with self._db.unit_of_work() as db:
            row = get_row(db, BoardColumn, column_id, "column")
            row.silent = bool(silent)
            db.flush()
            view = column_view(row)
        self._events.column_changed.emit(view)
        self._publish_saved()
        return view

    def move_column(self, column_id: int, position: int) -> list[ColumnView]:
        with self._db.unit_of_work() as db:
            row = get_row(db, BoardColumn, column_id, "column")
            session_id = row.session_id
            self._editable_session(db, session_id)
            rows = [r for r in self._ordered_columns(db, session_id) if r.id != column_id]
            rows.insert(max(0, min(position, len(rows))), row)
            self._renumber(db, rows)
            db.flush()
            ordered = [column_view(r) for r in rows]
        self._events.columns_reordered.emit(session_id, tuple(ordered))
        self._publish_saved()
        return ordered

    def remove_column(self, column_id: int) -> tuple[ColumnView, list[NoteView]]:
        """Remove a column and its notes; returns both so an undo can restore them."""
        with self._db.unit_of_work() as db:
            row = get_row(db, BoardColumn, column_id, "column")
            session_id = row.session_id
            self._editable_session(db, session_id)
            notes = db.scalars(select(Note).where(Note.column_id == column_id).order_by(Note.id))
            removed_notes = [note_view(n) for n in notes]
            view = column_view(row)
            db.delete(row)
            db.flush()
            rows = self._ordered_columns(db, session_id)
            self._renumber(db, rows)
            ordered = tuple(column_view(r) for r in rows)
        for note in removed_notes:
            self._events.note_removed.emit(note)
        self._events.column_removed.emit(column_id)
        self._events.columns_reordered.emit(session_id, ordered)
        self._publish_saved()
        return view, removed_notes

    def restore_column(self, column: ColumnView, notes: Sequence[NoteView]) -> ColumnView:
        """Put back a removed column with its notes, keeping their ids (undo)."""
        with self._db.unit_of_work() as db:
            self._editable_session(db, column.session_id)
            rows = self._ordered_columns(db, column.session_id)
            row = BoardColumn(
                id=column.id,
                session_id=column.session_id,
                position=column.position,
                title=column.title,
                silent=column.silent,
            )
            rows.insert(max(0, min(column.position, len(rows))), row)
            db.add(row)
            self._renumber(db, rows)
            db.flush()
            restored = []
            for note in notes:
                note_row = _note_row_from_view(note)
                if _forget_removed_table(db, note_row):
                    note = replace(note, table_id=None, marked=False, harvested=False)
                db.add(note_row)
                restored.append(note)
            db.flush()
            view = column_view(row)
            ordered = tuple(column_view(r) for r in rows)
        self._events.column_added.emit(view)
        self._events.columns_reordered.emit(column.session_id, ordered)
        for note in restored:
            self._events.note_added.emit(note)
        self._publish_saved()
        return view

    # ----- notes ---------------------------------------------------------------------------

    def add_note(
        self,
        session_id: int,
        column_id: int,
        text: str,
        *,
        author_id: int | None = None,
        role: str | None = None,
        x: float | None = None,
        y: float | None = None,
        actor: Actor = Actor.FACILITATOR,
        client_id: str | None = None,
        theme_id: int | None = None,
        created_at: dt.datetime | None = None,
        table_id: int | None = None,
        round: int | None = None,
        language: str | None = None,
    ) -> NoteView:
        """Add a contribution. A repeated client_id from the same author returns the first note.

        One note is a batch of one, so every check of a new note exists once (_batch_row).
        """
        request = NoteRequest(
            session_id,
            column_id,
            text,
            author_id=author_id,
            role=role,
            actor=actor,
            client_id=client_id,
            x=x,
            y=y,
            theme_id=theme_id,
            created_at=created_at,
            table_id=table_id,
            round=round,
            language=language,
        )
        result = self.add_notes_batch([request])[0]
        if isinstance(result, WorkshopError):
            raise result
        return result

    def add_notes_batch(self, requests: Sequence[NoteRequest]) -> list[NoteView | WorkshopError]:
        """Add many notes in one transaction (group commit), each checked as add_note would.

        The result has one entry per request, in order: the note added (or, for a repeated
        client_id, the note first added), or the WorkshopError that refused that request alone.
        Refused requests leave the others untouched. Requests are checked in order, so a batch
        answers exactly as calling add_note for each in turn would. Everything accepted is
        committed together before any event is published; if the commit fails, every request
        that was to be added gets that error and nothing is written.
        """
        results: dict[int, NoteView | WorkshopError] = {}
        cleaned: dict[int, tuple[str, str | None]] = {}
        for index, request in enumerate(requests):
            try:
                clean = validation.note_text(request.text)
                client_id = None
                if request.client_id is not None:
                    client_id = validation.clean_text(
                        request.client_id, "client_id", max_length=100
                    )
                cleaned[index] = (clean, client_id)
            except WorkshopError as error:
                results[index] = error
        added: dict[int, NoteView] = {}
        if cleaned:
            try:
                with self._db.unit_of_work() as db:
                    added = self._insert_batch(db, requests, cleaned, results)
            except WorkshopError as error:
                for index in cleaned:
                    if index not in results or index in added:
                        results[index] = error
                added = {}
            else:
                results.update(added)
        for view in _unique(added.values()):
            self._events.note_added.emit(view)
        if added:
            self._publish_saved()
        return [results[index] for index in range(len(requests))]

    def _insert_batch(
        self,
        db: OrmSession,
        requests: Sequence[NoteRequest],
        cleaned: dict[int, tuple[str, str | None]],
        results: dict[int, NoteView | WorkshopError],
    ) -> dict[int, NoteView]:
        """Check and insert cleaned requests in one unit of work.

        Refusals and earlier notes go into results; returns the notes this batch adds, by
        request index (a client_id repeated within the batch maps to the same note).
        """
        # Everything the checks need, read once for the batch instead of once per note.
        existing = self._existing_client_notes(db, requests, cleaned)
        sessions = self._batch_sessions(db, _ids(requests[i].session_id for i in cleaned))
        column_ids = list(_ids(requests[i].column_id for i in cleaned))
        columns = {
            row.id: (row.session_id, row.silent)
            for row in db.execute(
                select(BoardColumn.id, BoardColumn.session_id, BoardColumn.silent).where(
                    BoardColumn.id.in_(column_ids)
                )
            )
        }
        author_ids = list(_ids(requests[i].author_id for i in cleaned))
        authors = {
            row.id: (row.workshop_id, row.role)
            for row in db.execute(
                select(Participant.id, Participant.workshop_id, Participant.role).where(
                    Participant.id.in_(author_ids)
                )
            )
        }
        theme_ids = list(_ids(requests[i].theme_id for i in cleaned))
        themes = {
            row.id: row.session_id
            for row in db.execute(select(Theme.id, Theme.session_id).where(Theme.id.in_(theme_ids)))
        }
        table_ids = list(_ids(requests[i].table_id for i in cleaned))
        tables = {
            row.id: row.session_id
            for row in db.execute(
                select(BreakoutTable.id, BreakoutTable.session_id).where(
                    BreakoutTable.id.in_(table_ids)
                )
            )
        }
        placed: dict[int, list[tuple[float, float]]] = {column_id: [] for column_id in columns}
        # Every note of the columns, so new ones land clear of them: read as plain rows on the
        # session's connection (the ORM's row handling was a third of a batch on a large board).
        for column_id, x, y in db.connection().execute(
            select(Note.column_id, Note.x, Note.y).where(Note.column_id.in_(list(columns)))
        ):
            placed[column_id].append((x, y))
        free_slots = {column_id: layout.FreeSlots(spots) for column_id, spots in placed.items()}
        rows: list[dict[str, object]] = []
        owners: list[int] = []  # request index of each row
        claimed: dict[tuple[int, str], int] = {}  # (author, client_id) -> index that adds it
        repeats: dict[int, int] = {}  # request index -> index of the request adding its note
        now = utc_now()
        for index, (clean, client_id) in cleaned.items():
            request = requests[index]
            key: tuple[int, str] | None = None
            if client_id is not None and is_id(request.author_id):
                key = (request.author_id, client_id)
                if key in existing:
                    results[index] = existing[key]
                    continue
                if key in claimed:
                    repeats[index] = claimed[key]
                    continue
            try:
                row = self._batch_row(
                    request, clean, client_id, sessions, columns, authors, themes, tables
                )
            except WorkshopError as error:
                results[index] = error
                continue
            slots = free_slots[request.column_id]
            if request.x is None or request.y is None:
                x, y = slots.take()
                row["x"], row["y"] = float(x), float(y)
            else:
                slots.block(float(request.x), float(request.y))
            row["created_at"] = _stored_time(request.created_at) or now
            row["updated_at"] = now
            if key is not None:
                claimed[key] = index
            rows.append(row)
            owners.append(index)
        if not rows:
            return {}
        # A Core insert on the session's connection (same transaction), skipping the ORM's
        # per-object bookkeeping; the ids come back in the order of the rows.
        ids = (
            db.connection()
            .execute(insert(Note).returning(Note.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
        added: dict[int, NoteView] = {}
        for index, row, note_id in zip(owners, rows, ids, strict=True):
            fields = {name: value for name, value in row.items() if name != "client_id"}
            fields["source"] = NoteSource(str(fields["source"]))
            added[index] = NoteView(id=note_id, version=1, **fields)  # type: ignore[arg-type]
        for index, first in repeats.items():
            added[index] = added[first]
        return added

    def _batch_sessions(
        self, db: OrmSession, session_ids: set[int]
    ) -> dict[int, tuple[SessionView, int]]:
        found: dict[int, tuple[SessionView, int]] = {}
        for session_id in session_ids:
            row = db.get(Session, session_id)
            if row is not None:
                found[session_id] = (session_view(db, row), row.workshop_id)
        return found

    @staticmethod
    def _existing_client_notes(
        db: OrmSession, requests: Sequence[NoteRequest], cleaned: dict[int, tuple[str, str | None]]
    ) -> dict[tuple[int, str], NoteView]:
        pairs = {
            (requests[i].author_id, client_id)
            for i, (_, client_id) in cleaned.items()
            if client_id is not None and is_id(requests[i].author_id)
        }
        if not pairs:
            return {}
        authors = [a for a, _ in pairs]
        rows = db.scalars(
            select(Note).where(
                Note.author_id.in_(authors), Note.client_id.in_([c for _, c in pairs])
            )
        )
        return {
            (row.author_id, row.client_id): note_view(row)  # type: ignore[misc]
            for row in rows
            if (row.author_id, row.client_id) in pairs
        }

    @staticmethod
    def _batch_row(
        request: NoteRequest,
        clean: str,
        client_id: str | None,
        sessions: dict[int, tuple[SessionView, int]],
        columns: dict[int, tuple[int, bool]],
        authors: dict[int, tuple[int, str]],
        themes: dict[int, int],
        tables: dict[int, int],
    ) -> dict[str, object]:
        """Every check of a new note, in order, against what the batch read up front."""
        found = sessions.get(request.session_id) if is_id(request.session_id) else None
        if found is None:
            raise missing("session", request.session_id)
        session, workshop_id = found
        rules.check_can_add_note(session, request.actor)
        column = columns.get(request.column_id) if is_id(request.column_id) else None
        if column is None:
            raise missing("column", request.column_id)
        if column[0] != request.session_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "That column belongs to another session."), "column"
            )
        author = authors.get(request.author_id) if is_id(request.author_id) else None
        role = _speaker_role(request.author_id, request.role, author, workshop_id)
        if request.theme_id is not None:
            theme_session = themes.get(request.theme_id) if is_id(request.theme_id) else None
            if theme_session is None:
                raise missing("theme", request.theme_id)
            if theme_session != request.session_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That theme belongs to another session."),
                    "theme",
                )
        if request.table_id is not None:
            table_session = tables.get(request.table_id) if is_id(request.table_id) else None
            if table_session is None:
                raise missing("table", request.table_id)
            if table_session != request.session_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That table belongs to another session."),
                    "table",
                )
        note_round = None
        if request.round is not None:
            note_round = validation.whole_number(
                request.round, "round", minimum=1, maximum=validation.MAX_ROUND
            )
        device = request.actor is Actor.DEVICE
        language = clean_language(request.language)
        return {
            "session_id": request.session_id,
            "column_id": request.column_id,
            "text": clean,
            "author_id": request.author_id,
            "role": role,
            "theme_id": request.theme_id,
            "x": float(request.x) if request.x is not None else 0.0,
            "y": float(request.y) if request.y is not None else 0.0,
            "colour": "",
            "hidden": column[1],
            "pending": device and session.hold_device_notes,
            "private": False,
            "redacted_text": None,
            "source": (NoteSource.DEVICE if device else NoteSource.BOARD).value,
            "client_id": client_id,
            "table_id": request.table_id,
            "round": note_round,
            "marked": False,
            "harvested": False,
            "language": language,
        }

    def edit_note(
        self, note_id: int, text: str, *, expected_version: int | None = None
    ) -> NoteView:
        clean = validation.note_text(text)
        return self._change_note(note_id, expected_version, text=clean)

    def move_note(
        self,
        note_id: int,
        column_id: int,
        x: float,
        y: float,
        *,
        expected_version: int | None = None,
        actor: Actor = Actor.FACILITATOR,
    ) -> NoteView:
        versions = None if expected_version is None else {note_id: expected_version}
        return self.move_notes(
            [(note_id, column_id, x, y)], actor=actor, expected_versions=versions
        )[0]

    def move_notes(
        self,
        moves: Iterable[tuple[int, int, float, float]],
        *,
        actor: Actor = Actor.FACILITATOR,
        expected_versions: Mapping[int, int] | None = None,
        skip_missing: bool = False,
    ) -> list[NoteView]:
        """Move several notes in one change (a dragged selection); a new lane changes the column.

        expected_versions maps note ids to the version the mover saw; a note changed since by
        someone else refuses the whole move with a ConflictError. skip_missing passes over
        notes deleted since (an undo putting notes back where they were).
        """
        views = []
        with self._db.unit_of_work() as db:
            checked: set[int] = set()
            for note_id, column_id, x, y in moves:
                if skip_missing and db.get(Note, note_id) is None:
                    continue
                row = get_row(db, Note, note_id, "note")
                expected = (expected_versions or {}).get(note_id)
                if expected is not None and row.version != expected:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Refusal",
                            "Someone else changed this note since you opened it; "
                            "your move was not applied so theirs is not lost.",
                        )
                    )
                if row.session_id not in checked:
                    self._editable_session(db, row.session_id)
                    checked.add(row.session_id)
                if column_id != row.column_id:
                    column = get_row(db, BoardColumn, column_id, "column")
                    if column.session_id != row.session_id:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Refusal", "That column belongs to another session."),
                            "column",
                        )
                    row.column_id = column_id
                row.x, row.y = float(x), float(y)
                row.updated_at = utc_now()
                db.flush()
                views.append(note_view(row))
        for view in views:
            self._events.note_changed.emit(view)
        self._publish_saved()
        return views

    def recolour_note(self, note_id: int, colour: str) -> NoteView:
        return self._change_note(note_id, None, colour=_clean_colour(colour))

    def set_note_speaker(
        self, note_id: int, author_id: int | None, role: str | None = None
    ) -> NoteView:
        """Who said it, corrected after capture: a registered participant, or only a role."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Note, note_id, "note")
            session = self._editable_session(db, row.session_id)
            row.role = self._author_role(db, session.workshop_id, author_id, role)
            row.author_id = author_id
            row.updated_at = utc_now()
            db.flush()
            view = note_view(row)
        self._events.note_changed.emit(view)
        self._publish_saved()
        return view

    def set_note_private(self, note_id: int, private: bool) -> NoteView:
        """Mark a note 'not for the public record': kept here, left out of every export."""
        # Protecting people is always allowed, even on a locked or final record.
        return self._change_note(note_id, None, check_lock=False, private=bool(private))

    def redact_note(self, note_id: int, redacted_text: str | None) -> NoteView:
        """Set the text exports show instead of the original (None: no redaction)."""
        clean = None if redacted_text is None else validation.note_text(redacted_text)
        return self._change_note(note_id, None, check_lock=False, redacted_text=clean)

    def set_quoted(self, note_id: int, quoted: bool) -> NoteView:
        """Choose a note (or stop choosing it) as a quote in the record's written summary."""
        with self._db.read() as db:
            row = get_row(db, Note, note_id, "note")
            session = session_view(db, get_row(db, Session, row.session_id, "session"))
            public = audience.sees(Audience.RECORD, row)
        if session.is_final:
            raise LockedError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The record of this session is final; reopen it to change it."
                )
            )
        if quoted and not public:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "Only notes that are in the public record can be quoted."
                ),
                "quoted",
            )
        return self._change_note(note_id, None, check_lock=False, quoted=bool(quoted))

    def set_note_language(self, note_id: int, language: str | None) -> NoteView:
        """Say which language a note is written in (None: not known, the record detects it)."""
        clean = clean_language(language)
        with self._db.read() as db:
            row = get_row(db, Note, note_id, "note")
            session = session_view(db, get_row(db, Session, row.session_id, "session"))
        if session.is_final:
            raise LockedError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The record of this session is final; reopen it to change it."
                )
            )
        return self._change_note(note_id, None, check_lock=False, language=clean)

    def approve_note(self, note_id: int) -> NoteView:
        """Let a note held for moderation onto the board."""
        return self._change_note(note_id, None, pending=False)

    def set_held(self, note_ids: Sequence[int], held: bool) -> list[NoteView]:
        """Let notes through moderation together (held=False), or hold them again (the undo
        of letting them through); returns the notes that changed."""
        return self._set_flag(note_ids, "pending", held)

    def set_hidden(self, note_ids: Sequence[int], hidden: bool) -> list[NoteView]:
        """Hide revealed notes again (the undo of a reveal), or reveal these notes (its redo);
        returns the notes that changed."""
        return self._set_flag(note_ids, "hidden", hidden)

    def _set_flag(self, note_ids: Sequence[int], name: str, value: bool) -> list[NoteView]:
        with self._db.unit_of_work() as db:
            rows = [get_row(db, Note, note_id, "note") for note_id in note_ids]
            for session_id in {row.session_id for row in rows}:
                self._editable_session(db, session_id)
            changed = [row for row in rows if getattr(row, name) != value]
            for row in changed:
                setattr(row, name, value)
                row.updated_at = utc_now()
            db.flush()
            views = [note_view(row) for row in changed]
        for view in views:
            self._events.note_changed.emit(view)
        if views:
            self._publish_saved()
        return views

    def reveal(
        self, session_id: int, column_id: int | None = None, *, table_id: int | None = None
    ) -> list[NoteView]:
        """End silent writing: show hidden notes of one column, or of the whole board; with a
        table, only that table's (each table ends its silent writing when it is ready)."""
        with self._db.unit_of_work() as db:
            self._editable_session(db, session_id)
            query = select(Note).where(Note.session_id == session_id, Note.hidden.is_(True))
            if column_id is not None:
                query = query.where(Note.column_id == column_id)
            if table_id is not None:
                query = query.where(Note.table_id == table_id)
            rows = db.scalars(query.order_by(Note.id)).all()
            for row in rows:
                row.hidden = False
            db.flush()
            views = [note_view(row) for row in rows]
        for view in views:
            self._events.note_changed.emit(view)
        self._publish_saved()
        return views

    def delete_notes(self, note_ids: Sequence[int]) -> list[NoteView]:
        """Delete notes; returns them as they were so an undo can restore them exactly."""
        with self._db.unit_of_work() as db:
            removed = []
            checked: set[int] = set()
            for note_id in note_ids:
                row = get_row(db, Note, note_id, "note")
                if row.session_id not in checked:
                    self._editable_session(db, row.session_id)
                    checked.add(row.session_id)
                removed.append(note_view(row))
                db.delete(row)
        for view in removed:
            self._events.note_removed.emit(view)
        self._publish_saved()
        return removed

    def delete_note(self, note_id: int) -> NoteView:
        return self.delete_notes([note_id])[0]

    def restore_notes(self, notes: Sequence[NoteView]) -> list[NoteView]:
        """Put deleted notes back with their ids, text and times (undo)."""
        with self._db.unit_of_work() as db:
            for note in notes:
                self._editable_session(db, note.session_id)
                if db.get(Note, note.id) is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("Refusal", "That note is already on the board.")
                    )
                row = _note_row_from_view(note)
                if row.theme_id is not None and db.get(Theme, row.theme_id) is None:
                    row.theme_id = None
                if row.author_id is not None and db.get(Participant, row.author_id) is None:
                    row.author_id = None
                _forget_removed_table(db, row)
                db.add(row)
            db.flush()
            views = [note_view(db.get_one(Note, note.id)) for note in notes]
        for view in views:
            self._events.note_added.emit(view)
        self._publish_saved()
        return views

    def get_note(self, note_id: int) -> NoteView:
        with self._db.read() as db:
            return note_view(get_row(db, Note, note_id, "note"))

    def notes(self, session_id: int) -> list[NoteView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(Note).where(Note.session_id == session_id).order_by(Note.id)
            ).all()
            return [note_view(row) for row in rows]

    def notes_by_author(self, session_id: int, author_id: int) -> list[NoteView]:
        """One person's notes on a session's board (what a participant's phone shows)."""
        with self._db.read() as db:
            rows = db.scalars(
                select(Note)
                .where(Note.session_id == session_id, Note.author_id == author_id)
                .order_by(Note.id)
            ).all()
            return [note_view(row) for row in rows]

    # ----- themes --------------------------------------------------------------------------

    def group(
        self, session_id: int, title: str, note_ids: Sequence[int], *, gather: bool = True
    ) -> ThemeView:
        """Group notes into a named theme; the theme belongs to the lane most of them are in.

        With gather, the members in that lane are moved side by side (and the lane's notes below
        flow on after them) so the theme's frame surrounds its members and nothing else.
        """
        return self.group_notes(session_id, title, note_ids, gather=gather).theme

    def group_notes(
        self, session_id: int, title: str, note_ids: Sequence[int], *, gather: bool = True
    ) -> Grouped:
        """Group as `group` does, also saying which notes moved from where (for undo)."""
        clean = validation.title(title, "theme title")
        with self._db.unit_of_work() as db:
            self._editable_session(db, session_id)
            rows = [get_row(db, Note, note_id, "note") for note_id in note_ids]
            if not rows:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "Select at least one note to group."), "notes"
                )
            if any(row.session_id != session_id for row in rows):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "Those notes belong to another session."), "notes"
                )
            columns = [row.column_id for row in rows]
            column_id = max(set(columns), key=columns.count)
            theme = Theme(session_id=session_id, column_id=column_id, title=clean)
            db.add(theme)
            db.flush()
            for row in rows:
                row.theme_id = theme.id
            changed = {row.id: row for row in rows}
            moved_from: dict[int, Place] = {}
            if gather:
                moved_from = self._gather(db, column_id, {row.id for row in rows})
                changed.update({note_id: db.get_one(Note, note_id) for note_id in moved_from})
            db.flush()
            view = theme_view(theme)
            notes = [note_view(row) for row in changed.values()]
        self._events.theme_added.emit(view)
        for note in notes:
            self._events.note_changed.emit(note)
        self._publish_saved()
        moved_to = {n.id: (n.column_id, n.x, n.y) for n in notes if n.id in moved_from}
        return Grouped(view, moved_from, moved_to)

    @staticmethod
    def _gather(db: OrmSession, column_id: int, member_ids: set[int]) -> dict[int, Place]:
        """Move the members side by side; returns where each moved note was."""
        lane = db.scalars(select(Note).where(Note.column_id == column_id)).all()
        members = [(n.id, n.x, n.y) for n in lane if n.id in member_ids]
        others = [(n.id, n.x, n.y) for n in lane if n.id not in member_ids]
        moves = layout.gather(members, others)
        moved_from: dict[int, Place] = {}
        for note in lane:
            if note.id in moves:
                moved_from[note.id] = (note.column_id, note.x, note.y)
                note.x, note.y = moves[note.id]
                note.updated_at = utc_now()
        return moved_from

    def rename_theme(self, theme_id: int, title: str) -> ThemeView:
        clean = validation.title(title, "theme title")
        with self._db.unit_of_work() as db:
            theme = get_row(db, Theme, theme_id, "theme")
            self._editable_session(db, theme.session_id)
            theme.title = clean
            db.flush()
            view = theme_view(theme)
        self._events.theme_changed.emit(view)
        self._publish_saved()
        return view

    def ungroup(self, theme_id: int) -> tuple[ThemeView, list[int]]:
        """Remove a theme, keeping its notes; returns what an undo needs to regroup them."""
        with self._db.unit_of_work() as db:
            theme = get_row(db, Theme, theme_id, "theme")
            self._editable_session(db, theme.session_id)
            view = theme_view(theme)
            rows = db.scalars(select(Note).where(Note.theme_id == theme_id).order_by(Note.id)).all()
            member_ids = [row.id for row in rows]
            for row in rows:
                row.theme_id = None
            db.flush()
            db.delete(theme)
            db.flush()
            notes = [note_view(row) for row in rows]
        for note in notes:
            self._events.note_changed.emit(note)
        self._events.theme_removed.emit(theme_id)
        self._publish_saved()
        return view, member_ids

    def restore_theme(self, theme: ThemeView, note_ids: Sequence[int]) -> ThemeView:
        """Recreate an ungrouped theme with its id and members (undo)."""
        with self._db.unit_of_work() as db:
            self._editable_session(db, theme.session_id)
            row = Theme(
                id=theme.id,
                session_id=theme.session_id,
                column_id=theme.column_id,
                title=theme.title,
            )
            db.add(row)
            db.flush()
            db.execute(
                update(Note)
                .where(Note.id.in_(list(note_ids)), Note.session_id == theme.session_id)
                .values(theme_id=theme.id, version=Note.version + 1)
                .execution_options(synchronize_session=False)
            )
            notes = db.scalars(select(Note).where(Note.id.in_(list(note_ids)))).all()
            for note in notes:
                db.refresh(note)
            view = theme_view(row)
            note_views = [note_view(n) for n in notes]
        self._events.theme_added.emit(view)
        for changed in note_views:
            self._events.note_changed.emit(changed)
        self._publish_saved()
        return view

    def set_note_theme(self, note_id: int, theme_id: int | None) -> NoteView:
        with self._db.read() as db:
            if theme_id is not None:
                theme = get_row(db, Theme, theme_id, "theme")
                note = get_row(db, Note, note_id, "note")
                if theme.session_id != note.session_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Refusal", "That theme belongs to another session."),
                        "theme",
                    )
        return self._change_note(note_id, None, theme_id=theme_id)

    def themes(self, session_id: int) -> list[ThemeView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(Theme).where(Theme.session_id == session_id).order_by(Theme.id)
            )
            return [theme_view(row) for row in rows]

    # ----- helpers -------------------------------------------------------------------------

    def _change_note(
        self,
        note_id: int,
        expected_version: int | None,
        *,
        check_lock: bool = True,
        **values: object,
    ) -> NoteView:
        with self._db.unit_of_work() as db:
            row = get_row(db, Note, note_id, "note")
            if check_lock:
                self._editable_session(db, row.session_id)
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "Someone else changed this note since you opened it; "
                        "your edit was not applied so theirs is not lost.",
                    )
                )
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            db.flush()
            view = note_view(row)
        self._events.note_changed.emit(view)
        self._publish_saved()
        return view

    def _editable_session(self, db: OrmSession, session_id: int) -> SessionView:
        session = session_view(db, get_row(db, Session, session_id, "session"))
        rules.check_board_editable(session)
        return session

    def _author_role(
        self, db: OrmSession, workshop_id: int, author_id: int | None, role: str | None
    ) -> str:
        row = db.get(Participant, author_id) if is_id(author_id) else None
        author = (row.workshop_id, row.role) if row is not None else None
        return _speaker_role(author_id, role, author, workshop_id)

    @staticmethod
    def _ordered_columns(db: OrmSession, session_id: int) -> list[BoardColumn]:
        return list(
            db.scalars(
                select(BoardColumn)
                .where(BoardColumn.session_id == session_id)
                .order_by(BoardColumn.position, BoardColumn.id)
            )
        )

    @staticmethod
    def _renumber(db: OrmSession, rows: list[BoardColumn]) -> None:
        for position, row in enumerate(rows):
            row.position = position


def _unique(views: Iterable[NoteView]) -> list[NoteView]:
    seen: set[int] = set()
    unique = []
    for view in views:
        if view.id not in seen:
            seen.add(view.id)
            unique.append(view)
    return unique


def _ids(values: Iterable[object]) -> set[int]:
    """The distinct values that can be row ids (others are refused one by one later)."""
    return {value for value in values if is_id(value)}


def _forget_removed_table(db: OrmSession, row: Note) -> bool:
    """A note put back after its (empty) table was removed belongs to the plenary; True if so."""
    if row.table_id is not None and db.get(BreakoutTable, row.table_id) is None:
        row.table_id = None
        row.marked = row.harvested = False
        return True
    return False


def _note_row_from_view(note: NoteView) -> Note:
    return Note(
        id=note.id,
        session_id=note.session_id,
        column_id=note.column_id,
        text=note.text,
        author_id=note.author_id,
        role=note.role,
        theme_id=note.theme_id,
        x=note.x,
        y=note.y,
        colour=note.colour,
        hidden=note.hidden,
        pending=note.pending,
        private=note.private,
        redacted_text=note.redacted_text,
        source=note.source,
        picture_id=note.picture_id,
        table_id=note.table_id,
        round=note.round,
        marked=note.marked,
        harvested=note.harvested,
        quoted=note.quoted,
        language=note.language,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )
