"""Agreed actions: traced to notes, owned and co-led, agreed jointly, and reviewed later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action, ActionAgreement, ActionSource, ActionUpdate
from models.base import utc_now
from models.board import Note
from models.people import Participant, Session
from workshop import validation
from workshop.errors import ConflictError, LockedError, NotFoundError, ValidationError
from workshop.services.base import Service, get_row, is_id
from workshop.services.convert import action_view, action_views
from workshop.views import ActionView
from workshop.vocabulary import ActionStatus

# Forward along the flow, one step back to correct a mistake, or dropped (with a reason).
ALLOWED_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.PROPOSED: frozenset(
        {ActionStatus.AGREED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    ActionStatus.AGREED: frozenset(
        {ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    ActionStatus.IN_PROGRESS: frozenset(
        {ActionStatus.AGREED, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    ActionStatus.DONE: frozenset({ActionStatus.IN_PROGRESS}),
    ActionStatus.DROPPED: frozenset({ActionStatus.PROPOSED, ActionStatus.AGREED}),
}

_CLOSED = (ActionStatus.DONE.value, ActionStatus.DROPPED.value)


class ActionService(Service):
    def create(
        self,
        session_id: int,
        title: str,
        *,
        description: str = "",
        owner_id: int | None = None,
        co_lead_id: int | None = None,
        due: dt.date | str | None = None,
        status: str = "proposed",
        dropped_reason: str = "",
        source_note_ids: Sequence[int] = (),
        agreed_by: Sequence[int] = (),
    ) -> ActionView:
        clean_title = validation.title(title, "action title")
        clean_description = validation.optional_text(description, "description")
        clean_due = validation.optional_date(due, "due date")
        clean_status = validation.choice(status, ActionStatus, "status")
        reason = validation.optional_text(dropped_reason, "dropped reason", 2000).strip()
        if clean_status is ActionStatus.DROPPED and not reason:
            raise ValidationError("Say why the action was dropped.", "dropped_reason")
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            self._check_not_final(session)
            self._check_person(db, session.workshop_id, owner_id, "owner")
            self._check_person(db, session.workshop_id, co_lead_id, "co-lead")
            row = Action(
                session_id=session_id,
                title=clean_title,
                description=clean_description,
                owner_id=owner_id,
                co_lead_id=co_lead_id,
                due=clean_due,
                status=clean_status.value,
                dropped_reason=reason,
            )
            db.add(row)
            db.flush()
            self._set_sources(db, row, session_id, source_note_ids)
            self._set_agreed(db, row, session.workshop_id, agreed_by)
            db.flush()
            view = action_view(db, row)
        self._events.action_added.emit(view)
        self._publish_saved()
        return view

    def update(
        self, action_id: int, *, expected_version: int | None = None, **fields: object
    ) -> ActionView:
        """Change an action's fields; status changes follow the flow, dropping needs a reason."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Action, action_id, "action")
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(
                    "Someone else changed this action since you opened it; "
                    "your change was not applied so theirs is not lost."
                )
            session = get_row(db, Session, row.session_id, "session")
            self._check_not_final(session)
            for name, value in fields.items():
                self._apply_field(db, row, session, name, value)
            if row.status == ActionStatus.DROPPED and not row.dropped_reason.strip():
                raise ValidationError("Say why the action was dropped.", "dropped_reason")
            row.updated_at = utc_now()
            db.flush()
            view = action_view(db, row)
        self._events.action_changed.emit(view)
        self._publish_saved()
        return view

    def add_update(
        self,
        action_id: int,
        session_id: int | None,
        text: str,
        *,
        date: dt.date | str | None = None,
        status: str | None = None,
        dropped_reason: str = "",
    ) -> ActionView:
        """Record progress ("you said, we did") in a later session; earlier updates are kept."""
        clean_text = validation.clean_text(text, "progress update", max_length=2000)
        clean_date = validation.optional_date(date, "date") or self._today()
        new_status = (
            None if status in (None, "") else validation.choice(status, ActionStatus, "status")
        )
        with self._db.unit_of_work() as db:
            row = get_row(db, Action, action_id, "action")
            if session_id is not None:
                session = get_row(db, Session, session_id, "session")
                origin = get_row(db, Session, row.session_id, "session")
                if session.workshop_id != origin.workshop_id:
                    raise ValidationError("That session belongs to another workshop.", "session")
            if new_status is not None and new_status.value != row.status:
                self._transition(row, new_status, dropped_reason or clean_text)
            db.add(
                ActionUpdate(
                    action_id=row.id,
                    session_id=session_id,
                    date=clean_date,
                    text=clean_text,
                    status=new_status.value if new_status else "",
                )
            )
            # Changing the row bumps its version, so a concurrent edit is detected.
            row.updated_at = utc_now()
            db.flush()
            view = action_view(db, row)
        self._events.action_changed.emit(view)
        self._publish_saved()
        return view

    def delete(self, action_id: int) -> ActionView:
        with self._db.unit_of_work() as db:
            row = get_row(db, Action, action_id, "action")
            self._check_not_final(get_row(db, Session, row.session_id, "session"))
            view = action_view(db, row)
            db.delete(row)
        self._events.action_removed.emit(action_id)
        self._publish_saved()
        return view

    def get(self, action_id: int) -> ActionView:
        with self._db.read() as db:
            return action_view(db, get_row(db, Action, action_id, "action"))

    def for_session(self, session_id: int) -> list[ActionView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(Action).where(Action.session_id == session_id).order_by(Action.id)
            ).all()
            return action_views(db, rows)

    def for_workshop(self, workshop_id: int) -> list[ActionView]:
        """The workshop's action log: every action from every session."""
        with self._db.read() as db:
            rows = db.scalars(
                select(Action)
                .join(Session, Session.id == Action.session_id)
                .where(Session.workshop_id == workshop_id)
                .order_by(Session.date, Session.id, Action.id)
            ).all()
            return action_views(db, rows)

    def open_from_earlier(self, session_id: int) -> list[ActionView]:
        """Open actions of the sessions before this one: what to review ("you said, we did")."""
        record = self._services.sessions.record(session_id)
        return [a for a in record.earlier_actions if a.status not in _CLOSED]

    # ----- helpers -------------------------------------------------------------------------

    def _apply_field(
        self, db: OrmSession, row: Action, session: Session, name: str, value: object
    ) -> None:
        if name == "title":
            row.title = validation.title(value, "action title")
        elif name == "description":
            row.description = validation.optional_text(value, "description")
        elif name in ("owner_id", "co_lead_id"):
            self._check_person(db, session.workshop_id, value, name.removesuffix("_id"))
            setattr(row, name, value)
        elif name == "due":
            row.due = validation.optional_date(value, "due date")
        elif name == "status":
            status = validation.choice(value, ActionStatus, "status")
            if status.value != row.status:
                self._transition(row, status, None)
        elif name == "dropped_reason":
            row.dropped_reason = validation.optional_text(value, "dropped reason", 2000).strip()
        elif name == "source_note_ids":
            self._set_sources(db, row, row.session_id, value)  # type: ignore[arg-type]
        elif name == "agreed_by":
            self._set_agreed(db, row, session.workshop_id, value)  # type: ignore[arg-type]
        else:
            raise TypeError(f"Actions have no field {name!r}")

    @staticmethod
    def _transition(row: Action, status: ActionStatus, reason: str | None) -> None:
        current = ActionStatus(row.status)
        if status not in ALLOWED_TRANSITIONS[current]:
            raise ValidationError(
                f"An action that is {current.value.replace('_', ' ')} cannot become "
                f"{status.value.replace('_', ' ')}.",
                "status",
            )
        row.status = status.value
        if status is ActionStatus.DROPPED and reason is not None:
            row.dropped_reason = reason.strip()

    @staticmethod
    def _check_not_final(session: Session) -> None:
        if session.record_status == "final":
            raise LockedError("The record of this session is final; unlock it to change actions.")

    @staticmethod
    def _check_person(db: OrmSession, workshop_id: int, person_id: object, what: str) -> None:
        if person_id is None:
            return
        person = db.get(Participant, person_id) if is_id(person_id) else None
        if person is None or person.workshop_id != workshop_id:
            raise ValidationError(
                f"The {what} must be someone registered for this workshop.", what.replace("-", "_")
            )

    @staticmethod
    def _set_sources(db: OrmSession, row: Action, session_id: int, note_ids: Sequence[int]) -> None:
        ids = list(dict.fromkeys(note_ids))
        notes = db.scalars(select(Note).where(Note.id.in_(ids))).all() if ids else []
        found = {note.id: note for note in notes}
        for note_id in ids:
            note = found.get(note_id)
            if note is None:
                raise NotFoundError(f"There is no note with id {note_id}.")
        db.execute(delete(ActionSource).where(ActionSource.action_id == row.id))
        for note_id in ids:
            db.add(ActionSource(action_id=row.id, note_id=note_id))

    @staticmethod
    def _set_agreed(
        db: OrmSession, row: Action, workshop_id: int, participant_ids: Sequence[int]
    ) -> None:
        ids = list(dict.fromkeys(participant_ids))
        for person_id in ids:
            ActionService._check_person(db, workshop_id, person_id, "person who agreed")
        db.execute(delete(ActionAgreement).where(ActionAgreement.action_id == row.id))
        for person_id in ids:
            db.add(ActionAgreement(action_id=row.id, participant_id=person_id))
