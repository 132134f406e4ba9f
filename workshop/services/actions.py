"""Agreed actions: traced to notes, owned and co-led, agreed jointly, and reviewed later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action, ActionAgreement, ActionSource, ActionUpdate
from models.base import utc_now
from models.board import Note, Theme
from models.people import Participant, Session, Workshop
from workshop import validation
from workshop.errors import ConflictError, LockedError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP, Word
from workshop.services.base import Service, get_row, is_id
from workshop.services.convert import action_view, action_views
from workshop.views import ActionView
from workshop.vocabulary import ActionStatus, RecordStatus

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

CLOSED_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})
MAX_REASON_LENGTH = 2000
_REASON_NEEDED = QT_TRANSLATE_NOOP(
    "Refusal", "Say why the action was dropped; a dropped action needs a reason."
)


def allowed_statuses(current: str) -> list[ActionStatus]:
    """The statuses an action may move to from current, current first, in flow order."""
    now = ActionStatus(current)
    return [s for s in ActionStatus if s is now or s in ALLOWED_TRANSITIONS[now]]


def _clean_due(value: object) -> dt.date | None:
    """A due date, refused with a message naming the field when it is not a real date."""
    if value is None or value == "" or isinstance(value, dt.date):
        return validation.optional_date(value, "due")
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return validation.date_in_range(parsed, "due")
    raise ValidationError.of(
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The due date {value} is not a real date; write it as YYYY-MM-DD, e.g. 2027-03-31.",
        ),
        field="due",
        value=repr(value),
    )


def _clean_reason(value: object) -> str:
    return validation.optional_text(value, "dropped_reason", MAX_REASON_LENGTH).strip()


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
        """Record a new action of a session, linked to the notes it came from."""
        clean_title = validation.title(title, "title")
        clean_description = validation.optional_text(description, "description")
        clean_due = _clean_due(due)
        clean_status = validation.choice(status, ActionStatus, "status")
        reason = _clean_reason(dropped_reason)
        if clean_status is ActionStatus.DROPPED and not reason:
            raise ValidationError(_REASON_NEEDED, "dropped_reason")
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
                dropped_reason=reason if clean_status is ActionStatus.DROPPED else "",
            )
            db.add(row)
            db.flush()
            self._set_sources(db, row, session.workshop_id, source_note_ids)
            self._set_agreed(db, row, session.workshop_id, agreed_by)
            db.flush()
            view = action_view(db, row)
        self._events.action_added.emit(view)
        self._publish_saved()
        return view

    def create_from_theme(
        self, theme_id: int, title: str | None = None, **fields: object
    ) -> ActionView:
        """An action from a theme on the board: linked to every note in it, titled after it."""
        with self._db.read() as db:
            theme = get_row(db, Theme, theme_id, "theme")
            note_ids = list(
                db.scalars(select(Note.id).where(Note.theme_id == theme_id).order_by(Note.id))
            )
            session_id, theme_title = theme.session_id, theme.title
        if not note_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "That theme has no notes to make an action from."),
                "theme",
            )
        return self.create(
            session_id,
            title if title is not None else theme_title,
            source_note_ids=note_ids,
            **fields,  # type: ignore[arg-type]
        )

    def update(
        self, action_id: int, *, expected_version: int | None = None, **fields: object
    ) -> ActionView:
        """Change an action's fields; status changes follow the flow, dropping needs a reason."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Action, action_id, "action")
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "Someone else changed this action since you opened it; "
                        "your change was not applied so theirs is not lost.",
                    )
                )
            session = get_row(db, Session, row.session_id, "session")
            self._check_not_final(session)
            status_before = row.status
            # The reason is applied before the status, so one call can drop with a reason.
            ordered = sorted(fields.items(), key=lambda item: item[0] != "dropped_reason")
            for name, value in ordered:
                self._apply_field(db, row, session, name, value)
            if row.status == ActionStatus.DROPPED and not row.dropped_reason.strip():
                raise ValidationError(_REASON_NEEDED, "dropped_reason")
            after_the_day = session.date is not None and session.date < self._today()
            if row.status != status_before and after_the_day and row.agreed_status is None:
                # A change after the session's day is progress, not what was agreed on it.
                row.agreed_status = status_before
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
        clean_text = validation.clean_text(text, "progress update", max_length=2000).strip()
        clean_date = validation.optional_date(date, "date") or self._today()
        new_status = (
            None if status in (None, "") else validation.choice(status, ActionStatus, "status")
        )
        reason = _clean_reason(dropped_reason)
        with self._db.unit_of_work() as db:
            row = get_row(db, Action, action_id, "action")
            if session_id is not None:
                session = get_row(db, Session, session_id, "session")
                origin = get_row(db, Session, row.session_id, "session")
                if session.workshop_id != origin.workshop_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Refusal", "That session belongs to another workshop."),
                        "session",
                    )
                self._check_not_final(session)
            if new_status is not None and new_status.value != row.status:
                if session_id != row.session_id and row.agreed_status is None:
                    # Kept so the session that agreed it still shows how it stood on the day.
                    row.agreed_status = row.status
                self._transition(row, new_status, reason or clean_text)
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
        """The workshop's action log: every action from every session, with its updates."""
        with self._db.read() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            rows = db.scalars(
                select(Action)
                .join(Session, Session.id == Action.session_id)
                .where(Session.workshop_id == workshop_id)
                .order_by(Session.date, Session.id, Action.id)
            ).all()
            return action_views(db, rows)

    def actions_for_note(self, note_id: int) -> list[ActionView]:
        """The actions that came from a note, so the board can show them on it."""
        with self._db.read() as db:
            get_row(db, Note, note_id, "note")
            rows = db.scalars(
                select(Action)
                .join(ActionSource, ActionSource.action_id == Action.id)
                .where(ActionSource.note_id == note_id)
                .order_by(Action.id)
            ).all()
            return action_views(db, rows)

    def open_from_earlier(self, session_id: int) -> list[ActionView]:
        """Open actions of the sessions before this one: what to review ("you said, we did")."""
        return [a for a in self.for_review(session_id) if a.status not in CLOSED_STATUSES]

    def for_review(self, session_id: int) -> list[ActionView]:
        """The review step of a session: earlier actions still open, plus those already
        reviewed in this session (so closing one does not make it vanish from the step)."""
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            siblings = db.scalars(
                select(Session).where(
                    Session.workshop_id == session.workshop_id, Session.id != session.id
                )
            ).all()
            earlier = [s.id for s in siblings if _is_before(s, session)]
            if not earlier:
                return []
            rows = db.scalars(
                select(Action)
                .join(Session, Session.id == Action.session_id)
                .where(Action.session_id.in_(earlier))
                .order_by(Session.date, Session.id, Action.id)
            ).all()
            views = action_views(db, rows)
        return [
            view
            for view in views
            if view.status not in CLOSED_STATUSES
            or any(update.session_id == session_id for update in view.updates)
        ]

    # ----- helpers -------------------------------------------------------------------------

    def _apply_field(
        self, db: OrmSession, row: Action, session: Session, name: str, value: object
    ) -> None:
        if name == "title":
            row.title = validation.title(value, "title")
        elif name == "description":
            row.description = validation.optional_text(value, "description")
        elif name in ("owner_id", "co_lead_id"):
            what = "owner" if name == "owner_id" else "co-lead"
            self._check_person(db, session.workshop_id, value, what)
            setattr(row, name, value)
        elif name == "due":
            row.due = _clean_due(value)
        elif name == "status":
            status = validation.choice(value, ActionStatus, "status")
            if status.value != row.status:
                self._transition(row, status, None)
        elif name == "dropped_reason":
            row.dropped_reason = _clean_reason(value)
        elif name == "source_note_ids":
            self._set_sources(db, row, session.workshop_id, value)  # type: ignore[arg-type]
        elif name == "agreed_by":
            self._set_agreed(db, row, session.workshop_id, value)  # type: ignore[arg-type]
        else:
            raise TypeError(f"Actions have no field {name!r}")

    @staticmethod
    def _transition(row: Action, status: ActionStatus, reason: str | None) -> None:
        current = ActionStatus(row.status)
        if status not in ALLOWED_TRANSITIONS[current]:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "An action that is {current} cannot become {wanted}."),
                field="status",
                current=Word(current.value.replace("_", " ")),
                wanted=Word(status.value.replace("_", " ")),
            )
        row.status = status.value
        if status is ActionStatus.DROPPED and reason is not None:
            row.dropped_reason = reason.strip()

    @staticmethod
    def _check_not_final(session: Session) -> None:
        if session.record_status == RecordStatus.FINAL:
            raise LockedError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The record of this session is final; unlock it to change actions."
                )
            )

    @staticmethod
    def _check_person(
        db: OrmSession, workshop_id: int, person_id: object, what: str, field: str = ""
    ) -> None:
        if person_id is None:
            return
        person = db.get(Participant, person_id) if is_id(person_id) else None
        field = field or what.replace("-", "_")
        if person is None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "The {what} is not on the participant register."),
                field=field,
                what=Word(what),
            )
        if person.workshop_id != workshop_id:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The {what} must be someone registered for this workshop; "
                    "that person is on another workshop's register.",
                ),
                field=field,
                what=Word(what),
            )

    @staticmethod
    def _set_sources(
        db: OrmSession, row: Action, workshop_id: int, note_ids: Sequence[int]
    ) -> None:
        ids = list(dict.fromkeys(note_ids))
        if any(not isinstance(i, int) or isinstance(i, bool) for i in ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "Source notes are given by their ids."),
                "source_note_ids",
            )
        found = {
            note_id: note_workshop
            for note_id, note_workshop in db.execute(
                select(Note.id, Session.workshop_id)
                .join(Session, Session.id == Note.session_id)
                .where(Note.id.in_(ids))
            )
        }
        for note_id in ids:
            if note_id not in found:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("Refusal", "There is no {what} with id {id}."),
                    field="source_note_ids",
                    what=Word("note"),
                    id=note_id,
                )
            if found[note_id] != workshop_id:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "Note {id} belongs to another workshop; an action can only come from "
                        "this workshop's notes.",
                    ),
                    field="source_note_ids",
                    id=note_id,
                )
        db.execute(delete(ActionSource).where(ActionSource.action_id == row.id))
        for note_id in ids:
            db.add(ActionSource(action_id=row.id, note_id=note_id))

    @staticmethod
    def _set_agreed(
        db: OrmSession, row: Action, workshop_id: int, participant_ids: Sequence[int]
    ) -> None:
        ids = list(dict.fromkeys(participant_ids))
        for person_id in ids:
            ActionService._check_person(
                db, workshop_id, person_id, "person who agreed", "agreed_by"
            )
        db.execute(delete(ActionAgreement).where(ActionAgreement.action_id == row.id))
        for person_id in ids:
            db.add(ActionAgreement(action_id=row.id, participant_id=person_id))


def _is_before(other: Session, session: Session) -> bool:
    """Whether other took place before session (by date, then by creation order)."""
    if other.date is not None and session.date is not None and other.date != session.date:
        return other.date < session.date
    return other.id < session.id
