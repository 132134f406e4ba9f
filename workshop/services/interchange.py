"""Moving a whole workshop in and out of the record as an interchange file, in one transaction."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import insert, select

from models.actions import Action, ActionAgreement, ActionSource, ActionUpdate
from models.board import BoardColumn, BreakoutTable, Note, Picture, TableSeat, Theme, Vote
from models.glossary import GlossaryTerm
from models.involvement import AccessBooking, AccessNeed, AccessNotes, Payment
from models.people import Apology, Attendance, Participant, Session, Stage, Workshop
from workshop import audience, identity, interchange, layout
from workshop.audience import Audience
from workshop.interchange import FORMAT, VERSION, WITHHELD_ROLE, WorkshopRecord, timestamp
from workshop.interchange_easy_read import (
    easy_read_document,
    own_pictures_document,
    write_easy_read,
    write_own_pictures,
)
from workshop.interchange_feedback import reach_targets_document
from workshop.services.base import Service, get_row
from workshop.services.convert import participant_view, workshop_view
from workshop.services.feedback import (
    FeedbackService,
    exported_feedback,
    write_imported_feedback,
)
from workshop.services.glossary import glossary_in
from workshop.services.tables import tables_in
from workshop.views import BoardSnapshot, TableView, WorkshopView
from workshop.vocabulary import PictureKind


class InterchangeService(Service):
    def import_workshop(
        self, raw: bytes | str, *, checkpoint: Callable[[int, int], None] | None = None
    ) -> WorkshopView:
        """Check the whole file first, then write it in one transaction: all of it or nothing.

        checkpoint(done, total), if given, is called after parsing, after each session and just
        before commit; raising from it abandons the import with nothing written (for cancel).
        """
        record = interchange.parse(raw)
        total = len(record.sessions) + 2
        step = checkpoint or (lambda _done, _total: None)
        step(1, total)
        with self._db.unit_of_work() as db:
            workshop_id = _write(db, record, lambda done: step(1 + done, total))
            step(total, total)
            view = workshop_view(db, db.get_one(Workshop, workshop_id))
        self._events.workshop_added.emit(view)
        self._events.workshop_imported.emit(view.id)
        self._publish_saved()
        return view

    def export_workshop(
        self,
        workshop_id: int,
        *,
        anonymise: bool = False,
        merged_roles: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        """The workshop as an interchange document; anonymise for sharing beyond its owners.

        merged_roles (see workshop.privacy) are written as the withheld role "participant" in an
        anonymised file, so a small role group cannot be picked out.
        """
        with self._db.read() as db:
            workshop = get_row(db, Workshop, workshop_id, "workshop")
            return _read(db, workshop, anonymise, merged_roles if anonymise else frozenset())

    def export_text(
        self,
        workshop_id: int,
        *,
        anonymise: bool = False,
        merged_roles: frozenset[str] = frozenset(),
    ) -> str:
        return interchange.dumps(
            self.export_workshop(workshop_id, anonymise=anonymise, merged_roles=merged_roles)
        )

    def boards(self, workshop_id: int) -> list[BoardSnapshot]:
        """Every session's board, for checking small role groups before an export."""
        return [
            self._services.sessions.board(s.id) for s in self._services.sessions.list(workshop_id)
        ]


def _write(
    db: Any, record: WorkshopRecord, session_written: Callable[[int], None] = lambda _n: None
) -> int:
    workshop = Workshop(
        title=record.title,
        organisation=record.organisation,
        service_area=record.service_area,
        locality=record.locality,
        retention_years=record.retention_years,
        last_participant_number=record.last_participant_number,
    )
    db.add(workshop)
    db.flush()
    people: dict[str, int] = {}
    roles: dict[str, str] = {}
    theme_ids: dict[str, int] = {}
    used_numbers = {p.number for p in record.participants if p.number is not None}
    next_number = 1
    for person in record.participants:
        number = person.number
        if number is None:
            while next_number in used_numbers:
                next_number += 1
            number = next_number
            used_numbers.add(number)
        workshop.last_participant_number = max(workshop.last_participant_number, number)
        row = Participant(
            workshop_id=workshop.id,
            number=number,
            name=person.name,
            role=person.role,
            organisation=person.organisation,
            consent_named=person.consent_named,
            consent_contact=person.consent_contact,
            consent_share_contact=person.consent_share_contact,
            contact=person.contact,
            support_needs=person.support_needs,
        )
        db.add(row)
        db.flush()
        people[person.key] = row.id
        roles[person.key] = person.role
        for need in person.access_needs:
            db.add(
                AccessNeed(
                    participant_id=row.id,
                    kind=need.kind,
                    detail=need.detail,
                    asked_on=need.asked_on,
                    asked_by=need.asked_by,
                )
            )
        if person.access_notes:
            db.add(AccessNotes(participant_id=row.id, notes=person.access_notes))
    sessions: dict[str, int] = {}
    notes: dict[str, int] = {}
    for s in record.sessions:
        session = Session(
            workshop_id=workshop.id,
            title=s.title,
            date=s.date,
            venue=s.venue,
            facilitator_id=people.get(s.facilitator) if s.facilitator else None,
            purpose=s.purpose,
            design_stage=s.design_stage,
            involvement=s.involvement,
            arrangements=s.arrangements,
            template=s.template,
            current_stage=s.current_stage,
            board_locked=s.board_locked,
            hold_device_notes=s.hold_device_notes,
            votes_per_participant=s.votes_per_participant,
            voice_threshold=s.voice_threshold,
            record_status=s.record_status,
            checked_on=s.checked_on,
            checked_by=s.checked_by,
            amended_on=" ".join(day.isoformat() for day in s.amended_on),
            involvement_set_by=s.involvement_set_by,
            next_session_date=s.next_session_date,
            findings_go_to=s.findings_go_to,
            hear_back=s.hear_back,
            contact=s.contact,
            summary=s.summary,
            gaps=s.gaps,
        )
        db.add(session)
        db.flush()
        sessions[s.key] = session.id
        for position, (name, kind, minutes) in enumerate(s.stages):
            db.add(
                Stage(
                    session_id=session.id, position=position, name=name, kind=kind, minutes=minutes
                )
            )
        for attendee in s.attendees:
            db.add(Attendance(session_id=session.id, participant_id=people[attendee]))
        for kind, due_by, done in s.access_bookings:
            db.add(AccessBooking(session_id=session.id, kind=kind, due_by=due_by, done=done))
        for payment in s.payments:
            db.add(
                Payment(
                    session_id=session.id,
                    participant_id=people[payment.participant] if payment.participant else None,
                    pseudonym=payment.pseudonym,
                    session_minutes=payment.session_minutes,
                    preparation_minutes=payment.preparation_minutes,
                    travel_minutes=payment.travel_minutes,
                    rate_pence_per_hour=payment.rate_pence_per_hour,
                    method=payment.method,
                    expenses_pence=payment.expenses_pence,
                    expenses_note="",
                    status=payment.status,
                    paid_on=payment.paid_on,
                    approved_by=payment.approved_by,
                )
            )
        if s.feedback is not None:
            write_imported_feedback(db, session.id, s.feedback)
        for position, (term, meaning) in enumerate(s.glossary):
            db.add(
                GlossaryTerm(session_id=session.id, position=position, term=term, meaning=meaning)
            )
        for absent in s.apologies:
            db.add(Apology(session_id=session.id, participant_id=people[absent]))
        columns: dict[str, int] = {}
        for position, (key, title, silent) in enumerate(s.columns):
            column = BoardColumn(
                session_id=session.id, position=position, title=title, silent=silent
            )
            db.add(column)
            db.flush()
            columns[key] = column.id
        themes: dict[str, int] = {}
        for key, title, column_key in s.themes:
            theme = Theme(
                session_id=session.id,
                column_id=columns[column_key] if column_key else None,
                title=title,
            )
            db.add(theme)
            db.flush()
            themes[key] = theme.id
            theme_ids[key] = theme.id
        pictures: dict[str, int] = {}
        for picture in s.pictures:
            picture_row = Picture(
                session_id=session.id,
                kind=picture.kind,
                jpeg=picture.jpeg,
                width=picture.width,
                height=picture.height,
                blurred=picture.blurred,
                caption=picture.caption,
            )
            db.add(picture_row)
            db.flush()
            pictures[picture.key] = picture_row.id
        tables: dict[str, int] = {}
        for position, (key, name) in enumerate(s.tables):
            table_row = BreakoutTable(session_id=session.id, position=position, name=name)
            db.add(table_row)
            db.flush()
            tables[key] = table_row.id
        for table_key, person_key, number in s.seats:
            db.add(
                TableSeat(
                    table_id=tables[table_key],
                    participant_id=people[person_key],
                    round=number or 0,
                )
            )
        slots: dict[str, int] = {}
        rows = []
        for note in s.notes:
            x, y = note.x, note.y
            if x is None or y is None:
                index = slots.get(note.column, 0)
                slots[note.column] = index + 1
                x, y = layout.slot_position(index)
            rows.append(
                {
                    "session_id": session.id,
                    "column_id": columns[note.column],
                    "text": note.text,
                    "author_id": people[note.author] if note.author else None,
                    "role": note.role or roles[note.author or ""],
                    "theme_id": themes[note.theme] if note.theme else None,
                    "x": x,
                    "y": y,
                    "colour": note.colour,
                    "hidden": note.hidden,
                    "pending": note.pending,
                    "private": note.private,
                    "redacted_text": note.redacted_text,
                    "quoted": note.quoted,
                    "language": note.language,
                    "source": note.source or "import",
                    "picture_id": pictures[note.picture] if note.picture else None,
                    "table_id": tables[note.table] if note.table else None,
                    "round": note.round,
                    "marked": note.marked,
                    "harvested": note.harvested,
                    "created_at": note.created_at,
                    "updated_at": note.created_at,
                    "version": 1,
                }
            )
        if rows:
            ids = db.scalars(
                insert(Note).returning(Note.id, sort_by_parameter_order=True), rows
            ).all()
            for note, note_id in zip(s.notes, ids, strict=True):
                notes[note.key] = note_id
        if s.votes:
            db.execute(
                insert(Vote),
                [
                    {"session_id": session.id, "participant_id": people[p], "note_id": notes[n]}
                    for p, n in s.votes
                ],
            )
        session_written(len(sessions))
    action_ids: dict[str, int] = {}
    for s in record.sessions:
        for a in s.actions:
            action = Action(
                session_id=sessions[s.key],
                title=a.title,
                description=a.description,
                owner_id=people[a.owner] if a.owner else None,
                co_lead_id=people[a.co_lead] if a.co_lead else None,
                due=a.due,
                status=a.status,
                dropped_reason=a.dropped_reason,
                agreed_status=a.agreed_status,
            )
            db.add(action)
            db.flush()
            action_ids[a.key] = action.id
            for source in a.sources:
                db.add(ActionSource(action_id=action.id, note_id=notes[source]))
            for agreer in a.agreed_by:
                db.add(ActionAgreement(action_id=action.id, participant_id=people[agreer]))
            for update in a.updates:
                db.add(
                    ActionUpdate(
                        action_id=action.id,
                        session_id=sessions[update.session] if update.session else None,
                        date=update.date,
                        text=update.text,
                        status=update.status,
                    )
                )
    # Keys of themes and actions are unique across the file, so one map each serves every session.
    picture_ids = write_own_pictures(db, workshop.id, record.easy_read_pictures)
    FeedbackService.write_reach_targets(db, workshop.id, record.reach_targets)
    for s in record.sessions:
        write_easy_read(db, sessions[s.key], s.easy_read, theme_ids, action_ids, picture_ids)
    db.flush()
    return workshop.id


def _read(
    db: Any, workshop: Workshop, anonymise: bool, merged: frozenset[str] = frozenset()
) -> dict[str, Any]:
    people_rows = db.scalars(
        select(Participant)
        .where(Participant.workshop_id == workshop.id)
        .order_by(Participant.number, Participant.id)
    ).all()
    person_key = {row.id: f"p{index}" for index, row in enumerate(people_rows, 1)}
    participants = []
    for row in people_rows:
        view = participant_view(row)
        shown = not anonymise or row.consent_named
        extra: dict[str, Any] = {}
        # Access needs are special-category data: in a full backup, never in a shared file.
        if not anonymise:
            access = _access_document(db, row.id)
            if access is not None:
                extra["access_needs"] = access
        # Contact details identify a person as surely as a name: shared only by someone who
        # agreed both to be named and to share them.
        contact_shown = not anonymise or identity.shares_contact(view)
        participants.append(
            {
                "id": person_key[row.id],
                "name": row.name if shown else identity.pseudonym(view, merged),
                "role": WITHHELD_ROLE if row.role in merged else row.role,
                "organisation": row.organisation if shown else "",
                "consent_named": row.consent_named,
                "consent_contact": row.consent_contact,
                "contact": row.contact if contact_shown else "",
                # Support needs are for the organisers only: never in a shared file.
                "support_needs": "" if anonymise else row.support_needs,
                "consent_share_contact": row.consent_share_contact,
                "number": row.number,
                **extra,
            }
        )
    counters = {"c": 0, "t": 0, "n": 0, "a": 0, "g": 0, "tb": 0}

    def next_key(kind: str) -> str:
        counters[kind] += 1
        return f"{kind}{counters[kind]}"

    session_rows = db.scalars(
        select(Session).where(Session.workshop_id == workshop.id).order_by(Session.id)
    ).all()
    session_key = {row.id: f"s{index}" for index, row in enumerate(session_rows, 1)}
    note_key: dict[int, str] = {}
    sessions = []
    for session in session_rows:
        sessions.append(
            _read_session(
                db, session, session_key, person_key, note_key, next_key, anonymise, merged
            )
        )
    own_pictures, picture_keys = own_pictures_document(
        db, workshop.id, [row.id for row in session_rows], only_used=anonymise
    )
    for session, document in zip(session_rows, sessions, strict=True):
        document["actions"] = _read_actions(
            db, session, session_key, person_key, note_key, next_key
        )
        document.update(easy_read_document(db, session.id, document, picture_keys))
    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": workshop.title,
            "organisation": workshop.organisation,
            "service_area": workshop.service_area,
            "locality": workshop.locality,
            "participants": participants,
            "sessions": sessions,
            "retention_years": workshop.retention_years,
            "last_participant_number": workshop.last_participant_number,
            **own_pictures,
            **reach_targets_document(FeedbackService.reach_targets_in(db, workshop.id)),
        },
    }


def _read_session(
    db: Any,
    session: Session,
    session_key: dict[int, str],
    person_key: dict[int, str],
    note_key: dict[int, str],
    next_key: Any,
    anonymise: bool,
    merged: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    sid = session.id
    columns = db.scalars(
        select(BoardColumn).where(BoardColumn.session_id == sid).order_by(BoardColumn.position)
    ).all()
    column_key = {c.id: next_key("c") for c in columns}
    themes = db.scalars(select(Theme).where(Theme.session_id == sid).order_by(Theme.id)).all()
    theme_key = {t.id: next_key("t") for t in themes}
    notes = db.scalars(select(Note).where(Note.session_id == sid).order_by(Note.id)).all()
    # A full export is the facilitator's own copy (every note, those waiting for review from
    # photos too); a shared one is an anonymised file.
    reader = Audience.ANONYMISED_FILE if anonymise else Audience.FACILITATOR
    if anonymise:
        notes = [n for n in notes if audience.sees(reader, n)]
    picture_rows = db.scalars(
        select(Picture).where(Picture.session_id == sid).order_by(Picture.id)
    ).all()
    if anonymise:
        shared = {n.picture_id for n in notes if audience.picture_shown(reader, n)}
        picture_rows = _shareable_pictures(picture_rows, shared)
    picture_key = {row.id: next_key("g") for row in picture_rows}
    tables = tables_in(db, sid)
    table_key = {t.id: next_key("tb") for t in tables}
    note_documents = []
    for note in notes:
        note_key[note.id] = next_key("n")
        text = audience.shown_text(reader, note)
        document: dict[str, Any] = {
            "id": note_key[note.id],
            "column": column_key[note.column_id],
            "text": text,
            "author": person_key.get(note.author_id) if note.author_id else None,
            "role": WITHHELD_ROLE if note.role in merged else note.role,
            "theme": theme_key.get(note.theme_id) if note.theme_id else None,
            "hidden": note.hidden,
            "created_at": timestamp(note.created_at),
            "x": note.x,
            "y": note.y,
            "colour": note.colour,
            "pending": note.pending,
            "private": note.private,
            "table": table_key.get(note.table_id) if note.table_id else None,
        }
        if note.round is not None:
            document["round"] = note.round
        if note.marked:
            document["marked"] = True
        if note.harvested:
            document["harvested"] = True
        if note.redacted_text is not None and not anonymise:
            document["redacted_text"] = note.redacted_text
        if note.picture_id in picture_key:
            document["picture"] = picture_key[note.picture_id]
        if note.source in ("photo", "machine_read"):
            document["source"] = note.source
        if note.quoted:
            document["quoted"] = True
        if note.language:
            document["language"] = note.language
        note_documents.append(document)
    votes = db.scalars(select(Vote).where(Vote.session_id == sid).order_by(Vote.id)).all()
    attendees = db.scalars(
        select(Attendance.participant_id).where(Attendance.session_id == sid)
    ).all()
    stages = db.scalars(select(Stage).where(Stage.session_id == sid).order_by(Stage.position)).all()
    extra: dict[str, Any] = {}
    payments = _payments_document(db, sid, person_key, anonymise)
    if payments:
        extra["payments"] = payments
    bookings = db.scalars(
        select(AccessBooking).where(AccessBooking.session_id == sid).order_by(AccessBooking.kind)
    ).all()
    if bookings:
        extra["access_bookings"] = [
            {
                "kind": b.kind,
                "due_by": b.due_by.isoformat() if b.due_by else None,
                "done": b.done,
            }
            for b in bookings
        ]
    apologies = db.scalars(select(Apology.participant_id).where(Apology.session_id == sid)).all()
    session_document: dict[str, Any] = {
        "id": session_key[sid],
        "title": session.title,
        "date": session.date.isoformat() if session.date else None,
        "venue": session.venue,
        "facilitator": person_key.get(session.facilitator_id) if session.facilitator_id else None,
        "purpose": session.purpose,
        "arrangements": session.arrangements,
        "attendees": sorted((person_key[p] for p in attendees), key=lambda k: int(k[1:])),
        "columns": [
            {"id": column_key[c.id], "title": c.title, "silent": c.silent} for c in columns
        ],
        "themes": [
            {
                "id": theme_key[t.id],
                "title": t.title,
                "column": column_key.get(t.column_id) if t.column_id else None,
            }
            for t in themes
        ],
        "notes": note_documents,
        "votes": [
            {"participant": person_key[v.participant_id], "note": note_key[v.note_id]}
            for v in votes
            if v.note_id in note_key
        ],
        "actions": [],
        "template": session.template,
        "stages": [{"name": s.name, "kind": s.kind, "minutes": s.minutes} for s in stages],
        "current_stage": session.current_stage,
        "votes_per_participant": session.votes_per_participant,
        "voice_threshold": session.voice_threshold,
        "board_locked": session.board_locked,
        "hold_device_notes": session.hold_device_notes,
        "record_status": session.record_status,
        "checked_on": session.checked_on.isoformat() if session.checked_on else None,
        **extra,
        **exported_feedback(db, sid),
        **_glossary_document(db, sid),
        **({"tables": _tables_document(db, tables, table_key, person_key)} if tables else {}),
        **(
            {"pictures": [_picture_document(row, picture_key) for row in picture_rows]}
            if picture_rows
            else {}
        ),
    }
    # Optional fields, written only when set: a stage or level nobody chose is left out.
    optional: dict[str, Any] = {
        "design_stage": session.design_stage,
        "involvement": session.involvement,
        "involvement_set_by": "" if anonymise else session.involvement_set_by,
        "checked_by": "" if anonymise else session.checked_by,
        "amended_on": [day.isoformat() for day in session.amended_days],
        "next_session_date": session.next_session_date.isoformat()
        if session.next_session_date
        else None,
        "findings_go_to": session.findings_go_to,
        "hear_back": session.hear_back,
        "contact": session.contact,
        "summary": session.summary,
        "gaps": session.gaps,
        "apologies": sorted((person_key[p] for p in apologies), key=lambda k: int(k[1:])),
    }
    session_document.update({name: value for name, value in optional.items() if value})
    return session_document


def _shareable_pictures(rows: Any, shared_note_pictures: set[int | None]) -> list[Picture]:
    """What an anonymised file may carry: only pictures whose faces were blurred, and of those
    the pictures of notes it shares and captioned drawings. A whole photo of a wall is left out:
    it shows every note on it, private and unreviewed ones too."""
    kept = []
    for row in rows:
        if not row.blurred or row.kind == PictureKind.PHOTO:
            continue
        if row.kind == PictureKind.NOTE and row.id not in shared_note_pictures:
            continue
        kept.append(row)
    return kept


def _picture_document(row: Picture, picture_key: dict[int, str]) -> dict[str, Any]:
    return {
        "id": picture_key[row.id],
        "kind": row.kind,
        "caption": row.caption,
        "blurred": row.blurred,
        "width": row.width,
        "height": row.height,
        "size": len(row.jpeg),
        "jpeg": base64.b64encode(row.jpeg).decode("ascii"),
    }


def _glossary_document(db: Any, session_id: int) -> dict[str, Any]:
    """The optional `glossary` field: written only when the session has one."""
    entries = glossary_in(db, session_id)
    if not entries:
        return {}
    return {"glossary": [{"term": e.term, "meaning": e.meaning} for e in entries]}


def _access_document(db: Any, participant_id: int) -> dict[str, Any] | None:
    needs = db.scalars(
        select(AccessNeed)
        .where(AccessNeed.participant_id == participant_id)
        .order_by(AccessNeed.id)
    ).all()
    notes = db.get(AccessNotes, participant_id)
    if not needs and not (notes and notes.notes):
        return None
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


def _payments_document(
    db: Any, session_id: int, person_key: dict[int, str], anonymise: bool
) -> list[dict[str, Any]]:
    """A session's payments; people by their id in the file, or the pseudonym kept on erasure.

    An anonymised file's participants are already pseudonyms; it leaves out who approved.
    """
    rows = db.scalars(
        select(Payment).where(Payment.session_id == session_id).order_by(Payment.id)
    ).all()
    return [
        {
            "participant": person_key[p.participant_id] if p.participant_id else p.pseudonym,
            "minutes": p.session_minutes + p.preparation_minutes + p.travel_minutes,
            "session_minutes": p.session_minutes,
            "preparation_minutes": p.preparation_minutes,
            "travel_minutes": p.travel_minutes,
            "rate_pence_per_hour": p.rate_pence_per_hour,
            "method": p.method,
            "expenses_pence": p.expenses_pence,
            "status": p.status,
            "paid_on": p.paid_on.isoformat() if p.paid_on else None,
            "approved_by": "" if anonymise else p.approved_by,
        }
        for p in rows
    ]


def _read_actions(
    db: Any,
    session: Session,
    session_key: dict[int, str],
    person_key: dict[int, str],
    note_key: dict[int, str],
    next_key: Any,
) -> list[dict[str, Any]]:
    documents = []
    actions = db.scalars(
        select(Action).where(Action.session_id == session.id).order_by(Action.id)
    ).all()
    for action in actions:
        sources = db.scalars(
            select(ActionSource.note_id)
            .where(ActionSource.action_id == action.id)
            .order_by(ActionSource.note_id)
        ).all()
        agreed = db.scalars(
            select(ActionAgreement.participant_id)
            .where(ActionAgreement.action_id == action.id)
            .order_by(ActionAgreement.participant_id)
        ).all()
        updates = db.scalars(
            select(ActionUpdate)
            .where(ActionUpdate.action_id == action.id)
            .order_by(ActionUpdate.date, ActionUpdate.id)
        ).all()
        document: dict[str, Any] = {
            "id": next_key("a"),
            "title": action.title,
            "description": action.description,
            "owner": person_key.get(action.owner_id) if action.owner_id else None,
            "co_lead": person_key.get(action.co_lead_id) if action.co_lead_id else None,
            "due": action.due.isoformat() if action.due else None,
            "status": action.status,
            "sources": [note_key[n] for n in sources if n in note_key],
            "agreed_by": sorted((person_key[p] for p in agreed), key=lambda k: int(k[1:])),
            "updates": [
                {
                    "date": u.date.isoformat(),
                    "session": session_key.get(u.session_id) if u.session_id else None,
                    "text": u.text,
                    "status": u.status,
                }
                for u in updates
            ],
            "dropped_reason": action.dropped_reason,
        }
        if action.agreed_status:
            document["agreed_status"] = action.agreed_status
        documents.append(document)
    return documents


def _tables_document(
    db: Any,
    tables: Sequence[TableView],
    table_key: dict[int, str],
    person_key: dict[int, str],
) -> list[dict[str, Any]]:
    """The session's tables, each with who sat at it (and in which round) when anyone did."""
    seats = db.scalars(
        select(TableSeat)
        .where(TableSeat.table_id.in_([t.id for t in tables]))
        .order_by(TableSeat.table_id, TableSeat.round, TableSeat.participant_id)
    ).all()
    documents = []
    for table in tables:
        seated = [
            {
                "person": person_key[seat.participant_id],
                **({"round": seat.round} if seat.round else {}),
            }
            for seat in seats
            if seat.table_id == table.id and seat.participant_id in person_key
        ]
        documents.append(
            {
                "id": table_key[table.id],
                "name": table.name,
                **({"seated": seated} if seated else {}),
            }
        )
    return documents
