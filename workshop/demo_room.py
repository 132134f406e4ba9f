"""A full room's board for the README's projector picture: 60 notes from 20 people, after voting."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.vocabulary import StageKind

TITLE = "Getting to appointments"

# Fifteen notes a column, as people write them on a sticky note: 8 to 15 words.
COLUMNS: dict[str, tuple[str, ...]] = {
    "What works well now?": (
        "The community bus driver waits while I get my shopping in",
        "Text reminders the day before mean I never miss the clinic",
        "Ramp at the health centre is wide enough for my wheelchair",
        "Receptionist at the surgery always rings back when she says",
        "Volunteer drivers from the church take me to the hospital",
        "Same carer every week who knows how I like things done",
        "Evening slots at the practice help me because I work days",
        "Interpreter booked in advance for my mum's appointments",
        "Free parking at the leisure centre on clinic days",
        "Maps in the letters show which door to use",
        "Bus pass covers the trip to the hospital outside peak hours",
        "Mae’r gwasanaeth Cymraeg ar y ffôn yn gyfeillgar iawn",
        "Video calls save me a two hour round trip for short checks",
        "Staff at the front desk speak slowly and kindly",
        "The taxi card scheme is simple to apply for",
    ),
    "What gets in the way?": (
        "Last bus home leaves at six so evening slots are no use",
        "Letters arrive after the appointment date has already passed",
        "Phone line is engaged for an hour every morning at eight",
        "No lift at the old clinic and the stairs are too steep",
        "I lose a day's pay every time I take my dad to hospital",
        "Online booking does not work on my old phone",
        "Parking costs more than my weekly food shop",
        "Nobody told us the clinic had moved across town",
        "Waiting room is too loud for my son who is autistic 😣",
        "نحتاج إلى مترجم في كل موعد حتى نفهم ما يقال لنا",
        "Forms are only in English and use words I do not know",
        "Buses from the estate do not go near the hospital at all",
        "I cannot stand in a queue for long with my bad hip",
        "Childcare for the little ones when I have a scan",
        "Rescheduled three times without anyone asking me first",
    ),
    "What would make the biggest difference?": (
        "One phone number that books every appointment in one call",
        "A hopper bus from the estates to the hospital every hour",
        "Let me choose a time that fits around my shifts",
        "Ask about access needs once and remember them",
        "Letters and texts in my own language please",
        "A named person to call when something goes wrong",
        "Appointments near home for checks that take ten minutes",
        "Pay back travel costs on the day instead of weeks later",
        "A quiet room to wait in for people who need one",
        "Tell us in plain words what will happen at the visit",
        "Seats at the bus stop outside the health centre",
        "Carers can book and change appointments on our behalf",
        "Home visits for people who cannot travel at all",
        "Joined up transport between the council and the NHS",
        "Drop in sessions on Saturday mornings",
    ),
    "Who else should we hear from?": (
        "Young carers who miss school to take parents to clinics",
        "People on night shifts who sleep during the day",
        "Families in temporary housing far from their old GP",
        "Deaf people who need a BSL interpreter booked",
        "Older people who do not use the internet at all",
        "Bus drivers and the transport company",
        "Receptionists who take the calls every morning",
        "People living in villages with one bus a day",
        "Refugees new to the area and the NHS",
        "Parents of disabled children with many appointments",
        "People with long term pain who cannot sit for long",
        "Community transport volunteers and their coordinators",
        "Homeless people who have no address for letters",
        "Students who moved here for college",
        "Men who rarely go to the doctor until it is urgent",
    ),
}

# Two themes the room agreed, and where 20 people put their five dots (note number: dots).
THEMES = {
    "Transport after six": (
        ("What gets in the way?", 0),
        ("What gets in the way?", 11),
        ("What would make the biggest difference?", 1),
    ),
    "Booking by phone": (
        ("What gets in the way?", 2),
        ("What would make the biggest difference?", 0),
        ("What would make the biggest difference?", 11),
    ),
}
DOTS = {
    ("What would make the biggest difference?", 0): 14,
    ("What would make the biggest difference?", 1): 12,
    ("What gets in the way?", 0): 9,
    ("What would make the biggest difference?", 4): 8,
    ("What would make the biggest difference?", 7): 7,
    ("What gets in the way?", 9): 6,
    ("What would make the biggest difference?", 12): 5,
    ("What works well now?", 1): 4,
    ("Who else should we hear from?", 0): 4,
    ("Who else should we hear from?", 3): 3,
    ("What gets in the way?", 4): 3,
    ("What works well now?", 6): 2,
    ("What would make the biggest difference?", 5): 2,
    ("What would make the biggest difference?", 14): 1,
}
VOTERS = 20
ROLES = ("lived_experience", "carer", "community", "professional")


@dataclass(frozen=True)
class RoomBoardIds:
    workshop: int
    session: int


def create_room_board(services: Services) -> RoomBoardIds:
    """A session as a room of 20 leaves it: 60 notes in four columns, two themes, dots placed."""
    workshop = services.workshops.create("Getting to appointments", "Riverside Council")
    session = services.sessions.create(
        workshop.id,
        TITLE,
        columns=tuple(COLUMNS),
        stages=(
            ("Ideas", StageKind.CAPTURE.value, 25),
            ("Vote", StageKind.VOTE.value, 10),
            ("Next steps", StageKind.ACTIONS.value, 20),
        ),
    )
    column_ids = {c.title: c.id for c in services.board.columns(session.id)}
    requests = [
        NoteRequest(session.id, column_ids[title], text, role=ROLES[index % len(ROLES)])
        for title, texts in COLUMNS.items()
        for index, text in enumerate(texts)
    ]
    added = [n for n in services.board.add_notes_batch(requests) if not isinstance(n, Exception)]
    note_ids: dict[tuple[str, int], int] = {}
    position = 0
    for title, texts in COLUMNS.items():
        for index in range(len(texts)):
            note_ids[(title, index)] = added[position].id
            position += 1
    for theme, members in THEMES.items():
        services.board.group(session.id, theme, [note_ids[m] for m in members], gather=False)
    people = [
        services.participants.add(workshop.id, f"Voter {n + 1}", ROLES[n % len(ROLES)]).id
        for n in range(VOTERS)
    ]
    services.sessions.set_stage(session.id, 1)
    cast = 0
    for key, count in DOTS.items():
        for _ in range(count):
            services.votes.cast(session.id, people[cast % VOTERS], note_ids[key])
            cast += 1
    services.sessions.set_stage(session.id, 2)
    return RoomBoardIds(workshop.id, session.id)
