"""Tones for messages and banners: the theme's style sheet colours them (resources/themes)."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QWidget


class Tone(enum.Enum):
    """What a message means; each theme gives it colours that meet its contrast rules."""

    ERROR = "error"
    DONE = "done"
    NOTICE = "notice"
    INFO = "info"


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Give widget a tone (None: plain), and restyle it now."""
    widget.setProperty("tone", tone.value if tone else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
