"""The Room without widgets: its board, tallies and live session stay what a fresh read says."""

from __future__ import annotations

import functools
import operator

import pytest

from tests.live.conftest import Client
from workshop.room import Aspect, ProjectorMode, Room, headless_events
from workshop.services import Services
from workshop.views import BoardSnapshot


def _same(room_board: BoardSnapshot | None, fresh: BoardSnapshot) -> None:
    assert room_board is not None
    assert room_board.session == fresh.session
    assert room_board.columns == fresh.columns
    assert room_board.themes == fresh.themes
    assert room_board.notes == fresh.notes
    assert room_board.votes == fresh.votes
    assert set(room_board.participants) == set(fresh.participants)
    assert room_board.attendee_ids == fresh.attendee_ids


def test_every_kind_of_change_is_folded_into_the_open_board(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]
    room = Room(services)
    told: list[tuple[int, Aspect]] = []
    room.board_changed.connect(lambda session_id, aspect: told.append((session_id, aspect)))
    room.open(sid)
    board = services.board
    columns = board.columns(sid)
    a = board.add_note(sid, columns[0].id, "Same carer", author_id=ann)
    b = board.add_note(sid, columns[0].id, "Travel time", author_id=raj)
    c = board.add_note(sid, columns[1].id, "Night line", role="carer")
    board.move_note(c.id, columns[2].id, 10, 10)
    board.edit_note(b.id, "Travel time is unpaid")
    theme = board.group(sid, "Continuity", [a.id, b.id])
    board.rename_theme(theme.id, "Same faces")
    board.set_column_silent(columns[1].id, True)
    hidden = board.add_note(sid, columns[1].id, "Quiet one", role="carer")
    board.reveal(sid)
    services.participants.set_attendance(sid, ann, True)
    vote = next(s.position for s in services.sessions.get(sid).stages if s.kind == "vote")
    room.set_stage(vote)
    services.votes.cast(sid, ann, a.id)
    services.votes.cast(sid, raj, b.id)
    services.votes.cast(sid, raj, hidden.id)
    deleted = board.delete_note(hidden.id)  # its dot goes with it
    board.restore_notes([deleted])
    board.ungroup(theme.id)
    removed, _notes = board.remove_column(columns[2].id)
    board.add_column(sid, "Later")
    services.participants.add(workshop_with_session["workshop"], "Nia Newcomer", "carer")
    services.sessions.update(sid, board_locked=True)
    _same(room.board, services.sessions.board(sid))
    assert removed.id not in {c.id for c in room.board.columns}  # type: ignore[union-attr]
    assert {session_id for session_id, _ in told} == {sid}
    assert Aspect.VOTES in functools.reduce(operator.or_, (aspect for _, aspect in told))

    tallies = room.tallies
    assert tallies is not None
    assert tallies.dots_used == {ann: 1, raj: 1}
    assert [t.note.id for t in tallies.notes] == sorted([a.id, b.id])
    assert tallies is room.tallies  # computed once per change, shared by every view
    # The clock follows the stage the Room moved to.
    stage = services.sessions.get(sid).stage
    assert stage is not None and room.countdown.remaining() == stage.minutes * 60


def test_another_session_is_not_mirrored_and_a_removed_one_is_let_go(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    other = services.sessions.create(workshop_with_session["workshop"], "Other", columns=["A"])
    room = Room(services)
    room.open(sid)
    services.board.add_note(
        other.id, services.board.columns(other.id)[0].id, "Elsewhere", role="carer"
    )
    assert room.board_of(other.id) is None
    assert all(n.session_id == sid for n in room.board.notes)  # type: ignore[union-attr]
    opened: list[object] = []
    room.session_opened.connect(opened.append)
    services.sessions.delete(sid)
    assert opened == [None] and room.board is None and room.session_id is None


def test_projector_state_follows_the_facilitator(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    room = Room(services)
    room.open(sid)
    columns = services.board.columns(sid)
    note = services.board.add_note(sid, columns[1].id, "Pick me", role="carer")
    states = []
    room.projector_changed.connect(states.append)
    room.select_notes([note.id])
    assert room.projector.column_id == columns[1].id
    room.show_on_projector(ProjectorMode.COLUMN)
    room.set_text_scale(9)
    assert room.projector.mode is ProjectorMode.COLUMN and room.projector.text_scale == 3.0
    assert states[-1] == room.projector
    services.board.remove_column(columns[1].id)
    assert room.projector.column_id == columns[0].id


def test_serve_without_widgets_keeps_the_live_board_current(
    qapp: object, services: Services, workshop_with_session: dict[str, int]
) -> None:
    """What `workshop serve` builds: a Room, no window; queued events delivered by hand.

    (`qapp` first: in this test run a bare QCoreApplication would leave no room for widgets.)
    """
    sid = workshop_with_session["session"]
    room = Room(services)
    live = room.start_live(sid, host="127.0.0.1")
    try:
        assert room.session_id is None and room.live_session_id == sid
        phone = Client(int(live.address.rsplit(":", 1)[1]), live.code)
        phone.join("carer")
        column = phone.state()["columns"][0]["id"]
        sent = phone.api("POST", "notes", {"column": column, "text": "From a phone"})
        assert sent.status == 201
        deliver_events = headless_events()
        for _ in range(200):
            deliver_events()
            board = room.board_of(sid)
            if board is not None and board.notes:
                break
        board = room.board_of(sid)
        assert board is not None and [n.text for n in board.notes] == ["From a phone"]
        assert room.joined_count() == 1
    finally:
        room.stop_live()
    assert room.live is None and room.board_of(sid) is None
    with pytest.raises(RuntimeError):
        room.start_live()  # no session open, none given
