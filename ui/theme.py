"""Palettes for the board and the app: colour-blind-safe role colours, each with a second cue."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

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

    def role(self, role: str) -> RoleStyle:
        return self.roles.get(role, UNKNOWN_ROLE)

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


def load_fonts() -> str:
    """Register the bundled fonts so the board looks the same, and draws every script, anywhere.

    Returns the body family ("" if Qt could not load it).
    """
    return fonts.BODY if fonts.BODY in fonts.register() else ""


def readable_text_on(colour: str) -> QColor:
    """Black or white, whichever reads better on the given background."""
    c = QColor(colour)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


APP_STYLE = """
QStatusBar { font-size: 13px; }
QToolBar { spacing: 4px; }
#captureBar { background: %(lane_fill)s; border-top: 1px solid %(lane_border)s; }
#captureBar QLineEdit, #captureBar QComboBox { font-size: 16px; padding: 4px; }
#captureHint { color: %(lane_subtitle)s; }
"""


def app_style_sheet(palette: BoardPalette = DESK) -> str:
    """The app's small style sheet, filled from a palette's named colours."""
    return APP_STYLE % {
        "lane_fill": palette.lane_fill,
        "lane_border": palette.lane_border,
        "lane_subtitle": palette.lane_subtitle,
    }
