"""Reading and writing the files CLI commands are given, with one-sentence refusals."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workshop.errors import WorkshopError

MAX_INPUT_BYTES = 512 * 1024 * 1024


def read_input(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise WorkshopError(f"{path} is too large to be a workshop file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise WorkshopError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise WorkshopError(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise WorkshopError(f"{path} cannot be read; check its permissions.") from None


def write_output(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a failure never leaves half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WorkshopError(f"The folder {folder} does not exist.")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except PermissionError:
        raise WorkshopError(f"Cannot write in {folder}; check its permissions.") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise WorkshopError(f"Could not write {path}: {error.strerror or error}.") from None
