"""The phones of the follow benchmark: a client process (aiohttp only) that joins its share
of the phones, each from its own loopback address, has them all follow the session as the join
page does (on the event stream, GET .../events, or by long polling with ETag and since), then,
if its share are the posters, posts notes in a burst. The benchmark runs several such
processes, so that a note's 201 is not read late because the same process is busy reading
hundreds of other phones' replies (in a room each phone has a processor of its own).

It reports, with times from the system's monotonic clock: when each note's 201 arrived, and
for every follower, when each reply arrived and how many notes the board then had.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
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
        sent = aiohttp.TraceConfig()
        sent.on_request_headers_sent.append(_note_sent)
        self.session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=WAIT_S + 30),
            trace_configs=[sent],
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
        """Long polling, as the join page does where a stream does not work."""
        while not until.is_set():
            try:
                await self.ask(WAIT_S)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.errors.append(type(error).__name__)
                await asyncio.sleep(0.5)

    async def stream(self, until: asyncio.Event) -> None:
        """The event stream, as the join page does: each state pushed; a `fetch` asked for."""
        while not until.is_set():
            try:
                if await self.read_stream():
                    await self.ask(0)  # a change too large for one event
            except (aiohttp.ClientError, TimeoutError) as error:
                self.errors.append(type(error).__name__)
                await asyncio.sleep(0.5)

    async def read_stream(self) -> bool:
        """Read one stream until it ends; True when it ended with `fetch`."""
        headers = self.headers()
        headers["Accept"] = "text/event-stream"
        if self.etag:
            headers["If-None-Match"] = self.etag
        query = "" if self.version is None else f"?since={self.version}"
        timeout = aiohttp.ClientTimeout(total=None, sock_read=40)
        async with self.session.get(
            f"{self.base}/events{query}", headers=headers, timeout=timeout
        ) as reply:
            if reply.status != 200:
                self.errors.append(f"events {reply.status}")
                await asyncio.sleep(1)
                return False
            name, ident, data = "", "", b""
            async for line in reply.content:
                line = line.rstrip(b"\r\n")
                if line:
                    field, _, value = line.partition(b": ")
                    if field == b"event":
                        name = value.decode()
                    elif field == b"id":
                        ident = value.decode()
                    elif field == b"data":
                        data = value
                    continue
                if name == "fetch":
                    return True
                if name == "state":
                    now = time.monotonic()
                    self.received += len(data)
                    state = json.loads(data)
                    self.etag, self.version = ident, state["version"]
                    self.seen.append((now, state["board_notes"]))
                name, ident, data = "", "", b""
        return False

    async def post(self, columns: list[int], count: int) -> list[tuple[float, float, float]]:
        """Post notes one after another; for each 201: when the phone began the request, when
        the request was on the wire, and when its 201 arrived."""
        acknowledged = []
        for number in range(count):
            body = {
                "column": columns[number % len(columns)],
                "text": f"Phone {self.index} idea {number}",
                "client_id": f"{self.index}-{number}",
            }
            started = time.monotonic()
            times: dict[str, float] = {}
            async with self.session.post(
                f"{self.base}/notes", json=body, headers=self.headers(), trace_request_ctx=times
            ) as reply:
                await reply.read()
                if reply.status == 201:
                    acknowledged.append((started, times.get("sent", started), time.monotonic()))
                else:
                    self.errors.append(f"post {reply.status}")
        return acknowledged


async def _note_sent(
    _session: aiohttp.ClientSession, context: Any, _params: aiohttp.TraceRequestHeadersSentParams
) -> None:
    """When a request's headers went on the wire (its small body follows at once)."""
    if isinstance(context.trace_request_ctx, dict):
        context.trace_request_ctx["sent"] = time.monotonic()


@dataclass(frozen=True)
class Share:
    """The phones one client process plays: their numbers, and whether they post the burst."""

    first: int
    count: int
    post: bool
    stream: bool = True  # follow on the event stream (else by long polling)


async def run(
    base: str,
    host: str,
    share: Share,
    notes_each: int,
    columns: list[int],
    new_notes: int,
    everyone_following: Any,
) -> dict[str, Any]:
    """Join this process's phones, follow, wait for every process's phones to follow, then
    (the posters) post the burst; stop once every phone here has seen all `new_notes`."""
    _raise_open_file_limit()
    mine = [Phone(i, base, host) for i in range(share.first, share.first + share.count)]
    try:
        # Join in waves, as a room does, not all in the same millisecond.
        for start in range(0, len(mine), 100):
            await asyncio.gather(*(p.join() for p in mine[start : start + 100]))
        await asyncio.gather(*(p.ask(0) for p in mine))
        # Read before the barrier: no process posts until every process has passed it.
        base_count = max(p.seen[-1][1] for p in mine)
        stop = asyncio.Event()
        followers = [
            asyncio.create_task(p.stream(stop) if share.stream else p.follow(stop)) for p in mine
        ]
        await asyncio.to_thread(everyone_following.wait, 240)  # a multiprocessing Barrier
        await asyncio.sleep(2.0)  # every phone's question is now held open by the server
        burst_started = time.monotonic()
        posted = []
        if share.post:
            posted = await asyncio.gather(*(p.post(columns, notes_each) for p in mine))
        total = base_count + new_notes
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if all(p.seen and p.seen[-1][1] >= total for p in mine):
                break
            await asyncio.sleep(0.05)
        stop.set()
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
    finally:
        await asyncio.gather(*(p.session.close() for p in mine), return_exceptions=True)
    return {
        "base_count": base_count,
        "burst_started": burst_started,
        "acknowledged": [pair for pairs in posted for pair in pairs],
        "seen": [p.seen for p in mine],
        "errors": [e for p in mine for e in p.errors],
        "received_bytes": sum(p.received for p in mine),
    }


def main(
    base: str,
    host: str,
    share: Share,
    notes_each: int,
    columns: list[int],
    new_notes: int,
    everyone_following: Any,
    results: Any,
) -> None:
    """Entry point of one client process."""
    try:
        report = asyncio.run(
            run(base, host, share, notes_each, columns, new_notes, everyone_following)
        )
        results.put(("ok", report))
    except Exception as error:  # reported to the parent, which raises it
        results.put(("error", repr(error)))
