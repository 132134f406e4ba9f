"""A fixture for facilitation widget tests: a session in the room with notes (imported by them)."""

from __future__ import annotations

import pytest

from workshop.services import Services


@pytest.fixture
def room(services: Services, workshop_with_session: dict[str, int]) -> dict[str, int]:
    ids = dict(workshop_with_session)
    sid = ids["session"]
    services.participants.set_attendance(sid, ids["ann"], True)
    services.participants.set_attendance(sid, ids["raj"], True)
    columns = services.board.columns(sid)
    ids["col0"], ids["col1"], ids["col2"] = columns[0].id, columns[1].id, columns[2].id
    ids["n1"] = services.board.add_note(sid, columns[0].id, "Same carer", author_id=ids["ann"]).id
    ids["n2"] = services.board.add_note(sid, columns[0].id, "Travel time", author_id=ids["raj"]).id
    ids["n3"] = services.board.add_note(sid, columns[1].id, "Night line", author_id=ids["ann"]).id
    return ids
