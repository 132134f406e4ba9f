"""The one way files are read and written for people: never over the record, never half a file.

Every output (the CLI's files, the record's PDF and HTML, the app's dialogs) goes through
`atomic_output` or `write_output`: the target is checked before anything is written, the data
goes to a temporary file in the same folder, is flushed to disk and only then renamed over the
target. A refusal names the file in one sentence; the database is never touched. The one
exception is a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO): there is nothing to
rename over, so the output is written straight into it (see `is_stream`).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.messages import QT_TRANSLATE_NOOP

# Kept beside the database; workshop.backups uses the same name.
BACKUPS_FOLDER = "backups"
# SQLite's working files beside a database; replacing any of them damages the record.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
MAX_INPUT_BYTES = 512 * 1024 * 1024

# A file name as callers have it: a str or any path-like object.
StrPath = str | os.PathLike[str]


class OutputRefused(WorkshopError):
    """A file that may not or cannot be written; nothing was written."""


class InputRefused(WorkshopError):
    """A file that cannot be read as input; nothing was read."""


def shown(path: StrPath) -> str:
    """A path as a message may show it: control characters (a newline in a name) escaped."""
    text = str(path)
    return "".join(
        char if char.isprintable() or char == " " else f"\\x{ord(char):02x}" for char in text
    )


@dataclass(frozen=True)
class RecordFiles:
    """The files an output must never replace: the open database, its companions, its backups."""

    database: Path | None = None
    backups: Path | None = None

    @classmethod
    def beside(cls, database: Path | None) -> RecordFiles:
        """The files of the SQLite database at `database` (nothing to protect for a server)."""
        if database is None:
            return cls()
        database = Path(os.path.abspath(database.expanduser()))
        return cls(database, database.parent / BACKUPS_FOLDER)

    def protected(self) -> tuple[Path, ...]:
        if self.database is None:
            return ()
        return (
            self.database,
            *(self.database.with_name(self.database.name + s) for s in COMPANION_SUFFIXES),
        )


NOTHING_PROTECTED = RecordFiles()


def same_file(first: StrPath, second: StrPath) -> bool:
    """Whether two paths are one file (symlinks and hard links followed); False if one is gone."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return False


def _same_place(first: Path, second: Path) -> bool:
    """Whether two paths name the same entry, whether or not the file exists yet."""
    if same_file(first, second):
        return True
    # A -wal or -shm that does not exist now would be read as the record's if we created it.
    names_match = os.path.normcase(first.name) == os.path.normcase(second.name)
    return names_match and same_file(first.parent, second.parent)


def _inside(path: Path, folder: Path) -> bool:
    """Whether path lies in folder or below it, by the folders' identity (symlinks followed)."""
    if not folder.is_dir():
        return False
    return any(same_file(ancestor, folder) for ancestor in (path.parent, *path.parent.parents))


def check_output(target: StrPath, record: RecordFiles = NOTHING_PROTECTED) -> Path:
    """Refuse, before anything is written, a target that would hurt the record or cannot be one.

    Returns the target as a Path. Identity, not spelling, decides: a symlink or hard link to
    the database is the database.
    """
    path = Path(target).expanduser()
    if not path.name or path.name in (".", ".."):
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} is a folder; choose a file name."),
            file=shown(path),
        )
    # The target and what it points to, if it is a symlink.
    candidates = [path, Path(os.path.realpath(path))]
    for candidate in candidates:
        for protected in record.protected():
            if _same_place(candidate, protected):
                raise OutputRefused.of(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "{file} is the open workshop database or one of its working files, "
                        "so nothing was written; choose another file.",
                    ),
                    file=shown(path.name),
                )
        if record.backups is not None and _inside(candidate, record.backups):
            raise OutputRefused.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "{file} is inside the database's backups folder, so nothing was written; "
                    "choose another folder.",
                ),
                file=shown(path.name),
            )
    try:
        details = path.stat()
    except FileNotFoundError:
        details = None
    except OSError as error:
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} cannot be written: {reason}."),
            file=shown(path),
            reason=_reason(error),
        ) from None
    if details is not None and stat.S_ISDIR(details.st_mode):
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} is a folder; choose a file name."),
            file=shown(path),
        )
    if details is not None and not stat.S_ISREG(details.st_mode) and not is_stream(path):
        # Renaming over a block device or a socket would replace it, and writing into one
        # is never what an export means.
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "{file} is not an ordinary file, so nothing was written to it."
            ),
            file=shown(path),
        )
    if not _folder_of(path).is_dir():
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "The folder {folder} does not exist."),
            folder=shown(_folder_of(path)),
        )
    return path


# /proc/<pid>/fd, where /dev/stdout, /dev/stderr and /dev/fd/N lead: names of open files.
_DESCRIPTORS_FOLDER = re.compile(r"/proc/[^/]+/fd")
_MAX_LINKS = 40


def is_stream(path: StrPath) -> bool:
    """Whether path is written in place, not replaced: an existing character device or pipe
    (`/dev/null`, a terminal, a FIFO), or the name of an open file (`/dev/stdout`, `/dev/fd/3`).

    Renaming a finished file over such a path would replace the device or the link, not send
    the output to it, so these are the one kind of target written directly.
    """
    current = Path(path).expanduser()
    try:
        for _ in range(_MAX_LINKS):
            if _DESCRIPTORS_FOLDER.fullmatch(os.path.realpath(_folder_of(current))):
                return True
            if not current.is_symlink():
                break
            target = Path(os.readlink(current))
            current = target if target.is_absolute() else _folder_of(current) / target
        mode = current.stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


@contextlib.contextmanager
def atomic_output(
    target: StrPath, record: RecordFiles = NOTHING_PROTECTED, *, mode: int = 0o600
) -> Iterator[Path]:
    """Check target, then yield a temporary path in its folder to write the whole file to.

    When the block ends normally the file is flushed to disk and renamed over the target; when
    it raises, the temporary file is deleted and the target is as it was. OSError from the
    block or the rename becomes a one-sentence OutputRefused. `mode` is the finished file's
    permission (private unless the caller publishes it).
    """
    path = check_output(target, record)
    if is_stream(path):
        # A device or a pipe (a script's `--output /dev/stdout`) has nothing to rename over and
        # no mode of ours to take: the output goes straight into it.
        try:
            yield path
        except OSError as error:
            raise OutputRefused.of(
                QT_TRANSLATE_NOOP("Refusal", "Could not write {file}: {reason}."),
                file=shown(path.name),
                reason=_reason(error),
            ) from None
        return
    folder = _folder_of(path)
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:100]}.", suffix=".part")
    except OSError as error:
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "Cannot write in {folder}: {reason}."),
            folder=shown(folder),
            reason=_reason(error),
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        # Checked again just before the rename: the target may have changed meanwhile.
        check_output(path, record)
        os.replace(temporary, path)
        _fsync_folder(folder)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "Could not write {file}: {reason}."),
            file=shown(path.name),
            reason=_reason(error),
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_output(
    target: StrPath, data: bytes, record: RecordFiles = NOTHING_PROTECTED, *, mode: int = 0o600
) -> Path:
    """Write data to target atomically (see atomic_output); returns the target."""
    with atomic_output(target, record, mode=mode) as temporary, temporary.open("wb") as stream:
        stream.write(data)
    return Path(target).expanduser()


def read_input(path: StrPath, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an ordinary file, refused in one sentence when it cannot be one."""
    path = Path(path).expanduser()
    try:
        details = path.stat()
        if stat.S_ISDIR(details.st_mode):
            raise InputRefused.of(
                QT_TRANSLATE_NOOP("Refusal", "{file} is a folder, not a file."), file=shown(path)
            )
        if not stat.S_ISREG(details.st_mode):
            # A pipe or a device could block forever or never end.
            raise InputRefused.of(
                QT_TRANSLATE_NOOP("Refusal", "{file} is not an ordinary file."), file=shown(path)
            )
        if details.st_size > limit:
            raise InputRefused.of(
                QT_TRANSLATE_NOOP("Refusal", "{file} is too large to be a workshop file."),
                file=shown(path),
            )
        with path.open("rb") as stream:
            return stream.read(limit + 1)[:limit]
    except FileNotFoundError:
        raise InputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "There is no file {file}."), file=shown(path)
        ) from None
    except PermissionError:
        raise InputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read; check its permissions."),
            file=shown(path),
        ) from None
    except OSError as error:
        raise InputRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read: {reason}."),
            file=shown(path),
            reason=_reason(error),
        ) from None


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too (not possible on Windows).
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
