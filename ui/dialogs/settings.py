"""The Settings dialog: language, database, projector screen, look, default template, phones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.preferences import (
    ALL_SETTINGS,
    DATABASE,
    DEFAULT_TEMPLATE,
    FONT_SCALE,
    FONT_SCALES,
    LANGUAGE,
    LIVE_INTERFACE,
    LIVE_PORT,
    PROJECTOR_SCREEN,
    THEME,
    Preferences,
    Setting,
    Theme,
)
from workshop import templates
from workshop.live.interfaces import local_addresses


class SettingsDialog(QDialog):
    """Shows the stored preferences; OK or Apply stores them, and listeners react at once.

    The language applies live: Preferences.changed reaches ui.i18n.Translations (wired by the
    composition root), Qt sends LanguageChange, and this dialog re-translates itself too.
    """

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setMinimumWidth(560)

        self.language_combo = QComboBox()
        for language in Language:
            # Each language named in itself, so a Welsh speaker finds "Cymraeg" in any state.
            self.language_combo.addItem(language.native_name, language)
        self.database_edit = QLineEdit()
        self.database_button = QPushButton()
        self.database_button.clicked.connect(self._choose_database)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.database_button)
        self.screen_combo = QComboBox()
        self.theme_combo = QComboBox()
        for theme in Theme:
            self.theme_combo.addItem("", theme)
        self.font_combo = QComboBox()
        for percent in FONT_SCALES:
            self.font_combo.addItem(f"{percent}%", percent)
        self.template_combo = QComboBox()
        for template in templates.all_templates():
            self.template_combo.addItem(template.name, template.id)
        self.interface_combo = QComboBox()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)

        self.fields: dict[str, QWidget] = {
            LANGUAGE.key: self.language_combo,
            DATABASE.key: self.database_edit,
            PROJECTOR_SCREEN.key: self.screen_combo,
            THEME.key: self.theme_combo,
            FONT_SCALE.key: self.font_combo,
            DEFAULT_TEMPLATE.key: self.template_combo,
            LIVE_INTERFACE.key: self.interface_combo,
            LIVE_PORT.key: self.port_spin,
        }
        self.labels: dict[str, QLabel] = {}
        self.general_box = QGroupBox()
        self.room_box = QGroupBox()
        self.phones_box = QGroupBox()
        layout = QVBoxLayout(self)
        groups: list[tuple[QGroupBox, list[Setting[Any]]]] = [
            (self.general_box, [LANGUAGE, DATABASE, DEFAULT_TEMPLATE]),
            (self.room_box, [THEME, FONT_SCALE, PROJECTOR_SCREEN]),
            (self.phones_box, [LIVE_INTERFACE, LIVE_PORT]),
        ]
        for box, settings in groups:
            form = QFormLayout(box)
            for setting in settings:
                label = QLabel()
                field = self.fields[setting.key]
                label.setBuddy(field)
                self.labels[setting.key] = label
                form.addRow(label, database_row if setting is DATABASE else field)
            layout.addWidget(box)
        self.restart_note = QLabel()
        self.restart_note.setObjectName("hint")
        self.restart_note.setWordWrap(True)
        layout.addWidget(self.restart_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout.addWidget(self.buttons)
        self._fill_screens()
        self._fill_interfaces()
        self.retranslate_ui()
        self.load()

    # ----- texts -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.general_box.setTitle(self.tr("General"))
        self.room_box.setTitle(self.tr("Appearance and projector"))
        self.phones_box.setTitle(self.tr("Phones (live participation)"))
        for key, label in self.labels.items():
            setting = next(s for s in ALL_SETTINGS if s.key == key)
            label.setText(setting.translated_label + ":")
            self.fields[key].setToolTip(setting.translated_hint)
        self.database_button.setText(self.tr("Choose…"))
        self.database_edit.setPlaceholderText(self.tr("The usual data folder"))
        for index in range(self.theme_combo.count()):
            self.theme_combo.setItemText(index, self.theme_combo.itemData(index).label)
        self.screen_combo.setItemText(0, self.tr("Automatic (the other screen)"))
        self.interface_combo.setItemText(0, self.tr("Automatic (the main network)"))
        self.port_spin.setSpecialValueText(self.tr("Automatic"))
        self.restart_note.setText(
            self.tr(
                "Language, theme and text size change at once. A new database location is "
                "used the next time the app starts."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- values ------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored values."""
        p = self.preferences
        _select(self.language_combo, p.get(LANGUAGE))
        self.database_edit.setText(p.get(DATABASE))
        _select(self.screen_combo, p.get(PROJECTOR_SCREEN))
        _select(self.theme_combo, p.get(THEME))
        _select(self.font_combo, p.get(FONT_SCALE), add=f"{p.get(FONT_SCALE)}%")
        _select(self.template_combo, p.get(DEFAULT_TEMPLATE))
        _select(self.interface_combo, p.get(LIVE_INTERFACE), add=p.get(LIVE_INTERFACE))
        self.port_spin.setValue(p.get(LIVE_PORT))

    def values(self) -> dict[str, Any]:
        """What the dialog shows now, by setting key."""
        return {
            LANGUAGE.key: self.language_combo.currentData(),
            DATABASE.key: self.database_edit.text().strip(),
            PROJECTOR_SCREEN.key: self.screen_combo.currentData(),
            THEME.key: self.theme_combo.currentData(),
            FONT_SCALE.key: self.font_combo.currentData(),
            DEFAULT_TEMPLATE.key: self.template_combo.currentData(),
            LIVE_INTERFACE.key: self.interface_combo.currentData(),
            LIVE_PORT.key: self.port_spin.value(),
        }

    def apply(self) -> None:
        """Store every value; the language last, so the dialog re-translates once at the end."""
        values = self.values()
        for setting in (*[s for s in ALL_SETTINGS if s is not LANGUAGE], LANGUAGE):
            self.preferences.set(setting, values[setting.key])

    def accept(self) -> None:
        self.apply()
        super().accept()

    # ----- helpers -----------------------------------------------------------------------

    def _fill_screens(self) -> None:
        self.screen_combo.addItem("", "")
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            self.screen_combo.addItem(
                f"{screen.name()} ({size.width()}×{size.height()})", screen.name()
            )

    def _fill_interfaces(self) -> None:
        self.interface_combo.addItem("", "")
        for address in local_addresses():
            self.interface_combo.addItem(address.label, address.address)

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the workshops"),
            self.database_edit.text(),
            self.tr("Workshop database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)


def _select(combo: QComboBox, value: object, add: str = "") -> None:
    """Choose the item holding value; add it (labelled add) when it is missing and add is set."""
    index = combo.findData(value)
    if index < 0 and add:
        combo.addItem(add, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
