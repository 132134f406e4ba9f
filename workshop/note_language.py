"""The language a note was written in: a checked BCP 47 tag where known, else a detected one.

Known languages come from where the note was written (the phone's language, the capture bar's,
or set by hand) and are stored with it. For a note whose language is not known, exports ask
`detect`, which uses Lingua (lingua-language-detector) over the languages most often written in
UK public-service sessions; it answers None rather than guess from too little text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP

__all__ = ["DETECTED", "clean_language", "detect"]

_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")

# What Lingua chooses among (ISO 639-1): English and Welsh, then the languages most spoken at
# home in England and Wales besides them, and the scripts the record ships fonts for.
DETECTED = [
    "en",
    "cy",
    "pl",
    "ro",
    "pa",
    "ur",
    "bn",
    "gu",
    "ar",
    "pt",
    "es",
    "it",
    "fr",
    "de",
    "lt",
    "so",
    "fa",
    "ru",
    "uk",
    "tr",
    "zh",
    "el",
    "ta",
    "hi",
    "sq",
    "bg",
    "hu",
]
# Fewer letters than this say too little for any detector to be trusted.
_MIN_LETTERS = 4


def clean_language(value: object) -> str | None:
    """A language tag as stored: "cy", "pl", "en-GB", "sr-Latn"; None or "" for not known."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _TAG.match(value.strip()):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "The language {value} is not a language tag; use one such as cy or pl."
            ),
            field="language",
            value=repr(value)[:40],
        )
    primary, *rest = value.strip().split("-")
    parts = [primary.lower()]
    for part in rest:
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())  # a region: GB
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())  # a script: Latn
        else:
            parts.append(part.lower())
    return "-".join(parts)


@functools.cache
def _detector() -> Any:
    # Imported and built on first use only: nothing pays for it until a record needs it. Low
    # accuracy mode loads small models (a fraction of a second) and is right on notes of a
    # few words for the languages above.
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in DETECTED]
    return (
        LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        .with_low_accuracy_mode()
        .with_minimum_relative_distance(0.1)
        .build()
    )


def detect(text: str) -> str | None:
    """The language text is most likely written in, as an ISO 639-1 code; None when unsure."""
    if sum(1 for char in text if char.isalpha()) < _MIN_LETTERS:
        return None
    found = _detector().detect_language_of(text)
    return None if found is None else str(found.iso_code_639_1.name).lower()
