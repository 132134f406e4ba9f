"""Figures drawn from a board: balance of voice and vote results, for the UI and the record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from workshop import audience
from workshop.views import BoardSnapshot, NoteView, ThemeView
from workshop.vocabulary import Voice, voice_of


@dataclass(frozen=True)
class VoiceBalance:
    """Notes and dots from the citizen and the professional voice (others are not counted)."""

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

    @property
    def total(self) -> int:
        return self.citizen + self.professional

    def professionals_dominate(self, threshold_percent: int) -> bool:
        """Whether the professional share is above the facilitator's threshold (in percent)."""
        return self.citizen + self.professional > 0 and (
            self.professional_share * 100 > threshold_percent
        )


@dataclass(frozen=True)
class NoteTally:
    """The dots on one note, in all and from each voice."""

    note: NoteView
    total: int
    citizen: int
    professional: int

    def count(self, voice: Voice | None) -> int:
        return _count(self, voice)


@dataclass(frozen=True)
class ThemeTally:
    """The dots on all the notes of one theme, in all and from each voice."""

    theme: ThemeView
    note_count: int
    total: int
    citizen: int
    professional: int

    def count(self, voice: Voice | None) -> int:
        return _count(self, voice)


TallyT = TypeVar("TallyT", NoteTally, ThemeTally)


def _count(tally: NoteTally | ThemeTally, voice: Voice | None) -> int:
    if voice is None:
        return tally.total
    if voice is Voice.CITIZEN:
        return tally.citizen
    if voice is Voice.PROFESSIONAL:
        return tally.professional
    return tally.total - tally.citizen - tally.professional


def voice_balance(board: BoardSnapshot) -> VoiceBalance:
    """Who contributed the session's notes and votes: the citizen or the professional voice."""
    notes = Counter(voice_of(note.role) for note in board.notes if audience.accepted(note))
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
        if note_id in notes and (not public_only or audience.record(notes[note_id]))
    ]
    tallies.sort(key=lambda t: (-t.total, t.note.id))
    return tallies


def theme_results(board: BoardSnapshot, *, public_only: bool = False) -> list[ThemeTally]:
    """Themes with at least one dot on their notes, most voted first, split by voice."""
    members: Counter[int] = Counter(
        note.theme_id
        for note in board.notes
        if note.theme_id is not None and audience.seen_by_room(note)
    )
    by_theme: dict[int, list[NoteTally]] = {}
    for tally in vote_results(board, public_only=public_only):
        if tally.note.theme_id is not None:
            by_theme.setdefault(tally.note.theme_id, []).append(tally)
    results = [
        ThemeTally(
            theme=theme,
            note_count=members[theme.id],
            total=sum(t.total for t in by_theme[theme.id]),
            citizen=sum(t.citizen for t in by_theme[theme.id]),
            professional=sum(t.professional for t in by_theme[theme.id]),
        )
        for theme in board.themes
        if theme.id in by_theme
    ]
    results.sort(key=lambda t: (-t.total, t.theme.id))
    return results


def ranked_by(tallies: Iterable[TallyT], voice: Voice | None) -> list[TallyT]:
    """The tallies that one voice put dots on, ranked by that voice's dots (None: everyone).

    Ties keep the overall order, so the room compares like with like.
    """
    ranked = [t for t in tallies if t.count(voice) > 0]
    ranked.sort(key=lambda t: -t.count(voice))
    return ranked
