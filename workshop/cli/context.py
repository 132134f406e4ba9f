"""Opens the database and services lazily for a CLI command, and closes them after."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.settings import default_database

if TYPE_CHECKING:
    # Loaded only when a command first needs the record: importing SQLAlchemy costs a third
    # of a second, which `workshop --help` and the desktop app's first paint should not pay.
    from workshop.services import Services
    from workshop.storage import Database


def output_format(output: str, formats: tuple[str, ...], chosen: str | None = None) -> str:
    """The format to write --output in: `--format` when given, else the file's extension.

    A device or a pipe (`/dev/stdout`) has no extension: with one possible format that is it,
    with several the command needs `--format`.
    """
    from workshop.errors import WorkshopError
    from workshop.files import is_stream

    if chosen is not None:
        return chosen
    suffix = Path(output).suffix.lower().lstrip(".")
    suffix = {"htm": "html"}.get(suffix, suffix)
    if suffix in formats:
        return suffix
    if is_stream(output):
        if len(formats) == 1:
            return formats[0]
        raise WorkshopError(
            f"{output} has no extension to choose the format by; add --format "
            + " or --format ".join(formats)
            + "."
        )
    raise WorkshopError(
        "The output file must end in " + " or ".join(f".{f}" for f in formats) + "."
    )


class CommandContext:
    def __init__(self, database: str | None, *, one_shot: bool = False) -> None:
        self.database_target = database or default_database()
        # Whether this process runs this one command and ends (not a test calling main()).
        self.one_shot = one_shot
        self._database: Database | None = None
        self._services: Services | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            from workshop.storage import open_database

            self._database = open_database(self.database_target)
        return self._database

    @property
    def services(self) -> Services:
        if self._services is None:
            from workshop.services import Services

            self._services = Services(self.database)
        return self._services

    def output(self, path: str) -> Path:
        """The --output file, checked before any work: never the record or its backups."""
        from workshop.files import check_output

        return check_output(path, self.database.files)

    def write(self, path: Path, data: bytes) -> None:
        """Write an output file atomically, refusing the record's own files."""
        from workshop.files import write_output

        write_output(path, data, self.database.files)

    def loading(self) -> None:
        """Say that the command now imports what it needs and reads the record, all of which
        lives until it ends; settle() says when that is done.

        In a one-shot process the garbage collector waits meanwhile: walking the growing heap
        of imported modules again and again finds next to nothing to free (measured on
        `workshop report`: 0.06 s saved, 0.4 MB more at its peak).
        """
        if self.one_shot:
            gc.disable()

    def settle(self) -> None:
        """Say that what is loaded now (modules, the record read) lives until the command ends.

        In a one-shot process the garbage collector then stops walking those objects again and
        again while a long output is made (3% of `workshop report`), and collects as usual what
        the output makes. A no-op for in-process callers, whose objects must stay collectable.
        """
        if self.one_shot:
            gc.freeze()
            gc.enable()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
        if self.one_shot:
            # As the interpreter exits it tears every module down and collects the cycles that
            # leaves: with SQLAlchemy loaded that costs 0.1 to 0.2 s of CPU, a tenth of
            # `workshop report`, and frees nothing the operating system would not. The output is
            # written and the database closed by now; atexit handlers and the flushing of stdout
            # and stderr still run. Only that last collection of what was alive is skipped.
            gc.freeze()
