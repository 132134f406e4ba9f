"""Palettes for the board and the app: colour-blind-safe role colours, each with a second cue."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from ui import fonts
from workshop.vocabulary import ROLE_LABELS, Role


class BadgeShape(enum.Enum):
    """The shape of a role's badge: the cue that survives greyscale and colour-blindness."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    HEXAGON = "hexagon"
    STAR = "star"


@dataclass(frozen=True)
class RoleStyle:
    """How one role looks: a strong colour, a light note fill, a badge shape and two letters."""

    colour: str
    fill: str
    shape: BadgeShape
    letters: str
    label: str


# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies); the shape and
# letters repeat the role so nobody has to rely on colour at all.
_ROLES: dict[str, RoleStyle] = {
    Role.LIVED_EXPERIENCE.value: RoleStyle(
        "#E69F00", "#FCE7BF", BadgeShape.CIRCLE, "LE", ROLE_LABELS[Role.LIVED_EXPERIENCE]
    ),
    Role.CARER.value: RoleStyle(
        "#CC79A7", "#F5DDEA", BadgeShape.DIAMOND, "CA", ROLE_LABELS[Role.CARER]
    ),
    Role.COMMUNITY.value: RoleStyle(
        "#009E73", "#C9EDE0", BadgeShape.TRIANGLE, "CO", ROLE_LABELS[Role.COMMUNITY]
    ),
    Role.PROFESSIONAL.value: RoleStyle(
        "#0072B2", "#CFE3F2", BadgeShape.SQUARE, "PR", ROLE_LABELS[Role.PROFESSIONAL]
    ),
    Role.FACILITATOR.value: RoleStyle(
        "#D55E00", "#F7D9C4", BadgeShape.HEXAGON, "FA", ROLE_LABELS[Role.FACILITATOR]
    ),
    Role.OBSERVER.value: RoleStyle(
        "#6E6E6E", "#E4E4E4", BadgeShape.STAR, "OB", ROLE_LABELS[Role.OBSERVER]
    ),
}

UNKNOWN_ROLE = RoleStyle("#6E6E6E", "#EEEEEE", BadgeShape.STAR, "?", "participant")

# Named fills a facilitator can give a note; "" means the role's own fill.
# Names marked for translation here; the menu translates them where it shows them.
NOTE_COLOURS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Theme", "Role colour"), ""),
    (QT_TRANSLATE_NOOP("Theme", "Yellow"), "#fff3a3"),
    (QT_TRANSLATE_NOOP("Theme", "Green"), "#cdefd5"),
    (QT_TRANSLATE_NOOP("Theme", "Blue"), "#cfe6fa"),
    (QT_TRANSLATE_NOOP("Theme", "Pink"), "#f9d5e5"),
    (QT_TRANSLATE_NOOP("Theme", "Orange"), "#ffddb0"),
    (QT_TRANSLATE_NOOP("Theme", "White"), "#ffffff"),
)


@dataclass(frozen=True)
class BoardPalette:
    """Everything about how the board looks, kept apart from how it behaves."""

    name: str
    background: str
    lane_fill: str
    lane_border: str
    lane_title: str
    lane_subtitle: str
    note_text: str
    note_border: str
    selection: str
    highlight: str
    focus: str
    theme_frame: str
    theme_label_fill: str
    theme_label_text: str
    marker_fill: str
    marker_text: str
    font_family: str = "Noto Sans"
    lane_title_px: int = 24
    # Note text shrinks from the first size until it fits; below the last it is cut with "…".
    note_text_px: tuple[int, ...] = (22, 19, 16, 14)
    footer_px: int = 13
    theme_label_px: int = 16
    dim_opacity: float = 0.45
    roles: dict[str, RoleStyle] = field(default_factory=lambda: dict(_ROLES))
    # High contrast draws every note the same way: a fill someone picked would lower contrast.
    honour_note_colours: bool = True

    def role(self, role: str) -> RoleStyle:
        return self.roles.get(role, UNKNOWN_ROLE)

    def note_fill(self, role: str, chosen: str | None) -> str:
        """The fill a note is painted with: the colour someone chose, else its role's."""
        if chosen and self.honour_note_colours:
            return chosen
        return self.role(role).fill

    def text_on(self, fill: str) -> str:
        """The note text colour, or black or white where a chosen fill would make it unreadable."""
        if contrast_ratio(self.note_text, fill) >= 4.5:
            return self.note_text
        return readable_text_on(fill).name()

    def font(self, pixel_size: int, *, bold: bool = False) -> QFont:
        """The palette's font, with the bundled fonts as fallbacks for every other script."""
        return fonts.font(pixel_size, bold=bold, family=self.font_family)


DESK = BoardPalette(
    name="desk",
    background="#F4F1EA",
    lane_fill="#FFFFFF",
    lane_border="#C9C3B6",
    lane_title="#1F1F1F",
    lane_subtitle="#595959",
    note_text="#141414",
    note_border="#8A8478",
    selection="#0B57D0",
    highlight="#D55E00",
    focus="#0B57D0",
    theme_frame="#5B4B8A",
    theme_label_fill="#5B4B8A",
    theme_label_text="#FFFFFF",
    marker_fill="#1F1F1F",
    marker_text="#FFFFFF",
)


def _role_fills(fills: dict[str, str]) -> dict[str, RoleStyle]:
    """The role styles with other note fills (shape, letters and band colour stay)."""
    return {role: replace(style, fill=fills[role]) for role, style in _ROLES.items()}


# The dark theme's board: dim lanes and deep, role-tinted notes with light text.
DUSK = BoardPalette(
    name="dusk",
    background="#1E1F22",
    lane_fill="#2A2B2F",
    lane_border="#5A5B61",
    lane_title="#ECECEC",
    lane_subtitle="#C4C4C4",
    note_text="#F2F2F2",
    note_border="#6A6B70",
    selection="#8AB4F8",
    highlight="#FFB870",
    focus="#8AB4F8",
    theme_frame="#B9A8F0",
    theme_label_fill="#B9A8F0",
    theme_label_text="#111111",
    marker_fill="#ECECEC",
    marker_text="#111111",
    roles=_role_fills(
        {
            Role.LIVED_EXPERIENCE.value: "#4A3812",
            Role.CARER.value: "#4A2A3C",
            Role.COMMUNITY.value: "#143D31",
            Role.PROFESSIONAL.value: "#16344A",
            Role.FACILITATOR.value: "#4A2712",
            Role.OBSERVER.value: "#38383A",
        }
    ),
)

# High contrast: black notes with white text and borders, yellow and cyan for what is chosen.
# Badge colours are the brighter members of the same families, so their letters reach 7:1.
CONTRAST = BoardPalette(
    name="contrast",
    background="#000000",
    lane_fill="#000000",
    lane_border="#FFFFFF",
    lane_title="#FFFFFF",
    lane_subtitle="#FFFFFF",
    note_text="#FFFFFF",
    note_border="#FFFFFF",
    selection="#00FFFF",
    highlight="#FFFF00",
    focus="#00FFFF",
    theme_frame="#FFFF00",
    theme_label_fill="#FFFF00",
    theme_label_text="#000000",
    marker_fill="#FFFFFF",
    marker_text="#000000",
    honour_note_colours=False,
    roles={
        role: replace(style, fill="#000000", colour=bright)
        for (role, style), bright in zip(
            _ROLES.items(),
            ("#FFB000", "#FF9AD5", "#2EE6A8", "#6CC6FF", "#FF8A4C", "#D0D0D0"),
            strict=True,
        )
    },
)

# The board's palette for each app theme, by the theme's name in resources/themes.
BOARD_PALETTES: dict[str, BoardPalette] = {
    "light": DESK,
    "dark": DUSK,
    "high_contrast": CONTRAST,
}


def load_fonts() -> str:
    """Register the bundled fonts so the board looks the same, and draws every script, anywhere.

    Returns the body family ("" if Qt could not load it).
    """
    return fonts.BODY if fonts.BODY in fonts.register() else ""


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_text_on(colour: str) -> QColor:
    """Black or white, whichever has the higher contrast on the given background."""
    on_black = contrast_ratio(colour, "#000000")
    return QColor("#000000") if on_black >= contrast_ratio(colour, "#FFFFFF") else QColor("#FFFFFF")
