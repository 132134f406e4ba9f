"""Contrast computed from the palettes the app actually paints with: 7:1 in high contrast, 4.5:1
elsewhere, for every pair of text and background the style sheet and the board use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from ui.appearance import COLOUR_NAMES, Appearance, load_theme, style_sheet
from ui.preferences import THEME, Preferences, Theme
from ui.theme import BOARD_PALETTES, NOTE_COLOURS, BoardPalette, contrast_ratio, readable_text_on
from ui.workspace import _board_follows_theme
from workshop import bundled
from workshop.vocabulary import Role

# Text and the backgrounds it is drawn on by template.qss and the QPalette built from the theme.
APP_TEXT_PAIRS = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate"),
    ("text", "button"),
    ("text", "tooltip"),
    ("muted", "window"),
    ("muted", "base"),
    ("muted", "button"),
    ("accent_text", "accent"),
    ("warning", "window"),
    ("warning", "base"),
    ("error", "window"),
    ("error", "base"),
    ("error", "notice"),
    ("success", "window"),
    ("success", "base"),
    ("text", "notice"),
)


def minimum_for(theme: Theme) -> float:
    return 7.0 if theme is Theme.HIGH_CONTRAST else 4.5


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", list(Theme))
def test_app_text_meets_the_minimum(theme: Theme) -> None:
    palette = load_theme(theme)
    low = [
        (fore, back, round(contrast_ratio(palette.colours[fore], palette.colours[back]), 2))
        for fore, back in APP_TEXT_PAIRS
        if contrast_ratio(palette.colours[fore], palette.colours[back]) < minimum_for(theme)
    ]
    assert not low, low
    # Focus rings are not text, but must stand out from the window (WCAG non-text: 3:1).
    assert contrast_ratio(palette.colours["focus"], palette.colours["window"]) >= 3.0


def test_the_style_sheet_has_no_colour_of_its_own() -> None:
    """Every colour in the style sheet comes from the theme, so the pairs above cover it."""
    template = bundled.read_text("themes", "template.qss")
    assert not re.findall(r"#[0-9A-Fa-f]{3,8}\b|rgba?\(", template)
    used = set(re.findall(r"\$\{(\w+)\}", template)) - {"border_width", "check_mark"}
    assert used <= set(COLOUR_NAMES)
    for theme in Theme:
        assert "${" not in style_sheet(load_theme(theme))


def board_pairs(palette: BoardPalette) -> list[tuple[str, str, str]]:
    """(what, text colour, background colour) for everything the board draws as text."""
    pairs = [
        ("lane title", palette.lane_title, palette.lane_fill),
        ("lane subtitle", palette.lane_subtitle, palette.lane_fill),
        ("legend", palette.lane_title, palette.background),
        ("theme label", palette.theme_label_text, palette.theme_label_fill),
        ("marker", palette.marker_text, palette.marker_fill),
    ]
    for role in Role:
        style = palette.role(role.value)
        pairs.append((f"{role.value} note", palette.note_text, style.fill))
        letters = readable_text_on(style.colour).name()
        pairs.append((f"{role.value} badge", letters, style.colour))
    if palette.honour_note_colours:
        for name, colour in NOTE_COLOURS:
            if colour:
                pairs.append((f"{name} note", palette.text_on(colour), colour))
    return pairs


@pytest.mark.parametrize("theme", list(Theme))
def test_board_text_meets_the_minimum(theme: Theme) -> None:
    palette = BOARD_PALETTES[theme.value]
    low = [
        (what, round(contrast_ratio(fore, back), 2))
        for what, fore, back in board_pairs(palette)
        if contrast_ratio(fore, back) < minimum_for(theme)
    ]
    assert not low, low


def test_high_contrast_board_ignores_pastel_fills() -> None:
    palette = BOARD_PALETTES[Theme.HIGH_CONTRAST.value]
    assert palette.note_fill(Role.CARER.value, "#f9d5e5") == "#000000"
    assert BOARD_PALETTES[Theme.LIGHT.value].note_fill(Role.CARER.value, "#f9d5e5") == "#f9d5e5"


def test_roles_stay_distinct_in_every_board_palette() -> None:
    for palette in BOARD_PALETTES.values():
        colours = {palette.role(role.value).colour.lower() for role in Role}
        assert len(colours) == len(Role), palette.name


@pytest.fixture
def appearance(qapp: QApplication, tmp_path: Path) -> Iterator[Appearance]:
    """The app's look from a fresh preferences file; the plain test look comes back after."""
    preferences = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    yield Appearance(qapp, preferences)
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


def test_the_board_and_check_boxes_follow_the_theme(
    qtbot: QtBot, workspace, appearance: Appearance
) -> None:
    """Switching to high contrast repaints the board black and white, and a check box shows."""
    built, _ids = workspace
    window = built.window
    preferences = appearance.preferences
    _board_follows_theme(window, preferences)
    preferences.set(THEME, Theme.HIGH_CONTRAST)
    appearance.apply()
    window.show()
    qtbot.waitExposed(window)
    scene = window.scene
    assert scene.palette is BOARD_PALETTES["high_contrast"]
    note = next(iter(scene.notes.values()))
    # Paint one note alone and read its body: black, not a pastel.
    image = window.view.grab(window.view.mapFromScene(note.sceneBoundingRect()).boundingRect())
    body = image.toImage().pixelColor(image.width() // 2, image.height() - 30)
    assert body.lightness() < 40 or body.lightness() > 215, body.name()
    assert body.saturation() < 40, body.name()

    lock = next(box for box in window.findChildren(QCheckBox) if "Lock" in box.text())
    lock.setChecked(False)
    option = QStyleOptionButton()
    lock.initStyleOption(option)
    indicator = lock.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, lock)
    box = lock.grab(indicator).toImage()
    # The indicator's outline is drawn in the text colour (white) on the black window.
    white = sum(
        1
        for x in range(box.width())
        for y in range(box.height())
        if QColor(box.pixel(x, y)).lightness() > 200
    )
    assert white >= 2 * 4 * (indicator.width() - 4), (white, indicator)
    preferences.set(THEME, Theme.LIGHT)
    appearance.apply()
    assert scene.palette is BOARD_PALETTES["light"]


def test_the_projector_reads_at_high_contrast_in_every_theme() -> None:
    """The projector keeps one palette, dark ink on light cards, at 7:1 or more throughout."""
    from ui.projector.style import ProjectorStyle

    style = ProjectorStyle()
    pairs = {
        "note text": (style.ink, style.card_fill),
        "page text": (style.ink, style.background),
        "muted text": (style.muted_ink, style.background),
        "theme text": (style.ink, style.theme_fill),
        "bar": (style.bar_ink, style.bar_fill),
        "alarm": (style.alarm_ink, style.alarm_fill),
        "reveal": (style.reveal_ink, style.reveal_fill),
    }
    low = {name: round(contrast_ratio(*pair), 2) for name, pair in pairs.items()}
    assert all(ratio >= 7.0 for ratio in low.values()), low
