"""The session pushed to phones: `GET /api/CODE/events`, one request held open per phone.

A phone following by long polling costs the server a whole request at every change: a reply,
then a new question to read, route and check. On this stream a change costs one small write per
phone: the same bytes `GET /api/CODE/state` would answer, framed as a Server-Sent Event. Each
stream keeps what its phone holds (the ETag and version of the last event) and, woken with the
held questions, sends the delta since then (`LiveApi.reply`, the one place that decides what a
phone is shown). A change too large for one event (a whole ballot) is fetched with `state`
instead, where it is compressed. See docs/live-api.md.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiohttp import web

from workshop.live.feedback_api import language_of

if TYPE_CHECKING:
    from workshop.live.api import LiveApi, _Device

# Sent at once: a page that sees nothing for a while knows something on the way buffers.
OPEN = b": open\n\n"
# Sent when nothing changed for a while, so the room's Wi-Fi keeps the connection, the page
# can tell a quiet room from a dead stream, and a phone that went away is noticed.
KEEPALIVE = b": keepalive\n\n"
KEEPALIVE_S = 15.0
# A change larger than this goes by `state`, compressed (e.g. voting opened on a large board).
EVENT_MAX_BYTES = 8 * 1024
FETCH = b"event: fetch\ndata: {}\n\n"
# A phone that reads nothing for this long (gone without closing) is let go.
WRITE_TIMEOUT_S = 30.0


class StreamRoutes:
    def __init__(self, api: LiveApi) -> None:
        self._api = api
        self.open_streams = 0  # for the tests and the benchmark

    def add_to(self, app: web.Application) -> None:
        app.router.add_get("/api/{code}/events", self.events)

    async def events(self, request: web.Request) -> web.StreamResponse:
        from workshop.live.api import _whole_number

        api = self._api
        api._check_code(request)
        device = api._device(request)
        since = _whole_number(request.query.get("since"))
        given = request.headers.get("If-None-Match")
        language = language_of(request)
        feed = api._feed
        snapshot = await feed.fresh()
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "X-Accel-Buffering": "no",  # a proxy on the way must not hold events back
            }
        )
        await response.prepare(request)
        self.open_streams += 1
        try:
            await _send(response, OPEN)
            woken = True  # the first time round, what the phone holds may be out of date
            while _following(device):
                # After a quiet while too: the facilitator may have allowed photos, or changed
                # the feedback questions, which are part of the reply but not of the feed.
                reply = await api.reply(device, snapshot, given, since, language)
                if not reply.unchanged:
                    data = reply.encoded()
                    if len(data) > EVENT_MAX_BYTES:
                        await _send(response, FETCH)
                        break
                    etag = reply.etag.encode("ascii")
                    await _send(
                        response, b"event: state\nid: " + etag + b"\ndata: " + data + b"\n\n"
                    )
                    given, since = reply.etag, reply.version
                elif not woken:
                    await _send(response, KEEPALIVE)
                woken = await _next_change(api, device, given)
                snapshot = feed.snapshot
        except (ConnectionError, TimeoutError):
            pass  # the phone went away, or stopped reading: it opens a new stream when back
        finally:
            self.open_streams -= 1
        return response


async def _next_change(api: LiveApi, device: _Device, given: str | None) -> bool:
    """Wait until the feed has something new for this phone (True) or KEEPALIVE_S passed
    (False). Wakes that change nothing this phone sees (another phone's own part) are slept
    through without working out its reply."""
    feed = api._feed
    held = feed.base_etag(given)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + KEEPALIVE_S
    while True:
        remaining = deadline - loop.time()
        if remaining <= 0 or not await feed.next_wake(remaining):
            return False
        if not _following(device) or feed.etag(feed.snapshot, device.participant_id) != held:
            return True


def _following(device: _Device) -> bool:
    """Whether the phone may still follow (not removed or blocked by the facilitator)."""
    return not (device.removed or device.blocked)


async def _send(response: web.StreamResponse, data: bytes) -> None:
    async with asyncio.timeout(WRITE_TIMEOUT_S):
        await response.write(data)


__all__ = ["StreamRoutes"]
