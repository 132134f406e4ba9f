"""Preferences round trip through the Settings dialog, and what a changed setting does."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.appearance import Appearance, load_theme, style_sheet
from ui.dialogs.settings import SettingsDialog
from ui.i18n import Language, Translations
from ui.preferences import (
    ALL_SETTINGS,
    DATABASE,
    DEFAULT_TEMPLATE,
    FONT_SCALE,
    LANGUAGE,
    LIVE_PORT,
    THEME,
    Preferences,
    Theme,
)
from ui.startup import apply_preferences


def test_defaults_when_nothing_is_stored(preferences: Preferences) -> None:
    assert preferences.get(LANGUAGE) is Language.ENGLISH
    assert preferences.get(THEME) is Theme.LIGHT
    assert preferences.get(FONT_SCALE) == 100
    assert preferences.get(LIVE_PORT) == 0
    assert len({s.key for s in ALL_SETTINGS}) == len(ALL_SETTINGS)
    assert not any(s.key.startswith("window/") for s in ALL_SETTINGS)


def test_bad_stored_values_fall_back_to_defaults(preferences: Preferences) -> None:
    preferences.store.setValue(THEME.key, "purple")
    preferences.store.setValue(FONT_SCALE.key, "huge")
    preferences.store.setValue(LIVE_PORT.key, 80)  # a privileged port is refused
    assert preferences.get(THEME) is Theme.LIGHT
    assert preferences.get(FONT_SCALE) == 100
    assert preferences.get(LIVE_PORT) == 0


def test_settings_dialog_round_trip(qtbot: QtBot, preferences: Preferences, tmp_path) -> None:
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() is Language.ENGLISH
    changed: list[str] = []
    preferences.changed.connect(changed.append)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.HIGH_CONTRAST))
    dialog.font_combo.setCurrentIndex(dialog.font_combo.findData(130))
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("how-might-we"))
    dialog.database_edit.setText(str(tmp_path / "council.sqlite3"))
    dialog.port_spin.setValue(8765)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert set(changed) == {
        THEME.key,
        FONT_SCALE.key,
        DEFAULT_TEMPLATE.key,
        DATABASE.key,
        LIVE_PORT.key,
    }

    # A new store over the same file reads back exactly what was chosen, typed.
    store = QSettings(preferences.store.fileName(), QSettings.Format.IniFormat)
    again = Preferences(store)
    assert again.get(THEME) is Theme.HIGH_CONTRAST
    assert again.get(FONT_SCALE) == 130
    assert again.get(DEFAULT_TEMPLATE) == "how-might-we"
    assert again.get(DATABASE) == str(tmp_path / "council.sqlite3")
    assert again.get(LIVE_PORT) == 8765
    reopened = SettingsDialog(again)
    qtbot.addWidget(reopened)
    assert reopened.values() == dialog.values()


def test_choosing_cymraeg_switches_the_app_and_the_dialog(
    qtbot: QtBot, qapp: QApplication, preferences: Preferences, translations: Translations
) -> None:
    def follow(key: str) -> None:
        if key == LANGUAGE.key:
            translations.apply(preferences.get(LANGUAGE))

    preferences.changed.connect(follow)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(Language.WELSH))
    dialog.apply()
    assert translations.language is Language.WELSH
    assert dialog.windowTitle() == "Gosodiadau"
    assert dialog.labels[LANGUAGE.key].text() == "Iaith:"
    assert dialog.theme_combo.itemText(2) == "Cyferbyniad uchel"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    # Each language is named in itself whatever the app speaks.
    assert [dialog.language_combo.itemText(i) for i in range(2)] == ["English", "Cymraeg"]


def test_every_theme_fills_the_whole_style_sheet() -> None:
    for theme in Theme:
        sheet = style_sheet(load_theme(theme))
        assert "$" not in sheet
        assert load_theme(theme).colours["text"] in sheet


def test_theme_and_text_size_apply_to_the_application(
    qapp: QApplication, preferences: Preferences, translations: Translations
) -> None:
    base = qapp.font().pointSizeF()
    look = apply_preferences(qapp, preferences)
    try:
        preferences.set(THEME, Theme.DARK)
        assert qapp.palette().window().color().name().upper() == "#1E1F22"
        preferences.set(FONT_SCALE, 150)
        assert abs(qapp.font().pointSizeF() - base * 1.5) < 0.01
    finally:
        preferences.set(FONT_SCALE, 100)
        preferences.set(THEME, Theme.LIGHT)
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())
    assert isinstance(look.appearance, Appearance)
    assert abs(qapp.font().pointSizeF() - base) < 0.01
