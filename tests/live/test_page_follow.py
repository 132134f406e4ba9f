"""The join page in headless Chromium (skipped if absent) follows the session by the pushed
stream, a change too large for one event by a compressed /state, and by polling where the
stream does not work."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from tests.live.browser import CHROMIUM, Page, module_chromium, phone_page  # noqa: F401  (fixture)
from tests.live.conftest import STAGE_CAPTURE, STAGE_VOTE
from workshop.live.server import LiveServer
from workshop.services import Services

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

# Counts the questions the page asks, by kind, from the first one on.
COUNT_QUESTIONS = """(() => {
  const asked = window.asked = {state: 0, waited: 0, events: 0};
  const send = window.fetch;
  window.fetch = function (url, options) {
    const path = String(url);
    if (path.includes('/state?')) asked[path.includes('wait=') ? 'waited' : 'state'] += 1;
    if (path.includes('/events?')) asked.events += 1;
    return send.call(this, url, options);
  };
})();"""
ASKED = "({...window.asked})"

# Hands the page each stream as a network on the way might: lines ending in CRLF, every "data:"
# line split in two at its first comma, and the bytes in pieces of three (so a piece ends
# inside a CRLF, inside a multi-byte letter, inside a frame).
REFRAME_STREAMS = """(() => {
  const send = window.fetch;
  window.fetch = function (url, options) {
    return send.call(this, url, options).then(response => {
      if (!String(url).includes('/events?') || !response.body) return response;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const encoder = new TextEncoder();
      let held = '';
      const body = new ReadableStream({
        async pull(out) {
          const piece = await reader.read();
          if (piece.done) { out.close(); return; }
          held += decoder.decode(piece.value, {stream: true});
          const end = held.lastIndexOf('\\n\\n') + 2;
          if (end < 2) return;
          const frames = held.slice(0, end).split('\\n').map(line => {
            const comma = line.indexOf(',');
            return line.startsWith('data: ') && comma > 0
              ? 'data:' + line.slice(6, comma + 1) + '\\ndata: ' + line.slice(comma + 1)
              : line;
          }).join('\\n');
          held = held.slice(end);
          const bytes = encoder.encode(frames.split('\\n').join('\\r\\n'));
          for (let i = 0; i < bytes.length; i += 3) out.enqueue(bytes.slice(i, i + 3));
        },
        cancel(reason) { return reader.cancel(reason); },
      });
      return new Response(body, {status: response.status, headers: response.headers});
    });
  };
})();"""


PUSHED = "Pushed to the phone: ŵ, ŷ, “quoted”, 👍"


def _on_ballot(text: str) -> str:
    return (
        "Array.from(document.querySelectorAll('#ballot .text'))"
        f".some(p => p.textContent === {json.dumps(text)})"
    )


async def _join(page: Page, shown: str) -> None:
    """Join as a carer and wait until the first state shows the section with id shown."""
    await page.evaluate("document.getElementById('role-carer').click()")
    await page.evaluate("document.getElementById('join-button').click()")
    await page.wait_for("document.getElementById('stage').textContent !== ''")
    await page.wait_for(f"!document.getElementById({shown!r}).hidden")


async def _follow_by_the_stream(
    devtools_port: int, url: str, services: Services, session_id: int
) -> dict[str, Any]:
    column = services.board.columns(session_id)[0].id
    script = COUNT_QUESTIONS + REFRAME_STREAMS
    async with phone_page(devtools_port, url, first_script=script) as page:
        await _join(page, "add-section")
        following = await page.evaluate("window.WorkshopJoin.following")
        # Voting opens on a board whose ballot is too large for one event (40 notes of 300
        # characters): the stream says "fetch", and the page asks /state once for it.
        services.sessions.set_stage(session_id, STAGE_VOTE)
        await page.wait_for("document.querySelectorAll('#ballot li').length === 40")
        after_voting = await page.evaluate(ASKED)
        # A new note comes as a small event on the reopened stream, with no question asked.
        services.board.add_note(session_id, column, PUSHED, role="carer")
        await page.wait_for(_on_ballot(PUSHED), timeout=5)
        await page.evaluate("document.querySelector('#ballot button').click()")
        await page.wait_for("document.getElementById('dots-left').textContent.includes('4 of 5')")
        return {
            "following": following,
            "after_voting": after_voting,
            "after_note": await page.evaluate(ASKED),
            "still": await page.evaluate("window.WorkshopJoin.following"),
        }


def test_the_join_page_follows_the_session_by_the_stream(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.set_stage(session_id, STAGE_CAPTURE)
    column = services.board.columns(session_id)[0].id
    for i in range(40):
        services.board.add_note(session_id, column, f"Idea {i:02} " + "x" * 300, role="carer")
    result = asyncio.run(
        _follow_by_the_stream(module_chromium, server.join_url, services, session_id)
    )
    assert result["following"] == "stream" and result["still"] == "stream"
    # The first state and the stream; then the large ballot (asked for), and the stream again.
    assert result["after_voting"] == {"state": 2, "waited": 0, "events": 2}
    # The note and the dot came by the stream (reframed on the way: CRLF, split data lines,
    # three bytes at a time); the dot's own refresh asked nothing either.
    assert result["after_note"] == result["after_voting"]
    assert len(services.votes.list(session_id)) == 1


# Something on the way holds every byte of a stream back (a buffering proxy); the page's
# ten seconds to hear from a stream pass in a fifth of a second.
BUFFER_STREAMS = """(() => {
  const send = window.fetch;
  window.fetch = function (url, options) {
    return send.call(this, url, options).then(response => {
      if (!String(url).includes('/events?') || !response.body) return response;
      const reader = response.body.getReader();
      const body = new ReadableStream({
        async pull() { while (!(await reader.read()).done) { /* held back */ } },
        cancel(reason) { return reader.cancel(reason); },
      });
      return new Response(body, {status: response.status, headers: response.headers});
    });
  };
  const later = window.setTimeout;
  window.setTimeout = (run, ms, ...rest) => later(run, ms === 10000 ? 200 : ms, ...rest);
})();"""

# How the stream fails on the way, and what each costs in streams tried.
NO_STREAM = {
    # Something on the way refuses the stream: tried twice (the second time to be sure).
    "stream-blocked": (["*/events*"], "", 2),
    # A proxy buffers the stream: nothing heard within 10 s of opening, given up at once.
    "stream-buffered": ([], BUFFER_STREAMS, 1),
    # A browser whose fetch cannot hand a reply over as it arrives does not try.
    "no-streaming-fetch": ([], "window.ReadableStream = undefined;", 0),
}


async def _follow_without_the_stream(
    devtools_port: int, url: str, services: Services, session_id: int, way: str
) -> dict[str, Any]:
    column = services.board.columns(session_id)[0].id
    blocked, script, _ = NO_STREAM[way]
    async with phone_page(
        devtools_port, url, blocked=blocked, first_script=COUNT_QUESTIONS + script
    ) as page:
        await _join(page, "vote-section")
        await page.wait_for("window.WorkshopJoin.following !== 'stream'", timeout=5)
        following = await page.evaluate("window.WorkshopJoin.following")
        services.board.add_note(session_id, column, "Polled by the phone", role="carer")
        await page.wait_for(_on_ballot("Polled by the phone"), timeout=5)
        return {"following": following, "asked": await page.evaluate(ASKED)}


@pytest.mark.parametrize("way", list(NO_STREAM))
def test_where_the_stream_does_not_work_the_join_page_follows_by_long_polling(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    way: str,
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.set_stage(session_id, STAGE_VOTE)
    result = asyncio.run(
        _follow_without_the_stream(module_chromium, server.join_url, services, session_id, way)
    )
    assert result["following"] == "poll"
    # The held question that the new note answered.
    assert result["asked"]["waited"] >= 1
    assert result["asked"]["events"] == NO_STREAM[way][2]


class Cable:
    """The phone's network: a TCP relay from [::1]:PORT to the server at 127.0.0.1:PORT that
    can be unplugged (every connection cut, new ones refused) and plugged in again.

    The same port number on the other loopback address keeps the Host header one the server
    answers.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self._server: asyncio.Server | None = None
        self._connections: list[asyncio.StreamWriter] = []

    @property
    def url_host(self) -> str:
        return f"[::1]:{self.port}"

    async def plug(self) -> None:
        self._server = await asyncio.start_server(self._relay, "::1", self.port)

    async def unplug(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._connections:
            writer.transport.abort()
        self._connections.clear()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", self.port)
        self._connections += [writer, server_writer]

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except ConnectionError:
                pass
            finally:
                sink.transport.abort()

        await asyncio.gather(pump(reader, server_writer), pump(server_reader, writer))


async def _lose_the_network_and_come_back(
    devtools_port: int, server: LiveServer, services: Services, session_id: int
) -> dict[str, Any]:
    assert server.port is not None
    column = services.board.columns(session_id)[0].id
    status = "document.getElementById('status').textContent"
    cable = Cable(server.port)
    try:
        await cable.plug()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    url = f"http://{cable.url_host}/j/{server.code}"
    async with phone_page(devtools_port, url, first_script=COUNT_QUESTIONS) as page:
        await _join(page, "add-section")
        await page.wait_for("window.asked.events === 1")
        await asyncio.sleep(0.2)  # the stream is open
        await cable.unplug()
        lost = await page.wait_for(f"{status}.startsWith('Cannot reach') && {status}")
        await cable.plug()
        back = await page.wait_for(f"{status} === 'Connected again.' && {status}", timeout=5)
        services.sessions.set_stage(session_id, STAGE_VOTE)
        services.board.add_note(session_id, column, "After the break", role="carer")
        await page.wait_for(_on_ballot("After the break"), timeout=5)
        result = {
            "lost": lost,
            "back": back,
            "following": await page.evaluate("window.WorkshopJoin.following"),
            "asked": await page.evaluate(ASKED),
        }
    await cable.unplug()
    return result


def test_when_the_stream_drops_the_page_says_so_and_follows_again_when_back(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.set_stage(session_id, STAGE_CAPTURE)
    result = asyncio.run(
        _lose_the_network_and_come_back(module_chromium, server, services, session_id)
    )
    assert result["lost"] == "Cannot reach the facilitator's computer. Trying again…"
    assert result["back"] == "Connected again."
    # Still by the stream, opened again: no question held open, no fallback to polling.
    assert result["following"] == "stream"
    assert result["asked"]["waited"] == 0 and result["asked"]["events"] >= 2


# Date.now() from the page runs window.skew milliseconds ahead.
SKEW_CLOCK = """(() => {
  const now = Date.now.bind(Date);
  window.skew = 0;
  Date.now = () => now() + window.skew;
})();"""
BACK_INTO_VIEW = "document.dispatchEvent(new Event('visibilitychange'))"


async def _come_back_into_view(devtools_port: int, url: str) -> dict[str, Any]:
    async with phone_page(devtools_port, url, first_script=COUNT_QUESTIONS + SKEW_CLOCK) as page:
        await _join(page, "add-section")
        await page.wait_for("window.asked.events === 1")
        await asyncio.sleep(0.3)
        # Back into view a moment later: the stream is kept.
        await page.evaluate(BACK_INTO_VIEW)
        await asyncio.sleep(0.3)
        kept = await page.evaluate(ASKED)
        # Back into view 25 s later (a keepalive missed while the screen was off): reopened.
        await page.evaluate("window.skew = 25000")
        await page.wait_for(f"({BACK_INTO_VIEW}, window.asked.events === 2)", timeout=5)
        return {
            "visible": await page.evaluate("document.visibilityState"),
            "kept": kept,
            "following": await page.evaluate("window.WorkshopJoin.following"),
        }


def test_a_page_back_in_view_after_a_missed_keepalive_opens_its_stream_again(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    services.sessions.set_stage(workshop_with_session["session"], STAGE_CAPTURE)
    result = asyncio.run(_come_back_into_view(module_chromium, server.join_url))
    assert result["visible"] == "visible"
    assert result["kept"]["events"] == 1
    assert result["following"] == "stream"


async def _blocked_while_following(devtools_port: int, url: str, server: LiveServer) -> str:
    async with phone_page(devtools_port, url) as page:
        await _join(page, "add-section")
        server.block_device(server.devices()[0].participant_id)
        status = "document.getElementById('status').textContent"
        return str(await page.wait_for(f"{status}.includes('stopped') && {status}", timeout=5))


def test_a_phone_the_facilitator_blocks_is_told_at_once_by_its_stream(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    services.sessions.set_stage(workshop_with_session["session"], STAGE_CAPTURE)
    said = asyncio.run(_blocked_while_following(module_chromium, server.join_url, server))
    assert said == "The facilitator has stopped this phone from taking part."
