"""Figures drawn from a board: balance of voice and vote results, for the UI and the record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workshop.views import BoardSnapshot, NoteView
from workshop.vocabulary import Voice, voice_of


@dataclass(frozen=True)
class VoiceBalance:
    citizen_notes: int
    professional_notes: int
    citizen_votes: int
    professional_votes: int

    @property
    def citizen(self) -> int:
        return self.citizen_notes + self.citizen_votes

    @property
    def professional(self) -> int:
        return self.professional_notes + self.professional_votes

    @property
    def professional_share(self) -> float:
        """Share of contributions from professionals, 0..1 (0 when nobody contributed)."""
        total = self.citizen + self.professional
        return self.professional / total if total else 0.0

    def professionals_dominate(self, threshold_percent: int) -> bool:
        return self.citizen + self.professional > 0 and (
            self.professional_share * 100 > threshold_percent
        )


@dataclass(frozen=True)
class NoteTally:
    note: NoteView
    total: int
    citizen: int
    professional: int


def voice_balance(board: BoardSnapshot) -> VoiceBalance:
    """Who contributed the session's notes and votes: the citizen or the professional voice."""
    notes = Counter(voice_of(note.role) for note in board.notes if not note.pending)
    roles = {person.id: person.role for person in board.participants}
    votes = Counter(voice_of(roles.get(vote.participant_id, "")) for vote in board.votes)
    return VoiceBalance(
        citizen_notes=notes[Voice.CITIZEN],
        professional_notes=notes[Voice.PROFESSIONAL],
        citizen_votes=votes[Voice.CITIZEN],
        professional_votes=votes[Voice.PROFESSIONAL],
    )


def vote_results(board: BoardSnapshot, *, public_only: bool = False) -> list[NoteTally]:
    """Notes with at least one dot, most voted first, split by voice."""
    roles = {person.id: person.role for person in board.participants}
    notes = {note.id: note for note in board.notes}
    totals: Counter[int] = Counter()
    citizen: Counter[int] = Counter()
    professional: Counter[int] = Counter()
    for vote in board.votes:
        totals[vote.note_id] += 1
        voice = voice_of(roles.get(vote.participant_id, ""))
        if voice is Voice.CITIZEN:
            citizen[vote.note_id] += 1
        elif voice is Voice.PROFESSIONAL:
            professional[vote.note_id] += 1
    tallies = [
        NoteTally(notes[note_id], total, citizen[note_id], professional[note_id])
        for note_id, total in totals.items()
        if note_id in notes and not (public_only and notes[note_id].private)
    ]
    tallies.sort(key=lambda t: (-t.total, t.note.id))
    return tallies
