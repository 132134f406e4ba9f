"""Column types that read a damaged stored value without stopping the app, and show it as such."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)

# The dates the record accepts (workshop.validation refuses any other on the way in; kept here
# too because the model layer cannot import the service layer). A stored date outside them
# can only have been written behind the app's back.
EARLIEST_STORED = dt.date(1900, 1, 1)
LATEST_STORED = dt.date(2199, 12, 31)

# How every text made from an impossible stored value reads; the same words as
# workshop.dates.INVALID_DATE, which the app translates on screen.
IMPOSSIBLE_TEXT = "invalid date ({stored})"
# Enough of a stored value to recognise it; the rest of a long one adds nothing.
_SHOWN_CHARACTERS = 40


def _as_text(value: object) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    text = "".join(c if c.isprintable() else "\ufffd" for c in text)
    return text if len(text) <= _SHOWN_CHARACTERS else text[: _SHOWN_CHARACTERS - 1] + "…"


class ImpossibleDate(dt.date):
    """A stored date that is not one (`10001-01-01`, `garbage`, `2026-02-30`), kept with its text.

    It computes and sorts as 1900-01-01 (the earliest date the record accepts), so no code
    that computes with dates ever raises on it, and code that decides something from a date
    (retention, overdue) checks it first (workshop.dates.is_impossible). Every text made from
    it (str, isoformat, strftime, f-strings) reads "invalid date (10001-01-01)", so no screen,
    record or export shows a made-up date in its place.
    """

    __slots__ = ("stored",)
    impossible = True
    stored: str

    def __new__(cls, *args: Any) -> Any:
        if len(args) == 1 and isinstance(args[0], str):
            made = super().__new__(cls, 1900, 1, 1)
            made.stored = args[0]
            return made
        # Date arithmetic and replace() build their result through the subclass: a real date.
        return dt.date(*args)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ImpossibleDate, (self.stored,))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()

    def __repr__(self) -> str:
        return f"ImpossibleDate({self.stored!r})"

    def __str__(self) -> str:
        return IMPOSSIBLE_TEXT.format(stored=self.stored)

    def __format__(self, spec: str) -> str:
        return str(self)

    def isoformat(self) -> str:
        return str(self)

    def strftime(self, format: str) -> str:
        return str(self)

    def ctime(self) -> str:
        return str(self)

    def replace(self, *args: Any, **kwargs: Any) -> ImpossibleDate:
        # A date made from an impossible one is no more real (e.g. a retention date).
        return ImpossibleDate(self.stored)


class ImpossibleTime(dt.datetime):
    """A stored time that is not one, kept with its text; like ImpossibleDate, for times."""

    __slots__ = ("stored",)
    impossible = True
    stored: str

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and isinstance(args[0], str) and not kwargs:
            made = super().__new__(cls, 1900, 1, 1)
            made.stored = args[0]
            return made
        return dt.datetime(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ImpossibleTime, (self.stored,))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()

    def __repr__(self) -> str:
        return f"ImpossibleTime({self.stored!r})"

    def __str__(self) -> str:
        return IMPOSSIBLE_TEXT.format(stored=self.stored)

    def __format__(self, spec: str) -> str:
        return str(self)

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return str(self)

    def strftime(self, format: str) -> str:
        return str(self)

    def ctime(self) -> str:
        return str(self)

    def replace(self, *args: Any, **kwargs: Any) -> ImpossibleTime:
        return ImpossibleTime(self.stored)

    def date(self) -> dt.date:
        return ImpossibleDate(self.stored)


_warned: list[bool] = []


def _tolerant(
    inner: Callable[[Any], Any] | None, impossible: Callable[[str], Any]
) -> Callable[[Any], Any]:
    def process(value: Any) -> Any:
        if value is None:
            return None
        try:
            result = inner(value) if inner is not None else value
        except (ValueError, TypeError, OverflowError):
            result = None
        day = result.date() if isinstance(result, dt.datetime) else result
        if isinstance(day, dt.date) and EARLIEST_STORED <= day <= LATEST_STORED:
            return result
        # Never the value itself in the log: it may be anything someone typed into the file.
        # Once per process: a record is read again and again, and one line says it all.
        if not _warned:
            _warned.append(True)
            log.warning("An impossible date is stored in the record; it is shown as invalid")
        return impossible(_as_text(value))

    return process


def _never_written_back(value: Any) -> Any:
    # Its stand-in would be saved as 1900-01-01; the services refuse it before this (a bug if not).
    if isinstance(value, ImpossibleDate | ImpossibleTime):
        raise ValueError("an impossible stored date cannot be saved as a date")
    return value


class StoredDate(TypeDecorator[dt.date]):
    """A date; a stored value that is not one, or is outside the record's range, reads as an
    ImpossibleDate carrying its text instead of raising while the record is read."""

    impl = Date
    cache_ok = True

    def __init__(self, *, required: bool = False) -> None:
        super().__init__()
        # Kept for the schema's sake: a required date can hold an impossible value too.
        self.required = required

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        inner = self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype)
        return _tolerant(inner, ImpossibleDate)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _never_written_back(value)


class StoredDateTime(TypeDecorator[dt.datetime]):
    """A time; an unreadable stored value reads as an ImpossibleTime instead of raising."""

    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        inner = self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype)
        return _tolerant(inner, ImpossibleTime)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _never_written_back(value)
