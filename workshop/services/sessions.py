"""Sessions of a workshop: details, agenda, stage, locks, the record's status, and snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action
from models.board import BoardColumn, BreakoutTable, Note, Picture, Theme, Vote
from models.involvement import InvolvementSettings
from models.people import (
    Apology,
    Attendance,
    AuditEntry,
    Participant,
    Session,
    Stage,
    Workshop,
)
from workshop import audience, templates, validation
from workshop.errors import LockedError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row
from workshop.services.convert import (
    action_views,
    column_view,
    note_view,
    participant_view,
    session_view,
    table_view,
    theme_view,
    vote_view,
    workshop_view,
)
from workshop.services.feedback import FeedbackService
from workshop.services.glossary import glossary_in
from workshop.services.room_signals import signal_counts_in
from workshop.views import BoardSnapshot, PictureData, RecordSnapshot, SessionView
from workshop.vocabulary import DesignStage, Involvement, PictureKind, RecordStatus, StageKind

StageSpec = tuple[str, str, int]  # name, kind, planned minutes


def clean_stages(stages: Sequence[StageSpec]) -> list[StageSpec]:
    clean = []
    for index, (name, kind, minutes) in enumerate(stages):
        clean.append(
            (
                validation.title(name, f"stages[{index}].name"),
                validation.choice(kind, StageKind, "stage_kind").value,
                validation.whole_number(minutes, "minutes", minimum=0, maximum=24 * 60),
            )
        )
    return clean


# Free-text details of a session that the record prints as they were written.
DETAIL_TEXTS = (
    "purpose",
    "arrangements",
    "findings_go_to",
    "hear_back",
    "contact",
    "summary",
    "gaps",
)


def _clean_session_fields(fields: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name == "title":
            clean[name] = validation.title(value)
        elif name in ("date", "next_session_date"):
            clean[name] = validation.optional_date(value, name)
        elif name in ("venue",):
            clean[name] = validation.optional_text(value, name, 300)
        elif name == "involvement_set_by":
            clean[name] = validation.optional_text(value, name, 200).strip()
        elif name in DETAIL_TEXTS:
            clean[name] = validation.optional_text(value, name)
        elif name == "design_stage":
            # None or "" clears it: the record then says "not recorded".
            clean[name] = validation.choice(value, DesignStage, name).value if value else None
        elif name == "involvement":
            clean[name] = validation.choice(value, Involvement, name).value if value else None
        elif name == "template":
            clean[name] = validation.optional_text(value, name, 100)
        elif name == "facilitator_id":
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "The facilitator must be a participant."), name
                )
            clean[name] = value
        elif name == "votes_per_participant":
            clean[name] = validation.whole_number(value, name, minimum=1, maximum=50)
        elif name == "voice_threshold":
            clean[name] = validation.whole_number(value, name, minimum=50, maximum=100)
        elif name in ("hold_device_notes", "board_locked"):
            clean[name] = bool(value)
        else:
            raise TypeError(f"Sessions have no field {name!r}")
    return clean


class SessionService(Service):
    def create(
        self,
        workshop_id: int,
        title: str,
        *,
        columns: Sequence[str] = (),
        stages: Sequence[StageSpec] = (),
        **fields: object,
    ) -> SessionView:
        values = _clean_session_fields({"title": title, **fields})
        column_titles = [validation.title(c, "column title") for c in columns]
        stage_specs = clean_stages(stages)
        with self._db.unit_of_work() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            self._check_facilitator(db, workshop_id, values.get("facilitator_id"))
            row = Session(workshop_id=workshop_id, **values)
            db.add(row)
            db.flush()
            for position, column_title in enumerate(column_titles):
                db.add(BoardColumn(session_id=row.id, position=position, title=column_title))
            for position, (name, kind, minutes) in enumerate(stage_specs):
                db.add(
                    Stage(
                        session_id=row.id, position=position, name=name, kind=kind, minutes=minutes
                    )
                )
            db.flush()
            view = session_view(db, row)
        self._events.session_added.emit(view)
        self._publish_saved()
        return view

    def create_from_template(
        self,
        workshop_id: int,
        template_id: str,
        title: str,
        *,
        language: str = "en",
        **fields: object,
    ) -> SessionView:
        """A session laid out by a template; its prompts and stages in `language` ("cy") where
        the template has them, and from then on the session's own words."""
        template = templates.get(template_id).in_language(language)
        fields.setdefault("design_stage", template.design_stage)
        return self.create(
            workshop_id,
            title,
            columns=template.columns,
            stages=template.stages,
            template=template.id,
            **fields,
        )

    def update(self, session_id: int, **fields: object) -> SessionView:
        values = _clean_session_fields(fields)
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            if row.record_status == RecordStatus.FINAL and set(values) - {"board_locked"}:
                raise LockedError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "The record of this session is final; unlock it to change it."
                    )
                )
            if "facilitator_id" in values:
                self._check_facilitator(db, row.workshop_id, values["facilitator_id"])
            if "involvement" in values and values["involvement"] != row.involvement:
                # A new level is someone's claim: whoever set the old one did not set this one.
                values.setdefault("involvement_set_by", "")
            if values.get("involvement") is None and "involvement" in values:
                values["involvement_set_by"] = ""
            for name, value in values.items():
                setattr(row, name, value)
            db.flush()
            view = session_view(db, row)
        self._emit_changed(view)
        return view

    def set_stages(self, session_id: int, stages: Sequence[StageSpec]) -> SessionView:
        """Replace the agenda; the current stage is kept if it still exists."""
        specs = clean_stages(stages)
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            for stage in db.scalars(select(Stage).where(Stage.session_id == session_id)):
                db.delete(stage)
            db.flush()
            for position, (name, kind, minutes) in enumerate(specs):
                db.add(
                    Stage(
                        session_id=row.id, position=position, name=name, kind=kind, minutes=minutes
                    )
                )
            if row.current_stage is not None and row.current_stage >= len(specs):
                row.current_stage = None
            db.flush()
            view = session_view(db, row)
        self._emit_changed(view)
        return view

    def set_stage(self, session_id: int, position: int | None) -> SessionView:
        """Move the session to a stage of its agenda (None: no stage set)."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            if position is not None:
                count = len(
                    db.scalars(select(Stage.id).where(Stage.session_id == session_id)).all()
                )
                if not isinstance(position, int) or not 0 <= position < count:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Refusal", "That stage is not on this session's agenda."),
                        "stage",
                    )
            row.current_stage = position
            db.flush()
            view = session_view(db, row)
        self._emit_changed(view)
        return view

    def mark_final(
        self, session_id: int, checked_on: dt.date | str | None = None, *, checked_by: str = ""
    ) -> SessionView:
        """Participants have checked the record: it is final and refuses edits until reopened.

        checked_by says who checked it, as they want it printed ("Riverside Carers' Forum").
        """
        checked = validation.optional_date(checked_on, "checked_on") or self._today()
        who = validation.optional_text(checked_by, "checked_by", 200).strip()
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            if row.record_status == RecordStatus.FINAL:
                # Checking it again would replace who checked it: an edit to a final record.
                raise LockedError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "The record of this session is already final; "
                        "reopen it before checking it again.",
                    )
                )
            row.record_status = RecordStatus.FINAL.value
            row.checked_on = checked
            row.checked_by = who
            db.add(
                AuditEntry(
                    event="record_final",
                    workshop_id=row.workshop_id,
                    session_id=row.id,
                    detail=f"checked on {checked.isoformat()}",
                )
            )
            db.flush()
            view = session_view(db, row)
        self._emit_changed(view)
        return view

    def reopen(self, session_id: int) -> SessionView:
        """Reopen a final record for changes; the record then says when it was amended."""
        return self.unlock(session_id)

    def unlock(self, session_id: int) -> SessionView:
        """Deliberately reopen a final record; the record notes that it was unlocked."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            if row.record_status != RecordStatus.FINAL:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "This record is still a draft; there is nothing to unlock."
                    )
                )
            row.record_status = RecordStatus.DRAFT.value
            row.set_amended_days([*row.amended_days, self._today()])
            db.add(
                AuditEntry(
                    event="record_unlocked",
                    workshop_id=row.workshop_id,
                    session_id=row.id,
                    detail=f"final record of {row.checked_on} unlocked for editing",
                )
            )
            db.flush()
            view = session_view(db, row)
        self._emit_changed(view)
        return view

    def duplicate_as_next(
        self, session_id: int, title: str | None = None, date: dt.date | str | None = None
    ) -> SessionView:
        """A new session of the same workshop with the same prompts and agenda, and no notes."""
        source = self.get(session_id)
        columns = [c.title for c in self._services.board.columns(session_id)]
        return self.create(
            source.workshop_id,
            title or f"{source.title} (next session)",
            columns=columns,
            stages=[(s.name, s.kind, s.minutes) for s in source.stages],
            date=date,
            venue=source.venue,
            facilitator_id=source.facilitator_id,
            purpose=source.purpose,
            design_stage=source.design_stage,
            involvement=source.involvement,
            arrangements=source.arrangements,
            template=source.template,
            votes_per_participant=source.votes_per_participant,
            voice_threshold=source.voice_threshold,
        )

    def delete(self, session_id: int) -> None:
        with self._db.unit_of_work() as db:
            row = get_row(db, Session, session_id, "session")
            db.add(AuditEntry(event="session_deleted", workshop_id=row.workshop_id))
            db.delete(row)
        self._events.session_removed.emit(session_id)
        self._publish_saved()

    def get(self, session_id: int) -> SessionView:
        with self._db.read() as db:
            return session_view(db, get_row(db, Session, session_id, "session"))

    def list(self, workshop_id: int) -> list[SessionView]:
        with self._db.read() as db:
            rows = db.scalars(
                select(Session).where(Session.workshop_id == workshop_id).order_by(Session.id)
            ).all()
            return [session_view(db, row) for row in rows]

    def board(self, session_id: int) -> BoardSnapshot:
        """Everything the board shows, read in one consistent transaction."""
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            return self._board(db, session)

    def record(self, session_id: int) -> RecordSnapshot:
        """The whole record of a session for exporters."""
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            board = self._board(db, session)
            actions = db.scalars(
                select(Action).where(Action.session_id == session_id).order_by(Action.id)
            ).all()
            earlier = db.scalars(
                select(Session)
                .where(Session.workshop_id == session.workshop_id, Session.id != session.id)
                .order_by(Session.date, Session.id)
            ).all()
            earlier = [s for s in earlier if _is_before(s, session)]
            earlier_actions = db.scalars(
                select(Action)
                .where(Action.session_id.in_([s.id for s in earlier]))
                .order_by(Action.id)
            ).all()
            audit = db.execute(
                select(AuditEntry.at, AuditEntry.event, AuditEntry.detail)
                .where(AuditEntry.session_id == session_id)
                .order_by(AuditEntry.id)
            ).all()
            earlier_views = tuple(action_views(db, earlier_actions))
            source_ids = {i for a in earlier_views for i in a.source_note_ids}
            earlier_notes = db.scalars(
                select(Note).where(Note.id.in_(source_ids)).order_by(Note.id)
            ).all()
            return RecordSnapshot(
                board=board,
                actions=tuple(action_views(db, actions)),
                earlier_actions=earlier_views,
                earlier_notes=tuple(note_view(n) for n in earlier_notes),
                earlier_sessions=tuple(session_view(db, s) for s in earlier),
                audit=tuple((at, event, detail) for at, event, detail in audit),
                payment_offer=_payment_offer(db, session.workshop_id),
                feedback=FeedbackService.results_in(db, session_id),
                reach_targets=tuple(
                    (t.question_id, t.option, t.percent)
                    for t in FeedbackService.reach_targets_in(db, session.workshop_id)
                ),
                glossary=glossary_in(db, session_id),
                signal_counts=signal_counts_in(db, session_id),
                pictures=_record_pictures(db, board),
            )

    def _board(self, db: OrmSession, session: Session) -> BoardSnapshot:
        sid = session.id
        columns = db.scalars(
            select(BoardColumn).where(BoardColumn.session_id == sid).order_by(BoardColumn.position)
        ).all()
        themes = db.scalars(select(Theme).where(Theme.session_id == sid).order_by(Theme.id)).all()
        notes = db.scalars(select(Note).where(Note.session_id == sid).order_by(Note.id)).all()
        votes = db.scalars(select(Vote).where(Vote.session_id == sid).order_by(Vote.id)).all()
        people = db.scalars(
            select(Participant)
            .where(Participant.workshop_id == session.workshop_id)
            .order_by(Participant.number)
        ).all()
        attendees = db.scalars(
            select(Attendance.participant_id).where(Attendance.session_id == sid)
        ).all()
        tables = db.scalars(
            select(BreakoutTable)
            .where(BreakoutTable.session_id == sid)
            .order_by(BreakoutTable.position, BreakoutTable.id)
        ).all()
        apologies = db.scalars(
            select(Apology.participant_id).where(Apology.session_id == sid)
        ).all()
        workshop = db.get(Workshop, session.workshop_id)
        assert workshop is not None
        return BoardSnapshot(
            workshop=workshop_view(db, workshop),
            session=session_view(db, session),
            columns=tuple(column_view(c) for c in columns),
            themes=tuple(theme_view(t) for t in themes),
            notes=tuple(note_view(n) for n in notes),
            votes=tuple(vote_view(v) for v in votes),
            participants=tuple(participant_view(p) for p in people),
            attendee_ids=frozenset(attendees),
            tables=tuple(table_view(t) for t in tables),
            apology_ids=frozenset(apologies),
        )

    def _check_facilitator(self, db: OrmSession, workshop_id: int, facilitator_id: object) -> None:
        if facilitator_id is None:
            return
        person = get_row(db, Participant, facilitator_id, "participant")
        if person.workshop_id != workshop_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "The facilitator is registered for another workshop."),
                "facilitator",
            )

    def _emit_changed(self, view: SessionView) -> None:
        self._events.session_changed.emit(view)
        self._publish_saved()


def _is_before(other: Session, session: Session) -> bool:
    """Whether other took place before session (by date, then by creation order)."""
    if other.date is not None and session.date is not None and other.date != session.date:
        return other.date < session.date
    return other.id < session.id


def _payment_offer(db: OrmSession, workshop_id: int) -> str:
    """The sentence the public record gives about payment: what was offered to everyone."""
    settings = db.get(InvolvementSettings, workshop_id)
    return settings.offer if settings else ""


def _record_pictures(db: OrmSession, board: BoardSnapshot) -> tuple[PictureData, ...]:
    """Pictures of the notes the record may show, and drawings; never a whole photo of a wall,
    which would show every note on it (private and unreviewed ones too)."""
    note_pictures = {
        n.picture_id
        for n in board.notes
        if n.picture_id and audience.picture_shown(audience.Audience.RECORD, n)
    }
    rows = db.scalars(
        select(Picture)
        .where(Picture.session_id == board.session.id, Picture.kind != "photo")
        .order_by(Picture.id)
    )
    return tuple(
        PictureData(
            row.id, PictureKind(row.kind), row.caption, row.width, row.height, bytes(row.jpeg)
        )
        for row in rows
        if row.kind == "drawing" or row.id in note_pictures
    )
