"""The one worker-thread helper: nothing Qt or SQLAlchemy is freed on its thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui.progress import BackgroundTask
from workshop.errors import ValidationError
from workshop.progress import Cancelled, Progress

WORKERS: list[int] = []


def _busy(progress: Progress) -> str:
    """Like laying out a PDF: a great many small objects, some of them in cycles."""
    WORKERS.append(threading.get_ident())
    for step in range(200_000):
        loop: list[Any] = [step]
        loop.append(loop)
    progress.report(1, 1, "")
    return "done"


def test_no_garbage_is_collected_on_the_worker_thread(qtbot: QtBot) -> None:
    # Garbage the GUI thread leaves behind: a Qt object in a reference cycle. Freed on the
    # worker thread, its C++ side would die away from its own thread (the crash of issue 14).
    left_behind = QObject()
    left_behind.setProperty("cycle", [left_behind])
    holder: list[Any] = [left_behind]
    holder.append(holder)
    threads: list[int] = []

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(watch)
    try:
        del left_behind, holder
        task = BackgroundTask(_busy)
        with qtbot.waitSignal(task.finished, timeout=30_000):
            task.start()
        assert task.wait()
    finally:
        gc.callbacks.remove(watch)
    # Without the pause, 200,000 allocations start hundreds of collections on the worker.
    worker = WORKERS[-1]
    assert threads, "the GUI thread collects when the work is done"
    assert worker not in threads, f"{threads.count(worker)} collections ran on the worker"
    assert gc.isenabled()


def test_collection_resumes_after_a_refusal_and_a_cancel(qtbot: QtBot) -> None:
    def refused(_progress: Progress) -> None:
        raise ValidationError("That file is not a workshop.")

    def cancelled(_progress: Progress) -> None:
        raise Cancelled

    first, second = BackgroundTask(refused), BackgroundTask(cancelled)
    with qtbot.waitSignal(first.failed) as failure, qtbot.waitSignal(second.cancelled):
        first.start()
        second.start()
        assert not gc.isenabled()  # paused while either runs
    assert failure.args == ["That file is not a workshop."]
    assert first.wait() and second.wait()
    qtbot.waitUntil(gc.isenabled)
