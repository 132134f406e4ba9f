"""End to end in headless Chromium (skipped if absent): join, pick a role, add a note, vote."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.live.conftest import STAGE_VOTE
from workshop.live.server import LiveServer
from workshop.services import Services

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

HOSTILE = '<img src=x onerror="document.title=1">Ring me & <b>not</b> email'


class Page:
    """A minimal Chrome DevTools Protocol client over aiohttp's websocket (loopback only)."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self._socket = socket
        self._next = 0

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        await self._socket.send_json({"id": ident, "method": method, "params": params})
        while True:
            message = await asyncio.wait_for(self._socket.receive_json(), 20)
            if message.get("id") == ident:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    async def evaluate(self, expression: str) -> Any:
        reply = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in reply:
            raise AssertionError(reply["exceptionDetails"])
        return reply["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 10) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    async def screenshot(self, path: Path) -> None:
        reply = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.write_bytes(base64.b64decode(reply["data"]))


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[int]:
    """A headless Chromium with a fresh profile; yields its DevTools port on loopback."""
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    process = subprocess.Popen(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "--accept-lang=en-GB",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        marker = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (marker.exists() and marker.read_text().strip()):
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.skip("Chromium did not start")
            time.sleep(0.1)
        yield int(marker.read_text().splitlines()[0])
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def _page(
    session: aiohttp.ClientSession, devtools_port: int
) -> aiohttp.ClientWebSocketResponse:
    async with session.get(f"http://127.0.0.1:{devtools_port}/json/list") as reply:
        targets = await reply.json(content_type=None)
    target = next(t for t in targets if t.get("type") == "page")
    return await session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)


async def _scenario(
    devtools_port: int, url: str, services: Services, session_id: int, shots: Path
) -> dict[str, Any]:
    async with aiohttp.ClientSession() as http:
        socket = await _page(http, devtools_port)
        page = Page(socket)
        await page.send("Runtime.enable")
        await page.send(
            "Emulation.setDeviceMetricsOverride",
            width=390,
            height=844,
            deviceScaleFactor=1,
            mobile=True,
        )
        await page.send("Page.enable")
        await page.send("Page.navigate", url=url)
        await page.wait_for(
            "document.readyState === 'complete' && !!document.getElementById('join-form')"
        )
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
        await socket.close()
        return {"injected": injected, "title": title, "followed_s": followed_s}


def test_join_pick_a_role_and_add_a_note_in_a_real_browser(
    chromium: int,
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    tmp_path: Path,
) -> None:
    shots = Path(os.environ.get("LIVE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    session_id = workshop_with_session["session"]
    result = asyncio.run(_scenario(chromium, server.join_url, services, session_id, shots))
    notes = services.board.notes(session_id)
    assert [(n.text, n.role, n.source) for n in notes] == [(HOSTILE, "carer", "device")]
    assert result["injected"] == 0  # shown as text, never as markup
    assert result["title"] == "Join the workshop"  # the onerror handler never ran
    assert result["followed_s"] < 2.5
    assert len(services.votes.list(session_id)) == 1
    assert (shots / "join.png").stat().st_size > 1000
