"""add_note is a batch of one: the same checks, answers and snapshot as add_notes_batch."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from workshop.errors import NotFoundError, ValidationError, WorkshopError
from workshop.rules import Actor
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.vocabulary import (
    ActionStatus,
    DesignStage,
    Involvement,
    NoteSource,
    RecordStatus,
    StageKind,
)


def test_add_note_refuses_exactly_as_a_batch_of_one(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    sid = ids["session"]
    column = services.board.columns(sid)[0].id
    other = services.sessions.create(ids["workshop"], "Other", columns=["Elsewhere"])
    there = services.board.add_note(
        other.id, services.board.columns(other.id)[0].id, "There", role="carer"
    )
    their_theme = services.board.group(other.id, "Theirs", [there.id])
    bad: list[NoteRequest] = [
        NoteRequest(sid, column, "   ", role="carer"),
        NoteRequest(10_000, column, "No session", role="carer"),
        NoteRequest(sid, "abc", "Not an id", role="carer"),  # type: ignore[arg-type]
        NoteRequest(sid, column, "Nobody said it"),
        NoteRequest(sid, column, "Stranger", author_id=10_000),
        NoteRequest(sid, column, "No theme", role="carer", theme_id=10_000),
        NoteRequest(sid, column, "Their theme", role="carer", theme_id=their_theme.id),
    ]
    for request in bad:
        from_batch = services.board.add_notes_batch([request])[0]
        assert isinstance(from_batch, WorkshopError)
        with pytest.raises(WorkshopError) as raised:
            services.board.add_note(
                request.session_id,
                request.column_id,
                request.text,  # type: ignore[arg-type]
                author_id=request.author_id,
                role=request.role,
                theme_id=request.theme_id,
            )
        assert type(raised.value) is type(from_batch)
        assert raised.value.message == from_batch.message
    assert services.board.notes(sid) == []
    assert isinstance(services.board.add_notes_batch([bad[5]])[0], NotFoundError)
    assert isinstance(services.board.add_notes_batch([bad[6]])[0], ValidationError)


def test_add_note_keeps_its_theme_time_and_repeat(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    sid = ids["session"]
    column = services.board.columns(sid)[0].id
    first = services.board.add_note(sid, column, "First", role="carer")
    theme = services.board.group(sid, "Travel", [first.id])
    written = dt.datetime(2026, 11, 1, 10, 30, tzinfo=dt.UTC)
    note = services.board.add_note(
        sid,
        column,
        "Second",
        author_id=ids["ann"],
        theme_id=theme.id,
        created_at=written,
        actor=Actor.DEVICE,
        client_id="phone-1",
    )
    again = services.board.add_note(
        sid, column, "Second", author_id=ids["ann"], actor=Actor.DEVICE, client_id="phone-1"
    )
    assert again == note
    stored = {n.id: n for n in services.board.notes(sid)}
    assert stored[note.id] == note and len(stored) == 2
    assert note.theme_id == theme.id and note.role == "lived_experience"
    assert note.created_at == written.replace(tzinfo=None)  # stored as UTC, as utc_now does
    assert note.source is NoteSource.DEVICE


def test_one_note_is_one_insert(services: Services, workshop_with_session: dict[str, int]) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    inserts: list[str] = []

    def watch(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO NOTES"):
            inserts.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", watch)
    try:
        services.board.add_note(sid, column, "Only one", role="carer")
    finally:
        event.remove(services.database.engine, "before_cursor_execute", watch)
    assert len(inserts) == 1 and "RETURNING" in inserts[0].upper()  # the batch's insert


def test_snapshots_carry_states_as_enums(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    sid = ids["session"]
    column = services.board.columns(sid)[0].id
    services.board.add_note(sid, column, "Scribed", role="carer")
    services.board.add_notes_batch(
        [NoteRequest(sid, column, "Sent", author_id=ids["ann"], actor=Actor.DEVICE)]
    )
    services.actions.create(sid, "Call back within a day")
    board = services.sessions.board(sid)
    session = board.session
    assert session.record_status is RecordStatus.DRAFT and not session.is_final
    assert isinstance(session.design_stage, DesignStage)
    # A level nobody set is "not recorded" (None); once set, it is the enum.
    assert session.involvement is None
    session = services.sessions.update(sid, involvement="co_design", involvement_set_by="Ana")
    assert session.involvement is Involvement.CO_DESIGN
    assert session.stages and all(isinstance(s.kind, StageKind) for s in session.stages)
    assert {type(n.source) for n in board.notes} == {NoteSource}
    assert [a.status for a in services.actions.for_session(sid)] == [ActionStatus.PROPOSED]
    assert all(isinstance(a.status, ActionStatus) for a in services.actions.for_session(sid))
    final = services.sessions.mark_final(sid, "2026-12-02")
    assert final.record_status is RecordStatus.FINAL and final.is_final
