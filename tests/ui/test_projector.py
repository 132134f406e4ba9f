"""The projector window: what the room sees, what it never sees, and how it is driven."""
# ruff: noqa: F811  (the room fixture is imported, then requested by name)

from __future__ import annotations

from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.clocks import FakeClock
from tests.ui.facilitation_room import room  # noqa: F401  (fixture)
from ui.projector import (
    NOTE_TEXT_PX,
    REFERENCE,
    PresentationController,
    PresentationWindow,
)
from workshop.room import ProjectorMode, ResultsKind, Room
from workshop.rules import Actor
from workshop.services import Services
from workshop.timer import TimerState
from workshop.vocabulary import StageKind

# The offscreen platform says this whenever a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, services: Services, room: dict[str, int]) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    window.room.open(room["session"])
    return window


def stage_of(services: Services, session_id: int, kind: StageKind) -> int:
    return next(s.position for s in services.sessions.get(session_id).stages if s.kind == kind)


def test_silent_notes_absent_until_revealed(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    sid = room["session"]
    services.board.set_column_silent(room["col2"], True)
    quiet = [
        services.board.add_note(sid, room["col2"], f"Quiet {i}", role="carer").id for i in range(3)
    ]
    items = window.scene.note_items()
    assert set(items) == {room["n1"], room["n2"], room["n3"]}
    assert not any(card.text.startswith("Quiet") for card in items.values())
    assert window.scene.header_items()[room["col2"]].hidden_count == 3
    # A tap on the lane's reveal badge; the laptop's undo hides the notes again, redo shows them.
    window.scene.header_items()[room["col2"]].reveal_requested.emit(room["col2"])
    assert set(quiet) <= set(window.scene.note_items())
    assert window.scene.header_items()[room["col2"]].hidden_count == 0
    window.scene.undo_stack.undo()
    assert not set(quiet) & set(window.scene.note_items())
    assert window.scene.header_items()[room["col2"]].hidden_count == 3
    window.scene.undo_stack.redo()
    assert set(quiet) <= set(window.scene.note_items())


def test_reveal_all_shows_every_silent_column(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    sid = room["session"]
    for column in ("col1", "col2"):
        services.board.set_column_silent(room[column], True)
    a = services.board.add_note(sid, room["col1"], "A", role="carer").id
    b = services.board.add_note(sid, room["col2"], "B", role="carer").id
    assert not {a, b} & set(window.scene.note_items())
    services.board.reveal(sid)
    assert {a, b} <= set(window.scene.note_items())


def test_pending_and_private_notes_absent(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    sid = room["session"]
    services.sessions.update(sid, hold_device_notes=True)
    held = services.board.add_note(
        sid, room["col0"], "From a phone", role="carer", actor=Actor.DEVICE
    )
    assert held.pending and held.id not in window.scene.note_items()
    services.board.approve_note(held.id)
    assert held.id in window.scene.note_items()
    services.board.set_note_private(room["n1"], True)
    assert room["n1"] not in window.scene.note_items()


def test_note_text_is_large_enough_at_1920(window: PresentationWindow) -> None:
    window.render_image(REFERENCE)
    scale = window.view.scale_factor
    assert scale == pytest.approx(1.0)
    for card in window.scene.note_items().values():
        # 28 pt at 96 dpi = 37.3 px on screen.
        assert card._font.pixelSize() * scale >= 28 * 96 / 72
    assert NOTE_TEXT_PX >= 38


def test_focus_column_and_theme(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    window.room.focus_column(room["col0"])
    window.room.show_on_projector(ProjectorMode.COLUMN)
    assert set(window.scene.note_items()) == {room["n1"], room["n2"]}
    assert set(window.scene.header_items()) == {room["col0"]}
    theme = services.board.group(room["session"], "Night care", [room["n3"]])
    window.room.focus_theme(theme.id)
    window.room.show_on_projector(ProjectorMode.THEME)
    assert set(window.scene.note_items()) == {room["n3"]}
    window.room.show_on_projector(ProjectorMode.BOARD)
    assert set(window.scene.note_items()) == {room["n1"], room["n2"], room["n3"]}
    assert window.pages.currentWidget() is window.view


def test_drag_a_note_to_another_lane_by_mouse(
    qtbot,
    services: Services,
    room: dict[str, int],
    window: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    window.show()
    qtbot.waitExposed(window)
    card = window.scene.note_items()[room["n1"]]
    view = window.view
    start = view.mapFromScene(card.mapToScene(QPointF(40, 20)))
    target_lane = window.scene._lanes[room["col2"]]
    end = view.mapFromScene(QPointF(target_lane.center().x(), card.scenePos().y() + 20))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        point = start + (end - start) * (step / 5)
        QTest.mouseMove(viewport, QPoint(int(point.x()), int(point.y())))
    with qtbot.waitSignal(services.events.note_changed, timeout=2000):
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert services.board.get_note(room["n1"]).column_id == room["col2"]


def test_tap_reveals_a_column(
    qtbot,
    services: Services,
    room: dict[str, int],
    window: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    services.board.set_column_silent(room["col1"], True)
    quiet = services.board.add_note(room["session"], room["col1"], "Shh", role="carer")
    window.show()
    qtbot.waitExposed(window)
    header = window.scene.header_items()[room["col1"]]
    point = window.view.mapFromScene(header.mapToScene(header.badge_rect().center()))
    with qtbot.waitSignal(services.events.note_changed, timeout=2000):
        QTest.mouseClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
    assert quiet.id in window.scene.note_items()


def test_timer_shows_a_clear_cue_at_zero(qtbot, services: Services, room: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    owner = Room(services, clock=clock)
    window = PresentationWindow(owner)
    qtbot.addWidget(window)
    owner.open(room["session"])
    driver = owner.countdown
    driver.set_duration(120)
    driver.start()
    clock.now = 61
    driver.tick()
    assert window.timer_label.text() == "0:59"
    assert window.timer_status.text() == ""
    clock.now = 121
    driver.tick()
    assert driver.state is TimerState.FINISHED
    assert window.timer_label.text() == "0:00"
    assert window.timer_status.text() == "Time is up"  # said in words, not only colour
    assert window.projector_style.alarm_fill in window._bar.styleSheet()


def test_stage_and_lock_shown(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    sid = room["session"]
    services.sessions.set_stage(sid, stage_of(services, sid, StageKind.VOTE))
    assert "Choose priorities" in window.stage_label.text()
    assert window.stage_label.text().startswith("Stage 5 of 7")
    services.sessions.update(sid, board_locked=True)
    assert "board locked" in window.stage_label.text()


def test_results_page_split_by_voice(
    qtbot,
    services: Services,
    room: dict[str, int],
    window: PresentationWindow,  # type: ignore[no-untyped-def]
) -> None:
    sid = room["session"]
    services.sessions.set_stage(sid, stage_of(services, sid, StageKind.VOTE))
    services.votes.cast(sid, room["ann"], room["n1"])
    services.votes.cast(sid, room["raj"], room["n2"])
    services.votes.cast(sid, room["raj"], room["n2"])
    window.room.show_on_projector(ProjectorMode.RESULTS)
    assert window.pages.currentWidget() is window.results_page
    shown = window.results_page.shown
    from workshop.vocabulary import Voice

    assert shown[None] == ["Travel time", "Same carer"]
    assert shown[Voice.CITIZEN] == ["Same carer"]
    assert shown[Voice.PROFESSIONAL] == ["Travel time"]
    # Live: a new dot updates the projected results.
    services.votes.cast(sid, room["ann"], room["n3"])
    qtbot.waitUntil(lambda: "Night line" in window.results_page.shown[Voice.CITIZEN])
    theme = services.board.group(sid, "Continuity", [room["n1"], room["n2"]])
    window.room.set_results_kind(ResultsKind.THEMES)
    assert window.results_page.shown[None] == [theme.title]


def test_actions_page_respects_consent(
    services: Services, room: dict[str, int], window: PresentationWindow
) -> None:
    sid = room["session"]
    services.actions.create(sid, "Answer the phone at night", owner_id=room["ann"])
    services.actions.create(sid, "Fund travel time", owner_id=room["raj"])
    window.room.show_on_projector(ProjectorMode.ACTIONS)
    assert window.actions_page.shown == ["Answer the phone at night", "Fund travel time"]
    texts = [w.text() for w in window.actions_page.findChildren(type(window.stage_label))]
    assert any("Raj Example" in t for t in texts)  # consented to be named
    assert not any("Ann Example" in t for t in texts)  # did not: shown by role


def test_join_code_shown_and_hidden(window: PresentationWindow) -> None:
    qr = segno.make("http://127.0.0.1:8765/join/AB12")
    matrix = list(qr.matrix)
    image = QImage(len(matrix[0]), len(matrix), QImage.Format.Format_RGB32)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            image.setPixelColor(x, y, QColor("black" if dark else "white"))
    window.show()
    window.set_join_info("http://127.0.0.1:8765/join/AB12", image)
    assert window.join_panel.isVisible()
    pixmap = window.join_qr.pixmap()
    assert pixmap.width() % image.width() == 0 and pixmap.width() >= 250
    window.set_join_info(None, None)
    assert not window.join_panel.isVisible()


def test_f5_presents_and_escape_stops(qtbot, services: Services, room: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    owner = Room(services)
    window = PresentationWindow(owner)
    qtbot.addWidget(window)
    owner.open(room["session"])
    controller = PresentationController(owner, window, host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    with qtbot.waitSignal(window.presenting_changed) as shown:
        controller.actions["present"].trigger()
    assert shown.args == [True] and window.isFullScreen()
    assert controller.actions["present"].isChecked()
    with qtbot.waitSignal(window.presenting_changed) as stopped:
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert stopped.args == [False] and not window.isVisible()
    assert not owner.projector.presenting and not controller.actions["present"].isChecked()
    assert [a.shortcut().toString() for a in controller.actions.values()] == [
        "F5",
        "Alt+0",
        "Alt+1",
        "Alt+2",
        "Alt+3",
        "Alt+4",
        "Alt+5",
    ]
    owner.focus_column(room["col1"])
    controller.actions["column"].trigger()
    assert window.mode is ProjectorMode.COLUMN and set(window.scene.note_items()) == {room["n3"]}


def test_snapshot_written_at_1920(tmp_path: Path, window: PresentationWindow) -> None:
    image = window.render_image(QSize(1920, 1080))
    path = tmp_path / "projector.png"
    assert image.save(str(path))
    back = QImage(str(path))
    assert back.size() == QSize(1920, 1080)
    assert back.pixelColor(5, 5) == QColor("#000000")  # the stage bar
    assert back.pixelColor(1900, 1060) == QColor("#FFFFFF")  # the board's background


def test_cli_snapshot_presentation(
    tmp_path: Path, services: Services, room: dict[str, int]
) -> None:
    from workshop.cli import main

    database = services.database.url
    output = tmp_path / "projector.png"
    code = main(
        [
            "snapshot",
            str(room["session"]),
            "--presentation",
            "--output",
            str(output),
            "--database",
            database,
            "--width",
            "1280",
            "--height",
            "720",
        ]
    )
    assert code == 0
    image = QImage(str(output))
    assert image.size() == QSize(1280, 720)
    assert (
        main(
            [
                "snapshot",
                str(room["session"]),
                "--presentation",
                "-o",
                str(tmp_path / "x.gif"),
                "--database",
                database,
            ]
        )
        == 2
    )
    svg = tmp_path / "projector.svg"
    assert (
        main(
            [
                "snapshot",
                str(room["session"]),
                "--presentation",
                "-o",
                str(svg),
                "--database",
                database,
            ]
        )
        == 0
    )
    assert "<text" in svg.read_text(encoding="utf-8")
