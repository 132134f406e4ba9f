"""A session with themes and actions, and Easy Read sentences written for some of them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workshop.easy_read_record import PointRef
from workshop.services import Services

# Sentences a facilitator wrote (short, one idea each), in English and in Welsh.
BUS_EN = "The bus is often late.\nPeople miss their doctor's visits."
BUS_CY = "Mae'r bws yn aml yn hwyr.\nMae pobl yn colli eu hapwyntiadau meddyg."
CARERS_EN = "People want the same carers.\nA new carer every day is hard."
CARERS_CY = "Mae pobl eisiau'r un gofalwyr.\nMae gofalwr newydd bob dydd yn anodd."
ACTION_EN = "The council will talk to the bus company.\nWe will tell you what they say."
ACTION_CY = "Bydd y cyngor yn siarad â'r cwmni bws.\nByddwn ni'n dweud wrthych chi wedyn."
# A theme nobody wrote Easy Read for: its title must never reach the record.
UNWRITTEN_THEME = "Procurement of domiciliary framework lots"


@dataclass
class EasyReadWorld:
    session: int
    workshop: int
    bus: PointRef
    carers: PointRef
    unwritten: PointRef
    action: PointRef


@pytest.fixture
def world(services: Services, workshop_with_session: dict[str, int]) -> EasyReadWorld:
    session_id = workshop_with_session["session"]
    column = services.board.columns(session_id)[0]
    notes = [
        services.board.add_note(session_id, column.id, text, role="carer").id
        for text in ("The 42 bus never comes", "Different carer each day", "Tendering rules")
    ]
    bus = services.board.group(session_id, "Transport to appointments", [notes[0]])
    carers = services.board.group(session_id, "Continuity of carers", [notes[1]])
    unwritten = services.board.group(session_id, UNWRITTEN_THEME, [notes[2]])
    action = services.actions.create(session_id, "Raise route 42 reliability with operator")
    refs = EasyReadWorld(
        session_id,
        workshop_with_session["workshop"],
        PointRef("theme", bus.id),
        PointRef("theme", carers.id),
        PointRef("theme", unwritten.id),
        PointRef("action", action.id),
    )
    easy = services.easy_read
    easy.set_text(session_id, refs.bus, BUS_EN)
    easy.set_text(session_id, refs.bus, BUS_CY, language="cy")
    easy.set_picture(session_id, refs.bus, symbol="1F68C")
    easy.set_text(session_id, refs.carers, CARERS_EN)
    easy.set_text(session_id, refs.carers, CARERS_CY, language="cy")
    easy.set_picture(session_id, refs.carers, symbol="1F9D1-200D-2695-FE0F")
    easy.set_text(session_id, refs.action, ACTION_EN)
    easy.set_text(session_id, refs.action, ACTION_CY, language="cy")
    return refs
