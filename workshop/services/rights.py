"""People's rights over their information: access export, erasure, and retention of workshops.

Erasure and purging leave no trace of the person in the SQLite file: rows are deleted in one
transaction (with secure_delete on, freed space is zeroed), then the write-ahead log is
checkpointed and truncated and the file is rebuilt with VACUUM, so neither free pages nor old WAL
frames keep a copy. Backups taken before schema upgrades are separate files: they are reported
(and can be deleted) but never silently edited.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action, ActionAgreement, ActionUpdate
from models.board import BoardColumn, Note, Theme, Vote
from models.involvement import (
    AccessNeed,
    AccessNotes,
    InvolvementSettings,
    KeptPayment,
    Payment,
    Receipt,
)
from models.people import Attendance, AuditEntry, Participant, Session, Workshop
from workshop import identity
from workshop.errors import WorkshopError
from workshop.interchange import timestamp
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.payments import kept_until, pounds
from workshop.services.base import Service, get_row
from workshop.services.convert import note_view, participant_view, vote_view, workshop_view
from workshop.services.payments import payment_view, settings_view
from workshop.views import NoteView, VoteView, WorkshopView

log = logging.getLogger(__name__)

ACCESS_FORMAT = "co-design-workshop-access"
ACCESS_VERSION = 1

BACKUP_NOTICE = (
    "Backup copies made before upgrades still hold this information: {paths}. "
    "Delete them once you no longer need them (or use --delete-backups)."
)


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure changed; holds no personal data, so it can be shown or logged."""

    participant_id: int
    workshop_id: int
    notes_deleted: int
    notes_kept_anonymously: int
    votes_removed: int
    actions_unassigned: int
    agreements_removed: int
    sessions_without_facilitator: int
    # Notes and actions by others whose text mentions the person's name: for a human to redact.
    mentioned_in_notes: tuple[int, ...]
    mentioned_in_actions: tuple[int, ...]
    # Whether the database file was compacted so no bytes of the person remain (SQLite only).
    scrubbed: bool
    backups: tuple[Path, ...]
    # Financial rows the organisation must keep by law, now under the person's pseudonym.
    payments_kept: int = 0

    def summary(self) -> str:
        parts = []
        if self.notes_deleted:
            parts.append(f"{self.notes_deleted} note(s) deleted")
        if self.notes_kept_anonymously:
            parts.append(f"{self.notes_kept_anonymously} note(s) kept without a name")
        if self.votes_removed:
            parts.append(f"{self.votes_removed} vote(s) removed")
        if self.actions_unassigned:
            parts.append(f"{self.actions_unassigned} action role(s) now unassigned")
        if self.agreements_removed:
            parts.append(f"{self.agreements_removed} action agreement(s) removed")
        if self.sessions_without_facilitator:
            parts.append(f"{self.sessions_without_facilitator} session(s) without a facilitator")
        if self.payments_kept:
            parts.append(f"{self.payments_kept} payment record(s) kept under a pseudonym")
        return "; ".join(parts) if parts else "nothing else held about them"


@dataclass(frozen=True, slots=True)
class PurgeReport:
    workshop_ids: tuple[int, ...]
    scrubbed: bool
    backups: tuple[Path, ...]
    # Payments of the purged workshops kept for the accounts, and kept ones now past keeping.
    payments_kept: int = 0
    kept_payments_deleted: int = 0


class RightsService(Service):
    # ----- access --------------------------------------------------------------------------

    def access_export(self, participant_id: int) -> dict[str, Any]:
        """Everything held about one person, for that person (support needs included: theirs)."""
        with self._db.read() as db:
            person = get_row(db, Participant, participant_id, "participant")
            view = participant_view(person)
            workshop = db.get_one(Workshop, person.workshop_id)
            sessions = {
                s.id: s
                for s in db.scalars(
                    select(Session).where(Session.workshop_id == workshop.id).order_by(Session.id)
                )
            }
            attended = db.scalars(
                select(Attendance.session_id)
                .where(Attendance.participant_id == participant_id)
                .order_by(Attendance.session_id)
            ).all()
            notes = db.scalars(
                select(Note).where(Note.author_id == participant_id).order_by(Note.id)
            ).all()
            columns = _titles(db, BoardColumn, {n.column_id for n in notes})
            themes = _titles(db, Theme, {n.theme_id for n in notes if n.theme_id})
            votes = db.execute(
                select(Vote, Note.text)
                .join(Note, Note.id == Vote.note_id)
                .where(Vote.participant_id == participant_id)
                .order_by(Vote.id)
            ).all()
            agreed = set(
                db.scalars(
                    select(ActionAgreement.action_id).where(
                        ActionAgreement.participant_id == participant_id
                    )
                )
            )
            actions = db.scalars(
                select(Action)
                .where(
                    or_(
                        Action.owner_id == participant_id,
                        Action.co_lead_id == participant_id,
                        Action.id.in_(agreed),
                    )
                )
                .order_by(Action.id)
            ).all()
            updates: dict[int, list[ActionUpdate]] = {a.id: [] for a in actions}
            for item in db.scalars(
                select(ActionUpdate)
                .where(ActionUpdate.action_id.in_(list(updates)))
                .order_by(ActionUpdate.date, ActionUpdate.id)
            ):
                updates[item.action_id].append(item)

            def session_ref(session_id: int) -> dict[str, Any]:
                session = sessions[session_id]
                return {
                    "session_id": session.id,
                    "session": session.title,
                    "date": session.date.isoformat() if session.date else None,
                }

            return {
                "format": ACCESS_FORMAT,
                "version": ACCESS_VERSION,
                "generated_at": timestamp(self._services.clock()),
                "about": (
                    "Everything this workshop's record holds about you: your register entry, "
                    "your access needs, your payments and expenses, the sessions you attended, "
                    "your notes, your votes and the actions you own, co-lead or agreed."
                ),
                "workshop": {
                    "id": workshop.id,
                    "title": workshop.title,
                    "organisation": workshop.organisation,
                    "retention_years": workshop.retention_years,
                    "delete_after": _iso(workshop_view(db, workshop).retention_until),
                },
                "register_entry": {
                    "participant_id": person.id,
                    "number": person.number,
                    "name": person.name,
                    "role": person.role,
                    "organisation": person.organisation,
                    "consent_named": person.consent_named,
                    "consent_contact": person.consent_contact,
                    "consent_share_contact": person.consent_share_contact,
                    "contact": person.contact,
                    "support_needs": person.support_needs,
                    "joined_from_device": person.joined_from_device,
                    "registered_at": timestamp(person.created_at),
                    "shown_in_exports_as": identity.public_name(view),
                },
                "access_needs": _access_needs(db, person.id),
                # The organisation's own words about payments and benefits: no advice of ours.
                "about_payments": _about_payments(db, workshop.id),
                "payments": [
                    {**session_ref(p.session_id), **_payment_document(p)}
                    for p in db.scalars(
                        select(Payment)
                        .where(Payment.participant_id == person.id)
                        .order_by(Payment.session_id, Payment.id)
                    )
                ],
                "attendance": [session_ref(sid) for sid in attended],
                "facilitated": [
                    session_ref(s.id) for s in sessions.values() if s.facilitator_id == person.id
                ],
                "notes": [
                    {
                        "note_id": note.id,
                        **session_ref(note.session_id),
                        "column": columns.get(note.column_id, ""),
                        "theme": themes.get(note.theme_id) if note.theme_id else None,
                        "text": note.text,
                        "text_in_exports": None if note.private else note_view(note).public_text,
                        "not_for_public_record": note.private,
                        "created_at": timestamp(note.created_at),
                    }
                    for note in notes
                ],
                "votes": [
                    {
                        "vote_id": vote.id,
                        **session_ref(vote.session_id),
                        "note_id": vote.note_id,
                        "note_text": text,
                    }
                    for vote, text in votes
                ],
                "actions": [
                    {
                        "action_id": action.id,
                        **session_ref(action.session_id),
                        "title": action.title,
                        "description": action.description,
                        "status": action.status,
                        "due": _iso(action.due),
                        "your_part": [
                            part
                            for part, yes in (
                                ("owner", action.owner_id == person.id),
                                ("co-lead", action.co_lead_id == person.id),
                                ("agreed", action.id in agreed),
                            )
                            if yes
                        ],
                        "updates": [
                            {"date": u.date.isoformat(), "text": u.text, "status": u.status}
                            for u in updates[action.id]
                        ],
                    }
                    for action in actions
                ],
            }

    def access_export_text(self, participant_id: int) -> str:
        document = self.access_export(participant_id)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    # ----- erasure -------------------------------------------------------------------------

    def erase(
        self, participant_id: int, *, delete_notes: bool = False, delete_backups: bool = False
    ) -> ErasureReport:
        """Remove a person from the record in one transaction, then leave no bytes of them behind.

        Their notes are deleted with delete_notes, otherwise kept without an author but with
        their role. Their votes and agreements are removed; actions they owned or co-led, and
        sessions they facilitated, keep going without them.
        """
        removed_notes: list[NoteView] = []
        changed_notes: list[NoteView] = []
        removed_votes: list[VoteView] = []
        with self._db.unit_of_work() as db:
            person = get_row(db, Participant, participant_id, "participant")
            workshop_id = person.workshop_id
            name = person.name
            attended = list(
                db.scalars(
                    select(Attendance.session_id).where(Attendance.participant_id == participant_id)
                )
            )
            own_notes = db.scalars(
                select(Note).where(Note.author_id == participant_id).order_by(Note.id)
            ).all()
            own_ids = [n.id for n in own_notes]
            vote_filter = Vote.participant_id == participant_id
            if delete_notes and own_ids:
                vote_filter = or_(vote_filter, Vote.note_id.in_(own_ids))
            removed_votes = [
                vote_view(v) for v in db.scalars(select(Vote).where(vote_filter).order_by(Vote.id))
            ]
            db.execute(delete(Vote).where(vote_filter))
            if delete_notes:
                removed_notes = [note_view(n) for n in own_notes]
                db.execute(delete(Note).where(Note.id.in_(own_ids)))
            elif own_ids:
                db.execute(
                    update(Note)
                    .where(Note.id.in_(own_ids))
                    .values(author_id=None, client_id=None, version=Note.version + 1)
                    .execution_options(synchronize_session=False)
                )
            actions_unassigned = 0
            changed_actions: set[int] = set()
            for column in (Action.owner_id, Action.co_lead_id):
                ids = db.scalars(select(Action.id).where(column == participant_id)).all()
                actions_unassigned += len(ids)
                changed_actions.update(ids)
                if ids:
                    db.execute(
                        update(Action)
                        .where(Action.id.in_(ids))
                        .values({column.key: None, "version": Action.version + 1})
                        .execution_options(synchronize_session=False)
                    )
            agreement_actions = db.scalars(
                select(ActionAgreement.action_id).where(
                    ActionAgreement.participant_id == participant_id
                )
            ).all()
            changed_actions.update(agreement_actions)
            db.execute(
                delete(ActionAgreement).where(ActionAgreement.participant_id == participant_id)
            )
            facilitated = db.scalars(
                select(Session.id).where(Session.facilitator_id == participant_id)
            ).all()
            if facilitated:
                db.execute(
                    update(Session)
                    .where(Session.id.in_(facilitated))
                    .values(facilitator_id=None, version=Session.version + 1)
                    .execution_options(synchronize_session=False)
                )
            db.execute(delete(Attendance).where(Attendance.participant_id == participant_id))
            payments_kept = _detach_payments(db, person)
            db.execute(delete(AccessNeed).where(AccessNeed.participant_id == participant_id))
            db.execute(delete(AccessNotes).where(AccessNotes.participant_id == participant_id))
            db.execute(delete(Participant).where(Participant.id == participant_id))
            mentioned_notes, mentioned_actions = _mentions(db, workshop_id, name)
            report_counts = {
                "notes deleted": len(removed_notes),
                "notes kept anonymously": 0 if delete_notes else len(own_ids),
                "votes removed": len(removed_votes),
                "action roles unassigned": actions_unassigned,
                "agreements removed": len(agreement_actions),
                "payments kept under a pseudonym": payments_kept,
            }
            # The audit line says that and when, never who: counts only.
            db.add(
                AuditEntry(
                    event="participant_erased",
                    workshop_id=workshop_id,
                    detail="; ".join(f"{k}: {v}" for k, v in report_counts.items()),
                )
            )
            db.flush()
            if not delete_notes and own_ids:
                changed_notes = [
                    note_view(n)
                    for n in db.scalars(
                        # The bulk update above left these rows stale in the session.
                        select(Note)
                        .where(Note.id.in_(own_ids))
                        .order_by(Note.id)
                        .execution_options(populate_existing=True)
                    )
                ]
        scrubbed = self.scrub()
        backups = self._handle_backups(delete_backups)
        self._events.participant_removed.emit(participant_id)
        for vote in removed_votes:
            self._events.vote_removed.emit(vote)
        for note in removed_notes:
            self._events.note_removed.emit(note)
        for note in changed_notes:
            self._events.note_changed.emit(note)
        for action_id in sorted(changed_actions):
            self._events.action_changed.emit(self._services.actions.get(action_id))
        for session_id in facilitated:
            self._events.session_changed.emit(self._services.sessions.get(session_id))
        for session_id in attended:
            self._events.attendance_changed.emit(
                session_id, frozenset(self._services.participants.attendees(session_id))
            )
        self._publish_saved()
        log.info("Erased a participant of workshop %s", workshop_id)
        return ErasureReport(
            participant_id=participant_id,
            workshop_id=workshop_id,
            notes_deleted=len(removed_notes),
            notes_kept_anonymously=0 if delete_notes else len(own_ids),
            votes_removed=len(removed_votes),
            actions_unassigned=actions_unassigned,
            agreements_removed=len(agreement_actions),
            sessions_without_facilitator=len(facilitated),
            mentioned_in_notes=mentioned_notes,
            mentioned_in_actions=mentioned_actions,
            scrubbed=scrubbed,
            backups=backups,
            payments_kept=payments_kept,
        )

    # ----- retention -----------------------------------------------------------------------

    def expired(self, today: dt.date | None = None) -> list[WorkshopView]:
        """Workshops whose retention period has ended (for the sidebar's flag and the purge)."""
        day = today or self._today()
        with self._db.read() as db:
            rows = db.scalars(select(Workshop).order_by(Workshop.id)).all()
            views = [workshop_view(db, row) for row in rows]
        return [v for v in views if v.retention_until is not None and v.retention_until < day]

    def purge_expired(
        self, today: dt.date | None = None, *, delete_backups: bool = False
    ) -> PurgeReport:
        """Delete every workshop past its retention period, in one transaction, leaving no bytes.

        Their payments are financial records the organisation must keep for years: like an
        erasure, each is kept under the person's pseudonym (without the expenses note or
        receipts) in `kept_payments`, until it is past keeping too.
        """
        day = today or self._today()
        doomed = self.expired(day)
        past_keeping = KeptPayment.kept_until < day
        with self._db.read() as db:
            gone = len(db.scalars(select(KeptPayment.id).where(past_keeping)).all())
        if not doomed and not gone:
            # Nothing to write: a read-only record can be asked too.
            return PurgeReport(workshop_ids=(), scrubbed=False, backups=self.backups())
        with self._db.unit_of_work() as db:
            db.execute(delete(KeptPayment).where(past_keeping))
            kept = 0
            for view in doomed:
                row = get_row(db, Workshop, view.id, "workshop")
                workshop_kept = _keep_payments(db, row, day)
                kept += workshop_kept
                db.delete(row)
                db.add(
                    AuditEntry(
                        event="workshop_purged",
                        workshop_id=view.id,
                        detail=(
                            f"retention of {view.retention_years} year(s) ended on "
                            f"{_iso(view.retention_until)}"
                            + (
                                f"; payments kept for the accounts: {workshop_kept}"
                                if workshop_kept
                                else ""
                            )
                        ),
                    )
                )
            if gone:
                db.add(
                    AuditEntry(
                        event="kept_payments_deleted",
                        detail=f"payments past keeping deleted: {gone}",
                    )
                )
        scrubbed = self.scrub()
        backups = self._handle_backups(delete_backups)
        for view in doomed:
            self._events.workshop_removed.emit(view.id)
        self._publish_saved()
        log.info("Purged %d expired workshop(s)", len(doomed))
        return PurgeReport(
            workshop_ids=tuple(v.id for v in doomed),
            scrubbed=scrubbed,
            backups=backups,
            payments_kept=kept,
            kept_payments_deleted=gone,
        )

    # ----- the file itself -----------------------------------------------------------------

    def scrub(self) -> bool:
        """Leave no deleted bytes in a SQLite file or its WAL; False where that is not possible.

        secure_delete zeroes freed cells, but old versions of pages remain in the WAL until a
        checkpoint, and page rebalancing can leave fragments; so checkpoint, VACUUM (which
        rewrites every page) and checkpoint again, truncating the WAL to nothing.
        """
        if not self._db.is_sqlite or self._db.path is None:
            return False
        try:
            with self._db.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:
                self._checkpoint(connection)
                connection.exec_driver_sql("VACUUM")
                return self._checkpoint(connection)
        except DBAPIError:
            # The change itself is committed; only the clean-up waits (reported to the user).
            log.warning("The database file could not be compacted after a deletion")
            return False

    @staticmethod
    def _checkpoint(connection: Any) -> bool:
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if busy:
            log.warning("The write-ahead log could not be emptied: another reader is open")
        return not busy

    def backups(self) -> tuple[Path, ...]:
        """Copies of the database file made before upgrades, which hold its older contents."""
        path = self._db.path
        if path is None:
            return ()
        suffix = path.suffix or ".sqlite3"
        # Migration backups sit beside the file; daily and manual ones in its backups folder.
        folders = (path.parent, path.parent / "backups")
        return tuple(
            sorted(
                p
                for folder in folders
                for p in folder.glob(f"{path.stem}.*{suffix}")
                if p.is_file() and p != path
            )
        )

    def _handle_backups(self, delete_backups: bool) -> tuple[Path, ...]:
        found = self.backups()
        if not delete_backups:
            return found
        kept = []
        for backup in found:
            try:
                backup.unlink()
            except OSError:
                kept.append(backup)
        if kept:
            raise WorkshopError.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The record was erased but {count} backup file(s) could not be deleted.",
                ),
                count=len(kept),
            )
        return ()


def backup_notice(backups: tuple[Path, ...]) -> str:
    """One sentence telling the user which backups still hold erased information."""
    if not backups:
        return ""
    return BACKUP_NOTICE.format(paths=", ".join(str(p) for p in backups))


def _access_needs(db: OrmSession, participant_id: int) -> dict[str, Any]:
    needs = db.scalars(
        select(AccessNeed)
        .where(AccessNeed.participant_id == participant_id)
        .order_by(AccessNeed.id)
    ).all()
    notes = db.get(AccessNotes, participant_id)
    return {
        "needs": [
            {
                "kind": n.kind,
                "detail": n.detail,
                "asked_on": n.asked_on.isoformat(),
                "asked_by": n.asked_by,
            }
            for n in needs
        ],
        "notes": notes.notes if notes else "",
    }


def _about_payments(db: OrmSession, workshop_id: int) -> dict[str, str]:
    settings = settings_view(workshop_id, db.get(InvolvementSettings, workshop_id))
    return {"note": settings.participant_note, "link": settings.participant_link}


def _payment_document(payment: Payment) -> dict[str, Any]:
    view = payment_view(payment)
    return {
        "session_minutes": payment.session_minutes,
        "preparation_minutes": payment.preparation_minutes,
        "travel_minutes": payment.travel_minutes,
        "rate": pounds(payment.rate_pence_per_hour) + " an hour",
        "method": payment.method,
        "expenses": pounds(payment.expenses_pence),
        "expenses_note": payment.expenses_note,
        "for_time": pounds(view.time_pence),
        "total": pounds(view.total_pence),
        "status": payment.status,
        "paid_on": _iso(payment.paid_on),
        "approved_by": payment.approved_by,
    }


def _detach_payments(db: OrmSession, person: Participant) -> int:
    """Keep a person's payments for the accounts under their pseudonym, and nothing else of them.

    The amounts, dates, method, status and approver stay (an organisation must keep financial
    records for years); the expenses note and receipt photos, which may show a name or an
    address, go.
    """
    ids = db.scalars(select(Payment.id).where(Payment.participant_id == person.id)).all()
    if not ids:
        return 0
    db.execute(delete(Receipt).where(Receipt.payment_id.in_(ids)))
    db.execute(
        update(Payment)
        .where(Payment.id.in_(ids))
        .values(
            participant_id=None,
            pseudonym=identity.pseudonym(participant_view(person)),
            expenses_note="",
            version=Payment.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return len(ids)


def _keep_payments(db: OrmSession, workshop: Workshop, day: dt.date) -> int:
    """Copy a doomed workshop's payments to `kept_payments` under pseudonyms, as erasure does."""
    rows = db.execute(
        select(Payment, Session, Participant)
        .join(Session, Session.id == Payment.session_id)
        .outerjoin(Participant, Participant.id == Payment.participant_id)
        .where(Session.workshop_id == workshop.id)
        .order_by(Payment.id)
    ).all()
    kept = 0
    for payment, session, person in rows:
        # Kept from the later of the session and the day it was paid, which decide the
        # financial year it belongs to; one already past keeping goes with its workshop.
        since = max(session.date or payment.created_at.date(), payment.paid_on or dt.date.min)
        if kept_until(since) < day:
            continue
        kept += 1
        db.add(
            KeptPayment(
                payment_id=payment.id,
                workshop_title=workshop.title,
                organisation=workshop.organisation,
                session_title=session.title,
                session_date=session.date,
                pseudonym=(
                    identity.pseudonym(participant_view(person)) if person else payment.pseudonym
                ),
                session_minutes=payment.session_minutes,
                preparation_minutes=payment.preparation_minutes,
                travel_minutes=payment.travel_minutes,
                rate_pence_per_hour=payment.rate_pence_per_hour,
                method=payment.method,
                expenses_pence=payment.expenses_pence,
                status=payment.status,
                paid_on=payment.paid_on,
                approved_by=payment.approved_by,
                purged_on=day,
                kept_until=kept_until(since),
            )
        )
    return kept


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _titles(db: OrmSession, model: type[BoardColumn] | type[Theme], ids: set[int]) -> dict:
    if not ids:
        return {}
    return dict(db.execute(select(model.id, model.title).where(model.id.in_(ids))).all())


def _mentions(db: OrmSession, workshop_id: int, name: str) -> tuple[tuple[int, ...], ...]:
    """Notes and actions in the workshop whose text mentions the name, for a human to redact."""
    needle = name.strip().casefold()
    if len(needle) < 3:
        return (), ()
    session_ids = select(Session.id).where(Session.workshop_id == workshop_id)
    notes = tuple(
        note.id
        for note in db.scalars(select(Note).where(Note.session_id.in_(session_ids)))
        if needle in note.text.casefold() or needle in (note.redacted_text or "").casefold()
    )
    actions = tuple(
        action.id
        for action in db.scalars(select(Action).where(Action.session_id.in_(session_ids)))
        if needle in action.title.casefold() or needle in action.description.casefold()
    )
    return notes, actions
