"""The projector's results page at room scale: three rankings side by side, differences marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QTextLayout
from pytestqt.qtbot import QtBot

from tests.ui.room_scale import fill_room, open_voting
from ui.projector import PresentationWindow
from ui.projector.pages import ResultsPage
from ui.projector.style import HIGH_CONTRAST
from workshop.room import ProjectorMode, ResultsKind, Room
from workshop.services import Services
from workshop.vocabulary import Voice


def _missing_glyphs(text: str, font: QFont) -> int:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    )


def _vote_as_a_divided_room(services: Services, room) -> dict[str, int]:
    """Citizens put everything on notes 0–4, professionals on notes 3–7 (reversed)."""
    ids = room.note_ids
    for n, person in enumerate(room.citizens):
        for k in range(5):
            # Note 0 gets every citizen's dot; later notes fewer.
            if k <= (n % 5) or k == 0:
                services.votes.cast(room.session_id, person, ids[k])
    for n, person in enumerate(room.professionals):
        for k in range(5):
            if k <= (n % 5) or k == 0:
                services.votes.cast(room.session_id, person, ids[7 - k])
    return {"citizens_first": ids[0], "professionals_first": ids[7]}


def test_results_rank_each_voice_and_mark_where_they_differ(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    sid = workshop_with_session["session"]
    room = fill_room(services, workshop_with_session["workshop"], sid, notes=90)
    open_voting(services, sid)
    _vote_as_a_divided_room(services, room)
    live = Room(services)
    live.open(sid)
    page = ResultsPage(HIGH_CONTRAST)
    qtbot.addWidget(page)
    page.resize(QSize(1920, 1080))
    board = live.board
    assert board is not None
    page.show_results(board, ResultsKind.CONTRIBUTIONS)

    texts = {n.id: n.text for n in board.notes}
    citizens_first, professionals_first = texts[room.note_ids[0]], texts[room.note_ids[7]]
    assert page.shown[Voice.CITIZEN][0] == citizens_first
    assert page.shown[Voice.PROFESSIONAL][0] == professionals_first
    assert len(page.shown[None]) == ResultsPage.TOP
    # Citizens' favourite got no professional dot and the other way round: both marked, in words.
    assert "≠ Professional voice: no dots" in page.differences[Voice.CITIZEN]
    assert "≠ Citizen voice: no dots" in page.differences[Voice.PROFESSIONAL]
    assert any(
        d.startswith("≠ Citizen voice: #") and "· Professional voice:" in d
        for d in page.differences[None]
    )
    assert "marks where citizens and professionals ranked it differently" in page.footnote
    # Every text drawn has a glyph for each character (Arabic, Urdu, Bengali, Chinese, emoji).
    for text in [*page.shown[None], *page.shown[Voice.CITIZEN], *page.differences[None]]:
        assert _missing_glyphs(text, HIGH_CONTRAST.font(32)) == 0, text
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    image.save(str(tmp_path / "results.png"))
    # Each of the three columns has ink in it.
    for third in range(3):
        area = image.copy(third * 640 + 60, 250, 500, 300)
        assert _dark_pixels(area) > 500, third
    # Themes rank the same way.
    services.board.group(sid, "Buses 🚌", room.note_ids[0:3])
    services.board.group(sid, "ہسپتال", room.note_ids[5:8])
    page.show_results(live.board, ResultsKind.THEMES)
    assert page.shown[Voice.CITIZEN][0] == "Buses 🚌"
    assert page.shown[Voice.PROFESSIONAL][0] == "ہسپتال"
    page.grab().save(str(tmp_path / "themes.png"))


def test_agreeing_voices_get_no_mark(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    room = fill_room(services, workshop_with_session["workshop"], sid, notes=60)
    open_voting(services, sid)
    for person in room.citizens + room.professionals:
        services.votes.cast(sid, person, room.note_ids[10])
    for person in room.citizens[:3] + room.professionals[:3]:
        services.votes.cast(sid, person, room.note_ids[11])
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.room.open(sid)
    window.room.show_on_projector(ProjectorMode.RESULTS)
    page = window.results_page
    assert page.shown[Voice.CITIZEN] == page.shown[Voice.PROFESSIONAL] == page.shown[None]
    assert page.differences == {None: [], Voice.CITIZEN: [], Voice.PROFESSIONAL: []}


def test_the_page_fits_every_projector_and_never_keeps_old_rows(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    sid = workshop_with_session["session"]
    room = fill_room(services, workshop_with_session["workshop"], sid, notes=120)
    open_voting(services, sid)
    _vote_as_a_divided_room(services, room)
    live = Room(services)
    live.open(sid)
    page = ResultsPage(HIGH_CONTRAST)
    qtbot.addWidget(page)
    page.show_results(live.board, ResultsKind.CONTRIBUTIONS)
    for width, height in ((1920, 1008), (1280, 672), (1024, 720)):
        page.resize(width, height)
        sizes, top, factor = page.plan()
        assert page.page_height(sizes, factor, top) <= height
        # Text no smaller than 20 px at 1080p, scaled like the screen.
        assert sizes.body * factor >= 20 * height / 1008 - 0.5
        assert top == ResultsPage.TOP
        page.grab().save(str(tmp_path / f"results-{width}.png"))
    # Switching what is ranked redraws the whole page: nothing of the last one stays behind.
    page.resize(1920, 1008)
    contributions = page.grab().toImage()
    services.board.group(sid, "Buses 🚌", room.note_ids[0:3])
    page.show_results(live.board, ResultsKind.THEMES)
    themes = page.grab().toImage()
    page.show_results(live.board, ResultsKind.CONTRIBUTIONS)
    assert page.grab().toImage() == contributions != themes
