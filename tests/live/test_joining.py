"""Joining that cannot be abused: floods, who counts as taking part, final records, names."""

from __future__ import annotations

import http.client
import json
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.live.conftest import Client
from workshop.live.logs import OncePerSecond
from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services

# Small numbers with the same shape as the defaults: 25 addresses x 2 places < 60 places.
FLOOD_LIMITS = Limits(max_devices=60, max_devices_per_address=2, join_burst=100)


def _join_from(address: str, server: LiveServer, role: str = "carer") -> int:
    """Join from a given loopback address (the client socket is bound to it)."""
    assert server.port is not None
    connection = http.client.HTTPConnection(
        "127.0.0.1", server.port, timeout=10, source_address=(address, 0)
    )
    try:
        body = json.dumps({"role": role}).encode()
        connection.request(
            "POST",
            f"/api/{server.code}/join",
            body=body,
            headers={
                "Host": f"127.0.0.1:{server.port}",
                "Content-Type": "application/json",
            },
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.mark.parametrize("limits", [FLOOD_LIMITS])
def test_a_new_phone_joins_while_25_addresses_flood(server: LiveServer) -> None:
    flooders = [f"127.0.0.{n}" for n in range(10, 35)]
    attempts = [address for address in flooders for _ in range(4)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda a: _join_from(a, server), attempts))
    # Each flooding address got its share and no more; the rest were told to wait.
    assert statuses.count(201) == 25 * 2
    assert set(statuses) == {201, 429}
    assert server.join_flood  # faster than people scan a code: the facilitator is warned
    assert _join_from("127.0.1.1", server) == 201
    assert _join_from("127.0.1.2", server) == 201


@pytest.mark.parametrize("limits", [FLOOD_LIMITS])
def test_a_removed_phone_can_no_longer_use_its_token_and_frees_its_place(
    server: LiveServer, client: Client
) -> None:
    client.join()
    (device,) = server.devices()
    assert server.remove_device(device.participant_id)
    assert client.api("GET", "state").status == 401
    assert server.devices() == []


def test_joining_is_refused_once_the_record_is_final(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    services.sessions.mark_final(workshop_with_session["session"], "2026-12-02")
    reply = client.api("POST", "join", {"role": "carer"})
    assert reply.status == 409 and "final" in reply.body["error"]


def test_a_phone_that_added_nothing_did_not_take_part(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    session_id, workshop_id = workshop_with_session["session"], workshop_with_session["workshop"]
    services.participants.set_attendance(session_id, workshop_with_session["ann"], True)
    assert server.port is not None
    quiet, writer, confirmed = (Client(server.port, server.code) for _ in range(3))
    for phone in (quiet, writer, confirmed):
        phone.join("carer")
    column = writer.state()["columns"][0]["id"]
    assert writer.api("POST", "notes", {"column": column, "text": "Ring first"}).status == 201
    devices = {d.participant_id: d for d in server.devices()}
    ids = list(devices)
    assert [devices[i].contributed for i in ids] == [False, True, False]
    # The facilitator confirms the third phone's person was here.
    services.participants.set_attendance(session_id, ids[2], True)

    present = services.participants.attendees(session_id)
    assert present == {workshop_with_session["ann"], ids[1], ids[2]}
    document = services.interchange.export_workshop(workshop_id)
    (session,) = document["workshop"]["sessions"]
    assert len(session["attendees"]) == 3
    assert services.sessions.record(session_id).board.attendee_ids == frozenset(present)


def test_error_lines_of_one_kind_come_at_most_once_a_second_with_a_count() -> None:
    now = [100.0]
    limiter = OncePerSecond(clock=lambda: now[0])
    logger = logging.getLogger("test.live.storm")
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Keep()
    logger.addHandler(handler)
    logger.addFilter(limiter)
    logger.propagate = False
    try:
        for _ in range(5000):
            logger.error("socket.accept() out of system resource")
            now[0] += 0.0001
        logger.error("A different problem")
        now[0] += 1.0
        logger.error("socket.accept() out of system resource")
    finally:
        logger.removeHandler(handler)
        logger.removeFilter(limiter)
    assert records[0] == "socket.accept() out of system resource"
    assert records[1] == "A different problem"
    assert records[2].startswith("socket.accept() out of system resource (4999 more")
    assert len(records) == 3


def test_a_name_from_a_phone_is_a_claim_until_the_facilitator_links_it(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    from workshop.identity import public_name

    session_id = workshop_with_session["session"]
    raj = services.participants.get(workshop_with_session["raj"])  # registered, consents
    client.join("professional", name=raj.name, consent_named=True)
    column = client.state()["columns"][0]["id"]
    note_id = client.api("POST", "notes", {"column": column, "text": "Mine"}).body["id"]
    device = services.participants.list(workshop_with_session["workshop"])[-1]
    # Same name, still a different person: the note is not Raj's, and says where it came from.
    assert device.id != raj.id and device.name == raj.name
    assert services.board.get_note(note_id).author_id == device.id
    assert public_name(device) == f"{raj.name} (joined by phone)"
    assert public_name(raj) == f"{raj.name} (professional)"
    anonymous = Client(client.port, client.code)
    anonymous.join("carer", name="Sam")  # no consent to be named: the role only
    sam = services.participants.list(workshop_with_session["workshop"])[-1]
    assert "Sam" not in public_name(sam) and "carer" in public_name(sam)

    services.participants.link_device(device.id, raj.id)
    assert services.board.get_note(note_id).author_id == raj.id
    assert raj.id in services.participants.attendees(session_id)
    assert device.id not in {p.id for p in services.participants.list(raj.workshop_id)}
