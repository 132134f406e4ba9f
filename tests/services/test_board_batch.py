"""Adding notes in batches (group commit): same answers as one at a time, one commit for all."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from workshop.errors import LockedError, NotFoundError, StageError, ValidationError, WorkshopError
from workshop.rules import Actor
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.views import NoteView


def _device(ids: dict[str, int], column: int, text: object, client_id: str | None = None):
    return NoteRequest(
        ids["session"], column, text, author_id=ids["ann"], actor=Actor.DEVICE, client_id=client_id
    )


def test_batch_answers_each_request_and_refuses_only_the_bad_ones(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    first, second = (c.id for c in services.board.columns(ids["session"])[:2])
    other = services.sessions.create(ids["workshop"], "Other", columns=["Elsewhere"])
    elsewhere = services.board.columns(other.id)[0].id
    results = services.board.add_notes_batch(
        [
            _device(ids, first, "Good one", "a"),
            _device(ids, first, "   "),
            _device(ids, first, 42),
            _device(ids, 10_000, "No such column"),
            _device(ids, elsewhere, "Wrong session"),
            NoteRequest(ids["session"], second, "Stranger", author_id=10_000, actor=Actor.DEVICE),
            NoteRequest(ids["session"], second, "No role"),
            _device(ids, first, "x" * 2001),
            _device(ids, second, "Good two", "b"),
        ]
    )
    kinds = [type(r) for r in results]
    assert kinds == [
        NoteView,
        ValidationError,
        ValidationError,
        NotFoundError,
        ValidationError,
        NotFoundError,
        ValidationError,
        ValidationError,
        NoteView,
    ]
    stored = services.board.notes(ids["session"])
    assert [n.text for n in stored] == ["Good one", "Good two"]
    assert stored == [results[0], results[8]]  # the views are exactly what was committed


def test_batch_matches_adding_one_at_a_time(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    session_id = ids["session"]
    first, second = (c.id for c in services.board.columns(session_id)[:2])
    services.board.set_column_silent(second, True)
    services.sessions.update(session_id, hold_device_notes=True)
    requests = [
        _device(ids, first, "One", "1"),
        _device(ids, second, "Two", "2"),
        NoteRequest(session_id, first, "Scribe", role="carer", x=5.0, y=6.0),
        _device(ids, first, "Three\r\nlines\x07", "3"),
    ]
    batch = services.board.add_notes_batch(requests)
    single = services.sessions.create_from_template(ids["workshop"], "what-matters", "Twin")
    twin_first, twin_second = (c.id for c in services.board.columns(single.id)[:2])
    services.board.set_column_silent(twin_second, True)
    services.sessions.update(single.id, hold_device_notes=True)
    twins = {first: twin_first, second: twin_second}
    one_by_one = [
        services.board.add_note(
            single.id,
            twins[r.column_id],
            r.text,  # type: ignore[arg-type]
            author_id=r.author_id,
            role=r.role,
            actor=r.actor,
            client_id=r.client_id,  # type: ignore[arg-type]
            x=r.x,
            y=r.y,
        )
        for r in requests
    ]

    def shape(view: NoteView | WorkshopError) -> tuple[object, ...]:
        assert isinstance(view, NoteView)
        return (view.text, view.role, view.x, view.y, view.hidden, view.pending, view.source)

    assert [shape(v) for v in batch] == [shape(v) for v in one_by_one]
    assert [n.text for n in services.board.notes(session_id)] == [
        "One",
        "Two",
        "Scribe",
        "Three\nlines",
    ]


def test_repeated_client_id_adds_one_note_within_and_across_batches(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0].id
    first = services.board.add_notes_batch(
        [_device(ids, column, "Once", "abc"), _device(ids, column, "Once", "abc")]
    )
    assert isinstance(first[0], NoteView) and first[1] == first[0]
    again = services.board.add_notes_batch([_device(ids, column, "Once", "abc")])
    assert again == [first[0]]
    # The other participant may use the same client id for their own note.
    raj = NoteRequest(
        ids["session"], column, "Mine", author_id=ids["raj"], actor=Actor.DEVICE, client_id="abc"
    )
    (theirs,) = services.board.add_notes_batch([raj])
    assert isinstance(theirs, NoteView) and theirs.id != first[0].id  # type: ignore[union-attr]
    assert len(services.board.notes(ids["session"])) == 2


def test_stage_rules_apply_to_devices_not_to_the_scribe(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    session = services.sessions.get(ids["session"])
    column = services.board.columns(ids["session"])[0].id
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(ids["session"], vote_stage)
    device, scribe = services.board.add_notes_batch(
        [_device(ids, column, "Late"), NoteRequest(ids["session"], column, "Scribe", role="carer")]
    )
    assert isinstance(device, StageError)
    assert isinstance(scribe, NoteView)
    services.sessions.update(ids["session"], board_locked=True)
    (locked,) = services.board.add_notes_batch(
        [NoteRequest(ids["session"], column, "Locked", role="carer")]
    )
    assert isinstance(locked, LockedError)


def test_one_commit_then_events_for_the_whole_batch(
    services: Services, workshop_with_session: dict[str, int], db_path: Path
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0].id
    seen: list[tuple[int, int]] = []
    saved: list[int] = []

    other = create_engine(services.database.url)

    def on_added(view: NoteView) -> None:
        # Published after the commit: another connection already sees every note of the batch.
        with other.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM notes")).scalar()
        seen.append((view.id, count))

    services.events.note_added.connect(on_added)
    services.events.saved.connect(lambda: saved.append(1))
    results = services.board.add_notes_batch(
        [_device(ids, column, f"Idea {n}", str(n)) for n in range(5)] + [_device(ids, column, "")]
    )
    added = [r.id for r in results if isinstance(r, NoteView)]
    assert seen == [(note_id, 5) for note_id in added]
    assert saved == [1]
    assert services.board.add_notes_batch([]) == []
    assert saved == [1]
    other.dispose()


def test_a_failed_commit_refuses_the_whole_batch_and_writes_nothing(
    services: Services, workshop_with_session: dict[str, int], db_path: Path
) -> None:
    if not services.database.is_sqlite:
        pytest.skip("holds SQLite's write lock from another program")
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0].id
    seen: list[NoteView] = []
    services.events.note_added.connect(seen.append)
    # Wait only briefly for the write lock, so the test need not wait the app's ten seconds.
    engine = services.database.engine
    event.listen(engine, "connect", _short_busy_timeout)
    engine.dispose()
    # Another program holds the write lock: the batch cannot be written.
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        results = services.board.add_notes_batch(
            [_device(ids, column, "A", "1"), _device(ids, column, ""), _device(ids, column, "B")]
        )
    finally:
        blocker.rollback()
        blocker.close()
        event.remove(engine, "connect", _short_busy_timeout)
        engine.dispose()
    refusal, empty, other = results
    assert isinstance(refusal, WorkshopError) and "busy" in refusal.message
    assert other is refusal
    assert isinstance(empty, ValidationError)
    assert seen == []
    assert services.board.notes(ids["session"]) == []


def _short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout=50")
