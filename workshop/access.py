"""Access and communication needs: the closed list of kinds, and a session's access plan.

The plan is worked out here from the attendees' needs (pure functions over views), so the
planner, the CLI and the PDF/HTML plan agree. Needs are special-category data: the plan with
names is for the organisers; the venue's copy (`for_venue`) carries no names and no free text.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from workshop.dates import is_impossible
from workshop.views import ParticipantView, SessionView, StageView


class AccessNeedKind(enum.StrEnum):
    BSL_INTERPRETER = "bsl_interpreter"
    LIPSPEAKER = "lipspeaker"
    SPEECH_TO_TEXT = "speech_to_text"
    HEARING_LOOP = "hearing_loop"
    LARGE_PRINT = "large_print"
    EASY_READ = "easy_read"
    WELSH = "welsh"
    LANGUAGE_INTERPRETER = "language_interpreter"
    STEP_FREE = "step_free"
    SEATING = "seating"
    BREAKS = "breaks"
    QUIET_SPACE = "quiet_space"
    DIETARY = "dietary"
    SUPPORT_WORKER = "support_worker"
    CONTACT_FORMAT = "contact_format"
    OTHER = "other"


ACCESS_NEED_LABELS: dict[AccessNeedKind, str] = {
    AccessNeedKind.BSL_INTERPRETER: "BSL interpreter",
    AccessNeedKind.LIPSPEAKER: "Lipspeaker",
    AccessNeedKind.SPEECH_TO_TEXT: "Speech-to-text reporter",
    AccessNeedKind.HEARING_LOOP: "Hearing loop",
    AccessNeedKind.LARGE_PRINT: "Large print",
    AccessNeedKind.EASY_READ: "Easy Read",
    AccessNeedKind.WELSH: "Welsh language",
    AccessNeedKind.LANGUAGE_INTERPRETER: "Interpreter for another language",
    AccessNeedKind.STEP_FREE: "Step-free access",
    AccessNeedKind.SEATING: "Seating",
    AccessNeedKind.BREAKS: "Breaks",
    AccessNeedKind.QUIET_SPACE: "Quiet space",
    AccessNeedKind.DIETARY: "Dietary needs",
    AccessNeedKind.SUPPORT_WORKER: "Support worker or carer attending",
    AccessNeedKind.CONTACT_FORMAT: "Preferred contact format",
    AccessNeedKind.OTHER: "Something else",
}

# What the detail of a need says, where a kind has one ("size 18", "Polish", "vegan").
ACCESS_DETAIL_HINTS: dict[AccessNeedKind, str] = {
    AccessNeedKind.LARGE_PRINT: "Size (for example 18 point)",
    AccessNeedKind.LANGUAGE_INTERPRETER: "Which language",
    AccessNeedKind.SEATING: "What kind of seating",
    AccessNeedKind.DIETARY: "What they can eat",
    AccessNeedKind.CONTACT_FORMAT: "Email, phone, letter, text message…",
    AccessNeedKind.OTHER: "What would help",
}

# Professionals (interpreters, lipspeakers, reporters) are booked weeks ahead; the number of
# weeks is a setting. Everything else has a fixed lead time in days.
INTERPRETER_KINDS = frozenset(
    {
        AccessNeedKind.BSL_INTERPRETER,
        AccessNeedKind.LIPSPEAKER,
        AccessNeedKind.SPEECH_TO_TEXT,
        AccessNeedKind.LANGUAGE_INTERPRETER,
        AccessNeedKind.WELSH,
    }
)

BOOKING_TASKS: dict[AccessNeedKind, str] = {
    AccessNeedKind.BSL_INTERPRETER: "Book BSL interpreters (two for sessions over an hour)",
    AccessNeedKind.LIPSPEAKER: "Book a lipspeaker",
    AccessNeedKind.SPEECH_TO_TEXT: "Book a speech-to-text reporter",
    AccessNeedKind.LANGUAGE_INTERPRETER: "Book interpreters",
    AccessNeedKind.WELSH: "Arrange Welsh-language facilitation or simultaneous translation",
    AccessNeedKind.HEARING_LOOP: "Check the venue's hearing loop works, or hire a portable one",
    AccessNeedKind.LARGE_PRINT: "Print large-print copies of every handout",
    AccessNeedKind.EASY_READ: "Prepare Easy Read versions of the papers",
    AccessNeedKind.STEP_FREE: "Confirm step-free access and an accessible toilet with the venue",
    AccessNeedKind.SEATING: "Arrange the seating asked for",
    AccessNeedKind.BREAKS: "Put regular breaks into the agenda",
    AccessNeedKind.QUIET_SPACE: "Book a quiet room near the main room",
    AccessNeedKind.DIETARY: "Order food that meets everyone's dietary needs",
    AccessNeedKind.SUPPORT_WORKER: "Add places (and expenses) for support workers and carers",
    AccessNeedKind.CONTACT_FORMAT: "Send papers and reminders in each person's preferred format",
    AccessNeedKind.OTHER: "Read the other needs and agree how to meet them",
}

LEAD_DAYS: dict[AccessNeedKind, int] = {
    AccessNeedKind.HEARING_LOOP: 14,
    AccessNeedKind.EASY_READ: 21,
    AccessNeedKind.STEP_FREE: 14,
    AccessNeedKind.QUIET_SPACE: 14,
    AccessNeedKind.DIETARY: 7,
    AccessNeedKind.LARGE_PRINT: 7,
    AccessNeedKind.SEATING: 7,
    AccessNeedKind.BREAKS: 7,
    AccessNeedKind.SUPPORT_WORKER: 7,
    AccessNeedKind.CONTACT_FORMAT: 14,
    AccessNeedKind.OTHER: 14,
}

# The room on the day: the kinds that change how it is set up.
ROOM_KINDS = (
    AccessNeedKind.HEARING_LOOP,
    AccessNeedKind.STEP_FREE,
    AccessNeedKind.SEATING,
    AccessNeedKind.QUIET_SPACE,
    AccessNeedKind.SUPPORT_WORKER,
    AccessNeedKind.BSL_INTERPRETER,
    AccessNeedKind.LIPSPEAKER,
    AccessNeedKind.SPEECH_TO_TEXT,
)

# Where someone needs breaks, no stretch of the agenda runs longer than this without one.
BREAK_EVERY_MINUTES = 45
# The planner warns about unfinished bookings from this many days before the session.
WARN_DAYS = 14
DEFAULT_INTERPRETER_WEEKS = 6


@dataclass(frozen=True, slots=True)
class AccessNeedView:
    id: int
    participant_id: int
    kind: AccessNeedKind
    detail: str
    asked_on: dt.date
    asked_by: str


@dataclass(frozen=True, slots=True)
class AccessRegister:
    """One person's access needs and free-text notes (for the organisers and the person)."""

    participant_id: int
    needs: tuple[AccessNeedView, ...]
    notes: str

    @property
    def is_empty(self) -> bool:
        return not self.needs and not self.notes.strip()


@dataclass(frozen=True, slots=True)
class BookingView:
    """One thing to book or prepare for a session, by when, and whether it is done."""

    kind: AccessNeedKind
    task: str
    due_by: dt.date | None
    done: bool
    # How many of the session's people need it, and the details they gave (no names).
    people: int
    details: tuple[str, ...]

    def is_late(self, today: dt.date) -> bool:
        return (
            not self.done
            and self.due_by is not None
            and not is_impossible(self.due_by)
            and self.due_by < today
        )


@dataclass(frozen=True, slots=True)
class PersonNeeds:
    """The organisers' view of one attendee's needs (never in the venue's copy)."""

    name: str
    needs: tuple[AccessNeedView, ...]
    notes: str


@dataclass(frozen=True, slots=True)
class AgendaLine:
    start_minute: int
    name: str
    minutes: int
    break_before: bool


@dataclass(frozen=True, slots=True)
class AccessPlan:
    session: SessionView
    workshop_title: str
    bookings: tuple[BookingView, ...]
    room: tuple[str, ...]
    agenda: tuple[AgendaLine, ...]
    large_print: tuple[str, ...]  # the sizes asked for, one per copy
    easy_read_copies: int
    people: tuple[PersonNeeds, ...]
    for_venue: bool
    interpreter_weeks: int

    def warnings(self, today: dt.date) -> list[BookingView]:
        """Bookings not done when the session is near (or the booking is already late)."""
        date = self.session.date
        if date is None or date < today:
            return []
        near = (date - today).days <= WARN_DAYS
        return [b for b in self.bookings if not b.done and (near or b.is_late(today))]


def due_date(
    kind: AccessNeedKind, session_date: dt.date | None, interpreter_weeks: int
) -> dt.date | None:
    """The last day to book or prepare what a kind of need asks for."""
    if session_date is None or is_impossible(session_date):
        # Worked out from an impossible date it would look real; shown as the session's is.
        return session_date
    if kind in INTERPRETER_KINDS:
        return session_date - dt.timedelta(weeks=interpreter_weeks)
    return session_date - dt.timedelta(days=LEAD_DAYS.get(kind, 7))


def build_plan(
    *,
    session: SessionView,
    workshop_title: str,
    attendees: list[tuple[ParticipantView, AccessRegister]],
    marked: dict[str, tuple[dt.date | None, bool]],
    interpreter_weeks: int,
    for_venue: bool = False,
) -> AccessPlan:
    """The access plan of a session from its people's registers and the bookings marked done.

    marked holds, by kind, a booking's stored due date (None: work it out) and whether it is done.
    """
    by_kind: dict[AccessNeedKind, list[AccessNeedView]] = {}
    for _person, register in attendees:
        for need in register.needs:
            by_kind.setdefault(AccessNeedKind(need.kind), []).append(need)
    bookings = []
    for kind in AccessNeedKind:
        needs = by_kind.get(kind, [])
        if not needs:
            continue
        shown = kind is not AccessNeedKind.OTHER or not for_venue
        details = (
            tuple(sorted({n.detail.strip() for n in needs if n.detail.strip()})) if shown else ()
        )
        stored_due, done = marked.get(kind.value, (None, False))
        bookings.append(
            BookingView(
                kind=kind,
                task=BOOKING_TASKS[kind],
                due_by=stored_due or due_date(kind, session.date, interpreter_weeks),
                done=done,
                people=len({n.participant_id for n in needs}),
                details=details,
            )
        )
    room = tuple(
        f"{ACCESS_NEED_LABELS[kind]}: {_count(len({n.participant_id for n in by_kind[kind]}))}"
        for kind in ROOM_KINDS
        if kind in by_kind
    )
    large_print = tuple(
        n.detail.strip() or "size not given" for n in by_kind.get(AccessNeedKind.LARGE_PRINT, [])
    )
    people: tuple[PersonNeeds, ...] = ()
    if not for_venue:
        people = tuple(
            PersonNeeds(name=person.name, needs=register.needs, notes=register.notes)
            for person, register in attendees
            if not register.is_empty
        )
    return AccessPlan(
        session=session,
        workshop_title=workshop_title,
        bookings=tuple(bookings),
        room=room,
        agenda=agenda_with_breaks(session.stages, AccessNeedKind.BREAKS in by_kind),
        large_print=large_print,
        easy_read_copies=len(by_kind.get(AccessNeedKind.EASY_READ, [])),
        people=people,
        for_venue=for_venue,
        interpreter_weeks=interpreter_weeks,
    )


def agenda_with_breaks(stages: tuple[StageView, ...], breaks: bool) -> tuple[AgendaLine, ...]:
    """The agenda with start times; where someone needs breaks, one at least every 45 minutes."""
    lines = []
    start = 0
    since_break = 0
    for stage in sorted(stages, key=lambda s: s.position):
        needs_break = (
            breaks and since_break > 0 and since_break + stage.minutes > BREAK_EVERY_MINUTES
        )
        if needs_break:
            since_break = 0
        lines.append(AgendaLine(start, stage.name, stage.minutes, needs_break))
        start += stage.minutes
        since_break += stage.minutes
    return tuple(lines)


def _count(people: int) -> str:
    return "1 person" if people == 1 else f"{people} people"
