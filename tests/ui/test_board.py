"""The board scene and view driven with real mouse and key events over a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Board
from ui.board.items import NoteItem
from ui.board.scene import BoardOptions, BoardScene
from ui.board.view import BoardView
from ui.projector import PresentationWindow
from workshop import layout
from workshop.room import Room
from workshop.services import Services
from workshop.views import NoteView


def _state(note: NoteView) -> tuple[object, ...]:
    """Everything about a note a person can see or change on the board."""
    return (
        note.id,
        note.column_id,
        note.text,
        note.author_id,
        note.role,
        note.theme_id,
        note.x,
        note.y,
        note.colour,
        note.hidden,
    )


def _board_state(services: Services, session_id: int) -> tuple[object, ...]:
    snapshot = services.sessions.board(session_id)
    return (
        tuple(_state(n) for n in snapshot.notes),
        tuple((c.id, c.title, c.position) for c in snapshot.columns),
        tuple((t.id, t.title) for t in snapshot.themes),
    )


def _add(board: Board, text: str, column: int = 0, **kwargs: object) -> NoteView:
    return board.services.board.add_note(
        board.session_id, board.columns[column].id, text, role="carer", **kwargs
    )


def test_board_opens_with_lanes_notes_and_names_only_with_consent(
    board: Board, workshop_with_session: dict[str, int]
) -> None:
    ann = _add(board, "Ann said this", author_id=workshop_with_session["ann"])
    raj = _add(board, "Raj said that", author_id=workshop_with_session["raj"])
    assert [lane.column.title for lane in board.scene.ordered_lanes()] == [
        c.title for c in board.columns
    ]
    # Raj consented to be named; Ann did not, so her note shows her role only.
    assert board.scene.notes[raj.id].author_label == "Raj Example"
    assert board.scene.notes[ann.id].author_label == "Person with lived experience"


def test_a_change_published_by_the_services_appears_at_once(board: Board) -> None:
    note = _add(board, "From a phone")
    item = board.scene.notes[note.id]
    assert item.note.text == "From a phone"
    assert item.pos().x() == board.scene.lanes[note.column_id].x() + note.x
    board.services.board.edit_note(note.id, "Edited elsewhere")
    assert board.scene.notes[note.id].note.text == "Edited elsewhere"
    column = board.services.board.add_column(board.session_id, "Ideas from the floor")
    assert board.scene.lanes[column.id].column.title == "Ideas from the floor"
    board.services.board.delete_notes([note.id])
    assert note.id not in board.scene.notes


def test_drag_a_note_to_another_lane_with_the_mouse_changes_its_column(
    qtbot: QtBot, board: Board
) -> None:
    note = _add(board, "Move me")
    item = board.scene.notes[note.id]
    start = board.viewport_point(item)
    target_lane = board.scene.lanes[board.columns[1].id]
    offset = target_lane.x() - board.scene.lanes[board.columns[0].id].x()
    end = start + QPoint(round(offset * board.view.zoom()), 40)
    viewport = board.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = board.services.board.get_note(note.id)
    assert moved.column_id == board.columns[1].id
    assert (moved.x, moved.y) != (note.x, note.y)
    assert board.scene.notes[note.id].pos() == board.scene.note_scene_pos(moved)
    board.undo_stack.undo()
    back = board.services.board.get_note(note.id)
    assert (back.column_id, back.x, back.y) == (note.column_id, note.x, note.y)
    board.undo_stack.redo()
    assert board.services.board.get_note(note.id).column_id == board.columns[1].id


def test_edit_in_place_then_undo_and_redo(qtbot: QtBot, board: Board) -> None:
    note = _add(board, "First words")
    before = _board_state(board.services, board.session_id)
    item = board.scene.notes[note.id]
    qtbot.mouseDClick(
        board.view.viewport(), Qt.MouseButton.LeftButton, pos=board.viewport_point(item)
    )
    editor = board.view.inline_editor
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Better words")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert board.services.board.get_note(note.id).text == "Better words"
    assert board.scene.notes[note.id].note.text == "Better words"
    after = _board_state(board.services, board.session_id)
    board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == before
    board.undo_stack.redo()
    assert _board_state(board.services, board.session_id) == after


def test_escape_cancels_an_edit(qtbot: QtBot, board: Board) -> None:
    note = _add(board, "Keep me")
    board.scene.notes[note.id].setSelected(True)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = board.view.inline_editor
    assert editor is not None
    qtbot.keyClicks(editor, "Throw this away")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert board.services.board.get_note(note.id).text == "Keep me"
    assert board.undo_stack.count() == 0


def test_delete_then_undo_restores_the_exact_note(qtbot: QtBot, board: Board) -> None:
    keep = _add(board, "Stays")
    gone = _add(board, "Goes", column=1)
    board.services.board.group(board.session_id, "A theme", [gone.id])
    before = _board_state(board.services, board.session_id)
    board.scene.select_notes([gone.id])
    board.editor.delete_notes(board.scene.selected_note_ids())
    assert gone.id not in board.scene.notes
    assert [n.id for n in board.services.board.notes(board.session_id)] == [keep.id]
    after = _board_state(board.services, board.session_id)
    board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == before
    assert board.scene.notes[gone.id].note.theme_id is not None
    board.undo_stack.redo()
    assert _board_state(board.services, board.session_id) == after


def test_group_rename_ungroup_with_undo(qtbot: QtBot, board: Board) -> None:
    a = _add(board, "One")
    b = _add(board, "Two")
    before = _board_state(board.services, board.session_id)
    board.scene.select_notes([a.id, b.id])
    board.editor.group("Getting through", [i.note for i in board.scene.selected_notes()])
    grouped = _board_state(board.services, board.session_id)
    (theme_id,) = board.scene.themes
    frame = board.scene.themes[theme_id]
    assert frame.isVisible()
    # The frame is fitted once the grouping's burst of note events is folded in.
    qtbot.waitUntil(
        lambda: frame.frame_rect().contains(board.scene.notes[a.id].sceneBoundingRect().center())
    )
    board.editor.rename_theme(frame.theme, "Getting help")
    assert board.scene.themes[theme_id].theme.title == "Getting help"
    board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == grouped
    board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == before
    assert board.scene.themes == {}
    board.undo_stack.redo()
    assert _board_state(board.services, board.session_id) == grouped
    board.editor.ungroup(theme_id)
    assert board.services.board.get_note(a.id).theme_id is None
    board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == grouped


def test_undoing_a_grouping_moves_back_what_it_gathered_even_after_a_deletion(
    board: Board,
) -> None:
    first, between, last = _add(board, "First"), _add(board, "Between"), _add(board, "Last")
    places = {n.id: (n.x, n.y) for n in board.services.board.notes(board.session_id)}
    board.editor.group("Ends", [first, last])
    grouped = {n.id: (n.x, n.y) for n in board.services.board.notes(board.session_id)}
    assert grouped[between.id] != places[between.id], "gathering made room for the members"
    # A phone deletes its note meanwhile (no undo step); undo still puts the rest back.
    board.services.board.delete_note(between.id)
    board.undo_stack.undo()
    assert board.scene.themes == {}
    after = {n.id: (n.x, n.y) for n in board.services.board.notes(board.session_id)}
    assert after == {i: p for i, p in places.items() if i != between.id}


def test_recolour_and_undo(board: Board) -> None:
    note = _add(board, "Paint me")
    board.editor.recolour_notes([note], "#cdefd5")
    assert board.services.board.get_note(note.id).colour == "#cdefd5"
    assert board.scene.notes[note.id].note.colour == "#cdefd5"
    board.undo_stack.undo()
    assert board.services.board.get_note(note.id).colour == ""


def test_column_add_rename_reorder_remove_each_undo(board: Board) -> None:
    note = _add(board, "In the first lane")
    before = _board_state(board.services, board.session_id)
    board.editor.add_column("Questions")
    added = board.services.board.columns(board.session_id)[-1]
    assert board.scene.lanes[added.id].column.title == "Questions"
    board.editor.rename_column(added, "Open questions")
    board.editor.move_column(board.services.board.columns(board.session_id)[-1], 0)
    assert board.scene.lanes[added.id].x() == 0
    first = board.columns[0]
    board.editor.remove_column(first.id)
    assert note.id not in board.scene.notes
    assert first.id not in board.scene.lanes
    board.undo_stack.undo()
    assert board.scene.notes[note.id].note.column_id == first.id
    for _ in range(3):
        board.undo_stack.undo()
    assert _board_state(board.services, board.session_id) == before
    assert set(board.scene.lanes) == {c.id for c in board.columns}


def test_refused_change_is_reported_and_not_stacked(qtbot: QtBot, board: Board) -> None:
    note = _add(board, "Locked in")
    board.services.sessions.update(board.session_id, board_locked=True)
    with qtbot.waitSignal(board.editor.refused) as refusal:
        board.editor.edit_note(note, "Changed")
    assert refusal.args == ["The facilitator has locked the board."]
    assert board.undo_stack.count() == 0


def test_rubber_band_selects_several_notes(qtbot: QtBot, board: Board) -> None:
    a = _add(board, "One")
    b = _add(board, "Two")
    c = _add(board, "Elsewhere", column=2)
    lane = board.scene.lanes[board.columns[0].id]
    top_left = board.view.mapFromScene(lane.pos() + lane.boundingRect().topLeft()) + QPoint(4, 70)
    bottom_right = board.view.mapFromScene(
        board.scene.notes[b.id].sceneBoundingRect().bottomRight()
    )
    viewport = board.view.viewport()
    with qtbot.waitSignal(board.view.note_selection_changed):
        QTest.mousePress(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, top_left
        )
        for step in range(1, 6):
            QTest.mouseMove(
                viewport, top_left + (bottom_right + QPoint(5, 5) - top_left) * step / 5
            )
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bottom_right
        )
    assert board.view.selected_note_ids() == [a.id, b.id]
    assert c.id not in board.view.selected_note_ids()


def test_keyboard_moves_between_notes(qtbot: QtBot, board: Board) -> None:
    a = _add(board, "Top left")
    b = _add(board, "Top right")
    c = _add(board, "Below")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    assert board.view.selected_note_ids() == [a.id]
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    assert board.view.selected_note_ids() == [b.id]
    qtbot.keyClick(board.view, Qt.Key.Key_Left)
    qtbot.keyClick(board.view, Qt.Key.Key_Down)
    assert board.view.selected_note_ids() == [c.id]


def test_zoom_fit_and_highlight(qtbot: QtBot, board: Board) -> None:
    a = _add(board, "Linked to an action")
    board.view.set_zoom(1.0)
    event_zoom = board.view.zoom()
    board.view.zoom_in()
    assert board.view.zoom() > event_zoom
    board.view.fit_board()
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert visible.width() >= board.scene.board_rect().width() or board.view.zoom() == 0.45
    board.view.highlight_notes([a.id])
    assert board.scene.notes[a.id].highlighted
    board.view.clear_highlight()
    assert not board.scene.notes[a.id].highlighted


def test_hidden_and_pending_notes_are_marked_for_the_facilitator_and_kept_off_the_projector(
    qtbot: QtBot, board: Board
) -> None:
    column = board.columns[0]
    board.services.board.set_column_silent(column.id, True)
    hidden = _add(board, "Silent thought")
    item = board.scene.notes[hidden.id]
    assert "HIDDEN" in item.markers()
    assert item.opacity() < 1.0
    # The real projector, as the app builds it: a view of the Room with the session open.
    room = Room(board.services)
    projector = PresentationWindow(room)
    qtbot.addWidget(projector)
    room.open(board.session_id)
    private = board.services.board.add_note(
        board.session_id, board.columns[1].id, "Not for the room", role="carer"
    )
    board.services.board.set_note_private(private.id, True)
    assert private.id in board.scene.notes  # the facilitator still sees it
    shown = projector.scene.note_items()
    assert hidden.id not in shown and private.id not in shown
    board.services.board.reveal(board.session_id)
    assert set(projector.scene.note_items()) == {hidden.id}
    assert board.scene.notes[hidden.id].opacity() == 1.0


def test_note_text_is_drawn(board: Board) -> None:
    note = _add(board, "Words on the wall " * 40)
    item: NoteItem = board.scene.notes[note.id]
    text_layout = item.text_layout()
    height = text_layout.boundingRect().height()
    assert 0 < height <= layout.NOTE_HEIGHT
    image = QImage(220, 160, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    board.scene.render(painter, source=item.sceneBoundingRect())
    painter.end()
    assert len({image.pixel(x, y) for x in range(0, 220, 3) for y in range(0, 160, 3)}) > 5


def test_middle_drag_pans_and_ctrl_wheel_zooms(qtbot: QtBot, board: Board) -> None:
    for index in range(12):
        _add(board, f"Note {index}")
    board.view.set_zoom(1.5)
    viewport = board.view.viewport()
    bar = board.view.verticalScrollBar()
    bar.setValue(bar.minimum())
    start = QPoint(600, 600)
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start - QPoint(0, 200))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.MiddleButton,
        Qt.KeyboardModifier.NoModifier,
        start - QPoint(0, 200),
    )
    assert bar.value() == bar.minimum() + 200
    before = board.view.zoom()
    qtbot.keyClick(board.view, Qt.Key.Key_Space)  # a tap of space alone changes nothing
    assert board.view.zoom() == before
    wheel = QWheelEvent(
        QPointF(400, 300),
        QPointF(viewport.mapToGlobal(QPoint(400, 300))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert board.view.zoom() == pytest.approx(before / 1.25)


def test_read_only_scene_cannot_be_dragged_or_edited(qtbot: QtBot, board: Board) -> None:
    note = _add(board, "Look, do not touch")
    scene = BoardScene(board.services, BoardOptions(read_only=True))
    scene.load(board.session_id)
    view = BoardView(scene)
    qtbot.addWidget(view)
    item = scene.notes[note.id]
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    assert view.edit_note(item) is None


def test_a_lane_count_keeps_its_number_in_a_wordier_language(board: Board) -> None:
    lane = next(iter(board.scene.lanes.values()))
    room = 66.0  # the space beside the title, under the lane's number
    english = lane.count_font("15 notes", room)
    assert english.pixelSize() == 12
    welsh = lane.count_font("15 o nodiadau", room)
    assert 9 <= welsh.pixelSize() < 12
    assert QFontMetricsF(welsh).horizontalAdvance("15 o nodiadau") <= room
