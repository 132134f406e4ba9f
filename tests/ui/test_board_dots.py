"""Dots on the laptop's board: each note shows its count and a row of circles, as votes arrive."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Board
from tests.ui.room_scale import DOTS, fill_room, open_voting
from ui.board.items import NoteItem
from ui.board.render import board_image_scene, render_image
from workshop.services import Services


def _cast_room_dots(services: Services, room) -> Counter[int]:
    """Every person places all their dots, spread over the board; returns dots per note."""
    notes = room.note_ids
    expected: Counter[int] = Counter()
    for p, person in enumerate(room.citizens + room.professionals):
        for k in range(DOTS):
            note_id = notes[(p * 7 + k * 13) % len(notes)]
            services.votes.cast(room.session_id, person, note_id)
            expected[note_id] += 1
    return expected


def _item_image(item: NoteItem) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(-rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_ninety_notes_show_the_dots_twenty_people_placed(
    qtbot: QtBot,
    board: Board,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=90)
    open_voting(services, board.session_id)
    expected = _cast_room_dots(services, room)
    assert sum(expected.values()) == 100
    for note_id, item in board.scene.notes.items():
        assert item.dots == expected[note_id]
        if item.dots:
            # Count and circles inside the card, in words for the tooltip (not colour alone).
            assert item.shape().boundingRect().contains(item.dots_rect())
            word = "1 dot" if item.dots == 1 else f"{item.dots} dots"
            assert word in item.toolTip()
        else:
            assert item.dots_rect().isEmpty()
            assert "dot" not in item.toolTip()
    # A reload from the record agrees with what the events built up.
    board.scene.load(board.session_id)
    assert {i: item.dots for i, item in board.scene.notes.items()} == {
        i: expected[i] for i in room.note_ids
    }
    render_image(board.scene, 1920, 1080).save(str(tmp_path / "dots.png"))


def test_a_dot_taken_back_disappears_and_the_drawing_changes(
    qtbot: QtBot, board: Board, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=60)
    open_voting(services, board.session_id)
    note_id = room.note_ids[3]
    item = board.scene.notes[note_id]
    plain = _item_image(item)
    votes = [services.votes.cast(board.session_id, p, note_id) for p in room.citizens[:3]]
    assert item.dots == 3
    three = _item_image(item)
    assert three != plain
    services.votes.retract(votes[0].id)
    assert item.dots == 2
    two = _item_image(item)
    assert two not in (plain, three)
    for vote in votes[1:]:
        services.votes.retract(vote.id)
    assert item.dots == 0
    assert _item_image(item) == plain


def test_many_dots_draw_five_circles_and_the_number(
    qtbot: QtBot, board: Board, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=60)
    open_voting(services, board.session_id)
    note_id = room.note_ids[0]
    for person in room.citizens + room.professionals:
        services.votes.cast(board.session_id, person, note_id)
    item = board.scene.notes[note_id]
    assert item.dots == 20
    pill = item.dots_rect()
    card = QRectF(0, 0, 200, 140)
    assert card.contains(pill)
    # Twenty dots fit the same pill as five, plus the wider number.
    assert pill.width() < 120


def test_dots_follow_the_audience_rule_of_the_board_image(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    room = fill_room(services, workshop_with_session["workshop"], sid, notes=60)
    open_voting(services, sid)
    public, private = room.note_ids[0], room.note_ids[1]
    for person in room.citizens[:2]:
        services.votes.cast(sid, person, public)
        services.votes.cast(sid, person, private)
    services.board.set_note_private(private, True)
    image_scene = board_image_scene(services, sid)
    assert image_scene.notes[public].dots == 2
    # Off the record: neither the note nor its dots leave the app.
    assert private not in image_scene.notes
    assert image_scene.dots_on(private) == 0


def test_the_author_stays_readable_beside_the_dots(
    qtbot: QtBot, board: Board, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=60)
    open_voting(services, board.session_id)
    item = board.scene.notes[room.note_ids[5]]
    services.votes.cast(board.session_id, room.citizens[0], item.note_id)
    image = _item_image(item)
    # The footer left of the pill holds dark ink (the author's name), not text drawn in white.
    footer = QRectF(40, 140 - 26, item.dots_rect().left() - 44, 22).translated(
        -item.boundingRect().topLeft()
    )
    dark = sum(
        1
        for x in range(int(footer.left()), int(footer.right()))
        for y in range(int(footer.top()), int(footer.bottom()))
        if QColor(image.pixel(x, y)).lightness() < 80
    )
    assert dark > 20
