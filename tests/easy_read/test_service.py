"""The Easy Read service on a real database: what it stores, and what it refuses."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from tests.easy_read.conftest import EasyReadWorld
from workshop.easy_read_record import PointRef
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.services import Services


def _png(size: tuple[int, int] = (60, 40)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, "orange").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_final_record_refuses_changes(services: Services, world: EasyReadWorld) -> None:
    services.sessions.mark_final(world.session)
    with pytest.raises(LockedError):
        services.easy_read.set_text(world.session, world.bus, "Changed.")
    with pytest.raises(LockedError):
        services.easy_read.add_message(world.session, "New.")
    assert services.easy_read.record(world.session).points[0].text.startswith("The bus")


def test_bad_choices_are_refused(services: Services, world: EasyReadWorld) -> None:
    with pytest.raises(ValidationError, match="no such picture"):
        services.easy_read.set_picture(world.session, world.bus, symbol="../../etc/passwd")
    with pytest.raises(ValidationError):
        services.easy_read.set_text(world.session, world.bus, "x" * 601)
    with pytest.raises(ValidationError, match=r"en \(English\) or cy"):
        services.easy_read.set_text(world.session, world.bus, "Hi.", language="fr")
    with pytest.raises(NotFoundError):
        services.easy_read.set_text(world.session, PointRef("theme", 99999), "Hi.")
    other = services.workshops.create("Another", "Elsewhere")
    picture = services.easy_read.add_picture(other.id, "Theirs", _png())
    with pytest.raises(NotFoundError):
        services.easy_read.set_picture(world.session, world.bus, picture_id=picture.id)


def test_own_pictures_are_checked_and_shrunk(services: Services, world: EasyReadWorld) -> None:
    with pytest.raises(ValidationError, match="not a PNG or JPEG"):
        services.easy_read.add_picture(world.workshop, "Notes", b"GIF89a....")
    with pytest.raises(ValidationError, match="empty"):
        services.easy_read.add_picture(world.workshop, "Nothing", b"")
    big = services.easy_read.add_picture(world.workshop, "Big", _png((2000, 1000)))
    assert (big.width, big.height) == (480, 240)
    stored = Image.open(BytesIO(services.easy_read.picture_png(big.id)))
    assert stored.format == "PNG" and stored.size == (480, 240)


def test_removing_an_action_removes_its_point(services: Services, world: EasyReadWorld) -> None:
    services.actions.delete(world.action.id)
    kinds = [p.kind.value for p in services.easy_read.record(world.session).points]
    assert kinds == ["message", "message"]
