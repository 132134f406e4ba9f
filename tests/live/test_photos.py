"""Photos of paper from phones over real HTTP: into the review queue, never onto the board."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from tests.live.browser import (  # noqa: F401  (fixtures)
    CHROMIUM,
    module_chromium,
    phone_page,
    screenshot_folder,
)
from tests.live.conftest import STAGE_CAPTURE, STAGE_THEMES, Client, another_phone
from tests.photos.wall import Wall, draw_wall
from workshop import audience
from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services
from workshop.vocabulary import PictureKind

JPEG = {"Content-Type": "image/jpeg"}


@pytest.fixture(scope="module")
def small_wall() -> Wall:
    return draw_wall(3, width=480, height=360, seed=3, rotate=6, warp=0.03)


@pytest.fixture(scope="module")
def one_note_wall() -> Wall:
    # The least a photo can hold: reading it stays well under a second.
    return draw_wall(1, width=320, height=240, seed=3)


@pytest.fixture
def limits() -> Limits:
    # A small photo limit, so the size refusal is tested without sending megabytes.
    return Limits(max_photo_bytes=256 * 1024)


def _photos(services: Services, session_id: int) -> list[object]:
    return list(services.photos.pictures(session_id, [PictureKind.PHOTO]))


def test_a_hosts_photo_lands_in_the_review_queue_at_its_table(
    services: Services,
    workshop_with_session: dict[str, int],
    client: Client,
    small_wall: Wall,
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    column = services.board.columns(sid)[1].id
    table = services.tables.add(sid, "Riverside table")
    client.join("professional", table=table.id, host=True)
    assert client.state()["photos"] is True
    # Reading a photo takes seconds (more on a busy machine, and the first loads the models).
    reply = client.api(
        "POST", f"photos?column={column}", raw=small_wall.jpeg, headers=JPEG, timeout=120
    )
    assert reply.status == 201, reply.body
    assert reply.body["notes_found"] == reply.body["waiting"] == 3
    queue = services.photos.review_queue(sid)
    assert len(queue) == reply.body["notes_found"]
    for note in queue:
        assert (note.column_id, note.table_id, note.picture_id is not None) == (
            column,
            table.id,
            True,
        )
        # Waiting for the facilitator: on no board, projector or phone until accepted.
        assert audience.waiting_for_review(note) and not audience.projector(note)
    assert [p.id for p in _photos(services, sid)] == [reply.body["photo"]]
    assert all(p.blurred for p in _photos(services, sid))  # a phone cannot waive the blur


def test_only_hosts_send_photos_unless_the_facilitator_allows_every_phone(
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    phone: Client,
    small_wall: Wall,
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_THEMES)
    assert "photos" not in phone.state()
    refused = phone.api("POST", "photos", raw=small_wall.jpeg, headers=JPEG)
    assert refused.status == 403
    assert refused.body == {
        "error": "Only the facilitator's phone or a table's host may send photos; "
        "ask the facilitator."
    }
    server.photos_from_any_phone = True
    assert phone.state()["photos"] is True
    # The phones' stage rules hold for photos as for notes.
    closed = phone.api("POST", "photos", raw=small_wall.jpeg, headers=JPEG)
    assert closed.status == 409
    assert _photos(services, sid) == [] and services.photos.review_queue(sid) == []
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    # Allowed now: the photo is read (this one is not a photo, so it is refused as such).
    opened = phone.api("POST", "photos", raw=b"not a photo", headers=JPEG)
    assert opened.status == 400 and opened.body["field"] == "photo"


def test_bad_photos_are_refused_in_one_sentence_and_nothing_is_kept(
    services: Services, workshop_with_session: dict[str, int], client: Client, limits: Limits
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    client.join("professional", host=True)
    not_image = client.api("POST", "photos", raw=b"not a photo at all", headers=JPEG)
    assert not_image.status == 400
    assert not_image.body == {
        "error": "That file is not a photo this app can open.",
        "field": "photo",
    }
    empty = client.api("POST", "photos", raw=b"", headers=JPEG)
    assert empty.status == 400 and empty.body["error"] == "That file is empty (0 bytes)."
    too_big = client.api("POST", "photos", raw=b"\xff" * (limits.max_photo_bytes + 1), headers=JPEG)
    assert too_big.status == 413
    assert too_big.body == {"error": "That photo is too large; the limit is 256 KB."}
    assert services.photos.review_queue(sid) == [] and _photos(services, sid) == []


def test_photo_writes_are_guarded_like_every_write(
    services: Services, workshop_with_session: dict[str, int], client: Client, server: LiveServer
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    anonymous = client.api("POST", "photos", raw=b"x", headers=JPEG)
    assert anonymous.status == 401
    client.join("professional", host=True)
    as_form = client.api("POST", "photos", raw=b"x", headers={"Content-Type": "text/plain"})
    assert as_form.status == 415
    foreign = client.api(
        "POST", "photos", raw=b"x", headers={**JPEG, "Origin": "http://evil.example"}
    )
    assert foreign.status == 403
    column = client.api("POST", "photos?column=abc", raw=b"x", headers=JPEG)
    assert column.status == 400 and column.body["field"] == "column"
    # A burst of three photos, then one every 20 seconds per phone.
    statuses = [client.api("POST", "photos", raw=b"x", headers=JPEG).status for _ in range(3)]
    limited = client.api("POST", "photos", raw=b"x", headers=JPEG)
    assert statuses == [400, 400, 400] and limited.status == 429
    assert limited.header("Retry-After") is not None


async def _send_photo_from_the_page(
    devtools_port: int, url: str, photo: Path, shots: Path
) -> dict[str, Any]:
    async with phone_page(devtools_port, url) as page:
        await page.evaluate("document.getElementById('role-professional').click()")
        await page.evaluate("document.getElementById('host').click()")
        await page.evaluate("document.getElementById('join-button').click()")
        await page.wait_for("!document.getElementById('photo-section').hidden")
        heading = await page.evaluate("document.getElementById('photo-heading').textContent")
        document = await page.send("DOM.getDocument")
        node = await page.send(
            "DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#photo-file"
        )
        await page.send("DOM.setFileInputFiles", nodeId=node["nodeId"], files=[str(photo)])
        await page.evaluate("document.getElementById('photo-button').click()")
        status = await page.wait_for(
            "(s => s.includes('notes found') && s)(document.getElementById('status').textContent)",
            timeout=120,
        )
        await page.screenshot(shots / "photo-sent.png")
        return {"heading": heading, "status": status}


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")
def test_a_host_adds_a_photo_from_the_join_page_in_a_real_browser(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    screenshot_folder: Path,  # noqa: F811
    small_wall: Wall,
    tmp_path: Path,
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    river = services.tables.add(sid, "Riverside table")
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(small_wall.jpeg)
    url = f"{server.join_url}?table={river.id}"
    result = asyncio.run(_send_photo_from_the_page(module_chromium, url, photo, screenshot_folder))
    assert result["heading"] == "Add a photo"
    assert result["status"].startswith("The photo is with the facilitator: 3 notes found.")
    queue = services.photos.review_queue(sid)
    assert len(queue) == 3 and {n.table_id for n in queue} == {river.id}


def _facilitator_key(server: LiveServer) -> str:
    url = server.facilitator_url
    assert url is not None and url.startswith(f"{server.join_url}#facilitator=")
    return url.partition("#facilitator=")[2]


def test_the_facilitators_phone_sends_photos_while_other_phones_may_not(
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    client: Client,
    one_note_wall: Wall,
) -> None:
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    other = another_phone(server, "carer")
    # The facilitator scans their own link on the laptop: the page joins with its key.
    client.join("facilitator", facilitator_key=_facilitator_key(server))
    assert client.state()["photos"] is True
    assert "photos" not in other.state()
    refused = other.api("POST", "photos", raw=one_note_wall.jpeg, headers=JPEG)
    assert refused.status == 403
    assert refused.body == {
        "error": "Only the facilitator's phone or a table's host may send photos; "
        "ask the facilitator."
    }
    sent = client.api("POST", "photos", raw=one_note_wall.jpeg, headers=JPEG, timeout=120)
    assert sent.status == 201, sent.body
    queue = services.photos.review_queue(sid)
    assert len(queue) == sent.body["waiting"] == 1
    assert all(audience.waiting_for_review(n) and n.table_id is None for n in queue)
    facilitator = next(d for d in server.devices() if d.facilitator)
    assert facilitator.role == "facilitator" and not facilitator.host


def test_a_wrong_facilitator_key_is_refused_and_cannot_be_guessed_by_rate(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer, client: Client
) -> None:
    people = len(services.participants.list(workshop_with_session["workshop"]))
    key = _facilitator_key(server)
    wrong = client.api("POST", "join", {"role": "facilitator", "facilitator_key": key[:-1] + "x"})
    assert wrong.status == 403
    assert wrong.body == {
        "error": "That facilitator link is not valid; scan the one on the facilitator's "
        "computer again."
    }
    not_text = client.api("POST", "join", {"role": "carer", "facilitator_key": 12345})
    assert not_text.status == 403
    # Without the key, nobody claims to be the facilitator.
    claimed = client.api("POST", "join", {"role": "facilitator"})
    assert claimed.status == 400 and claimed.body["field"] == "role"
    assert len(services.participants.list(workshop_with_session["workshop"])) == people
    # Each wrong key counts as a wrong code: after ten, this address waits, right key or not.
    statuses = [
        client.api("POST", "join", {"role": "carer", "facilitator_key": f"guess{n}"}).status
        for n in range(8)
    ]
    assert statuses == [403] * 8
    throttled = client.api("POST", "join", {"role": "facilitator", "facilitator_key": key})
    assert throttled.status == 429 and throttled.header("Retry-After") is not None


def test_closing_live_participation_ends_the_facilitators_link(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    old = _facilitator_key(server)
    server.stop()
    assert server.facilitator_url is None
    # Opened again (the Room builds a new server each time): a new code and a new key.
    again = LiveServer(services, workshop_with_session["session"], host="127.0.0.1")
    again.start()
    try:
        assert again.port is not None
        client = Client(again.port, again.code)
        assert _facilitator_key(again) != old
        stale = client.api("POST", "join", {"role": "facilitator", "facilitator_key": old})
        assert stale.status == 403
        client.join("facilitator", facilitator_key=_facilitator_key(again))
        assert client.state()["photos"] is True
    finally:
        again.stop()


def test_the_facilitators_key_never_reaches_a_log_the_record_or_a_file(
    caplog: pytest.LogCaptureFixture,
    services: Services,
    workshop_with_session: dict[str, int],
    db_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    sid = workshop_with_session["session"]
    services.sessions.set_stage(sid, STAGE_CAPTURE)
    # The whole life of the key inside the captured logs: from opening to closing.
    server = LiveServer(services, sid, host="127.0.0.1")
    server.start()
    try:
        assert server.port is not None
        key = _facilitator_key(server)
        client = Client(server.port, server.code)
        stranger = Client(server.port, server.code)
        wrong = stranger.api("POST", "join", {"role": "carer", "facilitator_key": "x"})
        assert wrong.status == 403
        client.join("facilitator", name="Facilitator's phone", facilitator_key=key)
        # Allowed to send, so the photo is read (and refused as not a photo).
        assert client.api("POST", "photos", raw=b"not a photo", headers=JPEG).status == 400
        column = services.board.columns(sid)[0].id
        assert client.api("POST", "notes", {"column": column, "text": "Hello"}).status == 201
    finally:
        server.stop()
    assert caplog.records, "nothing was logged, so this test would prove nothing"
    assert key not in caplog.text
    shared = services.interchange.export_text(workshop_with_session["workshop"])
    assert "Facilitator's phone" in shared and key not in shared
    stored = b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )
    assert b"Facilitator's phone" in stored and key.encode() not in stored


async def _join_as_the_facilitator(devtools_port: int, url: str, shots: Path) -> dict[str, Any]:
    async with phone_page(devtools_port, url) as page:
        seen = await page.evaluate(
            "({note: !document.getElementById('facilitator-note').hidden,"
            " roles: !document.getElementById('role-group').hidden,"
            " access: !document.getElementById('access-field').hidden})"
        )
        await page.screenshot(shots / "facilitator-join.png")
        await page.evaluate("document.getElementById('join-button').click()")
        await page.wait_for("!document.getElementById('photo-section').hidden")
        await page.screenshot(shots / "facilitator-photos.png")
        return dict(seen)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")
def test_the_facilitators_link_opens_the_photo_control_in_a_real_browser(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    screenshot_folder: Path,  # noqa: F811
) -> None:
    services.sessions.set_stage(workshop_with_session["session"], STAGE_CAPTURE)
    url = server.facilitator_url
    assert url is not None
    seen = asyncio.run(_join_as_the_facilitator(module_chromium, url, screenshot_folder))
    # No role to choose and no access question: the page says whose link it is.
    assert seen == {"note": True, "roles": False, "access": False}
    (device,) = server.devices()
    assert device.facilitator and device.role == "facilitator"
