"""Composition root: settings, database, services and windows for the desktop app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.settings import APP_NAME, DATABASE_ENV

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.preferences import Preferences
    from workshop.storage import Database

log = logging.getLogger(__name__)

ORGANISATION = "codesign-workshop"
LAST_DATABASE = "database/last"
# Exit codes of the desktop app, as the CLI's: a refused record is 2.
EXIT_REFUSED = 2
EXIT_FAILED = 1


def choose_database(explicit: str | None, remembered: str | None, default: str) -> str:
    """--database wins, then $WORKSHOP_DATABASE, then the last one used, then the default."""
    if explicit:
        return explicit
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    if remembered and (remembered.startswith("postgresql") or Path(remembered).exists()):
        return remembered
    return default


def collect_on_gui_thread(app: QCoreApplication) -> Callable[[], None]:
    """Collect cyclic garbage from a timer on the GUI thread only (see workshop.collector).

    Returns the function that gives collection back to the interpreter, at the end of the run.
    """
    from PySide6.QtCore import QTimer

    from workshop.collector import INTERVAL_MS, MainThreadCollector

    collector = MainThreadCollector()
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collector.collect_due)
    timer.start()

    def stop() -> None:
        timer.stop()
        timer.deleteLater()
        collector.close()

    return stop


def run_gui(database_target: str, args: argparse.Namespace) -> int:
    """Open the desktop app on the record chosen from the command line or remembered.

    The main window is shown first, in its opening state, and the record is opened once that
    has been painted: SQLAlchemy and the services take most of the start, and a window on
    screen at once tells the room the app heard the click. A refused record still gets its
    one-sentence dialog and the app ends with 2.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Language
    from ui.main_window import MainWindow
    from ui.preferences import DATABASE, Preferences
    from ui.startup import after_first_paint, apply_preferences

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("Co-design workshop")
    # From here on no other thread (live server, workers) ever starts a collection.
    stop_collecting = collect_on_gui_thread(app)
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
    window = MainWindow(None, settings)
    # Never larger than the screen: a 1366x768 laptop must see the capture bar and status.
    screen = app.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    window.resize(
        min(1400, room.width()) if room else 1400, min(900, room.height()) if room else 900
    )
    window.restore_geometry_from_settings()
    opening = _OpenRecord(app, window, settings, preferences, target)
    window.show()
    after_first_paint(window.opening_state, opening.run)
    try:
        code = app.exec()
    finally:
        opening.close()
        stop_collecting()
    if opening.failure is not None:
        # As before the window came first: WorkshopError reaches the CLI's one sentence and
        # exit 2, anything else its traceback.
        raise opening.failure
    return code


class _OpenRecord:
    """Opens the record into the shown main window: services, panels, the last session."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings: QSettings,
        preferences: Preferences,
        target: str,
    ) -> None:
        self.app = app
        self.window = window
        self.settings = settings
        self.preferences = preferences
        self.target = target
        self.database: Database | None = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        # Closed while it was opening: nothing to open the record for.
        if not self.window.isVisible():
            return
        try:
            self._open()
        # Handed back to run_gui and re-raised there, as if the record had opened before exec.
        except BaseException as error:
            self.failure = error
            self.app.exit(EXIT_FAILED)

    def _open(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ui.preferences import DEFAULT_TEMPLATE
        from ui.theme import load_fonts
        from ui.welcome import WelcomeScreen, needs_welcome
        from ui.workspace import assemble
        from workshop.errors import DatabaseRefused
        from workshop.room import Room
        from workshop.services import Services
        from workshop.signals import Events
        from workshop.storage import open_database

        # The bundled fonts are for the board and panels, which come now; the opening window
        # needs none, so loading them waits until it is on screen.
        load_fonts()
        try:
            self.database = open_database(self.target)
        except DatabaseRefused as refusal:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("App", "Cannot open the workshop database"),
                refusal.message,
            )
            self.app.exit(EXIT_REFUSED)
            return
        self.settings.setValue(LAST_DATABASE, self.target)
        # The event bridge is a QObject: made here, on the GUI thread, before any worker emits.
        services = Services(self.database, events=Events())
        window = self.window
        # The one owner of what is live about a session: views follow it, phones belong to it.
        window.attach(services, Room(services, parent=window))
        assemble(window, services, self.preferences)
        window.restore_state_from_settings()
        from ui.dialogs.overdue import alert_if_overdue

        alert_if_overdue(services, window)
        if needs_welcome(services):
            welcome = WelcomeScreen(
                services, window, default_template=self.preferences.get(DEFAULT_TEMPLATE)
            )
            welcome.session_ready.connect(window.open_session)
            welcome.open()

    def close(self) -> None:
        if self.database is not None:
            self.database.dispose()
