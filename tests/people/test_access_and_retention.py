"""Access export completeness, retention queries and the purge of expired workshops."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from tests.people.test_erasure import CONTACT, NAME, NEEDS, history  # noqa: F401 (fixture)
from workshop.services import Services


def test_access_export_holds_everything_about_the_person(
    services: Services,
    history: dict[str, int],  # noqa: F811
) -> None:
    session_id = history["session"]
    later = services.sessions.duplicate_as_next(session_id, date="2026-12-15")
    services.participants.set_attendance(later.id, history["person"], True)
    services.board.set_note_private(history["note0"], True)
    document = json.loads(services.rights.access_export_text(history["person"]))

    entry = document["register_entry"]
    assert entry["name"] == NAME and entry["contact"] == CONTACT
    assert entry["support_needs"] == NEEDS  # their own data, so it is theirs to see
    assert entry["organisation"] == "Quincefield Carers" and entry["role"] == "carer"
    assert entry["shown_in_exports_as"].startswith("Participant ")
    assert [a["session_id"] for a in document["attendance"]] == [session_id, later.id]
    assert [f["session_id"] for f in document["facilitated"]] == [session_id, later.id]
    notes = document["notes"]
    assert [n["text"] for n in notes] == ["Carer view 0", "Carer view 1", "Carer view 2"]
    assert notes[0]["not_for_public_record"] is True and notes[0]["text_in_exports"] is None
    assert notes[1]["column"]
    assert sorted(v["note_id"] for v in document["votes"]) == sorted(
        [history["note0"], history["other"]]
    )
    actions = {a["action_id"]: a for a in document["actions"]}
    assert actions[history["owned"]]["your_part"] == ["owner"]
    assert actions[history["co_led"]]["your_part"] == ["co-lead", "agreed"]
    # Nobody else's name: Raj consented to be named in records, not in Bartholomew's file.
    assert "Raj Example" not in json.dumps(document, ensure_ascii=False)


def _old_workshop(services: Services, title: str, last: str, years: int = 2) -> int:
    workshop = services.workshops.create(title, retention_years=years)
    services.participants.add(workshop.id, f"Keeper of {title}", "community")
    services.sessions.create(workshop.id, "Only session", columns=["Ideas"], date=last)
    return workshop.id


def test_expired_lists_workshops_past_retention_after_their_last_session(
    services: Services,
) -> None:
    old = _old_workshop(services, "Old one", "2020-03-01")
    long_kept = _old_workshop(services, "Kept longer", "2020-03-01", years=10)
    recent = _old_workshop(services, "Recent", "2026-01-01")
    assert [w.id for w in services.rights.expired(dt.date(2022, 3, 1))] == []
    assert [w.id for w in services.rights.expired(dt.date(2022, 3, 2))] == [old]
    assert [w.id for w in services.rights.expired(dt.date(2030, 3, 1))] == [old, recent]
    assert [w.id for w in services.rights.expired(dt.date(2030, 3, 2))] == [old, long_kept, recent]


def test_purge_expired_deletes_them_leaving_no_bytes_and_an_audit_line(
    services: Services, db_path: Path
) -> None:
    old = _old_workshop(services, "Old one", "2020-03-01")
    recent = _old_workshop(services, "Recent", "2026-01-01")
    assert b"Keeper of Old one" in b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )
    report = services.rights.purge_expired(dt.date(2026, 6, 1))
    assert report.workshop_ids == (old,) and report.scrubbed
    assert [w.id for w in services.workshops.list()] == [recent]
    for path in db_path.parent.iterdir():
        if path.name.startswith(db_path.name):
            assert b"Keeper of Old one" not in path.read_bytes(), path.name
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT event, workshop_id, detail FROM audit_log WHERE event = 'workshop_purged'"
        ).fetchall()
    finally:
        connection.close()
    assert rows == [("workshop_purged", old, "retention of 2 year(s) ended on 2022-03-01")]


def test_purge_with_nothing_expired_changes_nothing(services: Services) -> None:
    _old_workshop(services, "Recent", "2026-01-01")
    assert services.rights.purge_expired(dt.date(2026, 6, 1)).workshop_ids == ()
    assert len(services.workshops.list()) == 1
