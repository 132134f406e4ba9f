"""A small world for action tests: a workshop with two sessions, people of every voice, notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.services import Services

TODAY = dt.date(2027, 1, 20)


@dataclass(frozen=True)
class ActionsWorld:
    workshop: int
    first: int
    second: int
    ann: int  # lived experience, not named
    cara: int  # carer, consented to be named
    raj: int  # professional, consented to be named
    fay: int  # facilitator
    notes: tuple[int, ...]  # four notes on the first session's board
    other_workshop: int
    stranger: int  # registered for the other workshop
    stranger_note: int


def build_world(services: Services) -> ActionsWorld:
    workshop = services.workshops.create("Housing repairs", "Riverside Council")
    ann = services.participants.add(workshop.id, "Ann Hidden", "lived_experience")
    cara = services.participants.add(workshop.id, "Cara Named", "carer", consent_named=True)
    raj = services.participants.add(workshop.id, "Raj Officer", "professional", consent_named=True)
    fay = services.participants.add(workshop.id, "Fay Facilitator", "facilitator")
    first = services.sessions.create_from_template(
        workshop.id, "what-matters", "First session", date="2026-12-01"
    )
    second = services.sessions.create_from_template(
        workshop.id, "what-matters", "Second session", date="2027-01-19"
    )
    column = services.board.columns(first.id)[0].id
    notes = tuple(
        services.board.add_note(first.id, column, text, author_id=ann.id).id
        for text in (
            "Repairs take months",
            "Nobody calls back",
            "Letters only in English",
            "Texts when late would help",
        )
    )
    other = services.workshops.create("Parks", "Riverside Council")
    stranger = services.participants.add(other.id, "Sam Elsewhere", "professional")
    other_session = services.sessions.create_from_template(other.id, "what-matters", "Parks 1")
    other_column = services.board.columns(other_session.id)[0].id
    stranger_note = services.board.add_note(
        other_session.id, other_column, "More benches", author_id=stranger.id
    ).id
    return ActionsWorld(
        workshop=workshop.id,
        first=first.id,
        second=second.id,
        ann=ann.id,
        cara=cara.id,
        raj=raj.id,
        fay=fay.id,
        notes=notes,
        other_workshop=other.id,
        stranger=stranger.id,
        stranger_note=stranger_note,
    )


def fixed_clock() -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(10, 0))
