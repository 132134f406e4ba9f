"""Fixtures for facilitation: a session with citizens and professionals, and stage helpers."""

from __future__ import annotations

import pytest

from workshop.services import Services
from workshop.vocabulary import StageKind


def stage_position(services: Services, session_id: int, kind: StageKind) -> int:
    """The position of the first stage of that kind in the session's agenda."""
    for stage in services.sessions.get(session_id).stages:
        if stage.kind == kind:
            return stage.position
    raise LookupError(kind)


@pytest.fixture
def room(services: Services, workshop_with_session: dict[str, int]) -> dict[str, int]:
    """The shared workshop plus a carer and a second professional, all attending, with notes."""
    ids = dict(workshop_with_session)
    workshop_id, session_id = ids["workshop"], ids["session"]
    ids["gwen"] = services.participants.add(
        workshop_id, "Gwen Example", "carer", attending_session_id=session_id
    ).id
    ids["kwame"] = services.participants.add(
        workshop_id, "Kwame Example", "professional", attending_session_id=session_id
    ).id
    columns = services.board.columns(session_id)
    ids["col0"], ids["col1"] = columns[0].id, columns[1].id
    ids["n1"] = services.board.add_note(
        session_id, columns[0].id, "Same carer most days", author_id=ids["ann"]
    ).id
    ids["n2"] = services.board.add_note(
        session_id, columns[0].id, "Rotas with travel time", author_id=ids["raj"]
    ).id
    ids["n3"] = services.board.add_note(
        session_id, columns[1].id, "Know who to ring at night", author_id=ids["gwen"]
    ).id
    return ids
