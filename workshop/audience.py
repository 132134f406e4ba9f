"""Who may see which note: one rule per audience, and every output asks here.

A note carries three states that decide where it may go:
- hidden: written in silent writing and not yet revealed; the room has not seen it.
- pending: sent from a phone and held for the facilitator's approval; not yet on the board.
- private: said in the room but not for the record ("off the record").
- waiting for review: read from a photo of paper (pending, source "photo"); its text is only the
  computer's suggestion until a person accepts it, so no audience sees it, not even the
  facilitator's board (the review queue shows it).
And it may carry a redacted text, which replaces the original everywhere outside the app.

The audiences:
- the facilitator's board: every note but those waiting for review, each marked with its state;
- the projector: only what the room may see now (not hidden, not held, not private);
- a phone's ballot: exactly what the projector shows;
- the record (PDF, HTML, CSV): not private, not held; hidden notes count, as they were written.
  It has two editions: the public record (RECORD, for anyone) and the participants' record
  (PARTICIPANTS_RECORD, for the people who took part); they see the same notes, and only the
  participants' edition may carry contact details;
- an anonymised file (shared JSON): the record's rule;
- a board image (snapshot PNG/SVG, *Export board image*): the record's rule.
Outside the facilitator's board, a redacted note shows its redacted text, never the original,
and not its picture either (a photo of paper shows the words as written).
Contact details leave the app only for an audience in CARRIES_CONTACTS, and then only for a person
who agreed to share them (`workshop.identity.shares_contact`).
How a person is named follows `workshop.identity`; `board_for` applies it to board snapshots.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Collection
from typing import Protocol

from workshop.identity import pseudonym, shares_contact
from workshop.views import BoardSnapshot, NoteView, ParticipantView
from workshop.vocabulary import NoteSource


class NoteStates(Protocol):
    """What the rules read of a note: a NoteView or a database row alike."""

    @property
    def text(self) -> str: ...
    @property
    def redacted_text(self) -> str | None: ...
    @property
    def hidden(self) -> bool: ...
    @property
    def pending(self) -> bool: ...
    @property
    def private(self) -> bool: ...
    @property
    def source(self) -> str: ...


class PicturedNote(NoteStates, Protocol):
    """A note that may carry its own picture (a NoteView or a database row alike)."""

    @property
    def picture_id(self) -> int | None: ...


class Audience(enum.Enum):
    FACILITATOR = "facilitator"
    PROJECTOR = "projector"
    PHONE_BALLOT = "phone ballot"
    RECORD = "record"  # the public edition: for anyone
    PARTICIPANTS_RECORD = "participants' record"  # marked "Not for publication"
    ANONYMISED_FILE = "anonymised file"
    BOARD_IMAGE = "board image"


# ----- the states, read in one place -----------------------------------------------------------


def waiting_for_review(note: NoteStates) -> bool:
    """Read from a photo and not yet accepted by a person: only the review queue shows it."""
    return note.pending and note.source == NoteSource.PHOTO


def accepted(note: NoteStates) -> bool:
    """On the board at all: not held back for the facilitator's approval."""
    return not note.pending


def seen_by_room(note: NoteStates) -> bool:
    """On the board where the room can see it: accepted, and revealed if written in silence.

    The room may put dots on these (at the laptop, private notes included).
    """
    return accepted(note) and not note.hidden


# ----- one rule per audience -------------------------------------------------------------------


def facilitator_board(note: NoteStates) -> bool:
    """The facilitator sees every note, with its state marked on it, except suggestions from
    photos that nobody has reviewed (those are in the review queue)."""
    return not waiting_for_review(note)


def projector(note: NoteStates) -> bool:
    """Silent-writing notes not yet revealed, held notes and private notes are never projected."""
    return seen_by_room(note) and not note.private


def phone_ballot(note: NoteStates) -> bool:
    """A phone's ballot lists what the projector shows anyway, and nothing more."""
    return projector(note)


def record(note: NoteStates) -> bool:
    """The record keeps what was said on the record: not private notes, not held ones."""
    return accepted(note) and not note.private


def participants_record(note: NoteStates) -> bool:
    """The participants' edition holds the same notes as the public one; it differs in people."""
    return record(note)


def anonymised_file(note: NoteStates) -> bool:
    """A shared, anonymised file follows the record's rule."""
    return record(note)


def board_image(note: NoteStates) -> bool:
    """A picture of the board leaves the app like the record does, so it follows its rule."""
    return record(note)


RULES: dict[Audience, Callable[[NoteStates], bool]] = {
    Audience.FACILITATOR: facilitator_board,
    Audience.PROJECTOR: projector,
    Audience.PHONE_BALLOT: phone_ballot,
    Audience.RECORD: record,
    Audience.PARTICIPANTS_RECORD: participants_record,
    Audience.ANONYMISED_FILE: anonymised_file,
    Audience.BOARD_IMAGE: board_image,
}

# Audiences outside the app: people appear by identity's rule, support needs stay behind.
LEAVES_THE_APP = frozenset(
    {
        Audience.RECORD,
        Audience.PARTICIPANTS_RECORD,
        Audience.ANONYMISED_FILE,
        Audience.BOARD_IMAGE,
    }
)
# Audiences that may hold the contact details of people who agreed to share them: the people
# who took part (their edition's "stay in touch"), and the shared file (identity's rule). The
# public record and a picture of the board never do.
CARRIES_CONTACTS = frozenset({Audience.PARTICIPANTS_RECORD, Audience.ANONYMISED_FILE})


def sees(audience: Audience, note: NoteStates) -> bool:
    return RULES[audience](note)


def shown_text(audience: Audience, note: NoteStates) -> str:
    """The facilitator reads the original; every other audience the redacted text if any."""
    if audience is Audience.FACILITATOR or note.redacted_text is None:
        return note.text
    return note.redacted_text


def picture_shown(audience: Audience, note: PicturedNote) -> bool:
    """Whether this audience may see the note's own picture (a photo crop or a kept drawing).

    The picture shows the words as written, so a redacted note's picture stays in the app.
    """
    if note.picture_id is None or not sees(audience, note):
        return False
    return audience is Audience.FACILITATOR or note.redacted_text is None


def _shown_note(audience: Audience, note: NoteView) -> NoteView:
    if audience is Audience.FACILITATOR or note.redacted_text is None:
        return note
    # The original text must not travel further, not even unused inside a snapshot; nor its
    # picture, which shows the original words as written.
    return dataclasses.replace(note, text=note.redacted_text, picture_id=None)


def on_ballot_at(note_table: int | None, on_plenary: bool, device_table: int | None) -> bool:
    """Which of the ballot's notes a phone may vote on when the room works at tables: its own
    table's notes and the plenary's (a phone in the plenary: the plenary's only). Without
    tables every note is the plenary's, so every phone sees the whole ballot."""
    return on_plenary or (device_table is not None and note_table == device_table)


def named_to_hosts(person: ParticipantView, attendee_ids: Collection[int]) -> bool:
    """Whether a table's host may pick this person by name as a note's speaker.

    Only people in the room (marked present at the session, or joined from a phone) who agreed
    to be named in records: their names then go to the host's phone and the note is filed
    under them. Anyone else is picked by role alone, and their words carry no name.
    """
    in_room = person.id in attendee_ids or person.joined_from_device
    return person.consent_named and in_room


def contact_shown(audience: Audience, person: ParticipantView) -> bool:
    """Whether this audience may see how to contact this person."""
    if audience is Audience.FACILITATOR:
        return True
    return audience in CARRIES_CONTACTS and shares_contact(person)


def _shown_person(audience: Audience, person: ParticipantView) -> ParticipantView:
    """A person as things that leave the app may hold them (see workshop.identity)."""
    return dataclasses.replace(
        person,
        name=person.name if person.consent_named else pseudonym(person),
        contact=person.contact if contact_shown(audience, person) else "",
        support_needs="",
    )


def board_for(audience: Audience, board: BoardSnapshot) -> BoardSnapshot:
    """The board as this audience may see it: its notes, their text, the dots on them, people."""
    rule = RULES[audience]
    notes = tuple(_shown_note(audience, n) for n in board.notes if rule(n))
    kept = {n.id for n in notes}
    votes = tuple(v for v in board.votes if v.note_id in kept)
    participants = board.participants
    if audience in LEAVES_THE_APP:
        participants = tuple(_shown_person(audience, p) for p in participants)
    elif audience is not Audience.FACILITATOR:
        # The projector and the phones show no contact details, so their snapshots hold none.
        participants = tuple(dataclasses.replace(p, contact="") for p in participants)
    return dataclasses.replace(board, notes=notes, votes=votes, participants=participants)
