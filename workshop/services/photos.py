"""Photos of paper into the record: store the pictures, queue each note found for review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.base import utc_now
from models.board import BoardColumn, BreakoutTable, Note, Picture
from models.people import Session
from workshop import audience, layout, rules, validation
from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.photos.titles import column_for_heading
from workshop.rules import Actor
from workshop.services.base import Service, get_row
from workshop.services.convert import note_view, session_view
from workshop.views import NoteView, PictureView
from workshop.vocabulary import NOT_RECORDED_ROLE, NoteSource, PictureKind, Role

if TYPE_CHECKING:  # the photo pipeline loads OpenCV; services must start without it
    from workshop.photos import ProcessedPhoto

MAX_CAPTION_LENGTH = 500


@dataclass(frozen=True, slots=True)
class PhotoAdded:
    """What one photo added: its stored picture and the notes found in it."""

    picture: PictureView
    notes: tuple[NoteView, ...]

    @property
    def waiting(self) -> int:
        return sum(1 for note in self.notes if audience.waiting_for_review(note))


def picture_view(row: Picture) -> PictureView:
    return PictureView(
        id=row.id,
        session_id=row.session_id,
        kind=PictureKind(row.kind),
        width=row.width,
        height=row.height,
        blurred=row.blurred,
        caption=row.caption,
        size=len(row.jpeg),
        created_at=row.created_at,
    )


class PhotoService(Service):
    def add_photo(
        self,
        session_id: int,
        photo: ProcessedPhoto,
        *,
        column_id: int | None = None,
        accept_suggestions: bool = False,
        actor: Actor = Actor.FACILITATOR,
        table_id: int | None = None,
        round_number: int | None = None,
    ) -> PhotoAdded:
        """Store a processed photo and one note per sticky note found.

        Each note goes to the column chosen for the photo, or, on a flipchart with column
        headings, to the board column its heading names (when one does).

        Notes wait for review (never shown outside the review queue) unless accept_suggestions,
        which keeps the suggested text as it is and marks the note machine-read in the record.
        A phone (actor DEVICE) adds only while the stage lets phones add notes, and its notes
        always wait for review; table_id and round_number file them as the phone's table's.
        """
        if actor is not Actor.FACILITATOR and accept_suggestions:
            raise ValueError("only the facilitator may skip the review")
        with self._db.unit_of_work() as db:
            session = session_view(db, get_row(db, Session, session_id, "session"))
            rules.check_can_add_note(session, actor)
            column = self._column(db, session_id, column_id)
            if table_id is not None:
                self._check_table(db, session_id, table_id)
            photo_row = self._picture(db, session_id, PictureKind.PHOTO, photo.jpeg, photo)
            targets = self._columns_by_heading(db, session_id, photo)
            counts: dict[int, int] = {}
            rows = []
            now = utc_now()
            for found in photo.notes:
                target = targets.get(found.heading, column)
                if target.id not in counts:
                    counts[target.id] = (
                        db.scalar(select(func.count()).where(Note.column_id == target.id)) or 0
                    )
                picture = Picture(
                    session_id=session_id,
                    kind=PictureKind.NOTE.value,
                    jpeg=found.jpeg,
                    width=found.width,
                    height=found.height,
                    blurred=photo.blurred,
                    caption="",
                )
                db.add(picture)
                db.flush()
                x, y = layout.slot_position(counts[target.id])
                counts[target.id] += 1
                text = found.suggestion[: validation.MAX_NOTE_LENGTH].strip()
                row = Note(
                    session_id=session_id,
                    column_id=target.id,
                    text=text,
                    role=NOT_RECORDED_ROLE,
                    x=float(x),
                    y=float(y),
                    colour=found.colour,
                    hidden=target.silent,
                    pending=not accept_suggestions,
                    source=(
                        NoteSource.MACHINE_READ if accept_suggestions else NoteSource.PHOTO
                    ).value,
                    picture_id=picture.id,
                    table_id=table_id,
                    round=round_number if table_id is not None else None,
                    created_at=now,
                    updated_at=now,
                )
                db.add(row)
                rows.append(row)
            db.flush()
            added = PhotoAdded(picture_view(photo_row), tuple(note_view(row) for row in rows))
        self._events.picture_added.emit(added.picture)
        for note in added.notes:
            self._events.note_added.emit(note)
        self._publish_saved()
        return added

    def add_drawing(self, session_id: int, photo: ProcessedPhoto, caption: str) -> PictureView:
        """Keep a flipchart or drawing as a picture of the session, with a caption."""
        clean = validation.clean_text(caption, "caption", max_length=MAX_CAPTION_LENGTH).strip()
        with self._db.unit_of_work() as db:
            session = session_view(db, get_row(db, Session, session_id, "session"))
            rules.check_board_editable(session)
            row = self._picture(db, session_id, PictureKind.DRAWING, photo.jpeg, photo, clean)
            view = picture_view(row)
        self._events.picture_added.emit(view)
        self._publish_saved()
        return view

    def set_caption(self, picture_id: int, caption: str) -> PictureView:
        clean = validation.clean_text(caption, "caption", max_length=MAX_CAPTION_LENGTH).strip()
        with self._db.unit_of_work() as db:
            row = get_row(db, Picture, picture_id, "picture")
            row.caption = clean
            db.flush()
            view = picture_view(row)
        self._events.picture_changed.emit(view)
        self._publish_saved()
        return view

    def review_queue(self, session_id: int) -> list[NoteView]:
        """Notes read from photos that no person has accepted yet, in the order found."""
        with self._db.read() as db:
            rows = db.scalars(
                select(Note)
                .where(
                    Note.session_id == session_id,
                    Note.pending.is_(True),
                    Note.source == NoteSource.PHOTO.value,
                )
                .order_by(Note.id)
            ).all()
            return [note_view(row) for row in rows]

    def accept(
        self,
        note_id: int,
        text: str | None = None,
        *,
        picture_only: bool = False,
        role: str | None = None,
    ) -> NoteView:
        """A person accepts a note read from a photo: as suggested, corrected, or picture only.

        Only now may it reach the board, the projector and the record. The role stays "not
        recorded" unless the scribe sets one.
        """
        new_role = None if role is None else validation.choice(role, Role, "role").value
        if picture_only:
            clean = ""
        elif text is not None:
            clean = validation.note_text(text)
        else:
            clean = None
        with self._db.unit_of_work() as db:
            row = get_row(db, Note, note_id, "note")
            if row.source != NoteSource.PHOTO.value or not row.pending:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That note is not waiting for review."), "note"
                )
            if clean is None:
                clean = validation.note_text(row.text) if row.text else ""
            row.text = clean
            row.pending = False
            if new_role is not None:
                row.role = new_role
            row.updated_at = utc_now()
            db.flush()
            view = note_view(row)
        self._events.note_changed.emit(view)
        self._publish_saved()
        return view

    def discard(self, note_id: int) -> NoteView:
        """Not a note after all (a shadow, a sign on the wall): remove it and its picture."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Note, note_id, "note")
            if row.source != NoteSource.PHOTO.value or not row.pending:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That note is not waiting for review."), "note"
                )
            view = note_view(row)
            picture = db.get(Picture, row.picture_id) if row.picture_id is not None else None
            db.delete(row)
            if picture is not None:
                db.delete(picture)
        self._events.note_removed.emit(view)
        self._publish_saved()
        return view

    def pictures(self, session_id: int, kinds: Sequence[PictureKind] = ()) -> list[PictureView]:
        with self._db.read() as db:
            query = select(Picture).where(Picture.session_id == session_id)
            if kinds:
                query = query.where(Picture.kind.in_([kind.value for kind in kinds]))
            return [picture_view(row) for row in db.scalars(query.order_by(Picture.id))]

    def jpeg(self, picture_id: int) -> bytes:
        """The picture's stored JPEG bytes."""
        with self._db.read() as db:
            return bytes(get_row(db, Picture, picture_id, "picture").jpeg)

    def jpegs(self, picture_ids: Sequence[int]) -> dict[int, bytes]:
        """Several pictures' JPEG bytes at once, by id (missing ids are left out)."""
        if not picture_ids:
            return {}
        with self._db.read() as db:
            rows = db.execute(
                select(Picture.id, Picture.jpeg).where(Picture.id.in_(list(picture_ids)))
            )
            return {row.id: bytes(row.jpeg) for row in rows}

    @staticmethod
    def _column(db: OrmSession, session_id: int, column_id: int | None) -> BoardColumn:
        if column_id is None:
            column = db.scalar(
                select(BoardColumn)
                .where(BoardColumn.session_id == session_id)
                .order_by(BoardColumn.position, BoardColumn.id)
            )
            if column is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "Add a column to the board first."), "column"
                )
            return column
        column = get_row(db, BoardColumn, column_id, "column")
        if column.session_id != session_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "That column belongs to another session."), "column"
            )
        return column

    @staticmethod
    def _columns_by_heading(
        db: OrmSession, session_id: int, photo: ProcessedPhoto
    ) -> dict[str, BoardColumn]:
        """The board column each heading read on the photo names (headings naming none are left
        out: their notes go to the chosen column). The board's columns are never renamed or
        added from a photo: a heading is only the computer's reading until a person checks it."""
        wanted = {found.heading for found in photo.notes if found.heading}
        if not wanted:
            return {}
        columns = {
            c.id: c
            for c in db.scalars(select(BoardColumn).where(BoardColumn.session_id == session_id))
        }
        titles = {column_id: c.title for column_id, c in columns.items()}
        found: dict[str, BoardColumn] = {}
        for heading in wanted:
            column_id = column_for_heading(heading, titles)
            if column_id is not None:
                found[heading] = columns[column_id]
        return found

    @staticmethod
    def _check_table(db: OrmSession, session_id: int, table_id: int) -> None:
        table = get_row(db, BreakoutTable, table_id, "table")
        if table.session_id != session_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "That table belongs to another session."), "table"
            )

    @staticmethod
    def _picture(
        db: OrmSession,
        session_id: int,
        kind: PictureKind,
        jpeg: bytes,
        photo: ProcessedPhoto,
        caption: str = "",
    ) -> Picture:
        row = Picture(
            session_id=session_id,
            kind=kind.value,
            jpeg=jpeg,
            width=photo.width,
            height=photo.height,
            blurred=photo.blurred,
            caption=caption,
        )
        db.add(row)
        db.flush()
        return row
