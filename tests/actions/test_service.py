"""The actions service: links to notes, joint agreement, status flow, refusals, carry-over."""

from __future__ import annotations

import pytest

from tests.actions.world import ActionsWorld
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.services import Services
from workshop.vocabulary import ActionStatus


def test_created_from_selected_notes_keeps_links_both_ways(
    fixed_services: Services, world: ActionsWorld
) -> None:
    picked = [world.notes[2], world.notes[0]]
    action = fixed_services.actions.create(
        world.first, "Translate repair letters", source_note_ids=picked
    )
    assert action.source_note_ids == tuple(sorted(picked))
    assert fixed_services.actions.get(action.id).source_note_ids == tuple(sorted(picked))
    assert [a.id for a in fixed_services.actions.actions_for_note(world.notes[0])] == [action.id]
    assert fixed_services.actions.actions_for_note(world.notes[1]) == []


def test_action_from_a_theme_links_every_note_in_it(
    fixed_services: Services, world: ActionsWorld
) -> None:
    theme = fixed_services.board.group(world.first, "Communication", world.notes[1:3])
    action = fixed_services.actions.create_from_theme(theme.id, owner_id=world.raj)
    assert action.title == "Communication"
    assert action.source_note_ids == world.notes[1:3]
    assert action.owner_id == world.raj


def test_notes_from_another_workshop_are_refused(
    fixed_services: Services, world: ActionsWorld
) -> None:
    with pytest.raises(ValidationError, match="another workshop") as refused:
        fixed_services.actions.create(
            world.first, "Benches", source_note_ids=[world.notes[0], world.stranger_note]
        )
    assert refused.value.field == "source_note_ids"
    assert fixed_services.actions.for_session(world.first) == []
    with pytest.raises(ValidationError, match="no note with id 99999"):
        fixed_services.actions.create(world.first, "Ghost", source_note_ids=[99999])


@pytest.mark.parametrize(
    ("agreed", "joint"),
    [
        ([], False),
        (["ann"], False),  # citizen voice only
        (["raj"], False),  # professional only
        (["fay", "raj"], False),  # a facilitator is not the citizen voice
        (["ann", "raj"], True),
        (["cara", "raj"], True),  # a carer speaks with the citizen voice
    ],
)
def test_jointly_agreed_needs_a_citizen_voice_and_a_professional(
    fixed_services: Services, world: ActionsWorld, agreed: list[str], joint: bool
) -> None:
    ids = [getattr(world, name) for name in agreed]
    action = fixed_services.actions.create(world.first, "Call back within a week", agreed_by=ids)
    assert action.jointly_agreed is joint
    assert set(action.agreed_by) == set(ids)


def test_joint_agreement_recomputed_when_agreement_changes(
    fixed_services: Services, world: ActionsWorld
) -> None:
    action = fixed_services.actions.create(world.first, "Call back", agreed_by=[world.raj])
    assert not action.jointly_agreed
    action = fixed_services.actions.update(action.id, agreed_by=[world.raj, world.cara])
    assert action.jointly_agreed
    action = fixed_services.actions.update(action.id, agreed_by=[world.cara])
    assert not action.jointly_agreed


def test_status_flow_forward_and_refused_jumps(
    fixed_services: Services, world: ActionsWorld
) -> None:
    actions = fixed_services.actions
    action = actions.create(world.first, "Texts when late")
    assert action.status == "proposed"
    for status in ("agreed", "in_progress", "done"):
        action = actions.update(action.id, status=status)
        assert action.status == status
    with pytest.raises(ValidationError, match="done cannot become proposed") as refused:
        actions.update(action.id, status="proposed")
    assert refused.value.field == "status"
    with pytest.raises(ValidationError, match="use one of: proposed, agreed") as refused:
        actions.update(action.id, status="finished")
    assert refused.value.field == "status"
    assert actions.get(action.id).status == "done"


def test_dropping_needs_a_reason(fixed_services: Services, world: ActionsWorld) -> None:
    actions = fixed_services.actions
    action = actions.create(world.first, "Banked minutes")
    with pytest.raises(ValidationError, match="needs a reason") as refused:
        actions.update(action.id, status="dropped")
    assert refused.value.field == "dropped_reason"
    with pytest.raises(ValidationError, match="needs a reason"):
        actions.update(action.id, status="dropped", dropped_reason="   ")
    assert actions.get(action.id).status == "proposed"
    dropped = actions.update(
        action.id, status="dropped", dropped_reason="The contract does not allow it."
    )
    assert dropped.status == "dropped"
    assert dropped.dropped_reason == "The contract does not allow it."
    with pytest.raises(ValidationError, match="needs a reason"):
        actions.create(world.first, "Another", status="dropped")
    with pytest.raises(ValidationError, match="needs a reason"):
        actions.update(action.id, dropped_reason="")


@pytest.mark.parametrize("bad", ["31/01/2027", "2027-02-30", "next week", 20270131])
def test_impossible_due_dates_are_refused_naming_the_field(
    fixed_services: Services, world: ActionsWorld, bad: object
) -> None:
    with pytest.raises(ValidationError, match=r"^The due date .* is not a real date") as refused:
        fixed_services.actions.create(world.first, "Something", due=bad)  # type: ignore[arg-type]
    assert refused.value.field == "due"
    action = fixed_services.actions.create(world.first, "Something", due="2027-02-28")
    with pytest.raises(ValidationError) as refused:
        fixed_services.actions.update(action.id, due=bad)
    assert refused.value.field == "due"
    assert fixed_services.actions.get(action.id).due.isoformat() == "2027-02-28"


def test_people_from_another_workshop_are_refused(
    fixed_services: Services, world: ActionsWorld
) -> None:
    actions = fixed_services.actions
    with pytest.raises(
        ValidationError, match="owner must be someone registered for this workshop"
    ) as e:
        actions.create(world.first, "Benches", owner_id=world.stranger)
    assert e.value.field == "owner"
    action = actions.create(world.first, "Benches", owner_id=world.raj, co_lead_id=world.ann)
    with pytest.raises(ValidationError, match=r"co-lead must be .* another workshop") as e:
        actions.update(action.id, co_lead_id=world.stranger)
    assert e.value.field == "co_lead"
    with pytest.raises(ValidationError, match="person who agreed") as e:
        actions.update(action.id, agreed_by=[world.ann, world.stranger])
    assert e.value.field == "agreed_by"
    with pytest.raises(ValidationError, match="not on the participant register"):
        actions.update(action.id, owner_id=424242)
    kept = actions.get(action.id)
    assert (kept.owner_id, kept.co_lead_id, kept.agreed_by) == (world.raj, world.ann, ())


def test_final_record_refuses_changes(fixed_services: Services, world: ActionsWorld) -> None:
    action = fixed_services.actions.create(world.first, "Texts")
    fixed_services.sessions.mark_final(world.first)
    with pytest.raises(LockedError):
        fixed_services.actions.update(action.id, title="Texts when late")
    # Progress recorded in a later, draft session is still allowed.
    updated = fixed_services.actions.add_update(action.id, world.second, "Started")
    assert updated.latest_update is not None


def test_carry_over_and_progress_across_two_sessions(
    fixed_services: Services, world: ActionsWorld
) -> None:
    actions = fixed_services.actions
    keep = actions.create(world.first, "Texts when late", status="agreed")
    finish = actions.create(world.first, "Evening phone line", status="agreed")
    closed = actions.create(world.first, "Already done", status="done")
    later = actions.create(world.second, "New in session two")
    assert [a.id for a in actions.open_from_earlier(world.second)] == [keep.id, finish.id]
    assert actions.open_from_earlier(world.first) == []

    actions.add_update(keep.id, world.second, "Supplier chosen", date="2027-01-19")
    actions.add_update(
        keep.id, world.second, "Pilot running", date="2027-01-19", status="in_progress"
    )
    actions.add_update(finish.id, world.second, "Line open", date="2027-01-19", status="done")

    kept = actions.get(keep.id)
    assert [u.text for u in kept.updates] == ["Supplier chosen", "Pilot running"]
    assert [u.session_id for u in kept.updates] == [world.second, world.second]
    assert [u.status for u in kept.updates] == [None, ActionStatus.IN_PROGRESS]
    assert kept.status == "in_progress"
    assert kept.latest_update is not None and kept.latest_update.text == "Pilot running"

    # The finished one is no longer open, but stays in this session's review step.
    assert [a.id for a in actions.open_from_earlier(world.second)] == [keep.id]
    assert [a.id for a in actions.for_review(world.second)] == [keep.id, finish.id]
    assert closed.id not in [a.id for a in actions.for_review(world.second)]

    third = fixed_services.sessions.create_from_template(
        world.workshop, "what-matters", "Third", date="2027-03-01"
    )
    actions.add_update(keep.id, third.id, "Rolled out", date="2027-03-01", status="done")
    history = actions.get(keep.id).updates
    assert [u.text for u in history] == ["Supplier chosen", "Pilot running", "Rolled out"]
    assert [u.session_id for u in history] == [world.second, world.second, third.id]
    assert [a.id for a in actions.open_from_earlier(third.id)] == [later.id]

    log = actions.for_workshop(world.workshop)
    assert [a.id for a in log] == [keep.id, finish.id, closed.id, later.id]


def test_progress_update_can_drop_with_its_text_as_reason(
    fixed_services: Services, world: ActionsWorld
) -> None:
    action = fixed_services.actions.create(world.first, "Banked minutes", status="agreed")
    dropped = fixed_services.actions.add_update(
        action.id, world.second, "The contract does not allow it.", status="dropped"
    )
    assert dropped.status == "dropped"
    assert dropped.dropped_reason == "The contract does not allow it."


def test_progress_update_refusals(fixed_services: Services, world: ActionsWorld) -> None:
    actions = fixed_services.actions
    action = actions.create(world.first, "Texts", status="agreed")
    other_session = fixed_services.sessions.list(world.other_workshop)[0].id
    with pytest.raises(ValidationError, match="another workshop"):
        actions.add_update(action.id, other_session, "Wrong place")
    with pytest.raises(ValidationError, match="progress update is empty"):
        actions.add_update(action.id, world.second, "   ")
    with pytest.raises(ValidationError, match="date"):
        actions.add_update(action.id, world.second, "Fine", date="yesterday")
    with pytest.raises(ValidationError, match="use one of") as e:
        actions.add_update(action.id, world.second, "Fine", status="finished")
    assert e.value.field == "status"
    assert actions.get(action.id).updates == ()


def test_unknown_workshop_and_note(fixed_services: Services, world: ActionsWorld) -> None:
    with pytest.raises(NotFoundError, match="no workshop with id 999"):
        fixed_services.actions.for_workshop(999)
    with pytest.raises(NotFoundError, match="no note with id 999"):
        fixed_services.actions.actions_for_note(999)
