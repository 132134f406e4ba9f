"""Every script the room writes in is drawn with a real glyph: no empty boxes anywhere.

The machines these tests run on have only DejaVu and Liberation installed (no Urdu, Bengali,
Chinese or emoji), so a board that does not use the bundled fonts fails here.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QRawFont, QTextLayout
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Board
from tests.ui.room_scale import SCRIPTS, fill_room
from ui import fonts
from ui.board.render import board_image_scene, render_image
from ui.projector.style import HIGH_CONTRAST
from ui.theme import DESK
from workshop.services import Services

BUNDLED = {
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Nastaliq Urdu",
    "Noto Sans Bengali",
    "Droid Sans Fallback",
    "Noto Color Emoji",
    "Symbola",
}


def _needs_glyph(char: str) -> bool:
    """Spaces, joiners and variation selectors shape other glyphs; they have none of their own."""
    return (
        not char.isspace()
        and unicodedata.category(char) != "Cf"
        and not 0xFE00 <= ord(char) <= 0xFE0F
    )


def _missing(layout: QTextLayout) -> list[tuple[str, int]]:
    """(family, count) of the glyphs Qt would draw as the missing-glyph box (glyph index 0)."""
    missing = []
    for run in layout.glyphRuns():
        zeros = sum(1 for glyph in run.glyphIndexes() if glyph == 0)
        if zeros:
            missing.append((run.rawFont().familyName(), zeros))
    return missing


def _laid_out(text: str, font: QFont) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def test_the_bundled_fonts_are_registered_and_each_ships_with_its_licence() -> None:
    registered = set(fonts.register())
    assert registered >= BUNDLED
    assert set(fonts.chain()) == BUNDLED
    folder = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for font_file in folder.glob("*.ttf"):
        assert f"`{font_file.name}`" in readme, f"{font_file.name} is not listed with a licence"
    for licence in ("OFL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-Symbola.txt"):
        assert (folder / licence).stat().st_size > 0


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_character_of_each_script_is_in_a_font_of_the_chain(script: str) -> None:
    fonts.register()
    raw = []
    for family in fonts.chain():
        raw_font = QRawFont.fromFont(fonts.font(24, family=family))
        # Qt hands back another family when the one asked for is not installed.
        assert raw_font.familyName() == family
        raw.append(raw_font)
    uncovered = [
        f"U+{ord(c):04X}"
        for c in SCRIPTS[script]
        if _needs_glyph(c) and not any(r.supportsCharacter(ord(c)) for r in raw)
    ]
    assert uncovered == []


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "where",
    [
        pytest.param(lambda: DESK.font(DESK.note_text_px[0]), id="board-note"),
        pytest.param(lambda: DESK.font(DESK.theme_label_px, bold=True), id="board-theme-bold"),
        pytest.param(lambda: HIGH_CONTRAST.font(HIGH_CONTRAST.note_px), id="projector-note"),
        pytest.param(lambda: HIGH_CONTRAST.font(44, bold=True), id="projector-title-bold"),
        pytest.param(lambda: QFont("Noto Sans"), id="plain-qfont-noto"),
    ],
)
def test_text_is_shaped_with_bundled_fonts_and_no_missing_glyph(script: str, where) -> None:
    fonts.register()
    font = where()
    font.setPixelSize(24)
    layout = _laid_out(SCRIPTS[script], font)
    assert _missing(layout) == []
    used = {run.rawFont().familyName().casefold() for run in layout.glyphRuns()}
    assert used and used <= {family.casefold() for family in BUNDLED}, used


def test_a_room_scale_board_draws_every_note_without_a_box(
    qtbot: QtBot,
    board: Board,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
) -> None:
    fill_room(services, workshop_with_session["workshop"], board.session_id, notes=64)
    board.scene.load(board.session_id)
    assert len(board.scene.notes) == 64
    for item in board.scene.notes.values():
        assert _missing(item.text_layout()) == [], item.note.text
    image = render_image(board.scene, 1920, 1080)
    image.save(str(tmp_path / "board.png"))
    assert not image.isNull()


def test_a_board_image_in_a_fresh_process_finds_the_fonts(
    services: Services, db_path: Path, workshop_with_session: dict[str, int]
) -> None:
    """The snapshot CLI's path, in a process where nothing registered fonts beforehand."""
    room = fill_room(
        services, workshop_with_session["workshop"], workshop_with_session["session"], 16
    )
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.board.render import board_image_scene
from workshop.storage import open_database
from workshop.services import Services
services = Services(open_database({str(db_path)!r}))
scene = board_image_scene(services, {room.session_id})
bad = 0
for item in scene.notes.values():
    for run in item.text_layout().glyphRuns():
        bad += sum(1 for g in run.glyphIndexes() if g == 0)
print(len(scene.notes), bad)
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["16", "0"]


def test_a_board_image_scene_lays_out_every_script(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(
        services, workshop_with_session["workshop"], workshop_with_session["session"], 8
    )
    scene = board_image_scene(services, room.session_id)
    texts = {item.note.text for item in scene.notes.values()}
    assert len(texts) == 8
    for item in scene.notes.values():
        assert _missing(item.text_layout()) == []


def test_arabic_and_urdu_notes_read_from_the_right_edge(
    qtbot: QtBot, board: Board, services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = fill_room(services, workshop_with_session["workshop"], board.session_id, notes=16)
    board.scene.load(board.session_id)
    checked = 0
    for note_id in room.note_ids:
        item = board.scene.notes[note_id]
        layout = item.text_layout()
        width = layout.lineAt(0).width()
        rights = [layout.lineAt(i).naturalTextRect().right() for i in range(layout.lineCount())]
        lefts = [layout.lineAt(i).naturalTextRect().left() for i in range(layout.lineCount())]
        if item.note.text.startswith((SCRIPTS["Arabic"], SCRIPTS["Urdu"])):
            assert all(abs(right - width) < 1.5 for right in rights), item.note.text
            checked += 1
        else:
            assert all(left < 1.5 for left in lefts), item.note.text
    assert checked == 4


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_the_panels_system_font_falls_back_to_the_bundled_fonts(script: str) -> None:
    """Lists and editors in panels use the system's font; no script may come out as boxes."""
    fonts.register()
    font = QFont()
    font.setPixelSize(16)
    assert _missing(_laid_out(SCRIPTS[script], font)) == []
