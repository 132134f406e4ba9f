"""The participants' HTTP API and join page: every request checked, every write a service call."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeVar

from aiohttp import web

from workshop import audience, rules, validation
from workshop.audience import Audience
from workshop.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    StageError,
    ValidationError,
    WorkshopError,
)
from workshop.live import security
from workshop.live.feedback_api import FeedbackRoutes, language_of
from workshop.live.security import Limits, RateLimiter
from workshop.live.signals_api import SignalRoutes
from workshop.live.writer import GroupCommitWriter, Written
from workshop.rules import Actor
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.views import NoteView
from workshop.vocabulary import Role

log = logging.getLogger(__name__)

T = TypeVar("T")

# Roles a phone may claim; the facilitator is set up on the laptop, not from the room's Wi-Fi.
DEVICE_ROLES = (
    Role.LIVED_EXPERIENCE,
    Role.CARER,
    Role.COMMUNITY,
    Role.PROFESSIONAL,
    Role.OBSERVER,
)
PLACEHOLDER_NAME = "Phone participant {number}"

_STATIC_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
_STATIC_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.[a-z]{2,4}$")
JOIN_PAGE = "join.html"
MAX_ACCESS_ANSWER = 2000


@dataclass(frozen=True)
class DeviceView:
    """A joined phone as the facilitator sees it (names never leave the app through this)."""

    participant_id: int
    role: str
    name: str
    named: bool
    joined_at: dt.datetime
    notes_sent: int
    blocked: bool


@dataclass
class _Device:
    participant_id: int
    role: str
    name: str
    named: bool
    address: str
    joined_at: dt.datetime
    notes_sent: int = 0
    blocked: bool = False
    client_ids: set[str] = field(default_factory=set)

    def view(self) -> DeviceView:
        return DeviceView(
            self.participant_id,
            self.role,
            self.name,
            self.named,
            self.joined_at,
            self.notes_sent,
            self.blocked,
        )


def load_static_files() -> dict[str, tuple[bytes, str]]:
    """Every file of the join page, read once from the app's own resources into memory.

    Serving from this dict (never from a path built from the request) rules out traversal.
    """
    files: dict[str, tuple[bytes, str]] = {}
    folder = resources.files("resources") / "web"
    for entry in folder.iterdir():
        name = entry.name
        suffix = name[name.rfind(".") :] if "." in name else ""
        if entry.is_file() and _STATIC_NAME.match(name) and suffix in _STATIC_TYPES:
            files[name] = (entry.read_bytes(), _STATIC_TYPES[suffix])
    return files


class Refusal(Exception):
    """A request turned away with a status and one plain sentence."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _status_for(error: WorkshopError) -> int:
    if isinstance(error, ValidationError | NotFoundError):
        return 400
    if isinstance(error, StageError | LockedError | ConflictError):
        return 409
    return 503  # the database refused (busy, full): the phone may try again


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        status=status,
        text=json.dumps(body, ensure_ascii=False),
        content_type="application/json",
        charset="utf-8",
        headers=headers,
    )


class LiveApi:
    """The state of one open live session: its code, joined devices, limits and routes."""

    def __init__(
        self,
        services: Services,
        session_id: int,
        *,
        code: str,
        limits: Limits,
        on_devices_changed: Callable[[], None] | None = None,
    ) -> None:
        self.services = services
        self.session_id = session_id
        self.workshop_id = services.sessions.get(session_id).workshop_id
        self.code = code
        self.limits = limits
        self.allowed_hosts: frozenset[str] = frozenset()
        self._on_devices_changed = on_devices_changed
        self._devices: dict[str, _Device] = {}  # by token digest
        self._blocked_addresses: set[str] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._placeholder_number = sum(
            1 for p in services.participants.list(self.workshop_id) if p.joined_from_device
        )
        self._device_limiter = RateLimiter(limits.device_burst, limits.device_per_second)
        self._wrong_code_limiter = RateLimiter(
            limits.wrong_code_burst, limits.wrong_code_per_second
        )
        self._join_limiter = RateLimiter(limits.join_burst, limits.join_per_second)
        # Service calls block (SQLite commits, the write lock), so they run off the event loop.
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="live-db")
        # Notes, the bulk of a room's traffic, share commits: one thread, one batch at a time.
        self._note_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-notes")
        self._notes: GroupCommitWriter[_Device, NoteRequest, NoteView] = GroupCommitWriter(
            services.board.add_notes_batch, self._note_executor, after_batch=self._notes_written
        )
        self._static = load_static_files()
        self.feedback = FeedbackRoutes(self)
        self.signals = SignalRoutes(self)

    # ----- facilitator's side (any thread) ---------------------------------------------------

    def devices(self) -> list[DeviceView]:
        with self._lock:
            return sorted((d.view() for d in self._devices.values()), key=lambda d: d.joined_at)

    @property
    def note_commits(self) -> int:
        """How many commits have carried phones' notes so far."""
        return self._notes.batches

    def block_device(self, participant_id: int) -> bool:
        """Stop a device: its token stops working and its address cannot join again."""
        changed = False
        with self._lock:
            for device in self._devices.values():
                if device.participant_id == participant_id and not device.blocked:
                    device.blocked = True
                    self._blocked_addresses.add(device.address)
                    changed = True
        if changed:
            self._devices_changed()
        return changed

    def close(self) -> None:
        """Forget the code and every token: nothing issued while open works any more."""
        with self._lock:
            self._closed = True
            self._devices.clear()
        # A batch already committing finishes, so what the phones were told stays true.
        self._note_executor.shutdown(wait=True, cancel_futures=True)
        self._executor.shutdown(wait=True, cancel_futures=True)

    # ----- the application -------------------------------------------------------------------

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=self.limits.max_body_bytes, middlewares=[self._guard])
        app.router.add_get("/j/{code}", self.join_page)
        app.router.add_get("/static/{name}", self.static_file)
        app.router.add_post("/api/{code}/join", self.join)
        app.router.add_get("/api/{code}/state", self.state)
        app.router.add_post("/api/{code}/notes", self.add_note)
        app.router.add_post("/api/{code}/votes", self.vote)
        self.feedback.add_to(app)
        self.signals.add_to(app)
        app.on_response_prepare.append(_add_security_headers)
        return app

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            if not security.host_allowed(request.headers.get("Host"), self.allowed_hosts):
                raise Refusal(421, "This server only answers on its own address.")
            length = request.content_length
            if length is not None and length > self.limits.max_body_bytes:
                raise Refusal(413, "That request is too large; the limit is 16 KB.")
            return await handler(request)
        except Refusal as refusal:
            return _json(refusal.status, {"error": refusal.message}, refusal.headers)
        except web.HTTPException as error:
            if error.status == 413:
                return _json(413, {"error": "That request is too large; the limit is 16 KB."})
            # Unknown paths and methods: no CORS permission, plain JSON, same headers as the rest.
            return _json(error.status, {"error": error.reason}, _allow_header(error))
        except WorkshopError as error:
            body: dict[str, Any] = {"error": error.message}
            if isinstance(error, ValidationError) and error.field:
                body["field"] = error.field
            return _json(_status_for(error), body)

    # ----- pages -------------------------------------------------------------------------

    async def join_page(self, request: web.Request) -> web.Response:
        self._check_code(request)
        content, content_type = self._static[JOIN_PAGE]
        return web.Response(body=content, headers={"Content-Type": content_type})

    async def static_file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        found = self._static.get(name) if name != JOIN_PAGE else None
        if found is None:
            raise Refusal(404, "There is no such file.")
        content, content_type = found
        return web.Response(body=content, headers={"Content-Type": content_type})

    # ----- API ---------------------------------------------------------------------------

    async def join(self, request: web.Request) -> web.Response:
        self._check_code(request)
        address = request.remote or ""
        if address in self._blocked_addresses:
            raise Refusal(403, "The facilitator has blocked this device.")
        self._check_write(request)
        body = await self._read_json(request)
        if not self._join_limiter.allow(address):
            raise Refusal(429, "Too many people joined from this device; wait a minute.", {})
        role = body.get("role")
        if not isinstance(role, str) or role not in {r.value for r in DEVICE_ROLES}:
            allowed = ", ".join(r.value for r in DEVICE_ROLES)
            raise ValidationError(f"Choose how you are taking part; one of: {allowed}.", "role")
        name = body.get("name", "")
        if name is None:
            name = ""
        if not isinstance(name, str):
            raise ValidationError("The name must be text.", "name")
        consent = body.get("consent_named", False)
        if not isinstance(consent, bool):
            raise ValidationError("consent_named must be true or false.", "consent_named")
        # The private, optional access question: to the organisers' register, never the board.
        access = body.get("access_needs") or ""
        if not isinstance(access, str) or len(access) > MAX_ACCESS_ANSWER:
            raise ValidationError(
                f"access_needs must be text of at most {MAX_ACCESS_ANSWER} characters.",
                "access_needs",
            )
        with self._lock:
            if len(self._devices) >= self.limits.max_devices:
                raise Refusal(503, "The room is full; ask the facilitator.")
            named = not validation.is_blank(name)
            if not named:
                self._placeholder_number += 1
                name = PLACEHOLDER_NAME.format(number=self._placeholder_number)
        person = await self._call(
            self.services.participants.add,
            self.workshop_id,
            name,
            role,
            consent_named=consent and named,
            joined_from_device=True,
            attending_session_id=self.session_id,
        )
        if access.strip():
            await self._call(self.services.access.record_join_answer, person.id, access)
        token = security.new_device_token()
        device = _Device(
            participant_id=person.id,
            role=person.role,
            name=person.name,
            named=person.consent_named,
            address=address,
            joined_at=dt.datetime.now(),
        )
        with self._lock:
            if self._closed:
                raise Refusal(404, "Live participation has closed.")
            self._devices[security.token_key(token)] = device
        self._devices_changed()
        return _json(201, {"token": token})

    async def state(self, request: web.Request) -> web.Response:
        self._check_code(request)
        device = self._device(request)
        body = await self._call(self._read_state, device.participant_id, language_of(request))
        return _json(200, body)

    async def add_note(self, request: web.Request) -> web.Response:
        self._check_code(request)
        device = self._device(request)
        self._check_write(request)
        body = await self._read_json(request)
        column = body.get("column")
        if not isinstance(column, int) or not _is_int(column):
            raise ValidationError("Choose which question the note answers (a column id).", "column")
        client_id = body.get("client_id")
        if client_id is not None and not isinstance(client_id, str):
            raise ValidationError("client_id must be text.", "client_id")
        draft = NoteRequest(
            session_id=self.session_id,
            column_id=column,
            text=body.get("text"),
            author_id=device.participant_id,
            actor=Actor.DEVICE,
            client_id=client_id or None,
        )
        # Answered only once the batch holding this note has committed.
        note = await self._notes.submit(device, draft)
        return _json(201, {"id": note.id, "waiting_approval": note.pending})

    async def vote(self, request: web.Request) -> web.Response:
        self._check_code(request)
        device = self._device(request)
        self._check_write(request)
        body = await self._read_json(request)
        note = body.get("note")
        if not _is_int(note):
            raise ValidationError("Say which note the dot is for (a note id).", "note")
        vote = await self._call(self._cast_vote, device.participant_id, note)
        left = await self._call(
            self.services.votes.votes_left, self.session_id, device.participant_id
        )
        return _json(201, {"id": vote.id, "votes_left": left})

    # ----- checks ------------------------------------------------------------------------

    def _check_code(self, request: web.Request) -> None:
        address = request.remote or ""
        # A throttled address learns nothing, not even whether a code is right.
        if self._wrong_code_limiter.exhausted(address):
            wait = self._wrong_code_limiter.retry_after(address)
            raise Refusal(
                429, "Too many wrong codes; wait and try again.", {"Retry-After": str(wait)}
            )
        if self._closed or not security.codes_match(request.match_info["code"], self.code):
            self._wrong_code_limiter.allow(address)
            raise Refusal(404, "That join code is not open; check the code on the screen.")

    def _device(self, request: web.Request) -> _Device:
        token = security.bearer_token(request.headers.get("Authorization"))
        device = None
        if token is not None:
            with self._lock:
                device = self._devices.get(security.token_key(token))
        if device is None:
            raise Refusal(
                401,
                "Join the session first; this device is not signed in.",
                {"WWW-Authenticate": "Bearer"},
            )
        if device.blocked:
            raise Refusal(403, "The facilitator has blocked this device.")
        key = str(device.participant_id)
        if not self._device_limiter.allow(key):
            wait = self._device_limiter.retry_after(key)
            raise Refusal(429, "Slow down a little, then try again.", {"Retry-After": str(wait)})
        return device

    def _check_write(self, request: web.Request) -> None:
        if not security.origin_allowed(request.headers.get("Origin"), self.allowed_hosts):
            raise Refusal(403, "Requests from other web pages are not accepted.")
        if request.content_type != "application/json":
            raise Refusal(415, "Send the request as JSON (Content-Type: application/json).")

    async def _read_json(self, request: web.Request) -> dict[str, Any]:
        try:
            async with asyncio.timeout(self.limits.read_timeout_s):
                raw = await request.read()
        except TimeoutError:
            raise Refusal(408, "The request took too long to arrive.") from None
        try:
            body = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise Refusal(400, "The request is nested too deeply to read.") from None
        except ValueError:  # bad UTF-8, bad JSON, or a number too long to convert
            raise Refusal(400, "The request is not valid JSON.") from None
        if not isinstance(body, dict):
            raise Refusal(400, "The request must be a JSON object.")
        return body

    async def _call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: function(*args, **kwargs))

    def _cast_vote(self, participant_id: int, note_id: int) -> Any:
        # Phones vote only on what their ballot shows: private notes stay off it.
        note = self.services.board.get_note(note_id)
        if note.session_id == self.session_id and not audience.phone_ballot(note):
            raise ValidationError("That note is not on the board.", "note")
        return self.services.votes.cast(self.session_id, participant_id, note_id)

    def _notes_written(self, written: list[Written[_Device, NoteRequest, NoteView]]) -> None:
        """Count each device's new notes, then tell the facilitator once for the whole batch."""
        counted = False
        with self._lock:
            for item in written:
                if isinstance(item.result, WorkshopError):
                    continue
                device, client_id = item.context, item.request.client_id
                if client_id is None or client_id not in device.client_ids:
                    device.notes_sent += 1
                    counted = True
                if isinstance(client_id, str):
                    device.client_ids.add(client_id)
        if counted:
            self._devices_changed()

    def _devices_changed(self) -> None:
        if self._on_devices_changed is not None:
            self._on_devices_changed()

    # ----- what a phone sees (runs in a worker thread) ---------------------------------------

    def _read_state(self, participant_id: int, language: str = "en") -> dict[str, Any]:
        services = self.services
        session = services.sessions.get(self.session_id)
        columns = tuple(services.board.columns(self.session_id))
        open_columns = rules.open_columns(session, columns)
        voting = rules.voting_open(session)
        titles = {c.id: c.title for c in columns}
        mine = services.board.notes_by_author(self.session_id, participant_id)
        stage = session.stage
        body: dict[str, Any] = {
            "session": session.title,
            "stage": {"name": stage.name, "kind": stage.kind} if stage else None,
            "can_add_notes": bool(open_columns),
            "columns": [{"id": c.id, "title": c.title} for c in open_columns],
            "voting_open": voting,
            "votes_per_participant": session.votes_per_participant,
            "votes_left": services.votes.votes_left(self.session_id, participant_id),
            "notes": [
                {
                    "id": n.id,
                    "column": n.column_id,
                    "column_title": titles.get(n.column_id, ""),
                    "text": n.text,
                    "waiting_approval": n.pending,
                }
                for n in mine
            ],
            "ballot": [],
        }
        if voting:
            my_dots: dict[int, int] = {}
            for vote in services.votes.list(self.session_id):
                if vote.participant_id == participant_id:
                    my_dots[vote.note_id] = my_dots.get(vote.note_id, 0) + 1
            # What the projector shows anyway, without authors; private notes stay in the room.
            body["ballot"] = [
                {
                    "id": n.id,
                    "column": n.column_id,
                    "text": audience.shown_text(Audience.PHONE_BALLOT, n),
                    "mine": n.author_id == participant_id,
                    "my_dots": my_dots.get(n.id, 0),
                }
                for n in services.board.notes(self.session_id)
                if audience.phone_ballot(n)
            ]
        feedback = self.feedback.state_part(services, session, participant_id, language)
        if feedback is not None:
            body["feedback"] = feedback
        return body


def _is_int(value: object) -> bool:
    """A JSON integer that can be a row id (the database's ids are signed 64-bit)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _allow_header(error: web.HTTPException) -> dict[str, str]:
    allow = error.headers.get("Allow")
    return {"Allow": allow} if allow else {}


async def _add_security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    for name, value in security.SECURITY_HEADERS.items():
        response.headers[name] = value
    # Never grant another origin access, whatever a handler did.
    for name in list(response.headers):
        if name.lower().startswith("access-control-"):
            del response.headers[name]


__all__ = ["DEVICE_ROLES", "DeviceView", "LiveApi", "Refusal", "load_static_files"]
