"""What every service shares: the database, the event bridge, the clock and row lookups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeGuard, TypeVar

from sqlalchemy.orm import Session as OrmSession

from models.base import Base
from workshop.errors import NotFoundError
from workshop.messages import QT_TRANSLATE_NOOP, Word

if TYPE_CHECKING:
    from workshop.services import Services
    from workshop.signals import Events
    from workshop.storage import Database

RowT = TypeVar("RowT", bound=Base)

Clock = Callable[[], dt.datetime]

# Ids are 64-bit in SQLite and (at most) in PostgreSQL.
MAX_ID = 2**63


class Service:
    """Base of the per-aggregate services; each public method is one unit of work."""

    def __init__(self, services: Services) -> None:
        self._services = services

    @property
    def _db(self) -> Database:
        return self._services.database

    @property
    def _events(self) -> Events:
        return self._services.events

    def _today(self) -> dt.date:
        return self._services.clock().date()

    def _publish_saved(self) -> None:
        self._events.saved.emit()


def is_id(value: object) -> TypeGuard[int]:
    """Whether value could be a row id (a whole number in the database's range, not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < MAX_ID


def missing(what: str, row_id: object) -> NotFoundError:
    """The refusal for an id that names no row of what was looked for."""
    if not is_id(row_id):
        # Never echo what was sent: it may be huge, multi-line or hostile.
        return NotFoundError.of(
            QT_TRANSLATE_NOOP("Refusal", "There is no such {what}; its id must be a whole number."),
            what=Word(what),
        )
    return NotFoundError.of(
        QT_TRANSLATE_NOOP("Refusal", "There is no {what} with id {id}."),
        what=Word(what),
        id=row_id,
    )


def get_row(db: OrmSession, model: type[RowT], row_id: object, what: str) -> RowT:
    """The row with that id, or a NotFoundError naming what was looked for."""
    # Out-of-range ids are simply not there; SQLite would raise on an integer over 64 bits.
    row = db.get(model, row_id) if is_id(row_id) else None
    if row is None:
        raise missing(what, row_id)
    return row
