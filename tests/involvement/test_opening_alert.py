"""Opening the app on a record with payments owed too long shows the list, as the app opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.dialogs.overdue import OverduePaymentsDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences
from workshop.app import _OpenRecord
from workshop.services import Services
from workshop.storage import open_database


def test_the_app_opens_with_the_payments_owed_too_long(
    qtbot: QtBot, tmp_path: Path, copy_of_migrated: Callable[[Path], Path]
) -> None:
    record = copy_of_migrated(tmp_path / "record.sqlite3")
    database = open_database(str(record))
    services = Services(database)
    workshop = services.workshops.create("Home care", "Riverside Council")
    long_ago = services.sessions.create(workshop.id, "First session", date="2025-01-10")
    recent = services.sessions.create(workshop.id, "Tomorrow", date="2099-01-10")
    ann = services.participants.add(workshop.id, "Ann Example", "carer")
    services.payments.add(long_ago.id, ann.id)
    services.payments.add(recent.id, ann.id)  # not owed yet: left out of the list
    database.dispose()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opening = _OpenRecord(app, window, settings, Preferences(settings), str(record))
    try:
        opening.run()
        assert opening.failure is None
        shown = [w for w in app.topLevelWidgets() if isinstance(w, OverduePaymentsDialog)]
        assert len(shown) == 1 and shown[0].isVisible()
        assert shown[0].heading.text().startswith("1 payment owed for more than")
        assert shown[0].table.rowCount() == 1
    finally:
        window.close()
        opening.close()
