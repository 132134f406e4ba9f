"""What the app does with preferences as it starts: language, theme and text size, kept live."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.appearance import Appearance
from ui.i18n import Language, Translations
from ui.preferences import LANGUAGE, Preferences


@dataclass
class Look:
    """The objects that keep the app's language and look in step with the preferences."""

    translations: Translations
    appearance: Appearance


def apply_preferences(
    app: QApplication, preferences: Preferences, language: Language | None = None
) -> Look:
    """Install the chosen language (a --language option wins) and look, and follow changes."""
    translations = Translations(app)
    translations.apply(language or preferences.get(LANGUAGE))
    appearance = Appearance(app, preferences)
    appearance.apply()

    def on_changed(key: str) -> None:
        if key == LANGUAGE.key:
            translations.apply(preferences.get(LANGUAGE))

    preferences.changed.connect(on_changed)
    return Look(translations, appearance)


# If the window is never painted (started minimised, or a platform that does not expose it),
# the record opens anyway after this long.
FIRST_PAINT_FALLBACK_MS = 400


class _FirstPaint(QObject):
    """Calls back once, just after the watched widget's first paint pass has finished."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            # A zero timer runs after the rest of this paint pass is on screen.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run callback once the widget has been painted for the first time (or shortly anyway)."""
    _FirstPaint(widget, callback)
