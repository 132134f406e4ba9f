"""Every refusal of the live server, over real HTTP on loopback, and the headers on every reply."""

from __future__ import annotations

import re
import socket
import time
from importlib import resources

import pytest

from tests.live.conftest import Client, another_phone
from workshop.live import security
from workshop.live.security import Limits, RateLimiter
from workshop.live.server import LiveServer
from workshop.services import Services


def _assert_guarded(reply_headers: object) -> None:
    headers = reply_headers
    assert headers.get("X-Content-Type-Options") == "nosniff"  # type: ignore[attr-defined]
    csp = headers.get("Content-Security-Policy")  # type: ignore[attr-defined]
    assert csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers.get("Access-Control-Allow-Origin") is None  # type: ignore[attr-defined]


def test_join_codes_use_an_unambiguous_alphabet() -> None:
    codes = {security.new_join_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == security.CODE_LENGTH
        assert not set(code) & set("0O1IL2Z5S8B")
    assert security.codes_match(" ace9 ".upper().replace(" ", "") + "", "ACE9")
    assert security.codes_match("acef", "ACEF")


def test_every_response_carries_csp_and_nosniff(client: Client, phone: Client) -> None:
    replies = [
        client.request("GET", f"/j/{client.code}"),
        client.request("GET", "/static/join.js"),
        client.request("GET", "/static/join.css"),
        client.request("GET", "/nowhere"),
        client.request("GET", "/api/WRONGCDE/state"),
        client.request("OPTIONS", f"/api/{client.code}/join"),
        phone.api("GET", "state"),
        phone.api("POST", "notes", raw=b"{", headers={"Content-Type": "application/json"}),
        phone.api("POST", "notes", raw=b"x" * 17_000, headers={"Content-Type": "application/json"}),
    ]
    statuses = [r.status for r in replies]
    assert statuses == [200, 200, 200, 404, 404, 405, 200, 400, 413]
    for reply in replies:
        _assert_guarded(reply.headers)


def test_static_files_have_exact_types(client: Client) -> None:
    page = client.request("GET", f"/j/{client.code}")
    assert page.header("Content-Type") == "text/html; charset=utf-8"
    assert (
        client.request("GET", "/static/join.js")
        .header("Content-Type")
        .startswith("text/javascript")
    )
    assert client.request("GET", "/static/join.css").header("Content-Type").startswith("text/css")


@pytest.mark.parametrize(
    "path",
    [
        "/static/../pyproject.toml",
        "/static/..%2f..%2fpyproject.toml",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/__init__.py",
        "/static/join.html",
        "/static//etc/passwd",
        "/static/..\\..\\pyproject.toml",
        "/j/../static/join.js/../../../pyproject.toml",
    ],
)
def test_no_path_traversal(client: Client, path: str) -> None:
    reply = client.request("GET", path)
    assert reply.status == 404
    assert b"setuptools" not in (reply.body if isinstance(reply.body, bytes) else b"")


def test_wrong_host_header_is_refused(client: Client) -> None:
    for host in ("evil.example", f"evil.example:{client.port}", f"192.0.2.99:{client.port}", ""):
        reply = client.request("GET", f"/j/{client.code}", headers={"Host": host})
        assert reply.status == 421, host
        _assert_guarded(reply.headers)
    for host in (f"localhost:{client.port}", f"127.0.0.1:{client.port}"):
        assert client.request("GET", f"/j/{client.code}", headers={"Host": host}).status == 200


def test_no_cors_permission_and_cross_origin_writes_refused(client: Client) -> None:
    evil = {"Origin": "http://evil.example"}
    preflight = client.request(
        "OPTIONS",
        f"/api/{client.code}/join",
        headers={**evil, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status == 405
    assert preflight.header("Access-Control-Allow-Origin") is None
    refused = client.api("POST", "join", {"role": "carer"}, headers=evil)
    assert refused.status == 403
    assert refused.header("Access-Control-Allow-Origin") is None
    own = {"Origin": f"http://127.0.0.1:{client.port}"}
    assert client.api("POST", "join", {"role": "carer"}, headers=own).status == 201


def test_writes_require_json_content_type(phone: Client) -> None:
    column = phone.state()["columns"][0]["id"]
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        reply = phone.api(
            "POST",
            "notes",
            raw=f'{{"column": {column}, "text": "hi"}}'.encode(),
            headers={"Content-Type": content_type},
        )
        assert reply.status == 415, content_type
    no_type = phone.api("POST", "notes", raw=b'{"column": 1, "text": "hi"}')
    assert no_type.status == 415


def test_bodies_over_16_kb_get_413(phone: Client) -> None:
    column = phone.state()["columns"][0]["id"]
    big = {"column": column, "text": "x" * (16 * 1024)}
    assert phone.api("POST", "notes", big).status == 413
    # Without Content-Length (chunked), the limit still holds while reading.
    import http.client
    import json

    connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
    connection.request(
        "POST",
        f"/api/{phone.code}/notes",
        body=iter([json.dumps(big).encode()]),
        headers={
            "Host": f"127.0.0.1:{phone.port}",
            "Content-Type": "application/json",
            "Authorization": f"Bearer {phone.token}",
        },
        encode_chunked=True,
    )
    response = connection.getresponse()
    assert response.status == 413
    connection.close()


def test_malformed_json_gets_400(phone: Client) -> None:
    for raw in (b"{", b"not json", b"\xff\xfe", b"[1, 2]", b'"text"', b""):
        reply = phone.api("POST", "notes", raw=raw, headers={"Content-Type": "application/json"})
        assert reply.status == 400, raw
        assert reply.body["error"]


def test_unknown_code_gets_404(client: Client, phone: Client) -> None:
    assert client.request("GET", "/j/AAAAAAAA").status == 404
    assert client.request("POST", "/api/AAAAAAAA/join", {"role": "carer"}).status == 404
    assert phone.request("GET", "/api/AAAAAAAA/state").status == 404
    # The code is accepted in lower case, as people type it.
    assert phone.request("GET", f"/api/{phone.code.lower()}/state").status == 200


def test_missing_or_bad_token_gets_401(client: Client, phone: Client) -> None:
    no_token = Client(client.port, client.code)
    assert no_token.api("GET", "state").status == 401
    for bad in ("nonsense", phone.token[:-2] + "xx", "x" * 300):
        assert no_token.api("GET", "state", token=bad).status == 401
    wrong_scheme = no_token.api("GET", "state", headers={"Authorization": f"Basic {phone.token}"})
    assert wrong_scheme.status == 401
    assert wrong_scheme.header("WWW-Authenticate") == "Bearer"
    assert no_token.api("POST", "notes", {"column": 1, "text": "x"}).status == 401
    assert no_token.api("POST", "votes", {"note": 1}).status == 401


@pytest.mark.parametrize("limits", [Limits(device_burst=5, device_per_second=0.01)])
def test_per_device_rate_limit_gets_429(phone: Client, server: LiveServer) -> None:
    statuses = [phone.api("GET", "state").status for _ in range(8)]
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429] * 3
    # Another device is not slowed by the first.
    assert another_phone(server).api("GET", "state").status == 200


@pytest.mark.parametrize("limits", [Limits(wrong_code_burst=3, wrong_code_per_second=0.01)])
def test_wrong_codes_are_throttled_per_address(client: Client) -> None:
    statuses = [client.request("GET", f"/j/WRONG{n:03d}").status for n in range(5)]
    assert statuses == [404, 404, 404, 429, 429]
    # While throttled, even the right code is refused: a guesser learns nothing.
    throttled = client.request("GET", f"/j/{client.code}")
    assert throttled.status == 429
    assert throttled.header("Retry-After")


def test_rate_limiter_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 1.0, clock=lambda: now[0])
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")
    now[0] = 1.0
    assert limiter.allow("a") and not limiter.allow("a")
    assert limiter.retry_after("a") == 1


def test_blocked_device_is_refused_and_cannot_rejoin(
    phone: Client, server: LiveServer, services: Services
) -> None:
    participant = server.devices()[0].participant_id
    assert server.block_device(participant)
    assert server.devices()[0].blocked
    assert phone.api("GET", "state").status == 403
    assert phone.api("POST", "notes", {"column": 1, "text": "x"}).status == 403
    again = Client(phone.port, phone.code)
    assert again.api("POST", "join", {"role": "carer"}).status == 403


@pytest.mark.parametrize("limits", [Limits(read_timeout_s=0.5)])
def test_idle_and_slow_connections_are_closed(server: LiveServer) -> None:
    assert server.port is not None
    # Idle: connect and say nothing.
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as idle:
        started = time.monotonic()
        assert idle.recv(100) == b""
        assert time.monotonic() - started < 4
    # Slow headers: a byte at a time, never finishing.
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as slow:
        slow.sendall(b"GET /j/")
        started = time.monotonic()
        closed = False
        while time.monotonic() - started < 4:
            try:
                slow.sendall(b"A")
            except OSError:
                closed = True
                break
            slow.settimeout(0.2)
            try:
                if slow.recv(100) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
        assert closed
    # Slow body: headers promise a body that never arrives.
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as trickle:
        trickle.sendall(
            f"POST /api/{server.code}/join HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode()
        )
        reply = trickle.recv(1000)
        assert reply.startswith(b"HTTP/1.1 408")


def test_closing_stops_listening_and_voids_code_and_tokens(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    live = LiveServer(services, workshop_with_session["session"], host="127.0.0.1")
    live.start()
    assert live.port is not None
    port, code = live.port, live.code
    phone = Client(port, code)
    phone.join()
    assert phone.api("GET", "state").status == 200
    live.stop()
    assert not live.is_running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    reopened = LiveServer(services, workshop_with_session["session"], host="127.0.0.1", port=port)
    reopened.start()
    try:
        assert reopened.code != code
        assert phone.api("GET", "state").status == 404  # old code
        stale = Client(port, reopened.code)
        assert stale.api("GET", "state", token=phone.token).status == 401  # old token
    finally:
        reopened.stop()
    live.stop()  # a second stop is harmless


def test_busy_port_is_refused_in_one_sentence(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    from workshop.live.server import LiveServerError

    clash = LiveServer(
        services, workshop_with_session["session"], host="127.0.0.1", port=server.port or 0
    )
    with pytest.raises(LiveServerError, match="already in use"):
        clash.start()
    assert not clash.is_running


def test_page_never_inserts_markup_and_names_no_external_address() -> None:
    folder = resources.files("resources") / "web"
    names = sorted(entry.name for entry in folder.iterdir() if entry.is_file())
    assert {"join.html", "join.css", "join.js"} <= set(names)
    for name in names:
        text = (folder / name).read_text(encoding="utf-8")
        if name.endswith(".svg"):
            # SVG's namespace is a name, never fetched; an SVG image needs it to be drawn.
            text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert not re.search(r"https?://", text), name
        assert not re.search(r"""(src|href)\s*=\s*["']//""", text), name
        assert "@import" not in text and "url(" not in text, name
    script = (folder / "join.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert forbidden not in script
    page = (folder / "join.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "style=" not in page  # nothing inline: CSP allows none
