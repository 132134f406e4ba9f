"""A board at real-room scale: 20 people's notes of 8–15 words in four lanes, with odd pasted text.

Used by the projector tests, its benchmark and the README's projector screenshot.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from workshop.services import Services
from workshop.services.board import NoteRequest

LANES = (
    "What works well for you now?",
    "What gets in the way?",
    "What would make the biggest difference?",
    "Who else should we hear from?",
)

_WORDS = (
    "bus",
    "evening",
    "appointment",
    "carer",
    "phone",
    "letter",
    "waiting",
    "list",
    "repair",
    "damp",
    "mould",
    "rent",
    "office",
    "form",
    "online",
    "help",
    "desk",
    "nurse",
    "GP",
    "surgery",
    "community",
    "centre",
    "library",
    "youth",
    "club",
    "parking",
    "ramp",
    "lift",
    "stairs",
    "translator",
    "interpreter",
    "leaflet",
    "text",
    "reminder",
    "weekend",
    "night",
    "shift",
    "school",
    "transport",
    "benefit",
    "advice",
    "budget",
    "heating",
    "boiler",
    "landlord",
    "neighbour",
    "noise",
    "park",
    "bench",
    "toilet",
    "childcare",
    "respite",
    "voice",
    "trust",
    "answer",
    "quickly",
    "kindly",
    "clearly",
    "same",
    "person",
    "every",
    "time",
    "to",
    "the",
    "a",
    "of",
    "is",
    "we",
    "my",
    "on",
    "for",
    "it",
    "at",
    "in",
    "no",
)

# Pasted text a real board gets: a long unbroken word, emoji, right-to-left and other scripts.
ODD_TEXTS = (
    "Seehttps://example.org/consultations/housing-repairs-2026/evidence-pack-final-version-2",
    "Waiting 🕐 three weeks for a call back 😡 is not acceptable for families 👨‍👩‍👧",
    "نحتاج إلى مترجم في كل موعد طبي حتى نفهم ما يقال لنا",
    "ہمیں ہر ملاقات پر ترجمان کی ضرورت ہے تاکہ ہم سمجھ سکیں",
    "Mae angen gwasanaeth Cymraeg ar ôl chwech o’r gloch, ŵyr ac ŷd",
)


@dataclass(frozen=True)
class RoomBoard:
    workshop_id: int
    session_id: int
    column_ids: tuple[int, ...]
    note_ids: tuple[int, ...]


def sentence(rng: random.Random) -> str:
    """A note of 8–15 words, about 60 characters, like a person writes on a sticky note."""
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 15))]
    text = " ".join(words)
    while len(text) > 70 and len(words) > 8:
        words.pop()
        text = " ".join(words)
    return text[0].upper() + text[1:]


def note_texts(count: int, *, seed: int = 15, odd: bool = True) -> list[str]:
    rng = random.Random(seed)
    texts = [sentence(rng) for _ in range(count)]
    if odd:
        for index, text in enumerate(ODD_TEXTS[: max(0, count // 12)]):
            texts[(index * 7 + 3) % count] = text
    return texts


def build_board(
    services: Services,
    notes: int,
    *,
    lanes: int = 4,
    seed: int = 15,
    odd: bool = True,
    title: str = "Getting to appointments",
) -> RoomBoard:
    """A workshop with one session of `lanes` lanes holding `notes` notes, dealt round the lanes."""
    workshop = services.workshops.create("Room scale", "Riverside Council")
    session = services.sessions.create(workshop.id, title, columns=LANES[:lanes])
    columns = tuple(c.id for c in services.board.columns(session.id))
    texts = note_texts(notes, seed=seed, odd=odd)
    requests = [
        NoteRequest(
            session.id,
            columns[index % len(columns)],
            text,
            role="lived_experience" if index % 3 else "professional",
        )
        for index, text in enumerate(texts)
    ]
    added = services.board.add_notes_batch(requests)
    ids = tuple(n.id for n in added if not isinstance(n, Exception))
    return RoomBoard(workshop.id, session.id, columns, ids)
