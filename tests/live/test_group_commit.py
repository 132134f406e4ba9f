"""Group commit: notes arriving together share commits, yet each is answered on its own merits."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp

from workshop.errors import ValidationError, WorkshopError
from workshop.live.server import LiveServer
from workshop.live.writer import GroupCommitWriter, Written
from workshop.rules import Actor
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.views import NoteView


async def _send_all(server: LiveServer, bodies: list[object]) -> list[int]:
    host = f"127.0.0.1:{server.port}"
    base = f"http://{host}/api/{server.code}"
    connector = aiohttp.TCPConnector(limit=10)
    async with aiohttp.ClientSession(connector=connector, headers={"Host": host}) as session:
        async with session.post(f"{base}/join", json={"role": "carer"}) as reply:
            token = (await reply.json())["token"]

        async def send(body: object) -> int:
            headers = {"Authorization": f"Bearer {token}"}
            async with session.post(f"{base}/notes", json=body, headers=headers) as reply:
                await reply.read()
                return reply.status

        return list(await asyncio.gather(*(send(body) for body in bodies)))


def test_a_bad_note_in_a_burst_is_refused_alone(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    session_id = workshop_with_session["session"]
    column = services.board.columns(session_id)[0].id
    bodies: list[object] = []
    for number in range(60):
        if number % 10 == 3:
            bodies.append({"column": column, "text": "   "})  # refused by validation
        elif number % 10 == 7:
            bodies.append({"column": 2**62, "text": "Nowhere"})  # no such column
        else:
            bodies.append({"column": column, "text": f"Idea {number}", "client_id": str(number)})
    statuses = asyncio.run(_send_all(server, bodies))
    expected = [400 if n % 10 in (3, 7) else 201 for n in range(60)]
    assert statuses == expected
    texts = sorted(n.text for n in services.board.notes(session_id))
    assert texts == sorted(f"Idea {n}" for n in range(60) if n % 10 not in (3, 7))
    # Notes that arrived together shared commits (one commit each would be 48).
    assert 1 <= server.note_commits < 48
    assert server.devices()[0].notes_sent == 48


def _note_requests(ids: dict[str, int], column: int, texts: Sequence[str]) -> list[NoteRequest]:
    return [
        NoteRequest(ids["session"], column, text, author_id=ids["ann"], actor=Actor.DEVICE)
        for text in texts
    ]


def test_each_answer_comes_after_its_commit_and_a_crashing_batch_is_split(
    services: Services, workshop_with_session: dict[str, int], db_path: Path
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0].id
    batches: list[int] = []

    def write_batch(requests: Sequence[NoteRequest]) -> list[NoteView | WorkshopError]:
        batches.append(len(requests))
        # Stands in for a bug that only one request's content triggers.
        if any(r.text == "crash" for r in requests):
            raise RuntimeError("a bug")
        return services.board.add_notes_batch(requests)

    committed_when_answered: list[bool] = []
    hooked: list[int] = []

    def after(written: list[Written[int, NoteRequest, NoteView]]) -> None:
        hooked.extend(item.context for item in written)

    async def main() -> list[object]:
        with ThreadPoolExecutor(max_workers=1) as executor:
            writer: GroupCommitWriter[int, NoteRequest, NoteView] = GroupCommitWriter(
                write_batch, executor, after_batch=after
            )
            texts = ["first"] + [f"note {n}" for n in range(10)] + ["crash", "", "last"]

            async def submit(number: int, request: NoteRequest) -> object:
                try:
                    view = await writer.submit(number, request)
                except (WorkshopError, RuntimeError) as error:
                    return type(error)
                # Answered only once another connection can read the note.
                with sqlite3.connect(db_path) as connection:
                    found = connection.execute(
                        "SELECT count(*) FROM notes WHERE id = ?", (view.id,)
                    ).fetchone()[0]
                committed_when_answered.append(found == 1)
                return view.text

            requests = _note_requests(ids, column, texts)
            return list(await asyncio.gather(*(submit(n, r) for n, r in enumerate(requests))))

    results = asyncio.run(main())
    assert results[0] == "first"
    assert results[1:11] == [f"note {n}" for n in range(10)]
    assert results[11:] == [RuntimeError, ValidationError, "last"]
    assert all(committed_when_answered) and len(committed_when_answered) == 12
    # All fourteen were queued before the writer ran, so they shared one batch; it crashed,
    # so each was retried alone and only the request causing the crash failed.
    assert batches == [14] + [1] * 14
    assert sorted(hooked) == [n for n in range(14) if n != 11]
