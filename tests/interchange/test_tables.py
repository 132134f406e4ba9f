"""Tables, rounds and the harvest travel through the interchange format (version stays 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop.errors import ImportRefused
from workshop.services import Services
from workshop.storage import open_database


def _session_with_tables(services: Services) -> tuple[int, int]:
    workshop = services.workshops.create("Tables", "Riverside Council")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "World café", date="2026-12-01"
    )
    column = services.board.columns(session.id)[0].id
    one = services.tables.add(session.id, "Table 1")
    river = services.tables.add(session.id, "Riverside table ŵ")
    add = services.board.add_note
    a = add(session.id, column, "Same carer", role="carer", table_id=one.id, round=1)
    add(session.id, column, "Travel time", role="carer", table_id=one.id, round=2)
    c = add(session.id, column, "Night line", role="professional", table_id=river.id)
    add(session.id, column, "Whole room", role="community")
    services.tables.mark([a.id, c.id], True)
    services.tables.harvest(one.id)
    ann = services.participants.add(workshop.id, "Ann Example", "carer")
    raj = services.participants.add(workshop.id, "Raj Example", "professional")
    services.tables.seat(one.id, ann.id, 1)
    services.tables.seat(river.id, ann.id, 2)
    services.tables.seat(one.id, raj.id)
    return workshop.id, session.id


def test_tables_rounds_and_harvest_round_trip(tmp_path: Path, services: Services) -> None:
    workshop_id, _ = _session_with_tables(services)
    first = services.interchange.export_text(workshop_id)
    document = json.loads(first)
    assert document["version"] == 1
    session = document["workshop"]["sessions"][0]
    assert [t["name"] for t in session["tables"]] == ["Table 1", "Riverside table ŵ"]
    one, river = (t["id"] for t in session["tables"])
    notes = {n["text"]: n for n in session["notes"]}
    assert notes["Same carer"]["table"] == one and notes["Same carer"]["round"] == 1
    assert notes["Same carer"]["harvested"] is True and notes["Same carer"]["marked"] is True
    assert notes["Travel time"]["round"] == 2 and "harvested" not in notes["Travel time"]
    assert notes["Night line"]["table"] == river and "round" not in notes["Night line"]
    assert notes["Night line"]["marked"] is True and "harvested" not in notes["Night line"]
    assert notes["Whole room"]["table"] is None
    # Who sat where (and in which round), by their keys in the file.
    people = {p["name"]: p["id"] for p in document["workshop"]["participants"]}
    assert session["tables"][0]["seated"] == [
        {"person": people["Raj Example"]},
        {"person": people["Ann Example"], "round": 1},
    ]
    assert session["tables"][1]["seated"] == [{"person": people["Ann Example"], "round": 2}]

    other = Services(open_database(tmp_path / "other.sqlite3"))
    imported = other.interchange.import_workshop(first.encode("utf-8"))
    assert other.interchange.export_text(imported.id) == first
    board = other.sessions.board(other.sessions.list(imported.id)[0].id)
    assert [t.name for t in board.tables] == ["Table 1", "Riverside table ŵ"]
    by_text = {n.text: n for n in board.notes}
    harvested = by_text["Same carer"]
    assert harvested.harvested and harvested.on_plenary
    assert board.table(harvested.table_id) == board.tables[0]
    assert by_text["Whole room"].table_id is None


def test_a_file_without_tables_still_imports(tmp_path: Path, services: Services) -> None:
    workshop_id, _ = _session_with_tables(services)
    document = json.loads(services.interchange.export_text(workshop_id))
    session = document["workshop"]["sessions"][0]
    del session["tables"]
    for note in session["notes"]:
        for key in ("table", "round", "marked", "harvested"):
            note.pop(key, None)
    other = Services(open_database(tmp_path / "other.sqlite3"))
    imported = other.interchange.import_workshop(json.dumps(document))
    board = other.sessions.board(other.sessions.list(imported.id)[0].id)
    assert board.tables == () and all(n.table_id is None for n in board.notes)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["notes"][0].update(table="nowhere"), 'notes\\[0\\].table: no table "nowhere"'),
        (lambda s: s["notes"][0].update(round=0), "round: expected a whole number from 1 to 99"),
        (lambda s: s["notes"][3].update(harvested=True), "only a note from a table is harvested"),
        (lambda s: s["tables"].append({"id": "x9", "name": "table 1"}), "duplicate table name"),
    ],
)
def test_bad_table_fields_are_refused_naming_the_place(
    services: Services, change: object, message: str
) -> None:
    workshop_id, _ = _session_with_tables(services)
    document = json.loads(services.interchange.export_text(workshop_id))
    change(document["workshop"]["sessions"][0])  # type: ignore[operator]
    with pytest.raises(ImportRefused, match=message):
        services.interchange.import_workshop(json.dumps(document))


def test_a_seat_for_someone_not_in_the_file_is_refused(tmp_path: Path, services: Services) -> None:
    workshop_id, _ = _session_with_tables(services)
    document = json.loads(services.interchange.export_text(workshop_id))
    document["workshop"]["sessions"][0]["tables"][0]["seated"] = [{"person": "p999"}]
    other = Services(open_database(tmp_path / "other.sqlite3"))
    with pytest.raises(ImportRefused, match="p999"):
        other.interchange.import_workshop(json.dumps(document))
    assert other.workshops.list() == []
