"""Easy Read points in the interchange file: optional, version 1, kept on a round trip."""

from __future__ import annotations

import json

import pytest

from tests.easy_read.conftest import ACTION_CY, ACTION_EN, BUS_EN, CARERS_EN, EasyReadWorld
from workshop.errors import ImportRefused
from workshop.services import Services


def test_easy_read_points_survive_a_round_trip(services: Services, world: EasyReadWorld) -> None:
    own = services.easy_read.add_message(world.session, "We had tea and cake.")
    services.easy_read.set_picture(world.session, own.ref, symbol="2615")
    document = json.loads(services.interchange.export_text(world.workshop))
    assert document["version"] == 1
    (session,) = document["workshop"]["sessions"]
    points = {p["text"]: p for p in session["easy_read"]}
    assert set(points) == {BUS_EN, CARERS_EN, "We had tea and cake.", ACTION_EN}
    bus, action, tea = points[BUS_EN], points[ACTION_EN], points["We had tea and cake."]
    assert bus["picture"] == "1F68C" and bus["theme"] == session["themes"][0]["id"]
    assert action["action"] == session["actions"][0]["id"] and action["text_cy"] == ACTION_CY
    assert action["picture"] is None
    assert tea["picture"] == "2615" and "theme" not in tea and "action" not in tea

    copy = services.interchange.import_workshop(json.dumps(document).encode())
    [copied] = services.sessions.list(copy.id)
    before = services.easy_read.record(world.session)
    after = services.easy_read.record(copied.id)
    assert [(p.kind, p.text, p.text_cy, p.symbol) for p in after.points] == [
        (p.kind, p.text, p.text_cy, p.symbol) for p in before.points
    ]
    # Linked to the copied themes and actions, as the panel shows them.
    views = services.easy_read.points(copied.id)
    assert any(v.source == "Transport to appointments" and v.text == BUS_EN for v in views)


def test_a_file_without_easy_read_still_imports(services: Services, world: EasyReadWorld) -> None:
    document = json.loads(services.interchange.export_text(world.workshop))
    del document["workshop"]["sessions"][0]["easy_read"]
    copy = services.interchange.import_workshop(json.dumps(document).encode())
    [copied] = services.sessions.list(copy.id)
    assert services.easy_read.record(copied.id).points == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"picture": "not-a-symbol"}, "not a picture of the shipped symbol set"),
        ({"theme": "t999"}, "no such id"),
        ({"text": 5}, "expected text"),
    ],
)
def test_bad_points_are_refused_with_their_place(
    services: Services, world: EasyReadWorld, change: dict[str, object], message: str
) -> None:
    document = json.loads(services.interchange.export_text(world.workshop))
    document["workshop"]["sessions"][0]["easy_read"][0].update(change)
    with pytest.raises(ImportRefused, match=message) as refused:
        services.interchange.import_workshop(json.dumps(document).encode())
    assert "easy_read" in str(refused.value)
