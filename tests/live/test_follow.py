"""Phones follow the session cheaply: 304 when nothing changed, held questions, ballot deltas."""

from __future__ import annotations

import gzip
import http.client
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.live.conftest import STAGE_VOTE, Client, another_phone
from workshop.live.feed import Feed, read_session
from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services


def _voting_board(services: Services, session_id: int, count: int) -> list[int]:
    column = services.board.columns(session_id)[0].id
    ids = [
        services.board.add_note(session_id, column, f"Idea {i} about repairs", role="carer").id
        for i in range(count)
    ]
    services.sessions.set_stage(session_id, STAGE_VOTE)
    return ids


def test_an_unchanged_state_is_a_304_without_a_body(phone: Client) -> None:
    first = phone.api("GET", "state")
    etag = first.header("ETag")
    assert first.status == 200 and etag
    again = phone.api("GET", "state", headers={"If-None-Match": etag})
    assert again.status == 304 and again.body == b""
    assert again.header("ETag") == etag


def test_a_held_question_is_answered_by_the_next_change_with_only_that_change(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    _voting_board(services, session_id, 30)
    full = phone.api("GET", "state")
    assert len(full.body["ballot"]) == 30 and not full.body["delta"]
    version, etag = full.body["version"], full.header("ETag")
    column = services.board.columns(session_id)[0].id

    def facilitator_adds_a_note() -> None:
        time.sleep(0.5)
        services.board.add_note(session_id, column, "Added while phones wait", role="carer")

    writer = threading.Thread(target=facilitator_adds_a_note)
    started = time.monotonic()
    writer.start()
    reply = phone.api("GET", f"state?since={version}&wait=20", headers={"If-None-Match": str(etag)})
    waited = time.monotonic() - started
    writer.join()
    assert reply.status == 200
    assert 0.4 < waited < 10  # held until the change, answered soon after it
    assert reply.body["delta"] and reply.body["ballot_removed"] == []
    assert [n["text"] for n in reply.body["ballot"]] == ["Added while phones wait"]
    assert "notes" not in reply.body  # this phone's own part did not change
    assert reply.body["version"] > version and reply.body["board_notes"] == 31


def test_a_held_question_with_no_change_ends_in_a_304(phone: Client) -> None:
    etag = phone.api("GET", "state").header("ETag")
    started = time.monotonic()
    reply = phone.api("GET", "state?wait=1", headers={"If-None-Match": str(etag)})
    assert reply.status == 304 and time.monotonic() - started >= 0.9


def test_a_removed_note_is_named_in_the_delta(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    ids = _voting_board(services, session_id, 3)
    full = phone.api("GET", "state")
    services.board.set_note_private(ids[1], True)
    delta = phone.api("GET", f"state?since={full.body['version']}")
    assert delta.body["delta"] and delta.body["ballot_removed"] == [ids[1]]
    assert delta.body["ballot"] == []


def test_own_dots_reach_the_phone_as_its_personal_part(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    ids = _voting_board(services, workshop_with_session["session"], 2)
    full = phone.api("GET", "state")
    assert phone.api("POST", "votes", {"note": ids[0]}).status == 201
    after = phone.api(
        "GET",
        f"state?since={full.body['version']}",
        headers={"If-None-Match": str(full.header("ETag"))},
    )
    assert after.status == 200 and after.body["my_dots"] == {str(ids[0]): 1}
    assert after.body["votes_left"] == full.body["votes_left"] - 1


def test_a_large_ballot_is_sent_compressed(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    _voting_board(services, workshop_with_session["session"], 60)
    connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
    headers = {
        "Host": f"127.0.0.1:{phone.port}",
        "Authorization": f"Bearer {phone.token}",
        "Accept-Encoding": "gzip",
    }
    connection.request("GET", f"/api/{phone.code}/state", headers=headers)
    response = connection.getresponse()
    raw = response.read()
    connection.close()
    assert response.getheader("Content-Encoding") == "gzip"
    body = json.loads(gzip.decompress(raw))
    assert len(body["ballot"]) == 60 and len(raw) < len(json.dumps(body)) / 2


@pytest.mark.parametrize("limits", [Limits(max_connections=4)])
def test_connections_over_the_cap_get_503_with_retry_after(server: LiveServer) -> None:
    assert server.port is not None
    assert server.max_connections == 4
    held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
    try:
        deadline = time.monotonic() + 5
        status, retry = 0, None
        while time.monotonic() < deadline:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            connection.request(
                "GET", "/static/join.css", headers={"Host": f"127.0.0.1:{server.port}"}
            )
            response = connection.getresponse()
            response.read()
            status, retry = response.status, response.getheader("Retry-After")
            connection.close()
            if status == 503:
                break
            time.sleep(0.05)  # the held connections are still being accepted
        assert status == 503 and retry is not None and int(retry) > 0
    finally:
        for sock in held:
            sock.close()


def test_the_open_file_limit_is_raised_to_the_hard_limit(server: LiveServer) -> None:
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert soft == hard or hard == resource.RLIM_INFINITY


def test_a_change_to_a_note_a_phone_dotted_still_shows_its_dot(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer, phone: Client
) -> None:
    """A woken room shares one reply; a phone with a dot on a changed note gets its own."""
    ids = _voting_board(services, workshop_with_session["session"], 3)
    other = another_phone(server)
    assert phone.api("POST", "votes", {"note": ids[1]}).status == 201
    held = {}
    for client in (phone, other):
        reply = client.api("GET", "state")
        held[client] = (reply.body["version"], str(reply.header("ETag")))
    services.board.edit_note(ids[1], "Idea 1, reworded by the facilitator")
    seen = {}
    for client in (phone, other):
        version, etag = held[client]
        reply = client.api("GET", f"state?since={version}", headers={"If-None-Match": etag})
        assert reply.status == 200 and reply.body["delta"] and "notes" not in reply.body
        (entry,) = reply.body["ballot"]
        assert entry["text"] == "Idea 1, reworded by the facilitator"
        seen[client] = entry["my_dots"]
    assert seen == {phone: 1, other: 0}


def test_the_shared_reply_is_what_a_phone_with_no_stake_would_be_built(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    ids = _voting_board(services, session_id, 40)
    voter = workshop_with_session["ann"]
    services.votes.cast(session_id, voter, ids[3])
    with ThreadPoolExecutor(max_workers=1) as executor:
        feed = Feed(lambda: read_session(services, session_id), executor)
        snapshot = feed.snapshot
        for since in (None, snapshot.version):
            shared = feed.shared_reply(snapshot, 999_999, since)
            assert shared is not None and gzip.decompress(shared.gzipped) == shared.json
            alone = feed.body(snapshot, 999_999, since=since, personal_known=True)
            assert json.loads(shared.json) == alone
        assert feed.shared_reply(snapshot, voter, None) is None  # its dot is in the ballot
        assert feed.shared(snapshot, None) is feed.shared(snapshot, None)  # built once
