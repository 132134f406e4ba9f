"""The phones of the live benchmark: a light client process (aiohttp only) for both servers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

import aiohttp

from tests.benchmarks.live_followers import address

ROLES = ("lived_experience", "carer", "community", "professional")


async def burst(
    url: str,
    host: str,
    tokens: list[str],
    notes_each: int,
    connections: int,
    columns: list[int],
) -> tuple[list[float], list[int]]:
    """`connections` connections, each sending its next note as soon as the last is answered.

    Latency is timed per request on its connection, so it is the server's answer time under
    that load, not time spent waiting in the client's own queue.
    """
    latencies: list[float] = []
    statuses: list[int] = []
    queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
    for number in range(notes_each):
        for phone in range(len(tokens)):
            queue.put_nowait((phone, number))
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            while not queue.empty():
                phone, number = queue.get_nowait()
                headers = {"Authorization": f"Bearer {tokens[phone]}", "Host": host}
                body = {
                    "column": columns[number % len(columns)],
                    "text": f"Phone {phone} idea {number}",
                    "client_id": f"{phone}-{number}",
                }
                started = time.perf_counter()
                async with session.post(url, json=body, headers=headers) as reply:
                    await reply.read()
                    statuses.append(reply.status)
                latencies.append(time.perf_counter() - started)

        workers: list[Awaitable[None]] = [worker() for _ in range(connections)]
        await asyncio.gather(*workers)
    return latencies, statuses


async def join_all(url: str, host: str, phones: int) -> list[str]:
    """Join `phones` devices, each with a role and from its own loopback address (the server
    lets at most 30 phones join from one address), and return their tokens."""

    async def join(index: int) -> str:
        role = ROLES[index % len(ROLES)]
        connector = aiohttp.TCPConnector(local_addr=(address(index), 0))
        async with (
            aiohttp.ClientSession(connector=connector) as session,
            session.post(url, json={"role": role}, headers={"Host": host}) as reply,
        ):
            if reply.status != 201:
                raise RuntimeError(f"join refused: {reply.status} {await reply.text()}")
            return str((await reply.json())["token"])

    return list(await asyncio.gather(*(join(i) for i in range(phones))))


def main(
    base: str,
    host: str,
    tokens: list[str] | None,
    phones: int,
    notes_each: int,
    connections: int,
    columns: list[int],
    results: Any,
) -> None:
    """Entry point of the client process: join (unless given tokens), burst, report."""

    async def run() -> tuple[list[float], list[int]]:
        joined = tokens if tokens is not None else await join_all(f"{base}/join", host, phones)
        return await burst(f"{base}/notes", host, joined, notes_each, connections, columns)

    try:
        results.put(("ok", asyncio.run(run())))
    except Exception as error:  # reported to the parent, which raises it
        results.put(("error", repr(error)))
