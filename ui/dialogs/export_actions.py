"""File › Export actions (CSV)…: every action of the workshop for an officer's tracker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import refusal_text
from workshop.errors import WorkshopError
from workshop.files import write_output
from workshop.services import Services


def write_actions_csv(services: Services, workshop_id: int, path: Path) -> int:
    """Write the workshop's actions as the CLI's `workshop actions` does; returns how many."""
    from exports.csv_actions import actions_csv

    actions = services.actions.for_workshop(workshop_id)
    sessions = {session.id: session for session in services.sessions.list(workshop_id)}
    people = services.participants.list(workshop_id)
    write_output(path, actions_csv(actions, sessions, people), services.database.files)
    return len(actions)


def choose_and_export_actions(
    parent: QWidget, services: Services, session_id: int, folder: Path | None = None
) -> str:
    """Ask where to save, write the CSV, and return one sentence saying what happened."""
    session = services.sessions.get(session_id)
    workshop = services.workshops.get(session.workshop_id)
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in workshop.title)
    default = (folder or Path.home()) / (("-".join(safe.split()) or "actions") + "-actions.csv")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportActions", "Export actions"),
        str(default),
        QCoreApplication.translate("ExportActions", "Spreadsheet (*.csv)"),
    )
    if not chosen:
        return ""
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    try:
        count = write_actions_csv(services, workshop.id, path)
    except WorkshopError as error:
        return refusal_text(error)
    if count == 1:
        return QCoreApplication.translate("ExportActions", "Saved 1 action to {path}.").format(
            path=path
        )
    return QCoreApplication.translate("ExportActions", "Saved {count} actions to {path}.").format(
        count=count, path=path
    )
