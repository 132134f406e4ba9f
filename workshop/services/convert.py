"""Turns ORM rows into the frozen views that leave the service layer."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action, ActionAgreement, ActionSource, ActionUpdate
from models.board import BoardColumn, BreakoutTable, Note, Theme, Vote
from models.people import Participant, Session, Stage, Workshop
from workshop.views import (
    ActionUpdateView,
    ActionView,
    ColumnView,
    NoteView,
    ParticipantView,
    SessionView,
    StageView,
    TableView,
    ThemeView,
    VoteView,
    WorkshopView,
)
from workshop.vocabulary import (
    ActionStatus,
    DesignStage,
    Involvement,
    NoteSource,
    RecordStatus,
    StageKind,
    Voice,
    voice_of,
)


def workshop_view(db: OrmSession, row: Workshop) -> WorkshopView:
    last = db.scalar(select(func.max(Session.date)).where(Session.workshop_id == row.id))
    return WorkshopView(
        id=row.id,
        title=row.title,
        organisation=row.organisation,
        service_area=row.service_area,
        locality=row.locality,
        retention_years=row.retention_years,
        created_at=row.created_at,
        last_session_date=last,
    )


def participant_view(row: Participant) -> ParticipantView:
    return ParticipantView(
        id=row.id,
        workshop_id=row.workshop_id,
        number=row.number,
        name=row.name,
        role=row.role,
        organisation=row.organisation,
        consent_named=row.consent_named,
        consent_contact=row.consent_contact,
        consent_share_contact=row.consent_share_contact,
        contact=row.contact,
        support_needs=row.support_needs,
        joined_from_device=row.joined_from_device,
    )


def stage_view(row: Stage) -> StageView:
    return StageView(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        name=row.name,
        kind=StageKind(row.kind),
        minutes=row.minutes,
    )


def session_view(db: OrmSession, row: Session) -> SessionView:
    stages = db.scalars(
        select(Stage).where(Stage.session_id == row.id).order_by(Stage.position)
    ).all()
    return SessionView(
        id=row.id,
        workshop_id=row.workshop_id,
        title=row.title,
        date=row.date,
        venue=row.venue,
        facilitator_id=row.facilitator_id,
        purpose=row.purpose,
        design_stage=DesignStage(row.design_stage) if row.design_stage else None,
        involvement=Involvement(row.involvement) if row.involvement else None,
        arrangements=row.arrangements,
        template=row.template,
        current_stage=row.current_stage,
        board_locked=row.board_locked,
        hold_device_notes=row.hold_device_notes,
        votes_per_participant=row.votes_per_participant,
        voice_threshold=row.voice_threshold,
        record_status=RecordStatus(row.record_status),
        checked_on=row.checked_on,
        version=row.version,
        stages=tuple(stage_view(stage) for stage in stages),
        involvement_set_by=row.involvement_set_by,
        next_session_date=row.next_session_date,
        findings_go_to=row.findings_go_to,
        hear_back=row.hear_back,
        contact=row.contact,
        summary=row.summary,
        gaps=row.gaps,
        checked_by=row.checked_by,
        amended_on=row.amended_days,
    )


def column_view(row: BoardColumn) -> ColumnView:
    return ColumnView(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        title=row.title,
        silent=row.silent,
    )


def theme_view(row: Theme) -> ThemeView:
    return ThemeView(id=row.id, session_id=row.session_id, column_id=row.column_id, title=row.title)


def note_view(row: Note) -> NoteView:
    return NoteView(
        id=row.id,
        session_id=row.session_id,
        column_id=row.column_id,
        text=row.text,
        author_id=row.author_id,
        role=row.role,
        theme_id=row.theme_id,
        x=row.x,
        y=row.y,
        colour=row.colour,
        hidden=row.hidden,
        pending=row.pending,
        private=row.private,
        redacted_text=row.redacted_text,
        source=NoteSource(row.source),
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        picture_id=row.picture_id,
        table_id=row.table_id,
        round=row.round,
        marked=row.marked,
        harvested=row.harvested,
        quoted=row.quoted,
        language=row.language,
    )


def table_view(row: BreakoutTable) -> TableView:
    return TableView(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        name=row.name,
        seated=frozenset(seat.participant_id for seat in row.seats),
        seats=frozenset((seat.participant_id, seat.round) for seat in row.seats),
    )


def vote_view(row: Vote) -> VoteView:
    return VoteView(
        id=row.id, session_id=row.session_id, participant_id=row.participant_id, note_id=row.note_id
    )


def action_views(db: OrmSession, rows: Iterable[Action]) -> list[ActionView]:
    """Views of many actions with their links, in three queries rather than three per action."""
    rows = list(rows)
    ids = [row.id for row in rows]
    if not ids:
        return []
    sources: dict[int, list[int]] = {i: [] for i in ids}
    for action_id, note_id in db.execute(
        select(ActionSource.action_id, ActionSource.note_id)
        .where(ActionSource.action_id.in_(ids))
        .order_by(ActionSource.note_id)
    ):
        sources[action_id].append(note_id)
    agreed: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for action_id, participant_id, role in db.execute(
        select(ActionAgreement.action_id, ActionAgreement.participant_id, Participant.role)
        .join(Participant, Participant.id == ActionAgreement.participant_id)
        .where(ActionAgreement.action_id.in_(ids))
        .order_by(ActionAgreement.participant_id)
    ):
        agreed[action_id].append((participant_id, role))
    updates: dict[int, list[ActionUpdateView]] = {i: [] for i in ids}
    for update in db.scalars(
        select(ActionUpdate)
        .where(ActionUpdate.action_id.in_(ids))
        .order_by(ActionUpdate.date, ActionUpdate.id)
    ):
        updates[update.action_id].append(
            ActionUpdateView(
                id=update.id,
                action_id=update.action_id,
                session_id=update.session_id,
                date=update.date,
                text=update.text,
                status=ActionStatus(update.status) if update.status else None,
            )
        )
    views = []
    for row in rows:
        voices = {voice_of(role) for _, role in agreed[row.id]}
        views.append(
            ActionView(
                id=row.id,
                session_id=row.session_id,
                title=row.title,
                description=row.description,
                owner_id=row.owner_id,
                co_lead_id=row.co_lead_id,
                due=row.due,
                status=ActionStatus(row.status),
                dropped_reason=row.dropped_reason,
                source_note_ids=tuple(sources[row.id]),
                agreed_by=tuple(pid for pid, _ in agreed[row.id]),
                updates=tuple(updates[row.id]),
                jointly_agreed=Voice.CITIZEN in voices and Voice.PROFESSIONAL in voices,
                version=row.version,
                created_at=row.created_at,
                agreed_status=ActionStatus(row.agreed_status) if row.agreed_status else None,
            )
        )
    return views


def action_view(db: OrmSession, row: Action) -> ActionView:
    return action_views(db, [row])[0]
