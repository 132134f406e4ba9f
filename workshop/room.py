"""The Room: the one owner of what is live about a session (board, clock, projector, phones).

Views (board, panels, projector, live panel) listen to the Room instead of re-reading the record:
the Room folds each committed event into the board it mirrors, once, and announces what changed.
It is Qt core only, like `workshop.signals`, so `workshop serve` builds the same object without
a widget in sight.

Two sessions matter at once:
- the *open* session: the one the facilitator is looking at and running (agenda, clock,
  projector). `open(session_id)` changes it.
- the *live* session: the one phones have joined. It is chosen when live participation starts
  and stays until `stop_live()`, whatever the facilitator opens meanwhile.
The Room mirrors the board of each (one mirror when they are the same session).
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workshop import analysis, validation
from workshop.errors import WorkshopError

# ProjectorState.tables_shown takes a scope (workshop.scopes); kept importable from here.
from workshop.scopes import PLENARY as PLENARY
from workshop.scopes import SIDE_BY_SIDE as SIDE_BY_SIDE
from workshop.timer import Countdown, MonotonicClock, TimerState, format_seconds
from workshop.validation import MAX_ROUND
from workshop.views import (
    ActionView,
    BoardSnapshot,
    ColumnView,
    NoteView,
    ParticipantView,
    SessionView,
    TableView,
    ThemeView,
    VoteView,
    WorkshopView,
)

if TYPE_CHECKING:
    from workshop.live.api import DeviceView
    from workshop.live.server import LiveServer
    from workshop.services import Services

log = logging.getLogger(__name__)


class ProjectorMode(enum.Enum):
    """What the projector shows."""

    BOARD = "board"
    COLUMN = "column"
    THEME = "theme"
    RESULTS = "results"
    ACTIONS = "actions"


# The modes that show the board page (selection on the laptop may switch between them).
_BOARD_MODES = frozenset({ProjectorMode.BOARD, ProjectorMode.COLUMN, ProjectorMode.THEME})


class Overflow(enum.Enum):
    """What the projector's board page does when its notes do not fit at the smallest text."""

    AUTO = "auto"  # whichever keeps more notes readable on one screen
    THEME_CARDS = "theme_cards"  # each theme as a card: title, count and its top notes
    SPOTLIGHT = "spotlight"  # one lane at a time, advancing every few seconds


# Seconds each lane stays on the projector while the spotlight advances by itself.
SPOTLIGHT_SECONDS = 20


class ResultsKind(enum.Enum):
    """What the results page ranks."""

    CONTRIBUTIONS = "contributions"
    THEMES = "themes"


class Aspect(enum.Flag):
    """Which part of a mirrored board a change touched, so a view redraws only what it shows."""

    SESSION = enum.auto()  # stage, lock, settings, record status, the workshop's details
    COLUMNS = enum.auto()
    THEMES = enum.auto()
    NOTES = enum.auto()
    VOTES = enum.auto()
    PEOPLE = enum.auto()  # participants and who is in the room
    ACTIONS = enum.auto()
    TABLES = enum.auto()  # the room's tables (breakout groups): added, renamed, removed
    ALL = SESSION | COLUMNS | THEMES | NOTES | VOTES | PEOPLE | ACTIONS | TABLES


@dataclass(frozen=True)
class ProjectorState:
    """What the projector shows and how; the projector window draws exactly this."""

    mode: ProjectorMode = ProjectorMode.BOARD
    column_id: int | None = None  # the lane in focus (COLUMN mode)
    theme_id: int | None = None  # the theme in focus (THEME mode)
    results_kind: ResultsKind = ResultsKind.CONTRIBUTIONS
    show_balance: bool = False
    text_scale: float = 1.0
    sound: bool = False
    presenting: bool = False  # full screen on the chosen screen
    screen_name: str = ""  # the chosen screen ("" = let the projector choose)
    show_glossary: bool = False  # the session's glossary over whatever page is shown
    overflow: Overflow = Overflow.AUTO  # when the board does not fit at the smallest text
    spotlight_lane: int = 0  # which lane the spotlight shows (counted on, wrapped by the view)
    spotlight_paused: bool = False
    follow_selection: bool = True  # selecting on the laptop puts it on the projector
    highlight_note_id: int | None = None  # the note the facilitator selected, marked on screen
    # Whose notes the board pages show: every note (None), the plenary board (PLENARY), every
    # table side by side (SIDE_BY_SIDE), or one table's (its id).
    tables_shown: int | None = None


@dataclass(frozen=True)
class Tallies:
    """Dots and voice, computed once per change of the board they were drawn from."""

    notes: tuple[analysis.NoteTally, ...]
    themes: tuple[analysis.ThemeTally, ...]
    balance: analysis.VoiceBalance
    dots_used: dict[int, int] = field(default_factory=dict)  # participant id -> dots placed
    dots_on_note: dict[int, int] = field(default_factory=dict)  # note id -> dots on it

    def dots_left(self, participant_id: int, per_person: int) -> int:
        return max(0, per_person - self.dots_used.get(participant_id, 0))


@dataclass(frozen=True)
class LiveInfo:
    """Live participation as the facilitator and the projector show it."""

    session_id: int
    session_title: str
    join_url: str
    address: str  # what people type, e.g. 192.168.1.20:8123
    code: str

    def table_url(self, table_id: int) -> str:
        """The join address for one table of the room: its own QR code and printed line."""
        return f"{self.join_url}?table={table_id}"


class CountdownDriver(QObject):
    """Wraps a Countdown for widgets: ticks it with a QTimer while running and publishes changes.

    The Room owns the one driver, so the facilitator's panel and the projector always agree.
    """

    changed = Signal()  # time left or state changed: redraw
    finished = Signal()  # reached zero (once per run)

    TICK_MS = 200

    def __init__(
        self,
        seconds: float = 0.0,
        *,
        clock: MonotonicClock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.countdown = Countdown(seconds, clock=clock, on_finished=self.finished.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._last_shown = ""

    @property
    def state(self) -> TimerState:
        return self.countdown.state

    def remaining(self) -> float:
        return self.countdown.remaining()

    def text(self) -> str:
        return format_seconds(self.countdown.remaining())

    def set_duration(self, seconds: float) -> None:
        self._apply(self.countdown.set_duration, seconds)

    def start(self) -> None:
        self._apply(self.countdown.start)

    def pause(self) -> None:
        self._apply(self.countdown.pause)

    def resume(self) -> None:
        self._apply(self.countdown.resume)

    def toggle(self) -> None:
        self._apply(self.countdown.toggle)

    def add_minute(self) -> None:
        self._apply(self.countdown.add_minute)

    def reset(self) -> None:
        self._apply(self.countdown.reset)

    def tick(self) -> None:
        """Advance: emits changed when the shown seconds change, finished at zero."""
        done = self.countdown.tick()
        shown = self.text()
        if done or shown != self._last_shown:
            self._last_shown = shown
            self.changed.emit()
        self._sync_timer()

    def _apply(self, method: Callable[..., None], *args: float) -> None:
        method(*args)
        self._last_shown = self.text()
        self._sync_timer()
        self.changed.emit()

    def _sync_timer(self) -> None:
        running = self.countdown.state is TimerState.RUNNING
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running and self._timer.isActive():
            self._timer.stop()


class BoardMirror:
    """One session's board, kept current by folding events into it; snapshots built on demand.

    Ids keep the order the record gives (notes, themes and votes by id, columns by position).
    """

    def __init__(self, board: BoardSnapshot, actions: Iterable[ActionView]) -> None:
        self.workshop: WorkshopView = board.workshop
        self.session: SessionView = board.session
        self.columns: dict[int, ColumnView] = {c.id: c for c in board.columns}
        self.themes: dict[int, ThemeView] = {t.id: t for t in board.themes}
        self.notes: dict[int, NoteView] = {n.id: n for n in board.notes}
        self.votes: dict[int, VoteView] = {v.id: v for v in board.votes}
        self.participants: dict[int, ParticipantView] = {p.id: p for p in board.participants}
        self.attendee_ids: frozenset[int] = board.attendee_ids
        self.actions: dict[int, ActionView] = {a.id: a for a in actions}
        self.tables: dict[int, TableView] = {t.id: t for t in board.tables}
        self._snapshot: BoardSnapshot | None = board
        self._tallies: Tallies | None = None

    @property
    def session_id(self) -> int:
        return self.session.id

    def touched(self) -> None:
        """Forget the snapshot and tallies built from the state before this change."""
        self._snapshot = None
        self._tallies = None

    def snapshot(self) -> BoardSnapshot:
        if self._snapshot is None:
            self._snapshot = BoardSnapshot(
                workshop=self.workshop,
                session=self.session,
                columns=tuple(sorted(self.columns.values(), key=lambda c: c.position)),
                themes=tuple(self.themes.values()),
                notes=tuple(self.notes.values()),
                votes=tuple(self.votes.values()),
                participants=tuple(self.participants.values()),
                attendee_ids=self.attendee_ids,
                tables=tuple(sorted(self.tables.values(), key=lambda t: t.position)),
            )
        return self._snapshot

    def tallies(self) -> Tallies:
        if self._tallies is None:
            board = self.snapshot()
            used: dict[int, int] = {}
            on_note: dict[int, int] = {}
            for vote in board.votes:
                used[vote.participant_id] = used.get(vote.participant_id, 0) + 1
                on_note[vote.note_id] = on_note.get(vote.note_id, 0) + 1
            self._tallies = Tallies(
                notes=tuple(analysis.vote_results(board)),
                themes=tuple(analysis.theme_results(board)),
                balance=analysis.voice_balance(board),
                dots_used=used,
                dots_on_note=on_note,
            )
        return self._tallies

    def actions_in_order(self) -> tuple[ActionView, ...]:
        return tuple(self.actions.values())


class Room(QObject):
    """What is live about the open session and the live session; views listen to it.

    Signals (each emitted on the GUI thread, after the Room has folded the change in):
    - `session_opened(int | None)`: the facilitator opened another session (or none).
    - `selection_changed(tuple[int, ...])`: the notes selected on the facilitator's board.
    - `board_changed(int, Aspect)`: a mirrored board changed; read `board_of(session_id)`.
    - `note_folded(int, NoteView | None, NoteView | None)`: one note of a mirrored board as it
      was and as it is now (None before: new; None now: removed), emitted after
      `board_changed`, so a view of a part of the board (one table) updates only that part.
    - `projector_changed(ProjectorState)`: what the projector should show.
    - `live_started(LiveInfo)`, `live_stopped(int)`: phones can join / can no longer join.
    - `devices_changed()`: a phone joined, sent something or was blocked.
    The countdown is `room.countdown` (a `CountdownDriver` with its own `changed`/`finished`).
    """

    session_opened = Signal(object)  # int | None
    round_changed = Signal(object)  # int | None: the World Café round now
    board_changed = Signal(int, object)  # session id, Aspect
    note_folded = Signal(int, object, object)  # session id, NoteView | None before, now
    projector_changed = Signal(object)  # ProjectorState
    live_started = Signal(object)  # LiveInfo
    live_stopped = Signal(int)  # session id
    selection_changed = Signal(object)  # tuple[int, ...]: the notes the facilitator selected
    devices_changed = Signal()
    # From the server's thread; queued to the Room's thread and re-emitted as devices_changed.
    _devices_changed_elsewhere = Signal()

    def __init__(
        self,
        services: Services,
        *,
        clock: MonotonicClock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.countdown = CountdownDriver(clock=clock, parent=self)
        self._open_id: int | None = None
        self._mirrors: dict[int, BoardMirror] = {}
        self._projector = ProjectorState()
        self._selection: tuple[int, ...] = ()
        self._round: int | None = None  # the World Café round now; None: rounds not counted
        self._server: LiveServer | None = None
        self._live: LiveInfo | None = None
        self._devices_changed_elsewhere.connect(self.devices_changed)
        self._connect_signals()

    # ----- the open session -------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The session the facilitator has open (None: none)."""
        return self._open_id

    def open(self, session_id: int | None) -> None:
        """Open a session for running: its board is read once, the clock is set to its stage.

        Live participation is left alone: phones stay joined to their session. A refusal
        (the session is gone) leaves no session open and is raised.
        """
        if session_id == self._open_id:
            return
        previous = self._open_id
        self._open_id = None
        if session_id is not None:
            try:
                self._mirror(session_id)
            except WorkshopError:
                self._forget(previous)
                self._projector = replace(self._projector, column_id=None, theme_id=None)
                self.countdown.set_duration(0)
                self.session_opened.emit(None)
                raise
        self._open_id = session_id
        self._forget(previous)
        board = self.board
        self._projector = replace(
            self._projector,
            column_id=board.columns[0].id if board is not None and board.columns else None,
            theme_id=board.themes[0].id if board is not None and board.themes else None,
        )
        stage = board.session.stage if board is not None else None
        self.countdown.set_duration(stage.minutes * 60 if stage is not None else 0)
        self.session_opened.emit(session_id)
        self.projector_changed.emit(self._projector)

    @property
    def board(self) -> BoardSnapshot | None:
        """The open session's board as it stands (None when no session is open)."""
        return self.board_of(self._open_id)

    @property
    def session(self) -> SessionView | None:
        mirror = self._mirrors.get(self._open_id) if self._open_id is not None else None
        return mirror.session if mirror is not None else None

    @property
    def tallies(self) -> Tallies | None:
        """Dots and voice balance of the open session, computed once per change."""
        return self.tallies_of(self._open_id)

    @property
    def actions(self) -> tuple[ActionView, ...]:
        """The open session's actions, in the order they were agreed."""
        mirror = self._mirrors.get(self._open_id) if self._open_id is not None else None
        return mirror.actions_in_order() if mirror is not None else ()

    def board_of(self, session_id: int | None) -> BoardSnapshot | None:
        """The board of the open or the live session as it stands; None for any other."""
        mirror = self._mirrors.get(session_id) if session_id is not None else None
        return mirror.snapshot() if mirror is not None else None

    def tallies_of(self, session_id: int | None) -> Tallies | None:
        mirror = self._mirrors.get(session_id) if session_id is not None else None
        return mirror.tallies() if mirror is not None else None

    def note(self, note_id: int) -> NoteView | None:
        """A note of the open or the live session, as it stands."""
        for mirror in self._mirrors.values():
            note = mirror.notes.get(note_id)
            if note is not None:
                return note
        return None

    def set_stage(self, position: int) -> SessionView:
        """Move the open session to a stage of its agenda; the clock shows that stage's time."""
        if self._open_id is None:
            raise RuntimeError("No session is open.")
        session = self.services.sessions.set_stage(self._open_id, position)
        if session.stage is not None:
            self.countdown.set_duration(session.stage.minutes * 60)
        return session

    def reset_countdown(self) -> None:
        """Back to the open stage's planned time, stopped."""
        session = self.session
        stage = session.stage if session is not None else None
        if stage is not None:
            self.countdown.set_duration(stage.minutes * 60)
        else:
            self.countdown.reset()

    @property
    def current_round(self) -> int | None:
        """The rotation round (World Café) notes at tables are written in now; None: no rounds."""
        return self._round

    def set_round(self, number: int | None) -> None:
        """Start a round (people have moved tables; each host stays), or stop counting rounds.

        Live state, like the clock: each note written at a table keeps the round it was
        written in, so the record needs nothing more.
        """
        if number is not None:
            number = validation.whole_number(number, "round", minimum=1, maximum=MAX_ROUND)
        if number != self._round:
            self._round = number
            self.round_changed.emit(number)

    # ----- the projector -----------------------------------------------------------------------

    @property
    def projector(self) -> ProjectorState:
        return self._projector

    def show_on_projector(self, mode: ProjectorMode) -> None:
        if mode is ProjectorMode.BOARD:
            self._set_projector(mode=mode, highlight_note_id=None)
        else:
            self._set_projector(mode=mode)

    def focus_column(self, column_id: int | None) -> None:
        """The lane the projector shows in COLUMN mode."""
        self._set_projector(column_id=column_id)

    def focus_theme(self, theme_id: int | None) -> None:
        """The theme the projector shows in THEME mode."""
        self._set_projector(theme_id=theme_id)

    @property
    def selection(self) -> tuple[int, ...]:
        """The notes the facilitator has selected on the board (first: the one in focus)."""
        return self._selection

    def select_notes(self, note_ids: Iterable[int]) -> None:
        """The facilitator selected notes: the first one's lane and theme come into focus.

        One note selected is put on the projector (when following); a selection of several is
        usually on its way to a theme, and the projector stays where it is.
        """
        self._selection = tuple(note_ids)
        if self._selection:
            self.focus_note(self._selection[0], show=len(self._selection) == 1)
        self.selection_changed.emit(self._selection)

    def focus_note(self, note_id: int, *, show: bool = True) -> None:
        """Follow the facilitator's selection: the note's lane and theme are the ones in focus.

        With `follow_selection` on, the projector's board page shows that lane with the note
        marked (a results or actions page stays as it is).
        """
        note = self.note(note_id)
        if note is not None:
            theme_id = note.theme_id if note.theme_id is not None else self._projector.theme_id
            changes: dict[str, object] = {"column_id": note.column_id, "theme_id": theme_id}
            following = self._projector.follow_selection and self._projector.mode in _BOARD_MODES
            if show and following:
                changes.update(mode=ProjectorMode.COLUMN, highlight_note_id=note.id)
            self._set_projector(**changes)

    def spotlight_column(self, column_id: int) -> None:
        """The facilitator chose a lane on the laptop: the projector shows it, when following."""
        if self._projector.follow_selection and self._projector.mode in _BOARD_MODES:
            self._set_projector(
                mode=ProjectorMode.COLUMN, column_id=column_id, highlight_note_id=None
            )
        else:
            self._set_projector(column_id=column_id)

    def spotlight_theme(self, theme_id: int) -> None:
        """The facilitator chose a theme on the laptop: the projector shows it, when following."""
        if self._projector.follow_selection and self._projector.mode in _BOARD_MODES:
            self._set_projector(mode=ProjectorMode.THEME, theme_id=theme_id, highlight_note_id=None)
        else:
            self._set_projector(theme_id=theme_id)

    def show_whole_board(self) -> None:
        """One keystroke back: the whole board, nothing marked."""
        self._set_projector(mode=ProjectorMode.BOARD, highlight_note_id=None)

    def set_follow_selection(self, follow: bool) -> None:
        self._set_projector(follow_selection=follow)

    def set_overflow(self, overflow: Overflow) -> None:
        self._set_projector(overflow=overflow, spotlight_paused=False)

    def step_spotlight(self, step: int = 1) -> None:
        """The next (or, with -1, the previous) lane in the spotlight."""
        self._set_projector(spotlight_lane=self._projector.spotlight_lane + step)

    def set_spotlight_paused(self, paused: bool) -> None:
        self._set_projector(spotlight_paused=paused)

    def stop_spotlight(self) -> None:
        """Stop going lane by lane: the board is shown as theme cards instead."""
        self._set_projector(overflow=Overflow.THEME_CARDS, spotlight_lane=0, spotlight_paused=False)

    def show_tables_on_projector(self, scope: int | None) -> None:
        """Every note (None), the plenary board (PLENARY), every table side by side
        (SIDE_BY_SIDE), or one table's notes (its id)."""
        self._set_projector(tables_shown=scope)

    def set_results_kind(self, kind: ResultsKind) -> None:
        self._set_projector(results_kind=kind)

    def set_show_balance(self, show: bool) -> None:
        self._set_projector(show_balance=show)

    def set_text_scale(self, factor: float) -> None:
        self._set_projector(text_scale=max(0.5, min(3.0, factor)))

    def set_show_glossary(self, show: bool) -> None:
        self._set_projector(show_glossary=show)

    def set_sound(self, enabled: bool) -> None:
        self._set_projector(sound=enabled)

    def set_projector_screen(self, screen_name: str) -> None:
        self._set_projector(screen_name=screen_name)

    def set_presenting(self, presenting: bool) -> None:
        """Ask for the projector full screen (True) or closed (False)."""
        self._set_projector(presenting=presenting)

    def toggle_presenting(self) -> None:
        self.set_presenting(not self._projector.presenting)

    def _set_projector(self, **changes: object) -> None:
        state = replace(self._projector, **changes)  # type: ignore[arg-type]
        if state != self._projector:
            self._projector = state
            self.projector_changed.emit(state)

    # ----- live participation ---------------------------------------------------------------

    @property
    def live(self) -> LiveInfo | None:
        """The live session's join details, or None when no phone can join."""
        return self._live

    @property
    def live_session_id(self) -> int | None:
        return self._live.session_id if self._live is not None else None

    @property
    def server(self) -> LiveServer | None:
        return self._server

    def start_live(
        self, session_id: int | None = None, *, host: str | None = None, port: int = 0
    ) -> LiveInfo:
        """Let phones join a session (by default the open one); raises LiveServerError.

        One session at a time is live: starting another stops the first.
        """
        target = session_id if session_id is not None else self._open_id
        if target is None:
            raise RuntimeError("No session to open live participation for.")
        # The web server (and its HTTP library) loads only when someone opens it.
        from workshop.live.server import LiveServer

        if self._server is not None:
            self.stop_live()
        mirror = self._mirror(target)
        server = LiveServer(
            self.services,
            target,
            host=host,
            port=port,
            on_devices_changed=self._devices_changed_elsewhere.emit,
            current_round=lambda: self._round,
        )
        try:
            server.start()
        except BaseException:
            if target != self._open_id:
                self._forget(target)
            raise
        self._server = server
        self._live = LiveInfo(
            session_id=target,
            session_title=mirror.session.title,
            join_url=server.join_url,
            address=server.address,
            code=server.code,
        )
        self.live_started.emit(self._live)
        return self._live

    def stop_live(self) -> None:
        """Close live participation: nothing listens, every code and token stops working."""
        server, live = self._server, self._live
        self._server = self._live = None
        if server is None or live is None:
            return
        server.stop()
        if live.session_id != self._open_id:
            self._forget(live.session_id)
        self.live_stopped.emit(live.session_id)

    @property
    def facilitator_url(self) -> str | None:
        """The facilitator's own link for their phone (it may send photos of paper).

        It carries a secret: for the facilitator's laptop only, never the projector or a file
        (so it is not part of LiveInfo). None while no phone can join; a new one each opening.
        """
        return self._server.facilitator_url if self._server is not None else None

    def devices(self) -> list[DeviceView]:
        return self._server.devices() if self._server is not None else []

    def joined_count(self) -> int:
        """Phones joined to the live session and not blocked."""
        return sum(1 for device in self.devices() if not device.blocked)

    def block_device(self, participant_id: int) -> bool:
        return self._server.block_device(participant_id) if self._server is not None else False

    def close(self) -> None:
        """On quitting: nothing left listening, the clock stopped."""
        self.stop_live()
        self.countdown.reset()

    # ----- folding events ---------------------------------------------------------------------

    def _mirror(self, session_id: int) -> BoardMirror:
        mirror = self._mirrors.get(session_id)
        if mirror is None:
            # The one whole read: when a session becomes open or live, never after a change.
            board = self.services.sessions.board(session_id)
            actions = self.services.actions.for_session(session_id)
            mirror = self._mirrors[session_id] = BoardMirror(board, actions)
        return mirror

    def _forget(self, session_id: int | None) -> None:
        if session_id is not None and session_id not in (self._open_id, self.live_session_id):
            self._mirrors.pop(session_id, None)

    def _connect_signals(self) -> None:
        events = self.services.events
        events.workshop_changed.connect(self._on_workshop_changed)
        events.session_changed.connect(self._on_session_changed)
        events.session_removed.connect(self._on_session_removed)
        events.participant_added.connect(self._on_participant)
        events.participant_changed.connect(self._on_participant)
        events.participant_removed.connect(self._on_participant_removed)
        events.attendance_changed.connect(self._on_attendance_changed)
        events.column_added.connect(self._on_column)
        events.column_changed.connect(self._on_column)
        events.column_removed.connect(self._on_column_removed)
        events.columns_reordered.connect(self._on_columns_reordered)
        events.table_added.connect(self._on_table)
        events.table_changed.connect(self._on_table)
        events.table_removed.connect(self._on_table_removed)
        events.tables_reordered.connect(self._on_tables_reordered)
        events.theme_added.connect(self._on_theme)
        events.theme_changed.connect(self._on_theme)
        events.theme_removed.connect(self._on_theme_removed)
        events.note_added.connect(self._on_note)
        events.note_changed.connect(self._on_note)
        events.note_removed.connect(self._on_note_removed)
        events.vote_added.connect(self._on_vote_added)
        events.vote_removed.connect(self._on_vote_removed)
        events.action_added.connect(self._on_action)
        events.action_changed.connect(self._on_action)
        events.action_removed.connect(self._on_action_removed)
        events.record_replaced.connect(self._on_record_replaced)

    def _changed(self, mirror: BoardMirror, aspect: Aspect) -> None:
        mirror.touched()
        self.board_changed.emit(mirror.session_id, aspect)

    def _on_workshop_changed(self, workshop: WorkshopView) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.workshop.id == workshop.id:
                mirror.workshop = workshop
                self._changed(mirror, Aspect.SESSION)

    def _on_session_changed(self, session: SessionView) -> None:
        mirror = self._mirrors.get(session.id)
        if mirror is None:
            return
        mirror.session = session
        if self._live is not None and self._live.session_id == session.id:
            self._live = replace(self._live, session_title=session.title)
        self._changed(mirror, Aspect.SESSION)

    def _on_session_removed(self, session_id: int) -> None:
        if session_id == self.live_session_id:
            self.stop_live()
        if session_id == self._open_id:
            self.open(None)

    def _on_participant(self, person: ParticipantView) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.workshop.id == person.workshop_id:
                mirror.participants[person.id] = person
                self._changed(mirror, Aspect.PEOPLE)

    def _on_participant_removed(self, participant_id: int) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.participants.pop(participant_id, None) is not None:
                self._changed(mirror, Aspect.PEOPLE)

    def _on_attendance_changed(self, session_id: int, attendee_ids: frozenset[int]) -> None:
        mirror = self._mirrors.get(session_id)
        if mirror is not None:
            mirror.attendee_ids = frozenset(attendee_ids)
            self._changed(mirror, Aspect.PEOPLE)

    def _on_column(self, column: ColumnView) -> None:
        mirror = self._mirrors.get(column.session_id)
        if mirror is not None:
            mirror.columns[column.id] = column
            self._changed(mirror, Aspect.COLUMNS)

    def _on_column_removed(self, column_id: int) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.columns.pop(column_id, None) is not None:
                if self._projector.column_id == column_id and mirror.session_id == self._open_id:
                    first = next(iter(mirror.snapshot().columns), None) if mirror.columns else None
                    self._projector = replace(
                        self._projector, column_id=first.id if first else None
                    )
                    self.projector_changed.emit(self._projector)
                self._changed(mirror, Aspect.COLUMNS)

    def _on_columns_reordered(self, session_id: int, columns: tuple[ColumnView, ...]) -> None:
        mirror = self._mirrors.get(session_id)
        if mirror is not None:
            mirror.columns = {c.id: c for c in columns}
            self._changed(mirror, Aspect.COLUMNS)

    def _on_table(self, table: TableView) -> None:
        mirror = self._mirrors.get(table.session_id)
        if mirror is not None:
            mirror.tables[table.id] = table
            self._changed(mirror, Aspect.TABLES)

    def _on_table_removed(self, table: TableView) -> None:
        mirror = self._mirrors.get(table.session_id)
        if mirror is not None and mirror.tables.pop(table.id, None) is not None:
            if self._projector.tables_shown == table.id:
                self._set_projector(tables_shown=None)
            self._changed(mirror, Aspect.TABLES)

    def _on_tables_reordered(self, session_id: int, tables: tuple[TableView, ...]) -> None:
        mirror = self._mirrors.get(session_id)
        if mirror is not None:
            mirror.tables = {t.id: t for t in tables}
            self._changed(mirror, Aspect.TABLES)

    def _on_theme(self, theme: ThemeView) -> None:
        mirror = self._mirrors.get(theme.session_id)
        if mirror is not None:
            mirror.themes[theme.id] = theme
            self._changed(mirror, Aspect.THEMES)

    def _on_theme_removed(self, theme_id: int) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.themes.pop(theme_id, None) is not None:
                self._changed(mirror, Aspect.THEMES)

    def _on_note(self, note: NoteView) -> None:
        mirror = self._mirrors.get(note.session_id)
        if mirror is not None:
            before = mirror.notes.get(note.id)
            mirror.notes[note.id] = note
            if len(mirror.notes) > 1 and note.id < next(reversed(mirror.notes)):
                # A restored note (undo) goes back to its place in id order.
                mirror.notes = dict(sorted(mirror.notes.items()))
            self._changed(mirror, Aspect.NOTES)
            self.note_folded.emit(mirror.session_id, before, note)

    def _on_note_removed(self, note: NoteView) -> None:
        mirror = self._mirrors.get(note.session_id)
        before = mirror.notes.pop(note.id, None) if mirror is not None else None
        if mirror is None or before is None:
            return
        # The record drops a note's dots with it.
        dropped = [v.id for v in mirror.votes.values() if v.note_id == note.id]
        for vote_id in dropped:
            del mirror.votes[vote_id]
        self._changed(mirror, Aspect.NOTES | (Aspect.VOTES if dropped else Aspect(0)))
        self.note_folded.emit(mirror.session_id, before, None)

    def _on_vote_added(self, vote: VoteView) -> None:
        mirror = self._mirrors.get(vote.session_id)
        if mirror is not None:
            mirror.votes[vote.id] = vote
            self._changed(mirror, Aspect.VOTES)

    def _on_vote_removed(self, vote: VoteView) -> None:
        mirror = self._mirrors.get(vote.session_id)
        if mirror is not None and mirror.votes.pop(vote.id, None) is not None:
            self._changed(mirror, Aspect.VOTES)

    def _on_action(self, action: ActionView) -> None:
        mirror = self._mirrors.get(action.session_id)
        if mirror is not None:
            mirror.actions[action.id] = action
            self._changed(mirror, Aspect.ACTIONS)

    def _on_action_removed(self, action_id: int) -> None:
        for mirror in list(self._mirrors.values()):
            if mirror.actions.pop(action_id, None) is not None:
                self._changed(mirror, Aspect.ACTIONS)

    def _on_record_replaced(self) -> None:
        # A restore replaced everything underneath: read the mirrored boards again.
        for session_id in list(self._mirrors):
            del self._mirrors[session_id]
            try:
                mirror = self._mirror(session_id)
            except WorkshopError:
                if session_id == self.live_session_id:
                    self.stop_live()
                if session_id == self._open_id:
                    self.open(None)
                continue
            self._changed(mirror, Aspect.ALL)


def headless_events() -> Callable[[], None]:
    """For a Room without widgets (`workshop serve`): deliver queued events when called.

    Events from the server's thread are queued to this thread; without a window's event loop,
    calling the returned function now and then hands them to the Room.
    """
    application = QCoreApplication.instance() or QCoreApplication([])
    return application.processEvents
