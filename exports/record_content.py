"""What a session record says, worked out once from a snapshot for every record format.

This is where the privacy rules of the record are applied: private and pending notes
are left out, redacted text replaces the original, people are shown only through
workshop.identity, support needs are never read, and contact details appear only for
people who agreed to share them. The PDF and HTML writers only lay this content out.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from exports import count_sentences
from exports.record_options import RecordOptions
from exports.wording import current as current_wording
from exports.wording import date_long, date_short, each_language, say, say_and, say_with
from workshop import audience, note_language, templates
from workshop.analysis import VoiceBalance, voice_balance, vote_results
from workshop.audience import Audience
from workshop.dates import is_impossible
from workshop.errors import NotFoundError
from workshop.feedback import Option
from workshop.feedback_report import FeedbackSummary, summarise
from workshop.identity import public_name, public_name_parts
from workshop.privacy import SMALL_GROUP_SIZE
from workshop.views import (
    ActionView,
    BoardSnapshot,
    ColumnView,
    NoteView,
    ParticipantView,
    PictureData,
    RecordSnapshot,
    SessionView,
)
from workshop.vocabulary import (
    ACTION_STATUS_LABELS,
    CITIZEN_ROLES,
    DESIGN_STAGE_LABELS,
    INVOLVEMENT_LABELS,
    ROLE_PLURALS,
    SIGNAL_LABELS,
    STAGE_KIND_LABELS,
    ActionStatus,
    NoteSource,
    Role,
    Voice,
    voice_of,
)

TOP_PRIORITIES = 5


# Marks a note whose text was read from a photo by the computer and never checked by a person.
MACHINE_READ_MARK = "machine-read from a photo, not checked"


def long_date(day: dt.date | None) -> str:
    """A date as people write it in a UK public document: 1 December 2026."""
    if day is None:
        return say("Not recorded")
    if is_impossible(day):
        return str(day)  # "invalid date (…)": what the record holds, not a made-up date
    return date_long(day)


def short_date(day: dt.date) -> str:
    """A date for narrow table columns: 1 Dec 2026."""
    if is_impossible(day):
        return str(day)
    return date_short(day)


@dataclass(frozen=True)
class Contribution:
    """One note as the public record shows it."""

    ref: str
    note: NoteView
    text: str
    contributor: str
    redacted: bool
    column: str
    theme: str | None
    votes: int = 0
    citizen_votes: int = 0
    professional_votes: int = 0
    # The note as written on paper, when it came from a photo.
    picture: PictureData | None = None
    # The table it was written at (None: the plenary, or a session without tables).
    table: str | None = None

    @property
    def language(self) -> str | None:
        """The language the note is written in: as recorded, else detected from its text."""
        return self.note.language or _detected(self.text)


@functools.lru_cache(maxsize=4096)
def _detected(text: str) -> str | None:
    # Only the web record asks (for its lang attributes), so a PDF never loads the detector.
    return note_language.detect(text)


@dataclass(frozen=True)
class ThemeGroup:
    title: str | None  # None: notes not grouped into a theme
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True)
class ColumnGroup:
    column: ColumnView
    groups: tuple[ThemeGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(g.contributions) for g in self.groups)


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int


@dataclass(frozen=True)
class TableSection:
    """One table of the room: whose voices it heard, its notes by prompt, what it took back."""

    name: str
    voices: tuple[CountLine, ...]  # its notes by voice, as the balance meter counts them
    columns: tuple[tuple[str, tuple[Contribution, ...]], ...]  # prompt title, its notes there
    # Who sat at it, by voice (counts only; in any round): phones that joined there, its host
    # and the people the host named.
    people: tuple[CountLine, ...] = ()

    @property
    def count(self) -> int:
        return sum(len(notes) for _, notes in self.columns)

    @property
    def harvested(self) -> tuple[Contribution, ...]:
        return tuple(c for _, notes in self.columns for c in notes if c.note.harvested)


@dataclass(frozen=True)
class ActionRow:
    ref: str
    title: str
    description: str
    owner: str
    co_lead: str
    due: str
    status: str  # as it stood at the end of the session
    jointly_agreed: str
    sources: tuple[Contribution, ...]
    withheld_sources: int
    since_then: tuple[str, ...] = ()  # later progress, dated; empty when nothing changed


@dataclass(frozen=True)
class UpdateLine:
    date: str
    text: str
    status: str

    @property
    def line(self) -> str:
        """ "3 Dec 2026, Done: texts go out…", without saying the status twice."""
        if not self.status or self.text.lower().startswith(self.status.lower()):
            return f"{self.date}: {self.text}"
        return f"{self.date}, {self.status}: {self.text}"


@dataclass(frozen=True)
class ProgressRow:
    """An earlier session's action and what has happened to it since."""

    session: str
    title: str
    owner: str
    status: str
    dropped: bool
    dropped_reason: str
    updates: tuple[UpdateLine, ...]
    co_lead: str = "No co-lead"
    due: str = "No date set"
    overdue: bool = False
    jointly_agreed: str = "No"
    # The words the action answers: its source notes as the record may show them.
    you_said: tuple[tuple[str, str], ...] = ()  # (text, who said it)
    withheld_sources: int = 0

    @property
    def reason_to_show(self) -> str | None:
        """Why a dropped action was dropped, unless an update already says it word for word."""
        if not self.dropped:
            return None
        reason = self.dropped_reason.strip()
        if reason and any(u.text.strip() == reason for u in self.updates):
            return None
        return reason or "No reason was recorded."


@dataclass(frozen=True)
class ContactLine:
    name: str
    organisation: str
    contact: str


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    user_text: bool = True  # typed by someone, so it goes through the text layer


@dataclass(frozen=True)
class RecordContent:
    """Everything a record shows, already filtered for publication."""

    workshop_title: str
    organisation: str
    session_title: str
    date: str
    # "Record of the session held on …", in the record's wording (a bilingual one says it twice).
    held_on: str
    is_final: bool
    status_line: str
    history: tuple[str, ...]
    facts: tuple[Fact, ...]
    arrangements: str
    balance: VoiceBalance
    attendance_by_role: tuple[CountLine, ...]
    attendee_count: int
    named_attendees: tuple[str, ...]
    unnamed_by_role: tuple[CountLine, ...]
    columns: tuple[ColumnGroup, ...]
    contributions: tuple[Contribution, ...]
    board: BoardSnapshot  # public notes only, for drawing
    refs: dict[int, str]  # note id -> contribution reference
    votes: tuple[Contribution, ...]  # with at least one vote, most first
    citizen_top: tuple[Contribution, ...]
    professional_top: tuple[Contribution, ...]
    total_votes: int
    votes_per_person: int
    actions: tuple[ActionRow, ...]
    progress: tuple[ProgressRow, ...]
    contacts: tuple[ContactLine, ...]
    method: tuple[str, ...]
    stages: tuple[tuple[str, str, str], ...]  # name, what people did, minutes
    # What everyone was offered for taking part (a setting); never who was paid what.
    payment_offer: str = ""
    # Counts only, small numbers suppressed; None when nobody gave feedback.
    feedback: FeedbackSummary | None = None
    # The workshop's aims for whom it hears from: least percent by (question id, option).
    reach_targets: dict[tuple[str, str], int] = field(default_factory=dict)
    # Words explained during the session (term, meaning), and the jargon card's presses.
    glossary: tuple[tuple[str, str], ...] = ()
    signal_counts: tuple[tuple[str, int], ...] = ()
    drawings: tuple[PictureData, ...] = ()  # flipcharts and drawings, with their captions
    # The room's tables (none when the session worked as one group) and, for the plenary,
    # the notes the tables brought back, each with its table's name in `table`.
    tables: tuple[TableSection, ...] = ()
    plenary: tuple[Contribution, ...] = ()
    # Where small role groups were shown as "participant", the sentence saying so.
    merged_note: str = ""
    # Printed on every page of an edition not meant for publication.
    not_for_publication: bool = False
    # A voice with fewer voters than this is not shown separately in the vote results.
    citizen_voters: int = 0
    professional_voters: int = 0
    # The written summary of what was heard, and the notes chosen to quote in it.
    written_summary: str = ""
    quotes: tuple[Contribution, ...] = ()
    next_steps: tuple[Fact, ...] = ()
    # Registered people who sent apologies, and those who neither came nor sent them.
    apologies_by_role: tuple[CountLine, ...] = ()
    absent_by_role: tuple[CountLine, ...] = ()
    attendance_by_voice: tuple[CountLine, ...] = ()
    gaps: str = ""

    @property
    def citizen_votes_shown(self) -> bool:
        return self.citizen_voters == 0 or self.citizen_voters >= SMALL_GROUP_SIZE

    @property
    def professional_votes_shown(self) -> bool:
        return self.professional_voters == 0 or self.professional_voters >= SMALL_GROUP_SIZE

    @property
    def hidden_voices_note(self) -> str:
        """The sentence saying which voice's votes are too few to show separately."""
        if self.citizen_votes_shown and self.professional_votes_shown:
            return ""
        return count_sentences.hidden_voices(
            SMALL_GROUP_SIZE, not self.citizen_votes_shown, not self.professional_votes_shown
        )

    @property
    def top_priorities(self) -> tuple[Contribution, ...]:
        return self.votes[:TOP_PRIORITIES]

    @property
    def title(self) -> str:
        return f"{self.workshop_title}: {self.session_title}"


def _label(table: dict, value: str | None, fallback: str = "Not recorded") -> str:
    for key, label in table.items():
        if key.value == value:
            return say(label)
    return say(fallback)


def public_board(board: BoardSnapshot, reader: Audience = Audience.RECORD) -> BoardSnapshot:
    """The board as an edition of the record may show it (workshop.audience decides)."""
    return audience.board_for(reader, board)


def reading_order(notes: list[NoteView]) -> list[NoteView]:
    """Notes of a lane in the order people read the board: top to bottom, left to right."""
    return sorted(notes, key=lambda n: (round(n.y), round(n.x), n.id))


def _contributor(name: str, note: NoteView) -> str:
    """Who said it; a note added from a photo without a person's review says so."""
    if note.source == NoteSource.MACHINE_READ:
        return f"{name}, {MACHINE_READ_MARK}"
    return name


def _role_counts(people: list[ParticipantView], merged: frozenset[str]) -> tuple[CountLine, ...]:
    counts: Counter[str] = Counter()
    for person in people:
        if person.role in merged:
            counts["other participants (small groups combined)"] += 1
        else:
            try:
                counts[ROLE_PLURALS[Role(person.role)]] += 1
            except ValueError:
                counts["other participants"] += 1  # a role this version does not know
    order = [ROLE_PLURALS[r] for r in Role]
    return tuple(
        CountLine(say(label[:1].upper() + label[1:]), counts[label])
        for label in sorted(counts, key=lambda x: (order.index(x) if x in order else 99, x))
    )


def _history(snapshot: RecordSnapshot) -> tuple[str, ...]:
    """When the record was marked final and reopened, in the record's own words.

    Built from each event's kind and day only: the audit's own text is English and for the log.
    Who checked it and on which day are the session's, so they belong to the last marking.
    """
    session = snapshot.board.session
    finals = [i for i, (_, event, _) in enumerate(snapshot.audit) if event == "record_final"]
    lines = []
    for index, (at, event, _) in enumerate(snapshot.audit):
        day = at.date()
        if event == "record_final":
            if index == finals[-1] and session.checked_by and session.checked_on:
                lines.append(
                    say_with(
                        "Marked final, checked by {who} on {day}.",
                        who=session.checked_by,
                        day=session.checked_on,
                    )
                )
            else:
                lines.append(say_with("Marked final on {day}.", day=day))
        elif event == "record_unlocked":
            lines.append(say_with("Reopened for changes on {day}.", day=day))
    return tuple(lines)


def _amended_on(snapshot: RecordSnapshot) -> tuple[dt.date, ...]:
    """The days a final record was reopened to change it (kept with the session, so an
    imported record says so too)."""
    return snapshot.board.session.amended_on


def _status_line(session: SessionView, amended: tuple[dt.date, ...]) -> str:
    amendments = ""
    if amended:
        amendments = " " + say_with(
            "Amended on {days}.", days=", ".join(long_date(day) for day in amended)
        )
    if session.is_final:
        who = session.checked_by or say("the people who took part")
        checked = (
            say_with("Final record, checked by {who} on {day}.", who=who, day=session.checked_on)
            if session.checked_on
            else say_with("Final record, checked by {who}.", who=who)
        )
        return f"{checked}{amendments}"
    if amended:
        return f"{say('Draft: reopened for changes after being checked.')}{amendments}"
    return say("Draft: not yet checked by the people who took part.")


def build_content(snapshot: RecordSnapshot, options: RecordOptions) -> RecordContent:
    """Work out what the record shows, applying every publication rule."""
    merged = options.merged_roles
    reader = options.audience
    board = public_board(snapshot.board, reader)
    session = board.session
    people = {p.id: p for p in board.participants}

    def name_of(person_id: int | None, role: str = "") -> str:
        if person_id is None and not role:
            return say("Not set")
        return public_name(people.get(person_id) if person_id else None, role, merged, say)

    def said_by(person_id: int | None, role: str) -> str:
        person = people.get(person_id) if person_id else None
        return ", ".join(public_name_parts(person, role, merged, say))

    tallies = {t.note.id: t for t in vote_results(board, public_only=True)}
    pictures = {p.id: p for p in snapshot.pictures}
    themes = {t.id: t.title for t in board.themes}
    table_names = {t.id: t.name for t in board.tables}
    by_column: dict[int, list[NoteView]] = {}
    for note in board.notes:
        by_column.setdefault(note.column_id, []).append(note)

    columns: list[ColumnGroup] = []
    contributions: list[Contribution] = []
    refs: dict[int, str] = {}
    for column in board.columns:
        notes = reading_order(by_column.get(column.id, []))
        theme_order = [t.id for t in board.themes]
        grouped: dict[int | None, list[NoteView]] = {}
        for note in notes:
            grouped.setdefault(note.theme_id if note.theme_id in themes else None, []).append(note)
        keys = [k for k in theme_order if k in grouped] + ([None] if None in grouped else [])
        groups = []
        for key in keys:
            items = []
            for note in grouped[key]:
                tally = tallies.get(note.id)
                contribution = Contribution(
                    ref=f"C{len(contributions) + 1}",
                    note=note,
                    text=note.public_text,
                    contributor=_contributor(name_of(note.author_id, note.role), note),
                    redacted=note.redacted_text is not None,
                    column=column.title,
                    theme=themes.get(key) if key is not None else None,
                    votes=tally.total if tally else 0,
                    citizen_votes=tally.citizen if tally else 0,
                    professional_votes=tally.professional if tally else 0,
                    picture=pictures.get(note.picture_id) if note.picture_id else None,
                    table=table_names.get(note.table_id) if note.table_id else None,
                )
                refs[note.id] = contribution.ref
                contributions.append(contribution)
                items.append(contribution)
            groups.append(ThemeGroup(themes.get(key) if key is not None else None, tuple(items)))
        columns.append(ColumnGroup(column, tuple(groups)))

    by_note = {c.note.id: c for c in contributions}
    voted = sorted((c for c in contributions if c.votes), key=lambda c: (-c.votes, c.note.id))
    citizen_top = sorted(
        (c for c in contributions if c.citizen_votes), key=lambda c: (-c.citizen_votes, c.note.id)
    )
    professional_top = sorted(
        (c for c in contributions if c.professional_votes),
        key=lambda c: (-c.professional_votes, c.note.id),
    )

    attendees = [p for p in board.participants if p.id in board.attendee_ids]
    named = tuple(public_name(p, "", merged, say) for p in attendees if p.consent_named)
    unnamed = [p for p in attendees if not p.consent_named]

    actions = tuple(_action_row(i, a, by_note, name_of) for i, a in enumerate(snapshot.actions))
    earlier_titles = {
        s.id: f"{s.title} ({long_date(s.date)})" if s.date else s.title
        for s in snapshot.earlier_sessions
    }
    earlier_notes = {n.id: n for n in snapshot.earlier_notes if audience.sees(reader, n)}
    today = dt.date.today()
    progress = []
    for a in snapshot.earlier_actions:
        said = tuple(
            (
                audience.shown_text(reader, earlier_notes[i]),
                # "Maureen Ellis, carer": it follows the quote after a dash, not in brackets.
                said_by(earlier_notes[i].author_id, earlier_notes[i].role),
            )
            for i in a.source_note_ids
            if i in earlier_notes
        )
        progress.append(
            ProgressRow(
                session=earlier_titles.get(a.session_id, "An earlier session"),
                title=a.title,
                owner=name_of(a.owner_id) if a.owner_id else say("Not set"),
                status=_label(ACTION_STATUS_LABELS, a.status),
                dropped=a.status == ActionStatus.DROPPED,
                dropped_reason=a.dropped_reason,
                updates=tuple(
                    UpdateLine(
                        short_date(u.date), u.text, _label(ACTION_STATUS_LABELS, u.status, "")
                    )
                    for u in sorted(a.updates, key=lambda u: (u.date, u.id))
                ),
                co_lead=name_of(a.co_lead_id) if a.co_lead_id else say("No co-lead"),
                due=short_date(a.due) if a.due else say("No date set"),
                overdue=a.is_overdue(today),
                jointly_agreed=say("Yes") if a.jointly_agreed else say("No"),
                you_said=said,
                withheld_sources=len(a.source_note_ids) - len(said),
            )
        )

    # People who took part; without an attendance list, everyone registered.
    reachable = attendees or list(board.participants)
    contacts = tuple(
        ContactLine(
            name=public_name(p, merged_roles=merged, words=say),
            organisation=p.organisation,
            contact=p.contact,
        )
        for p in reachable
        if p.contact and audience.contact_shown(reader, p)
    )
    roles = {p.id: p.role for p in board.participants}
    voters = {v.participant_id for v in board.votes}
    citizen_voters = sum(1 for v in voters if roles.get(v) in CITIZEN_ROLES)
    professional_voters = sum(1 for v in voters if roles.get(v) == Role.PROFESSIONAL)
    apologised = [p for p in board.participants if p.id in board.apology_ids]
    absent = [
        p
        for p in board.participants
        if attendees and p.id not in board.attendee_ids and p.id not in board.apology_ids
    ]
    merged_note = ""
    if merged:
        merged_note = _merged_roles(merged)

    history = _history(snapshot)
    facilitator = (
        name_of(session.facilitator_id)
        if session.facilitator_id is not None
        else say("Not recorded")
    )
    facts = (
        Fact(say("Workshop"), board.workshop.title),
        Fact(say("Session"), session.title),
        Fact(say("Date"), long_date(session.date), user_text=False),
        Fact(say("Venue"), session.venue or say("Not recorded")),
        Fact(say("Organisation"), board.workshop.organisation or say("Not recorded")),
        Fact(say("Service"), board.workshop.service_area or say("Not recorded")),
        Fact(say("Area"), board.workshop.locality or say("Not recorded")),
        Fact(say("Facilitator"), facilitator),
        Fact(say("Purpose"), session.purpose or say("Not recorded")),
        Fact(
            say("Design stage"), _label(DESIGN_STAGE_LABELS, session.design_stage), user_text=False
        ),
        Fact(say("Level of involvement"), _involvement(session), user_text=False),
        Fact(say("What the session shows"), _evidence(board, snapshot.actions), user_text=False),
    )
    return RecordContent(
        workshop_title=board.workshop.title,
        organisation=board.workshop.organisation,
        session_title=session.title,
        date=long_date(session.date),
        held_on=say_with("Record of the session held on {day}", day=session.date)
        if session.date
        else say("Record of the session; its date was not recorded"),
        is_final=session.is_final,
        status_line=_status_line(session, _amended_on(snapshot)),
        history=history,
        facts=facts,
        arrangements=session.arrangements,
        balance=voice_balance(board),
        attendance_by_role=_role_counts(attendees, merged),
        attendee_count=len(attendees),
        named_attendees=named,
        unnamed_by_role=_role_counts(unnamed, merged),
        columns=tuple(columns),
        contributions=tuple(contributions),
        board=board,
        refs=refs,
        votes=tuple(voted),
        citizen_top=tuple(citizen_top[:TOP_PRIORITIES]),
        professional_top=tuple(professional_top[:TOP_PRIORITIES]),
        total_votes=len(board.votes),
        votes_per_person=session.votes_per_participant,
        actions=actions,
        progress=tuple(progress),
        contacts=contacts,
        method=_method(board, contributions),
        drawings=tuple(p for p in snapshot.pictures if p.kind == "drawing"),
        merged_note=merged_note,
        not_for_publication=not options.for_publication,
        citizen_voters=citizen_voters,
        professional_voters=professional_voters,
        written_summary=session.summary,
        quotes=tuple(c for c in contributions if c.note.quoted),
        next_steps=_next_steps(session, board.workshop.organisation),
        apologies_by_role=_role_counts(apologised, merged),
        absent_by_role=_role_counts(absent, merged),
        attendance_by_voice=_voice_counts(attendees),
        gaps=session.gaps,
        stages=tuple(
            (s.name, _label(STAGE_KIND_LABELS, s.kind, s.kind), count_sentences.minutes(s.minutes))
            for s in session.stages
        ),
        payment_offer=snapshot.payment_offer,
        feedback=_feedback(snapshot, session.involvement, options.language),
        reach_targets={(q, o): percent for q, o, percent in snapshot.reach_targets},
        glossary=tuple((entry.term, entry.meaning) for entry in snapshot.glossary),
        signal_counts=snapshot.signal_counts,
        tables=_tables(board, contributions),
        plenary=tuple(c for c in contributions if c.note.harvested and c.table is not None),
    )


def _tables(board: BoardSnapshot, contributions: list[Contribution]) -> tuple[TableSection, ...]:
    """Each table's part of the record, from the contributions the record may show."""
    sections = []
    for table in board.tables:
        own = [c for c in contributions if c.note.table_id == table.id]
        voices: Counter[Voice] = Counter(voice_of(c.note.role) for c in own)
        columns = tuple(
            (column.title, notes)
            for column in board.columns
            if (notes := tuple(c for c in own if c.note.column_id == column.id))
        )
        seated: Counter[Voice] = Counter(
            voice_of(person.role) for person in board.participants if person.id in table.seated
        )
        sections.append(
            TableSection(
                name=table.name,
                voices=tuple(
                    CountLine(label, voices[voice])
                    for voice, label in _VOICE_LABELS
                    if voices[voice]
                ),
                columns=columns,
                people=tuple(
                    CountLine(label, seated[voice])
                    for voice, label in _VOICE_LABELS
                    if seated[voice]
                ),
            )
        )
    return tuple(sections)


def table_summary(table: TableSection) -> str:
    """A table in a sentence or two: who sat there by voice, how many contributions, whose
    voices, how many went back."""
    summary = count_sentences.table_summary(
        table.count, [(line.label, line.count) for line in table.voices], len(table.harvested)
    )
    if not table.people:
        return summary
    seated = count_sentences.seated_sentence([(line.label, line.count) for line in table.people])
    return f"{seated} {summary}"


_VOICE_LABELS = (
    (Voice.CITIZEN, "Citizen voice"),
    (Voice.PROFESSIONAL, "Professional voice"),
    (Voice.NEITHER, "Others (facilitators, observers)"),
)


def signals_sentence(counts: tuple[tuple[str, int], ...]) -> str:
    """The jargon card in one sentence: "People pressed “Jargon!” 4 times and “Slow down” once"."""
    return count_sentences.signals_sentence(
        [(_english_label(SIGNAL_LABELS, kind), count) for kind, count in counts]
    )


def _english_label(table: dict, value: str) -> str:
    for key, label in table.items():
        if key.value == value:
            return str(label)
    return value


AIMS_SENTENCE = (
    "The organisers set aims for whom the whole workshop hears from; each aim is shown beside "
    "this session's share."
)


def aim_text(percent: int) -> str:
    """A reach target as the record states it: "at least 30%"."""
    return say_with("at least {percent}%", percent=percent)


def _feedback(
    snapshot: RecordSnapshot, involvement: str | None, language: str
) -> FeedbackSummary | None:
    results = snapshot.feedback
    if results is None or not results.respondents:
        return None
    words = "cy" if language.lower().startswith("cy") else "en"
    return summarise(results, involvement, language=words)


def _next_steps(session: SessionView, organisation: str) -> tuple[Fact, ...]:
    """What happens after the session, as the record states it; blanks say "not recorded"."""
    contact = session.contact or say("Not recorded")
    return (
        Fact(
            say("Next session"),
            long_date(session.next_session_date)
            if session.next_session_date
            else say("Not set yet"),
            user_text=False,
        ),
        Fact(say("Where the findings go"), session.findings_go_to or say("Not recorded")),
        Fact(say("How you will hear back"), session.hear_back or say("Not recorded")),
        Fact(say("Contact"), contact),
        Fact(
            say("Other formats"),
            say_with(
                "This record is available in large print, Easy Read and Welsh on request from "
                "{organisation}.",
                organisation=organisation,
            )
            if organisation
            else say("This record is available in large print, Easy Read and Welsh on request."),
        ),
    )


def _voice_counts(people: list[ParticipantView]) -> tuple[CountLine, ...]:
    """People who took part, by whose voice they speak with."""
    counts = Counter(voice_of(p.role) for p in people)
    lines = (
        ("Citizen voice (lived experience, carers, community)", counts[Voice.CITIZEN]),
        ("Professional voice", counts[Voice.PROFESSIONAL]),
        ("Facilitating or observing", counts[Voice.NEITHER]),
    )
    return tuple(CountLine(say(label), count) for label, count in lines if count)


def _involvement(session: SessionView) -> str:
    """The level of involvement claimed, and who claimed it, so a reader can weigh it."""
    if session.involvement is None:
        return say("Not recorded")
    label = _label(INVOLVEMENT_LABELS, session.involvement)
    if session.involvement_set_by:
        return f"{label} {say_with('Set by {who}.', who=session.involvement_set_by)}"
    return f"{label} {say('Who set this level was not recorded.')}"


def _evidence(board: BoardSnapshot, actions: tuple[ActionView, ...]) -> str:
    """What the session's own record shows, beside the level it claims."""
    joint = sum(1 for a in actions if a.jointly_agreed)
    balance = voice_balance(board)
    notes = balance.citizen_notes + balance.professional_notes
    return say_with(
        "jointly agreed actions: {joint} of {actions}; votes cast: {votes}; "
        "notes from the citizen voice: {citizen} of {notes}",
        joint=joint,
        actions=len(actions),
        votes=len(board.votes),
        citizen=balance.citizen_notes,
        notes=notes,
    )


def _action_row(
    index: int,
    action: ActionView,
    by_note: dict[int, Contribution],
    name_of: Callable[[int | None], str],
) -> ActionRow:
    sources = tuple(by_note[i] for i in action.source_note_ids if i in by_note)
    return ActionRow(
        ref=f"A{index + 1}",
        title=action.title,
        description=action.description,
        owner=name_of(action.owner_id) if action.owner_id else say("Not set"),
        co_lead=name_of(action.co_lead_id) if action.co_lead_id else say("No co-lead"),
        due=short_date(action.due) if action.due else say("No date set"),
        status=_label(ACTION_STATUS_LABELS, action.status_on_the_day),
        jointly_agreed=say("Yes") if action.jointly_agreed else say("No"),
        sources=sources,
        withheld_sources=len(action.source_note_ids) - len(sources),
        since_then=_since_then(action),
    )


def _since_then(action: ActionView) -> tuple[str, ...]:
    """Progress after the session that agreed the action, as dated lines."""
    lines = tuple(
        UpdateLine(short_date(u.date), u.text, _label(ACTION_STATUS_LABELS, u.status, "")).line
        for u in sorted(action.updates, key=lambda u: (u.date, u.id))
        if u.session_id != action.session_id
    )
    if not lines and action.status != action.status_on_the_day:
        lines = (f"Now {_label(ACTION_STATUS_LABELS, action.status).lower()}.",)
    return lines


def _method(board: BoardSnapshot, contributions: list[Contribution]) -> tuple[str, ...]:
    session = board.session
    lines = []
    try:
        template = templates.get(session.template) if session.template else None
    except NotFoundError:
        template = None
    if template is not None:
        lines.append(each_language(lambda: _followed(template)))
    prompts = ", ".join(f"“{c.title}”" for c in board.columns)
    if prompts:
        lines.append(
            say_with("People wrote notes in answer to these prompts: {prompts}.", prompts=prompts)
        )
    silent = [c.title for c in board.columns if c.silent]
    if silent:
        lines.append(
            say("Some prompts used silent writing: notes stayed hidden until everyone had written.")
        )
    sources = Counter(c.note.source for c in contributions)
    from_phones = sources.get(NoteSource.DEVICE, 0)
    if from_phones:
        lines.append(count_sentences.phones_sentence(from_phones, len(contributions)))
    lines.append(count_sentences.votes_method(session.votes_per_participant))
    lines.append(
        say(
            "Names appear only for people who agreed to be named; everyone else is shown by a "
            "number and their role. Notes that people asked to keep out of the public record are "
            "left out, and some notes are shown in an edited form where that protects someone."
        )
    )
    return tuple(lines)


def _followed(template: templates.Template) -> str:
    """The method the session followed, in the template's own words for the record's language."""
    shown = template.in_language("cy") if current_wording() == "cy" else template
    return say_with(
        "The session followed the “{name}” method. {description}",
        name=shown.name,
        description=shown.description,
    )


def _merged_roles(merged: frozenset[str]) -> str:
    """Which small groups are shown as "participant", in the record's wording."""

    def build() -> str:
        names = []
        for role in sorted(merged):
            try:
                names.append(say(ROLE_PLURALS[Role(role)]))
            except ValueError:
                names.append(say("people of another role"))
        roles = say_and(names)
        return say_with(
            "To protect people in small groups, {roles} are shown as “participant” in this record.",
            roles=roles,
        )

    return each_language(build)


def option_words(option: Option) -> str:
    """A feedback answer's own words in the record's wording (the options carry their Welsh)."""
    return each_language(lambda: option.label(current_wording()))


def stated_level(option: Option) -> str:
    """The level the facilitator stated, before what people said about it."""
    return each_language(
        lambda: say_with(
            "The facilitator described this session as: “{level}”. This is what people said.",
            level=option.label(current_wording()),
        )
    )
