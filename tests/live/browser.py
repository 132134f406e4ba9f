"""Headless Chromium for phone-page tests: a DevTools client and a page opened as a phone."""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)


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
    with running_chromium(tmp_path / "profile") as port:
        yield port


@pytest.fixture(scope="module")
def module_chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """One headless Chromium for a module's browser tests (starting one takes a second or two).

    Each live server listens on its own port, so tests do not share a page's storage.
    """
    with running_chromium(tmp_path_factory.mktemp("chromium") / "profile") as port:
        yield port


@contextmanager
def running_chromium(profile: Path) -> Iterator[int]:
    """Start a headless Chromium with the profile folder; yield its DevTools port; stop it."""
    assert CHROMIUM is not None
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


@pytest.fixture
def screenshot_folder(tmp_path: Path) -> Path:
    """Where a browser test saves its screenshots: LIVE_SCREENSHOTS if set, else tmp_path."""
    folder = Path(os.environ.get("LIVE_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@asynccontextmanager
async def phone_page(
    devtools_port: int, url: str, blocked: Sequence[str] = (), first_script: str = ""
) -> AsyncIterator[Page]:
    """A page the size of a phone at url, yielded once the page's script has started.

    Waiting for the script matters: the join form is in the HTML before the deferred
    script attaches its handlers, and a click in between would submit the form natively.
    Requests to URLs matching a pattern in blocked (``*`` for any text) fail as if the network
    refused them, from the first request on. first_script runs in the page before its own.
    """
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
        if blocked:
            await page.send("Network.enable")
            await page.send("Network.setBlockedURLs", urls=list(blocked))
        if first_script:
            await page.send("Page.addScriptToEvaluateOnNewDocument", source=first_script)
        await page.send("Page.navigate", url=url)
        await page.wait_for("document.body && document.body.dataset.ready === 'true'")
        try:
            yield page
        finally:
            await socket.close()
