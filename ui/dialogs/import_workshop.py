"""Importing a workshop file in the background, with progress and a Cancel that writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui.progress import BackgroundTask, Progress, run_with_progress
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import WorkshopView


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWorkshop", text)


def import_work(services: Services, path: Path) -> object:
    """The work itself: read, check and write in one transaction, stopping before commit."""

    def work(progress: Progress) -> WorkshopView:
        progress.report(
            0,
            0,
            QCoreApplication.translate("ImportWorkshop", "Reading {file}…").format(file=path.name),
        )
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise WorkshopError(
                QCoreApplication.translate(
                    "ImportWorkshop", "The file {file} could not be read: {reason}."
                ).format(file=path.name, reason=error.strerror or error)
            ) from error
        progress.check()

        def checkpoint(done: int, total: int) -> None:
            progress.report(
                done,
                total,
                QCoreApplication.translate("ImportWorkshop", "Importing {file}…").format(
                    file=path.name
                ),
            )
            # Raising here rolls the single transaction back: nothing of the file is kept.
            progress.check()

        return services.interchange.import_workshop(raw, checkpoint=checkpoint)

    return work


class WorkshopImport(QObject):
    """One import in progress: its task, its progress dialog, and the outcome as signals."""

    imported = Signal(object)  # WorkshopView
    refused = Signal(str)  # one sentence: why nothing was imported
    cancelled = Signal()

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.task: BackgroundTask
        self.dialog: QProgressDialog
        self.task, self.dialog = run_with_progress(
            parent,
            QCoreApplication.translate("ImportWorkshop", "Import a workshop"),
            QCoreApplication.translate("ImportWorkshop", "Importing {file}…").format(
                file=path.name
            ),
            import_work(services, path),  # type: ignore[arg-type]
        )
        self.task.succeeded.connect(self.imported)
        self.task.failed.connect(self.refused)
        self.task.cancelled.connect(self.cancelled)

    def cancel(self) -> None:
        self.task.cancel()


def choose_and_import(services: Services, parent: QWidget) -> WorkshopImport | None:
    """File › Import workshop…: ask for a file, import it, and say how it went."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWorkshop", "Import a workshop"),
        "",
        QCoreApplication.translate("ImportWorkshop", "Workshop files (*.json);;All files (*)"),
    )
    if not chosen:
        return None
    job = WorkshopImport(services, Path(chosen), parent)
    job.imported.connect(
        lambda view: QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportWorkshop", "Import a workshop"),
            QCoreApplication.translate("ImportWorkshop", "Imported “{title}”.").format(
                title=view.title
            ),
        )
    )
    job.refused.connect(
        lambda message: QMessageBox.warning(
            parent, QCoreApplication.translate("ImportWorkshop", "Nothing was imported"), message
        )
    )
    return job
