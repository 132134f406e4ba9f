"""Live participation under a burst: 60 phones × 10 notes over 20 connections, against bare aiohttp.

Everything runs on loopback. The facilitator's window is a real Qt window in the main thread,
updated by the queued note_added signals, whose event loop gaps are measured during the burst.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import aiohttp
from aiohttp import web

from workshop.live.server import LiveServer
from workshop.services import Services
from workshop.storage import open_database

P99_TARGET_S = 0.150
RATIO_TARGET = 2.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def _burst(
    base: str,
    tokens: list[str],
    notes_each: int,
    connections: int,
    body_for: Callable[[int, int], dict[str, Any]],
    host: str,
) -> tuple[list[float], list[int]]:
    """20 connections, each sending its next note as soon as the last one is answered.

    Latency is timed per request on its connection, so it is the server's answer time under
    that load, not time spent waiting in the client's own queue.
    """
    latencies: list[float] = []
    statuses: list[int] = []
    queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
    for number in range(notes_each):
        for phone in range(len(tokens)):
            queue.put_nowait((phone, number))
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            while not queue.empty():
                phone, number = queue.get_nowait()
                headers = {"Authorization": f"Bearer {tokens[phone]}", "Host": host}
                started = time.perf_counter()
                async with session.post(
                    base, json=body_for(phone, number), headers=headers
                ) as reply:
                    await reply.read()
                    statuses.append(reply.status)
                latencies.append(time.perf_counter() - started)

        workers: list[Awaitable[None]] = [worker() for _ in range(connections)]
        await asyncio.gather(*workers)
    return latencies, statuses


async def _join_all(base: str, phones: int, host: str) -> list[str]:
    async with aiohttp.ClientSession() as session:

        async def join(index: int) -> str:
            role = ("lived_experience", "carer", "community", "professional")[index % 4]
            async with session.post(base, json={"role": role}, headers={"Host": host}) as reply:
                assert reply.status == 201, await reply.text()
                return str((await reply.json())["token"])

        return list(await asyncio.gather(*(join(i) for i in range(phones))))


def _client_main(
    base: str,
    host: str,
    phones: int,
    notes_each: int,
    connections: int,
    columns: list[int],
    join: bool,
    results: Any,
) -> None:
    """The phones, in a process of their own so they do not share the server's interpreter."""

    def body(phone: int, number: int) -> dict[str, Any]:
        return {
            "column": columns[number % len(columns)],
            "text": f"Phone {phone} idea {number}",
            "client_id": f"{phone}-{number}",
        }

    async def main() -> tuple[list[float], list[int]]:
        tokens = await _join_all(f"{base}/join", phones, host) if join else ["-"] * phones
        return await _burst(f"{base}/notes", tokens, notes_each, connections, body, host)

    results.put(asyncio.run(main()))


def _in_client_process(
    base: str,
    host: str,
    phones: int,
    notes_each: int,
    connections: int,
    columns: list[int],
    join: bool,
) -> tuple[list[float], list[int]]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(
        target=_client_main,
        args=(base, host, phones, notes_each, connections, columns, join, results),
    )
    process.start()
    try:
        value = results.get(timeout=120)
    finally:
        process.join(timeout=30)
    return value


def _run_in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = work()
        except BaseException as error:  # re-raised in the caller
            result["error"] = error

    thread = threading.Thread(target=target, name="bench-driver")
    thread.start()
    return thread, result


def _ours(folder: Path, phones: int, notes_each: int, connections: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    database = open_database(folder / "ours.sqlite3")
    services = Services(database)
    workshop = services.workshops.create("Bench", "Bench council")
    session = services.sessions.create(workshop.id, "Burst", columns=["Ideas", "Worries"])
    columns = [c.id for c in services.board.columns(session.id)]

    # The facilitator's window: a label the queued signals update, as the board would.
    window = QLabel("0 notes")
    window.resize(400, 100)
    window.show()
    seen = [0]

    def on_note_added(_note: object) -> None:
        seen[0] += 1
        window.setText(f"{seen[0]} notes")

    services.events.note_added.connect(on_note_added)
    server = LiveServer(services, session.id, host="127.0.0.1")
    server.start()
    host = f"127.0.0.1:{server.port}"
    base = f"http://{host}/api/{server.code}"

    def drive() -> tuple[list[float], list[int]]:
        return _in_client_process(base, host, phones, notes_each, connections, columns, True)

    # Measure how long the GUI thread's event loop goes without a turn during the burst.
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    thread, result = _run_in_thread(drive)
    total = phones * notes_each
    deadline = time.monotonic() + 120
    while (thread.is_alive() or seen[0] < total) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    thread.join()
    server.stop()
    if "error" in result:
        raise result["error"]
    latencies, statuses = result["value"]
    stored = len(services.board.notes(session.id))
    window.close()
    services.events.note_added.disconnect(on_note_added)
    database.dispose()
    return {
        "latencies": latencies,
        "statuses": statuses,
        "stored": stored,
        "on_board": seen[0],
        "max_gui_gap_ms": max(gaps) if gaps else 0,
    }


def _baseline(folder: Path, phones: int, notes_each: int, connections: int) -> list[float]:
    """Bare aiohttp: parse the JSON body and commit the same row to SQLite, nothing else."""
    path = folder / "baseline.sqlite3"
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, column_id INTEGER, text TEXT, client_id TEXT)"
    )
    setup.commit()
    setup.close()
    ready = threading.Event()
    state: dict[str, Any] = {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        connection = sqlite3.connect(path, check_same_thread=False)
        connection.execute("PRAGMA synchronous=FULL")

        async def add(request: web.Request) -> web.Response:
            body = await request.json()
            cursor = connection.execute(
                "INSERT INTO notes (column_id, text, client_id) VALUES (?, ?, ?)",
                (body["column"], body["text"], body.get("client_id")),
            )
            connection.commit()
            return web.json_response({"id": cursor.lastrowid}, status=201)

        app = web.Application()
        app.router.add_post("/notes", add)
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        state["port"] = runner.addresses[0][1]
        state["loop"] = loop
        ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()
        connection.close()

    thread = threading.Thread(target=serve, name="bench-baseline")
    thread.start()
    ready.wait(10)
    host = f"127.0.0.1:{state['port']}"
    latencies, statuses = _in_client_process(
        f"http://{host}", host, phones, notes_each, connections, [1, 2], False
    )
    state["loop"].call_soon_threadsafe(state["loop"].stop)
    thread.join()
    assert all(s == 201 for s in statuses)
    return latencies


def run(small: bool = False) -> list[dict[str, Any]]:
    phones, notes_each, connections = (10, 5, 5) if small else (60, 10, 20)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours = _ours(folder, phones, notes_each, connections)
        baseline = _baseline(folder, phones, notes_each, connections)
    total = phones * notes_each
    p50 = statistics.median(ours["latencies"])
    p99 = _percentile(ours["latencies"], 0.99)
    base_p50 = statistics.median(baseline)
    ratio = p50 / base_p50 if base_p50 > 0 else None
    all_stored = ours["stored"] == total and ours["on_board"] == total
    created = sum(1 for s in ours["statuses"] if s == 201)
    return [
        {
            "figure": f"live burst: {total} notes from {phones} phones over {connections} "
            "connections (p50 per note)",
            "ours_s": p50,
            "baseline_s": base_p50,
            "ratio": ratio,
            "target": f"all stored; p99 < {P99_TARGET_S * 1000:.0f} ms; ratio <= {RATIO_TARGET:g}",
            "passed": all_stored
            and created == total
            and p99 < P99_TARGET_S
            and ratio is not None
            and ratio <= RATIO_TARGET,
            "p99_s": p99,
            "baseline_p99_s": _percentile(baseline, 0.99),
            "acknowledged": created,
            "stored": ours["stored"],
            "on_board": ours["on_board"],
            "max_gui_gap_ms": ours["max_gui_gap_ms"],
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
