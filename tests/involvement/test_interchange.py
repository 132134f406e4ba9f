"""The optional interchange fields: access_needs, payments and access_bookings."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.involvement.conftest import World
from workshop.errors import ImportRefused
from workshop.services import Services

# Service rules hold on PostgreSQL too (CI's second pass).
pytestmark = pytest.mark.postgres


def _document(services: Services, workshop: int, **kwargs: Any) -> dict[str, Any]:
    return json.loads(services.interchange.export_text(workshop, **kwargs))


@pytest.fixture
def paid(timed: Services, world: World) -> World:
    timed.payments.add(
        world.session,
        world.ann,
        rate_pence_per_hour=2500,
        travel_minutes=40,
        expenses_pence=420,
        status="approved",
        approved_by="M. Evans",
    )
    timed.access.set_booking_done(world.session, "bsl_interpreter", True)
    return world


def test_a_full_backup_round_trips_needs_payments_and_bookings(
    timed: Services, paid: World
) -> None:
    document = _document(timed, paid.workshop)
    people = document["workshop"]["participants"]
    cara = next(p for p in people if p["name"] == "Cara Wynne")
    assert cara["access_needs"]["needs"][0] == {
        "kind": "large_print",
        "detail": "24 point",
        "asked_on": "2026-10-20",
        "asked_by": "Dee (organiser)",
    }
    assert "dementia" in cara["access_needs"]["notes"]
    assert "access_needs" not in next(p for p in people if p["name"] == "Raj Patel")
    session = document["workshop"]["sessions"][0]
    payment = session["payments"][0]
    assert set(payment) == {
        "participant",
        "minutes",
        "session_minutes",
        "preparation_minutes",
        "travel_minutes",
        "rate_pence_per_hour",
        "method",
        "expenses_pence",
        "status",
        "paid_on",
        "approved_by",
    }
    assert payment["approved_by"] == "M. Evans"
    assert session["access_bookings"] == [
        {"kind": "bsl_interpreter", "due_by": "2026-11-02", "done": True}
    ]
    copied = timed.interchange.import_workshop(json.dumps(document))
    again = _document(timed, copied.id)
    assert again["workshop"]["participants"] == people
    assert again["workshop"]["sessions"][0]["payments"] == session["payments"]
    assert again["workshop"]["sessions"][0]["access_bookings"] == session["access_bookings"]


def test_session_preparation_and_travel_time_come_back_exactly(
    timed: Services, world: World
) -> None:
    made = timed.payments.add(
        world.session,
        world.cara,
        session_minutes=150,
        preparation_minutes=45,
        travel_minutes=70,
        rate_pence_per_hour=2500,
    )
    payment = _document(timed, world.workshop)["workshop"]["sessions"][0]["payments"][0]
    assert payment["minutes"] == 265  # the contract field stays the total
    assert (payment["session_minutes"], payment["preparation_minutes"]) == (150, 45)
    assert payment["travel_minutes"] == 70
    copied = timed.interchange.import_workshop(
        timed.interchange.export_text(world.workshop, anonymise=True)
    )
    [back] = timed.payments.for_workshop(copied.id)
    assert (back.session_minutes, back.preparation_minutes, back.travel_minutes) == (150, 45, 70)
    assert (back.time_pence, back.total_pence) == (made.time_pence, made.total_pence)


def test_minutes_alone_is_time_at_the_session(timed: Services, paid: World) -> None:
    document = _document(timed, paid.workshop)
    payment = document["workshop"]["sessions"][0]["payments"][0]
    for name in ("session_minutes", "preparation_minutes", "travel_minutes"):
        del payment[name]
    payment["minutes"] = 90
    copied = timed.interchange.import_workshop(json.dumps(document))
    [back] = timed.payments.for_workshop(copied.id)
    assert (back.session_minutes, back.preparation_minutes, back.travel_minutes) == (90, 0, 0)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (
            {"minutes": 100, "travel_minutes": 40},
            "minutes: 100 minutes, but session, preparation and travel minutes add up to 40",
        ),
        ({"minutes": 60, "preparation_minutes": -5}, "preparation_minutes: expected a whole"),
        ({"minutes": 60, "session_minutes": "an hour"}, "session_minutes: expected a whole"),
    ],
)
def test_time_parts_that_disagree_are_refused_with_their_place(
    timed: Services, paid: World, parts: dict[str, Any], message: str
) -> None:
    document = _document(timed, paid.workshop)
    payment = document["workshop"]["sessions"][0]["payments"][0]
    for name in ("session_minutes", "preparation_minutes", "travel_minutes"):
        del payment[name]
    payment.update(parts)
    before = len(timed.workshops.list())
    with pytest.raises(ImportRefused) as refused:
        timed.interchange.import_workshop(json.dumps(document))
    assert refused.value.message.startswith("workshop.sessions[0].payments[0]." + message), (
        refused.value.message
    )
    assert len(timed.workshops.list()) == before


def test_anonymised_file_drops_access_needs_and_names_nobody_in_payments(
    timed: Services, paid: World
) -> None:
    text = timed.interchange.export_text(paid.workshop, anonymise=True)
    assert "access_needs" not in text and "dementia" not in text and "24 point" not in text
    assert "Ann Lowri" not in text and "M. Evans" not in text
    document = json.loads(text)
    payment = document["workshop"]["sessions"][0]["payments"][0]
    person = next(
        p for p in document["workshop"]["participants"] if p["id"] == payment["participant"]
    )
    assert person["name"] == "Participant 1 (person with lived experience)"


@pytest.mark.parametrize(
    ("where", "value", "place"),
    [
        ("need_kind", "mind_reading", "workshop.participants[0].access_needs.needs[0].kind"),
        ("method", "bitcoin", "workshop.sessions[0].payments[0].method"),
        ("status", "lost", "workshop.sessions[0].payments[0].status"),
        ("booking_kind", "helicopter", "workshop.sessions[0].access_bookings[0].kind"),
        ("participant", "p99", "workshop.sessions[0].payments[0].participant"),
    ],
)
def test_unknown_values_are_refused_with_their_place(
    timed: Services, paid: World, where: str, value: str, place: str
) -> None:
    document = _document(timed, paid.workshop)
    bad = copy.deepcopy(document)
    workshop = bad["workshop"]
    ann = workshop["participants"][0]
    ann["access_needs"] = {
        "needs": [
            {"kind": "hearing_loop", "detail": "", "asked_on": "2026-10-01", "asked_by": "Dee"}
        ],
        "notes": "",
    }
    session = workshop["sessions"][0]
    target = {
        "need_kind": (ann["access_needs"]["needs"][0], "kind"),
        "method": (session["payments"][0], "method"),
        "status": (session["payments"][0], "status"),
        "booking_kind": (session["access_bookings"][0], "kind"),
        "participant": (session["payments"][0], "participant"),
    }[where]
    target[0][target[1]] = value
    before = len(timed.workshops.list())
    with pytest.raises(ImportRefused) as refused:
        timed.interchange.import_workshop(json.dumps(bad))
    assert refused.value.message.startswith(place + ":"), refused.value.message
    assert len(timed.workshops.list()) == before
