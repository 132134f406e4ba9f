"""Column types that read a damaged stored value without stopping the app."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)

# What an unreadable required date or time reads as: the earliest the record accepts, so sorting
# and date arithmetic keep working and the value stands out as impossible where it is shown.
UNREADABLE_DATE = dt.date(1900, 1, 1)
UNREADABLE_TIME = dt.datetime(1900, 1, 1)


def _tolerant(inner: Callable[[Any], Any] | None, fallback: object) -> Callable[[Any], Any] | None:
    if inner is None:
        return None

    def process(value: Any) -> Any:
        try:
            return inner(value)
        except (ValueError, TypeError, OverflowError):
            # Never the value itself in the log: it may be anything someone typed into the file.
            log.warning("An impossible date is stored in the record; it reads as %s", fallback)
            return fallback

    return process


class StoredDate(TypeDecorator[dt.date]):
    """A date; a stored value that is not one (2026-02-30, text) reads as None, or 1900-01-01
    where the column requires a date, instead of raising while the record is read."""

    impl = Date
    cache_ok = True

    def __init__(self, *, required: bool = False) -> None:
        super().__init__()
        self.required = required

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        inner = self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype)
        return _tolerant(inner, UNREADABLE_DATE if self.required else None)


class StoredDateTime(TypeDecorator[dt.datetime]):
    """A time; an unreadable stored value reads as 1900-01-01 00:00 instead of raising."""

    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        inner = self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype)
        return _tolerant(inner, UNREADABLE_TIME)
