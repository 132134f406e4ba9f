"""Near-duplicates across tables: a fixed set of pairs is found, unrelated notes never paired."""

from __future__ import annotations

from workshop.duplicates import comparable_words, likeness, suggest_duplicates
from workshop.services import Services

# What two tables heard, in their own words.
PAIRS = [
    ("Ring before you come", "Please ring before you come round"),
    ("The bus stops running at six", "Buses stop running at 6"),
    ("Same carer every visit", "Same carers each visit please"),
    ("Travel time is unpaid", "Travel time between visits isn't paid"),
    ("Night line never answers", "The night line doesn't answer"),
    ("Too many different faces", "Too many different faces at the door"),
    ("Letters are full of jargon", "The letters are full of jargon!"),
    ("Nobody told us about the change", "No one told us about the changes"),
    ("Waiting lists are too long", "The waiting list is far too long"),
    ("Parking at the clinic is hard", "Hard to park at the clinic"),
]
UNRELATED = [
    "Open the library on Sundays",
    "More benches in the park",
    "Free wifi in the hall",
    "Translate forms into Welsh",
    "Cheaper lunch at the cafe",
    "Better lighting on the path",
    "Visits are too short",
    "Ring me, not email",
    "Carers need training on dementia",
    "The form is too long",
]


def test_near_duplicates_across_tables_are_suggested_and_unrelated_notes_are_not(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    tables = [services.tables.add(sid, f"Table {n}").id for n in (1, 2, 3)]

    def add(text: str, table: int) -> int:
        return services.board.add_note(sid, column, text, role="carer", table_id=table).id

    pairs = {frozenset((add(a, tables[0]), add(b, tables[1]))) for a, b in PAIRS}
    unrelated = [add(text, tables[index % 3]) for index, text in enumerate(UNRELATED)]
    suggestions = suggest_duplicates(services.board.notes(sid))
    suggested = {frozenset((s.first, s.second)) for s in suggestions}
    assert len(pairs & suggested) >= 8
    # Every suggestion is one of the pairs: nothing between unrelated notes, or a pair's note
    # and an unrelated one.
    assert suggested <= pairs
    assert not any(set(pair) & set(unrelated) for pair in suggested)
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_a_tables_own_repeats_and_grouped_notes_are_not_suggested(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one, two = (services.tables.add(sid, name).id for name in ("Table 1", "Table 2"))
    add = services.board.add_note
    a = add(sid, column, "Ring before you come", role="carer", table_id=one)
    add(sid, column, "Please ring before you come", role="carer", table_id=one)
    b = add(sid, column, "Please ring before you come round", role="carer", table_id=two)
    assert [(s.first, s.second) for s in suggest_duplicates(services.board.notes(sid))] == [
        (a.id, b.id),
        (a.id + 1, b.id),
    ]
    services.board.group(sid, "Ringing first", [a.id, b.id, a.id + 1])
    assert suggest_duplicates(services.board.notes(sid)) == []


def test_one_word_notes_are_not_everyones_duplicate() -> None:
    assert comparable_words("The carers' visits aren't long") == ("carer", "visit", "not", "long")
    assert likeness(comparable_words("Visits"), comparable_words("Same carer every visit")) < 72
    assert likeness(comparable_words("Visits"), comparable_words("visit!")) == 100
    assert likeness((), comparable_words("Anything")) == 0
