"""Phones: a name or note made only of invisible characters counts as empty (one rule)."""

from __future__ import annotations

from tests.live.conftest import Client
from workshop.services import Services

INVISIBLE = ["\u200b", "\u200d\u200c", "\ufeff", "\u2060 \u00a0", "\u3164", "\u200e\u200f"]


def test_an_invisible_name_is_no_name(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    for text in INVISIBLE:
        phone = Client(client.port, client.code)
        phone.join("carer", name=text, consent_named=True)
        person = services.participants.list(workshop_with_session["workshop"])[-1]
        assert person.name.startswith("Phone participant"), repr(person.name)
        assert not person.consent_named


def test_an_invisible_note_is_refused_and_nothing_is_added(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][0]["id"]
    for text in INVISIBLE:
        reply = phone.api("POST", "notes", {"column": column, "text": text})
        assert reply.status == 400, text
        assert "empty" in reply.body["error"]
    assert services.board.notes(workshop_with_session["session"]) == []
