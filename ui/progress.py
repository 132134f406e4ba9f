"""Long work off the GUI thread, with a progress dialog and a Cancel that leaves nothing half-done.

The work function runs in a QThread and receives a `Progress`: it reports with
`progress.report(done, total, text)` and, at points where stopping is safe (before a commit),
calls `progress.check()`, which raises `Cancelled` once the user has pressed Cancel. Results,
refusals and cancellation come back on the GUI thread as signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.i18n import refusal_text
from workshop.errors import WorkshopError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work when the user cancelled; the task then reports `cancelled`."""


class Progress:
    """What the work function holds: report how far it is, and check whether to stop."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._stop = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it only where stopping is safe."""
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()


Work = Callable[[Progress], Any]


class _Runner(QObject):
    """Lives in the worker thread and runs the work once."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except WorkshopError as error:
            self.failed.emit(refusal_text(error))
        except Exception:
            # A bug, not the environment: keep the traceback for the log, say little to the user.
            log.exception("Background work failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Progress", "Something went wrong; nothing was changed. The log has details."
                )
            )
        else:
            if self.progress.cancelled:
                # Finished despite a late Cancel: the work is complete, so report it as done.
                log.info("Cancel arrived after the work had finished")
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class BackgroundTask(QObject):
    """Runs one work function in its own thread; signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._runner.progressed.connect(self.progressed, queued)
        self._runner.succeeded.connect(self.succeeded, queued)
        self._runner.failed.connect(self.failed, queued)
        self._runner.cancelled.connect(self.cancelled, queued)
        # quit() is thread-safe; calling it directly from the worker means a GUI thread that
        # waits for the task cannot deadlock on a queued quit.
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.finished.connect(self._on_finished)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point."""
        self._runner.progress.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def _on_finished(self) -> None:
        self.running = False


def run_with_progress(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Work,
    *,
    start: bool = True,
) -> tuple[BackgroundTask, QProgressDialog]:
    """Start work with a window-modal progress dialog whose Cancel stops it safely.

    Connect to the task's succeeded/failed/cancelled before the event loop runs again. With
    start=False the caller starts the task itself, after connecting to signals that must not
    miss the work's first report.
    """
    dialog = QProgressDialog(text, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(work, dialog)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(message)

    def on_cancel() -> None:
        dialog.setLabelText(QCoreApplication.translate("Progress", "Stopping…"))
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        task.cancel()

    task.progressed.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    task.finished.connect(dialog.close)
    if start:
        task.start()
    return task, dialog
