"""Refusals the user can act on; each carries one plain sentence."""

from __future__ import annotations

from typing import Any, Self


class WorkshopError(Exception):
    """A change or request refused for a reason the user can understand and fix.

    `message` is the English sentence (the CLI, logs and the HTTP API use it). `template` is
    the sentence before its {placeholders} were filled with `params`, so the app can show it
    in the user's language; build such errors with `of()`.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.template = message
        self.params: dict[str, Any] = {}

    @classmethod
    def of(cls, template: str, /, *, field: str | None = None, **params: Any) -> Self:
        """An error whose message is template filled with params (mark template for lupdate)."""
        message = template.format(**params)
        error = cls(message) if field is None else cls(message, field)  # type: ignore[call-arg]
        error.template = template
        error.params = dict(params)
        return error

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
