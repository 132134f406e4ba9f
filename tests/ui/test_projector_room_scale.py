"""The projector at real-room scale: 60 to 120 notes of 8–15 words, odd pasted text included.

Every note in scope on one screen at the largest text that fits (at least 20 px for 60 notes at
1080p), never below 18 px; a board too big for that degrades to theme cards or to one lane at a
time, as the facilitator chooses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize

from tests.room_scale import ODD_TEXTS, RoomBoard, build_board
from ui.projector import PresentationWindow
from ui.projector.scene import NoteCard
from workshop import audience
from workshop.room import Overflow, ProjectorMode, Room
from workshop.services import Services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SCREENS = [QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768)]


def projector(qtbot, services: Services, board: RoomBoard, size: QSize) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(board.session_id)
    window.render_image(size)
    return window


def card_rects(window: PresentationWindow) -> dict[int, QRectF]:
    return {
        note_id: card.sceneBoundingRect() for note_id, card in window.scene.note_items().items()
    }


def screen_px(window: PresentationWindow, card: NoteCard) -> float:
    """The note text's size on the real screen, in pixels."""
    return card.font_px * window.view.scale_factor


def reference_px(window: PresentationWindow, card: NoteCard) -> float:
    """The same size at 1080p: the rules are stated there and scale with the screen."""
    return card.font_px


def assert_no_overlap_and_on_screen(window: PresentationWindow) -> None:
    scene = window.scene
    visible = QRectF(0, 0, scene.width, scene.height)
    cards = list(scene.note_items().values())
    boxes = [QRectF(c.pos(), QSize(round(c.width()), round(c.height()))) for c in cards]
    for index, box in enumerate(boxes):
        assert visible.contains(box), f"card {cards[index].note_id} runs off the screen"
        for other in boxes[index + 1 :]:
            assert not box.intersects(other), "two note cards overlap"


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_sixty_notes_all_on_one_screen_at_20px(qtbot, services: Services, size: QSize) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 60)
    window = projector(qtbot, services, board, size)
    scene = window.scene
    assert scene.shown is None, "60 notes must fit without degrading"
    cards = scene.note_items()
    assert set(cards) == set(board.note_ids)
    assert min(reference_px(window, c) for c in cards.values()) >= 20
    # No note of ordinary length is cut; pasted text keeps all its words too at this size.
    assert not [c.note_id for c in cards.values() if c.cut]
    assert_no_overlap_and_on_screen(window)
    # Nothing to scroll: the scene is exactly the area shown.
    assert window.view.sceneRect() == scene.sceneRect()
    assert scene.sceneRect().height() <= window.view.height() / window.view.scale_factor + 1


def test_odd_pasted_text_is_shown_whole(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 60)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    texts = {c.text for c in window.scene.note_items().values()}
    assert set(ODD_TEXTS) <= texts


def test_a_pasted_essay_ends_in_a_visible_marker(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 20)
    essay = " ".join(["The bus never comes on time and nobody answers the phone."] * 12)
    note = services.board.add_note(board.session_id, board.column_ids[0], essay, role="carer")
    window = projector(qtbot, services, board, QSize(1920, 1080))
    card = window.scene.note_items()[note.id]
    assert card.cut
    assert card._text is not None and card._text.tail.endswith("…")
    assert window.scene.shown is None


def test_120_notes_degrade_by_default_to_the_mode_keeping_most_readable(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 120)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    scene = window.scene
    assert scene.shown is Overflow.THEME_CARDS  # 60 shown as cards beat 30 in one lane
    cards = scene.note_items()
    assert len(cards) > 30
    assert min(reference_px(window, c) for c in cards.values()) >= 20
    headers = [h.text.caption for h in scene.headers()]
    assert all("30 notes" in caption for caption in headers)
    assert_no_overlap_and_on_screen(window)


def test_spotlight_shows_one_lane_of_30_at_20px_and_steps(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 120)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    room, scene = window.room, window.scene
    room.set_overflow(Overflow.SPOTLIGHT)
    window.render_image(QSize(1920, 1080))
    first = set(scene.note_items())
    lane_one = {
        n.id
        for n in room.board.notes
        if n.column_id == board.column_ids[0] and audience.projector(n)
    }
    assert len(lane_one) == 30
    assert first == lane_one
    assert min(reference_px(window, c) for c in scene.note_items().values()) >= 20
    assert scene.spotlight_position == (1, 4)
    room.step_spotlight()
    assert scene.spotlight_position == (2, 4)
    assert {scene._notes_by_id[i].column_id for i in scene.note_items()} == {board.column_ids[1]}
    room.step_spotlight(-2)  # back past the first lane wraps to the last
    assert scene.spotlight_position == (4, 4)
    room.set_spotlight_paused(True)
    header = scene.headers()[0]
    assert "paused" in header.text.caption
    room.stop_spotlight()
    assert scene.note_items() and scene.shown is Overflow.THEME_CARDS


def test_spotlight_advances_by_itself_until_paused(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 120)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    window.spotlight_timer.setInterval(50)  # seconds in the app; quick here
    window.room.set_overflow(Overflow.SPOTLIGHT)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.scene.spotlight_position[0] == 2, timeout=3000)
    window.room.set_spotlight_paused(True)
    assert not window.spotlight_timer.isActive()
    position = window.room.projector.spotlight_lane
    qtbot.wait(200)
    assert window.room.projector.spotlight_lane == position


def test_theme_frames_enclose_exactly_their_members_across_columns(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 40)
    # A theme with members in two columns, picked from the middle of each.
    members = [board.note_ids[4], board.note_ids[9], board.note_ids[5], board.note_ids[13]]
    theme = services.board.group(board.session_id, "Getting there at night", members, gather=False)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    frames = [f for f in window.scene.theme_frames() if f.theme_id == theme.id]
    cards = window.scene.note_items()
    member_ids = set(members)
    columns = {window.scene._notes_by_id[i].column_id for i in member_ids}
    assert len(columns) == 2
    assert len(frames) >= 2 and any(f.labelled for f in frames)
    enclosed: set[int] = set()
    for frame in frames:
        area = frame.rect()
        for note_id, card in cards.items():
            box = QRectF(card.pos(), QSize(round(card.width()), round(card.height())))
            if note_id in member_ids and area.contains(box):
                enclosed.add(note_id)
            elif note_id not in member_ids:
                assert not area.intersects(box), "a frame reaches over a note not in its theme"
    assert enclosed == member_ids
    assert_no_overlap_and_on_screen(window)


def test_theme_page_and_column_page_show_their_scope_only(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 60)
    members = list(board.note_ids[:6])
    theme = services.board.group(board.session_id, "Buses", members)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    room = window.room
    room.focus_theme(theme.id)
    room.show_on_projector(ProjectorMode.THEME)
    assert set(window.scene.note_items()) == set(members)
    assert min(c.font_px for c in window.scene.note_items().values()) >= 30
    room.focus_column(board.column_ids[2])
    room.show_on_projector(ProjectorMode.COLUMN)
    lane = {n.id for n in room.board.notes if n.column_id == board.column_ids[2]}
    assert set(window.scene.note_items()) == lane


def test_cli_svg_keeps_text_as_text_at_its_size(tmp_path: Path, services: Services) -> None:
    from xml.etree import ElementTree

    from workshop.cli import main

    board = build_board(services, 60)
    output = tmp_path / "projector.svg"
    database = services.database.url
    code = main(
        [
            "snapshot",
            str(board.session_id),
            "--presentation",
            "-o",
            str(output),
            "--database",
            database,
        ]
    )
    assert code == 0
    tree = ElementTree.parse(output)
    texts = [
        element
        for element in tree.iter()
        if element.tag.endswith("text") and "".join(element.itertext()).strip()
    ]
    words = " ".join("".join(t.itertext()) for t in texts)
    assert "Who else should we hear from?" in words
    sizes = []
    for element in texts:
        size = element.get("font-size")
        if size is None:
            continue
        sizes.append(float(size))
    assert sizes and min(sizes) >= 20


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("column:0", 2),
        ("column:5", 2),
        ("column:x", 2),
        ("theme:Nowhere", 2),
        ("lanes", 2),
        ("column:3", 0),
        ("board", 0),
    ],
)
def test_cli_scopes(tmp_path: Path, services: Services, capsys, scope: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    from workshop.cli import main

    board = build_board(services, 12)
    output = tmp_path / "p.png"
    code = main(
        [
            "snapshot",
            str(board.session_id),
            "--presentation",
            "-o",
            str(output),
            "--scope",
            scope,
            "--database",
            services.database.url,
        ]
    )
    assert code == expected
    if expected:
        message = capsys.readouterr().err.strip().splitlines()
        assert len(message) == 1 and message[0].endswith(".")
        assert not output.exists()


def test_projector_follows_a_selected_note_and_alt0_goes_back(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from ui.projector import PresentationController

    board = build_board(services, 60)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    host = QWidget()
    qtbot.addWidget(host)
    controller = PresentationController(window.room, window, host)
    room = window.room
    chosen = board.note_ids[6]
    note = room.note(chosen)
    assert note is not None
    room.select_notes([chosen])
    assert room.projector.mode is ProjectorMode.COLUMN
    cards = window.scene.note_items()
    assert {window.scene._notes_by_id[i].column_id for i in cards} == {note.column_id}
    assert cards[chosen].highlighted
    assert not any(c.highlighted for i, c in cards.items() if i != chosen)
    # Several notes selected (on their way to a theme): the projector stays where it is.
    room.show_whole_board()
    room.select_notes(board.note_ids[:3])
    assert room.projector.mode is ProjectorMode.BOARD
    room.select_notes([chosen])
    assert controller.actions["whole_board"].shortcut().toString() == "Alt+0"
    controller.actions["whole_board"].trigger()
    assert room.projector.mode is ProjectorMode.BOARD
    assert set(window.scene.note_items()) == set(board.note_ids)
    assert not any(c.highlighted for c in window.scene.note_items().values())
    # Following is an option.
    room.set_follow_selection(False)
    room.select_notes([chosen])
    assert room.projector.mode is ProjectorMode.BOARD


def test_facilitator_picks_the_degrade_mode_and_drives_the_spotlight(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from ui.panels.facilitation.projector import ProjectorTab

    board = build_board(services, 120)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    room = window.room
    tab = ProjectorTab(room)
    qtbot.addWidget(tab)
    combo = tab.overflow_combo
    combo.setCurrentIndex(combo.findData(Overflow.SPOTLIGHT))
    combo.activated.emit(combo.currentIndex())
    assert room.projector.overflow is Overflow.SPOTLIGHT
    assert window.scene.shown is Overflow.SPOTLIGHT
    tab.spotlight_next.click()
    assert window.scene.spotlight_position == (2, 4)
    tab.spotlight_back.click()
    assert window.scene.spotlight_position == (1, 4)
    tab.spotlight_pause.click()
    assert room.projector.spotlight_paused and tab.spotlight_pause.text() == "Resume"
    tab.spotlight_stop.click()
    assert window.scene.shown is Overflow.THEME_CARDS
    assert combo.currentData() is Overflow.THEME_CARDS
    assert tab.follow_check.isChecked()


def test_dots_show_after_voting_as_circles_and_a_number(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 60)
    sid = board.session_id
    services.sessions.set_stages(
        sid, [("Ideas", "capture", 10), ("Vote", "vote", 10), ("Next steps", "actions", 10)]
    )
    services.sessions.set_stage(sid, 1)
    people = [
        services.participants.add(board.workshop_id, f"Voter{n} Example", "carer") for n in range(3)
    ]
    liked, other = board.note_ids[2], board.note_ids[7]
    for person in people:
        services.votes.cast(sid, person.id, liked)
    services.votes.cast(sid, people[0].id, other)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    # While the vote runs, counts would sway the room: none are shown.
    assert not any(card.dots for card in window.scene.note_items().values())
    services.sessions.set_stage(sid, 2)
    cards = window.scene.note_items()
    assert cards[liked].dots == 3 and cards[other].dots == 1
    assert not any(c.dots for i, c in cards.items() if i not in (liked, other))
    assert window.scene.shown is None
    assert_no_overlap_and_on_screen(window)
    # Drawn as filled circles plus the number, in the card's ink: shape and digits, not colour.
    image = window.render_image(QSize(1920, 1080))
    card = cards[liked]
    top_left = window.view.mapFromScene(card.pos())
    bottom = top_left.y() + round(card.height()) - 8
    row = [
        image.pixelColor(top_left.x() + x, bottom - round(card.font_px * 0.6)) for x in range(8, 80)
    ]
    assert sum(1 for colour in row if colour.lightness() < 60) > 10
    svg = window.render_svg(QSize(1920, 1080)).decode("utf-8")
    assert ">3<" in svg.replace(" ", "")


def test_no_stale_pixels_after_wheel_keys_resize_and_page_changes(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QImage, QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    board = build_board(services, 60)
    services.sessions.set_stages(
        board.session_id, [("Ideas", "capture", 10), ("Sorting", "themes", 0)]
    )
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(board.session_id)
    window.resize(QSize(1280, 720))
    window.show()
    qtbot.waitExposed(window)
    # A stage with a timer, then one without: the bar changes height under the board.
    window.room.set_stage(0)
    qtbot.wait(20)
    window.room.set_stage(1)
    viewport = window.view.viewport()
    for _ in range(6):
        wheel = QWheelEvent(
            QPointF(400, 300),
            QPointF(400, 300),
            QPoint(0, 0),
            QPoint(0, -360),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_End):
        QTest.keyClick(window.view, key)
    window.room.show_on_projector(ProjectorMode.COLUMN)
    window.room.show_on_projector(ProjectorMode.THEME)
    window.room.show_on_projector(ProjectorMode.RESULTS)
    window.room.show_on_projector(ProjectorMode.BOARD)
    window.resize(QSize(1024, 768))
    window.resize(QSize(1920, 1080))
    qtbot.wait(50)
    assert window.view.verticalScrollBar().value() == window.view.verticalScrollBar().minimum()
    used = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    fresh = PresentationWindow(Room(services))
    qtbot.addWidget(fresh)
    fresh.room.open(board.session_id)
    assert fresh.room.session is not None and fresh.room.session.stage is not None
    assert fresh.room.session.stage.position == 1
    fresh.resize(QSize(1920, 1080))
    fresh.show()
    qtbot.waitExposed(fresh)
    qtbot.wait(50)
    clean = fresh.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert used.size() == clean.size()
    assert used == clean, "the used projector shows pixels a fresh one does not"


def test_a_note_arriving_moves_only_what_must_move(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    import random

    from tests.room_scale import sentence

    board = build_board(services, 40)
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(board.session_id)
    window.resize(QSize(1920, 1080))
    window.show()
    qtbot.waitExposed(window)
    scene = window.scene
    rng = random.Random(7)
    kept_size = 0
    for _ in range(8):
        plan = scene.plan
        assert plan is not None and scene.shown is None
        before = {i: c.pos().toTuple() for i, c in scene.note_items().items()}
        order = list(scene.visible_note_ids())
        note = services.board.add_note(
            board.session_id, board.column_ids[1], sentence(rng), role="carer"
        )
        after = scene.note_items()
        assert note.id in after
        # Existing notes keep their reading order.
        assert [i for i in scene.visible_note_ids() if i != note.id] == order
        if scene.plan is not None and (scene.plan.note_px, scene.plan.total_columns) == (
            plan.note_px,
            plan.total_columns,
        ):
            kept_size += 1
            moved = {
                scene._notes_by_id[i].column_id
                for i, xy in before.items()
                if after[i].pos().toTuple() != xy
            }
            assert moved <= {board.column_ids[1]}, "a card in another lane moved"
    assert kept_size >= 3


def test_the_readme_board_shows_60_notes_themes_and_dots_at_20px(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from workshop.demo_room import create_room_board

    ids = create_room_board(services)
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(ids.session)
    window.render_image(QSize(1920, 1080))
    scene = window.scene
    cards = scene.note_items()
    assert len(cards) == 60 and scene.shown is None
    assert min(c.font_px for c in cards.values()) >= 20
    assert sum(1 for c in cards.values() if c.dots) == 14
    assert {f.title for f in scene.theme_frames() if f.labelled} == {
        "Transport after six",
        "Booking by phone",
    }
    assert_no_overlap_and_on_screen(window)


def test_choosing_a_column_or_theme_in_the_projector_tab_puts_it_up(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from ui.panels.facilitation.projector import ProjectorTab

    board = build_board(services, 60)
    theme = services.board.group(board.session_id, "Buses", list(board.note_ids[:3]))
    window = projector(qtbot, services, board, QSize(1920, 1080))
    room = window.room
    tab = ProjectorTab(room)
    qtbot.addWidget(tab)
    tab.refresh()
    column = tab.focus_column
    column.setCurrentIndex(column.findData(board.column_ids[3]))
    column.activated.emit(column.currentIndex())
    assert room.projector.mode is ProjectorMode.COLUMN
    lane = {n.id for n in room.board.notes if n.column_id == board.column_ids[3]}
    assert set(window.scene.note_items()) == lane
    themes = tab.focus_theme
    themes.setCurrentIndex(themes.findData(theme.id))
    themes.activated.emit(themes.currentIndex())
    assert room.projector.mode is ProjectorMode.THEME
    assert set(window.scene.note_items()) == set(board.note_ids[:3])
    room.show_whole_board()
    assert len(window.scene.note_items()) == 60


def test_projector_text_size_caps_a_sparse_boards_text(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 8)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    assert min(c.font_px for c in window.scene.note_items().values()) == 40
    window.room.set_text_scale(0.6)
    assert max(c.font_px for c in window.scene.note_items().values()) == 24


def test_spotlight_shows_a_column_too_long_for_one_screen_in_parts(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    # One prompt, 120 answers: the whole board is one column.
    board = build_board(services, 120, lanes=1)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    room, scene = window.room, window.scene
    room.set_overflow(Overflow.SPOTLIGHT)
    seen: set[int] = set()
    screens = scene.spotlight_position[1]
    assert screens >= 2
    for _ in range(screens):
        cards = scene.note_items()
        assert min(c.font_px for c in cards.values()) >= 18
        assert_no_overlap_and_on_screen(window)
        assert "part" in scene.headers()[0].text.caption
        seen |= set(cards)
        room.step_spotlight()
    assert seen == set(board.note_ids)
    assert scene.spotlight_position[0] == 1  # round again


@pytest.mark.parametrize("notes", [60, 90])
def test_every_script_and_pasted_oddity_on_the_projector(  # type: ignore[no-untyped-def]
    qtbot, services: Services, workshop_with_session: dict[str, int], notes: int
) -> None:
    from tests.ui.room_scale import SCRIPTS, fill_room

    sid = workshop_with_session["session"]
    room_board = fill_room(services, workshop_with_session["workshop"], sid, notes)
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(sid)
    window.render_image(QSize(1920, 1080))
    scene = window.scene
    cards = scene.note_items()
    texts = {card.text for card in cards.values()}
    if scene.shown is None:
        assert set(cards) == set(room_board.note_ids)
        for sample in SCRIPTS.values():
            assert any(sample in text for text in texts), sample
    assert min(c.font_px for c in cards.values()) >= 18
    assert_no_overlap_and_on_screen(window)


def test_a_very_long_column_title_ends_in_a_visible_marker(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    board = build_board(services, 20)
    long_title = " ".join(["What would make the biggest difference to getting there"] * 5)
    services.board.rename_column(board.column_ids[0], long_title)
    window = projector(qtbot, services, board, QSize(1920, 1080))
    svg = window.render_svg(QSize(1920, 1080)).decode("utf-8")
    assert "…" in svg
    assert window.scene.shown is None
    assert_no_overlap_and_on_screen(window)
