"""Phones follow the session on one held-open stream (GET /api/CODE/events): each change is
pushed as the same state `GET /state` would answer; large changes are fetched compressed."""

from __future__ import annotations

import http.client
import json
import time
from typing import Any

import pytest

from tests.live.conftest import STAGE_VOTE, Client, Reply, another_phone
from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services


class Stream:
    """An event stream as a phone reads it: frames split on blank lines, as they arrive."""

    def __init__(self, phone: Client, query: str = "", etag: str | None = None) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
        headers = {
            "Host": f"127.0.0.1:{phone.port}",
            "Authorization": f"Bearer {phone.token}",
            "Accept": "text/event-stream",
        }
        if etag:
            headers["If-None-Match"] = etag
        self.connection.request("GET", f"/api/{phone.code}/events{query}", headers=headers)
        self.response = self.connection.getresponse()
        self.buffer = b""
        self.ended = False

    def frame(self, timeout: float = 5.0) -> bytes | None:
        """The next frame (comment or event), or None when the stream ended."""
        deadline = time.monotonic() + timeout
        while b"\n\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no frame in time")
            sock = self.connection.sock
            if sock is None:
                self.ended = True
                return None
            sock.settimeout(remaining)
            try:
                chunk = self.response.read1(65536)
            except TimeoutError:
                raise TimeoutError("no frame in time") from None
            except http.client.IncompleteRead:  # the connection closed mid-stream
                chunk = b""
            if not chunk:
                self.ended = True
                return None
            self.buffer += chunk
        frame, _, self.buffer = self.buffer.partition(b"\n\n")
        return frame

    def event(self, timeout: float = 5.0) -> tuple[str, str | None, Any]:
        """The next event (comments skipped): its name, id and parsed data."""
        while True:
            frame = self.frame(timeout)
            assert frame is not None, "the stream ended"
            if frame.startswith(b":"):
                continue
            fields = dict(line.split(b": ", 1) for line in frame.split(b"\n"))
            ident = fields.get(b"id")
            return (
                fields[b"event"].decode(),
                ident.decode() if ident is not None else None,
                json.loads(fields[b"data"]),
            )

    def close(self) -> None:
        self.connection.close()


def _follow(phone: Client) -> tuple[Stream, Reply]:
    """The phone's first state, then its stream opened with what that state said."""
    first = phone.api("GET", "state")
    return Stream(phone, f"?since={first.body['version']}", first.header("ETag")), first


def _column(services: Services, session_id: int) -> int:
    return services.board.columns(session_id)[0].id


def test_a_stream_opens_at_once_and_pushes_a_new_note_as_a_state_would_answer(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    column = _column(services, session_id)
    for number in range(3):
        services.board.add_note(session_id, column, f"Idea {number}", role="carer")
    services.sessions.set_stage(session_id, STAGE_VOTE)
    first = phone.api("GET", "state")
    version, etag = first.body["version"], first.header("ETag")
    stream = Stream(phone, f"?since={version}", etag)
    try:
        assert stream.response.status == 200
        assert stream.response.getheader("Content-Type") == "text/event-stream; charset=utf-8"
        assert stream.response.getheader("Content-Encoding") is None
        assert stream.response.getheader("Cache-Control") == "no-store"
        assert stream.frame() == b": open"
        services.board.add_note(session_id, column, "Ring before you come", role="carer")
        name, ident, data = stream.event()
        assert name == "state"
        assert data["delta"] is True and data["board_notes"] == 4
        assert [n["text"] for n in data["ballot"]] == ["Ring before you come"]
        assert "notes" not in data  # this phone's own part did not change
        # Exactly what `state` answers a phone holding what the stream's phone held.
        same = phone.api("GET", f"state?since={version}", headers={"If-None-Match": str(etag)})
        assert same.body == data and same.header("ETag") == ident
        # And the event's id is the ETag of what the phone now holds.
        assert phone.api("GET", "state", headers={"If-None-Match": str(ident)}).status == 304
    finally:
        stream.close()


def test_a_phone_holding_an_old_state_gets_the_change_at_once(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    first = phone.api("GET", "state")
    services.board.add_note(session_id, _column(services, session_id), "Meanwhile", role="carer")
    stream = Stream(phone, f"?since={first.body['version']}", first.header("ETag"))
    try:
        name, _ident, data = stream.event(timeout=3)
        assert name == "state" and data["board_notes"] == first.body["board_notes"] + 1
    finally:
        stream.close()


def test_a_phones_own_note_comes_back_on_its_stream_with_its_own_part(phone: Client) -> None:
    stream, first = _follow(phone)
    try:
        assert stream.frame() == b": open"
        column = first.body["columns"][0]["id"]
        posted = phone.api("POST", "notes", {"column": column, "text": "Mine", "client_id": "a"})
        assert posted.status == 201
        _name, _ident, data = stream.event()
        assert [n["text"] for n in data["notes"]] == ["Mine"]
    finally:
        stream.close()


def test_a_change_too_large_for_one_event_is_fetched_and_the_stream_ends(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    column = _column(services, session_id)
    for number in range(120):
        services.board.add_note(
            session_id, column, f"Idea {number}: the repairs team should ring first", role="carer"
        )
    stream, first = _follow(phone)
    try:
        assert stream.frame() == b": open"
        services.sessions.set_stage(session_id, STAGE_VOTE)  # the whole ballot, over 8 KB
        assert stream.event() == ("fetch", None, {})
        assert stream.frame() is None  # ended: the phone asks `state`, compressed
    finally:
        stream.close()
    whole = phone.api(
        "GET",
        f"state?since={first.body['version']}",
        headers={"If-None-Match": str(first.header("ETag"))},
    )
    assert whole.status == 200 and len(whole.body["ballot"]) == 120


def test_removing_a_phone_ends_its_stream_at_once_and_it_cannot_open_another(
    server: LiveServer, phone: Client
) -> None:
    stream, _first = _follow(phone)
    try:
        assert stream.frame() == b": open"
        participant = server.devices()[0].participant_id
        started = time.monotonic()
        assert server.remove_device(participant)
        assert stream.frame(timeout=5) is None
        assert time.monotonic() - started < 3  # not at the next keepalive
    finally:
        stream.close()
    again = Stream(phone)
    try:
        assert again.response.status == 401
    finally:
        again.close()


@pytest.mark.parametrize("limits", [Limits(keepalive_s=0.3)])
def test_a_quiet_stream_sends_keepalives_and_then_what_the_feed_does_not_hold(
    server: LiveServer, phone: Client
) -> None:
    stream, _first = _follow(phone)
    try:
        assert stream.frame() == b": open"
        assert stream.frame(timeout=3) == b": keepalive"
        # Allowing photos changes no note: the phone learns it after a quiet while.
        server.photos_from_any_phone = True
        name, ident, data = stream.event(timeout=3)
        assert name == "state" and data["photos"] is True and ident and ident.endswith('-photos"')
    finally:
        stream.close()


def test_a_stream_refuses_as_state_does(server: LiveServer, client: Client) -> None:
    unsigned = client.api("GET", "events")
    assert unsigned.status == 401 and "Join the session first" in unsigned.body["error"]
    phone = another_phone(server)
    wrong = Client(client.port, "WRONG1")
    wrong.token = phone.token
    assert wrong.api("GET", "events").status == 404
    server.block_device(server.devices()[0].participant_id)
    assert phone.api("GET", "events").status == 403


def test_closing_live_participation_ends_every_stream_promptly(
    server: LiveServer, phone: Client
) -> None:
    stream, _first = _follow(phone)
    try:
        assert stream.frame() == b": open"
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 5
        assert stream.frame(timeout=5) is None
    finally:
        stream.close()
