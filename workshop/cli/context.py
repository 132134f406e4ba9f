"""Opens the database and services lazily for a CLI command, and closes them after."""

from __future__ import annotations

from workshop.services import Services
from workshop.settings import default_database
from workshop.storage import Database, open_database


class CommandContext:
    def __init__(self, database: str | None) -> None:
        self.database_target = database or default_database()
        self._database: Database | None = None
        self._services: Services | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.database_target)
        return self._database

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = Services(self.database)
        return self._services

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
