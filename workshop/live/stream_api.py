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

from typing import TYPE_CHECKING

from aiohttp import web

from workshop.live.feedback_api import language_of

if TYPE_CHECKING:
    from workshop.live.api import LiveApi, _Device

# Sent at once: a page that sees nothing for a while knows something on the way buffers.
OPEN = b": open\n\n"
# Sent when nothing changed for a while (at the feed's tick, `Limits.keepalive_s`), so the
# room's Wi-Fi keeps the connection, the page can tell a quiet room from a dead stream, and a
# phone that went away is noticed.
KEEPALIVE = b": keepalive\n\n"
# A change larger than this goes by `state`, compressed (e.g. voting opened on a large board).
EVENT_MAX_BYTES = 8 * 1024
FETCH = b"event: fetch\ndata: {}\n\n"
# A phone that has not read this much of what was sent (gone without closing, or stuck) is let
# go rather than have its events pile up in the laptop's memory; it catches up when it asks
# again. Below the transport's high-water mark, so a write never waits for a phone.
UNREAD_MAX_BYTES = 32 * 1024


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
            await response.write(OPEN)
            ticks = feed.ticks
            tick = False
            while True:
                # At a tick too: the facilitator may have allowed photos, or changed the
                # feedback questions, which are part of the reply but not of the feed.
                reply = await api.reply(device, snapshot, given, since, language)
                if not reply.unchanged:
                    data = reply.encoded()
                    if len(data) > EVENT_MAX_BYTES:
                        await _send(request, response, FETCH)
                        break
                    etag = reply.etag.encode("ascii")
                    event = b"event: state\nid: " + etag + b"\ndata: " + data + b"\n\n"
                    await _send(request, response, event)
                    given, since = reply.etag, reply.version
                elif tick:
                    await _send(request, response, KEEPALIVE)
                # Wakes that change nothing this phone sees (another phone's own part) are
                # slept through without working out its reply.
                held = feed.base_etag(given)
                while True:
                    await feed.next_wake()
                    if not _following(device):
                        return response
                    tick = feed.ticks != ticks
                    ticks = feed.ticks
                    snapshot = feed.snapshot
                    if tick or feed.etag(snapshot, device.participant_id) != held:
                        break
        except (ConnectionError, TimeoutError):
            pass  # the phone went away, or stopped reading: it opens a new stream when back
        finally:
            self.open_streams -= 1
        return response


def _following(device: _Device) -> bool:
    """Whether the phone may still follow (not removed or blocked by the facilitator)."""
    return not (device.removed or device.blocked)


async def _send(request: web.Request, response: web.StreamResponse, data: bytes) -> None:
    transport = request.transport
    if transport is None or transport.get_write_buffer_size() > UNREAD_MAX_BYTES:
        raise ConnectionAbortedError("The phone is not reading its stream.")
    await response.write(data)


__all__ = ["StreamRoutes"]
