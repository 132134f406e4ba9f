"""What the facilitation tabs share: accessible controls and one way to report a refusal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from ui.i18n import refusal_text
from workshop.errors import WorkshopError

Say = Callable[[str], None]


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name (and description) a screen reader says."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def button(text: str, name: str, description: str, slot: Callable[[], object]) -> QPushButton:
    """A push button that Enter in a form does not press by accident."""
    push = QPushButton(text)
    named(push, name, description)
    push.setAutoDefault(False)
    push.clicked.connect(slot)
    return push


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def attempt(say: Say, method: Callable[..., object], *args: object, **kwargs: object) -> object:
    """Call a service; a refusal is said in the message line, in one sentence.

    Returns the result (True when the service returns nothing), or None when refused.
    """
    try:
        result = method(*args, **kwargs)
    except WorkshopError as error:
        say(refusal_text(error))
        return None
    return result if result is not None else True
