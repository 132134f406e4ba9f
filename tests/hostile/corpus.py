"""Hostile interchange files, each made from a real export by one small change.

Every entry names what is wrong; each must be refused in one sentence with nothing written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
# From a valid document (and its exact text), the bytes of one hostile file.
Maker = Callable[[Document, str], bytes]


def _dump(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _change(edit: Callable[[Document], None]) -> Maker:
    def make(document: Document, _text: str) -> bytes:
        changed = copy.deepcopy(document)
        edit(changed)
        return _dump(changed)

    return make


def _set(path: str, value: Any) -> Maker:
    """Set one value, path like "workshop.sessions.0.notes.3.text"; "-" deletes the key."""

    def edit(document: Document) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if value is _DELETE:
            del target[last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return _change(edit)


_DELETE = object()


def _raw(data: bytes) -> Maker:
    return lambda _document, _text: data


def _text(edit: Callable[[str], str]) -> Maker:
    return lambda _document, text: edit(text).encode("utf-8")


def _duplicate_after(anchor: str, extra: str) -> Maker:
    """Insert a second copy of a key right after the first occurrence of anchor in the text."""

    def edit(text: str) -> str:
        assert anchor in text, anchor
        return text.replace(anchor, anchor + extra, 1)

    return _text(edit)


def _votes_over_limit(document: Document) -> None:
    session = document["workshop"]["sessions"][0]
    person = document["workshop"]["participants"][0]["id"]
    notes = [note["id"] for note in session["notes"]]
    session["votes"] = [{"participant": person, "note": n} for n in notes[:6]]
    session["votes_per_participant"] = 5


def _limit_below_votes(document: Document) -> None:
    session = document["workshop"]["sessions"][0]
    person = document["workshop"]["participants"][0]["id"]
    notes = [note["id"] for note in session["notes"]]
    session["votes"] = [{"participant": person, "note": n} for n in notes[:2]]
    session["votes_per_participant"] = 1


_NOTE = "workshop.sessions.0.notes.0"
_SESSION = "workshop.sessions.0"
_PERSON = "workshop.participants.0"
_ACTION = "workshop.sessions.0.actions.0"

HOSTILE_FILES: dict[str, Maker] = {
    # Not a JSON document at all.
    "empty": _raw(b""),
    "whitespace-only": _raw(b"  \n\t "),
    "not-utf8": _raw(b"\xff\xfe\x00garbage\x80\x81"),
    "utf16": lambda _d, text: text.encode("utf-16"),
    "truncated": lambda _d, text: text[: len(text) // 2].encode("utf-8"),
    "binary": _raw(bytes(range(256)) * 4),
    "sqlite-header": _raw(b"SQLite format 3\x00" + b"\x00" * 200),
    "top-level-array": _raw(b"[]"),
    "top-level-string": _raw(b'"co-design-workshop"'),
    "top-level-null": _raw(b"null"),
    "nested-arrays": _raw(b"[" * 100_000 + b"]" * 100_000),
    "nested-objects": _raw(b'{"a":' * 5_000 + b"1" + b"}" * 5_000),
    "huge-integer": _raw(b'{"format": "co-design-workshop", "version": 1' + b"9" * 6000 + b"}"),
    "nan-coordinate": _set(f"{_NOTE}.x", float("nan")),
    "infinite-coordinate": _set(f"{_NOTE}.y", float("inf")),
    "huge-coordinate": _set(f"{_NOTE}.x", 1e300),
    # A key twice: JSON parsers keep the last one silently.
    "duplicate-version": _duplicate_after('"version": 1', ', "version": 1'),
    "duplicate-workshop-title": _duplicate_after('"workshop": {', '"title": "Another", '),
    "duplicate-note-text": _duplicate_after('"notes": [{', '"text": "Hidden first", '),
    "duplicate-person-id": _duplicate_after('"participants": [{', '"id": "p99", '),
    "duplicate-vote-key": _duplicate_after('"votes": [{', '"note": "n1", '),
    "duplicate-format": _duplicate_after('"format": "co-design-workshop"', ', "format": "x"'),
    # The version is the integer 1 and nothing that merely equals it.
    "version-float": _set("version", 1.0),
    "version-true": _set("version", True),
    "version-string": _set("version", "1"),
    "version-two": _set("version", 2),
    "version-null": _set("version", None),
    "version-missing": _set("version", _DELETE),
    "format-other": _set("format", "another-app"),
    "format-missing": _set("format", _DELETE),
    # Lists that are not lists.
    "sessions-null": _set("workshop.sessions", None),
    "sessions-object": _set("workshop.sessions", {}),
    "sessions-text": _set("workshop.sessions", "none"),
    "sessions-number": _set("workshop.sessions", 0),
    "participants-null": _set("workshop.participants", None),
    "participants-object": _set("workshop.participants", {"p1": {}}),
    "workshop-null": _set("workshop", None),
    "workshop-list": _set("workshop", []),
    "notes-null": _set(f"{_SESSION}.notes", None),
    "votes-text": _set(f"{_SESSION}.votes", "all"),
    # Votes beyond what each person may place.
    "votes-over-limit": _change(_votes_over_limit),
    "limit-below-votes": _change(_limit_below_votes),
    "votes-limit-zero": _set(f"{_SESSION}.votes_per_participant", 0),
    "vote-unknown-note": _set(f"{_SESSION}.votes.0.note", "n-none"),
    "vote-unknown-person": _set(f"{_SESSION}.votes.0.participant", "p-none"),
    # Dates outside 1900-01-01..2199-12-31, or no date at all.
    "date-9999": _set(f"{_SESSION}.date", "9999-12-31"),
    "date-1899": _set(f"{_SESSION}.date", "1899-12-31"),
    "date-2200": _set(f"{_SESSION}.date", "2200-01-01"),
    "date-year-1": _set(f"{_SESSION}.date", "0001-01-01"),
    "date-30-february": _set(f"{_SESSION}.date", "2026-02-30"),
    "date-number": _set(f"{_SESSION}.date", 20260101),
    "due-9999": _set(f"{_ACTION}.due", "9999-12-31"),
    "update-2200": _set(f"{_ACTION}.updates.0.date", "2200-01-01"),
    # Once stored as 0001-01-01, which the record's own export then could not read back.
    "update-date-null": _set(f"{_ACTION}.updates.0.date", None),
    "update-date-impossible-text": _set(f"{_ACTION}.updates.0.date", "invalid date (soon)"),
    "checked-on-1000": _set(f"{_SESSION}.checked_on", "1000-01-01"),
    "created-9999": _set(f"{_NOTE}.created_at", "9999-12-31T23:59:59"),
    "created-year-1": _set(f"{_NOTE}.created_at", "0001-01-01T00:00:00+01:00"),
    # Text that shows nothing: invisible characters only.
    "title-zero-width-space": _set("workshop.title", "\u200b"),
    "name-joiners": _set(f"{_PERSON}.name", "\u200d\u200c"),
    "name-bom": _set(f"{_PERSON}.name", "\ufeff"),
    "note-zero-width-spaces": _set(f"{_NOTE}.text", "\u200b" * 10),
    "note-no-break-spaces": _set(f"{_NOTE}.text", "\u00a0\u3000\u2007"),
    "note-word-joiner": _set(f"{_NOTE}.text", "\u2060\u2060"),
    "session-title-mongolian-separator": _set(f"{_SESSION}.title", "\u180e"),
    "column-title-hangul-filler": _set(f"{_SESSION}.columns.0.title", "\u3164"),
    "action-title-invisible": _set(f"{_ACTION}.title", "\u200b \u200c"),
    "theme-title-direction-marks": _set(f"{_SESSION}.themes.0.title", "\u200e\u200f"),
    "stage-name-braille-blank": _set(f"{_SESSION}.stages.0.name", "\u2800"),
    "note-variation-selectors": _set(f"{_NOTE}.text", "\u034f\ufe0f"),
    "name-line-separator": _set(f"{_PERSON}.name", "\u2028\u2029"),
    # Wrong types and values.
    "consent-text": _set(f"{_PERSON}.consent_named", "yes"),
    "role-unknown": _set(f"{_PERSON}.role", "boss"),
    "note-unknown-column": _set(f"{_NOTE}.column", "c-none"),
    "retention-zero": _set("workshop.retention_years", 0),
    "retention-true": _set("workshop.retention_years", True),
    "person-number-negative": _set(f"{_PERSON}.number", -1),
    "note-too-long": _set(f"{_NOTE}.text", "x" * 2001),
    "note-text-number": _set(f"{_NOTE}.text", 42),
}
