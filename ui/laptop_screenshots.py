"""Screenshots of the main window on a 1366x768 laptop in each look, for docs/images.

python -m ui.laptop_screenshots docs/images      (part of: make screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from ui.i18n import Language
from ui.main_window import MainWindow
from ui.preferences import THEME, Preferences, Theme
from ui.startup import apply_preferences
from ui.theme import load_fonts
from ui.workspace import assemble
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database

# A 1366x768 screen less a 40 px task bar.
LAPTOP = QSize(1366, 728)
LOOKS = (
    ("laptop-light.png", Theme.LIGHT, Language.ENGLISH),
    ("laptop-dark.png", Theme.DARK, Language.ENGLISH),
    ("laptop-high-contrast.png", Theme.HIGH_CONTRAST, Language.ENGLISH),
    ("laptop-welsh.png", Theme.LIGHT, Language.WELSH),
)


def make_laptop_screenshots(folder: Path) -> list[Path]:
    """The demo's first session at laptop size in light, dark, high contrast and Welsh."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    load_fonts()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        services = Services(open_database(Path(scratch) / "demo.sqlite3"))
        first_session = create_demo(services).sessions[0][0]
        for number, (name, theme, language) in enumerate(LOOKS):
            settings = QSettings(
                str(Path(scratch) / f"settings-{number}.ini"), QSettings.Format.IniFormat
            )
            preferences = Preferences(settings)
            preferences.set(THEME, theme)
            look = apply_preferences(app, preferences, language)
            window = MainWindow(services, settings)
            workspace = assemble(window, services, preferences)
            window.fit_to_screen(LAPTOP)
            window.show()
            window.open_session(first_session)
            for _ in range(20):
                app.processEvents()
            path = folder / name
            if not window.grab().save(str(path)):
                raise OSError(f"Could not write {path}")
            written.append(path)
            workspace.room.close()
            workspace.projector.close()
            window.close()
            look.translations.apply(Language.ENGLISH)
        services.database.dispose()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    for path in make_laptop_screenshots(target):
        print(path)
