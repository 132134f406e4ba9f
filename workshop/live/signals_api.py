"""The jargon card from phones: `POST /api/CODE/signals` with "jargon", "slow_down" or "speak".

Checked like every write (code, token, Origin, JSON, the device's rate limit), plus a limit per
device and kind, so one phone cannot flood the projector with the same card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from workshop.errors import ValidationError
from workshop.live.security import RateLimiter
from workshop.vocabulary import SignalKind

if TYPE_CHECKING:
    from workshop.live.api import LiveApi

# Each phone may press each button twice in a row, then once every 10 seconds.
SIGNAL_BURST = 2
SIGNAL_PER_SECOND = 0.1
KINDS = tuple(kind.value for kind in SignalKind)


class SignalRoutes:
    def __init__(self, api: LiveApi) -> None:
        self._api = api
        self._limiter = RateLimiter(SIGNAL_BURST, SIGNAL_PER_SECOND)

    def add_to(self, app: web.Application) -> None:
        app.router.add_post("/api/{code}/signals", self.signal)

    async def signal(self, request: web.Request) -> web.Response:
        from workshop.live.api import Refusal, _json

        api = self._api
        api._check_code(request)
        device = api._device(request)
        api._check_write(request)
        body = await api._read_json(request)
        kind = body.get("kind")
        if not isinstance(kind, str) or kind not in KINDS:
            raise ValidationError(f"Say which card: one of {', '.join(KINDS)}.", "kind")
        key = f"{device.participant_id}:{kind}"
        if not self._limiter.allow(key):
            wait = self._limiter.retry_after(key)
            raise Refusal(
                429,
                "The facilitator has seen your card; wait a moment before pressing it again.",
                {"Retry-After": str(wait)},
            )
        await api._call(api.services.room_signals.raise_signal, api.session_id, kind)
        return _json(201, {"kind": kind})


__all__ = ["SignalRoutes"]
