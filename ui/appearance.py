"""The app's look from preferences: a theme's named colours filled into one QSS, and text size."""

from __future__ import annotations

import json
from dataclasses import dataclass
from string import Template

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.preferences import FONT_SCALE, THEME, Preferences, Theme
from workshop import bundled

COLOUR_NAMES = (
    "window",
    "base",
    "alternate",
    "text",
    "muted",
    "border",
    "button",
    "accent",
    "accent_text",
    "focus",
    "warning",
    "tooltip",
    "error",
    "success",
    "notice",
)


@dataclass(frozen=True)
class ThemePalette:
    """A theme's named colours, as read from resources/themes/<name>.json."""

    name: str
    colours: dict[str, str]
    border_width: int = 1

    def colour(self, name: str) -> QColor:
        return QColor(self.colours[name])


def load_theme(theme: Theme) -> ThemePalette:
    data = json.loads(bundled.read_text("themes", f"{theme.value}.json"))
    return ThemePalette(
        name=data["name"],
        colours={name: data[name] for name in COLOUR_NAMES},
        border_width=int(data.get("border_width", 1)),
    )


def style_sheet(palette: ThemePalette) -> str:
    """The one QSS template with this palette's colours filled in."""
    # Images in the style sheet are named "themes:FILE", found in the bundled themes folder.
    if str(bundled.folder_path("themes")) not in QDir.searchPaths("themes"):
        QDir.addSearchPath("themes", str(bundled.folder_path("themes")))
    template = bundled.read_text("themes", "template.qss")
    tick = "dark" if palette.colour("accent_text").lightnessF() < 0.5 else "light"
    return Template(template).substitute(
        palette.colours, border_width=palette.border_width, check_mark=f"themes:check-{tick}.svg"
    )


def qt_palette(palette: ThemePalette) -> QPalette:
    """The same colours as a QPalette, so widgets the style sheet does not reach agree."""
    qp = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: "window",
        role.WindowText: "text",
        role.Base: "base",
        role.AlternateBase: "alternate",
        role.Text: "text",
        role.Button: "button",
        role.ButtonText: "text",
        role.Highlight: "accent",
        role.HighlightedText: "accent_text",
        role.ToolTipBase: "tooltip",
        role.ToolTipText: "text",
        role.PlaceholderText: "muted",
        role.Link: "accent",
    }
    for qt_role, name in pairs.items():
        qp.setColor(qt_role, palette.colour(name))
    for qt_role in (role.WindowText, role.Text, role.ButtonText):
        qp.setColor(QPalette.ColorGroup.Disabled, qt_role, palette.colour("muted"))
    return qp


class Appearance:
    """Applies theme and text size to the application, and again whenever they change."""

    def __init__(self, app: QApplication, preferences: Preferences) -> None:
        self._app = app
        self.preferences = preferences
        self._base_point_size = app.font().pointSizeF()
        preferences.changed.connect(self._on_changed)

    def apply(self) -> None:
        theme = load_theme(self.preferences.get(THEME))
        self._app.setPalette(qt_palette(theme))
        self._app.setStyleSheet(style_sheet(theme))
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * self.preferences.get(FONT_SCALE) / 100)
        self._app.setFont(font)

    def _on_changed(self, key: str) -> None:
        if key in (THEME.key, FONT_SCALE.key):
            self.apply()
