"""Checks on the Easy Read sentences people write: too long, more than one idea, long words,
glossary words, jargon.

The checks only point things out; the facilitator decides. Nothing here writes a sentence:
the Easy Read record carries only what a person typed (see docs/easy-read.md).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from workshop import bundled
from workshop.errors import WorkshopError
from workshop.messages import QT_TRANSLATE_NOOP

# The Department of Health's guidance: an Easy Read document of at most 20 pages.
MAX_PAGES = 20
# ... and sentences of at most 15 words.
MAX_WORDS = 15
# A point is a handful of short sentences; more would not fit beside its picture.
MAX_POINT_TEXT = 600
# A word longer than this many letters is worth a second look ("accommodation", "appointments").
MAX_LETTERS = 11

# A sentence ends at . ! ? (with any closing quotes or brackets) followed by a space, or at a
# line break: people write one sentence a line in Easy Read.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# One idea a sentence. A second idea is joined on by a word that starts another clause
# ("because", "but", "which"), by "and"/"or" when a new subject or verb follows ("... late and
# we missed ..."), by a comma before a new subject ("..., we missed ..."), or by a semicolon,
# colon or dash between words. "Tea and cake" joins two things into one idea, so it is left alone.
_JOINERS = {
    "en": (
        "because", "but", "although", "though", "whereas", "while", "unless", "which",
        "however", "so that", "as well as", "otherwise", "therefore",
    ),
    "cy": ("ond", "oherwydd", "achos", "er bod", "felly", "tra", "fodd bynnag", "heblaw"),
}  # fmt: skip
_AND_OR = {"en": ("and", "or", "so", "then"), "cy": ("a", "ac", "neu", "wedyn")}
# Words that start a new clause after "and", "or" or a comma: subjects in English, and in
# Welsh (verb first) the common verb forms and particles.
_CLAUSE_START = {
    "en": (
        "i", "we", "you", "they", "he", "she", "it", "there",
        "i'm", "we're", "you're", "they're", "it's", "there's", "we'll", "you'll", "they'll",
        "we've", "they've", "you've",
    ),
    "cy": (
        "mae", "mae'r", "roedd", "roedd", "bydd", "byddwn", "byddan", "rydyn", "rydw", "dydy",
        "does", "oedd", "wnaeth", "gwnaeth", "fydd", "fe", "mi", "dwi", "rydych", "roedden",
        "cawson", "gwnaethon", "aethon", "aeth",
    ),
}  # fmt: skip
_SEMICOLON = re.compile(r"\w\s*;\s*\w")
# A colon or a dash between two parts of a few words each: "Time: 10 o'clock" is one idea.
_COLON_OR_DASH = re.compile(r"\s*:\s+|\s+[-–—]\s+")
_CLAUSE_WORDS = 3


class EasyReadRefused(WorkshopError):
    """An Easy Read record that cannot be written as the guidance asks."""


NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "Refusal",
    "Nobody has written Easy Read sentences for this session in that language yet; "
    "write them in the Easy Read panel.",
)
TOO_MANY_PAGES = QT_TRANSLATE_NOOP(
    "Refusal",
    "The Easy Read record would be {pages} pages; the guidance says at most 20, "
    "so leave some points out or make them shorter.",
)


class Flag(enum.Enum):
    LONG_SENTENCE = "long_sentence"
    TWO_IDEAS = "two_ideas"  # word: what joins the second idea on
    LONG_WORD = "long_word"
    GLOSSARY_WORD = "glossary_word"
    JARGON = "jargon"


@dataclass(frozen=True, slots=True)
class Finding:
    flag: Flag
    word: str = ""  # the word or phrase found; empty for a long sentence


@dataclass(frozen=True, slots=True)
class SentenceCheck:
    """One sentence as written, how many words it has, and what a reader might trip over."""

    sentence: str
    words: int
    findings: tuple[Finding, ...]

    @property
    def too_long(self) -> bool:
        return self.words > MAX_WORDS


def sentences(text: str) -> list[str]:
    """The sentences of text, in order, each stripped; blank ones are dropped."""
    found = []
    for line in text.splitlines():
        start = 0
        for end in _SENTENCE_END.finditer(line):
            found.append(line[start : end.end()])
            start = end.end()
        found.append(line[start:])
    return [part.strip() for part in found if part.strip()]


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in phrase.split()]
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(parts) + r"(?![\w'’-])", re.IGNORECASE)


@cache
def jargon(language: str) -> tuple[str, ...]:
    """The shipped list of common jargon for a language ("en" or "cy")."""
    name = "jargon_cy.txt" if language == "cy" else "jargon_en.txt"
    lines = bundled.read_text("easy_read", name).splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _found(sentence: str, phrases: Iterable[str]) -> list[str]:
    found = []
    for phrase in phrases:
        if phrase.strip() and _phrase_pattern(phrase.strip()).search(sentence):
            found.append(phrase.strip())
    return found


def _second_idea(sentence: str, language: str) -> str | None:
    """What joins a second idea onto the sentence ("because", "and we", ";"), or None."""
    lang = "cy" if language == "cy" else "en"
    spoken = [w.casefold().replace("’", "'") for w in words(sentence)]
    for joiner in _JOINERS[lang]:
        if _phrase_pattern(joiner).search(sentence) and words(sentence)[0].casefold() != joiner:
            return joiner
    starts = set(_CLAUSE_START[lang])
    for index, word in enumerate(spoken[1:-1], start=1):
        if word in _AND_OR[lang] and spoken[index + 1] in starts:
            return f"{words(sentence)[index]} {words(sentence)[index + 1]}"
    for match in re.finditer(r",\s*([^\W_]+(?:['’][^\W_]+)?)", sentence):
        following = match.group(1).casefold().replace("’", "'")
        if following in starts and sentence[match.end() :].strip():
            return f", {match.group(1)}"
    if _SEMICOLON.search(sentence):
        return ";"
    for found in _COLON_OR_DASH.finditer(sentence):
        before, after = sentence[: found.start()], sentence[found.end() :]
        if len(words(before)) >= _CLAUSE_WORDS and len(words(after)) >= _CLAUSE_WORDS:
            return found.group(0).strip()
    return None


def check_sentence(
    sentence: str, glossary: Iterable[str] = (), *, language: str = "en"
) -> SentenceCheck:
    """What a reader might trip over in one sentence."""
    found_words = words(sentence)
    findings: list[Finding] = []
    if len(found_words) > MAX_WORDS:
        findings.append(Finding(Flag.LONG_SENTENCE))
    joined = _second_idea(sentence, language) if found_words else None
    if joined is not None:
        findings.append(Finding(Flag.TWO_IDEAS, joined))
    for term in _found(sentence, glossary):
        findings.append(Finding(Flag.GLOSSARY_WORD, term))
    flagged = {f.word.casefold() for f in findings}
    for term in _found(sentence, jargon(language)):
        if term.casefold() not in flagged:
            findings.append(Finding(Flag.JARGON, term))
            flagged.add(term.casefold())
    seen: set[str] = set()
    for word in found_words:
        letters = sum(ch.isalpha() for ch in word)
        key = word.casefold()
        if letters > MAX_LETTERS and key not in seen and key not in flagged:
            seen.add(key)
            findings.append(Finding(Flag.LONG_WORD, word))
    return SentenceCheck(sentence, len(found_words), tuple(findings))


def check_text(
    text: str, glossary: Iterable[str] = (), *, language: str = "en"
) -> list[SentenceCheck]:
    """Each sentence of a point's text with its findings."""
    terms = tuple(glossary)
    return [check_sentence(s, terms, language=language) for s in sentences(text)]


def long_sentences(text: str) -> int:
    """How many sentences of text have more than MAX_WORDS words."""
    return sum(len(words(s)) > MAX_WORDS for s in sentences(text))


def joined_sentences(text: str, language: str = "en") -> int:
    """How many sentences of text seem to hold more than one idea."""
    return sum(_second_idea(s, language) is not None for s in sentences(text) if words(s))


# The Easy Read record is in one language; a bilingual one would double its length.
LANGUAGES = ("en", "cy")


def easy_read_language(language: str | None) -> str:
    """The record's language from --language (en when not given), refused unless en or cy."""
    chosen = (language or "en").split("-")[0].lower()
    if chosen not in LANGUAGES:
        raise EasyReadRefused(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "An Easy Read record is written in one language: use --language en or "
                "--language cy.",
            )
        )
    return chosen


__all__ = [
    "LANGUAGES",
    "MAX_LETTERS",
    "MAX_PAGES",
    "MAX_POINT_TEXT",
    "MAX_WORDS",
    "NOTHING_WRITTEN",
    "TOO_MANY_PAGES",
    "EasyReadRefused",
    "Finding",
    "Flag",
    "SentenceCheck",
    "check_sentence",
    "check_text",
    "easy_read_language",
    "jargon",
    "joined_sentences",
    "long_sentences",
    "sentences",
    "words",
]
