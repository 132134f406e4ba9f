"""A burst from many phones over real loopback connections: every note stored, none refused."""

from __future__ import annotations

import asyncio

import aiohttp
from pytestqt.qtbot import QtBot

from workshop.live.server import LiveServer
from workshop.services import Services


async def _burst(server: LiveServer, phones: int, notes_each: int, column: int) -> list[int]:
    host = f"127.0.0.1:{server.port}"
    base = f"http://{host}/api/{server.code}"
    connector = aiohttp.TCPConnector(limit=10)
    async with aiohttp.ClientSession(connector=connector, headers={"Host": host}) as session:

        async def join() -> str:
            async with session.post(f"{base}/join", json={"role": "community"}) as reply:
                assert reply.status == 201
                return str((await reply.json())["token"])

        tokens = await asyncio.gather(*(join() for _ in range(phones)))

        async def send(token: str, number: int) -> int:
            body = {"column": column, "text": f"idea {number}", "client_id": str(number)}
            headers = {"Authorization": f"Bearer {token}"}
            async with session.post(f"{base}/notes", json=body, headers=headers) as reply:
                await reply.read()
                return reply.status

        return list(await asyncio.gather(*(send(t, n) for n in range(notes_each) for t in tokens)))


def test_burst_of_notes_is_all_stored(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer, qtbot: QtBot
) -> None:
    session_id = workshop_with_session["session"]
    column = services.board.columns(session_id)[0].id
    added: list[object] = []
    services.events.note_added.connect(added.append)
    statuses = asyncio.run(_burst(server, phones=15, notes_each=10, column=column))
    assert statuses == [201] * 150
    notes = services.board.notes(session_id)
    assert len(notes) == 150
    # The board hears of each note through the queued signal, in the GUI thread.
    qtbot.waitUntil(lambda: len(added) == 150, timeout=5000)
    assert len({n.author_id for n in notes}) == 15
