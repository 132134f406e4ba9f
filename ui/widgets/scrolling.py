"""A frameless scroll area around a page of controls, so small laptops reach every control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(widget: QWidget) -> QScrollArea:
    """widget in a frameless scroll area that takes no Tab stop of its own.

    The controls inside take focus, and the area scrolls to whichever has it; a stop on the
    area itself would be a Tab press that selects nothing a screen reader can name.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area
