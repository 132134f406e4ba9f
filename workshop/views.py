"""Frozen snapshots of the record that services hand to the UI, exports and the live server."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.feedback import Question

from workshop.dates import is_impossible
from workshop.vocabulary import (
    ActionStatus,
    DesignStage,
    Involvement,
    NoteSource,
    PictureKind,
    RecordStatus,
    SignalKind,
    StageKind,
)

# Actions that can no longer be overdue.
_CLOSED = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})


@dataclass(frozen=True, slots=True)
class WorkshopView:
    id: int
    title: str
    organisation: str
    service_area: str
    locality: str
    retention_years: int
    created_at: dt.datetime
    last_session_date: dt.date | None = None

    @property
    def retention_until(self) -> dt.date | None:
        """The date after which the record should be deleted."""
        base = self.last_session_date or self.created_at.date()
        year = base.year + self.retention_years
        if is_impossible(base) or not dt.MINYEAR <= year <= dt.MAXYEAR:
            # Only an impossible stored value gets here: never crash, and never purge for it.
            return dt.date.max
        try:
            return base.replace(year=year)
        except ValueError:  # 29 February
            return base.replace(year=year, day=28)


@dataclass(frozen=True, slots=True)
class ParticipantView:
    id: int
    workshop_id: int
    number: int
    name: str
    role: str
    organisation: str
    consent_named: bool
    consent_contact: bool
    consent_share_contact: bool
    contact: str
    support_needs: str
    joined_from_device: bool = False


@dataclass(frozen=True, slots=True)
class StageView:
    id: int
    session_id: int
    position: int
    name: str
    kind: StageKind
    minutes: int


@dataclass(frozen=True, slots=True)
class SessionView:
    id: int
    workshop_id: int
    title: str
    date: dt.date | None
    venue: str
    facilitator_id: int | None
    purpose: str
    design_stage: DesignStage | None  # None: not recorded
    involvement: Involvement | None  # None: not recorded
    arrangements: str
    template: str
    current_stage: int | None
    board_locked: bool
    hold_device_notes: bool
    votes_per_participant: int
    voice_threshold: int
    record_status: RecordStatus
    checked_on: dt.date | None
    version: int
    stages: tuple[StageView, ...] = ()
    involvement_set_by: str = ""
    next_session_date: dt.date | None = None
    findings_go_to: str = ""
    hear_back: str = ""
    contact: str = ""
    summary: str = ""
    gaps: str = ""
    checked_by: str = ""
    # The days the final record was reopened to change it.
    amended_on: tuple[dt.date, ...] = ()

    @property
    def stage(self) -> StageView | None:
        """The stage in progress, or None when the facilitator never set one."""
        for stage in self.stages:
            if stage.position == self.current_stage:
                return stage
        return None

    @property
    def is_final(self) -> bool:
        return self.record_status is RecordStatus.FINAL


@dataclass(frozen=True, slots=True)
class ColumnView:
    id: int
    session_id: int
    position: int
    title: str
    silent: bool


@dataclass(frozen=True, slots=True)
class TableView:
    """A table of the room (a breakout group); `position` orders the session's tables."""

    id: int
    session_id: int
    position: int
    name: str
    # Who sat at it (participant ids, in any round): phones that joined at it, its host, the
    # people its host named as speakers.
    seated: frozenset[int] = frozenset()
    # The same by round: (participant id, round; 0 when rounds were not counted).
    seats: frozenset[tuple[int, int]] = frozenset()

    def seated_in(self, round: int | None) -> frozenset[int]:
        """Who sat at this table in a round (None: rounds not counted)."""
        number = round or 0
        return frozenset(person for person, at in self.seats if at == number)


@dataclass(frozen=True, slots=True)
class ThemeView:
    id: int
    session_id: int
    column_id: int | None
    title: str


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    session_id: int
    column_id: int
    text: str
    author_id: int | None
    role: str
    theme_id: int | None
    x: float
    y: float
    colour: str
    hidden: bool
    pending: bool
    private: bool
    redacted_text: str | None
    source: NoteSource
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    # The note's own picture, when it was read from a photo of paper.
    picture_id: int | None = None
    # The table it was written at (None: the plenary); a harvested note keeps it.
    table_id: int | None = None
    round: int | None = None  # the rotation round it was written in, if rounds are kept
    marked: bool = False  # its table chose it for the plenary
    harvested: bool = False  # taken to the plenary board
    quoted: bool = False  # chosen for the written summary
    language: str | None = None  # the language it was written in (BCP 47), where known

    @property
    def on_plenary(self) -> bool:
        """Whether the plenary board shows it: written there, or harvested from a table."""
        return self.table_id is None or self.harvested

    @property
    def public_text(self) -> str:
        """What exports show: the redacted text where there is one."""
        return self.redacted_text if self.redacted_text is not None else self.text


@dataclass(frozen=True, slots=True)
class PictureView:
    """A stored picture without its bytes (those are read on demand: they are large)."""

    id: int
    session_id: int
    kind: PictureKind
    width: int
    height: int
    blurred: bool
    caption: str
    size: int
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PictureData:
    """A picture with its JPEG bytes, for exporters."""

    id: int
    kind: PictureKind
    caption: str
    width: int
    height: int
    jpeg: bytes


@dataclass(frozen=True, slots=True)
class VoteView:
    id: int
    session_id: int
    participant_id: int
    note_id: int


@dataclass(frozen=True, slots=True)
class ActionUpdateView:
    id: int
    action_id: int
    session_id: int | None
    date: dt.date
    text: str
    status: ActionStatus | None  # None: the update changed no status


@dataclass(frozen=True, slots=True)
class ActionView:
    id: int
    session_id: int
    title: str
    description: str
    owner_id: int | None
    co_lead_id: int | None
    due: dt.date | None
    status: ActionStatus
    dropped_reason: str
    source_note_ids: tuple[int, ...]
    agreed_by: tuple[int, ...]
    updates: tuple[ActionUpdateView, ...]
    jointly_agreed: bool
    version: int
    created_at: dt.datetime
    # The status at the end of the session that agreed it, once later progress is recorded.
    agreed_status: ActionStatus | None = None

    @property
    def status_on_the_day(self) -> ActionStatus:
        """The status as it stood at the end of the session that agreed the action."""
        return self.agreed_status or self.status

    def is_overdue(self, today: dt.date) -> bool:
        # An impossible due date is shown as such, never counted as overdue or on time.
        return (
            self.due is not None
            and not is_impossible(self.due)
            and self.due < today
            and self.status not in _CLOSED
        )

    @property
    def latest_update(self) -> ActionUpdateView | None:
        return self.updates[-1] if self.updates else None


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    """Everything needed to draw one session's board."""

    workshop: WorkshopView
    session: SessionView
    columns: tuple[ColumnView, ...]
    themes: tuple[ThemeView, ...]
    notes: tuple[NoteView, ...]
    votes: tuple[VoteView, ...]
    participants: tuple[ParticipantView, ...]
    attendee_ids: frozenset[int] = field(default_factory=frozenset)
    tables: tuple[TableView, ...] = ()  # in their order; none when the room is one group
    apology_ids: frozenset[int] = field(default_factory=frozenset)

    def table(self, table_id: int | None) -> TableView | None:
        for table in self.tables:
            if table.id == table_id:
                return table
        return None

    def participant(self, participant_id: int | None) -> ParticipantView | None:
        for person in self.participants:
            if person.id == participant_id:
                return person
        return None


@dataclass(frozen=True, slots=True)
class FeedbackResults:
    """Everything people answered at one session, as counts (inside the app only)."""

    session_id: int
    questions: tuple[Question, ...]
    respondents: int
    from_cards: int
    # question id -> value -> how many chose it
    tallies: dict[str, dict[str, int]] = field(default_factory=dict)
    # question id -> free-text answers, in alphabetical order (never the order they came in)
    comments: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # monitoring question id -> option -> how many chose it
    monitoring: dict[str, dict[str, int]] = field(default_factory=dict)

    def answered(self, question_id: str) -> int:
        """How many people answered one question."""
        if question_id in self.comments:
            return len(self.comments[question_id])
        return sum(self.tallies.get(question_id, {}).values())

    def monitoring_answered(self, question_id: str) -> int:
        return sum(self.monitoring.get(question_id, {}).values())


@dataclass(frozen=True, slots=True)
class SignalView:
    """One press of a jargon-card button: its kind and time, never whose phone."""

    id: int
    session_id: int
    kind: SignalKind
    at: dt.datetime
    recent: int  # presses of the same kind in the last minute, this one included


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    id: int
    session_id: int
    term: str
    meaning: str


@dataclass(frozen=True, slots=True)
class RecordSnapshot:
    """A session's whole record for exporters: its board, actions and earlier actions' progress."""

    board: BoardSnapshot
    actions: tuple[ActionView, ...]
    earlier_actions: tuple[ActionView, ...]
    earlier_sessions: tuple[SessionView, ...]
    audit: tuple[tuple[dt.datetime, str, str], ...] = ()
    # The workshop's public sentence of what everyone was offered for taking part.
    payment_offer: str = ""
    feedback: FeedbackResults | None = None
    # The workshop's reach targets: (monitoring question id, option, least percent).
    reach_targets: tuple[tuple[str, str, int], ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    signal_counts: tuple[tuple[str, int], ...] = ()  # jargon-card kind, presses
    # The pictures the record may show: those of its notes, and drawings with their captions.
    pictures: tuple[PictureData, ...] = ()
    # The notes earlier actions came from ("you said"), for quoting under the consent rules.
    earlier_notes: tuple[NoteView, ...] = ()
