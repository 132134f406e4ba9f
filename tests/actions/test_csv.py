"""The officers' CSV: parsed back with the csv module; consent rules and formula safety hold."""

from __future__ import annotations

import csv
import io

from exports.csv_actions import COLUMNS, actions_csv, neutralise
from tests.actions.world import ActionsWorld
from workshop.services import Services


def _export(services: Services, workshop_id: int) -> bytes:
    actions = services.actions.for_workshop(workshop_id)
    sessions = {s.id: s for s in services.sessions.list(workshop_id)}
    return actions_csv(actions, sessions, services.participants.list(workshop_id))


def _parse(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_rows_carry_every_column_with_consent_rules(
    fixed_services: Services, world: ActionsWorld
) -> None:
    actions = fixed_services.actions
    first = actions.create(
        world.first,
        "Texts when visits are late",
        description="Line one\nLine two, with a comma",
        owner_id=world.ann,  # did not consent to be named
        co_lead_id=world.cara,
        due="2027-03-31",
        status="agreed",
        source_note_ids=world.notes[:3],
        agreed_by=[world.ann, world.raj],
    )
    actions.add_update(first.id, world.second, "Supplier chosen", date="2027-01-19")
    actions.add_update(
        first.id, world.second, "Pilot running", date="2027-01-19", status="in_progress"
    )
    dropped = actions.create(world.first, "Banked minutes", owner_id=world.raj)
    actions.update(dropped.id, status="dropped", dropped_reason="Contract forbids it.")

    data = _export(fixed_services, world.workshop)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    rows = _parse(data)
    assert list(rows[0].keys()) == list(COLUMNS)
    assert len(rows) == 2
    row = rows[0]
    assert row["id"] == str(first.id)
    assert row["session"] == "2026-12-01 First session"
    assert row["description"] == "Line one\nLine two, with a comma"
    assert row["owner"] == "Participant 1 (person with lived experience)"
    assert row["co_lead"] == "Cara Named (carer)"
    assert row["due"] == "2027-03-31"
    assert row["status"] == "in_progress"
    assert (
        row["agreed_by"]
        == "Participant 1 (person with lived experience); Raj Officer (professional)"
    )
    assert row["jointly_agreed"] == "yes"
    assert row["source_note_count"] == "3"
    assert row["latest_update"] == "Pilot running"
    assert row["latest_update_date"] == "2027-01-19"
    assert row["dropped_reason"] == ""
    assert rows[1]["dropped_reason"] == "Contract forbids it."
    assert rows[1]["jointly_agreed"] == "no"
    assert rows[1]["latest_update"] == ""
    # The person who did not consent is never named anywhere in the file.
    assert b"Ann" not in data and b"Hidden" not in data


def test_formula_looking_cells_are_neutralised(
    fixed_services: Services, world: ActionsWorld
) -> None:
    evil = '=HYPERLINK("http://example.invalid","Click")'
    fixed_services.actions.create(
        world.first,
        evil,
        description="+44 20 7946 0000",
        owner_id=world.raj,
    )
    fixed_services.participants.update(world.raj, name="@Raj")
    row = _parse(_export(fixed_services, world.workshop))[0]
    assert row["title"] == "'" + evil
    assert row["description"] == "'+44 20 7946 0000"
    assert row["owner"] == "'@Raj (professional)"


def test_neutralise_covers_each_trigger_and_leaves_plain_text() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r", "＝"):
        assert neutralise(start + "1+1") == "'" + start + "1+1"
    for plain in ("", "Texts", "2027-01-19", "'already quoted", " =spaced", "a=b"):
        assert neutralise(plain) == plain


def test_non_ascii_survives_the_round_trip(fixed_services: Services, world: ActionsWorld) -> None:
    title = "Llythyrau yn Gymraeg — ŵ ŷ, żółw, 修理, مرحبا 🙂"
    fixed_services.actions.create(world.first, title)
    assert _parse(_export(fixed_services, world.workshop))[0]["title"] == title
