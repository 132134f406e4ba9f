"""The projector's results page at room scale: three rankings side by side, differences marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.room_scale import fill_room, open_voting
from ui.projector import PresentationWindow
from ui.projector.pages import ResultsPage
from ui.projector.style import HIGH_CONTRAST
from workshop.room import ProjectorMode, ResultsKind, Room
from workshop.services import Services
from workshop.vocabulary import Voice


def _missing_glyphs(label: QLabel) -> int:
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


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
    labels = page.findChildren(QLabel)
    shown_text = [label.text() for label in labels]
    assert any(
        "marks where citizens and professionals ranked it differently" in t for t in shown_text
    )
    for label in labels:
        assert label.textFormat().name == "PlainText"
        assert _missing_glyphs(label) == 0, label.text()
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(str(tmp_path / "results.png"))

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
