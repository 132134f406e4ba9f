"""A board as a 20-person room leaves it: 60–120 notes of odd pasted text, themes, dots by voice."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.services import Services
from workshop.services.board import NoteRequest

# One sample per script the board must draw, each a sentence a person might type or paste.
SCRIPTS: dict[str, str] = {
    "Arabic": "نحتاج إلى حافلات أكثر في المساء",
    "Urdu": "ہمیں شام کو زیادہ بسوں کی ضرورت ہے",
    "Bengali": "সন্ধ্যায় আমাদের আরও বাস দরকার",
    "Chinese": "晚上我们需要更多的公共汽车",
    "Greek": "Χρειαζόμαστε περισσότερα λεωφορεία το βράδυ",
    "Cyrillic": "Нам нужно больше автобусов вечером",
    "Welsh": "Mae angen mwy o fysiau gyda'r nos ŵ ŷ â ê î ô û Ŵ Ŷ",
    "Emoji": "Buses 🚌 late again 😡 👍🏽 ❤️ 🧑‍🦽 ✅",
}

# Text a room produces besides: long words, pasted lines, plain English of 8–15 words.
ODD: tuple[str, ...] = (
    "Pneumonoultramicroscopicsilicovolcanoconiosis-style jargon in letters nobody can read",
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch surgery closes at four",
    "The bus stops before the clinic opens\nand nobody tells you which door",
    "Waiting lists feel endless when nobody rings back with any kind of update",
    "More evening appointments for people who work shifts or care for family",
    "Ramps at the library entrance are too steep for most wheelchair users",
)

PEOPLE = 20
DOTS = 5


@dataclass
class RoomBoard:
    session_id: int
    column_ids: list[int]
    note_ids: list[int] = field(default_factory=list)
    citizens: list[int] = field(default_factory=list)
    professionals: list[int] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)


def note_text(n: int) -> str:
    """The n-th note's text: every script in turn, then the odd English ones."""
    samples = [*SCRIPTS.values(), *ODD]
    return f"{samples[n % len(samples)]} ({n})"


def fill_room(services: Services, workshop_id: int, session_id: int, notes: int = 90) -> RoomBoard:
    """Twenty people (half citizens, half professionals) and `notes` notes over the lanes."""
    columns = [c.id for c in services.board.columns(session_id)]
    room = RoomBoard(session_id, columns)
    for n in range(PEOPLE):
        role = "professional" if n % 2 else ("carer" if n % 4 else "lived_experience")
        person = services.participants.add(workshop_id, f"Person{n:02d} Example", role)
        services.participants.set_attendance(session_id, person.id, True)
        (room.professionals if role == "professional" else room.citizens).append(person.id)
    # One unit of work for the lot, as a burst from phones arrives; each note is still checked
    # and announced on its own.
    added = services.board.add_notes_batch(
        [
            NoteRequest(session_id, columns[n % len(columns)], note_text(n), role="carer")
            for n in range(notes)
        ]
    )
    for note in added:
        assert not isinstance(note, Exception), note
        room.note_ids.append(note.id)
    return room


def open_voting(services: Services, session_id: int) -> None:
    services.sessions.update(session_id, votes_per_participant=DOTS)
    vote = next(s.position for s in services.sessions.get(session_id).stages if s.kind == "vote")
    services.sessions.set_stage(session_id, vote)
