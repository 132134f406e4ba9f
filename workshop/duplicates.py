"""Near-duplicate notes across tables, suggested for grouping into a theme (fuzzy matching).

When the tables come back together, several of them have often heard the same thing in other
words ("Ring before you come" / "Please ring before you come round"). This finds such pairs on
the device (rapidfuzz, no network), so the facilitator can accept each suggestion (group them)
or dismiss it. Only notes from different tables are paired: a table's own repeats are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from workshop.views import NoteView

# Scores are 0–100. Measured on a fixed set of near-duplicates and unrelated notes
# (tests/tables/test_duplicates.py): all 10 pairs score 76 and up, unrelated notes 62.5 at most.
DEFAULT_THRESHOLD = 72.0

# Small words that carry little of a note's meaning; left out so that two notes are not
# called alike for sharing "the ... is too ...". English only: other languages still match on
# their words, only less sharply.
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "about",
        "into",
        "from",
        "by",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "we",
        "you",
        "they",
        "me",
        "us",
        "them",
        "my",
        "our",
        "your",
        "their",
        "please",
        "very",
        "really",
        "just",
        "so",
        "too",
        "far",
        "also",
    ]
)
_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DuplicateSuggestion:
    """Two notes from different tables that probably say the same thing."""

    first: int  # note id (the lower)
    second: int  # note id (the higher)
    score: float  # 0–100: how alike their words are


def comparable_words(text: str) -> tuple[str, ...]:
    """The words of a note as they are compared: folded case, numbers as digits, no small words,
    a plural's final s dropped ("carers" and "carer" are alike)."""
    folded = text.casefold().replace("’", "'").replace("n't", " not")
    words = []
    for word in _WORD.findall(folded):
        word = _NUMBERS.get(word, word)
        if word in _STOP_WORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return tuple(words)


def likeness(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """How alike two notes' compared words are, 0–100.

    Word sets (order and extra words matter less) when both notes say at least two things;
    a one-word note is compared letter by letter, or every note containing that word would
    count as its duplicate.
    """
    if not first or not second:
        return 0.0
    left, right = " ".join(first), " ".join(second)
    if min(len(first), len(second)) < 2:
        return float(fuzz.ratio(left, right))
    return float(fuzz.token_set_ratio(left, right))


def suggest_duplicates(
    notes: Iterable[NoteView], *, threshold: float = DEFAULT_THRESHOLD
) -> list[DuplicateSuggestion]:
    """Pairs of notes from different tables that are alike, most alike first.

    Notes already in the same theme are not suggested again. The caller chooses which notes
    to compare (those the facilitator's board shows); the text compared is the note's own.
    """
    keyed = [(note, comparable_words(note.text)) for note in notes]
    keyed = [(note, words) for note, words in keyed if words]
    found: list[DuplicateSuggestion] = []
    for index, (note, words) in enumerate(keyed):
        for other, other_words in keyed[index + 1 :]:
            if note.table_id == other.table_id:
                continue
            if note.theme_id is not None and note.theme_id == other.theme_id:
                continue
            score = likeness(words, other_words)
            if score >= threshold:
                low, high = sorted((note.id, other.id))
                found.append(DuplicateSuggestion(low, high, round(score, 1)))
    found.sort(key=lambda s: (-s.score, s.first, s.second))
    return found


__all__ = [
    "DEFAULT_THRESHOLD",
    "DuplicateSuggestion",
    "comparable_words",
    "likeness",
    "suggest_duplicates",
]
