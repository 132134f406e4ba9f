"""Property-based tests: hostile input gives a clean refusal or a correct result, never a crash.

Over the interchange importer (parse and the import service) and the service layer's validators.
Every refusal must leave the database exactly as it was: no partial writes.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.tables import metadata
from workshop import interchange, validation
from workshop.errors import ImportRefused, WorkshopError
from workshop.services import Services
from workshop.storage import Database

FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

CONTROL_CHARACTERS = "".join(chr(c) for c in [*range(0, 32), 127, *range(0x80, 0xA0)])


def _base_document() -> dict[str, Any]:
    return {
        "format": "co-design-workshop",
        "version": 1,
        "workshop": {
            "title": "Housing repairs",
            "organisation": "Riverside Council",
            "service_area": "Housing",
            "locality": "Riverside",
            "participants": [
                {
                    "id": "p1",
                    "name": "Ann Example",
                    "role": "lived_experience",
                    "organisation": "",
                    "consent_named": False,
                    "consent_contact": True,
                    "contact": "ann@example.org",
                },
                {
                    "id": "p2",
                    "name": "Raj Example",
                    "role": "professional",
                    "organisation": "Riverside Council",
                    "consent_named": True,
                    "consent_contact": False,
                    "contact": "",
                },
            ],
            "sessions": [
                {
                    "id": "s1",
                    "title": "What matters",
                    "date": "2026-12-01",
                    "venue": "Library",
                    "facilitator": "p2",
                    "attendees": ["p1", "p2"],
                    "columns": [{"id": "c1", "title": "What works"}, {"id": "c2", "title": "Not"}],
                    "themes": [{"id": "t1", "title": "Waiting", "column": "c2"}],
                    "notes": [
                        {
                            "id": "n1",
                            "column": "c1",
                            "text": "Friendly staff",
                            "author": "p1",
                            "role": "lived_experience",
                            "theme": None,
                            "hidden": False,
                            "created_at": "2026-12-01T10:00:00Z",
                        },
                        {
                            "id": "n2",
                            "column": "c2",
                            "text": "Months of waiting",
                            "author": None,
                            "role": "carer",
                            "theme": "t1",
                            "hidden": False,
                            "created_at": "2026-12-01T10:05:00+01:00",
                        },
                    ],
                    "votes": [{"participant": "p1", "note": "n2"}],
                    "actions": [
                        {
                            "id": "a1",
                            "title": "Call back within a week",
                            "description": "",
                            "owner": "p2",
                            "co_lead": "p1",
                            "due": "2027-01-15",
                            "status": "agreed",
                            "sources": ["n2"],
                            "agreed_by": ["p1", "p2"],
                            "updates": [{"date": "2027-01-02", "session": "s1", "text": "Begun"}],
                        }
                    ],
                }
            ],
        },
    }


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document where a value can be replaced."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_places(child, (*path, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_places(child, (*path, index)))
    return found


PLACES = [p for p in _places(_base_document()) if p]


def _replace(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target: Any = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**300),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
hostile_text = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(alphabet=CONTROL_CHARACTERS, min_size=1, max_size=20),
    st.builds(lambda n: "ŵ🙂<&" * n, st.integers(min_value=500, max_value=6000)),
    st.sampled_from(
        ["", "   ", "\u202e\u200f", "p1", "n1", "c99", "1e999", "0001-01-01T00:00:00+01:00"]
    ),
)
hostile_values = st.one_of(
    json_scalars,
    hostile_text,
    st.builds(_nested, st.integers(min_value=5, max_value=60)),
    st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=6),
    st.dictionaries(st.text(max_size=5), json_scalars, max_size=3),
)


def _row_counts(database: Database) -> dict[str, int]:
    with database.read() as db:
        return {
            table.name: db.scalar(select(func.count()).select_from(table)) or 0
            for table in metadata.sorted_tables
        }


def _import(services: Services, raw: bytes | str) -> None:
    """Import and check the promise: a clean refusal with nothing written, or a sound workshop."""
    before = _row_counts(services.database)
    try:
        view = services.interchange.import_workshop(raw)
    except ImportRefused as refusal:
        assert refusal.message and "\n" not in refusal.message
        assert _row_counts(services.database) == before, "a refused import wrote something"
        return
    after = _row_counts(services.database)
    assert after["workshops"] == before["workshops"] + 1
    # A correct result: what was stored exports as a valid file that reads back the same.
    exported = services.interchange.export_text(view.id)
    again = interchange.parse(exported)
    assert again.title == view.title
    for session in again.sessions:
        for note in session.notes:
            assert 0 < len(note.text) <= validation.MAX_NOTE_LENGTH
            assert not set(note.text) & (set(CONTROL_CHARACTERS) - {"\n", "\t"})


@pytest.mark.postgres
@FAST
@given(place=st.sampled_from(PLACES), value=hostile_values)
@example(
    place=("workshop", "sessions", 0, "notes", 0, "created_at"), value="0001-01-01T00:00+01:00"
)
@example(place=("workshop", "sessions", 0, "notes", 0, "x"), value=10**400)
@example(place=("workshop", "sessions", 0, "notes", 1, "id"), value="n1")
@example(place=("workshop", "sessions", 0, "notes", 0, "theme"), value="t404")
@example(place=("workshop", "sessions", 0, "themes", 0, "column"), value="c1")
@example(place=("workshop", "participants", 1, "id"), value="p1")
@example(place=("workshop", "sessions", 0, "actions", 0, "updates", 0, "session"), value="s9")
@example(place=("workshop", "sessions", 0, "notes", 0, "text"), value="x" * 2001)
def test_one_hostile_value_anywhere_in_a_valid_file(
    services: Services, place: tuple[Any, ...], value: Any
) -> None:
    _import(services, json.dumps(_replace(_base_document(), place, value)))


@pytest.mark.postgres
@FAST
@given(edits=st.lists(st.tuples(st.sampled_from(PLACES), hostile_values), min_size=2, max_size=6))
def test_several_hostile_values_at_once(
    services: Services, edits: list[tuple[tuple[Any, ...], Any]]
) -> None:
    document = _base_document()
    for place, value in edits:
        try:
            document = _replace(document, place, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed that place
    _import(services, json.dumps(document))


@FAST
@given(raw=st.binary(max_size=400))
@example(raw=b'{"format": "co-design-workshop", "version": 1, "workshop": {"title": "\xff\xfe"}}')
@example(raw=b"\xef\xbb\xbf" + b"[" * 100000)
@example(raw=b"1" * 5000)
@example(raw=b'{"version": 1e999}')
def test_arbitrary_bytes_are_refused_cleanly(services: Services, raw: bytes) -> None:
    _import(services, raw)


@FAST
@given(cut=st.integers(min_value=0, max_value=4000), garbage=st.binary(min_size=1, max_size=8))
def test_a_damaged_valid_file_is_refused_or_imported(
    services: Services, cut: int, garbage: bytes
) -> None:
    raw = json.dumps(_base_document(), ensure_ascii=False).encode("utf-8")
    cut = cut % len(raw)
    _import(services, raw[:cut] + garbage + raw[cut + len(garbage) :])


@FAST
@given(
    document=st.recursive(
        json_scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_any_json_at_all_is_refused_cleanly(services: Services, document: Any) -> None:
    _import(services, json.dumps(document))


# ----- the service layer's validators --------------------------------------------------------

any_value = st.one_of(hostile_values, st.binary(max_size=20), st.text(min_size=1900, max_size=2100))


@FAST
@given(value=any_value)
def test_clean_text_keeps_what_was_typed_or_refuses(value: Any) -> None:
    try:
        result = validation.clean_text(value, "note_text")
    except WorkshopError as refusal:
        assert refusal.message.endswith(".")
        return
    assert isinstance(value, str)
    assert result == validation.strip_controls(value)
    assert result.strip() and len(result) <= validation.MAX_NOTE_LENGTH
    assert not set(result) & (set(CONTROL_CHARACTERS) - {"\n", "\t"})


@pytest.mark.postgres
@FAST
@given(
    text=any_value,
    role=st.one_of(st.none(), st.sampled_from(["carer", "professional", "boss", ""]), any_value),
    column=st.one_of(st.integers(min_value=-3, max_value=50), any_value),
    author=st.one_of(st.none(), st.integers(min_value=-3, max_value=50), any_value),
)
def test_add_note_refuses_cleanly_or_stores_exactly(
    services: Services,
    workshop_with_session: dict[str, int],
    text: Any,
    role: Any,
    column: Any,
    author: Any,
) -> None:
    session = workshop_with_session["session"]
    before = _row_counts(services.database)
    try:
        note = services.board.add_note(session, column, text, role=role, author_id=author)
    except WorkshopError as refusal:
        assert refusal.message and "\n" not in refusal.message
        assert _row_counts(services.database) == before
        return
    stored = services.board.get_note(note.id)
    assert stored.text == validation.strip_controls(text)
    assert stored.role in {"lived_experience", "carer", "community", "professional"} | {
        "facilitator",
        "observer",
    }


@pytest.mark.postgres
@FAST
@given(
    name=any_value,
    role=st.one_of(st.sampled_from(["carer", "facilitator", "CARER"]), any_value),
    contact=any_value,
)
def test_adding_a_participant_refuses_cleanly_or_stores(
    services: Services, workshop_with_session: dict[str, int], name: Any, role: Any, contact: Any
) -> None:
    before = _row_counts(services.database)
    try:
        person = services.participants.add(
            workshop_with_session["workshop"], name, role, contact=contact
        )
    except WorkshopError as refusal:
        assert refusal.message and "\n" not in refusal.message
        assert _row_counts(services.database) == before
        return
    assert person.name == validation.strip_controls(name).strip()
