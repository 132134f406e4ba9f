"""Composition root: settings, database, services and windows for the desktop app."""

from __future__ import annotations

import argparse
import sys


def run_gui(database_target: str, args: argparse.Namespace) -> int:
    """Open the desktop app on the record at database_target."""
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    from workshop.services import Services
    from workshop.storage import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    services = Services(open_database(database_target))
    window = QMainWindow()
    window.setWindowTitle("Co-design workshop")
    listing = QListWidget()
    for workshop in services.workshops.list():
        listing.addItem(workshop.title)
    window.setCentralWidget(listing)
    window.show()
    return app.exec()
