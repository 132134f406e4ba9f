"""People's access needs (special-category data, for the organisers) and sessions' access plans."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from models.involvement import AccessBooking, AccessNeed, AccessNotes, InvolvementSettings
from models.people import Attendance, Participant, Session, Workshop
from workshop import validation
from workshop.access import (
    DEFAULT_INTERPRETER_WEEKS,
    AccessNeedKind,
    AccessNeedView,
    AccessPlan,
    AccessRegister,
    BookingView,
    build_plan,
    due_date,
)
from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row
from workshop.services.convert import participant_view, session_view

MAX_DETAIL = 2000
# Who asked, when a person told the organisers themselves on the join page.
ASKED_ON_JOIN_PAGE = "the person, on the join page"


def need_view(row: AccessNeed) -> AccessNeedView:
    return AccessNeedView(
        id=row.id,
        participant_id=row.participant_id,
        kind=AccessNeedKind(row.kind),
        detail=row.detail,
        asked_on=row.asked_on,
        asked_by=row.asked_by,
    )


def _asked_by(value: object) -> str:
    text = validation.clean_text(value, "asked by", max_length=200, required=False).strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Refusal", "Say who asked about this need: needs are asked, never assumed."
            ),
            "asked_by",
        )
    return text


class AccessService(Service):
    def register(self, participant_id: int) -> AccessRegister:
        """One person's needs and notes."""
        with self._db.read() as db:
            get_row(db, Participant, participant_id, "participant")
            return self._register(db, participant_id)

    def registers(self, workshop_id: int) -> dict[int, AccessRegister]:
        """Every registered person's needs in a workshop, by participant id."""
        with self._db.read() as db:
            ids = db.scalars(
                select(Participant.id).where(Participant.workshop_id == workshop_id)
            ).all()
            return {person: self._register(db, person) for person in ids}

    @staticmethod
    def _register(db: OrmSession, participant_id: int) -> AccessRegister:
        needs = db.scalars(
            select(AccessNeed)
            .where(AccessNeed.participant_id == participant_id)
            .order_by(AccessNeed.id)
        ).all()
        notes = db.get(AccessNotes, participant_id)
        return AccessRegister(
            participant_id=participant_id,
            needs=tuple(need_view(n) for n in needs),
            notes=notes.notes if notes else "",
        )

    def add_need(
        self,
        participant_id: int,
        kind: str,
        *,
        asked_by: str,
        detail: str = "",
        asked_on: dt.date | str | None = None,
    ) -> AccessNeedView:
        """Record a need someone told us about, with when and by whom they were asked."""
        values = {
            "kind": validation.choice(kind, AccessNeedKind, "kind").value,
            "detail": validation.optional_text(detail, "detail", MAX_DETAIL).strip(),
            "asked_by": _asked_by(asked_by),
            "asked_on": validation.optional_date(asked_on, "asked_on") or self._today(),
        }
        with self._db.unit_of_work() as db:
            get_row(db, Participant, participant_id, "participant")
            row = AccessNeed(participant_id=participant_id, **values)
            db.add(row)
            db.flush()
            view = need_view(row)
        self._events.access_changed.emit(participant_id)
        self._publish_saved()
        return view

    def update_need(self, need_id: int, **fields: object) -> AccessNeedView:
        values: dict[str, object] = {}
        for name, value in fields.items():
            if name == "kind":
                values[name] = validation.choice(value, AccessNeedKind, "kind").value
            elif name == "detail":
                values[name] = validation.optional_text(value, "detail", MAX_DETAIL).strip()
            elif name == "asked_by":
                values[name] = _asked_by(value)
            elif name == "asked_on":
                values[name] = validation.optional_date(value, "asked_on") or self._today()
            else:
                raise TypeError(f"Access needs have no field {name!r}")
        with self._db.unit_of_work() as db:
            row = get_row(db, AccessNeed, need_id, "access need")
            for name, value in values.items():
                setattr(row, name, value)
            db.flush()
            view = need_view(row)
        self._events.access_changed.emit(view.participant_id)
        self._publish_saved()
        return view

    def remove_need(self, need_id: int) -> None:
        with self._db.unit_of_work() as db:
            row = get_row(db, AccessNeed, need_id, "access need")
            participant_id = row.participant_id
            db.delete(row)
        self._events.access_changed.emit(participant_id)
        self._publish_saved()

    def set_notes(self, participant_id: int, notes: str) -> None:
        text = validation.optional_text(notes, "notes", MAX_DETAIL)
        with self._db.unit_of_work() as db:
            get_row(db, Participant, participant_id, "participant")
            row = db.get(AccessNotes, participant_id)
            if row is None:
                db.add(AccessNotes(participant_id=participant_id, notes=text))
            else:
                row.notes = text
        self._events.access_changed.emit(participant_id)
        self._publish_saved()

    def record_join_answer(self, participant_id: int, answer: str) -> AccessNeedView | None:
        """What a person wrote on the join page, privately: into the register, never the board."""
        text = validation.optional_text(answer, "answer", MAX_DETAIL).strip()
        if not text:
            return None
        return self.add_need(
            participant_id, AccessNeedKind.OTHER, detail=text, asked_by=ASKED_ON_JOIN_PAGE
        )

    # ----- the session's access plan ----------------------------------------------------------

    def plan(self, session_id: int, *, for_venue: bool = False) -> AccessPlan:
        """What to book and prepare for a session, from the needs of the people coming.

        The people coming are those ticked as attending; before anyone is ticked, everyone on
        the workshop's register.
        """
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            view = session_view(db, session)
            workshop = db.get_one(Workshop, session.workshop_id)
            attending = set(
                db.scalars(
                    select(Attendance.participant_id).where(Attendance.session_id == session_id)
                )
            )
            people = db.scalars(
                select(Participant)
                .where(Participant.workshop_id == session.workshop_id)
                .order_by(Participant.number)
            ).all()
            chosen = [p for p in people if not attending or p.id in attending]
            attendees = [(participant_view(p), self._register(db, p.id)) for p in chosen]
            marked = {
                b.kind: (b.due_by, b.done)
                for b in db.scalars(
                    select(AccessBooking).where(AccessBooking.session_id == session_id)
                )
            }
            settings = db.get(InvolvementSettings, session.workshop_id)
            weeks = settings.interpreter_weeks if settings else DEFAULT_INTERPRETER_WEEKS
        return build_plan(
            session=view,
            workshop_title=workshop.title,
            attendees=attendees,
            marked=marked,
            interpreter_weeks=weeks,
            for_venue=for_venue,
        )

    def warnings(self, session_id: int, today: dt.date | None = None) -> list[BookingView]:
        """Bookings not marked done although the session is near (for the planner)."""
        return self.plan(session_id).warnings(today or self._today())

    def set_booking_done(self, session_id: int, kind: str, done: bool) -> None:
        """Mark one of the plan's bookings done (or not), keeping the date it was due by."""
        value = validation.choice(kind, AccessNeedKind, "kind").value
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            settings = db.get(InvolvementSettings, session.workshop_id)
            weeks = settings.interpreter_weeks if settings else DEFAULT_INTERPRETER_WEEKS
            due_by = due_date(AccessNeedKind(value), session.date, weeks)
            row = db.scalar(
                select(AccessBooking).where(
                    AccessBooking.session_id == session_id, AccessBooking.kind == value
                )
            )
            if row is None:
                db.add(
                    AccessBooking(session_id=session_id, kind=value, due_by=due_by, done=bool(done))
                )
            else:
                row.done = bool(done)
                row.due_by = row.due_by or due_by
        self._events.bookings_changed.emit(session_id)
        self._publish_saved()
