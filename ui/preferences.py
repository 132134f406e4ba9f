"""The user's preferences: each declared once with its type, default and label, kept in QSettings.

Window geometry and dock layout are not preferences; the main window keeps them under its own
"window/" keys. Preferences carry a version so a later release can migrate them explicitly.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal

from ui.i18n import Language, translate

T = TypeVar("T")

VERSION_KEY = "preferences/version"
VERSION = 2
# Version 1 kept two settings under "general/", which Qt's INI files reserve for keys outside any
# group: a fresh process read them back as "General/…", so the language was lost on restart and
# each save added another [%General] section. Version 2 keeps them under "app/".
_VERSION_1_GROUP_KEYS = ("language", "database")


# Labels are marked with QT_TRANSLATE_NOOP where declared and translated where shown.
CONTEXT = "Preferences"


class Theme(enum.Enum):
    """How the app's windows look (the projector keeps its own dark palette)."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"

    @property
    def label(self) -> str:
        return translate(CONTEXT, _THEME_LABELS[self])


_THEME_LABELS = {
    Theme.LIGHT: QT_TRANSLATE_NOOP("Preferences", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("Preferences", "Dark"),
    Theme.HIGH_CONTRAST: QT_TRANSLATE_NOOP("Preferences", "High contrast"),
}


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is stored, its default (which fixes its type) and its label."""

    key: str
    default: T
    label: str
    hint: str = ""
    check: Callable[[T], bool] | None = None

    def decode(self, raw: object) -> T:
        """The stored value in this setting's type; the default when it is missing or bad."""
        if raw is None:
            return self.default
        default: Any = self.default
        value: Any
        try:
            if isinstance(default, enum.Enum):
                value = type(default)(raw)
            elif isinstance(default, bool):
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif isinstance(default, int):
                value = int(cast(Any, raw))
            elif isinstance(default, float):
                value = float(cast(Any, raw))
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.check is not None and not self.check(value):
            return self.default
        return cast(T, value)

    def encode(self, value: T) -> object:
        return value.value if isinstance(value, enum.Enum) else value

    @property
    def translated_label(self) -> str:
        return translate(CONTEXT, self.label)

    @property
    def translated_hint(self) -> str:
        return translate(CONTEXT, self.hint) if self.hint else ""


FONT_SCALES = (90, 100, 115, 130, 150, 175, 200)

LANGUAGE = Setting(
    "app/language",
    Language.ENGLISH,
    QT_TRANSLATE_NOOP("Preferences", "Language"),
    QT_TRANSLATE_NOOP(
        "Preferences", "The language of menus, panels and help. Notes stay as written."
    ),
)
DATABASE = Setting(
    "app/database",
    "",
    QT_TRANSLATE_NOOP("Preferences", "Database"),
    QT_TRANSLATE_NOOP(
        "Preferences", "The file the app opens when none is given. Empty: the usual data folder."
    ),
)
PROJECTOR_SCREEN = Setting(
    "projector/screen",
    "",
    QT_TRANSLATE_NOOP("Preferences", "Projector screen"),
    QT_TRANSLATE_NOOP(
        "Preferences", "Where the projector view opens. Automatic: the other screen."
    ),
)
THEME = Setting(
    "appearance/theme",
    Theme.LIGHT,
    QT_TRANSLATE_NOOP("Preferences", "Theme"),
    QT_TRANSLATE_NOOP("Preferences", "High contrast suits low vision and bright rooms."),
)
FONT_SCALE = Setting(
    "appearance/font_scale",
    100,
    QT_TRANSLATE_NOOP("Preferences", "Text size"),
    QT_TRANSLATE_NOOP(
        "Preferences", "Larger text in menus and panels; the board has its own zoom."
    ),
    check=lambda percent: 50 <= percent <= 300,
)
DEFAULT_TEMPLATE = Setting(
    "sessions/default_template",
    "what-matters",
    QT_TRANSLATE_NOOP("Preferences", "Default template"),
    QT_TRANSLATE_NOOP("Preferences", "The method chosen first when you create a session."),
)
# Same key as the live panel's remembered network, so the two always agree.
LIVE_INTERFACE = Setting(
    "live/interface",
    "",
    QT_TRANSLATE_NOOP("Preferences", "Network for phones"),
    QT_TRANSLATE_NOOP("Preferences", "Which network phones join on. Automatic: the main network."),
)
LIVE_PORT = Setting(
    "live/port",
    0,
    QT_TRANSLATE_NOOP("Preferences", "Port for phones"),
    QT_TRANSLATE_NOOP(
        "Preferences", "0 picks a free port each time; fix one if a firewall needs it."
    ),
    check=lambda port: port == 0 or 1024 <= port <= 65535,
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    DATABASE,
    PROJECTOR_SCREEN,
    THEME,
    FONT_SCALE,
    DEFAULT_TEMPLATE,
    LIVE_INTERFACE,
    LIVE_PORT,
)


class Preferences(QObject):
    """Typed reads and writes over a QSettings store; says which setting changed."""

    changed = Signal(str)  # the setting's key

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else QSettings()
        self._migrate()

    def get(self, setting: Setting[T]) -> T:
        return setting.decode(self.store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value (the default when it fails the setting's check); say so if it changed."""
        checked = setting.decode(setting.encode(value))
        before = self.get(setting)
        self.store.setValue(setting.key, setting.encode(checked))
        self.store.sync()
        if checked != before:
            self.changed.emit(setting.key)

    def values(self) -> dict[str, Any]:
        return {setting.key: self.get(setting) for setting in ALL_SETTINGS}

    def _migrate(self) -> None:
        """Bring an older store up to VERSION, one version at a time."""
        stored = self.store.value(VERSION_KEY)
        try:
            version = int(stored) if stored is not None else 1  # type: ignore[call-overload]
        except (TypeError, ValueError):
            version = 1
        if version < 2:
            self._move_out_of_general_group()
        if version != VERSION:
            self.store.setValue(VERSION_KEY, VERSION)
            self.store.sync()

    def _move_out_of_general_group(self) -> None:
        """Version 1 to 2: move the "general/…" keys to "app/"."""
        for name in _VERSION_1_GROUP_KEYS:
            # Within the process that wrote it the key reads as "general/…"; in any later one,
            # as "General/…". The later spelling is what a restart saw, so the earlier wins
            # only when it is the sole one.
            value = self.store.value(f"General/{name}")
            if value is None:
                value = self.store.value(f"general/{name}")
            if value is not None and self.store.value(f"app/{name}") is None:
                self.store.setValue(f"app/{name}", value)
        self.store.remove("General")
        self.store.remove("general")
