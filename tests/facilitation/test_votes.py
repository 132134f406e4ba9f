"""Dot limits per participant, taking dots back, and settings."""

from __future__ import annotations

import pytest

from tests.facilitation.conftest import stage_position
from workshop.errors import NotFoundError, StageError, ValidationError
from workshop.services import Services
from workshop.vocabulary import StageKind


@pytest.fixture
def voting(services: Services, room: dict[str, int]) -> dict[str, int]:
    sid = room["session"]
    services.sessions.update(sid, votes_per_participant=3)
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    return room


def test_each_participant_has_their_own_dots(services: Services, voting: dict[str, int]) -> None:
    sid = voting["session"]
    for note in ("n1", "n1", "n2"):
        services.votes.cast(sid, voting["ann"], voting[note])
    assert services.votes.votes_left(sid, voting["ann"]) == 0
    with pytest.raises(StageError, match="All 3 dots have been used"):
        services.votes.cast(sid, voting["ann"], voting["n3"])
    # Someone else still has all of theirs.
    assert services.votes.votes_left(sid, voting["raj"]) == 3
    services.votes.cast(sid, voting["raj"], voting["n3"])
    # Taking a dot back frees it.
    services.votes.retract_last(sid, voting["ann"], voting["n1"])
    assert services.votes.votes_left(sid, voting["ann"]) == 1
    services.votes.cast(sid, voting["ann"], voting["n3"])
    counts = sorted((v.participant_id, v.note_id) for v in services.votes.list(sid))
    assert counts == sorted(
        [
            (voting["ann"], voting["n1"]),
            (voting["ann"], voting["n2"]),
            (voting["ann"], voting["n3"]),
            (voting["raj"], voting["n3"]),
        ]
    )


def test_raising_the_limit_gives_more_dots(services: Services, voting: dict[str, int]) -> None:
    sid = voting["session"]
    for _ in range(3):
        services.votes.cast(sid, voting["kwame"], voting["n2"])
    services.sessions.update(sid, votes_per_participant=4)
    assert services.votes.votes_left(sid, voting["kwame"]) == 1
    with pytest.raises(ValidationError):
        services.sessions.update(sid, votes_per_participant=0)


def test_take_back_without_a_dot_is_refused(services: Services, voting: dict[str, int]) -> None:
    with pytest.raises(NotFoundError, match="no dot"):
        services.votes.retract_last(voting["session"], voting["gwen"], voting["n1"])


def test_vote_events_carry_the_vote(qtbot, services: Services, voting: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(services.events.vote_added) as blocker:
        services.votes.cast(voting["session"], voting["gwen"], voting["n1"])
    assert blocker.args[0].participant_id == voting["gwen"]
