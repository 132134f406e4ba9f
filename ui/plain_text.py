"""Text from people is shown as text: Qt never guesses rich text, nothing is loaded for it.

Qt shows a string that looks like HTML as rich text wherever the format is "automatic" (labels,
message boxes, tooltips), and an `<img src=...>` in it makes Qt open the file or network path
it names. Two defences, both needed:
- `install()` makes every label in the app plain text unless its code asks for rich text
  explicitly (so a label added tomorrow is safe too);
- `tooltip()` escapes text for tooltips, which Qt always reads as possibly rich.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

# Qt's own tooltip label: it gets escaped text from `tooltip()`, so it must stay rich.
_TOOLTIP_CLASS = "QTipLabel"


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: markup escaped, line breaks kept."""
    if not text:
        return ""
    # Qt's text helpers live on QtGui's Qt namespace in PySide6.
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class PlainTextLabels(QObject):
    """Turns every automatic-format label plain before it is first laid out or drawn."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(watched, QLabel):
            make_plain(watched)
        return False


def make_plain(label: QLabel) -> None:
    """Plain text for a label whose format was left to Qt's guess."""
    if (
        label.textFormat() == Qt.TextFormat.AutoText
        and label.metaObject().className() != _TOOLTIP_CLASS
    ):
        label.setTextFormat(Qt.TextFormat.PlainText)


_filter: PlainTextLabels | None = None


def install() -> None:
    """Install the label filter on the running application (once; later calls do nothing)."""
    global _filter
    app = QCoreApplication.instance()
    if app is None or _filter is not None:
        return
    _filter = PlainTextLabels(app)
    app.installEventFilter(_filter)


__all__ = ["PlainTextLabels", "install", "make_plain", "tooltip"]
