"""The projector's look: its reference size, palette and fonts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QSize,
)
from PySide6.QtGui import (
    QFont,
)

from ui import fonts

# The reference screen the projector is designed for; other screens scale from it.
REFERENCE = QSize(1920, 1080)
# 28 pt at 96 dpi is 37.3 px; note text is drawn at least this large at the reference size.
NOTE_TEXT_PX = 38
# Pixels per QR module on the projector: whole pixels keep the code readable by phone cameras.
PROJECTOR_QR_MODULE_PX = 10


@dataclass(frozen=True)
class ProjectorStyle:
    """The projector's palette: dark ink on light cards, which survives a bright room's washout."""

    background: str = "#FFFFFF"
    ink: str = "#000000"
    muted_ink: str = "#2B2B2B"
    card_fill: str = "#FFF1A8"
    card_border: str = "#000000"
    theme_fill: str = "#FFFFFF"
    bar_fill: str = "#000000"
    bar_ink: str = "#FFFFFF"
    alarm_fill: str = "#FFD400"
    alarm_ink: str = "#000000"
    reveal_fill: str = "#000000"
    reveal_ink: str = "#FFFFFF"
    citizen_bar: str = "#E69F00"
    professional_bar: str = "#0072B2"
    font_family: str = "Noto Sans"
    note_px: int = NOTE_TEXT_PX
    lane_title_px: int = 44
    bar_px: int = 32
    timer_px: int = 44
    card_border_px: float = 3.0
    text_scale: float = 1.0  # the facilitator's "projector text size"

    def font(self, pixel_size: float, *, bold: bool = False) -> QFont:
        """The projector's font at a size, with the bundled fonts as fallbacks for every script."""
        return fonts.font(round(pixel_size * self.text_scale), bold=bold, family=self.font_family)


HIGH_CONTRAST = ProjectorStyle()
