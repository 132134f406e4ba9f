"""The interchange format (version 1): reading a file into checked, typed records, and writing one.

Reading refuses a bad file with a message that names the place, e.g.
`sessions[0].notes[3].column: no column "c99"`. Nothing here touches the database.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
import re
from dataclasses import dataclass, field
from typing import Any

from workshop import validation
from workshop.access import AccessNeedKind
from workshop.errors import ImportRefused, ValidationError
from workshop.interchange_easy_read import (
    EasyReadItem,
    OwnPictureItem,
    check_own_pictures,
    read_easy_read,
    read_own_pictures,
)
from workshop.interchange_feedback import FeedbackRecord, read_feedback, read_reach_targets
from workshop.messages import QT_TRANSLATE_NOOP, Word
from workshop.note_language import clean_language
from workshop.payments import MAX_MINUTES, MAX_PENCE, PaymentMethod, PaymentStatus
from workshop.reach import Target
from workshop.vocabulary import (
    NOT_RECORDED_ROLE,
    ActionStatus,
    DesignStage,
    Involvement,
    NoteSource,
    PictureKind,
    RecordStatus,
    Role,
    StageKind,
)

FORMAT = "co-design-workshop"
# Role written by an anonymised export for people whose small role group was merged away.
WITHHELD_ROLE = "participant"
VERSION = 1
MAX_DEPTH = 12
# The place named by refusals about the file as a whole (not a place inside it).
FILE = Word("file")


def refused(template: str, place: str, **params: object) -> ImportRefused:
    """A refusal "<place>: <problem>"; the place stays as written, the problem is translatable.

    Mark template for lupdate where it is written; it starts with "{place}: ".
    """
    return ImportRefused.of(template, place=place, **params)  # type: ignore[arg-type]


@dataclass
class AccessNeedRecord:
    kind: str
    detail: str
    asked_on: dt.date
    asked_by: str


@dataclass
class PaymentRecord:
    # A participant id of the file, or None for a payment kept after its person was erased.
    participant: str | None
    pseudonym: str
    # Time paid for, split as the app keeps it; the file's "minutes" is their sum.
    session_minutes: int
    preparation_minutes: int
    travel_minutes: int
    rate_pence_per_hour: int
    method: str
    expenses_pence: int
    status: str
    paid_on: dt.date | None
    approved_by: str


@dataclass
class ParticipantRecord:
    key: str
    name: str
    role: str
    organisation: str
    consent_named: bool
    consent_contact: bool
    consent_share_contact: bool
    contact: str
    support_needs: str
    number: int | None
    access_needs: list[AccessNeedRecord] = field(default_factory=list)
    access_notes: str = ""


@dataclass
class NoteRecord:
    key: str
    column: str
    text: str
    author: str | None
    role: str
    theme: str | None
    hidden: bool
    created_at: dt.datetime
    x: float | None = None
    y: float | None = None
    colour: str = ""
    pending: bool = False
    private: bool = False
    redacted_text: str | None = None
    picture: str | None = None
    source: str = ""  # "photo" or "machine_read" travel; anything else is written as "import"
    table: str | None = None  # the table it was written at (None: the plenary)
    round: int | None = None
    marked: bool = False
    harvested: bool = False
    quoted: bool = False
    language: str | None = None  # a BCP 47 tag, where the language it was written in is known


@dataclass
class PictureRecord:
    """A stored picture (photo, a note's picture, or a drawing), its JPEG carried as base64."""

    key: str
    kind: str
    jpeg: bytes
    width: int
    height: int
    blurred: bool
    caption: str


@dataclass
class UpdateRecord:
    date: dt.date
    session: str | None
    text: str
    status: str


@dataclass
class ActionRecord:
    key: str
    title: str
    description: str
    owner: str | None
    co_lead: str | None
    due: dt.date | None
    status: str
    sources: list[str]
    agreed_by: list[str]
    updates: list[UpdateRecord]
    dropped_reason: str = ""
    agreed_status: str | None = None


@dataclass
class SessionRecord:
    key: str
    title: str
    date: dt.date | None
    venue: str
    facilitator: str | None
    purpose: str
    design_stage: str | None
    involvement: str | None
    arrangements: str
    attendees: list[str]
    columns: list[tuple[str, str, bool]]  # key, title, silent
    themes: list[tuple[str, str, str | None]]  # key, title, column key
    notes: list[NoteRecord]
    votes: list[tuple[str, str]]  # participant key, note key
    actions: list[ActionRecord]
    template: str = ""
    stages: list[tuple[str, str, int]] = field(default_factory=list)
    current_stage: int | None = None
    votes_per_participant: int = 5
    voice_threshold: int = 60
    board_locked: bool = False
    hold_device_notes: bool = False
    record_status: str = "draft"
    checked_on: dt.date | None = None
    payments: list[PaymentRecord] = field(default_factory=list)
    access_bookings: list[tuple[str, dt.date | None, bool]] = field(default_factory=list)
    feedback: FeedbackRecord | None = None
    glossary: list[tuple[str, str]] = field(default_factory=list)  # term, meaning
    pictures: list[PictureRecord] = field(default_factory=list)
    tables: list[tuple[str, str]] = field(default_factory=list)  # key, name, in their order
    # Who sat at which table: table key, person key, round (None: rounds not counted).
    seats: list[tuple[str, str, int | None]] = field(default_factory=list)
    checked_by: str = ""
    # The days a final record was reopened to change it ("Amended on …" in the record).
    amended_on: list[dt.date] = field(default_factory=list)
    involvement_set_by: str = ""
    next_session_date: dt.date | None = None
    findings_go_to: str = ""
    hear_back: str = ""
    contact: str = ""
    summary: str = ""
    gaps: str = ""
    apologies: list[str] = field(default_factory=list)
    easy_read: list[EasyReadItem] = field(default_factory=list)


@dataclass
class WorkshopRecord:
    title: str
    organisation: str
    service_area: str
    locality: str
    retention_years: int
    participants: list[ParticipantRecord]
    sessions: list[SessionRecord]
    last_participant_number: int = 0
    easy_read_pictures: list[OwnPictureItem] = field(default_factory=list)
    reach_targets: tuple[Target, ...] = ()


class _Reader:
    """Typed access to a JSON object that names the place of anything wrong."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise refused(QT_TRANSLATE_NOOP("Refusal", "{place}: expected an object"), path or FILE)
        self.value = value
        self.path = path

    def at(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, template: str, **params: object) -> ImportRefused:
        return refused(template, self.at(name), **params)

    def raw(self, name: str, required: bool = True) -> Any:
        if name not in self.value:
            if required:
                raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: missing"))
            return None
        return self.value[name]

    def text(
        self, name: str, *, required: bool = True, max_length: int = 20000, blank: bool = True
    ) -> str:
        value = self.raw(name, required)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected text"))
        try:
            return validation.clean_text(value, name, max_length=max_length, required=not blank)
        except ValidationError as error:
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: {problem}"), problem=error
            ) from None

    def key(self, name: str) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or not value:
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected an id (text)"))
        return value

    def optional_key(self, name: str, required: bool = True) -> str | None:
        value = self.raw(name, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected an id (text) or null")
            )
        return value

    def boolean(self, name: str, *, required: bool = True, default: bool = False) -> bool:
        value = self.raw(name, required)
        if value is None and not required:
            return default
        if not isinstance(value, bool):
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected true or false"))
        return value

    def integer(self, name: str, *, default: int | None, low: int, high: int) -> int | None:
        value = self.raw(name, required=False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                name,
                QT_TRANSLATE_NOOP(
                    "Refusal", "{place}: expected a whole number from {low} to {high}"
                ),
                low=low,
                high=high,
            )
        return value

    def number(self, name: str) -> float | None:
        value = self.raw(name, required=False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a number"))
        # Compared before any float() so a 400-digit integer is refused, not an OverflowError.
        if not -1e7 < value < 1e7:
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: is out of range"))
        return float(value)

    def date(self, name: str, *, required: bool = True) -> dt.date | None:
        value = self.raw(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a date YYYY-MM-DD")
            )
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(
                name,
                QT_TRANSLATE_NOOP("Refusal", "{place}: {value} is not a date YYYY-MM-DD"),
                value=shown(value),
            ) from None
        return self._in_range(name, parsed, value)

    def dates(self, name: str) -> list[dt.date]:
        """An optional list of dates YYYY-MM-DD, each named by its place if wrong; sorted, once."""
        value = self.raw(name, required=False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a list of dates YYYY-MM-DD")
            )
        found = set()
        for index, item in enumerate(value):
            # Each day read as a one-field object so a wrong one is named by its own place.
            found.add(_Reader({f"{name}[{index}]": item}, self.path).real_date(f"{name}[{index}]"))
        return sorted(found)

    def real_date(self, name: str) -> dt.date:
        """A date that must be there: null is refused like any other value that is not one."""
        day = self.date(name)
        if day is None:
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a date YYYY-MM-DD")
            )
        return day

    def _in_range(self, name: str, day: dt.date, value: str) -> dt.date:
        if not validation.EARLIEST_DATE <= day <= validation.LATEST_DATE:
            raise self.fail(
                name,
                QT_TRANSLATE_NOOP(
                    "Refusal", "{place}: {value} is not between 1900-01-01 and 2199-12-31"
                ),
                value=shown(value),
            )
        return day

    def timestamp(self, name: str) -> dt.datetime:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.fail(
                name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected an ISO 8601 time")
            )
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(
                name,
                QT_TRANSLATE_NOOP("Refusal", "{place}: {value} is not an ISO 8601 time"),
                value=shown(value),
            ) from None
        if parsed.tzinfo is not None:
            try:
                parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
            except OverflowError:
                raise self.fail(
                    name,
                    QT_TRANSLATE_NOOP("Refusal", "{place}: {value} is out of range"),
                    value=shown(value),
                ) from None
        self._in_range(name, parsed.date(), value)
        return parsed

    def choice(self, name: str, vocabulary: type[enum.Enum], *, default: str | None = None) -> str:
        value = self.raw(name, required=default is None)
        if value is None:
            if default is None:
                raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: missing"))
            return default
        allowed = [member.value for member in vocabulary]
        if value not in allowed:
            # The allowed values are what the file must hold, so they stay untranslated.
            raise self.fail(
                name,
                QT_TRANSLATE_NOOP(
                    "Refusal", "{place}: unknown value {value}; use one of {allowed}"
                ),
                value=shown(value, quote=SINGLE),
                allowed=", ".join(allowed),
            )
        return value

    def optional_choice(self, name: str, vocabulary: type[enum.Enum]) -> str | None:
        """A value of the vocabulary, or None where the file leaves it out or says null."""
        if self.raw(name, required=False) is None:
            return None
        return self.choice(name, vocabulary)

    def items(self, name: str, *, required: bool = True) -> list[_Reader]:
        value = self.raw(name, required)
        if value is None and required:
            # Present but null: a list was required, and null is not an empty one.
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a list"))
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a list"))
        return [_Reader(item, f"{self.at(name)}[{index}]") for index, item in enumerate(value)]

    def keys(self, name: str, *, required: bool = True) -> list[tuple[str, str]]:
        """A list of ids, each with its own place for messages."""
        value = self.raw(name, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: expected a list of ids"))
        result = []
        for index, item in enumerate(value):
            place = f"{self.at(name)}[{index}]"
            if not isinstance(item, str) or not item:
                raise refused(QT_TRANSLATE_NOOP("Refusal", "{place}: expected an id (text)"), place)
            result.append((place, item))
        return result


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of parsed JSON, iteratively, stopping once past limit."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


class _Object(dict[str, Any]):
    """A JSON object that remembers the first key it held twice (JSON keeps the last silently)."""

    duplicate: str | None = None

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _Object:
        result = cls()
        for key, value in pairs:
            if key in result and result.duplicate is None:
                result.duplicate = key
            result[key] = value
        return result


def _refuse_duplicate_keys(data: Any) -> None:
    """Refuse the first object holding a key twice, naming where it is (depth is bounded)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        item, place = stack.pop()
        if isinstance(item, _Object):
            if item.duplicate is not None:
                raise refused(
                    QT_TRANSLATE_NOOP("Refusal", "{place}: the key {value} appears twice"),
                    f"{place}.{item.duplicate}" if place else item.duplicate,
                    value=shown(item.duplicate),
                )
            stack.extend(
                (child, f"{place}.{key}" if place else key) for key, child in reversed(item.items())
            )
        elif isinstance(item, list):
            stack.extend(
                (child, f"{place}[{index}]") for index, child in reversed(list(enumerate(item)))
            )


_TOO_DEEP = QT_TRANSLATE_NOOP("Refusal", "{place}: nested too deeply to be a workshop file")


def parse(raw: bytes | str) -> WorkshopRecord:
    """Read and check a whole interchange file; refuse it with the place of the first problem."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise refused(QT_TRANSLATE_NOOP("Refusal", "{place}: not UTF-8 text"), FILE) from None
    try:
        data = json.loads(raw, object_pairs_hook=_Object.from_pairs)
    except RecursionError:
        raise refused(_TOO_DEEP, FILE) from None
    except json.JSONDecodeError as error:
        raise refused(
            QT_TRANSLATE_NOOP("Refusal", "{place}: not valid JSON (line {line}, column {column})"),
            FILE,
            line=error.lineno,
            column=error.colno,
        ) from None
    except ValueError:
        # Python refuses integers of thousands of digits (a guard against slow conversions).
        raise refused(
            QT_TRANSLATE_NOOP("Refusal", "{place}: holds a number too long to be a workshop file"),
            FILE,
        ) from None
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise refused(_TOO_DEEP, FILE)
    _refuse_duplicate_keys(data)
    top = _Reader(data, "")
    if top.raw("format", required=False) != FORMAT:
        raise refused(
            QT_TRANSLATE_NOOP("Refusal", '{place}: expected "{format}"'), "format", format=FORMAT
        )
    version = top.raw("version", required=False)
    # 1.0 and true equal 1 in Python, but a file saying so was not written by this format.
    if type(version) is not int or version != VERSION:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Refusal", "{place}: expected {version}; this file needs another version"
            ),
            "version",
            version=VERSION,
        )
    return _read_workshop(_Reader(top.raw("workshop"), "workshop"))


def _unique(keys: dict[str, str], key: str, place: str, what: str) -> None:
    if key in keys:
        raise refused(
            QT_TRANSLATE_NOOP("Refusal", "{place}: duplicate {what} id {value}"),
            place,
            what=Word(what),
            value=shown(key, quote=SINGLE),
        )
    keys[key] = place


def _read_workshop(w: _Reader) -> WorkshopRecord:
    title = w.text("title", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip()
    organisation = w.text("organisation", max_length=300)
    service_area = w.text("service_area", max_length=300)
    locality = w.text("locality", max_length=300)
    retention_years = w.integer("retention_years", default=2, low=1, high=100) or 2
    last_number = w.integer("last_participant_number", default=0, low=0, high=10**6) or 0
    participants = []
    people: dict[str, str] = {}
    numbers: set[int] = set()
    for p in w.items("participants"):
        key = p.key("id")
        _unique(people, key, p.at("id"), "participant")
        number = p.integer("number", default=None, low=1, high=10**6)
        if number is not None:
            if number in numbers:
                raise p.fail(
                    "number",
                    QT_TRANSLATE_NOOP("Refusal", "{place}: duplicate participant number {number}"),
                    number=number,
                )
            numbers.add(number)
        participants.append(
            ParticipantRecord(
                key=key,
                name=p.text("name", max_length=validation.MAX_NAME_LENGTH, blank=False).strip(),
                role=_role(p),
                organisation=p.text("organisation", max_length=300),
                consent_named=p.boolean("consent_named"),
                consent_contact=p.boolean("consent_contact"),
                consent_share_contact=p.boolean("consent_share_contact", required=False),
                contact=p.text("contact", max_length=2000),
                support_needs=p.text("support_needs", required=False, max_length=2000),
                number=number,
                **_read_access_needs(p),
            )
        )
    sessions = []
    session_keys: dict[str, str] = {}
    # Ids of columns, themes, notes and actions are unique across the file.
    everything: dict[str, str] = {}
    own_pictures = read_own_pictures(w, everything)
    for s in w.items("sessions"):
        sessions.append(_read_session(s, people, session_keys, everything))
        check_own_pictures(sessions[-1].easy_read, own_pictures)
    for session in sessions:
        for action in session.actions:
            for update in action.updates:
                if update.session is not None and update.session not in session_keys:
                    raise refused(
                        QT_TRANSLATE_NOOP("Refusal", "{place}: no session {value}"),
                        action.key,
                        value=repr(update.session),
                    )
    return WorkshopRecord(
        title=title,
        organisation=organisation,
        service_area=service_area,
        locality=locality,
        retention_years=retention_years,
        last_participant_number=last_number,
        participants=participants,
        sessions=sessions,
        easy_read_pictures=own_pictures,
        reach_targets=read_reach_targets(w),
    )


def _need(keys: dict[str, str] | set[str], key: str | None, place: str, what: str) -> None:
    if key is not None and key not in keys:
        raise refused(
            QT_TRANSLATE_NOOP("Refusal", "{place}: no {what} {value}"),
            place,
            what=Word(what),
            value=shown(key),
        )


def _read_session(
    s: _Reader, people: dict[str, str], session_keys: dict[str, str], everything: dict[str, str]
) -> SessionRecord:
    key = s.key("id")
    _unique(session_keys, key, s.at("id"), "session")
    facilitator = s.optional_key("facilitator")
    _need(people, facilitator, s.at("facilitator"), "participant")
    attendees = []
    for place, person in s.keys("attendees"):
        _need(people, person, place, "participant")
        if person not in attendees:
            attendees.append(person)
    apologies = []
    for place, person in s.keys("apologies", required=False):
        _need(people, person, place, "participant")
        if person not in apologies and person not in attendees:
            apologies.append(person)
    columns: dict[str, str] = {}
    column_list = []
    for c in s.items("columns"):
        column_key = c.key("id")
        _unique(everything, column_key, c.at("id"), "column")
        columns[column_key] = column_key
        column_list.append(
            (
                column_key,
                c.text("title", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip(),
                c.boolean("silent", required=False),
            )
        )
    themes: dict[str, str] = {}
    theme_list = []
    for t in s.items("themes"):
        theme_key = t.key("id")
        _unique(everything, theme_key, t.at("id"), "theme")
        column = t.optional_key("column", required=False)
        _need(columns, column, t.at("column"), "column")
        themes[theme_key] = theme_key
        theme_list.append(
            (
                theme_key,
                t.text("title", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip(),
                column,
            )
        )
    pictures = [_read_picture(g, everything) for g in s.items("pictures", required=False)]
    picture_keys = {picture.key for picture in pictures}
    tables, seats = _read_tables(s, everything, people)
    table_keys = {key for key, _ in tables}
    notes: dict[str, str] = {}
    note_list = []
    for n in s.items("notes"):
        note_key = n.key("id")
        _unique(everything, note_key, n.at("id"), "note")
        notes[note_key] = note_key
        column = n.key("column")
        _need(columns, column, n.at("column"), "column")
        author = n.optional_key("author")
        _need(people, author, n.at("author"), "participant")
        theme = n.optional_key("theme", required=False)
        _need(themes, theme, n.at("theme"), "theme")
        role = _role(n) if author is None or "role" in n.value else ""
        picture = n.optional_key("picture", required=False)
        _need(picture_keys, picture, n.at("picture"), "picture")
        # A note kept as its picture only has no text.
        text = n.text("text", max_length=validation.MAX_NOTE_LENGTH, blank=picture is not None)
        source = n.raw("source", required=False)
        if source not in (NoteSource.PHOTO, NoteSource.MACHINE_READ):
            source = ""
        table = n.optional_key("table", required=False)
        _need(table_keys, table, n.at("table"), "table")
        harvested = n.boolean("harvested", required=False)
        if harvested and table is None:
            raise n.fail(
                "harvested",
                QT_TRANSLATE_NOOP("Refusal", "{place}: only a note from a table is harvested"),
            )
        redacted = n.raw("redacted_text", required=False)
        if redacted is not None:
            redacted = n.text("redacted_text", max_length=validation.MAX_NOTE_LENGTH, blank=False)
        note_list.append(
            NoteRecord(
                key=note_key,
                column=column,
                text=text,
                author=author,
                role=role,
                theme=theme,
                hidden=n.boolean("hidden"),
                created_at=n.timestamp("created_at"),
                x=n.number("x"),
                y=n.number("y"),
                colour=_colour(n),
                pending=n.boolean("pending", required=False),
                private=n.boolean("private", required=False),
                redacted_text=redacted,
                picture=picture,
                source=str(source),
                table=table,
                round=n.integer("round", default=None, low=1, high=validation.MAX_ROUND),
                marked=n.boolean("marked", required=False) and table is not None,
                harvested=harvested,
                quoted=n.boolean("quoted", required=False),
                language=_note_language(n),
            )
        )
    votes = []
    limit = s.integer("votes_per_participant", default=5, low=1, high=50) or 5
    used: dict[str, int] = {}
    for v in s.items("votes"):
        person = v.key("participant")
        _need(people, person, v.at("participant"), "participant")
        note = v.key("note")
        _need(notes, note, v.at("note"), "note")
        used[person] = used.get(person, 0) + 1
        if used[person] > limit:
            raise v.fail(
                "participant",
                QT_TRANSLATE_NOOP(
                    "Refusal", "{place}: participant {value} has more than {limit} votes"
                ),
                value=shown(person),
                limit=limit,
            )
        votes.append((person, note))
    actions = [_read_action(a, people, notes, everything) for a in s.items("actions")]
    stages = []
    for st in s.items("stages", required=False):
        stages.append(
            (
                st.text("name", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip(),
                st.choice("kind", StageKind),
                st.integer("minutes", default=10, low=0, high=24 * 60) or 0,
            )
        )
    current_stage = s.integer("current_stage", default=None, low=0, high=max(len(stages) - 1, 0))
    if current_stage is not None and not stages:
        raise s.fail(
            "current_stage", QT_TRANSLATE_NOOP("Refusal", "{place}: the session has no stages")
        )
    return SessionRecord(
        key=key,
        title=s.text("title", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip(),
        date=s.date("date", required=True),
        venue=s.text("venue", max_length=300),
        facilitator=facilitator,
        purpose=s.text("purpose", required=False),
        # Left out or null: not recorded (never a default that claims a stage or a level).
        design_stage=s.optional_choice("design_stage", DesignStage),
        involvement=s.optional_choice("involvement", Involvement),
        arrangements=s.text("arrangements", required=False),
        attendees=attendees,
        columns=column_list,
        themes=theme_list,
        notes=note_list,
        votes=votes,
        actions=actions,
        template=s.text("template", required=False, max_length=100),
        stages=stages,
        current_stage=current_stage,
        votes_per_participant=limit,
        voice_threshold=s.integer("voice_threshold", default=60, low=50, high=100) or 60,
        board_locked=s.boolean("board_locked", required=False),
        hold_device_notes=s.boolean("hold_device_notes", required=False),
        record_status=s.choice("record_status", RecordStatus, default="draft"),
        checked_on=s.date("checked_on", required=False),
        payments=_read_payments(s, people),
        access_bookings=_read_bookings(s),
        feedback=read_feedback(s),
        glossary=[
            (
                g.text("term", max_length=200, blank=False).strip(),
                g.text("meaning", max_length=1000, blank=False).strip(),
            )
            for g in s.items("glossary", required=False)
        ],
        pictures=pictures,
        tables=tables,
        seats=seats,
        checked_by=s.text("checked_by", required=False, max_length=200).strip(),
        amended_on=s.dates("amended_on"),
        involvement_set_by=s.text("involvement_set_by", required=False, max_length=200).strip(),
        next_session_date=s.date("next_session_date", required=False),
        findings_go_to=s.text("findings_go_to", required=False),
        hear_back=s.text("hear_back", required=False),
        contact=s.text("contact", required=False),
        summary=s.text("summary", required=False),
        gaps=s.text("gaps", required=False),
        apologies=apologies,
        easy_read=read_easy_read(s, set(themes), {a.key for a in actions}),
    )


def _read_tables(
    s: _Reader, everything: dict[str, str], people: dict[str, str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str, int | None]]]:
    """The session's optional `tables` (breakout groups), in their order (names unique), and
    who sat at each (`seated`, optional)."""
    tables = []
    seats: list[tuple[str, str, int | None]] = []
    names: set[str] = set()
    for t in s.items("tables", required=False):
        key = t.key("id")
        _unique(everything, key, t.at("id"), "table")
        name = t.text("name", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip()
        if name.casefold() in names:
            raise t.fail(
                "name",
                QT_TRANSLATE_NOOP("Refusal", "{place}: duplicate table name {value}"),
                value=shown(name),
            )
        names.add(name.casefold())
        tables.append((key, name))
        for seat in t.items("seated", required=False):
            person = seat.key("person")
            _need(people, person, seat.at("person"), "participant")
            number = seat.integer("round", default=None, low=1, high=validation.MAX_ROUND)
            if (key, person, number) not in seats:
                seats.append((key, person, number))
    return tables, seats


# A picture is one stored JPEG: the app keeps them at most 2,400 px, far below this.
MAX_PICTURE_BYTES = 20 * 1024 * 1024


def _read_picture(g: _Reader, everything: dict[str, str]) -> PictureRecord:
    key = g.key("id")
    _unique(everything, key, g.at("id"), "picture")
    encoded = g.raw("jpeg")
    try:
        if not isinstance(encoded, str) or len(encoded) > MAX_PICTURE_BYTES * 4 // 3 + 4:
            raise ValueError
        jpeg = base64.b64decode(encoded, validate=True)
    except (ValueError, binascii.Error):
        raise g.fail(
            "jpeg", QT_TRANSLATE_NOOP("Refusal", "{place}: expected a JPEG picture in base64")
        ) from None
    if not jpeg.startswith(b"\xff\xd8"):
        raise g.fail(
            "jpeg", QT_TRANSLATE_NOOP("Refusal", "{place}: expected a JPEG picture in base64")
        )
    if g.integer("size", default=None, low=0, high=MAX_PICTURE_BYTES) != len(jpeg):
        raise g.fail(
            "size", QT_TRANSLATE_NOOP("Refusal", "{place}: does not match the picture's length")
        )
    return PictureRecord(
        key=key,
        kind=g.choice("kind", PictureKind),
        jpeg=jpeg,
        width=g.integer("width", default=None, low=1, high=100_000) or 1,
        height=g.integer("height", default=None, low=1, high=100_000) or 1,
        blurred=g.boolean("blurred"),
        caption=g.text("caption", required=False, max_length=500),
    )


def _read_access_needs(p: _Reader) -> dict[str, Any]:
    """A participant's optional "access_needs": {"needs": [...], "notes": "..."}."""
    if p.raw("access_needs", required=False) is None:
        return {}
    a = _Reader(p.raw("access_needs"), p.at("access_needs"))
    needs = [
        AccessNeedRecord(
            kind=n.choice("kind", AccessNeedKind),
            detail=n.text("detail", required=False, max_length=2000).strip(),
            asked_on=n.real_date("asked_on"),
            asked_by=n.text("asked_by", max_length=200, blank=False).strip(),
        )
        for n in a.items("needs", required=False)
    ]
    return {"access_needs": needs, "access_notes": a.text("notes", required=False, max_length=2000)}


def _read_payments(s: _Reader, people: dict[str, str]) -> list[PaymentRecord]:
    """A session's optional "payments"; a participant that is no id of the file must be the
    pseudonym a payment keeps after its person was erased ("Participant 7 (carer)")."""
    payments = []
    for item in s.items("payments", required=False):
        who = item.key("participant")
        participant: str | None = who
        pseudonym = ""
        if who not in people:
            if not _ERASED.fullmatch(who):
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "{place}: no participant {value}, and not a pseudonym"
                    ),
                    item.at("participant"),
                    value=shown(who),
                )
            participant, pseudonym = None, who
        status = item.choice("status", PaymentStatus)
        payments.append(
            PaymentRecord(
                participant=participant,
                pseudonym=pseudonym,
                **_read_payment_time(item),
                rate_pence_per_hour=item.integer(
                    "rate_pence_per_hour", default=0, low=0, high=MAX_PENCE
                )
                or 0,
                method=item.choice("method", PaymentMethod),
                expenses_pence=item.integer("expenses_pence", default=0, low=0, high=MAX_PENCE)
                or 0,
                status=status,
                paid_on=item.date("paid_on", required=False),
                approved_by=item.text("approved_by", required=False, max_length=200).strip(),
            )
        )
    return payments


_TIME_PARTS = ("session_minutes", "preparation_minutes", "travel_minutes")


def _read_payment_time(item: _Reader) -> dict[str, int]:
    """A payment's time: "minutes" is the total; the optional parts, when given, must add up
    to it. A file with "minutes" alone (as from older copies) has it all as time at the session."""
    total = item.integer("minutes", default=None, low=0, high=len(_TIME_PARTS) * MAX_MINUTES)
    if all(item.raw(name, required=False) is None for name in _TIME_PARTS):
        return {"session_minutes": total or 0, "preparation_minutes": 0, "travel_minutes": 0}
    parts = {
        name: item.integer(name, default=0, low=0, high=MAX_MINUTES) or 0 for name in _TIME_PARTS
    }
    if total is not None and sum(parts.values()) != total:
        raise item.fail(
            "minutes",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{place}: {value} minutes, but session, preparation and travel minutes add up "
                "to {parts}",
            ),
            value=total,
            parts=sum(parts.values()),
        )
    return parts


def _read_bookings(s: _Reader) -> list[tuple[str, dt.date | None, bool]]:
    bookings: dict[str, tuple[str, dt.date | None, bool]] = {}
    for b in s.items("access_bookings", required=False):
        kind = b.choice("kind", AccessNeedKind)
        if kind in bookings:
            raise b.fail(
                "kind",
                QT_TRANSLATE_NOOP("Refusal", "{place}: a second booking of kind {value}"),
                value=shown(kind, quote=SINGLE),
            )
        bookings[kind] = (kind, b.date("due_by", required=False), b.boolean("done"))
    return list(bookings.values())


def _role(r: _Reader) -> str:
    """A role of the vocabulary, the withheld role an anonymised export may write, or a note's
    "not recorded" (read from a photo of paper)."""
    if r.raw("role", required=False) in (WITHHELD_ROLE, NOT_RECORDED_ROLE):
        return str(r.raw("role"))
    return r.choice("role", Role)


def _note_language(n: _Reader) -> str | None:
    """A note's optional language tag ("cy", "pl", "en-GB"), checked as the app checks it."""
    value = n.raw("language", required=False)
    try:
        return clean_language(value)
    except ValidationError as error:
        raise n.fail(
            "language", QT_TRANSLATE_NOOP("Refusal", "{place}: {problem}"), problem=error
        ) from None


def _colour(n: _Reader) -> str:
    value = n.raw("colour", required=False)
    if value in (None, ""):
        return ""
    if (
        not isinstance(value, str)
        or len(value) != 7
        or not value.startswith("#")
        or any(ch not in "0123456789abcdefABCDEF" for ch in value[1:])
    ):
        raise n.fail("colour", QT_TRANSLATE_NOOP("Refusal", "{place}: expected a colour #RRGGBB"))
    return value.lower()


def _read_action(
    a: _Reader, people: dict[str, str], notes: dict[str, str], everything: dict[str, str]
) -> ActionRecord:
    key = a.key("id")
    _unique(everything, key, a.at("id"), "action")
    owner = a.optional_key("owner")
    _need(people, owner, a.at("owner"), "participant")
    co_lead = a.optional_key("co_lead")
    _need(people, co_lead, a.at("co_lead"), "participant")
    sources = []
    for place, note in a.keys("sources"):
        _need(notes, note, place, "note")
        if note not in sources:
            sources.append(note)
    agreed = []
    for place, person in a.keys("agreed_by"):
        _need(people, person, place, "participant")
        if person not in agreed:
            agreed.append(person)
    updates = []
    for u in a.items("updates"):
        session = u.optional_key("session")
        updates.append(
            UpdateRecord(
                date=u.real_date("date"),
                session=session,
                text=u.text("text", max_length=2000, blank=False),
                status=u.choice("status", ActionStatus, default="")
                if u.raw("status", required=False) not in (None, "")
                else "",
            )
        )
    status = a.choice("status", ActionStatus)
    reason = a.text("dropped_reason", required=False, max_length=2000).strip()
    if status == ActionStatus.DROPPED and not reason:
        reason = "No reason was recorded."
    return ActionRecord(
        key=key,
        title=a.text("title", max_length=validation.MAX_TITLE_LENGTH, blank=False).strip(),
        description=a.text("description"),
        owner=owner,
        co_lead=co_lead,
        due=a.date("due"),
        status=status,
        sources=sources,
        agreed_by=agreed,
        updates=updates,
        dropped_reason=reason,
        agreed_status=a.optional_choice("agreed_status", ActionStatus),
    )


SINGLE = "'"
# The pseudonym identity.pseudonym gives, which a payment keeps once its person is erased.
_ERASED = re.compile(r"Participant [0-9]{1,7}( \([a-z -]{1,40}\))?")


def shown(value: object, *, quote: str = '"', limit: int = 40) -> str:
    """A value from the file, quoted for a one-line message: escaped, and cut if long."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) > limit:
        text = text[:limit] + "…"
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    return f"{quote}{escaped}{quote}"


def dumps(document: dict[str, Any]) -> str:
    """The file's text: stable key order and layout so equal records give equal bytes."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def timestamp(value: dt.datetime) -> str:
    return value.replace(tzinfo=dt.UTC).isoformat().replace("+00:00", "Z")
