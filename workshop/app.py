"""Composition root: settings, database, services and windows for the desktop app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from workshop.settings import APP_NAME, DATABASE_ENV

log = logging.getLogger(__name__)

ORGANISATION = "codesign-workshop"
LAST_DATABASE = "database/last"


def choose_database(explicit: str | None, remembered: str | None, default: str) -> str:
    """--database wins, then $WORKSHOP_DATABASE, then the last one used, then the default."""
    if explicit:
        return explicit
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    if remembered and (remembered.startswith("postgresql") or Path(remembered).exists()):
        return remembered
    return default


def run_gui(database_target: str, args: argparse.Namespace) -> int:
    """Open the desktop app on the record chosen from the command line or remembered."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.i18n import Language
    from ui.main_window import MainWindow
    from ui.preferences import DATABASE, DEFAULT_TEMPLATE, Preferences
    from ui.startup import apply_preferences
    from ui.theme import load_fonts
    from ui.welcome import WelcomeScreen, needs_welcome
    from ui.workspace import assemble
    from workshop.errors import DatabaseRefused
    from workshop.services import Services
    from workshop.storage import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("Co-design workshop")
    load_fonts()
    settings = QSettings(ORGANISATION, APP_NAME)
    preferences = Preferences(settings)
    # Language, theme and text size before any window exists; --language wins for this run.
    chosen = getattr(args, "language", None)
    # Held for the whole run: it re-applies language and look when Settings change them.
    _look = apply_preferences(app, preferences, Language.from_code(chosen) if chosen else None)
    remembered = settings.value(LAST_DATABASE)
    target = choose_database(
        getattr(args, "database", None),
        remembered if isinstance(remembered, str) else None,
        preferences.get(DATABASE) or database_target,
    )
    try:
        database = open_database(target)
    except DatabaseRefused as refusal:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the workshop database"),
            refusal.message,
        )
        return 2
    settings.setValue(LAST_DATABASE, target)
    services = Services(database)
    window = MainWindow(services, settings)
    assemble(window, services, preferences)
    window.resize(1400, 900)
    window.restore_from_settings()
    window.show()
    if needs_welcome(services):
        welcome = WelcomeScreen(
            services, window, default_template=preferences.get(DEFAULT_TEMPLATE)
        )
        welcome.session_ready.connect(window.open_session)
        welcome.open()
    try:
        return app.exec()
    finally:
        database.dispose()
