"""A note's text broken into lines for the projector: word wrap, long words broken, RTL, a cap.

Measuring and drawing share one object, so what was measured is exactly what is drawn.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

# Noto Sans's own line spacing is 1.36 em (room for stacked accents); a projector note reads as
# well at 1.2 em, which fits a room's board at a larger size. Taller lines (a fallback font for
# another script) keep their own height.
LEADING_EM = 1.2
# A pasted essay gets this many lines on the projector, the last one ending in "…"; the
# facilitator's laptop keeps the whole text.
MAX_LINES = 9
ELLIPSIS = "…"


def right_to_left(text: str) -> bool:
    """Whether the text's first strongly directional letter reads right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


_METRICS: dict[str, tuple[QFontMetricsF, float]] = {}


def _metrics(font: QFont) -> tuple[QFontMetricsF, float]:
    """The font's metrics and its natural line spacing, built once per font (they are slow)."""
    key = font.key()
    found = _METRICS.get(key)
    if found is None:
        metrics = QFontMetricsF(font)
        found = (metrics, metrics.lineSpacing())
        if len(_METRICS) > 500:
            _METRICS.clear()
        _METRICS[key] = found
    return found


def _option(rtl: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if rtl:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    return option


_OPTIONS = {False: _option(False), True: _option(True)}


def _simple(text: str) -> bool:
    """Latin, Greek or Cyrillic in one line: every line is as tall as the font's own."""
    return "\n" not in text and all(ord(char) < 0x0590 for char in text)


def text_height(text: str, font: QFont, width: float, max_lines: int = MAX_LINES) -> float:
    """How tall `WrappedText(text, font, width)` is, measured faster where it can be."""
    if not _simple(text):
        return WrappedText(text, font, width, max_lines).height
    layout = QTextLayout(text, font)
    layout.setTextOption(_OPTIONS[False])
    layout.beginLayout()
    count = 0
    width = max(1.0, width)
    while count < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    _, natural = _metrics(font)
    tight = min(natural, LEADING_EM * font.pixelSize())
    return (max(1, count) - 1) * tight + natural


def text_metrics(font: QFont) -> tuple[QFontMetricsF, float]:
    """The font's metrics and natural line spacing (cached)."""
    return _metrics(font)


def advance(text: str, font: QFont) -> float:
    """The text's width on one line (for estimates)."""
    metrics, _ = _metrics(font)
    return metrics.horizontalAdvance(text)


class WrappedText:
    """Text laid out in lines at one font and width; at most `max_lines`, the last elided."""

    def __init__(self, text: str, font: QFont, width: float, max_lines: int = MAX_LINES) -> None:
        self.font = font
        self.width = max(1.0, width)
        # QTextLayout breaks lines at U+2028, not at a newline character.
        self.text = " ".join(text.split()) if "\n" not in text else text.replace("\n", "\u2028")
        self.rtl = right_to_left(text)
        self.layout = QTextLayout(self.text, font)
        self.layout.setTextOption(_OPTIONS[self.rtl])
        metrics, natural = _metrics(font)
        tight = min(natural, LEADING_EM * font.pixelSize()) if font.pixelSize() > 0 else natural
        self.layout.beginLayout()
        y = 0.0
        count = 0
        last_height = natural
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            last_height = line.height()
            y += tight if last_height <= natural + 1.5 else last_height
            count += 1
        self.layout.endLayout()
        self.line_count = count
        self.cut = count > max_lines
        self.shown_lines = min(count, max_lines)
        self.tail = ""
        if self.cut:
            last = self.layout.lineAt(max_lines - 1)
            rest = self.text[last.textStart() :].replace("\u2028", " ")
            # Elide leaves room for the marker even when the rest would fit the line.
            self.tail = metrics.elidedText(rest + " " * 8, Qt.TextElideMode.ElideRight, self.width)
            if not self.tail.endswith(ELLIPSIS):
                self.tail = self.tail.rstrip() + ELLIPSIS
            self.height = self.layout.lineAt(max_lines - 1).y() + natural
        else:
            # The last line needs its full height (descenders), not just the step to a next one.
            normal = last_height <= natural + 1.5
            step = tight if normal else last_height
            self.height = y - step + (natural if normal else last_height) if count else natural

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        full_lines = self.shown_lines - 1 if self.cut else self.shown_lines
        for index in range(full_lines):
            self.layout.lineAt(index).draw(painter, origin)
        if self.cut:
            last = self.layout.lineAt(self.shown_lines - 1)
            metrics, _ = _metrics(self.font)
            painter.setFont(self.font)
            x = origin.x()
            if self.rtl:
                x += self.width - metrics.horizontalAdvance(self.tail)
            painter.drawText(QPointF(x, origin.y() + last.y() + metrics.ascent()), self.tail)
