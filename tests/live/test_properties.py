"""Hostile input against the real live server: always a clean 4xx with JSON, never a partial write.

Hypothesis generates bodies, content types, tokens and codes; each example is sent over real
HTTP on loopback to one server (started once per test). After each example the database is
counted: a note (participant, vote) exists only if the server answered 201, and the server
logged no error (no unhandled exception, no 500).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live.conftest import Client, Reply
from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services

# One server serves every example of a test; that is the point (state carries over), so
# Hypothesis's warning about function-scoped fixtures does not apply.
EXAMPLES = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MAX_BODY = 16 * 1024


@pytest.fixture
def limits() -> Limits:
    # Generous limits, so the examples reach the checks behind the rate limiter.
    return Limits(
        device_burst=100_000,
        device_per_second=1_000,
        wrong_code_burst=100_000,
        wrong_code_per_second=1_000,
        join_burst=100_000,
        join_per_second=1_000,
    )


class ServerLog(logging.Handler):
    """Everything at WARNING or above that the server's threads log during the test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def server_log() -> Iterator[ServerLog]:
    handler = ServerLog()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


def _count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _check_clean(reply: Reply, log: ServerLog, before: int) -> None:
    """A refusal is a 4xx whose body is a JSON object with a one-sentence error."""
    new = [f"{r.name}: {r.getMessage()}" for r in log.records[before:]]
    assert not new, new
    assert reply.status < 500, reply.body
    if reply.status >= 400:
        assert (reply.header("Content-Type") or "").startswith("application/json")
        assert isinstance(reply.body, dict) and isinstance(reply.body.get("error"), str)
        assert reply.body["error"].strip()


def _send(
    client: Client,
    action: str,
    raw: bytes,
    content_type: str | None = "application/json",
    **headers: str,
) -> Reply:
    sent = dict(headers)
    if content_type is not None:
        sent["Content-Type"] = content_type
    return client.request("POST", f"/api/{client.code}/{action}", raw=raw, headers=sent)


# ----- strategies --------------------------------------------------------------------------

# Text meant to hurt: controls, lone surrogates, right-to-left marks, markup, very long runs.
nasty_text = st.one_of(
    st.text(max_size=50),
    st.text(
        st.characters(codec="utf-8", categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "So")),
        max_size=50,
    ),
    st.sampled_from(["", " ", "\x00", "\u202e", "<script>x</script>", "\ud800", "a\r\nb"]),
    st.integers(1990, 2100).map(lambda n: "x" * n),
    st.integers(3000, 15000).map(lambda n: "é" * (n // 2)),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    nasty_text,
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def note_bodies(draw: st.DrawFn, columns: list[int]) -> bytes:
    """JSON objects shaped like a note, with each field right, wrong or missing, plus extras."""
    body: dict[str, Any] = {}
    column = draw(
        st.one_of(
            st.sampled_from(columns),
            st.integers(-(2**70), 2**70),
            json_values,
            st.just(None),
        )
    )
    if draw(st.booleans()) or column is not None:
        body["column"] = column
    if draw(st.integers(0, 9)) > 0:
        body["text"] = draw(st.one_of(nasty_text, nasty_text, json_values))
    if draw(st.booleans()):
        body["client_id"] = draw(st.one_of(nasty_text, json_values))
    extras = draw(st.dictionaries(st.text(max_size=10), json_values, max_size=3))
    return json.dumps({**extras, **body}).encode("utf-8", "surrogatepass")


def deep_json() -> st.SearchStrategy[bytes]:
    """Nesting deep enough to exhaust a recursive parser, still under the size limit."""
    return st.tuples(st.integers(500, 8000), st.sampled_from(["[", '{"a":'])).map(
        lambda pair: (pair[1] * pair[0]).encode() + (b"]" if pair[1] == "[" else b"}") * pair[0]
    )


raw_bodies = st.one_of(
    st.binary(max_size=300),
    st.binary(min_size=1, max_size=64).map(lambda b: b'{"column": 1, "text": "' + b + b'"}'),
    json_values.map(lambda v: json.dumps(v).encode("utf-8", "surrogatepass")),
    deep_json(),
    st.integers(MAX_BODY - 10, MAX_BODY + 2000).map(
        lambda n: b'{"column": 1, "text": "' + b"a" * n + b'"}'
    ),
)
content_types = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin-1",
            "APPLICATION/JSON",
            "",
        ]
    ),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
)


# ----- the properties ----------------------------------------------------------------------


def _columns(services: Services, server: LiveServer) -> list[int]:
    return [c.id for c in services.board.columns(server.session_id)]


def _checked(
    db_path: Path, table: str, log: ServerLog, send: Callable[[], Reply], *, adds: int = 1
) -> Reply:
    before_rows, before_log = _count(db_path, table), len(log.records)
    reply = send()
    _check_clean(reply, log, before_log)
    after = _count(db_path, table)
    if reply.status == 201:
        assert after - before_rows in (0, adds)  # 0: a repeated client_id returns the first note
    else:
        assert after == before_rows, reply.body
    return reply


def test_note_bodies_are_stored_or_cleanly_refused(
    services: Services, server: LiveServer, phone: Client, db_path: Path, server_log: ServerLog
) -> None:
    columns = _columns(services, server)

    @EXAMPLES
    @given(body=note_bodies(columns))
    def check(body: bytes) -> None:
        reply = _checked(db_path, "notes", server_log, lambda: _send(phone, "notes", body))
        if reply.status == 201:
            stored = services.board.get_note(reply.body["id"])
            sent = json.loads(body)
            assert stored.column_id == sent["column"] and stored.source == "device"

    check()


def test_raw_bodies_never_break_the_server(
    phone: Client, db_path: Path, server_log: ServerLog
) -> None:
    @EXAMPLES
    @given(body=raw_bodies, action=st.sampled_from(["notes", "votes", "join"]))
    def check(body: bytes, action: str) -> None:
        table = {"notes": "notes", "votes": "votes", "join": "participants"}[action]
        reply = _checked(db_path, table, server_log, lambda: _send(phone, action, body))
        if len(body) > MAX_BODY:
            assert reply.status == 413

    check()


def test_content_types_other_than_json_are_refused(
    services: Services, server: LiveServer, phone: Client, db_path: Path, server_log: ServerLog
) -> None:
    column = _columns(services, server)[0]

    @EXAMPLES
    @given(content_type=content_types, number=st.integers(0, 10**9))
    def check(content_type: str | None, number: int) -> None:
        body = json.dumps({"column": column, "text": f"Idea {number}"}).encode()
        reply = _checked(
            db_path, "notes", server_log, lambda: _send(phone, "notes", body, content_type)
        )
        media = (content_type or "").split(";")[0].strip().lower()
        if media != "application/json":
            assert reply.status == 415

    check()


def test_join_bodies_are_joined_or_cleanly_refused(
    client: Client, db_path: Path, server_log: ServerLog
) -> None:
    @EXAMPLES
    @given(
        role=st.one_of(st.sampled_from(["carer", "community", "facilitator"]), json_values),
        name=st.one_of(nasty_text, json_values),
        consent=json_values,
        extras=st.dictionaries(st.text(max_size=10), json_values, max_size=3),
    )
    def check(role: object, name: object, consent: object, extras: dict[str, Any]) -> None:
        body = {**extras, "role": role, "name": name, "consent_named": consent}
        raw = json.dumps(body).encode("utf-8", "surrogatepass")
        reply = _checked(db_path, "participants", server_log, lambda: _send(client, "join", raw))
        if reply.status == 201:
            assert isinstance(reply.body["token"], str) and len(reply.body["token"]) >= 22

    check()


def test_votes_are_cast_or_cleanly_refused(
    services: Services, server: LiveServer, phone: Client, db_path: Path, server_log: ServerLog
) -> None:
    session = services.sessions.get(server.session_id)
    column = _columns(services, server)[0]
    note = services.board.add_note(server.session_id, column, "Vote for me", role="carer")
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(server.session_id, vote_stage)

    @EXAMPLES
    @given(
        target=st.one_of(st.just(note.id), json_values),
        extras=st.dictionaries(st.text(max_size=10), json_values, max_size=2),
    )
    def check(target: object, extras: dict[str, Any]) -> None:
        raw = json.dumps({**extras, "note": target}).encode("utf-8", "surrogatepass")
        _checked(db_path, "votes", server_log, lambda: _send(phone, "votes", raw))

    check()


def test_hostile_tokens_and_codes_are_refused(
    services: Services, server: LiveServer, phone: Client, db_path: Path, server_log: ServerLog
) -> None:
    column = _columns(services, server)[0]
    # Field values may hold visible ASCII and obs-text, never DEL (test_malformed covers that).
    header_text = st.text(
        st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f"), max_size=300
    )

    @EXAMPLES
    @given(
        authorization=st.one_of(header_text, header_text.map(lambda t: f"Bearer {t}")),
        code=st.one_of(st.just(server.code), st.text(st.characters(codec="ascii"), max_size=20)),
    )
    def check(authorization: str, code: str) -> None:
        body = json.dumps({"column": column, "text": "From a stranger"}).encode()
        path_code = "".join(c if c.isalnum() else "_" for c in code) or "_"

        def send() -> Reply:
            headers = {"Content-Type": "application/json", "Authorization": authorization}
            return phone.request(
                "POST", f"/api/{path_code}/notes", raw=body, headers=headers, token=""
            )

        reply = _checked(db_path, "notes", server_log, send)
        assert reply.status in (401, 404, 429)

    check()
