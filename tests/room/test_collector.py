"""While the app runs, cyclic garbage is collected on the GUI thread only (the crash of issue 14).

A collection frees every unreachable cycle in the process, Qt wrappers of the GUI thread among
them, so one started on the live server's thread, an executor or a worker is the crash's
mechanism. gc.callbacks records the thread of every collection, with no mocks.
"""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.live.conftest import Client
from ui.progress import BackgroundTask
from workshop.app import collect_on_gui_thread
from workshop.collector import MainThreadCollector, RoomActivity, room_activity
from workshop.room import Room
from workshop.services import Services


class _Cycle:
    """An object in a reference cycle: only a collection frees it."""

    def __init__(self) -> None:
        self.me = self


def _garbage(cycles: int, made: list[weakref.ref[_Cycle]]) -> None:
    """Cyclic garbage, as a PDF layout or a request handler leaves it behind."""
    for step in range(cycles):
        loop: list[Any] = [step]
        loop.append(loop)
    made.append(weakref.ref(_Cycle()))


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection ran on, from now until the test ends."""
    threads: list[str] = []

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(watch)
    yield threads
    gc.callbacks.remove(watch)


def test_garbage_of_the_live_server_and_workers_is_collected_on_the_gui_thread(
    qtbot: QtBot,
    qapp: QApplication,
    services: Services,
    workshop_with_session: dict[str, int],
    collections: list[str],
) -> None:
    room = Room(services)
    live = room.start_live(workshop_with_session["session"], host="127.0.0.1")
    phone = Client(int(live.address.rsplit(":", 1)[1]), live.code)
    phone.join("carer")
    column = phone.state()["columns"][0]["id"]
    stop_collecting = collect_on_gui_thread(qapp)
    try:
        collections.clear()
        made: list[weakref.ref[_Cycle]] = []
        plenty = gc.get_threshold()[0] * 20
        # On a worker thread, as an export or an import makes it.
        worker = threading.Thread(target=_garbage, args=(plenty, made), name="worker")
        worker.start()
        worker.join()
        # On the live server's own thread (its asyncio loop) ...
        loop = room.server._loop if room.server is not None else None
        assert loop is not None
        on_server = threading.Event()
        loop.call_soon_threadsafe(lambda: (_garbage(plenty, made), on_server.set()))
        assert on_server.wait(5)
        # ... and its executors, which store what phones send.
        for number in range(5):
            sent = phone.api("POST", "notes", {"column": column, "text": f"Idea {number}"})
            assert sent.status == 201, sent.body
        assert gc.get_count()[0] > plenty, "the garbage is waiting"
        assert collections == [], f"collected on {collections}"
        assert all(ref() is not None for ref in made)

        # The GUI thread's timer collects it.
        qtbot.waitUntil(lambda: all(ref() is None for ref in made), timeout=3000)
        assert gc.get_count()[0] < plenty
    finally:
        stop_collecting()
        room.close()
    assert collections and set(collections) == {threading.main_thread().name}
    assert gc.isenabled(), "collection is the interpreter's again once the app ends"


def test_the_collector_keeps_the_interpreters_thresholds() -> None:
    young, middle, old = gc.get_threshold()
    collector = MainThreadCollector(RoomActivity())  # no live room
    try:
        assert not gc.isenabled()
        gc.collect()  # every count from zero
        assert collector.collect_due() is None, "nothing due yet"
        made: list[weakref.ref[_Cycle]] = []
        collected = []
        for _ in range((middle + 2) * (old + 1) + 1):
            _garbage(young * 2, made)
            collected.append(collector.collect_due())
            assert made[-1]() is None  # each call freed what was due
            assert gc.get_count()[0] < young
        # Generation 0 each time, 1 after every `middle` of those, everything only after `old`
        # collections of generation 1, as the interpreter does.
        assert collected[: middle + 2] == [0] * (middle + 1) + [1]
        assert collected.index(2) == (middle + 2) * (old + 1)
        assert collected.count(2) == 1
    finally:
        collector.close()
    assert gc.isenabled()


def test_background_work_leaves_the_gui_threads_collector_in_charge(
    qtbot: QtBot, qapp: QApplication
) -> None:
    stop_collecting = collect_on_gui_thread(qapp)
    try:
        task = BackgroundTask(lambda _progress: "done")
        with qtbot.waitSignal(task.finished):
            task.start()
        assert task.wait()
        qtbot.wait(20)  # the worker's queued end is handled too
        assert not gc.isenabled(), "the end of the work turned automatic collection back on"
    finally:
        stop_collecting()
    assert gc.isenabled()


def _full_collection_due() -> list[list[object]]:
    """Counts as the interpreter leaves them when everything is due: generation 2 past its
    threshold (each collection of generation 1 adds one) and generation 0 past its own (the
    containers returned count there while they live)."""
    gc.collect()
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)
    # Empty lists are containers: each counts in generation 0 while it lives.
    kept: list[list[object]] = [[] for _ in range(gc.get_threshold()[0] * 2)]
    assert gc.get_count()[0] > gc.get_threshold()[0]
    return kept


def test_a_full_collection_waits_while_a_live_room_changes_and_runs_once_it_is_quiet() -> None:
    activity = RoomActivity()
    collector = MainThreadCollector(activity)
    collector.quiet_s = 0.2
    try:
        kept = _full_collection_due()
        activity.changed()  # a note was published to the phones
        assert collector.collect_due() == 1, "put off: the young generations only"
        assert gc.get_count()[2] > gc.get_threshold()[2], "still due"
        time.sleep(0.25)  # nothing has changed since
        kept += _full_collection_due()
        assert collector.collect_due() == 2
        assert gc.get_count()[2] == 0
    finally:
        collector.close()


def test_a_full_collection_is_not_put_off_for_ever_by_a_busy_room() -> None:
    activity = RoomActivity()
    collector = MainThreadCollector(activity)
    collector.max_put_off_s = 0.2
    try:
        kept = _full_collection_due()
        activity.changed()
        assert collector.collect_due() == 1
        time.sleep(0.25)
        activity.changed()  # still busy, but the collection has waited long enough
        kept += _full_collection_due()
        assert collector.collect_due() == 2
        # Once done, the next one due is put off again from the start.
        kept += _full_collection_due()
        activity.changed()
        assert collector.collect_due() == 1
    finally:
        collector.close()


def test_a_live_server_reports_each_change_it_sends_to_phones(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    room = Room(services)
    live = room.start_live(workshop_with_session["session"], host="127.0.0.1")
    try:
        phone = Client(int(live.address.rsplit(":", 1)[1]), live.code)
        phone.join("carer")
        column = phone.state()["columns"][0]["id"]
        before = room_activity.last_change
        sent = phone.api("POST", "notes", {"column": column, "text": "A ramp at the door"})
        assert sent.status == 201, sent.body
        deadline = time.monotonic() + 3
        while room_activity.last_change == before and time.monotonic() < deadline:
            time.sleep(0.01)
        assert room_activity.last_change > before
        assert room_activity.quiet_for() < 3
    finally:
        room.close()
