"""The participants' HTTP API and join page: every request checked, every write a service call."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

from workshop import audience, bundled, validation
from workshop import signals as record_signals
from workshop.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    StageError,
    ValidationError,
    WorkshopError,
)
from workshop.live import security
from workshop.live.feed import Feed, SharedPart, Snapshot, read_session, table_notes
from workshop.live.feedback_api import FeedbackRoutes, feedback_open, language_of
from workshop.live.photos_api import ROUTE_NAME as PHOTOS_ROUTE
from workshop.live.photos_api import PhotoRoutes, megabytes
from workshop.live.security import Limits, RateLimiter
from workshop.live.signals_api import SignalRoutes
from workshop.live.stream_api import StreamRoutes
from workshop.live.writer import GroupCommitWriter, Written
from workshop.rules import Actor
from workshop.services import Services
from workshop.services.base import is_id
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
# Whose words a table's host may write down: anyone in the room, the facilitator included.
SPEAKER_ROLES = (*DEVICE_ROLES, Role.FACILITATOR)
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
# The longest a phone's question may be held open waiting for a change (long polling).
MAX_WAIT_S = 25.0
# Bodies above this go compressed to phones that accept it (a full ballot, the page's script).
COMPRESS_ABOVE_BYTES = 1024
# More joins than this within the window is faster than people scan a code and type a name.
JOIN_FLOOD_COUNT = 30
JOIN_FLOOD_WINDOW_S = 10.0


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
    address: str = ""
    # Whether the phone has added a note or a dot (then it counts as taking part).
    contributed: bool = False
    table_id: int | None = None
    host: bool = False
    facilitator: bool = False


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
    contributed: bool = False
    client_ids: set[str] = field(default_factory=set)
    table_id: int | None = None  # the table it joined at (None: the plenary)
    host: bool = False  # a table's host (scribe): may say each note's speaker's role
    facilitator: bool = False  # joined through the facilitator's own link: may send photos
    # A host's notes have no author (the speaker is not the host), so the database cannot tell
    # a retried note by its client_id: the host's notes in flight or written, by client_id.
    scribed: dict[str, asyncio.Future[NoteView]] = field(default_factory=dict)
    removed: bool = False  # signed out by the facilitator: its token no longer works

    def view(self) -> DeviceView:
        return DeviceView(
            self.participant_id,
            self.role,
            self.name,
            self.named,
            self.joined_at,
            self.notes_sent,
            self.blocked,
            self.address,
            self.contributed,
            self.table_id,
            self.host,
            self.facilitator,
        )


@dataclass(frozen=True, slots=True)
class StateReply:
    """What one phone is answered: nothing new (`unchanged`), bytes shared with most of the
    room (`shared`), or a state of its own (`body`)."""

    etag: str
    version: int
    unchanged: bool = False
    shared: SharedPart | None = None
    body: dict[str, Any] | None = None

    def encoded(self) -> bytes:
        """The reply's JSON on one line (not for an unchanged reply)."""
        if self.shared is not None:
            return self.shared.json
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


def load_static_files() -> dict[str, tuple[bytes, str]]:
    """Every file of the join page, read once from the app's own resources into memory.

    Serving from this dict (never from a path built from the request) rules out traversal.
    """
    files: dict[str, tuple[bytes, str]] = {}
    folder = bundled.entry("web")
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
        facilitator_key: str | None = None,
        on_devices_changed: Callable[[], None] | None = None,
        current_round: Callable[[], int | None] = lambda: None,
    ) -> None:
        self.services = services
        self.session_id = session_id
        self.workshop_id = services.sessions.get(session_id).workshop_id
        self.code = code
        # The secret of the facilitator's own link (None: no phone joins as the facilitator's).
        self._facilitator_key = facilitator_key
        self.limits = limits
        self.allowed_hosts: frozenset[str] = frozenset()
        self._on_devices_changed = on_devices_changed
        # The World Café round now (the Room's, read from this thread: one attribute read).
        self._current_round = current_round
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
        self._counted: set[int] = set()  # people this server has marked present
        # Registered people the facilitator linked phones to. Only their being marked present
        # can change whom hosts may name: a phone's own placeholder counts as in the room from
        # its join (workshop.audience.named_to_hosts).
        self._linked: set[int] = set()
        self._joining: dict[str, int] = {}  # joins being written, by address
        self._recent_joins: deque[float] = deque(maxlen=JOIN_FLOOD_COUNT + 1)
        # How many connections are open now; the server sets it once it listens.
        self.connection_count: Callable[[], int] = lambda: 0
        self.max_connections = limits.max_connections
        # Service calls block (SQLite commits, the write lock), so they run off the event loop.
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="live-db")
        # Notes, the bulk of a room's traffic, share commits: one thread, one batch at a time.
        self._note_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-notes")
        self._notes: GroupCommitWriter[_Device, NoteRequest, NoteView] = GroupCommitWriter(
            self._write_notes, self._note_executor, after_batch=self._notes_written
        )
        self._static = load_static_files()
        self.feedback = FeedbackRoutes(self)
        self.signals = SignalRoutes(self)
        self.stream = StreamRoutes(self)
        self.photos = PhotoRoutes(self)
        self._feed = Feed(
            lambda: read_session(services, session_id),
            self._executor,
            tick_s=limits.keepalive_s,
        )
        # Any commit in this app may change what phones see; the feed re-reads soon after.
        record_signals.on_record_changed(services.events, self._feed.mark_changed)

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
            self._feed.wake_all_now()  # its event streams end now, not at their next event
            self._devices_changed()
        return changed

    def remove_device(self, participant_id: int) -> bool:
        """Sign a device out: its token stops working; it may join again with the code."""
        with self._lock:
            keys = [k for k, d in self._devices.items() if d.participant_id == participant_id]
            for key in keys:
                self._devices.pop(key).removed = True
        if keys:
            self._feed.wake_all_now()  # its event streams end now, not at their next event
            self._devices_changed()
        return bool(keys)

    def relink_device(self, participant_id: int, person_id: int) -> None:
        """What a phone sends from now on is this person's (the facilitator linked them)."""
        with self._lock:
            for device in self._devices.values():
                if device.participant_id == participant_id:
                    device.participant_id = person_id
            self._linked.add(person_id)
        self._devices_changed()

    @property
    def join_flood(self) -> bool:
        """Whether joins are arriving faster than people could scan a code and type a name."""
        with self._lock:
            recent = self._recent_joins
            return (
                len(recent) > JOIN_FLOOD_COUNT
                and time.monotonic() - recent[0] < JOIN_FLOOD_WINDOW_S
            )

    def close(self) -> None:
        """Forget the code, the facilitator's key and every token: nothing issued while open
        works any more."""
        record_signals.stop_record_changed(self.services.events, self._feed.mark_changed)
        with self._lock:
            self._closed = True
            self._facilitator_key = None
            for device in self._devices.values():
                device.removed = True
            self._devices.clear()
        self.photos.close()
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
        app.router.add_post("/api/{code}/notes/{note}/plenary", self.mark_for_plenary)
        self.feedback.add_to(app)
        self.signals.add_to(app)
        self.stream.add_to(app)
        self.photos.add_to(app)
        app.on_response_prepare.append(_add_security_headers)
        app.on_startup.append(self._start_feed)
        app.on_shutdown.append(self._stop_feed)
        return app

    async def _start_feed(self, _app: web.Application) -> None:
        self._feed.start()

    async def _stop_feed(self, _app: web.Application) -> None:
        await self._feed.stop()

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            if self.connection_count() > self.max_connections:
                # Turned away cheaply, and the connection closed, so the room's phones keep theirs.
                raise Refusal(
                    503,
                    "The server is busy; trying again in a moment.",
                    {"Retry-After": "5", "Connection": "close"},
                )
            if not security.host_allowed(request.headers.get("Host"), self.allowed_hosts):
                raise Refusal(421, "This server only answers on its own address.")
            length = request.content_length
            if request.match_info.route.name == PHOTOS_ROUTE:
                limit = self.limits.max_photo_bytes  # checked again while the photo arrives
                if length is not None and length > limit:
                    raise Refusal(413, f"That photo is too large; the limit is {megabytes(limit)}.")
            elif length is not None and length > self.limits.max_body_bytes:
                raise Refusal(413, "That request is too large; the limit is 16 KB.")
            return await handler(request)
        except Refusal as refusal:
            response = _json(refusal.status, {"error": refusal.message}, refusal.headers)
            if refusal.headers.get("Connection") == "close":
                response.force_close()
            return response
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
        # The page itself joins with the table it was opened for (join.js reads the address).
        asked = request.query.get("table")
        if asked is not None:
            await self._table_of(int(asked) if asked.isdigit() and len(asked) < 19 else asked)
        content, content_type = self._static[JOIN_PAGE]
        return _compressed(web.Response(body=content, headers={"Content-Type": content_type}))

    async def static_file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        found = self._static.get(name) if name != JOIN_PAGE else None
        if found is None:
            raise Refusal(404, "There is no such file.")
        content, content_type = found
        return _compressed(web.Response(body=content, headers={"Content-Type": content_type}))

    # ----- API ---------------------------------------------------------------------------

    async def join(self, request: web.Request) -> web.Response:
        self._check_code(request)
        address = request.remote or ""
        if address in self._blocked_addresses:
            raise Refusal(403, "The facilitator has blocked this device.")
        self._check_write(request)
        body = await self._read_json(request)
        if (await self._feed.fresh()).reading.is_final:
            raise Refusal(409, "The record of this session is final; joining is closed.")
        facilitator = self._facilitator_join(body, address)
        with self._lock:
            self._recent_joins.append(time.monotonic())  # attempts: a flood warns even if refused
        if not self._join_limiter.allow(address):
            wait = self._join_limiter.retry_after(address)
            raise Refusal(
                429,
                "Too many people joined from this device; wait a minute.",
                {"Retry-After": str(wait)},
            )
        role = body.get("role")
        roles = SPEAKER_ROLES if facilitator else DEVICE_ROLES
        if not isinstance(role, str) or role not in {r.value for r in roles}:
            allowed = ", ".join(r.value for r in roles)
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
        table_id = await self._table_of(body.get("table"))
        host = body.get("host", False)
        if not isinstance(host, bool):
            raise ValidationError("host must be true or false.", "host")
        access = body.get("access_needs") or ""
        if not isinstance(access, str) or len(access) > MAX_ACCESS_ANSWER:
            raise ValidationError(
                f"access_needs must be text of at most {MAX_ACCESS_ANSWER} characters.",
                "access_needs",
            )
        with self._lock:
            # Places are reserved before the slow write, so joins in flight count too.
            if len(self._devices) + sum(self._joining.values()) >= self.limits.max_devices:
                raise Refusal(503, "The room is full; ask the facilitator.")
            from_address = self._joining.get(address, 0) + sum(
                1 for d in self._devices.values() if d.address == address
            )
            # Each address gets its own small share, so a flood from a few addresses can never
            # fill the room: a phone from any other address still gets in.
            if from_address >= self.limits.max_devices_per_address:
                raise Refusal(
                    429,
                    "Too many phones have joined from this address; ask the facilitator.",
                    {"Retry-After": "60"},
                )
            self._joining[address] = self._joining.get(address, 0) + 1
            named = not validation.is_blank(name)
            if not named:
                self._placeholder_number += 1
                name = PLACEHOLDER_NAME.format(number=self._placeholder_number)
        try:
            person = await self._call(
                self.services.participants.add,
                self.workshop_id,
                name,
                role,
                consent_named=consent and named,
                joined_from_device=True,
            )
        finally:
            with self._lock:
                self._joining[address] -= 1
                if not self._joining[address]:
                    del self._joining[address]
        if access.strip():
            await self._call(self.services.access.record_join_answer, person.id, access)
        if table_id is not None:
            # The record says who was at each table (by voice); its host sat there too.
            await self._seat(table_id, person.id, self._current_round())
        token = security.new_device_token()
        device = _Device(
            participant_id=person.id,
            role=person.role,
            name=person.name,
            named=person.consent_named,
            address=address,
            joined_at=dt.datetime.now(),
            table_id=table_id,
            host=host,
            facilitator=facilitator,
        )
        with self._lock:
            if self._closed:
                raise Refusal(404, "Live participation has closed.")
            self._devices[security.token_key(token)] = device
        self._devices_changed()
        return _json(201, {"token": token})

    def _facilitator_join(self, body: dict[str, Any], address: str) -> bool:
        """Whether a join carries the facilitator's key; a wrong one is refused.

        A wrong key counts as a wrong code for its address, so keys cannot be guessed by rate
        (and the key itself is 256 random bits). It is never logged or repeated in a reply.
        """
        given = body.get("facilitator_key")
        if given is None:
            return False
        expected = self._facilitator_key
        if (
            not isinstance(given, str)
            or expected is None
            or len(given) > 200
            or not security.keys_match(given, expected)
        ):
            self._wrong_code_limiter.allow(address)
            raise Refusal(
                403,
                "That facilitator link is not valid; scan the one on the facilitator's "
                "computer again.",
            )
        return True

    async def state(self, request: web.Request) -> web.StreamResponse:
        """What this phone should show; a 304 or a delta when it says what it already has."""
        self._check_code(request)
        device = self._device(request)
        since = _whole_number(request.query.get("since"))
        wait = min(MAX_WAIT_S, max(0.0, _seconds(request.query.get("wait"))))
        given = request.headers.get("If-None-Match")
        pid = device.participant_id
        feed = self._feed
        snapshot = await feed.fresh()
        # The ETag a phone sends back may carry the feedback digest and the photos mark (below);
        # the feed's does not. Held on the feed's part alone, so a host's question (hosts may
        # always send photos) and every question in the feedback stage waits like any other
        # instead of coming back at once, unchanged, many times a second. A phone's own answer
        # changes only its own reply, which its page shows from the POST's 201.
        held = feed.base_etag(given)
        if held is not None and wait > 0 and feed.etag(snapshot, pid) == held:
            snapshot = await feed.wait_for_change(pid, held, wait)
        reply = await self.reply(device, snapshot, given, since, language_of(request))
        if reply.unchanged:
            return web.Response(status=304, headers={"ETag": reply.etag})
        if reply.shared is not None:
            return _shared_response(request, reply.shared, reply.etag)
        assert reply.body is not None
        return _compressed(_json(200, reply.body, {"ETag": reply.etag}))

    async def reply(
        self,
        device: _Device,
        snapshot: Snapshot,
        given: str | None,
        since: int | None,
        language: str,
    ) -> StateReply:
        """What `state` answers this phone, which holds `given` and `since`, from `snapshot`
        (also what the event stream sends it)."""
        pid = device.participant_id
        feed = self._feed
        etag = feed.etag(snapshot, pid)
        # The feedback questions (their own stage) are read per phone; they are part of the ETag.
        feedback = None
        if feedback_open(snapshot.reading.session):  # checked here: no thread hop outside it
            feedback = await self._call(
                self.feedback.state_part, self.services, snapshot.reading.session, pid, language
            )
        if feedback is not None:
            digest = hashlib.sha256(json.dumps(feedback, sort_keys=True).encode()).hexdigest()
            etag = f'{etag[:-1]}-{digest[:12]}"'
        photos = self.photos.allowed(device)
        if photos:  # the facilitator may allow every phone at any time: part of the ETag
            etag = etag[:-1] + _PHOTOS_MARK
        if given == etag:
            return StateReply(etag, snapshot.version, unchanged=True)
        personal_known = feed.personal_known(given, snapshot, pid)
        if personal_known and not (feedback or photos or device.host or device.table_id):
            # Most of a woken room: the same bytes for every such phone, built once.
            shared = feed.shared_reply(snapshot, pid, since)
            if shared is not None:
                return StateReply(etag, snapshot.version, shared=shared)
        body = feed.body(
            snapshot,
            pid,
            since=since,
            personal_known=personal_known,
            table=device.table_id,
        )
        if feedback is not None:
            body["feedback"] = feedback
        if photos:
            body["photos"] = True
        if device.host:
            body["host"] = True
            body["roles"] = [role.value for role in SPEAKER_ROLES]
            # Names only of people in the room who agreed to be named (workshop.audience).
            body["speakers"] = [
                {"id": pid, "name": name, "role": role}
                for pid, (name, role) in snapshot.reading.speakers.items()
            ]
        if device.host and device.table_id is not None:
            # What the host chooses from to take to the plenary (POST .../plenary).
            body["table_notes"] = table_notes(snapshot.reading, device.table_id)
        if device.table_id is not None:
            name = snapshot.reading.tables.get(device.table_id)
            # A table removed since this phone joined: it writes to nowhere until it rejoins.
            body["table"] = {"id": device.table_id, "name": name} if name is not None else None
        return StateReply(etag, snapshot.version, body=body)

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
        speaker = body.get("role")
        named = body.get("speaker")
        if (speaker is not None or named is not None) and not device.host:
            raise Refusal(403, "Only a table's host says who spoke; your notes are your own.")
        if named is not None:
            # Someone who agreed to be named, picked by the host: the note is theirs.
            speakers = (await self._feed.fresh()).reading.speakers
            if not is_id(named) or named not in speakers:
                raise ValidationError(
                    "Choose someone who agreed to be named, or say who spoke by their role.",
                    "speaker",
                )
            speaker = speakers[named][1]
        elif speaker is not None and (
            not isinstance(speaker, str) or speaker not in {r.value for r in SPEAKER_ROLES}
        ):
            allowed = ", ".join(r.value for r in SPEAKER_ROLES)
            raise ValidationError(f"Say who spoke by their role; one of: {allowed}.", "role")
        # Someone else's words, written down by the host: filed under the named speaker, else
        # under nobody's name with the speaker's role. A phone's own words are its person's.
        author = device.participant_id if speaker is None else named
        draft = NoteRequest(
            session_id=self.session_id,
            column_id=column,
            text=body.get("text"),
            author_id=author,
            role=speaker if author is None else None,
            actor=Actor.DEVICE,
            client_id=client_id or None,
            table_id=device.table_id,
            # Rounds are the tables' rotation: a plenary note belongs to no round.
            round=self._current_round() if device.table_id is not None else None,
            # The phone's language: what its person most likely writes in (checked as a tag).
            language=body.get("language"),
        )
        # Answered only once the batch holding this note has committed.
        if speaker is not None:
            note = await self._scribe(device, draft)
        else:
            note = await self._notes.submit(device, draft)
        if named is not None and device.table_id is not None:
            # Someone the host named was at the host's table.
            await self._seat(device.table_id, named, draft.round)
        return _json(201, {"id": note.id, "waiting_approval": note.pending})

    async def _seat(self, table_id: int, participant_id: int, round: int | None) -> None:
        """Note who sat at a table; a table removed meanwhile loses nothing else."""
        try:
            await self._call(self.services.tables.seat, table_id, participant_id, round)
        except WorkshopError:
            log.info("a seat at a table removed meanwhile was not recorded")

    async def _scribe(self, device: _Device, draft: NoteRequest) -> NoteView:
        """A host's note in someone else's words; a retried client_id returns the first note."""
        client_id = draft.client_id
        if not isinstance(client_id, str):
            return await self._notes.submit(device, draft)
        with self._lock:
            pending = device.scribed.get(client_id)
            if pending is None:
                pending = asyncio.ensure_future(self._notes.submit(device, draft))
                device.scribed[client_id] = pending
        try:
            return await asyncio.shield(pending)
        except Exception:
            with self._lock:
                if device.scribed.get(client_id) is pending:
                    del device.scribed[client_id]  # refused: the host may send it again
            raise

    async def vote(self, request: web.Request) -> web.Response:
        self._check_code(request)
        device = self._device(request)
        self._check_write(request)
        body = await self._read_json(request)
        note = body.get("note")
        if not _is_int(note):
            raise ValidationError("Say which note the dot is for (a note id).", "note")
        vote = await self._call(self._cast_vote, device.participant_id, note, device.table_id)
        self._feed.apply(votes=[vote])
        left = await self._call(
            self.services.votes.votes_left, self.session_id, device.participant_id
        )
        await self._took_part([device])
        return _json(201, {"id": vote.id, "votes_left": left})

    async def mark_for_plenary(self, request: web.Request) -> web.Response:
        """A table's host marks (or unmarks) one of the table's notes to take to the plenary."""
        self._check_code(request)
        device = self._device(request)
        self._check_write(request)
        body = await self._read_json(request)
        marked = body.get("marked")
        if not isinstance(marked, bool):
            raise ValidationError("marked must be true or false.", "marked")
        raw = request.match_info["note"]
        note_id = int(raw) if raw.isdigit() and len(raw) < 19 else None
        if not device.host or device.table_id is None:
            raise Refusal(403, "Only a table's host marks notes for the plenary.")
        if note_id is None:
            raise ValidationError("That note is not on the board.", "note")
        changed = await self._call(self._mark, device.table_id, note_id, marked)
        self._feed.apply(notes=changed)
        return _json(200, {"id": note_id, "marked": marked})

    def _mark(self, table_id: int, note_id: int, marked: bool) -> list[NoteView]:
        # The host marks what its page shows: its own table's notes that phones may see.
        try:
            note = self.services.board.get_note(note_id)
        except NotFoundError:
            raise ValidationError("That note is not on the board.", "note") from None
        if note.session_id != self.session_id or not audience.phone_ballot(note):
            raise ValidationError("That note is not on the board.", "note")
        if note.table_id != table_id:
            raise Refusal(403, "Only the host at that note's table marks it for the plenary.")
        with self._feed.own_writes():  # folded into what phones see by mark_for_plenary()
            return self.services.tables.mark([note_id], marked)

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

    async def _table_of(self, value: object) -> int | None:
        """The table a join names (None: the plenary), checked against the published tables."""
        if value is None:
            return None
        tables = (await self._feed.fresh()).reading.tables
        if not is_id(value) or value not in tables:
            raise ValidationError(
                "There is no such table at this session; scan your table's code again.", "table"
            )
        return value

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

    def _check_origin(self, request: web.Request) -> None:
        if not security.origin_allowed(request.headers.get("Origin"), self.allowed_hosts):
            raise Refusal(403, "Requests from other web pages are not accepted.")

    def _check_write(self, request: web.Request) -> None:
        self._check_origin(request)
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

    def _cast_vote(self, participant_id: int, note_id: int, table_id: int | None) -> Any:
        # Phones vote only on what their ballot shows: private notes stay off it, and so do
        # other tables' notes (a table votes on its own, the plenary on the plenary's).
        note = self.services.board.get_note(note_id)
        if note.session_id == self.session_id and not audience.phone_ballot(note):
            raise ValidationError("That note is not on the board.", "note")
        if note.session_id == self.session_id and not audience.on_ballot_at(
            note.table_id, note.on_plenary, table_id
        ):
            raise ValidationError("That note is on another table's board.", "note")
        with self._feed.own_writes():  # folded into what phones see by vote()
            return self.services.votes.cast(self.session_id, participant_id, note_id)

    def _write_notes(self, requests: Sequence[NoteRequest]) -> list[NoteView | WorkshopError]:
        """Add a batch of notes; a phone's first note also marks its person present, before
        any 201 is sent (on the notes thread, so it costs one commit per batch at most)."""
        with self._feed.own_writes():  # folded into what phones see by _notes_written
            results = self.services.board.add_notes_batch(requests)
        authors = {r.author_id for r in results if not isinstance(r, WorkshopError)}
        with self._lock:
            first = {a for a in authors if a is not None and a not in self._counted}
            self._counted |= first
        if first:
            try:
                self._mark_present(first)
            except WorkshopError:
                with self._lock:
                    self._counted -= first  # tried again with their next note
                log.warning("Could not mark %d phone(s) present", len(first))
        return results

    def _mark_present(self, people: set[int]) -> None:
        """Mark people present (on a service thread) without re-reading the whole record for
        phones, unless it changes whom hosts may name (a phone linked to a registered person):
        in a burst of first notes, a re-read per batch would compete with answering the room."""
        with self._feed.own_writes():
            self.services.participants.mark_present(self.session_id, people)
        with self._lock:
            named_now = bool(people & self._linked)
        if named_now:
            self._feed.reread_soon()  # who is present decides whom hosts may name

    def _notes_written(self, written: list[Written[_Device, NoteRequest, NoteView]]) -> None:
        """Count each device's new notes, then tell the facilitator once for the whole batch."""
        self._feed.apply(
            notes=[w.result for w in written if not isinstance(w.result, WorkshopError)]
        )
        counted = False
        with self._lock:
            for item in written:
                if isinstance(item.result, WorkshopError):
                    continue
                device, client_id = item.context, item.request.client_id
                device.contributed = True
                if client_id is None or client_id not in device.client_ids:
                    device.notes_sent += 1
                    counted = True
                if isinstance(client_id, str):
                    device.client_ids.add(client_id)
        if counted:
            self._devices_changed()

    async def _took_part(self, devices: list[_Device]) -> None:
        """A phone's first note or dot makes it someone who took part (marked present once)."""
        with self._lock:
            first = [d for d in devices if d.participant_id not in self._counted]
            for device in devices:
                device.contributed = True
            self._counted |= {d.participant_id for d in first}
        if first:
            await self._call(self._mark_present, {d.participant_id for d in first})
            self._devices_changed()

    def _devices_changed(self) -> None:
        if self._on_devices_changed is not None:
            self._on_devices_changed()


def _is_int(value: object) -> bool:
    """A JSON integer that can be a row id (the database's ids are signed 64-bit)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _whole_number(text: str | None) -> int | None:
    """A query parameter as a non-negative whole number, or None when absent or malformed."""
    if text is None or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


_PHOTOS_MARK = '-photos"'  # ends the ETag of a phone that may send photos of paper


def _seconds(text: str | None) -> float:
    if text is None:
        return 0.0
    try:
        value = float(text)
    except ValueError:
        return 0.0
    return value if value == value else 0.0  # NaN waits not at all


def _compressed(response: web.Response) -> web.Response:
    """Compress large bodies for phones that accept it (aiohttp reads Accept-Encoding)."""
    body = response.body
    if isinstance(body, bytes | bytearray) and len(body) > COMPRESS_ABOVE_BYTES:
        response.enable_compression()
    return response


def _shared_response(request: web.Request, shared: SharedPart, etag: str) -> web.Response:
    """A reply built once for many phones, sent gzipped as built when large and accepted."""
    headers = {"ETag": etag}
    body = shared.json
    if len(body) > COMPRESS_ABOVE_BYTES and "gzip" in request.headers.get("Accept-Encoding", ""):
        body = shared.gzipped
        headers["Content-Encoding"] = "gzip"
        headers["Vary"] = "Accept-Encoding"
    return web.Response(
        body=body, content_type="application/json", charset="utf-8", headers=headers
    )


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
