"""The phones of the follow benchmark: a client process (aiohttp only) that joins N phones,
each from its own loopback address, has them all follow the session as the join page does
(long polling with ETag and since), then has some of them post notes in a burst.

It reports, with times from the system's monotonic clock: when each note's 201 arrived, and
for every follower, when each reply arrived and how many notes the board then had.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import aiohttp

ROLES = ("lived_experience", "carer", "community", "professional")
WAIT_S = 25


def address(index: int) -> str:
    """A loopback address of its own for each phone (127.1.0.1, 127.1.0.2, …)."""
    return f"127.1.{index // 250}.{index % 250 + 1}"


def _raise_open_file_limit() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


class Phone:
    """One phone: its own connection from its own address, its token, what it has seen."""

    def __init__(self, index: int, base: str, host: str) -> None:
        self.index = index
        self.base = base
        self.host = host
        connector = aiohttp.TCPConnector(limit=2, local_addr=(address(index), 0))
        self.session = aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=WAIT_S + 30)
        )
        self.token = ""
        self.etag: str | None = None
        self.version: int | None = None
        self.seen: list[tuple[float, int]] = []  # (time, board_notes) at each reply
        self.errors: list[str] = []
        self.received = 0  # body bytes, for the report

    def headers(self) -> dict[str, str]:
        sent = {"Host": self.host, "Accept-Encoding": "gzip"}
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        return sent

    async def join(self) -> None:
        body = {"role": ROLES[self.index % len(ROLES)]}
        async with self.session.post(
            f"{self.base}/join", json=body, headers=self.headers()
        ) as reply:
            if reply.status != 201:
                raise RuntimeError(f"join refused: {reply.status} {await reply.text()}")
            self.token = (await reply.json())["token"]

    async def ask(self, wait: int) -> None:
        query = [] if self.version is None else [f"since={self.version}"]
        if wait:
            query.append(f"wait={wait}")
        headers = self.headers()
        if self.etag:
            headers["If-None-Match"] = self.etag
        url = f"{self.base}/state" + ("?" + "&".join(query) if query else "")
        async with self.session.get(url, headers=headers) as reply:
            raw = await reply.read()
            now = time.monotonic()
            if reply.status == 200:
                state = await reply.json()
                self.received += len(raw)
                self.etag = reply.headers.get("ETag")
                self.version = state["version"]
                self.seen.append((now, state["board_notes"]))
            elif reply.status != 304:
                self.errors.append(f"{reply.status}")

    async def follow(self, until: asyncio.Event) -> None:
        while not until.is_set():
            try:
                await self.ask(WAIT_S)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.errors.append(type(error).__name__)
                await asyncio.sleep(0.5)

    async def post(self, columns: list[int], count: int) -> list[tuple[float, int]]:
        acknowledged = []
        for number in range(count):
            body = {
                "column": columns[number % len(columns)],
                "text": f"Phone {self.index} idea {number}",
                "client_id": f"{self.index}-{number}",
            }
            started = time.monotonic()
            async with self.session.post(
                f"{self.base}/notes", json=body, headers=self.headers()
            ) as reply:
                await reply.read()
                if reply.status == 201:
                    acknowledged.append((started, time.monotonic()))
                else:
                    self.errors.append(f"post {reply.status}")
        return acknowledged


async def run(
    base: str, host: str, phones: int, posters: int, notes_each: int, columns: list[int]
) -> dict[str, Any]:
    _raise_open_file_limit()
    everyone = [Phone(i, base, host) for i in range(phones)]
    try:
        # Join in waves, as a room does, not all in the same millisecond.
        for start in range(0, phones, 100):
            await asyncio.gather(*(p.join() for p in everyone[start : start + 100]))
        await asyncio.gather(*(p.ask(0) for p in everyone))
        stop = asyncio.Event()
        followers = [asyncio.create_task(p.follow(stop)) for p in everyone]
        await asyncio.sleep(2.0)  # every phone's question is now held open by the server
        base_count = max(p.seen[-1][1] for p in everyone)
        burst_started = time.monotonic()
        posted = await asyncio.gather(*(p.post(columns, notes_each) for p in everyone[:posters]))
        total = base_count + posters * notes_each
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if all(p.seen and p.seen[-1][1] >= total for p in everyone):
                break
            await asyncio.sleep(0.05)
        stop.set()
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
    finally:
        await asyncio.gather(*(p.session.close() for p in everyone), return_exceptions=True)
    return {
        "base_count": base_count,
        "burst_started": burst_started,
        "acknowledged": [pair for pairs in posted for pair in pairs],
        "seen": [p.seen for p in everyone],
        "errors": [e for p in everyone for e in p.errors],
        "received_bytes": sum(p.received for p in everyone),
    }


def main(
    base: str,
    host: str,
    phones: int,
    posters: int,
    notes_each: int,
    columns: list[int],
    results: Any,
) -> None:
    """Entry point of the client process."""
    try:
        results.put(("ok", asyncio.run(run(base, host, phones, posters, notes_each, columns))))
    except Exception as error:  # reported to the parent, which raises it
        results.put(("error", repr(error)))
