"""Rules for what people type: cleaned, bounded, and otherwise stored exactly as written."""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from typing import TypeVar

from workshop.dates import is_impossible, stored_text
from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP, Choices, Word

MAX_NOTE_LENGTH = 2000
MAX_TITLE_LENGTH = 300
# Rotation rounds (World Café) are counted from 1; more than this is a typing slip.
MAX_ROUND = 99
MAX_NAME_LENGTH = 200
MAX_LONG_TEXT = 20000

# C0 and C1 controls, DEL, and lone surrogates; newline and tab are kept.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Explicit direction formatting: embeddings and overrides (closed by PDF) and isolates (closed
# by PDI). One left open turns round whatever a screen shows after the text on its line.
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO
_POP_EMBEDDING = "\u202c"  # PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_POP_ISOLATE = "\u2069"  # PDI
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")

E = TypeVar("E", bound=enum.Enum)

# Every date the record accepts lies here: wide enough for any real session, action or
# birthday, narrow enough that adding a retention period or a few weeks can never overflow.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)


# Characters that draw nothing although they are not spaces or formats: Hangul fillers, the
# blank Braille pattern, the combining grapheme joiner and variation selectors.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f") | frozenset(
    chr(code) for code in range(0xFE00, 0xFE10)
)
# Unicode categories that show nothing: format characters (zero-width space, joiners, BOM,
# direction marks), spaces, line and paragraph separators, and controls.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zs", "Zl", "Zp", "Cc"})


def is_blank(text: str) -> bool:
    """Whether text would show nothing at all: empty, spaces, or only invisible characters."""
    return all(
        char in _INVISIBLE or unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text
    )


def strip_controls(text: str) -> str:
    """Remove control characters other than newline and tab (a carriage return becomes newline),
    and direction marks left unmatched on their line."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _DIRECTION.search(text) is None:
        return text
    return "\n".join(_matched_direction_marks(line) for line in text.split("\n"))


def _matched_direction_marks(line: str) -> str:
    """The line without the direction marks that open without closing or close without opening.

    Pasted text (or a phone note made to spoof) can carry a right-to-left override that is never
    closed: every list, label and record line that shows something after the text would then
    show it turned round. Marks that open and close keep their effect inside the text; Urdu or
    Welsh typed normally carries none. A PDI closes embeddings opened inside its isolate, and a
    PDF never closes past an isolate, as the Unicode bidirectional algorithm says.
    """
    open_marks: list[tuple[int, bool]] = []  # (index, is an isolate), innermost last
    unmatched: set[int] = set()
    for index, char in enumerate(line):
        if char in _EMBEDDINGS or char in _ISOLATES:
            open_marks.append((index, char in _ISOLATES))
        elif char == _POP_EMBEDDING:
            if open_marks and not open_marks[-1][1]:
                open_marks.pop()
            else:
                unmatched.add(index)
        elif char == _POP_ISOLATE:
            if any(isolate for _, isolate in open_marks):
                while not open_marks.pop()[1]:
                    pass  # embeddings inside the isolate end with it
            else:
                unmatched.add(index)
    unmatched.update(index for index, _ in open_marks)
    if not unmatched:
        return line
    return "".join(char for index, char in enumerate(line) if index not in unmatched)


def clean_text(
    value: object, field: str, *, max_length: int = MAX_NOTE_LENGTH, required: bool = True
) -> str:
    """Validate free text: a string, not blank when required, not longer than max_length."""
    label = _label(field)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The {label} must be text."), field=field, label=label
        )
    text = strip_controls(value)
    if required and is_blank(text):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The {label} is empty; type something first."),
            field=field,
            label=label,
        )
    if len(text) > max_length:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "The {label} is {length} characters long; the limit is {limit}."
            ),
            field=field,
            label=label,
            length=f"{len(text):,}",
            limit=f"{max_length:,}",
        )
    return text


def _label(field: str) -> Word:
    """A field's name as a sentence says it ("due_date" → "due date"), translatable."""
    return Word(field.replace("_", " "))


def note_text(value: object) -> str:
    return clean_text(value, "note text", max_length=MAX_NOTE_LENGTH)


def title(value: object, field: str = "title") -> str:
    return clean_text(value, field, max_length=MAX_TITLE_LENGTH).strip()


def optional_text(value: object, field: str, max_length: int = MAX_LONG_TEXT) -> str:
    return clean_text(value, field, max_length=max_length, required=False)


def choice(value: object, vocabulary: type[E], field: str) -> E:
    """One value of a closed vocabulary, refused with the list of allowed values otherwise."""
    try:
        return vocabulary(value)
    except ValueError:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "Unknown {label} {value}; use one of: {allowed}."),
            field=field,
            label=_label(field),
            value=repr(value),
            allowed=Choices(vocabulary),
        ) from None


def date_in_range(value: dt.date, field: str) -> dt.date:
    """Refuse a date outside EARLIEST_DATE..LATEST_DATE, naming the field."""
    day = value.date() if isinstance(value, dt.datetime) else value
    if is_impossible(day):
        # Handed back as read (an impossible stored date): never saved as the date it computes as.
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The {label} is not a real date ({value}); choose one."),
            field=field,
            label=_label(field),
            value=stored_text(day),
        )
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "The {label} {value} is not between {earliest} and {latest}."
            ),
            field=field,
            label=_label(field),
            value=day.isoformat(),
            earliest=EARLIEST_DATE.isoformat(),
            latest=LATEST_DATE.isoformat(),
        )
    return day


def optional_date(value: object, field: str) -> dt.date | None:
    """A date given as a date, an ISO string YYYY-MM-DD, or nothing; within the record's range."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return date_in_range(value, field)
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return date_in_range(parsed, field)
    raise ValidationError.of(
        QT_TRANSLATE_NOOP("Refusal", "The {label} {value} is not a date; write it as YYYY-MM-DD."),
        field=field,
        label=_label(field),
        value=repr(value),
    )


def whole_number(value: object, field: str, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The {label} must be a whole number."),
            field=field,
            label=_label(field),
        )
    if not minimum <= value <= maximum:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The {label} must be between {minimum} and {maximum}."),
            field=field,
            label=_label(field),
            minimum=minimum,
            maximum=maximum,
        )
    return value
