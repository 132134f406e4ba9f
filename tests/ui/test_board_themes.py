"""Theme frames on the laptop's board enclose exactly their members, whichever lanes they are in."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Board
from tests.ui.room_scale import fill_room
from ui.board.render import render_image
from ui.board.scene import BoardScene
from workshop import layout
from workshop.services import Services


def _card(scene: BoardScene, note_id: int) -> QRectF:
    return scene.notes[note_id].scene_card()


def _settled_frames(qtbot: QtBot, scene: BoardScene) -> int:
    """`_assert_exact_frames` once the frames are fitted: they wait for the end of a burst of
    note events (a grouping moves many notes at once)."""
    checked: list[int] = []

    def exact() -> None:
        checked.append(_assert_exact_frames(scene))

    qtbot.waitUntil(exact)
    return checked[-1]


def _assert_exact_frames(scene: BoardScene) -> int:
    """Every member inside a frame of its theme; no frame touching a note outside the theme."""
    checked = 0
    for theme_id, frame in scene.themes.items():
        members = set(scene.theme_members(theme_id))
        rects = frame.frame_rects()
        assert bool(rects) == bool(members)
        for note_id in members:
            assert any(r.contains(_card(scene, note_id)) for r in rects), note_id
        for note_id in set(scene.notes) - members:
            card = _card(scene, note_id)
            assert not any(r.intersects(card) for r in rects), (theme_id, note_id)
        # One label per frame, each naming the theme.
        assert len(frame.labels) == len(rects)
        assert all(label.scene() is scene for label in frame.labels)
        checked += 1
    return checked


def test_a_theme_across_lanes_is_framed_per_lane_and_never_around_others(
    qtbot: QtBot,
    board: Board,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=90)
    ids = room.note_ids
    # Notes are dealt round the four lanes: ids[0], ids[4], ... are lane 1; ids[1], ... lane 2.
    spanning = services.board.group(
        board.session_id, "Buses after six 🚌", [ids[0], ids[4], ids[8], ids[1], ids[9]]
    )
    scattered = services.board.group(
        board.session_id,
        "ہمیں بسوں کی ضرورت — scattered",
        [ids[2], ids[22], ids[42], ids[3], ids[63]],
        gather=False,
    )
    lone = services.board.group(board.session_id, "Llanfairpwllgwyngyll", [ids[47]])
    scene = board.scene
    assert _settled_frames(qtbot, scene) == 3
    # Lane 2's members sit in lane 2, lane 1's were gathered: at least one frame per lane.
    assert len(scene.themes[spanning.id].frame_rects()) >= 2
    # Members with other notes between them get frames of their own.
    assert len(scene.themes[scattered.id].frame_rects()) >= 4
    assert len(scene.themes[lone.id].frame_rects()) == 1
    render_image(scene, 1920, 1080).save(str(tmp_path / "themes.png"))

    # The frames follow the board: a member moved far down its lane, a stranger moved into
    # the place it left, a member removed, a note added.
    freed = services.board.get_note(ids[9])
    services.board.move_notes([(ids[9], freed.column_id, 16.0, 2400.0)])
    _settled_frames(qtbot, scene)
    assert len(scene.themes[spanning.id].frame_rects()) >= 3
    services.board.move_notes([(ids[13], freed.column_id, freed.x, freed.y)])
    _settled_frames(qtbot, scene)
    services.board.delete_notes([ids[4]])
    _settled_frames(qtbot, scene)
    services.board.add_note(board.session_id, room.column_ids[0], "New arrival 🆕", role="carer")
    _settled_frames(qtbot, scene)
    # A fresh load draws the same frames as the events built.
    before = {t: f.frame_rects() for t, f in scene.themes.items()}
    scene.load(board.session_id)
    assert {t: f.frame_rects() for t, f in scene.themes.items()} == before


def test_ungrouping_takes_every_frame_and_label_off_the_board(
    qtbot: QtBot, board: Board, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=60)
    ids = room.note_ids
    theme = services.board.group(board.session_id, "Apart", [ids[0], ids[1], ids[2]], gather=False)
    frame = board.scene.themes[theme.id]
    qtbot.waitUntil(lambda: len(frame.labels) == 3)  # fitted once the grouping is folded in
    labels = list(frame.labels)
    services.board.ungroup(theme.id)
    assert theme.id not in board.scene.themes
    assert all(label.scene() is None for label in labels)
    assert frame.scene() is None


def test_enclosing_boxes_merge_only_around_clear_space() -> None:
    # Three members in a column with a stranger between the second and the third.
    a, b, c = (0, 0, 10, 10), (0, 12, 10, 22), (0, 36, 10, 46)
    stranger = (0, 24, 10, 34)
    assert layout.enclosing_boxes([a, b, c], [stranger]) == [(0, 0, 10, 22), (0, 36, 10, 46)]
    assert layout.enclosing_boxes([a, b, c], []) == [(0, 0, 10, 46)]
    assert layout.enclosing_boxes([], [stranger]) == []


@given(st.lists(st.booleans(), min_size=1, max_size=60))
def test_enclosing_boxes_hold_every_member_and_no_other_note(membership: list[bool]) -> None:
    slots = [layout.slot_position(i) for i in range(len(membership))]
    boxes = [(x, y, x + layout.NOTE_WIDTH, y + layout.NOTE_HEIGHT) for x, y in slots]
    members = [b for b, m in zip(boxes, membership, strict=True) if m]
    others = [b for b, m in zip(boxes, membership, strict=True) if not m]
    result = layout.enclosing_boxes(members, others)
    for member in members:
        assert any(
            r[0] <= member[0] and r[1] <= member[1] and member[2] <= r[2] and member[3] <= r[3]
            for r in result
        )
    for other in others:
        assert not any(
            r[0] < other[2] and other[0] < r[2] and r[1] < other[3] and other[1] < r[3]
            for r in result
        )
    assert len(result) <= len(members)
