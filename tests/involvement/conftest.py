"""A workshop with people, needs and payments, over a clock the test sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from workshop.services import Services
from workshop.storage import Database


class Clock:
    """A clock the test moves, so 'thirty days later' needs no waiting."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set_day(self, day: str) -> None:
        self.now = dt.datetime.fromisoformat(day + "T10:00:00")


@dataclass(frozen=True)
class World:
    workshop: int
    session: int
    ann: int  # BSL user, did not consent to be named
    raj: int  # professional, named
    cara: int  # carer with large print, breaks and a dietary need


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 2, 10, 0))


@pytest.fixture
def timed(database: Database, clock: Clock) -> Services:
    return Services(database, clock=clock)


@pytest.fixture
def world(timed: Services) -> World:
    services = timed
    workshop = services.workshops.create("Home care", "Riverside Council")
    ann = services.participants.add(workshop.id, "Ann Lowri", "lived_experience")
    raj = services.participants.add(workshop.id, "Raj Patel", "professional", consent_named=True)
    cara = services.participants.add(workshop.id, "Cara Wynne", "carer")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "First session", date="2026-12-14"
    )
    services.access.add_need(ann.id, "bsl_interpreter", asked_by="Dee (organiser)")
    services.access.add_need(
        cara.id, "large_print", detail="24 point", asked_by="Dee (organiser)", asked_on="2026-10-20"
    )
    services.access.add_need(cara.id, "breaks", asked_by="Dee (organiser)")
    services.access.add_need(cara.id, "dietary", detail="no gluten", asked_by="Dee (organiser)")
    services.access.set_notes(cara.id, "Cara's husband has dementia; she may leave early")
    return World(workshop.id, session.id, ann.id, raj.id, cara.id)
