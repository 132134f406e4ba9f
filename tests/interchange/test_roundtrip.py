"""The interchange format: deterministic round trips and refusals that name the place."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.board import Note
from models.people import Participant, Workshop
from workshop.demo import create_demo
from workshop.errors import ImportRefused
from workshop.services import Services
from workshop.storage import open_database

AWKWARD = [
    "Cymraeg: ŵ ŷ — Pa mor hawdd?",
    "Polski: żółć, łódź",
    "Ελληνικά και Русский",
    "مرحبا بكم في الورشة (نعم)",
    "اردو میں رائے",
    "বাংলা মতামত",
    "中文意见",
    "Emoji 🙂👍🏽 and ZWJ 👩‍👩‍👧",
    "<b>bold</b> <font name=x> & &amp; </para> 5<x>7 R&D",
    "line one\nline two\ttabbed",
]


def _build(services: Services) -> int:
    workshop = services.workshops.create("Round trip ŵ", "Org & Co", "Area", "Place")
    people = [
        services.participants.add(workshop.id, "Aled ŵ", "lived_experience", consent_named=True),
        services.participants.add(workshop.id, "سارا", "carer", support_needs="Step-free"),
        services.participants.add(workshop.id, "Prof <x>", "professional", contact="a@b"),
    ]
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "S1", date="2026-12-01"
    )
    columns = services.board.columns(session.id)
    notes = []
    for index, text in enumerate(AWKWARD):
        author = people[index % 3].id if index % 4 else None
        notes.append(
            services.board.add_note(
                session.id,
                columns[index % len(columns)].id,
                text,
                author_id=author,
                role=None if author else "community",
            )
        )
    services.board.group(session.id, "Théme <1>", [notes[0].id, notes[4].id])
    services.board.redact_note(notes[2].id, "[redacted]")
    services.board.set_note_private(notes[3].id, True)
    services.participants.set_attendance(session.id, people[0].id, True)
    vote = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(session.id, vote)
    services.votes.cast(session.id, people[0].id, notes[1].id)
    action = services.actions.create(
        session.id,
        "Act ✓",
        owner_id=people[2].id,
        co_lead_id=people[0].id,
        due="2027-01-31",
        source_note_ids=[notes[0].id, notes[5].id],
        agreed_by=[people[0].id, people[2].id],
    )
    later = services.sessions.duplicate_as_next(session.id, "S2", "2027-02-01")
    services.actions.add_update(
        action.id, later.id, "Progress 🙂", date="2027-02-01", status="agreed"
    )
    return workshop.id


def test_export_import_export_is_byte_identical(tmp_path: Path, services: Services) -> None:
    workshop_id = _build(services)
    create_demo(services)
    first = services.interchange.export_text(workshop_id)
    other = Services(open_database(tmp_path / "other.sqlite3"))
    imported = other.interchange.import_workshop(first.encode("utf-8"))
    second = other.interchange.export_text(imported.id)
    assert second == first
    document = json.loads(first)
    texts = [n["text"] for s in document["workshop"]["sessions"] for n in s["notes"]]
    for text in AWKWARD:
        assert text in texts


def test_demo_round_trips_too(tmp_path: Path, services: Services) -> None:
    ids = create_demo(services)
    first = services.interchange.export_text(ids.workshop)
    other = Services(open_database(tmp_path / "other.sqlite3"))
    again = other.interchange.export_text(other.interchange.import_workshop(first).id)
    assert again == first


def _minimal() -> dict:
    return {
        "format": "co-design-workshop",
        "version": 1,
        "workshop": {
            "title": "Minimal",
            "organisation": "",
            "service_area": "",
            "locality": "",
            "participants": [
                {
                    "id": "p1",
                    "name": "Pat",
                    "role": "carer",
                    "organisation": "",
                    "consent_named": False,
                    "consent_contact": False,
                    "contact": "",
                }
            ],
            "sessions": [
                {
                    "id": "s1",
                    "title": "One",
                    "date": "2026-12-01",
                    "venue": "Hall",
                    "facilitator": None,
                    "attendees": ["p1"],
                    "columns": [{"id": "c1", "title": "Prompt"}],
                    "themes": [],
                    "notes": [
                        {
                            "id": "n1",
                            "column": "c1",
                            "text": "Hello",
                            "author": None,
                            "role": "carer",
                            "theme": None,
                            "hidden": False,
                            "created_at": "2026-12-01T10:00:00Z",
                        }
                    ],
                    "votes": [{"participant": "p1", "note": "n1"}],
                    "actions": [
                        {
                            "id": "a1",
                            "title": "Do",
                            "description": "",
                            "owner": "p1",
                            "co_lead": None,
                            "due": None,
                            "status": "proposed",
                            "sources": ["n1"],
                            "agreed_by": [],
                            "updates": [],
                        }
                    ],
                }
            ],
        },
    }


def test_minimal_documented_shape_imports(services: Services) -> None:
    workshop = services.interchange.import_workshop(json.dumps(_minimal()))
    session = services.sessions.list(workshop.id)[0]
    board = services.sessions.board(session.id)
    assert [n.text for n in board.notes] == ["Hello"]
    assert len(board.votes) == 1
    assert services.actions.for_session(session.id)[0].source_note_ids == (board.notes[0].id,)


def _counts(services: Services) -> tuple[int, int, int]:
    with services.database.read() as db:
        return (
            db.scalar(select(func.count()).select_from(Workshop)),
            db.scalar(select(func.count()).select_from(Participant)),
            db.scalar(select(func.count()).select_from(Note)),
        )


def _mutate(path: str, value: object) -> dict:
    document = copy.deepcopy(_minimal())
    target = document
    parts = path.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return document


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            "workshop.sessions.0.notes.0.column",
            "c99",
            'sessions[0].notes[0].column: no column "c99"',
        ),
        ("workshop.sessions.0.notes.0.author", "p9", 'notes[0].author: no participant "p9"'),
        ("workshop.sessions.0.votes.0.note", "n5", 'votes[0].note: no note "n5"'),
        ("workshop.sessions.0.actions.0.sources.0", "n7", 'sources[0]: no note "n7"'),
        ("workshop.sessions.0.attendees.0", "p2", 'attendees[0]: no participant "p2"'),
        ("workshop.sessions.0.notes.0.role", "doctor", "notes[0].role: unknown value 'doctor'"),
        ("workshop.sessions.0.notes.0.role", KeyError, "notes[0].role: missing"),
        ("workshop.sessions.0.notes.0.text", "  ", "notes[0].text: The text is empty"),
        ("workshop.sessions.0.notes.0.text", "x" * 2001, "notes[0].text:"),
        ("workshop.sessions.0.date", "01/12/2026", "sessions[0].date:"),
        ("workshop.participants.0.role", "boss", "participants[0].role: unknown value"),
        ("workshop.participants.0.consent_named", "yes", "consent_named: expected true or false"),
        ("workshop.sessions.0.actions.0.status", "finished", "actions[0].status: unknown value"),
        ("workshop.title", KeyError, "workshop.title: missing"),
        ("version", 2, "version: expected 1"),
        ("format", "other", "format: expected"),
    ],
)
def test_bad_files_are_refused_naming_the_place(
    services: Services, path: str, value: object, message: str
) -> None:
    before = _counts(services)
    with pytest.raises(ImportRefused) as refusal:
        services.interchange.import_workshop(json.dumps(_mutate(path, value)))
    assert message in str(refusal.value)
    assert _counts(services) == before


def test_duplicate_ids_and_invalid_json_are_refused(services: Services) -> None:
    document = _minimal()
    document["workshop"]["participants"].append(dict(document["workshop"]["participants"][0]))
    with pytest.raises(ImportRefused, match="duplicate participant id 'p1'"):
        services.interchange.import_workshop(json.dumps(document))
    with pytest.raises(ImportRefused, match="not valid JSON"):
        services.interchange.import_workshop("{not json")
    with pytest.raises(ImportRefused, match="not UTF-8"):
        services.interchange.import_workshop(b"\xff\xfe\x00bad")
    with pytest.raises(ImportRefused, match="nested too deeply"):
        services.interchange.import_workshop("[" * 5000 + "]" * 5000)
    assert _counts(services) == (0, 0, 0)


def test_refusals_quote_hostile_values_on_one_line(services: Services) -> None:
    document = _mutate("workshop.sessions.0.notes.0.column", "c9\n" + "x" * 500)
    with pytest.raises(ImportRefused) as refusal:
        services.interchange.import_workshop(json.dumps(document))
    message = str(refusal.value)
    assert "\n" not in message and len(message) < 120
    assert message.startswith('workshop.sessions[0].notes[0].column: no column "c9\\nxxx')
