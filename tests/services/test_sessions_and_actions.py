"""Sessions from templates, duplication, snapshots, and actions across sessions."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop import templates
from workshop.errors import ValidationError
from workshop.services import Services


def test_at_least_five_templates_with_descriptions() -> None:
    shipped = templates.all_templates()
    assert len(shipped) >= 5
    for template in shipped:
        assert template.description and len(template.columns) >= 3
        assert any(kind == "capture" for _, kind, _ in template.stages)
        assert any(kind == "vote" for _, kind, _ in template.stages)


def test_session_from_template_then_change_columns(services: Services) -> None:
    workshop = services.workshops.create("W")
    session = services.sessions.create_from_template(workshop.id, "start-stop-continue", "S")
    titles = [c.title for c in services.board.columns(session.id)]
    assert titles[:3] == ["Start", "Stop", "Continue"]
    services.board.add_column(session.id, "Parking lot")
    services.board.rename_column(services.board.columns(session.id)[0].id, "Begin")
    assert services.board.columns(session.id)[0].title == "Begin"
    assert session.stages[0].kind == "welcome"


def test_duplicate_as_next_session(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    following = services.sessions.duplicate_as_next(ids["session"], "Second", "2027-01-12")
    assert following.workshop_id == ids["workshop"]
    assert following.date == dt.date(2027, 1, 12)
    assert [c.title for c in services.board.columns(following.id)] == [
        c.title for c in services.board.columns(ids["session"])
    ]
    assert services.board.notes(following.id) == []


def test_actions_joint_agreement_and_carry_over(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(ids["session"], column.id, "Idea", author_id=ids["ann"])
    only_professional = services.actions.create(
        ids["session"], "One side", owner_id=ids["raj"], agreed_by=[ids["raj"]]
    )
    assert not only_professional.jointly_agreed
    joint = services.actions.create(
        ids["session"],
        "Both sides",
        owner_id=ids["raj"],
        co_lead_id=ids["ann"],
        source_note_ids=[note.id],
        agreed_by=[ids["ann"], ids["raj"]],
        status="agreed",
    )
    assert joint.jointly_agreed and joint.source_note_ids == (note.id,)
    later = services.sessions.duplicate_as_next(ids["session"], "Later", "2027-02-01")
    assert {a.id for a in services.actions.open_from_earlier(later.id)} == {
        only_professional.id,
        joint.id,
    }
    services.actions.add_update(
        joint.id, later.id, "Started", date="2027-02-01", status="in_progress"
    )
    services.actions.add_update(joint.id, later.id, "Finished", date="2027-02-01", status="done")
    updated = services.actions.get(joint.id)
    assert [u.text for u in updated.updates] == ["Started", "Finished"]
    assert updated.status == "done"
    assert {a.id for a in services.actions.open_from_earlier(later.id)} == {only_professional.id}


def test_dropping_needs_a_reason(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    action = services.actions.create(ids["session"], "Maybe")
    with pytest.raises(ValidationError, match="why"):
        services.actions.update(action.id, status="dropped")
    dropped = services.actions.update(action.id, status="dropped", dropped_reason="No budget")
    assert dropped.dropped_reason == "No budget"


def test_owner_from_another_workshop_is_refused(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    other = services.workshops.create("Other")
    stranger = services.participants.add(other.id, "Stranger", "professional")
    with pytest.raises(ValidationError, match="registered for this workshop"):
        services.actions.create(ids["session"], "Do it", owner_id=stranger.id)


def test_board_snapshot_is_complete(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    services.participants.set_attendance(ids["session"], ids["ann"], True)
    column = services.board.columns(ids["session"])[0]
    services.board.add_note(ids["session"], column.id, "Hi", author_id=ids["ann"])
    board = services.sessions.board(ids["session"])
    assert board.workshop.id == ids["workshop"]
    assert len(board.columns) == 4 and len(board.notes) == 1
    assert board.attendee_ids == {ids["ann"]}
    assert board.participant(ids["ann"]).name == "Ann Example"
