"""Each voice's places for notes and themes by dots, and where citizens and professionals differ.

Pure functions over the tallies of `workshop.analysis`: the projector's results page draws them,
and the record could print them. Ranks are competition ranks ("1, 2, 2, 4"): notes with the same
number of dots from a voice share a place, so no tie is broken by something the room cannot see.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from workshop.analysis import NoteTally, ThemeTally
from workshop.vocabulary import Voice

# The two voices a results page sets side by side.
VOICES: tuple[Voice, Voice] = (Voice.CITIZEN, Voice.PROFESSIONAL)
# Places apart at which the two voices count as ranking a note differently: next-door places
# are noise in a room of twenty; two apart (1st against 3rd) is worth the room's attention.
PLACES_APART = 2

KeyT = TypeVar("KeyT", bound=Hashable)


def competition_ranks(counts: Mapping[KeyT, int]) -> dict[KeyT, int]:
    """Place of each key with at least one dot: 1 + how many keys have more dots."""
    ranked = sorted((c for c in counts.values() if c > 0), reverse=True)
    first_place: dict[int, int] = {}
    for place, count in enumerate(ranked, start=1):
        first_place.setdefault(count, place)
    return {key: first_place[count] for key, count in counts.items() if count > 0}


@dataclass(frozen=True)
class Standing:
    """One note or theme: its dots and its place for everyone and for each voice."""

    key: int  # the note's or the theme's id
    text: str
    dots: Mapping[Voice | None, int]  # None: everyone
    ranks: Mapping[Voice | None, int | None]  # None as a rank: that voice put no dot on it

    def dots_from(self, voice: Voice | None) -> int:
        return self.dots.get(voice, 0)

    def rank_for(self, voice: Voice | None) -> int | None:
        return self.ranks.get(voice)

    @property
    def voices_differ(self) -> bool:
        """Citizens and professionals placed it at least PLACES_APART apart, or only one of them
        put dots on it."""
        citizen, professional = (self.rank_for(v) for v in VOICES)
        if citizen is None and professional is None:
            return False
        if citizen is None or professional is None:
            return True
        return abs(citizen - professional) >= PLACES_APART


def _text(tally: NoteTally | ThemeTally) -> str:
    return tally.note.public_text if isinstance(tally, NoteTally) else tally.theme.title


def _key(tally: NoteTally | ThemeTally) -> int:
    return tally.note.id if isinstance(tally, NoteTally) else tally.theme.id


def standings(tallies: Iterable[NoteTally] | Iterable[ThemeTally]) -> list[Standing]:
    """Every tallied note or theme with its places, in the overall order (most dots first)."""
    items: list[NoteTally | ThemeTally] = list(tallies)
    ranks = {
        voice: competition_ranks({_key(t): t.count(voice) for t in items})
        for voice in (None, *VOICES)
    }
    result = [
        Standing(
            key=_key(t),
            text=_text(t),
            dots={voice: t.count(voice) for voice in (None, *VOICES)},
            ranks={voice: ranks[voice].get(_key(t)) for voice in (None, *VOICES)},
        )
        for t in items
    ]
    result.sort(key=lambda s: s.rank_for(None) or len(result) + 1)
    return result


def ranked_for(all_standings: Sequence[Standing], voice: Voice | None) -> list[Standing]:
    """The standings one voice put dots on, by that voice's place (ties keep the overall order)."""
    placed = [s for s in all_standings if s.rank_for(voice) is not None]
    placed.sort(key=lambda s: s.rank_for(voice) or 0)
    return placed
