"""Monitoring and feedback cannot be linked to a person, a device or a time: the schema and the
order rows are stored in are checked directly in the database."""

from __future__ import annotations

import itertools

from sqlalchemy import inspect, text

from models.tables import metadata
from workshop.feedback import MONITORING_QUESTIONS
from workshop.services import Services
from workshop.storage import Database

ANSWER_TABLES = ("monitoring_counts", "feedback_tallies", "feedback_comments")


def test_no_key_to_anyone_and_no_time(database: Database) -> None:
    inspector = inspect(database.engine)
    for table in ANSWER_TABLES:
        keys = inspector.get_foreign_keys(table)
        # The only key is to the session the answers belong to.
        assert [(k["referred_table"], k["constrained_columns"]) for k in keys] == [
            ("sessions", ["session_id"])
        ]
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        assert not any(
            word in name
            for name in columns
            for word in ("participant", "device", "note", "vote", "token", "author", "at", "time")
            if name not in ("count",)
        ), columns
        assert not any("DATE" in str(c["type"]).upper() for c in columns.values())
    assert set(c.name for c in metadata.tables["monitoring_counts"].columns) == {
        "session_id",
        "question_id",
        "option",
        "count",
    }


def _stored(database: Database, table: str, session_id: int, columns: str) -> list[tuple]:
    with database.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(f"SELECT {columns} FROM {table} WHERE session_id = :s ORDER BY rowid"),
                {"s": session_id},
            )
        ]


def test_stored_order_says_nothing_of_arrival(
    services: Services, database: Database, workshop_with_session: dict[str, int]
) -> None:
    canonical = [(q.id, o.value) for q in MONITORING_QUESTIONS for o in q.options]
    first = [("age", "75_plus"), ("carer", "yes"), ("welsh_speaker", "no")]
    orders = {}
    for permutation in itertools.islice(itertools.permutations(first), 3):
        session = services.sessions.create(workshop_with_session["workshop"], "Another")
        for question_id, option in permutation:
            services.feedback.submit(
                session.id, {"listened": int(option == "yes") + 1}, {question_id: option}
            )
        monitoring = _stored(database, "monitoring_counts", session.id, "question_id, option")
        tallies = _stored(database, "feedback_tallies", session.id, "question_id, value")
        assert monitoring == canonical
        orders[permutation] = tallies
    # Whoever answered first, the answers' rows are in the same order.
    assert len(set(map(tuple, orders.values()))) == 1


def test_free_text_is_not_kept_in_arrival_order(
    services: Services, database: Database, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    sent = [f"Comment {letter}" for letter in "abcdefghijklmnopqrst"]
    for comment in sent:
        services.feedback.submit(session_id, {"change": comment})
    stored = [row[0] for row in _stored(database, "feedback_comments", session_id, "text")]
    assert sorted(stored) == sorted(sent)
    assert stored != sent  # 1 chance in 20! of failing by luck
