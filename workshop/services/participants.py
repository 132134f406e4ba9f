"""The participant register of a workshop, and attendance at its sessions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, update

from models.actions import Action
from models.board import Note, Vote
from models.people import Apology, Attendance, Participant, Session, Workshop
from workshop import validation
from workshop.errors import LockedError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP, Word
from workshop.services.base import Service, get_row
from workshop.services.convert import note_view, participant_view
from workshop.views import ParticipantView
from workshop.vocabulary import RecordStatus, Role

_BOOL_FIELDS = ("consent_named", "consent_contact", "consent_share_contact")


def _clean_fields(fields: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name == "name":
            clean[name] = validation.clean_text(
                value, "name", max_length=validation.MAX_NAME_LENGTH
            ).strip()
        elif name == "role":
            clean[name] = validation.choice(value, Role, "role").value
        elif name == "organisation":
            clean[name] = validation.optional_text(value, name, 300)
        elif name in ("contact", "support_needs"):
            clean[name] = validation.optional_text(value, name, 2000)
        elif name in _BOOL_FIELDS:
            if not isinstance(value, bool):
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("Refusal", "{label} must be yes or no."),
                    field=name,
                    label=Word(name.replace("_", " ")),
                )
            clean[name] = value
        elif name == "joined_from_device":
            clean[name] = bool(value)
        else:
            raise TypeError(f"Participants have no field {name!r}")
    return clean


class ParticipantService(Service):
    def add(
        self,
        workshop_id: int,
        name: str,
        role: str,
        *,
        organisation: str = "",
        consent_named: bool = False,
        consent_contact: bool = False,
        consent_share_contact: bool = False,
        contact: str = "",
        support_needs: str = "",
        joined_from_device: bool = False,
        attending_session_id: int | None = None,
    ) -> ParticipantView:
        """Add a person to the register; consent defaults to no."""
        values = _clean_fields(
            {
                "name": name,
                "role": role,
                "organisation": organisation,
                "consent_named": consent_named,
                "consent_contact": consent_contact,
                "consent_share_contact": consent_share_contact,
                "contact": contact,
                "support_needs": support_needs,
                "joined_from_device": joined_from_device,
            }
        )
        with self._db.unit_of_work() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            # One atomic increment in the database: on PostgreSQL the row lock makes two app
            # instances adding people at once (two laptops' live servers) queue, not clash.
            number = db.execute(
                update(Workshop)
                .where(Workshop.id == workshop_id)
                .values(last_participant_number=Workshop.last_participant_number + 1)
                .returning(Workshop.last_participant_number)
                .execution_options(synchronize_session=False)
            ).scalar_one()
            row = Participant(workshop_id=workshop_id, number=number, **values)
            db.add(row)
            db.flush()
            if attending_session_id is not None:
                session = get_row(db, Session, attending_session_id, "session")
                if session.workshop_id != workshop_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Refusal", "That session belongs to another workshop."),
                        "session",
                    )
                db.add(Attendance(session_id=session.id, participant_id=row.id))
            view = participant_view(row)
        self._events.participant_added.emit(view)
        if attending_session_id is not None:
            self._events.attendance_changed.emit(
                attending_session_id, frozenset(self.attendees(attending_session_id))
            )
        self._publish_saved()
        return view

    def update(self, participant_id: int, **fields: object) -> ParticipantView:
        values = _clean_fields(fields)
        with self._db.unit_of_work() as db:
            row = get_row(db, Participant, participant_id, "participant")
            for name, value in values.items():
                setattr(row, name, value)
            db.flush()
            view = participant_view(row)
        self._events.participant_changed.emit(view)
        self._publish_saved()
        return view

    def get(self, participant_id: int) -> ParticipantView:
        with self._db.read() as db:
            return participant_view(get_row(db, Participant, participant_id, "participant"))

    def list(self, workshop_id: int) -> list[ParticipantView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(Participant)
                .where(Participant.workshop_id == workshop_id)
                .order_by(Participant.number)
            ).all()
            return [participant_view(row) for row in rows]

    def attendees(self, session_id: int) -> set[int]:
        with self._db.read() as db:
            return set(
                db.scalars(
                    select(Attendance.participant_id).where(Attendance.session_id == session_id)
                )
            )

    def apologies(self, session_id: int) -> set[int]:
        """Registered people who sent apologies for the session."""
        with self._db.read() as db:
            return set(
                db.scalars(select(Apology.participant_id).where(Apology.session_id == session_id))
            )

    def set_apologies(self, session_id: int, participant_id: int, sent: bool) -> None:
        """Record that someone sent apologies (they are then not present), or take it back."""
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            if session.record_status == RecordStatus.FINAL:
                # Who sent apologies is part of the checked record.
                raise LockedError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "The record of this session is final; reopen it to change it."
                    )
                )
            person = get_row(db, Participant, participant_id, "participant")
            if person.workshop_id != session.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That person is registered for another workshop."),
                    "person",
                )
            db.execute(
                delete(Apology).where(
                    Apology.session_id == session_id, Apology.participant_id == participant_id
                )
            )
            if sent:
                db.execute(
                    delete(Attendance).where(
                        Attendance.session_id == session_id,
                        Attendance.participant_id == participant_id,
                    )
                )
                db.add(Apology(session_id=session_id, participant_id=participant_id))
        self._events.attendance_changed.emit(session_id, frozenset(self.attendees(session_id)))
        self._publish_saved()

    def attendance_by_person(self, workshop_id: int) -> dict[int, frozenset[int]]:
        """For each registered person, the ids of the workshop's sessions they attended."""
        with self._db.read() as db:
            rows = db.execute(
                select(Attendance.participant_id, Attendance.session_id)
                .join(Session, Session.id == Attendance.session_id)
                .where(Session.workshop_id == workshop_id)
            ).all()
        found: dict[int, set[int]] = {}
        for participant_id, session_id in rows:
            found.setdefault(participant_id, set()).add(session_id)
        return {person: frozenset(sessions) for person, sessions in found.items()}

    def mark_present(self, session_id: int, participant_ids: Iterable[int]) -> None:
        """Mark several people present at once (one commit); those already present stay."""
        wanted = set(participant_ids)
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            known = set(
                db.scalars(
                    select(Participant.id).where(
                        Participant.id.in_(wanted), Participant.workshop_id == session.workshop_id
                    )
                )
            )
            present = set(
                db.scalars(
                    select(Attendance.participant_id).where(
                        Attendance.session_id == session_id, Attendance.participant_id.in_(known)
                    )
                )
            )
            for person in sorted(known - present):
                db.add(Attendance(session_id=session_id, participant_id=person))
        self._events.attendance_changed.emit(session_id, frozenset(self.attendees(session_id)))
        self._publish_saved()

    def set_attendance(self, session_id: int, participant_id: int, present: bool) -> None:
        """Tick or untick one person as present at a session."""
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            person = get_row(db, Participant, participant_id, "participant")
            if person.workshop_id != session.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That person is registered for another workshop."),
                    "person",
                )
            exists = db.get(Attendance, (session_id, participant_id)) is not None
            if present:
                # Someone who came after all did not send apologies.
                db.execute(
                    delete(Apology).where(
                        Apology.session_id == session_id, Apology.participant_id == participant_id
                    )
                )
            if present and not exists:
                db.add(Attendance(session_id=session_id, participant_id=participant_id))
            elif not present and exists:
                db.execute(
                    delete(Attendance).where(
                        Attendance.session_id == session_id,
                        Attendance.participant_id == participant_id,
                    )
                )
        self._events.attendance_changed.emit(session_id, frozenset(self.attendees(session_id)))
        self._publish_saved()

    def link_device(self, device_id: int, person_id: int) -> ParticipantView:
        """The facilitator says a phone was this registered person: its notes, dots and
        attendance become theirs and the phone's own entry goes.

        A name typed on a phone is only a claim; this is the one way it becomes an identity.
        """
        with self._db.unit_of_work() as db:
            device = get_row(db, Participant, device_id, "participant")
            person = get_row(db, Participant, person_id, "participant")
            if not device.joined_from_device or device.id == person.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "Only a phone can be linked to a person."),
                    "person",
                )
            if device.workshop_id != person.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That person is registered for another workshop."),
                    "person",
                )
            notes = db.scalars(select(Note).where(Note.author_id == device.id)).all()
            for note in notes:
                note.author_id = person.id
                note.role = person.role
                note.version += 1
            votes = update(Vote).where(Vote.participant_id == device.id)
            db.execute(votes.values(participant_id=person.id))
            for column in (Action.owner_id, Action.co_lead_id):
                db.execute(update(Action).where(column == device.id).values({column: person.id}))
            sessions = set(
                db.scalars(
                    select(Attendance.session_id).where(Attendance.participant_id == device.id)
                )
            )
            already = set(
                db.scalars(
                    select(Attendance.session_id).where(Attendance.participant_id == person.id)
                )
            )
            for session_id in sessions - already:
                db.add(Attendance(session_id=session_id, participant_id=person.id))
            db.flush()
            db.execute(delete(Attendance).where(Attendance.participant_id == device.id))
            db.execute(delete(Participant).where(Participant.id == device.id))
            moved = [note_view(note) for note in notes]
            view = participant_view(person)
        self._events.participant_removed.emit(device_id)
        for changed in moved:
            self._events.note_changed.emit(changed)
        for session_id in sessions:
            self._events.attendance_changed.emit(session_id, frozenset(self.attendees(session_id)))
        self._publish_saved()
        return view
