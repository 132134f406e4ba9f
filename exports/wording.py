"""The record's own words in English, Welsh, or both (Welsh first); people's text is never touched.

The Welsh comes from one catalogue, `resources/translations/record_cy.json` (English → Welsh), where
a translator can review and extend it without reading code. A phrase built around a count has one
Welsh form per plural category of the count (zero, one, two, few, many, other: Welsh has all six),
listed under the phrase's English plural. A record is written inside
`in_wording(...)`; everything that produces the record's fixed words asks `say()`, which reads the
choice made for the record being written (a context variable, so two exports on two threads never
mix their languages). A phrase not in the catalogue stays English, which the tests look for.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from workshop import bundled
from workshop.dates import is_impossible

__all__ = [
    "WORDINGS",
    "Counted",
    "catalogue",
    "current",
    "date_long",
    "date_short",
    "each_language",
    "in_wording",
    "long_date",
    "plural_catalogue",
    "say",
    "say_and",
    "say_count",
    "say_with",
    "welsh_plural_category",
]

# The record's fixed words: English, Welsh, or both with Welsh first.
WORDINGS = ("en", "cy", "cy+en")
# Between the Welsh and the English of one phrase in a bilingual record.
BILINGUAL_SEPARATOR = " / "
# Welsh "and" is "ac" before a word beginning with a vowel ("gofalwyr ac aelodau"), else "a".
_WELSH_VOWELS = frozenset("aeiouyâêîôûŷáéíóúàèìòùäëïöü")
_AND = "{first} and {last}"
_AND_BEFORE_VOWEL = "{first} and {last} (the last beginning with a vowel)"

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


# Welsh plural categories (CLDR): every one a counted phrase may give a form for.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@functools.cache
def _entries() -> dict[str, str | dict[str, str]]:
    entries: dict[str, str | dict[str, str]] = json.loads(
        bundled.read_text("translations", "record_cy.json")
    )
    return entries


@functools.cache
def catalogue() -> dict[str, str]:
    """English phrase → Welsh phrase, as the translator left them (blank ones are skipped)."""
    return {
        english: welsh
        for english, welsh in _entries().items()
        if isinstance(welsh, str) and welsh.strip()
    }


@functools.cache
def plural_catalogue() -> dict[str, dict[str, str]]:
    """English plural phrase → its Welsh forms by plural category ("other" required)."""
    return {
        english: {category: form for category, form in forms.items() if form.strip()}
        for english, forms in _entries().items()
        if isinstance(forms, dict) and forms.get("other", "").strip()
    }


def welsh_plural_category(count: int) -> str:
    """The CLDR plural category of a whole number in Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many."""
    return {0: "zero", 1: "one", 2: "two", 3: "few", 6: "many"}.get(abs(count), "other")


@dataclass(frozen=True)
class Counted:
    """A count with the words that go with it, e.g. Counted(3, "{count} vote", "{count} votes").

    Given as a value to `say_with` or `say_count`, it is written in the language of each half of
    the sentence it sits in, with the plural form its count needs. `zero` is the English for
    nothing at all ("No contributions") where a bare 0 would read badly.
    """

    count: int
    one: str
    other: str
    zero: str | None = None

    def english_form(self) -> str:
        """The English words for this count, {count} not yet filled in."""
        if self.count == 0 and self.zero is not None:
            return self.zero
        return self.one if self.count == 1 else self.other

    def welsh_form(self) -> str | None:
        """The Welsh words for this count, or None where the catalogue has no Welsh for them."""
        forms = plural_catalogue().get(self.other)
        if forms is None:
            return None
        return forms.get(welsh_plural_category(self.count), forms["other"])

    def in_language(self, language: str) -> str:
        """The words for this count in "en" or "cy" (English where no Welsh is known)."""
        form = self.welsh_form() if language == "cy" else None
        return (form or self.english_form()).format(count=self.count)


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

    The catalogue holds the template; dates and `Counted` phrases among the values are written in
    each half's own language, so a bilingual sentence never mixes them.
    """
    wording = _current.get()
    welsh = catalogue().get(template) if wording != "en" else None
    english = template.format(**_values(values, "en"))
    if welsh is None:
        return english
    in_welsh = welsh.format(**_values(values, "cy"))
    return in_welsh if wording == "cy" else f"{in_welsh}{BILINGUAL_SEPARATOR}{english}"


def say_and(parts: Sequence[str]) -> str:
    """Phrases already in the record's wording joined as a list: "a, b and c".

    Call it inside `each_language` in a bilingual record, so each half uses its own "and".
    """
    if len(parts) < 2:
        return "".join(parts)
    first, last = ", ".join(parts[:-1]), parts[-1]
    before_vowel = _current.get() == "cy" and last[:1].lower() in _WELSH_VOWELS
    return say_with(_AND_BEFORE_VOWEL if before_vowel else _AND, first=first, last=last)


def say_count(count: int, one: str, other: str, zero: str | None = None, **values: object) -> str:
    """A phrase built around a count, in the form the count needs in each language.

    say_count(n, "{count} person took part.", "{count} people took part.") is looked up in the
    catalogue under its English plural (`other`), whose Welsh gives a form per plural category.
    Other values are filled in as in `say_with`.
    """
    phrase = Counted(count, one, other, zero)
    wording = _current.get()
    english = phrase.english_form().format(count=count, **_values(values, "en"))
    welsh = phrase.welsh_form() if wording != "en" else None
    if welsh is None:
        return english
    in_welsh = welsh.format(count=count, **_values(values, "cy"))
    return in_welsh if wording == "cy" else f"{in_welsh}{BILINGUAL_SEPARATOR}{english}"


def each_language(build: Callable[[], str]) -> str:
    """A sentence put together from several phrases, built once per language of the record.

    For sentences whose parts vary in number (a list of counts, an optional clause), so that a
    bilingual record gives the whole Welsh sentence first, then the whole English one.
    """
    wording = _current.get()
    if wording != "cy+en":
        return build()
    with in_wording("cy"):
        welsh = build()
    with in_wording("en"):
        english = build()
    return welsh if welsh == english else f"{welsh}{BILINGUAL_SEPARATOR}{english}"


def _values(values: dict[str, object], language: str) -> dict[str, object]:
    return {name: _in_language(value, language) for name, value in values.items()}


def _in_language(value: object, language: str) -> object:
    if isinstance(value, dt.date):
        return long_date(value, language)
    if isinstance(value, Counted):
        return value.in_language(language)
    return value


def long_date(day: dt.date, language: str) -> str:
    """A date written out in one language: 1 December 2026 ("en"), 1 Rhagfyr 2026 ("cy")."""
    if is_impossible(day):
        return str(day)  # "invalid date (…)": what the record holds, in any language
    if language == "cy":
        return f"{day.day} {_MONTHS_CY[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B %Y}"


def date_long(day: dt.date) -> str:
    """1 December 2026, 1 Rhagfyr 2026, or both."""
    return _pick(long_date(day, "cy"), long_date(day, "en"))


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
