"""Fixtures for the live server: a real server on loopback and a small HTTP client for it."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services

STAGE_CAPTURE = 2  # "Share what matters" in the what-matters template
STAGE_THEMES = 3
STAGE_VOTE = 4


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: Any

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class Client:
    """Real HTTP/1.1 over loopback, one connection per request, like a phone that retries."""

    def __init__(self, port: int, code: str) -> None:
        self.port = port
        self.code = code
        self.token: str | None = None

    def request(
        self,
        method: str,
        path: str,
        body: object = None,
        *,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        token: str | None = None,
        timeout: float = 10,
    ) -> Reply:
        sent = {"Host": f"127.0.0.1:{self.port}"}
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        bearer = token if token is not None else self.token
        if bearer:
            sent["Authorization"] = f"Bearer {bearer}"
        sent.update(headers or {})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                connection.putheader(name, value)
            if data is not None and "Content-Length" not in sent:
                connection.putheader("Content-Length", str(len(data)))
            connection.endheaders(data)
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()
        content_type = response.headers.get("Content-Type", "")
        parsed: Any = payload
        if content_type.startswith("application/json"):
            parsed = json.loads(payload)
        return Reply(response.status, response.headers, parsed)

    def api(self, method: str, action: str, body: object = None, **kwargs: Any) -> Reply:
        return self.request(method, f"/api/{self.code}/{action}", body, **kwargs)

    def join(self, role: str = "carer", **fields: object) -> str:
        reply = self.api("POST", "join", {"role": role, **fields})
        assert reply.status == 201, reply.body
        self.token = reply.body["token"]
        return self.token

    def state(self) -> dict[str, Any]:
        reply = self.api("GET", "state")
        assert reply.status == 200, reply.body
        return reply.body


@pytest.fixture
def limits() -> Limits:
    return Limits()


@pytest.fixture
def server(
    services: Services, workshop_with_session: dict[str, int], limits: Limits
) -> Iterator[LiveServer]:
    live = LiveServer(services, workshop_with_session["session"], host="127.0.0.1", limits=limits)
    live.start()
    yield live
    live.stop()


@pytest.fixture
def client(server: LiveServer) -> Client:
    assert server.port is not None
    return Client(server.port, server.code)


@pytest.fixture
def phone(client: Client) -> Client:
    """A client that has joined as a carer."""
    client.join("carer")
    return client


def another_phone(server: LiveServer, role: str = "professional") -> Client:
    assert server.port is not None
    other = Client(server.port, server.code)
    other.join(role)
    return other
