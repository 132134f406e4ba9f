"""Stage rules enforced at the service layer: capture, voting, board lock and final record."""

from __future__ import annotations

import pytest

from tests.facilitation.conftest import stage_position
from workshop.errors import LockedError, StageError
from workshop.rules import Actor, devices_may_add_notes, devices_may_vote, voting_open
from workshop.services import Services
from workshop.vocabulary import StageKind


def test_vote_outside_voting_stage_is_refused(services: Services, room: dict[str, int]) -> None:
    sid = room["session"]
    with pytest.raises(StageError, match="Voting is closed"):
        services.votes.cast(sid, room["ann"], room["n1"])  # no stage set
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.CAPTURE))
    with pytest.raises(StageError):
        services.votes.cast(sid, room["ann"], room["n1"])
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    vote = services.votes.cast(sid, room["ann"], room["n1"])
    assert vote.note_id == room["n1"]
    # Leaving the vote stage closes voting again, for taking dots back too.
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.ACTIONS))
    with pytest.raises(StageError):
        services.votes.retract(vote.id)
    with pytest.raises(StageError):
        services.votes.cast(sid, room["ann"], room["n2"])
    assert [v.id for v in services.votes.list(sid)] == [vote.id]


def test_device_notes_only_while_capturing(services: Services, room: dict[str, int]) -> None:
    sid, col = room["session"], room["col0"]
    # No stage set: open for notes.
    services.board.add_note(sid, col, "Before the agenda", role="carer", actor=Actor.DEVICE)
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.WELCOME))
    with pytest.raises(StageError, match="Adding notes is closed"):
        services.board.add_note(sid, col, "During welcome", role="carer", actor=Actor.DEVICE)
    # The facilitator can still add what someone says out loud.
    services.board.add_note(sid, col, "Said aloud", role="carer")
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.CAPTURE))
    note = services.board.add_note(sid, col, "While capturing", role="carer", actor=Actor.DEVICE)
    assert note.source == "device"
    assert devices_may_add_notes(services.sessions.get(sid))


def test_locked_board_refuses_notes_moves_and_votes(
    services: Services, room: dict[str, int]
) -> None:
    sid = room["session"]
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    services.sessions.update(sid, board_locked=True)
    session = services.sessions.get(sid)
    assert voting_open(session) and not devices_may_vote(session)
    with pytest.raises(LockedError, match="locked the board"):
        services.votes.cast(sid, room["ann"], room["n1"])
    with pytest.raises(LockedError):
        services.board.add_note(sid, room["col0"], "x", role="carer")
    with pytest.raises(LockedError):
        services.board.move_note(room["n1"], room["col1"], 10, 80, actor=Actor.PROJECTOR)
    services.sessions.update(sid, board_locked=False)
    services.votes.cast(sid, room["ann"], room["n1"])


def test_final_record_refuses_votes(services: Services, room: dict[str, int]) -> None:
    sid = room["session"]
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    services.sessions.mark_final(sid, "2026-12-02")
    with pytest.raises(LockedError, match="final"):
        services.votes.cast(sid, room["ann"], room["n1"])


def test_hidden_note_cannot_be_voted_on_until_revealed(
    services: Services, room: dict[str, int]
) -> None:
    sid = room["session"]
    services.board.set_column_silent(room["col1"], True)
    secret = services.board.add_note(sid, room["col1"], "Quiet thought", author_id=room["ann"])
    assert secret.hidden
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    with pytest.raises(Exception, match="not on the board yet"):
        services.votes.cast(sid, room["ann"], secret.id)
    services.board.reveal(sid, room["col1"])
    services.votes.cast(sid, room["ann"], secret.id)
