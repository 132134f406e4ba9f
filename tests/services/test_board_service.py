"""The board's service layer: columns, notes, themes, events after commit."""

from __future__ import annotations

import pytest

from workshop.errors import ConflictError, LockedError, StageError, ValidationError
from workshop.rules import Actor
from workshop.services import Services


def test_note_added_event_carries_committed_snapshot(
    services: Services, workshop_with_session, database
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    seen = []

    def on_added(view) -> None:
        # The change is committed before the event: a fresh read sees it.
        seen.append((view, [n.id for n in services.board.notes(ids["session"])]))

    services.events.note_added.connect(on_added)
    note = services.board.add_note(ids["session"], column.id, "Hello", author_id=ids["ann"])
    assert seen == [(note, [note.id])]
    assert note.role == "lived_experience"


def test_moving_between_lanes_changes_column(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    first, second = services.board.columns(ids["session"])[:2]
    note = services.board.add_note(ids["session"], first.id, "Move me", role="carer")
    moved = services.board.move_note(note.id, second.id, 30.0, 90.0)
    assert (moved.column_id, moved.x, moved.y) == (second.id, 30.0, 90.0)
    assert services.board.get_note(note.id).column_id == second.id


def test_delete_and_restore_keep_everything(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(ids["session"], column.id, "Keep me", author_id=ids["raj"])
    theme = services.board.group(ids["session"], "Theme", [note.id])
    before = services.board.get_note(note.id)
    services.board.delete_note(note.id)
    assert services.board.notes(ids["session"]) == []
    (restored,) = services.board.restore_notes([before])
    assert (restored.id, restored.text, restored.theme_id, restored.created_at) == (
        before.id,
        before.text,
        theme.id,
        before.created_at,
    )


def test_column_reorder_and_remove_with_restore(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    columns = services.board.columns(ids["session"])
    note = services.board.add_note(ids["session"], columns[1].id, "In lane two", role="community")
    ordered = services.board.move_column(columns[0].id, 3)
    assert [c.id for c in ordered] == [columns[1].id, columns[2].id, columns[3].id, columns[0].id]
    column, notes = services.board.remove_column(columns[1].id)
    assert [n.id for n in notes] == [note.id]
    assert services.board.notes(ids["session"]) == []
    services.board.restore_column(column, notes)
    assert services.board.columns(ids["session"])[0].id == columns[1].id
    assert services.board.get_note(note.id).text == "In lane two"


def test_group_rename_ungroup(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    a = services.board.add_note(ids["session"], column.id, "A", role="carer")
    b = services.board.add_note(ids["session"], column.id, "B", role="carer")
    theme = services.board.group(ids["session"], "Access", [a.id, b.id])
    assert services.board.rename_theme(theme.id, "Getting in").title == "Getting in"
    removed, members = services.board.ungroup(theme.id)
    assert members == [a.id, b.id]
    assert services.board.themes(ids["session"]) == []
    assert services.board.get_note(a.id).theme_id is None
    services.board.restore_theme(removed, members)
    assert services.board.get_note(b.id).theme_id == theme.id


def test_stale_edit_is_refused_not_overwritten(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(ids["session"], column.id, "Original", role="carer")
    services.board.edit_note(note.id, "First writer", expected_version=note.version)
    with pytest.raises(ConflictError):
        services.board.edit_note(note.id, "Second writer", expected_version=note.version)
    assert services.board.get_note(note.id).text == "First writer"


def test_device_notes_follow_stage_rules(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    session = services.sessions.get(ids["session"])
    column = services.board.columns(ids["session"])[0]
    # No stage set: open for notes.
    services.board.add_note(ids["session"], column.id, "open", role="carer", actor=Actor.DEVICE)
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(ids["session"], vote_stage)
    with pytest.raises(StageError):
        services.board.add_note(
            ids["session"], column.id, "closed", role="carer", actor=Actor.DEVICE
        )
    # The scribe at the laptop can still take notes.
    services.board.add_note(ids["session"], column.id, "scribe", role="carer")
    services.sessions.update(ids["session"], board_locked=True)
    with pytest.raises(LockedError):
        services.board.add_note(ids["session"], column.id, "locked", role="carer")


def test_votes_only_while_prioritising_and_within_dots(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    session = services.sessions.get(ids["session"])
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(ids["session"], column.id, "Vote for me", role="carer")
    with pytest.raises(StageError, match="Voting is closed"):
        services.votes.cast(ids["session"], ids["ann"], note.id)
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(ids["session"], vote_stage)
    services.sessions.update(ids["session"], votes_per_participant=2)
    services.votes.cast(ids["session"], ids["ann"], note.id)
    services.votes.cast(ids["session"], ids["ann"], note.id)
    with pytest.raises(StageError, match="dots"):
        services.votes.cast(ids["session"], ids["ann"], note.id)
    assert services.votes.votes_left(ids["session"], ids["ann"]) == 0
    assert services.votes.votes_left(ids["session"], ids["raj"]) == 2


def test_final_record_is_locked_until_deliberately_unlocked(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    note = services.board.add_note(ids["session"], column.id, "Before", role="carer")
    final = services.sessions.mark_final(ids["session"], "2026-12-08")
    assert final.is_final and final.checked_on.isoformat() == "2026-12-08"
    with pytest.raises(LockedError):
        services.board.edit_note(note.id, "After")
    # Redaction protects people and stays possible.
    services.board.redact_note(note.id, "[removed]")
    services.sessions.unlock(ids["session"])
    services.board.edit_note(note.id, "After")
    events = [event for _, event, _ in services.sessions.record(ids["session"]).audit]
    assert events == ["record_final", "record_unlocked"]


def test_client_id_makes_device_submissions_idempotent(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    first = services.board.add_note(
        ids["session"], column.id, "Once", author_id=ids["ann"], client_id="abc", actor=Actor.DEVICE
    )
    again = services.board.add_note(
        ids["session"], column.id, "Once", author_id=ids["ann"], client_id="abc", actor=Actor.DEVICE
    )
    assert again.id == first.id
    assert len(services.board.notes(ids["session"])) == 1


def test_column_of_another_session_is_refused(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    other = services.sessions.create(ids["workshop"], "Other", columns=["Only"])
    other_column = services.board.columns(other.id)[0]
    with pytest.raises(ValidationError, match="another session"):
        services.board.add_note(ids["session"], other_column.id, "Lost", role="carer")


def test_grouping_gathers_members_so_the_frame_holds_only_them(
    services: Services, workshop_with_session
) -> None:
    from workshop import layout

    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    notes = [
        services.board.add_note(ids["session"], column.id, f"Note {i}", role="carer")
        for i in range(7)
    ]
    members = {notes[0].id, notes[3].id, notes[6].id}
    services.board.group(ids["session"], "Spread out", sorted(members))
    placed = {n.id: n for n in services.board.notes(ids["session"])}
    inside = [placed[i] for i in members]
    left = min(n.x for n in inside)
    top = min(n.y for n in inside)
    right = max(n.x for n in inside) + layout.NOTE_WIDTH
    bottom = max(n.y for n in inside) + layout.NOTE_HEIGHT
    for note in placed.values():
        if note.id in members:
            continue
        overlaps = not (
            note.x >= right
            or note.x + layout.NOTE_WIDTH <= left
            or note.y >= bottom
            or note.y + layout.NOTE_HEIGHT <= top
        )
        assert not overlaps, f"{note.text} sits inside the theme's frame"
    positions = {(n.x, n.y) for n in placed.values()}
    assert len(positions) == len(placed), "no two notes share a slot"
