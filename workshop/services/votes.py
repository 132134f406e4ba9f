"""Dot voting: each participant has a number of dots to place on notes while voting is open."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.board import Note, Vote
from models.people import Participant, Session
from workshop import audience, rules
from workshop.errors import NotFoundError, StageError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row, is_id
from workshop.services.convert import session_view, vote_view
from workshop.views import VoteView


class VoteService(Service):
    """Dots per participant, so results can be split by voice; the stage rules gate every dot."""

    def cast(self, session_id: int, participant_id: int, note_id: int) -> VoteView:
        """Place one dot; refused outside the voting stage or when the person has none left."""
        with self._db.unit_of_work() as db:
            session_row = get_row(db, Session, session_id, "session")
            session = session_view(db, session_row)
            rules.check_can_vote(session)
            person = db.get(Participant, participant_id) if is_id(participant_id) else None
            if person is None or person.workshop_id != session_row.workshop_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "That participant is not registered for this workshop."
                    )
                )
            note = get_row(db, Note, note_id, "note")
            if note.session_id != session_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That note is on another session's board."), "note"
                )
            if not audience.seen_by_room(note):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That note is not on the board yet."), "note"
                )
            used = self._used(db, session_id, participant_id)
            if used >= session.votes_per_participant:
                raise StageError.of(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "All {count} dots have been used; take one back to vote again."
                    ),
                    count=session.votes_per_participant,
                )
            row = Vote(session_id=session_id, participant_id=participant_id, note_id=note_id)
            db.add(row)
            db.flush()
            view = vote_view(row)
        self._events.vote_added.emit(view)
        self._publish_saved()
        return view

    def retract(self, vote_id: int) -> VoteView:
        """Take a dot back; allowed only while voting is open."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Vote, vote_id, "vote")
            session = session_view(db, get_row(db, Session, row.session_id, "session"))
            rules.check_can_vote(session)
            view = vote_view(row)
            db.delete(row)
        self._events.vote_removed.emit(view)
        self._publish_saved()
        return view

    def retract_last(self, session_id: int, participant_id: int, note_id: int) -> VoteView:
        """Take back the latest dot this participant placed on this note."""
        with self._db.read() as db:
            vote_id = db.scalar(
                select(Vote.id)
                .where(
                    Vote.session_id == session_id,
                    Vote.participant_id == participant_id,
                    Vote.note_id == note_id,
                )
                .order_by(Vote.id.desc())
                .limit(1)
            )
        if vote_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Refusal", "That person has no dot on that note to take back.")
            )
        return self.retract(vote_id)

    def votes_left(self, session_id: int, participant_id: int) -> int:
        """How many dots the participant can still place in this session."""
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            return max(
                0, session.votes_per_participant - self._used(db, session_id, participant_id)
            )

    def list(self, session_id: int) -> list[VoteView]:
        with self._db.read() as db:
            rows = db.scalars(select(Vote).where(Vote.session_id == session_id).order_by(Vote.id))
            return [vote_view(row) for row in rows]

    @staticmethod
    def _used(db: OrmSession, session_id: int, participant_id: int) -> int:
        return (
            db.scalar(
                select(func.count()).where(
                    Vote.session_id == session_id, Vote.participant_id == participant_id
                )
            )
            or 0
        )
