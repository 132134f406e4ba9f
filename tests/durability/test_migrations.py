"""Migrations: an older record is upgraded after a backup, losing nothing; bad files are refused."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from models import migrate
from models.db import make_engine, sqlite_url
from tests.conftest import server_url
from tests.durability.conftest import assert_one_sentence, file_hash, folder_state
from tests.durability.test_bad_files import _corrupt, _newer_version, _other_application
from workshop.errors import DatabaseRefused
from workshop.services import Services
from workshop.storage import open_database


def _tables(connection: sqlite3.Connection, schema: str = "main") -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in _tables(connection)
        }
    finally:
        connection.close()


def _database_at_0001(demo: Path, target: Path) -> None:
    """A record at revision 0001 holding the whole demo workshop (copied column by column)."""
    engine = make_engine(sqlite_url(target))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("ATTACH DATABASE ? AS demo", (str(demo),))
        for table in _tables(connection):
            columns = ", ".join(
                f'"{row[1]}"' for row in connection.execute(f'PRAGMA main.table_info("{table}")')
            )
            connection.execute(
                f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM demo."{table}"'
            )
        connection.commit()
        connection.execute("DETACH DATABASE demo")
    finally:
        connection.close()
    target.chmod(0o600)


@contextlib.contextmanager
def _foreign_key_state_during_ddl(engine: Engine) -> Iterator[list[int]]:
    """Record SQLite's foreign_keys setting at the moment each DDL statement runs."""
    seen: list[int] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT INTO _")):
            driver = conn.connection.driver_connection
            seen.append(driver.execute("PRAGMA foreign_keys").fetchone()[0])

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


# Fields of the interchange file for columns a 0001 record did not have (they are optional).
SINCE_0001 = {
    "session": (
        "involvement_set_by",
        "checked_by",
        "amended_on",  # arrived in 0016
        "next_session_date",
        "findings_go_to",
        "hear_back",
        "contact",
        "summary",
        "gaps",
        "apologies",
        "easy_read",  # Easy Read points arrived in 0010
        "payments",  # payments and access bookings arrived in 0005
        "access_bookings",
    )
}


def test_an_older_record_is_upgraded_after_a_backup_and_loses_nothing(
    demo_file: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old" / "record.sqlite3"
    old.parent.mkdir()
    _database_at_0001(demo_file, old)
    counts_before = _counts(old)
    assert counts_before["notes"] >= 60 and counts_before["actions"] >= 8
    assert "audit_log" not in counts_before

    database = open_database(old)
    try:
        assert database.report.upgraded_from == "0001"
        backup = database.report.backup
        assert backup is not None and backup.parent == old.parent
        # The backup is a complete, checked copy of the record as it was (revision 0001).
        copy = sqlite3.connect(backup)
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        copy.close()
        assert _counts(backup) == counts_before

        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            revision = migrate.current_revision(connection)
        assert revision == migrate.head_revision()
        after = _counts(old)
        # Tables later revisions add (the audit log, pictures, access and payments, feedback, …)
        # arrive empty.
        added = {table: after.pop(table) for table in set(after) - set(counts_before)}
        assert {"audit_log", "pictures", "payments", "feedback_forms"} <= set(added)
        assert set(added.values()) == {0}, added
        assert after == counts_before
        # The upgraded record exports exactly as the record it came from, less what a 0001
        # record could not hold (the session details and choices added in 0004).
        upgraded = json.loads(Services(database).interchange.export_text(1))
    finally:
        database.dispose()
    original = open_database(demo_file)
    try:
        expected = json.loads(Services(original).interchange.export_text(1))
    finally:
        original.dispose()
    for person in expected["workshop"]["participants"]:
        person.pop("access_needs", None)  # arrived in 0005
    for session in expected["workshop"]["sessions"]:
        for name in SINCE_0001["session"]:
            session.pop(name, None)
        # The migration clears the old default level, which nobody could have chosen (0004).
        if session.get("involvement") == "co_design":
            session.pop("involvement")
        for note in session["notes"]:
            note.pop("quoted", None)
        for action in session["actions"]:
            action.pop("agreed_status", None)
    assert upgraded == expected


def test_foreign_keys_are_off_while_the_migration_runs(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "record.sqlite3"))
    try:
        with _foreign_key_state_during_ddl(engine) as seen:
            migrate.upgrade(engine)
        assert seen and set(seen) == {0}
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_an_upgrade_that_would_leave_broken_references_is_rolled_back(
    demo_file: Path, tmp_path: Path
) -> None:
    old = tmp_path / "record.sqlite3"
    _database_at_0001(demo_file, old)
    connection = sqlite3.connect(old)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE votes SET note_id = 999999 WHERE id = 1")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseRefused) as refused:
        open_database(old)
    assert_one_sentence(refused.value.message)
    assert "left as it was" in refused.value.message
    check = sqlite3.connect(old)
    assert check.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    check.close()
    assert len(list(tmp_path.glob("record.before-upgrade-from-0001.*"))) == 1


@pytest.mark.parametrize("build", [_newer_version, _corrupt, _other_application])
def test_newer_corrupt_and_foreign_files_are_refused_untouched(
    build: Any, demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "case" / "record.sqlite3"
    target.parent.mkdir()
    build(demo_file, target)
    before = folder_state(target.parent)
    digest = file_hash(target)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(target)
    assert_one_sentence(refused.value.message)
    assert file_hash(target) == digest
    assert folder_state(target.parent) == before


@pytest.mark.postgres
def test_postgresql_is_upgraded_with_the_same_migrations() -> None:
    url = server_url()
    if url is None:
        pytest.skip("needs WORKSHOP_TEST_DATABASE_URL (run through .ci/postgres.sh)")
    # A database of its own on the server, so the shared test schema is not disturbed.
    name = f"workshop_migration_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    scratch = make_url(url).set(database=name).render_as_string(hide_password=False)
    try:
        engine = make_engine(scratch)
        migrate.upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO workshops (title, organisation, service_area, locality, "
                    "created_at) VALUES ('Old', 'Council', '', '', now())"
                )
            )
        engine.dispose()
        database = open_database(scratch)
        try:
            assert database.report.upgraded_from == "0001"
            [workshop] = Services(database).workshops.list()
            assert workshop.title == "Old"
            with database.engine.connect() as connection:
                assert migrate.current_revision(connection) == migrate.head_revision()
                retention = connection.execute(text("SELECT retention_years FROM workshops"))
                assert retention.scalar() == 2
        finally:
            database.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
