"""workshop.audience's rules for tables: whom a host may name, which notes a table's phones dot."""

from __future__ import annotations

import dataclasses

import pytest

from workshop import audience
from workshop.views import ParticipantView

PERSON = ParticipantView(
    id=7,
    workshop_id=1,
    number=7,
    name="Cerys Example",
    role="carer",
    organisation="",
    consent_named=True,
    consent_contact=False,
    consent_share_contact=False,
    contact="",
    support_needs="",
)


@pytest.mark.parametrize(
    ("consent", "present", "from_phone", "named"),
    [
        (True, True, False, True),  # in the room, agreed
        (True, False, True, True),  # joined from a phone, agreed
        (True, False, False, False),  # agreed, but not in the room
        (False, True, False, False),  # in the room, did not agree
        (False, False, True, False),
    ],
)
def test_a_host_names_only_people_in_the_room_who_agreed(
    consent: bool, present: bool, from_phone: bool, named: bool
) -> None:
    person = dataclasses.replace(PERSON, consent_named=consent, joined_from_device=from_phone)
    assert audience.named_to_hosts(person, {7} if present else set()) is named


@pytest.mark.parametrize(
    ("note_table", "on_plenary", "device_table", "seen"),
    [
        (None, True, None, True),  # no tables: every phone sees every note
        (None, True, 4, True),  # the plenary's note, at a table
        (4, False, 4, True),  # its own table's note
        (4, False, 5, False),  # another table's note
        (4, False, None, False),  # a table's note, in the plenary
        (4, True, None, True),  # harvested: the whole room's now
        (4, True, 5, True),
    ],
)
def test_a_phone_dots_its_own_tables_notes_and_the_plenarys(
    note_table: int | None, on_plenary: bool, device_table: int | None, seen: bool
) -> None:
    assert audience.on_ballot_at(note_table, on_plenary, device_table) is seen
