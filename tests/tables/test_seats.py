"""Seating people at tables from the laptop: one seat per round, moved, refused in one sentence."""

from __future__ import annotations

import pytest

from workshop.errors import LockedError, ValidationError
from workshop.services import Services


def test_a_seat_per_round_moves_and_undoes_and_bad_input_is_refused(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid, ann = workshop_with_session["session"], workshop_with_session["ann"]
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    assert services.tables.place(sid, ann, [one.id], 1) == ()
    services.tables.place(sid, ann, [one.id], 2)  # rounds are apart
    assert services.tables.place(sid, ann, [two.id], 1) == (one.id,)  # moved in round 1
    assert services.tables.get(one.id).seats == {(ann, 2)}
    assert services.tables.get(two.id).seated_in(1) == {ann}
    assert services.tables.place(sid, ann, [], 1) == (two.id,)  # off every table of round 1
    assert services.tables.get(two.id).seats == frozenset()
    elsewhere = services.workshops.create("Another workshop").id
    stranger = services.participants.add(elsewhere, "Sam Other", "carer").id
    with pytest.raises(ValidationError) as refused:
        services.tables.place(sid, stranger, [one.id], 1)
    assert refused.value.message == "That participant is not registered for this workshop."
    with pytest.raises(ValidationError) as refused:
        services.tables.place(sid, ann, [424242], 1)
    assert refused.value.message == "There is no such table at this session."
    services.sessions.mark_final(sid)
    with pytest.raises(LockedError):
        services.tables.place(sid, ann, [one.id], 3)
    assert services.tables.get(one.id).seats == {(ann, 2)}
