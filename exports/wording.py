"""The record's own words in English, Welsh, or both (Welsh first); people's text is never touched.

The Welsh comes from one catalogue, `resources/translations/record_cy.json` (English → Welsh), where
a translator can review and extend it without reading code. A record is written inside
`in_wording(...)`; everything that produces the record's fixed words asks `say()`, which reads the
choice made for the record being written (a context variable, so two exports on two threads never
mix their languages). A phrase not in the catalogue stays English, which the tests look for.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager

from workshop import bundled
from workshop.dates import is_impossible

__all__ = [
    "WORDINGS",
    "catalogue",
    "current",
    "date_long",
    "date_short",
    "in_wording",
    "say",
    "say_with",
]

# The record's fixed words: English, Welsh, or both with Welsh first.
WORDINGS = ("en", "cy", "cy+en")
# Between the Welsh and the English of one phrase in a bilingual record.
BILINGUAL_SEPARATOR = " / "

_MONTHS_CY = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
_MONTHS_CY_SHORT = (
    "Ion",
    "Chwef",
    "Maw",
    "Ebr",
    "Mai",
    "Meh",
    "Gorff",
    "Awst",
    "Medi",
    "Hyd",
    "Tach",
    "Rhag",
)

_current: contextvars.ContextVar[str] = contextvars.ContextVar("record_wording", default="en")


@functools.cache
def catalogue() -> dict[str, str]:
    """English phrase → Welsh phrase, as the translator left them (blank ones are skipped)."""
    entries = json.loads(bundled.read_text("translations", "record_cy.json"))
    return {english: welsh for english, welsh in entries.items() if welsh.strip()}


def current() -> str:
    """The wording of the record being written now: "en", "cy" or "cy+en"."""
    return _current.get()


@contextmanager
def in_wording(wording: str) -> Iterator[None]:
    """Write a record in this wording; unknown choices fall back to English."""
    token = _current.set(wording if wording in WORDINGS else "en")
    try:
        yield
    finally:
        _current.reset(token)


def say(english: str) -> str:
    """One fixed phrase of the record in its wording (English where no Welsh is known)."""
    wording = _current.get()
    if wording == "en" or not english:
        return english
    welsh = catalogue().get(english)
    if welsh is None:
        return english
    if wording == "cy":
        return welsh
    return welsh if welsh == english else f"{welsh}{BILINGUAL_SEPARATOR}{english}"


def say_with(template: str, **values: object) -> str:
    """A sentence with values filled in: say_with("Checked by {who} on {day}.", who=..., day=...).

    The catalogue holds the template; dates among the values are written in each half's own
    language, so a bilingual sentence never mixes them.
    """
    wording = _current.get()
    welsh = catalogue().get(template) if wording != "en" else None
    english = template.format(**_values(values, "en"))
    if welsh is None:
        return english
    in_welsh = welsh.format(**_values(values, "cy"))
    return in_welsh if wording == "cy" else f"{in_welsh}{BILINGUAL_SEPARATOR}{english}"


def _values(values: dict[str, object], language: str) -> dict[str, object]:
    return {
        name: _long(value, language) if isinstance(value, dt.date) else value
        for name, value in values.items()
    }


def _long(day: dt.date, language: str) -> str:
    if is_impossible(day):
        return str(day)  # "invalid date (…)": what the record holds, in any language
    if language == "cy":
        return f"{day.day} {_MONTHS_CY[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B %Y}"


def date_long(day: dt.date) -> str:
    """1 December 2026, 1 Rhagfyr 2026, or both."""
    return _pick(_long(day, "cy"), _long(day, "en"))


def date_short(day: dt.date) -> str:
    """1 Dec 2026, 1 Rhag 2026, or both."""
    if is_impossible(day):
        return str(day)
    english = f"{day.day} {day:%b %Y}"
    welsh = f"{day.day} {_MONTHS_CY_SHORT[day.month - 1]} {day.year}"
    return _pick(welsh, english)


def _pick(welsh: str, english: str) -> str:
    wording = _current.get()
    if wording == "cy":
        return welsh
    if wording == "cy+en":
        return f"{welsh}{BILINGUAL_SEPARATOR}{english}"
    return english
