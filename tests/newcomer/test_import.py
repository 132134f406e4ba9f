"""Importing in the background: progress, a Cancel that writes nothing, one-line refusals."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.dialogs.import_workshop import WorkshopImport
from ui.progress import BackgroundTask, Progress
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import Database, open_database


def _demo_file(tmp_path: Path) -> Path:
    """An interchange file of the demo workshop, made in a separate record."""
    source = open_database(tmp_path / "source.sqlite3")
    try:
        services = Services(source)
        demo = create_demo(services)
        path = tmp_path / "demo.json"
        path.write_text(services.interchange.export_text(demo.workshop), encoding="utf-8")
    finally:
        source.dispose()
    return path


def test_import_in_the_background_reports_progress(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = _demo_file(tmp_path)
    steps: list[tuple[int, int]] = []
    job = WorkshopImport(services, path)
    job.task.progressed.connect(lambda done, total, _text: steps.append((done, total)))
    with qtbot.waitSignal(job.imported, timeout=20_000) as imported:
        pass
    assert job.task.wait()
    assert imported.args[0].title.startswith("Home care in Riverside")
    assert [w.title for w in services.workshops.list()] == [imported.args[0].title]
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][0] == steps[-1][1] > 1)


def test_cancelled_import_writes_nothing(
    qtbot: QtBot, services: Services, database: Database, tmp_path: Path
) -> None:
    path = _demo_file(tmp_path)
    # Cancel from inside the work, at the last checkpoint before commit: everything has been
    # written to the open transaction by then, so this is the hardest moment to stop.
    last_step = threading.Event()
    # The job starts on its worker as it is made, so the import is replaced before, and the
    # work waits at the last step until this test holds the job (else it could finish first).
    held = threading.Event()
    jobs: list[WorkshopImport] = []

    def on_progress(done: int, total: int, _text: str) -> None:
        if total and done == total:
            last_step.set()

    original = services.interchange.import_workshop

    def cancel_at_commit(raw: bytes | str, *, checkpoint) -> object:  # type: ignore[no-untyped-def]
        def cancelling(done: int, total: int) -> None:
            if done == total:
                assert held.wait(10)
                jobs[0].cancel()
            checkpoint(done, total)

        return original(raw, checkpoint=cancelling)

    services.interchange.import_workshop = cancel_at_commit  # type: ignore[method-assign]
    job = WorkshopImport(services, path)
    jobs.append(job)
    job.task._runner.progressed.connect(on_progress)  # direct: runs on the worker thread
    held.set()
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        pass
    assert job.task.wait()
    assert last_step.is_set()
    assert services.workshops.list() == []
    with database.read() as db:
        from sqlalchemy import text

        for table in ("workshops", "participants", "sessions", "notes", "actions"):
            assert db.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() == 0, table


def test_a_bad_file_is_refused_in_one_sentence(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "not-a-workshop.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    job = WorkshopImport(services, path)
    with qtbot.waitSignal(job.refused, timeout=10_000) as refused:
        pass
    assert job.task.wait()
    message = refused.args[0]
    assert message and "\n" not in message and "Traceback" not in message
    assert services.workshops.list() == []


def test_a_missing_file_is_refused(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    job = WorkshopImport(services, tmp_path / "gone.json")
    with qtbot.waitSignal(job.refused, timeout=10_000) as refused:
        pass
    assert job.task.wait()
    assert "gone.json" in refused.args[0]


def test_background_task_returns_results_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[bool] = []

    def work(progress: Progress) -> int:
        seen.append(threading.current_thread() is threading.main_thread())
        for step in range(3):
            progress.report(step + 1, 3, "")
        return 42

    task = BackgroundTask(work)
    results: list[bool] = []
    task.succeeded.connect(
        lambda _value: results.append(threading.current_thread() is threading.main_thread())
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as done:
        task.start()
    assert task.wait()
    assert done.args == [42]
    assert seen == [False] and results == [True]
