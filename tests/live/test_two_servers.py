"""Two laptops serving one workshop from one database: 400 joins at once, no conflict."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import aiohttp
import pytest

from workshop.live.security import Limits
from workshop.live.server import LiveServer
from workshop.services import Services
from workshop.storage import open_database

pytestmark = pytest.mark.postgres

JOINS = 400
# Every join comes from 127.0.0.1 here, so the per-address shares are lifted for this test.
OPEN_LIMITS = Limits(max_devices_per_address=JOINS, join_burst=JOINS)


@pytest.fixture
def two_servers(database_target: str) -> Iterator[tuple[Services, list[LiveServer]]]:
    first, second = open_database(database_target), open_database(database_target)
    one, two = Services(first), Services(second)
    workshop = one.workshops.create("Housing repairs", "Riverside Council")
    session = one.sessions.create_from_template(workshop.id, "what-matters", "First session")
    servers = [
        LiveServer(services, session.id, host="127.0.0.1", limits=OPEN_LIMITS)
        for services in (one, two)
    ]
    for server in servers:
        server.start()
    try:
        yield one, servers
    finally:
        for server in servers:
            server.stop()
        first.dispose()
        second.dispose()


async def _join_everyone(servers: list[LiveServer]) -> list[int]:
    connector = aiohttp.TCPConnector(limit=200)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def join(index: int) -> int:
            server = servers[index % 2]
            url = f"http://127.0.0.1:{server.port}/api/{server.code}/join"
            headers = {"Host": f"127.0.0.1:{server.port}"}
            async with session.post(url, json={"role": "carer"}, headers=headers) as reply:
                await reply.read()
                return reply.status

        return list(await asyncio.gather(*(join(i) for i in range(JOINS))))


def test_two_servers_take_400_concurrent_joins_without_a_conflict(
    two_servers: tuple[Services, list[LiveServer]],
) -> None:
    services, servers = two_servers
    statuses = asyncio.run(_join_everyone(servers))
    assert statuses.count(201) == JOINS, {s: statuses.count(s) for s in set(statuses)}
    workshop_id = services.workshops.list()[0].id
    numbers = [p.number for p in services.participants.list(workshop_id)]
    assert sorted(numbers) == list(range(1, JOINS + 1))
