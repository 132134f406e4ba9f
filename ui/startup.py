"""What the app does with preferences as it starts: language, theme and text size, kept live."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

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
