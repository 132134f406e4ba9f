"""End to end in headless Chromium (skipped if absent): join, pick a role, add a note, vote."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.live.browser import CHROMIUM, chromium, phone_page, screenshot_folder  # noqa: F401  (fixtures)
from tests.live.conftest import STAGE_VOTE
from workshop.live.server import LiveServer
from workshop.services import Services

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

HOSTILE = '<img src=x onerror="document.title=1">Ring me & <b>not</b> email'


async def _scenario(
    devtools_port: int, url: str, services: Services, session_id: int, shots: Path
) -> dict[str, Any]:
    async with phone_page(devtools_port, url) as page:
        await page.wait_for(
            "document.getElementById('join-heading').textContent === 'Join the workshop'"
        )
        await page.screenshot(shots / "join.png")

        # Joining without a role is refused on the page itself, with a visible message.
        await page.evaluate("document.getElementById('join-button').click()")
        assert await page.wait_for("!document.getElementById('role-error').hidden")

        # Keyboard: focus the first role, arrow to the second ("carer"), Space to choose it.
        await page.evaluate("document.getElementById('role-lived_experience').focus()")
        await page.send(
            "Input.dispatchKeyEvent",
            type="keyDown",
            key="ArrowDown",
            code="ArrowDown",
            windowsVirtualKeyCode=40,
        )
        await page.send(
            "Input.dispatchKeyEvent",
            type="keyUp",
            key="ArrowDown",
            code="ArrowDown",
            windowsVirtualKeyCode=40,
        )
        assert (
            await page.evaluate("document.querySelector('input[name=role]:checked').value")
            == "carer"
        )
        await page.evaluate("document.getElementById('join-button').click()")
        await page.wait_for("!document.getElementById('work-view').hidden")
        await page.wait_for("document.getElementById('column').options.length > 0")

        await page.evaluate("document.getElementById('text').focus()")
        await page.send("Input.insertText", text=HOSTILE)
        await page.evaluate("document.getElementById('send-button').click()")
        await page.wait_for(
            "Array.from(document.querySelectorAll('#my-notes .text')).some("
            f"p => p.textContent === {json.dumps(HOSTILE)})"
        )
        injected = await page.evaluate(
            "document.querySelectorAll('#my-notes img, #my-notes b').length"
        )
        title = await page.evaluate("document.title")
        await page.screenshot(shots / "notes.png")

        # The facilitator starts voting: the page follows within two seconds.
        started = time.monotonic()
        services.sessions.set_stage(session_id, STAGE_VOTE)
        await page.wait_for("!document.getElementById('vote-section').hidden", timeout=5)
        followed_s = time.monotonic() - started
        await page.evaluate("document.querySelector('#ballot button').click()")
        await page.wait_for("document.getElementById('dots-left').textContent.includes('4 of 5')")
        await page.screenshot(shots / "vote.png")
        return {"injected": injected, "title": title, "followed_s": followed_s}


def test_join_pick_a_role_and_add_a_note_in_a_real_browser(
    chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    screenshot_folder: Path,  # noqa: F811
) -> None:
    shots = screenshot_folder
    session_id = workshop_with_session["session"]
    result = asyncio.run(_scenario(chromium, server.join_url, services, session_id, shots))
    notes = services.board.notes(session_id)
    assert [(n.text, n.role, n.source) for n in notes] == [(HOSTILE, "carer", "device")]
    assert result["injected"] == 0  # shown as text, never as markup
    assert result["title"] == "Join the workshop"  # the onerror handler never ran
    assert result["followed_s"] < 2.5
    assert len(services.votes.list(session_id)) == 1
    assert (shots / "join.png").stat().st_size > 1000


async def _host_scenario(devtools_port: int, url: str, shots: Path, raj: int) -> dict[str, Any]:
    async with phone_page(devtools_port, url) as page:
        assert not await page.evaluate("document.getElementById('host-choice').hidden")
        await page.evaluate("document.getElementById('role-professional').click()")
        await page.evaluate("document.getElementById('host').click()")
        await page.evaluate("document.getElementById('join-button').click()")
        await page.wait_for("!document.getElementById('speaker-field').hidden")
        table = await page.evaluate("document.getElementById('table-name').textContent")
        await page.evaluate("document.getElementById('speaker').value = 'role:carer'")
        await page.evaluate("document.getElementById('text').focus()")
        await page.send("Input.insertText", text="The bus stops at six")
        await page.screenshot(shots / "host.png")
        await page.evaluate("document.getElementById('send-button').click()")
        await page.wait_for("document.getElementById('status').textContent.includes('sent')")
        # The host sees what they wrote down, with whose words they were.
        await page.wait_for(
            "Array.from(document.querySelectorAll('#my-notes li')).some(li => "
            "li.textContent.includes('The bus stops at six') && "
            "li.textContent.includes('Said by: A carer'))"
        )
        # Raj is in the room and agreed to be named: the host can pick him by name.
        await page.wait_for(f"!!document.querySelector('#speaker option[value=\"person:{raj}\"]')")
        await page.evaluate(f"document.getElementById('speaker').value = 'person:{raj}'")
        await page.evaluate("document.getElementById('text').focus()")
        await page.send("Input.insertText", text="Ring before you come")
        # A scribe's Enter adds the note (no button needed, no new line left behind).
        enter = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        await page.send("Input.dispatchKeyEvent", type="keyDown", **enter)
        await page.send("Input.dispatchKeyEvent", type="keyUp", **enter)
        await page.wait_for(
            "Array.from(document.querySelectorAll('#my-notes li')).some(li => "
            "li.textContent.includes('Ring before you come') && "
            "li.textContent.includes('Said by: Raj Example'))"
        )
        await page.screenshot(shots / "host-sent.png")
        assert await page.evaluate("document.getElementById('text').value") == ""
        # The host ticks the first of the table's notes to take to the plenary.
        await page.wait_for("document.querySelectorAll('#harvest-notes input').length === 2")
        await page.evaluate("document.querySelector('#harvest-notes input').click()")
        await page.wait_for("document.getElementById('status').textContent.includes('plenary')")
        await page.screenshot(shots / "host-marked.png")
        options = await page.evaluate(
            "Array.from(document.querySelectorAll('#speaker option')).map(o => o.textContent)"
        )
        return {"table": table, "options": options}


def test_a_tables_host_writes_down_who_spoke_in_a_real_browser(
    chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    screenshot_folder: Path,  # noqa: F811
) -> None:
    shots = screenshot_folder
    session_id = workshop_with_session["session"]
    river = services.tables.add(session_id, "Riverside table")
    raj, ann = workshop_with_session["raj"], workshop_with_session["ann"]
    for present in (raj, ann):
        services.participants.set_attendance(session_id, present, True)
    url = f"{server.join_url}?table={river.id}"
    result = asyncio.run(_host_scenario(chromium, url, shots, raj))
    assert result["table"] == "Your table: Riverside table"
    # Ann is in the room but did not agree to be named: her name never reached the phone.
    assert "Raj Example" in result["options"] and "Ann Example" not in result["options"]
    notes = services.board.notes(session_id)
    assert [(n.text, n.role, n.author_id, n.table_id) for n in notes] == [
        ("The bus stops at six", "carer", None, river.id),
        ("Ring before you come", "professional", raj, river.id),
    ]
    assert [n.marked for n in notes] == [True, False]
