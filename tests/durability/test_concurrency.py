"""Two app instances on one database (SQLite file or PostgreSQL): no edit silently lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from models.board import Note
from tests.conftest import server_url
from workshop.errors import ConflictError
from workshop.services import Services
from workshop.storage import Database, open_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_instances(database_target: str) -> Iterator[tuple[Services, Services]]:
    """Two independent app instances: separate engines, pools, sessions and event buses."""
    first = open_database(database_target)
    second = open_database(database_target)
    try:
        yield Services(first), Services(second)
    finally:
        first.dispose()
        second.dispose()


@pytest.fixture
def record(two_instances: tuple[Services, Services]) -> dict[str, int]:
    one, _ = two_instances
    workshop = one.workshops.create("Housing repairs", "Riverside Council")
    ann = one.participants.add(workshop.id, "Ann Example", "lived_experience")
    session = one.sessions.create_from_template(
        workshop.id, "what-matters", "First session", date="2026-12-01"
    )
    column = one.board.columns(session.id)[0]
    note = one.board.add_note(session.id, column.id, "Repairs take months", author_id=ann.id)
    action = one.actions.create(session.id, "Call back within a week", source_note_ids=[note.id])
    return {"session": session.id, "column": column.id, "note": note.id, "action": action.id}


def test_the_second_editor_of_a_note_is_told_not_obeyed(
    two_instances: tuple[Services, Services], record: dict[str, int]
) -> None:
    one, two = two_instances
    seen_by_one = one.board.get_note(record["note"])
    seen_by_two = two.board.get_note(record["note"])
    one.board.edit_note(record["note"], "Repairs take months, sometimes years", **_v(seen_by_one))
    with pytest.raises(ConflictError) as conflict:
        two.board.edit_note(record["note"], "Repairs are quick", **_v(seen_by_two))
    assert "not lost" in conflict.value.message
    for services in (one, two):
        assert services.board.get_note(record["note"]).text == (
            "Repairs take months, sometimes years"
        )
    # Having reloaded, the second editor's change goes through.
    fresh = two.board.get_note(record["note"])
    assert two.board.edit_note(record["note"], "Repairs are slow", **_v(fresh)).text == (
        "Repairs are slow"
    )


def test_a_move_based_on_an_old_view_is_refused(
    two_instances: tuple[Services, Services], record: dict[str, int]
) -> None:
    one, two = two_instances
    seen_by_two = two.board.get_note(record["note"])
    edited = one.board.edit_note(
        record["note"], "Edited first", **_v(one.board.get_note(record["note"]))
    )
    with pytest.raises(ConflictError):
        two.board.move_note(
            record["note"], record["column"], 500.0, 40.0, expected_version=seen_by_two.version
        )
    after = one.board.get_note(record["note"])
    assert (after.x, after.y, after.text) == (edited.x, edited.y, "Edited first")


def test_the_second_editor_of_an_action_is_told_not_obeyed(
    two_instances: tuple[Services, Services], record: dict[str, int]
) -> None:
    one, two = two_instances
    seen_by_one = one.actions.get(record["action"])
    seen_by_two = two.actions.get(record["action"])
    one.actions.update(record["action"], expected_version=seen_by_one.version, status="agreed")
    with pytest.raises(ConflictError):
        two.actions.update(
            record["action"], expected_version=seen_by_two.version, title="Write to everyone"
        )
    final = two.actions.get(record["action"])
    assert (final.title, final.status) == ("Call back within a week", "agreed")


def test_interleaved_writers_without_a_version_check_still_conflict(
    two_instances: tuple[Services, Services], record: dict[str, int]
) -> None:
    """The version column catches a write based on a stale read even inside one transaction.

    The second instance reads the note in its own unit of work; the first commits an edit in
    between; the second's write then refers to a version that is gone.
    """
    one, two = two_instances
    database: Database = two.database
    if database.is_sqlite:
        # SQLite: the second instance holds the write lock from the start of its change, so the
        # first instance waits instead of interleaving; both changes land, one after the other.
        started = threading.Event()
        finished: list[str] = []

        def first_writer() -> None:
            started.wait(10)
            finished.append(one.board.edit_note(record["note"], "First instance").text)

        thread = threading.Thread(target=first_writer)
        thread.start()
        with database.unit_of_work() as db:
            row = db.get_one(Note, record["note"])
            started.set()
            thread.join(0.3)
            assert thread.is_alive(), "the first instance wrote inside the second one's change"
            row.text = "Second instance"
        thread.join(15)
        assert finished == ["First instance"]
        assert one.board.get_note(record["note"]).version == 3
        return
    with pytest.raises(ConflictError), database.unit_of_work() as db:
        row = db.get_one(Note, record["note"])
        one.board.edit_note(record["note"], "First instance")
        row.text = "Second instance"
    assert two.board.get_note(record["note"]).text == "First instance"


def test_server_url_is_used_when_given(database_target: str) -> None:
    """Guard: in the PostgreSQL pass these tests really run on the server, not on a file."""
    if server_url() is not None:
        assert database_target.startswith("postgresql")
    else:
        assert database_target.endswith(".sqlite3")


def _v(view: object) -> dict[str, int]:
    return {"expected_version": view.version}  # type: ignore[attr-defined]
