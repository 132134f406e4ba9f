"""`workshop serve` as a real process: the Join line, clean stops, and durability under SIGKILL."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live.conftest import Client
from workshop.services import Services
from workshop.storage import open_database

JOIN_LINE = re.compile(r"^Join: http://127\.0\.0\.1:(\d+)/j/([A-Z0-9]+)$")


def _start(db_path: Path, session_id: int) -> tuple[subprocess.Popen[str], Client]:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop",
            "--database",
            str(db_path),
            "serve",
            str(session_id),
            "--host",
            "127.0.0.1",
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    match = JOIN_LINE.match(line)
    if match is None:
        process.kill()
        raise AssertionError(
            f"no Join line: {line!r} {process.stderr.read() if process.stderr else ''}"
        )
    return process, Client(int(match.group(1)), match.group(2))


def _session(db_path: Path) -> int:
    database = open_database(db_path)
    try:
        services = Services(database)
        workshop = services.workshops.create("Library hours", "Town council")
        return services.sessions.create(workshop.id, "Evening", columns=["Ideas"]).id
    finally:
        database.dispose()


def test_acknowledged_note_survives_sigkill(tmp_path: Path) -> None:
    db_path = tmp_path / "record.sqlite3"
    session_id = _session(db_path)
    process, phone = _start(db_path, session_id)
    try:
        phone.join("community")
        column = phone.state()["columns"][0]["id"]
        reply = phone.api("POST", "notes", {"column": column, "text": "Open on Sundays"})
        assert reply.status == 201
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
    assert process.returncode == -signal.SIGKILL
    database = open_database(db_path)
    try:
        notes = Services(database).board.notes(session_id)
        assert [(n.id, n.text) for n in notes] == [(reply.body["id"], "Open on Sundays")]
    finally:
        database.dispose()


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_cleanly(tmp_path: Path, stop_signal: int) -> None:
    db_path = tmp_path / "record.sqlite3"
    process, phone = _start(db_path, _session(db_path))
    phone.join("carer")
    process.send_signal(stop_signal)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "Live participation closed." in out
    assert "Traceback" not in err


def test_unknown_session_is_one_sentence_exit_2(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    db_path = tmp_path / "record.sqlite3"
    _session(db_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop",
            "--database",
            str(db_path),
            "serve",
            "99",
            "--host",
            "127.0.0.1",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "workshop: There is no session with id 99."


@pytest.mark.parametrize("port", ["99999", "-1", "eighty"])
def test_a_port_out_of_range_is_refused_in_one_sentence(tmp_path: Path, port: str) -> None:
    db_path = tmp_path / "live.sqlite3"
    session_id = _session(db_path)
    root = Path(__file__).resolve().parents[2]
    command = ["-m", "workshop", "--database", str(db_path), "serve", str(session_id)]
    result = subprocess.run(
        [sys.executable, *command, "--host", "127.0.0.1", f"--port={port}"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is not a port number" in result.stderr
    assert result.stdout == ""


def test_serve_prints_a_join_line_for_each_table(tmp_path: Path) -> None:
    db_path = tmp_path / "record.sqlite3"
    session_id = _session(db_path)
    database = open_database(db_path)
    try:
        services = Services(database)
        services.tables.add(session_id, "Table 1")
        services.tables.add(session_id, "Riverside\ntable ŵ")
        tables = services.tables.tables(session_id)
    finally:
        database.dispose()
    process, phone = _start(db_path, session_id)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in tables]
        base = f"http://127.0.0.1:{phone.port}/j/{phone.code}"
        assert lines == [
            f"Table Table 1: {base}?table={tables[0].id}",
            f"Table Riverside table ŵ: {base}?table={tables[1].id}",
        ]
        # The printed address opens that table's join page, and joins there.
        page = phone.request("GET", lines[1].split(f"{phone.port}", 1)[1])
        assert page.status == 200
        phone.join("carer", table=tables[1].id)
        assert phone.state()["table"] == {"id": tables[1].id, "name": "Riverside\ntable ŵ"}
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
