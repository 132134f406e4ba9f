"""0016_i19: a record reopened before the days were kept with the session still says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.services import Services
from workshop.storage import open_database


def test_the_days_a_record_was_reopened_are_filled_from_the_audit_log(tmp_path: Path) -> None:
    path = tmp_path / "record.sqlite3"
    database = open_database(path)
    services = Services(database)
    workshop = services.workshops.create("Library services")
    session = services.sessions.create(workshop.id, "Opening hours", date="2026-11-03")
    services.sessions.mark_final(session.id, "2026-11-10", checked_by="Jo")
    services.sessions.reopen(session.id)
    database.dispose()

    # The record as 0015 left it: the reopening is only in the audit log, on its own day.
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE sessions DROP COLUMN amended_on")
    connection.execute("UPDATE audit_log SET at = '2026-11-12 09:30:00.000000'")
    connection.execute("UPDATE alembic_version SET version_num = '0015_i23'")
    connection.commit()
    connection.close()

    database = open_database(path)
    try:
        assert database.report.upgraded_from == "0015_i23"
        upgraded = Services(database).sessions.get(session.id)
        assert [day.isoformat() for day in upgraded.amended_on] == ["2026-11-12"]
    finally:
        database.dispose()
