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


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (60, 40)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def test_own_pictures_travel_and_come_back(services: Services, world: EasyReadWorld) -> None:
    """The organisation's own pictures: optional fields, version 1, kept on a round trip."""
    ours = services.easy_read.add_picture(world.workshop, "Our day centre", _png((200, 30, 30)))
    spare = services.easy_read.add_picture(world.workshop, "Spare", _png((30, 30, 200)))
    services.easy_read.set_picture(world.session, world.bus, picture_id=ours.id)
    document = json.loads(services.interchange.export_text(world.workshop))
    assert document["version"] == 1
    pictures = {p["name"]: p for p in document["workshop"]["easy_read_pictures"]}
    assert set(pictures) == {"Our day centre", "Spare"}
    (session,) = document["workshop"]["sessions"]
    (bus,) = [p for p in session["easy_read"] if p["text"] == BUS_EN]
    assert bus["own_picture"] == pictures["Our day centre"]["id"]
    assert all("own_picture" not in p for p in session["easy_read"] if p["text"] != BUS_EN)

    copy = services.interchange.import_workshop(json.dumps(document).encode())
    copied_pictures = {p.name: p for p in services.easy_read.pictures(copy.id)}
    assert set(copied_pictures) == {"Our day centre", "Spare"}
    assert services.easy_read.picture_png(copied_pictures["Spare"].id) == (
        services.easy_read.picture_png(spare.id)
    )
    [copied] = services.sessions.list(copy.id)
    (printed,) = [p for p in services.easy_read.record(copied.id).points if p.text == BUS_EN]
    assert printed.own_picture == services.easy_read.picture_png(ours.id)
    assert printed.own_picture_name == "Our day centre"
    # A shared file carries only the pictures the record prints.
    shared = json.loads(services.interchange.export_text(world.workshop, anonymise=True))
    assert [p["name"] for p in shared["workshop"]["easy_read_pictures"]] == ["Our day centre"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"png": "not base64!"}, "expected a PNG picture in base64"),
        ({"png": "aGVsbG8="}, "expected a PNG picture in base64"),  # "hello"
        ({"name": ""}, "easy_read_pictures"),
    ],
)
def test_bad_own_pictures_are_refused_with_their_place(
    services: Services, world: EasyReadWorld, change: dict[str, object], message: str
) -> None:
    services.easy_read.add_picture(world.workshop, "Ours", _png((0, 120, 0)))
    document = json.loads(services.interchange.export_text(world.workshop))
    document["workshop"]["easy_read_pictures"][0].update(change)
    with pytest.raises(ImportRefused, match=message) as refused:
        services.interchange.import_workshop(json.dumps(document).encode())
    assert "workshop.easy_read_pictures[0]" in str(refused.value)


def test_a_point_naming_a_missing_own_picture_is_refused(
    services: Services, world: EasyReadWorld
) -> None:
    document = json.loads(services.interchange.export_text(world.workshop))
    document["workshop"]["sessions"][0]["easy_read"][0]["own_picture"] = "ep9"
    with pytest.raises(ImportRefused, match="own_picture: no such id"):
        services.interchange.import_workshop(json.dumps(document).encode())
