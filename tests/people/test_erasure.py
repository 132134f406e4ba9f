"""Erasure: one transaction, consistent anonymisation, and no bytes of the person left on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop.errors import NotFoundError
from workshop.services import Services

NAME = "Bartholomew Quincefield"
CONTACT = "bq.private-mailbox@example.org"
NEEDS = "Quietroom and hearing loop"


def _files(db_path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    }


def _found(db_path: Path, secret: str) -> list[str]:
    needle = secret.encode("utf-8")
    return [name for name, data in _files(db_path).items() if needle in data]


@pytest.fixture
def history(services: Services, workshop_with_session: dict[str, int]) -> dict[str, int]:
    """Bartholomew: attends, facilitates, writes three notes, votes, owns and co-leads actions."""
    ids = workshop_with_session
    session = services.sessions.get(ids["session"])
    person = services.participants.add(
        ids["workshop"],
        NAME,
        "carer",
        organisation="Quincefield Carers",
        contact=CONTACT,
        support_needs=NEEDS,
        attending_session_id=session.id,
    )
    # A correction leaves an older spelling behind in the file unless it is scrubbed too.
    services.participants.update(person.id, name=NAME)
    services.sessions.update(session.id, facilitator_id=person.id)
    column = services.board.columns(session.id)[0]
    mine = [
        services.board.add_note(session.id, column.id, f"Carer view {i}", author_id=person.id)
        for i in range(3)
    ]
    other = services.board.add_note(session.id, column.id, "Another view", author_id=ids["raj"])
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(session.id, vote_stage)
    services.votes.cast(session.id, person.id, other.id)
    services.votes.cast(session.id, person.id, mine[0].id)
    services.votes.cast(session.id, ids["raj"], mine[1].id)
    owned = services.actions.create(session.id, "Owned action", owner_id=person.id)
    co_led = services.actions.create(
        session.id,
        "Co-led action",
        owner_id=ids["raj"],
        co_lead_id=person.id,
        agreed_by=[person.id, ids["raj"]],
        source_note_ids=[mine[2].id],
    )
    return {
        **ids,
        "person": person.id,
        "owned": owned.id,
        "co_led": co_led.id,
        "note0": mine[0].id,
        "other": other.id,
    }


def test_erasure_leaves_no_bytes_of_the_person_in_db_wal_or_shm(
    services: Services, history: dict[str, int], db_path: Path
) -> None:
    # Before: the details really are on disk, so the search below can fail.
    assert _found(db_path, NAME) and _found(db_path, CONTACT) and _found(db_path, NEEDS)
    report = services.rights.erase(history["person"])
    assert report.scrubbed
    for secret in (NAME, CONTACT, NEEDS, "Quincefield"):
        assert _found(db_path, secret) == [], secret
    assert (db_path.parent / f"{db_path.name}-wal").stat().st_size == 0


def test_erasure_keeps_notes_anonymously_with_their_role(
    services: Services, history: dict[str, int]
) -> None:
    before = [
        n for n in services.board.notes(history["session"]) if n.author_id == history["person"]
    ]
    report = services.rights.erase(history["person"])
    notes = {n.id: n for n in services.board.notes(history["session"])}
    for note in before:
        kept = notes[note.id]
        assert kept.author_id is None and kept.role == "carer" and kept.text == note.text
    assert report.notes_kept_anonymously == 3 and report.notes_deleted == 0
    # Their two votes go; Raj's vote on their note stays with the anonymous note.
    votes = services.votes.list(history["session"])
    assert [v.participant_id for v in votes] == [history["raj"]]
    assert report.votes_removed == 2
    owned = services.actions.get(history["owned"])
    co_led = services.actions.get(history["co_led"])
    assert owned.owner_id is None
    assert co_led.co_lead_id is None and co_led.owner_id == history["raj"]
    assert co_led.agreed_by == (history["raj"],)
    assert co_led.source_note_ids  # the action still traces to the anonymous note
    assert services.sessions.get(history["session"]).facilitator_id is None
    assert history["person"] not in services.participants.attendees(history["session"])
    with pytest.raises(NotFoundError):
        services.participants.get(history["person"])


def test_erasure_with_delete_notes_removes_them_and_votes_on_them(
    services: Services, history: dict[str, int], db_path: Path
) -> None:
    report = services.rights.erase(history["person"], delete_notes=True)
    texts = [n.text for n in services.board.notes(history["session"])]
    assert not any(t.startswith("Carer view") for t in texts)
    assert report.notes_deleted == 3
    assert services.votes.list(history["session"]) == []
    assert services.actions.get(history["co_led"]).source_note_ids == ()
    assert _found(db_path, "Carer view") == []


def test_audit_line_says_that_and_when_but_not_who(
    services: Services, history: dict[str, int], db_path: Path
) -> None:
    services.rights.erase(history["person"])
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT at, event, workshop_id, detail FROM audit_log WHERE event = ?",
            ("participant_erased",),
        ).fetchall()
    finally:
        connection.close()
    assert len(rows) == 1
    at, _event, workshop_id, detail = rows[0]
    assert at and workshop_id == history["workshop"]
    assert "votes removed: 2" in detail
    assert "Bartholomew" not in detail and "carer" not in detail.lower()


def test_erasure_is_one_transaction(services: Services, history: dict[str, int]) -> None:
    """A failure part-way leaves the person and everything of theirs as it was."""
    from sqlalchemy import event

    def refuse(_mapper: object, _connection: object, _target: object) -> None:
        raise RuntimeError("disk went away")

    from models.people import AuditEntry

    event.listen(AuditEntry, "before_insert", refuse)
    try:
        with pytest.raises(RuntimeError):
            services.rights.erase(history["person"], delete_notes=True)
    finally:
        event.remove(AuditEntry, "before_insert", refuse)
    assert services.participants.get(history["person"]).name == NAME
    assert len(services.votes.list(history["session"])) == 3
    assert services.actions.get(history["owned"]).owner_id == history["person"]


def test_erasure_reports_other_notes_that_mention_the_name(
    services: Services, history: dict[str, int]
) -> None:
    column = services.board.columns(history["session"])[0]
    services.sessions.set_stage(history["session"], None)
    mention = services.board.add_note(
        history["session"], column.id, f"As {NAME} said, rotas change", author_id=history["raj"]
    )
    report = services.rights.erase(history["person"])
    assert report.mentioned_in_notes == (mention.id,)


def test_backups_made_before_upgrades_are_reported_and_can_be_deleted(
    services: Services, history: dict[str, int], db_path: Path
) -> None:
    from workshop.storage import backup_sqlite

    backup = backup_sqlite(db_path, suffix="before-upgrade-from-0001")
    report = services.rights.erase(history["person"])
    assert report.backups == (backup,)
    assert NAME.encode() in backup.read_bytes()  # why the notice matters
    other = services.participants.add(history["workshop"], "Someone Else", "community")
    report = services.rights.erase(other.id, delete_backups=True)
    assert report.backups == () and not backup.exists()


def test_unknown_person_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no participant with id 404"):
        services.rights.erase(404)
