"""Kill the app mid-stream (SIGKILL): acknowledged changes survive, nothing half-written shows."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from models.board import Note
from tests.durability.conftest import ROOT, app_env
from workshop.services import Services
from workshop.storage import open_database

ROUNDS = 3
ACKNOWLEDGED_BEFORE_KILL = (40, 75, 110)


def _interchange_file(folder: Path, notes: int) -> Path:
    """A small interchange file with many notes: its import is one transaction of many rows."""
    document = {
        "format": "co-design-workshop",
        "version": 1,
        "workshop": {
            "title": "Imported during the stream",
            "organisation": "Riverside Council",
            "service_area": "Housing",
            "locality": "Riverside",
            "participants": [
                {
                    "id": "p1",
                    "name": "Ann Example",
                    "role": "lived_experience",
                    "organisation": "",
                    "consent_named": False,
                    "consent_contact": False,
                    "contact": "",
                }
            ],
            "sessions": [
                {
                    "id": "s1",
                    "title": "First",
                    "date": "2026-12-01",
                    "venue": "Library",
                    "facilitator": None,
                    "attendees": ["p1"],
                    "columns": [{"id": "c1", "title": "What matters"}],
                    "themes": [],
                    "notes": [
                        {
                            "id": f"n{i}",
                            "column": "c1",
                            "text": f"Imported note {i}",
                            "author": "p1",
                            "role": "lived_experience",
                            "theme": None,
                            "hidden": False,
                            "created_at": "2026-12-01T10:00:00Z",
                        }
                        for i in range(notes)
                    ],
                    "votes": [],
                    "actions": [],
                }
            ],
        },
    }
    path = folder / "import.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _stream_and_kill(database: Path, document: Path, acknowledged: int) -> list[str]:
    """Run the driver, read its acknowledgements, SIGKILL it mid-stream; return what it acked."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.durability.crash_driver", str(database), str(document)],
        cwd=ROOT,
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        for line in child.stdout:
            lines.append(line.rstrip("\n"))
            if len(lines) >= acknowledged:
                # No grace: the process is stopped wherever it is, as by a crash or power cut.
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        remainder, errors = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, errors
    # A line printed just before the kill was acknowledged too: count it.
    lines.extend(line for line in remainder.splitlines() if line)
    assert lines and lines[0].startswith("ready"), errors
    return lines


def test_acknowledged_changes_survive_sigkill(tmp_path: Path) -> None:
    database_path = tmp_path / "record.sqlite3"
    notes_per_import = 60
    document = _interchange_file(tmp_path, notes_per_import)
    expected_text: dict[int, str] = {}
    imported: set[int] = set()
    for round_number in range(ROUNDS):
        lines = _stream_and_kill(database_path, document, ACKNOWLEDGED_BEFORE_KILL[round_number])
        for line in lines[1:]:
            kind, identifier, *rest = line.split(" ", 2)
            if kind in ("note", "edit"):
                expected_text[int(identifier)] = rest[0]
            elif kind == "import":
                imported.add(int(identifier))

        # The file opens without repair: SQLite's own full check passes.
        connection = sqlite3.connect(database_path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.close()

        database = open_database(database_path)
        try:
            assert database.report.upgraded_from is None
            services = Services(database)
            with database.read() as db:
                for note_id, text in expected_text.items():
                    note = db.get(Note, note_id)
                    assert note is not None, f"acknowledged note {note_id} was lost"
                    # An unacknowledged edit may have landed after the acked add; never less.
                    assert note.text in (text, f"{text} (edited)")
            # Each import is all or nothing: a workshop is there with every note, or not at all.
            for workshop in services.workshops.list():
                if workshop.title != "Imported during the stream":
                    continue
                sessions = services.sessions.list(workshop.id)
                assert len(sessions) == 1
                assert len(services.board.notes(sessions[0].id)) == notes_per_import
            present = {w.id for w in services.workshops.list()}
            assert imported <= present
        finally:
            database.dispose()
    assert len(expected_text) > 60
    assert imported
