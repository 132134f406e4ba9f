"""Photos of paper from phones: `POST /api/CODE/photos`, the photo's bytes as the body.

The facilitator's phone or a table's host (or any phone, when the facilitator allows it)
photographs sticky notes; the photo goes through the same pipeline as one added on the laptop
(faces blurred, notes found and read), and every note found waits in the facilitator's review
queue, never straight on the board. Checked like every write (code, token, Origin, the device's
rate limit), with its own size limit, read timeout and rate limit, and one photo read at a time
so the laptop stays responsive.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from aiohttp import web

from workshop import rules
from workshop.errors import ValidationError
from workshop.live.security import RateLimiter
from workshop.photos import Cancelled, PhotoRefused
from workshop.rules import Actor

if TYPE_CHECKING:
    from workshop.live.api import LiveApi, _Device
    from workshop.photos import ProcessedPhoto
    from workshop.services.photos import PhotoAdded

ROUTE_NAME = "photos"
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
# Photos being read or waiting to be; more than this and phones are asked to try again later.
MAX_PHOTOS_AT_ONCE = 3
CHUNK_BYTES = 64 * 1024


def megabytes(size: int) -> str:
    """A size limit in words, e.g. "20 MB" (or "256 KB" below a megabyte)."""
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{size // (1024 * 1024)} MB"


class PhotoRoutes:
    def __init__(self, api: LiveApi) -> None:
        self._api = api
        self._limiter = RateLimiter(api.limits.photo_burst, api.limits.photo_per_second)
        # Reading a photo takes both cores for seconds: one at a time, on its own thread.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-photos")
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._at_once = 0
        # Whether every phone may send photos, not only hosts and the facilitator's (they decide).
        self.from_any_phone = False

    def add_to(self, app: web.Application) -> None:
        app.router.add_post("/api/{code}/photos", self.add_photo, name=ROUTE_NAME)

    def allowed(self, device: _Device) -> bool:
        return device.host or device.facilitator or self.from_any_phone

    def close(self) -> None:
        """Stop the photo being read (nothing of it is stored) and any waiting."""
        self._cancel.set()
        self._executor.shutdown(wait=True, cancel_futures=True)

    async def add_photo(self, request: web.Request) -> web.Response:
        from workshop.live.api import Refusal, _json

        api = self._api
        api._check_code(request)
        device = api._device(request)
        api._check_origin(request)
        if request.content_type not in PHOTO_TYPES:
            raise Refusal(415, "Send the photo as JPEG, PNG or WebP (Content-Type: image/jpeg).")
        if not self.allowed(device):
            raise Refusal(
                403,
                "Only the facilitator's phone or a table's host may send photos; ask the "
                "facilitator.",
            )
        column = _column(request.query.get("column"))
        # Refused before the photo is read, so a closed stage costs the laptop nothing.
        session = await api._call(api.services.sessions.get, api.session_id)
        rules.check_can_add_note(session, Actor.DEVICE)
        key = str(device.participant_id)
        if not self._limiter.allow(key):
            wait = self._limiter.retry_after(key)
            raise Refusal(
                429,
                "You have sent several photos just now; wait a little, then send the next.",
                {"Retry-After": str(wait)},
            )
        with self._lock:
            if self._at_once >= MAX_PHOTOS_AT_ONCE:
                raise Refusal(
                    503,
                    "Other photos are being read; try again in a moment.",
                    {"Retry-After": "20"},
                )
            self._at_once += 1
        try:
            data = await self._read_body(request)
            photo = await self._process(data)
            if not photo.notes:
                raise ValidationError(
                    "No sticky notes were found in that photo; "
                    "take it again with the notes filling the picture.",
                    "photo",
                )
            added: PhotoAdded = await api._call(
                api.services.photos.add_photo,
                api.session_id,
                photo,
                column_id=column,
                actor=Actor.DEVICE,
                table_id=device.table_id,
                round_number=api._current_round() if device.table_id is not None else None,
            )
        finally:
            with self._lock:
                self._at_once -= 1
        return _json(
            201,
            {"photo": added.picture.id, "notes_found": len(added.notes), "waiting": added.waiting},
        )

    async def _read_body(self, request: web.Request) -> bytes:
        from workshop.live.api import Refusal

        limit = self._api.limits.max_photo_bytes
        too_large = Refusal(413, f"That photo is too large; the limit is {megabytes(limit)}.")
        if request.content_length is not None and request.content_length > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self._api.limits.photo_read_timeout_s):
                async for chunk in request.content.iter_chunked(CHUNK_BYTES):
                    size += len(chunk)
                    if size > limit:
                        raise too_large
                    chunks.append(chunk)
        except TimeoutError:
            raise Refusal(408, "The photo took too long to arrive; try again.") from None
        return b"".join(chunks)

    async def _process(self, data: bytes) -> ProcessedPhoto:
        from workshop.live.api import Refusal

        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, self._read_photo, data)
        except PhotoRefused as refused:
            raise ValidationError(refused.message, "photo") from None
        except Cancelled:
            raise Refusal(503, "Live participation is closing; the photo was not kept.") from None

    def _read_photo(self, data: bytes) -> ProcessedPhoto:
        # Loaded here, on first use, so the server starts without OpenCV and the text models.
        from workshop.photos.pipeline import process_photo

        # A phone cannot record that everyone in the picture agreed: faces are always blurred.
        return process_photo(data, everyone_agreed=False, cancel=self._cancel)


def _column(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit() or len(text) > 18:
        raise ValidationError("Choose the column by its id (a whole number).", "column")
    return int(text)


__all__ = ["MAX_PHOTOS_AT_ONCE", "PHOTO_TYPES", "ROUTE_NAME", "PhotoRoutes"]
