"""What phones see, held in memory: one versioned snapshot of the session that every phone shares.

Phones follow the session by asking for what changed since the version they hold; the server
answers from this snapshot (no database read per phone), holds the question open until something
changes (long polling), and sends only the ballot entries that changed. The snapshot is re-read
from the database when the record changes (at most every `min_interval_s`), and every
`safety_interval_s` while phones wait, which catches changes made by another laptop; the
server's own writes (phones' notes and dots) are folded in as they commit instead. What every
phone asking with the same `since` gets is built once per version and shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gzip
import itertools
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

from workshop import audience, rules
from workshop.audience import Audience
from workshop.collector import room_activity
from workshop.services import Services
from workshop.views import NoteView, VoteView

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BallotEntry:
    """A note as every phone may see it on the ballot: no author, the redacted text."""

    id: int
    column: int
    text: str
    # Where it is on the board, so each phone gets its own table's and the plenary's notes.
    table: int | None = None
    plenary: bool = True
    marked: bool = False  # its table chose it for the plenary (the table's host sees this)

    def seen_at(self, device_table: int | None) -> bool:
        return audience.on_ballot_at(self.table, self.plenary, device_table)


@dataclass(frozen=True, slots=True)
class OwnNote:
    id: int
    column: int
    column_title: str
    text: str
    waiting_approval: bool


@dataclass(frozen=True, slots=True)
class Reading:
    """One read of the database: everything phones may be shown, before versioning."""

    title: str
    stage: dict[str, str] | None
    columns: tuple[dict[str, Any], ...]
    voting_open: bool
    votes_per_participant: int
    is_final: bool
    ballot: dict[int, BallotEntry]
    own_notes: dict[int, tuple[OwnNote, ...]]
    dots: dict[int, dict[int, int]]
    titles: dict[int, str] = field(default_factory=dict)  # every column's title by id
    tables: dict[int, str] = field(default_factory=dict)  # the room's tables: name by id
    # Whom a table's host may name as a note's speaker (workshop.audience): id -> (name, role).
    speakers: dict[int, tuple[str, str]] = field(default_factory=dict)
    session: Any = None  # the SessionView read (for parts decided per phone, e.g. feedback)
    vote_ids: frozenset[int] = frozenset()  # the dots counted in `dots`, so none counts twice

    def shared(self) -> tuple[object, ...]:
        """Everything but the ballot and the personal parts, for spotting a change."""
        return (
            self.title,
            self.stage,
            self.columns,
            self.voting_open,
            self.votes_per_participant,
            self.is_final,
            tuple(self.tables.items()),
            tuple(self.speakers.items()),
        )


@dataclass
class Snapshot:
    """A published reading with the versions at which each part last changed."""

    reading: Reading
    version: int  # the shared version: stage, columns, ballot, what every phone sees
    changed_at: dict[int, int] = field(default_factory=dict)  # ballot entry -> version
    removed_at: dict[int, int] = field(default_factory=dict)  # entry gone -> version
    personal_at: dict[int, int] = field(default_factory=dict)  # participant -> version
    delta_base: int = 0  # a delta from a version older than this is not possible
    seq: int = 1  # counts publications; personal parts are versioned by it


@dataclass(frozen=True, slots=True)
class SharedPart:
    """What every phone asking with the same `since` gets of one version: built once.

    `json` and `gzipped` are the whole reply for a phone with no stake in it (its personal part
    unchanged, none of the entries its own or dotted), so a burst answered to hundreds of
    followers costs one serialisation, not one per phone.
    """

    fields: dict[str, Any]
    entries: tuple[BallotEntry, ...]
    entry_ids: frozenset[int]
    json: bytes
    gzipped: bytes


# Followers woken per turn of the event loop: between turns the loop reads new requests, so
# notes' 201s are not queued behind the answers to a very large room. On the event stream, 100
# against 500 took 500 phones' p99 from a 201 to every phone seeing it from 0.51 s to 0.33 s
# and 2,000 phones' p99 POST to 201 from 0.27 s to 0.20-0.24 s, for 0.15 s more until the last
# of 2,000 sees a note (bench_live_follow).
WAKE_CHUNK = 100
# Per follower held, the time added between wakes (250 phones: 0.25 s; 500 or more: 0.5 s).
WAKE_COST_PER_FOLLOWER_S = 0.001
MAX_WAKE_INTERVAL_S = 0.5
# Per follower held, the wait before waking the room at the first change (20 phones: 4 ms;
# 500 or more: 0.1 s).
GATHER_PER_FOLLOWER_S = 0.0002
MAX_GATHER_S = 0.1


def read_session(services: Services, session_id: int) -> Reading:
    """Everything phones may be shown, read once for all of them (runs off the event loop)."""
    session = services.sessions.get(session_id)
    columns = tuple(services.board.columns(session_id))
    titles = {c.id: c.title for c in columns}
    open_columns = rules.open_columns(session, columns)
    ballot: dict[int, BallotEntry] = {}
    own: dict[int, list[OwnNote]] = {}
    for note in services.board.notes(session_id):
        if note.author_id is not None:
            own.setdefault(note.author_id, []).append(
                OwnNote(
                    note.id, note.column_id, titles.get(note.column_id, ""), note.text, note.pending
                )
            )
        if on_ballot(note):
            ballot[note.id] = ballot_entry(note)
    dots: dict[int, dict[int, int]] = {}
    votes = services.votes.list(session_id)
    for vote in votes:
        mine = dots.setdefault(vote.participant_id, {})
        mine[vote.note_id] = mine.get(vote.note_id, 0) + 1
    tables = {table.id: table.name for table in services.tables.tables(session_id)}
    present = services.participants.attendees(session_id)
    speakers = {
        person.id: (person.name, person.role)
        for person in services.participants.list(session.workshop_id)
        if audience.named_to_hosts(person, present)
    }
    stage = session.stage
    return Reading(
        title=session.title,
        stage={"name": stage.name, "kind": str(stage.kind)} if stage else None,
        columns=tuple({"id": c.id, "title": c.title} for c in open_columns),
        voting_open=rules.voting_open(session),
        votes_per_participant=session.votes_per_participant,
        is_final=session.is_final,
        ballot=ballot,
        own_notes={author: tuple(notes) for author, notes in own.items()},
        dots=dots,
        titles=titles,
        tables=tables,
        speakers=speakers,
        session=session,
        vote_ids=frozenset(vote.id for vote in votes),
    )


def on_ballot(note: NoteView) -> bool:
    """Whether phones may see a note on the ballot (the one rule in workshop.audience)."""
    return audience.phone_ballot(note)


def ballot_entry(note: NoteView) -> BallotEntry:
    return BallotEntry(
        note.id, note.column_id, ballot_text(note), note.table_id, note.on_plenary, note.marked
    )


def table_notes(reading: Reading, table: int) -> list[dict[str, Any]]:
    """A table's notes as its host sees them, to choose what goes to the plenary: the notes
    phones may see (workshop.audience), whether voting is open or not."""
    return [
        {
            "id": entry.id,
            "column": entry.column,
            "text": entry.text,
            "marked": entry.marked,
            "harvested": entry.plenary,
        }
        for entry in reading.ballot.values()
        if entry.table == table
    ]


def ballot_text(note: NoteView) -> str:
    return audience.shown_text(Audience.PHONE_BALLOT, note)


def with_writes(reading: Reading, notes: Iterable[NoteView], votes: Iterable[VoteView]) -> Reading:
    """The reading with the phones' own just-committed notes and dots folded in.

    A phone that got 201 sees its write in its next state, and the others see it at once,
    without waiting for the next read of the database (which then finds nothing new).
    Folding a write the reading already holds changes nothing, so a read that raced with a
    write may have it folded in again.
    """
    ballot = dict(reading.ballot)
    own = dict(reading.own_notes)
    dots = {person: dict(mine) for person, mine in reading.dots.items()}
    for note in notes:
        if note.author_id is not None:
            mine = [n for n in own.get(note.author_id, ()) if n.id != note.id]
            title = reading.titles.get(note.column_id, "")
            mine.append(OwnNote(note.id, note.column_id, title, note.text, note.pending))
            own[note.author_id] = tuple(sorted(mine, key=lambda n: n.id))
        if on_ballot(note):
            ballot[note.id] = ballot_entry(note)
        else:
            ballot.pop(note.id, None)
    vote_ids = set(reading.vote_ids)
    for vote in votes:
        if vote.id in vote_ids:
            continue
        vote_ids.add(vote.id)
        mine_dots = dots.setdefault(vote.participant_id, {})
        mine_dots[vote.note_id] = mine_dots.get(vote.note_id, 0) + 1
    return dataclasses.replace(
        reading,
        ballot=dict(sorted(ballot.items())),
        own_notes=own,
        dots=dots,
        vote_ids=frozenset(vote_ids),
    )


def next_snapshot(previous: Snapshot | None, reading: Reading) -> Snapshot:
    """Version the new reading against the last one: only what changed gets a new version."""
    if previous is None:
        personal = dict.fromkeys(set(reading.own_notes) | set(reading.dots), 1)
        return Snapshot(reading, 1, dict.fromkeys(reading.ballot, 1), {}, personal, 1, 1)
    old = previous.reading
    version = previous.version + 1
    seq = previous.seq + 1
    changed_at = dict(previous.changed_at)
    removed_at = dict(previous.removed_at)
    changed = False
    for note_id, entry in reading.ballot.items():
        if old.ballot.get(note_id) != entry:
            changed_at[note_id] = version
            removed_at.pop(note_id, None)
            changed = True
    for note_id in old.ballot.keys() - reading.ballot.keys():
        changed_at.pop(note_id, None)
        removed_at[note_id] = version
        changed = True
    delta_base = previous.delta_base
    if reading.voting_open and not old.voting_open:
        delta_base = version  # a phone that had no ballot gets the whole of it
    if reading.shared() != old.shared():
        changed = True
    personal_at = dict(previous.personal_at)
    for person in set(reading.own_notes) | set(reading.dots) | set(old.own_notes) | set(old.dots):
        if reading.own_notes.get(person) != old.own_notes.get(person) or reading.dots.get(
            person
        ) != old.dots.get(person):
            personal_at[person] = seq
    if not changed and personal_at == previous.personal_at:
        return previous
    return Snapshot(
        reading,
        version if changed else previous.version,
        changed_at,
        removed_at,
        personal_at,
        delta_base,
        seq,
    )


class Feed:
    """The published snapshot of one session, refreshed on its event loop, awaited by phones.

    `mark_changed` may be called from any thread; everything else runs on the loop's thread.
    """

    def __init__(
        self,
        read: Callable[[], Reading],
        executor: Executor,
        *,
        min_interval_s: float = 0.2,
        safety_interval_s: float = 5.0,
        tick_s: float = 15.0,
    ) -> None:
        self._read = read
        self._executor = executor
        self.min_interval_s = min_interval_s
        self.safety_interval_s = safety_interval_s
        # Every follower is woken this often, changed or not: event streams then say they are
        # alive, and look again at what the feed does not hold. One timer for the whole room.
        self.tick_s = tick_s
        self.ticks = 0
        self._ticker: asyncio.Task[None] | None = None
        self.epoch = secrets.token_hex(4)  # ETags of another run never match ours
        self.snapshot = next_snapshot(None, read())
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None
        self._followers: set[asyncio.Future[None]] = set()  # questions held open
        self._shared: dict[tuple[int | None, int | None], SharedPart] = {}  # by (since, table)
        self._shared_version = -1
        self._task: asyncio.Task[None] | None = None
        self.waiting = 0
        self.last_published = time.monotonic()
        # Read-your-writes: a change committed in this app (its `saved` signal) is in every
        # answer given after it. `marked` counts changes, `covered` the last one read.
        self._marks = itertools.count(1)
        self.marked = 0
        self.covered = 0
        self._read_done: asyncio.Future[None] | None = None
        self._wake_later: asyncio.TimerHandle | None = None
        self._last_wake = 0.0
        self._own = threading.local()  # set on a thread while it commits writes `apply` folds in
        # Writes folded in while a read of the record runs: that read may have missed them.
        self._during_read: list[tuple[list[NoteView], list[VoteView]]] | None = None

    # ----- lifecycle (on the loop) ---------------------------------------------------------

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._changed = asyncio.Event()
        self._read_done = self._loop.create_future()
        self._task = self._loop.create_task(self._refresh_forever())
        self._ticker = self._loop.create_task(self._tick_forever())

    async def stop(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._wake_later is not None:
            self._wake_later.cancel()
            self._wake_later = None
        for future in (*self._followers, self._read_done):
            if future is not None and not future.done():
                future.cancel()
        self._followers.clear()

    @contextlib.contextmanager
    def own_writes(self) -> Iterator[None]:
        """Commits made inside this block, on this thread, are the server's own writes, which
        `apply` folds into the snapshot before any 201: no re-read of the whole record is
        needed for them, and no phone's answer waits for one (a burst of notes would
        otherwise keep the record being re-read, and every answer waiting, the whole time)."""
        self._own.active = True
        try:
            yield
        finally:
            self._own.active = False

    def reread_soon(self) -> None:
        """Re-read the record soon, without holding answers for it. Safe from any thread."""
        self._set_changed()

    def mark_changed(self) -> None:
        """The record changed: re-read soon. Safe from any thread."""
        if getattr(self._own, "active", False):
            return  # the server's own write: `apply` folds it in
        self.marked = next(self._marks)  # atomic in CPython, so safe from any thread
        self._set_changed()

    def _set_changed(self) -> None:
        loop, changed = self._loop, self._changed
        if loop is None or changed is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed in between
            loop.call_soon_threadsafe(changed.set)

    async def _refresh_forever(self) -> None:
        assert self._changed is not None and self._loop is not None
        while True:
            try:
                await asyncio.wait_for(self._changed.wait(), self.safety_interval_s)
            except TimeoutError:
                if self.waiting == 0:
                    continue  # nobody is following: nothing to catch up with
            self._changed.clear()
            target = self.marked
            self._during_read = []
            try:
                reading = await self._loop.run_in_executor(self._executor, self._read)
            except Exception as error:  # e.g. the session was just removed: phones keep the last
                log.warning("Could not re-read the session for phones (%s)", type(error).__name__)
                await asyncio.sleep(self.min_interval_s)
                continue
            finally:
                raced, self._during_read = self._during_read, None
            for notes, votes in raced:
                reading = with_writes(reading, notes, votes)
            self._publish(reading)
            self.covered = max(self.covered, target)
            done, self._read_done = self._read_done, self._loop.create_future()
            if done is not None and not done.done():
                done.set_result(None)
            # Changes arriving now are gathered into the next read, at most one per interval.
            await asyncio.sleep(self.min_interval_s)

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(self.tick_s)
            self.ticks += 1
            self._wake_unpaced()

    def apply(self, notes: Iterable[NoteView] = (), votes: Iterable[VoteView] = ()) -> None:
        """Fold just-committed writes into the published snapshot at once (on the loop)."""
        notes, votes = list(notes), list(votes)
        if self._during_read is not None:
            self._during_read.append((notes, votes))
        self._publish(with_writes(self.snapshot.reading, notes, votes))

    def personal_changed(self, participant_id: int) -> None:
        """Something of one phone's own that the feed does not read changed (its feedback was
        sent): a new personal version, so that phone's held question is answered."""
        snapshot = self.snapshot
        seq = snapshot.seq + 1
        personal_at = {**snapshot.personal_at, participant_id: seq}
        self.snapshot = dataclasses.replace(snapshot, personal_at=personal_at, seq=seq)
        self._wake_followers()

    def _publish(self, reading: Reading) -> None:
        fresh = next_snapshot(self.snapshot, reading)
        if fresh is self.snapshot:
            return
        self.snapshot = fresh
        self.last_published = time.monotonic()
        self._wake_followers()

    def _wake_followers(self) -> None:
        """Answer held questions, at most once per `wake_interval()`: a burst of notes wakes
        every phone a few times a second, not once per note. New questions see the new
        snapshot at once either way."""
        room_activity.changed()  # a full collection waits until the phones have it
        loop = asyncio.get_running_loop()
        if self._wake_later is not None:
            return  # already due
        delay = max(self._last_wake + self.wake_interval() - loop.time(), self.gather_delay())
        if delay > 0:
            self._wake_later = loop.call_later(delay, self._wake_now)
        else:
            self._wake_now()

    def gather_delay(self) -> float:
        """How long the first change after a quiet while waits before the room is woken: in a
        large room the notes that start a burst (people write when the facilitator says so)
        are answered first, and the room sees them together, instead of waking the room at the
        first note while the rest wait for the loop (bench_live_follow)."""
        return min(MAX_GATHER_S, len(self._followers) * GATHER_PER_FOLLOWER_S)

    def wake_interval(self) -> float:
        """How long between two wakes of the followers: longer for a larger room, so answering
        the whole room (each answer and the question that follows it cost the loop about
        half a millisecond) takes a bounded share of the loop and notes keep being read."""
        room = len(self._followers) * WAKE_COST_PER_FOLLOWER_S
        return max(self.min_interval_s, min(MAX_WAKE_INTERVAL_S, room))

    def _wake_now(self) -> None:
        loop = asyncio.get_running_loop()
        self._wake_later = None
        self._last_wake = loop.time()
        self._wake_unpaced()

    def _wake_some(self, woken: list[asyncio.Future[None]], start: int) -> None:
        """Wake one chunk now and the next on the loop's next turn (new requests go between)."""
        for future in woken[start : start + WAKE_CHUNK]:
            if not future.done():
                future.set_result(None)
        if start + WAKE_CHUNK < len(woken):
            asyncio.get_running_loop().call_soon(self._wake_some, woken, start + WAKE_CHUNK)

    # ----- what one phone gets --------------------------------------------------------------

    async def fresh(self, timeout_s: float = 5.0) -> Snapshot:
        """The snapshot once it includes every change this app committed before the call."""
        assert self._loop is not None
        target = self.marked
        deadline = self._loop.time() + timeout_s
        while self.covered < target and self._read_done is not None:
            remaining = deadline - self._loop.time()
            if remaining <= 0:
                break
            try:
                await asyncio.wait_for(asyncio.shield(self._read_done), remaining)
            except TimeoutError:
                break
        return self.snapshot

    def etag(self, snapshot: Snapshot, participant_id: int) -> str:
        personal = snapshot.personal_at.get(participant_id, 0)
        return f'"{self.epoch}-{snapshot.version}-{personal}"'

    @staticmethod
    def base_etag(given: str | None) -> str | None:
        """The feed's part of an ETag a phone sent back (`"epoch-version-personal"`), without
        the marks the API adds after it (the feedback digest, photos); None if it has none."""
        if not given:
            return None
        parts = given.strip().strip('"').split("-")
        return f'"{"-".join(parts[:3])}"' if len(parts) >= 3 else given

    def personal_known(self, given: str | None, snapshot: Snapshot, participant_id: int) -> bool:
        """Whether the phone's ETag shows it already has its current personal part."""
        if not given:
            return False
        parts = given.strip().strip('"').split("-")
        personal = snapshot.personal_at.get(participant_id, 0)
        return len(parts) == 3 and parts[0] == self.epoch and parts[2] == str(personal)

    async def wait_for_change(self, participant_id: int, given: str, seconds: float) -> Snapshot:
        """The snapshot once this phone's view differs from `given`, or when `seconds` are up."""
        assert self._loop is not None
        deadline = self._loop.time() + seconds
        self.waiting += 1
        try:
            while self.etag(self.snapshot, participant_id) == given:
                remaining = deadline - self._loop.time()
                if remaining <= 0 or self._task is None:
                    break
                woken: asyncio.Future[None] = self._loop.create_future()
                self._followers.add(woken)
                try:
                    await asyncio.wait_for(woken, remaining)
                except TimeoutError:
                    break
                finally:
                    self._followers.discard(woken)
        finally:
            self.waiting -= 1
        return self.snapshot

    async def next_wake(self) -> None:
        """Return at the next wake of the followers: a publication (at the same paced moments
        as held questions are answered), a tick, or `wake_all_now`.

        For an event stream, which decides itself whether its phone's view changed. No timer
        per stream: the feed's tick bounds the wait."""
        assert self._loop is not None
        if self._task is None:
            raise ConnectionAbortedError("The feed has stopped.")
        woken: asyncio.Future[None] = self._loop.create_future()
        self._followers.add(woken)
        self.waiting += 1
        try:
            await woken
        finally:
            self.waiting -= 1
            self._followers.discard(woken)

    def wake_all_now(self) -> None:
        """Wake every follower at once, changed or not (they look again). Safe from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed in between
            loop.call_soon_threadsafe(self._wake_unpaced)

    def _wake_unpaced(self) -> None:
        """Wake every follower held now (a paced wake, a tick, or `wake_all_now`)."""
        woken, self._followers = list(self._followers), set()
        self._wake_some(woken, 0)

    def shared(self, snapshot: Snapshot, since: int | None, table: int | None = None) -> SharedPart:
        """The part of `snapshot` every phone asking with `since` from one place of the room
        (a table, or the plenary: None) gets (built once, kept for the latest version only)."""
        reading = snapshot.reading
        delta = (
            reading.voting_open
            and since is not None
            and snapshot.delta_base <= since <= snapshot.version
        )
        key = (since if delta else None, table)
        if self._shared_version != snapshot.version:
            self._shared, self._shared_version = {}, snapshot.version
        part = self._shared.get(key)
        if part is not None:
            return part
        fields: dict[str, Any] = {
            "version": snapshot.version,
            "session": reading.title,
            "stage": reading.stage,
            "can_add_notes": bool(reading.columns),
            "columns": list(reading.columns),
            "voting_open": reading.voting_open,
            "votes_per_participant": reading.votes_per_participant,
            # What this place of the room may vote on: its table's notes and the plenary's.
            "board_notes": sum(1 for e in reading.ballot.values() if e.seen_at(table)),
        }
        if not reading.voting_open:
            entries: list[BallotEntry] = []
        elif delta:
            assert since is not None
            changed = [reading.ballot[i] for i, at in snapshot.changed_at.items() if at > since]
            entries = [e for e in changed if e.seen_at(table)]
            # A note that left this place's part of the board (a harvest undone) goes too.
            fields["ballot_removed"] = sorted(
                [i for i, at in snapshot.removed_at.items() if at > since]
                + [e.id for e in changed if not e.seen_at(table)]
            )
        else:
            entries = [e for e in reading.ballot.values() if e.seen_at(table)]
        fields["delta"] = bool(delta)
        entries.sort(key=lambda e: e.id)
        whole = dict(fields)
        whole["ballot"] = [_entry(e, mine=False, dots=0) for e in entries]
        encoded = json.dumps(whole, ensure_ascii=False).encode("utf-8")
        part = SharedPart(
            fields,
            tuple(entries),
            frozenset(e.id for e in entries),
            encoded,
            gzip.compress(encoded, compresslevel=6, mtime=0),
        )
        self._shared[key] = part
        return part

    def shared_reply(
        self, snapshot: Snapshot, participant_id: int, since: int | None
    ) -> SharedPart | None:
        """The shared reply when this phone, whose personal part is known, has no stake in it."""
        part = self.shared(snapshot, since)
        reading = snapshot.reading
        dots = reading.dots.get(participant_id)
        if dots and not part.entry_ids.isdisjoint(dots):
            return None
        own = reading.own_notes.get(participant_id, ())
        if own and not part.entry_ids.isdisjoint(n.id for n in own):
            return None
        return part

    def body(
        self,
        snapshot: Snapshot,
        participant_id: int,
        *,
        since: int | None,
        personal_known: bool,
        table: int | None = None,
    ) -> dict[str, Any]:
        """The state for one phone: the ballot whole or as a delta since `since`.

        A phone at a table gets its table's notes and the plenary's; one in the plenary, the
        plenary's (`BallotEntry.seen_at`, workshop.audience's rule)."""
        part = self.shared(snapshot, since, table)
        reading = snapshot.reading
        dots = reading.dots.get(participant_id, {})
        own = reading.own_notes.get(participant_id, ())
        own_ids = {n.id for n in own}
        body = dict(part.fields)
        if not personal_known:
            body["votes_left"] = max(0, reading.votes_per_participant - sum(dots.values()))
            body["my_dots"] = {str(k): v for k, v in dots.items()}
            body["notes"] = [
                {
                    "id": n.id,
                    "column": n.column,
                    "column_title": n.column_title,
                    "text": n.text,
                    "waiting_approval": n.waiting_approval,
                }
                for n in own
            ]
        body["ballot"] = [
            _entry(e, mine=e.id in own_ids, dots=dots.get(e.id, 0)) for e in part.entries
        ]
        return body


def _entry(entry: BallotEntry, *, mine: bool, dots: int) -> dict[str, Any]:
    return {
        "id": entry.id,
        "column": entry.column,
        "text": entry.text,
        "mine": mine,
        "my_dots": dots,
    }


__all__ = [
    "BallotEntry",
    "Feed",
    "Reading",
    "SharedPart",
    "Snapshot",
    "next_snapshot",
    "read_session",
    "table_notes",
]
