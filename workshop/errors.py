"""Refusals the user can act on; each carries one plain sentence."""

from __future__ import annotations


class WorkshopError(Exception):
    """A change or request refused for a reason the user can understand and fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(WorkshopError):
    """Input that breaks a rule of the record; field names what was wrong."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(WorkshopError):
    pass


class ConflictError(WorkshopError):
    """Someone else changed the same thing first; the second writer is told, not obeyed."""


class StageError(WorkshopError):
    """The current stage of the session does not allow this."""


class LockedError(WorkshopError):
    """The session's record is final or its board is locked."""


class DatabaseRefused(WorkshopError):
    """A database file that cannot be opened safely; it is left untouched."""


class ReadOnlyDatabase(WorkshopError):
    """A change asked of a database that was opened read-only; nothing was written."""


class ImportRefused(WorkshopError):
    """An interchange file that is not acceptable; nothing was written."""
