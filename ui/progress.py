"""Long work off the GUI thread, with a progress dialog and a Cancel that leaves nothing half-done.

This is the one worker-thread helper (exports, imports, backups use it) and it follows the
one progress-and-cancel protocol of `workshop.progress`: the work receives a `Progress`,
reports with `progress.report(done, total, text)` and calls `progress.check()` where stopping
is safe. Results, refusals and cancellation come back on the GUI thread as signals.

What the worker may touch: the work gets plain data (snapshots, paths, bytes) and returns
plain data; an import is the one exception, writing the record through the services in its
own unit of work. No QObject lives in the worker thread, and no cyclic garbage collection
starts there: the worker's many allocations (a PDF is millions of small objects) would start
collections on the worker thread, and a collection frees whatever garbage the GUI thread left
behind: Qt wrappers, whose C++ objects must die on their own thread, and SQLAlchemy's
connection finalisers. That crashed about one export in five. In the app, automatic
collection is off for the whole run and the GUI thread collects from a timer
(`workshop.collector`); wherever that is not installed, collection is paused while work runs
and the GUI thread collects when the last task ends. Reference counting still frees acyclic
garbage at once.
"""

from __future__ import annotations

import enum
import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ui.i18n import refusal_text
from workshop.errors import WorkshopError
from workshop.progress import Cancelled, Progress

__all__ = ["BackgroundTask", "Cancelled", "Progress", "Work", "run_with_progress"]

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]


class _CollectorPause(QObject):
    """Pauses automatic garbage collection while any background work runs.

    It lives on the GUI thread as a child of the application, so it hears every worker end
    even when the task that started it was deleted first.
    """

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._running: set[QThread] = set()
        self._was_enabled = True

    def enter(self, worker: QThread) -> None:
        if not self._running:
            self._was_enabled = gc.isenabled()
            # Collect now, on the GUI thread, so nothing old is left for the worker to find.
            gc.collect()
            gc.disable()
        self._running.add(worker)
        worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)

    def leave(self, worker: QThread) -> None:
        """A worker is done: once none runs, collect again (here, on the GUI thread)."""
        self._running.discard(worker)
        self._resume_if_idle()

    @Slot()
    def _on_worker_finished(self) -> None:
        # Also reached when the task that started the worker was deleted before it finished.
        self._running = {worker for worker in self._running if not worker.isFinished()}
        self._resume_if_idle()

    def _resume_if_idle(self) -> None:
        if not self._running and self._was_enabled and not gc.isenabled():
            gc.enable()
            gc.collect()


_pause: _CollectorPause | None = None


def _collector_pause() -> _CollectorPause:
    global _pause
    if _pause is None or not isValid(_pause):
        _pause = _CollectorPause(QCoreApplication.instance())
    return _pause


class _Ending(enum.Enum):
    SUCCEEDED = enum.auto()
    FAILED = enum.auto()
    CANCELLED = enum.auto()


class _Outcome:
    """What the work ended with, handed from the worker to the GUI thread as plain data."""

    def __init__(self) -> None:
        self.ending = _Ending.FAILED
        self.value: Any = None


class _WorkerThread(QThread):
    """Runs the work once in run(). The thread object itself lives in the GUI thread."""

    # Emitted on the worker thread; a connection with a context object on the GUI thread
    # is queued, a plain function runs on the worker (tests use that to hold the work).
    progressed = Signal(int, int, str)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed.emit)
        self.outcome = _Outcome()

    def run(self) -> None:
        outcome = self.outcome
        try:
            outcome.value = self._work(self.progress)
            outcome.ending = _Ending.SUCCEEDED
            if self.progress.cancelled:
                # Finished despite a late Cancel: the work is complete, so report it as done.
                log.info("Cancel arrived after the work had finished")
        except Cancelled:
            outcome.ending = _Ending.CANCELLED
        except WorkshopError as error:
            outcome.value = error  # put into words on the GUI thread
        except Exception:
            # A bug, not the environment: keep the traceback for the log, say little to the user.
            log.exception("Background work failed")


class BackgroundTask(QObject):
    """Runs one work function in its own thread; signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = _WorkerThread(work)
        queued = Qt.ConnectionType.QueuedConnection
        self._runner.progressed.connect(self.progressed, queued)
        # QThread.finished is emitted by the worker as it ends; queued, it is handled here.
        self._runner.finished.connect(self._on_thread_finished, queued)
        self.running = False

    def start(self) -> None:
        self.running = True
        _collector_pause().enter(self._runner)
        self._runner.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point."""
        self._runner.progress.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._runner.wait(milliseconds)

    @Slot()
    def _on_thread_finished(self) -> None:
        if not self.running:
            return
        self.running = False
        _collector_pause().leave(self._runner)
        outcome = self._runner.outcome
        if outcome.ending is _Ending.SUCCEEDED:
            self.succeeded.emit(outcome.value)
        elif outcome.ending is _Ending.CANCELLED:
            self.cancelled.emit()
        elif isinstance(outcome.value, WorkshopError):
            self.failed.emit(refusal_text(outcome.value))
        else:
            self.failed.emit(
                QCoreApplication.translate(
                    "Progress", "Something went wrong; nothing was changed. The log has details."
                )
            )
        self.finished.emit()


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
