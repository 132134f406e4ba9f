"""Requests that are not valid HTTP: refused, and logged as one plain line without their bytes."""

from __future__ import annotations

import logging
import socket

import pytest

from workshop.live.server import LiveServer


def test_a_header_with_a_control_character_is_refused_quietly(
    server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Bearer tok\x7fen-that-must-not-be-logged"
    request = (
        f"POST /api/{server.code}/notes HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\n"
        f"Authorization: {secret}\r\nContent-Length: 0\r\n\r\n"
    ).encode("latin-1")
    caplog.set_level(logging.INFO)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        connection.sendall(request)
        reply = connection.recv(4096)
    assert b" 400 " in reply.split(b"\r\n", 1)[0]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "must-not-be-logged" not in caplog.text
    assert "Refused a malformed HTTP request" in caplog.text
