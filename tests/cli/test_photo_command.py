"""`workshop photo`: a photo of a wall becomes notes waiting for review, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner
from tests.photos.wall import draw_wall
from workshop.services import Services
from workshop.storage import open_database


def _session(cli: Runner, tmp_path: Path) -> int:
    """A workshop with one session of two columns, imported (quicker than the demo)."""
    document = {
        "format": "co-design-workshop",
        "version": 1,
        "workshop": {
            "title": "Paper walls",
            "organisation": "Riverside Council",
            "service_area": "",
            "locality": "",
            "participants": [],
            "sessions": [
                {
                    "id": "s1",
                    "title": "Drop-in",
                    "date": "2026-12-01",
                    "venue": "Library",
                    "facilitator": None,
                    "attendees": [],
                    "columns": [{"id": "c1", "title": "What works"}, {"id": "c2", "title": "Not"}],
                    "themes": [],
                    "notes": [],
                    "votes": [],
                    "actions": [],
                }
            ],
        },
    }
    source = tmp_path / "workshop.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    imported = cli("import", str(source))
    assert imported.returncode == 0, imported.stderr
    listing = json.loads(cli("list", "--json").stdout)
    return int(listing[0]["sessions"][0]["id"])


def test_photo_adds_notes_waiting_for_review(cli: Runner, tmp_path: Path) -> None:
    session = _session(cli, tmp_path)
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(draw_wall(5, width=800, height=600, seed=4).jpeg)
    database = open_database(str(cli.database))  # type: ignore[attr-defined]
    try:
        second = Services(database).board.columns(session)[1].id
    finally:
        database.dispose()
    result = cli("photo", str(session), str(photo), "--column", str(second))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Found 5 notes in wall.jpg; they are waiting for review.\n"
    database = open_database(str(cli.database))  # type: ignore[attr-defined]
    try:
        waiting = Services(database).photos.review_queue(session)
    finally:
        database.dispose()
    assert len(waiting) == 5 and {n.column_id for n in waiting} == {second}
    report = tmp_path / "record.html"
    assert cli("report", str(session), "--output", str(report)).returncode == 0
    # Unreviewed suggestions never reach the record.
    assert "machine-read" not in report.read_text(encoding="utf-8")


def test_accept_suggestions_adds_machine_read_notes(cli: Runner, tmp_path: Path) -> None:
    session = _session(cli, tmp_path)
    wall = draw_wall(3, width=700, height=500, seed=6, rotate=5)
    photo = tmp_path / "table.jpg"
    photo.write_bytes(wall.jpeg)
    result = cli("photo", str(session), str(photo), "--accept-suggestions")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Found 3 notes in table.jpg; added with their suggested text, marked machine-read.\n"
    )
    report = tmp_path / "record.html"
    assert cli("report", str(session), "--output", str(report)).returncode == 0
    page = report.read_text(encoding="utf-8")
    # Each note is in the record with its suggested text, marked as read by the computer.
    assert page.count("machine-read from a photo, not checked") >= len(wall.texts)
    for text in wall.texts:
        assert text in page


def test_bad_photo_is_refused_in_one_sentence(cli: Runner, tmp_path: Path) -> None:
    session = _session(cli, tmp_path)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = cli("photo", str(session), str(empty))
    assert result.returncode == 2
    assert result.stderr.strip() == "workshop: That file is empty (0 bytes)."
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    result = cli("photo", str(session), str(text))
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "workshop: That file is not a photo this app can open.",
    )
