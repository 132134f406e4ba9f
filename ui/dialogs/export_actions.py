"""File › Export actions (CSV)…: every action of the workshop for an officer's tracker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
    parent: QWidget,
    services: Services,
    session_id: int,
    done: Callable[[str], None],
    folder: Path | None = None,
) -> QFileDialog:
    """Ask where to save without blocking (the app keeps serving phones), then write the CSV.

    done receives one sentence saying what happened; the dialog deletes itself once closed.
    """
    session = services.sessions.get(session_id)
    workshop = services.workshops.get(session.workshop_id)
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in workshop.title)
    default = (folder or Path.home()) / (("-".join(safe.split()) or "actions") + "-actions.csv")
    chooser = QFileDialog(parent, QCoreApplication.translate("ExportActions", "Export actions"))
    chooser.setNameFilter(QCoreApplication.translate("ExportActions", "Spreadsheet (*.csv)"))
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setFileMode(QFileDialog.FileMode.AnyFile)
    chooser.setDefaultSuffix("csv")
    chooser.selectFile(str(default))
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(
        lambda chosen: done(_export_to(services, workshop.id, Path(chosen))) if chosen else None
    )
    chooser.open()
    return chooser


def _export_to(services: Services, workshop_id: int, path: Path) -> str:
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    try:
        count = write_actions_csv(services, workshop_id, path)
    except WorkshopError as error:
        return refusal_text(error)
    if count == 1:
        return QCoreApplication.translate("ExportActions", "Saved 1 action to {path}.").format(
            path=path
        )
    return QCoreApplication.translate("ExportActions", "Saved {count} actions to {path}.").format(
        count=count, path=path
    )
