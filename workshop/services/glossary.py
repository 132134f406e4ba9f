"""The live glossary: words explained during a session, each with its plain-words meaning."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.glossary import GlossaryTerm
from models.people import Session
from workshop import validation
from workshop.errors import LockedError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row
from workshop.views import GlossaryEntry
from workshop.vocabulary import RecordStatus

MAX_TERM = 200
MAX_MEANING = 1000


def _view(row: GlossaryTerm) -> GlossaryEntry:
    return GlossaryEntry(row.id, row.session_id, row.term, row.meaning)


class GlossaryService(Service):
    def add(self, session_id: int, term: object, meaning: object) -> GlossaryEntry:
        clean_term = validation.clean_text(term, "term", max_length=MAX_TERM).strip()
        clean_meaning = validation.clean_text(meaning, "meaning", max_length=MAX_MEANING).strip()
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            _check_draft(session)
            position = db.scalar(
                select(func.count(GlossaryTerm.id)).where(GlossaryTerm.session_id == session_id)
            )
            row = GlossaryTerm(
                session_id=session_id,
                position=int(position or 0),
                term=clean_term,
                meaning=clean_meaning,
            )
            db.add(row)
            db.flush()
            view = _view(row)
        self._changed(session_id)
        return view

    def update(self, term_id: int, term: object, meaning: object) -> GlossaryEntry:
        clean_term = validation.clean_text(term, "term", max_length=MAX_TERM).strip()
        clean_meaning = validation.clean_text(meaning, "meaning", max_length=MAX_MEANING).strip()
        with self._db.unit_of_work() as db:
            row = get_row(db, GlossaryTerm, term_id, "term")
            _check_draft(get_row(db, Session, row.session_id, "session"))
            row.term, row.meaning = clean_term, clean_meaning
            db.flush()
            view = _view(row)
        self._changed(view.session_id)
        return view

    def remove(self, term_id: int) -> None:
        with self._db.unit_of_work() as db:
            row = get_row(db, GlossaryTerm, term_id, "term")
            session_id = row.session_id
            _check_draft(get_row(db, Session, session_id, "session"))
            db.delete(row)
        self._changed(session_id)

    def list(self, session_id: int) -> list[GlossaryEntry]:
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            rows = db.scalars(
                select(GlossaryTerm)
                .where(GlossaryTerm.session_id == session_id)
                .order_by(GlossaryTerm.position, GlossaryTerm.id)
            ).all()
            return [_view(r) for r in rows]

    def _changed(self, session_id: int) -> None:
        self._events.glossary_changed.emit(session_id)
        self._publish_saved()


def glossary_in(db: OrmSession, session_id: int) -> tuple[GlossaryEntry, ...]:
    """The session's glossary read inside another read (the record's snapshot)."""
    rows = db.scalars(
        select(GlossaryTerm)
        .where(GlossaryTerm.session_id == session_id)
        .order_by(GlossaryTerm.position, GlossaryTerm.id)
    ).all()
    return tuple(_view(r) for r in rows)


def _check_draft(session: Session) -> None:
    if session.record_status == RecordStatus.FINAL:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Refusal", "The record of this session is final; unlock it before changing it."
            )
        )


__all__ = ["GlossaryService", "glossary_in"]
