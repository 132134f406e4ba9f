"""Opening the record safely: refuse what is not ours, back up before migrating."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models import migrate
from models.db import (
    WRITE_TRANSACTION,
    ReadingMode,
    connect_sqlite,
    create_private_file,
    is_sqlite,
    is_url,
    make_engine,
    make_sqlite_engine,
    private_umask,
    reading_mode,
    sqlite_file_uri,
    sqlite_path,
    sqlite_url,
)
from workshop.errors import ConflictError, DatabaseRefused, ReadOnlyDatabase, WorkshopError
from workshop.files import RecordFiles
from workshop.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: whether the file was upgraded and where the backup went."""

    upgraded_from: str | None = None
    backup: Path | None = None


class Database:
    """The engine behind the record, and the unit of work every service change runs in."""

    def __init__(
        self, engine: Engine, url: str, *, read_only: bool = False, path: Path | None = None
    ) -> None:
        self.engine = engine
        self.url = url
        self.read_only = read_only
        # The file behind a SQLite database, kept as given: a URL would misread `?` or `%`.
        self._path = path if path is not None else sqlite_path(url)
        self.report = OpenReport()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # SQLite allows one writer; serialising here avoids busy errors between GUI and server.
        self._write_lock = threading.RLock()
        # Called before each change starts (e.g. the day's first change makes a backup).
        self._before_change: list[Callable[[], None]] = []
        self._after_dispose: list[Callable[[], None]] = []

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def files(self) -> RecordFiles:
        """The files no output may replace: this database, its working files and backups."""
        return RecordFiles.beside(self._path)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextlib.contextmanager
    def read(self) -> Iterator[OrmSession]:
        """A session for reading a consistent snapshot; never commits."""
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[OrmSession]:
        """One change: commit when the block ends normally, roll back if it raises."""
        if self.read_only:
            raise ReadOnlyDatabase(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "This database is open read-only, so the change was not saved; "
                    "open a copy you can write to.",
                )
            )
        with self._write_lock:
            for hook in list(self._before_change):
                hook()
            with self._sessions() as session:
                try:
                    if self.is_sqlite:
                        # Take SQLite's write lock now (BEGIN IMMEDIATE), not at the first UPDATE.
                        session.connection(execution_options={WRITE_TRANSACTION: True})
                    yield session
                    session.commit()
                except StaleDataError:
                    session.rollback()
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Refusal",
                            "Someone else changed this at the same time; reload it and try again.",
                        )
                    ) from None
                except IntegrityError as error:
                    session.rollback()
                    # Another app instance on the same database won a race for the same row.
                    log.warning("Change refused by a database constraint (%s)", type(error.orig))
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Refusal",
                            "Someone else changed this at the same time; reload it and try again.",
                        )
                    ) from error
                except OperationalError as error:
                    session.rollback()
                    raise WorkshopError(_explain_operational_error(error, self.path)) from error
                except BaseException:
                    session.rollback()
                    raise

    def add_before_change(self, hook: Callable[[], None]) -> None:
        """Call hook before every change starts, inside the write lock; it must not raise."""
        self._before_change.append(hook)

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Hold this process's write lock (e.g. while a backup is copied into the live file)."""
        with self._write_lock:
            yield

    def on_dispose(self, hook: Callable[[], None]) -> None:
        """Call hook after the engine is closed (e.g. to remove a file SQLite made for reading)."""
        self._after_dispose.append(hook)

    def dispose(self) -> None:
        self.engine.dispose()
        for hook in self._after_dispose:
            with contextlib.suppress(OSError):
                hook()
        self._after_dispose.clear()


# Below this much free space, a disk I/O error is taken to mean the disk is full.
_NEARLY_FULL = 256 * 1024


def _disk_nearly_full(path: Path | None) -> bool:
    """Whether the disk holding path has (nearly) no room left for data or for a new file."""
    if path is None:
        return False
    try:
        if shutil.disk_usage(path.parent).free < _NEARLY_FULL:
            return True
        # Out of inodes is full too: SQLite then cannot create its -shm or -journal.
        # (Some file systems, btrfs among them, report no inode counts at all: f_files is 0.)
        statvfs = getattr(os, "statvfs", None)
        if statvfs is None:
            return False
        counts = statvfs(path.parent)
        return counts.f_files > 0 and counts.f_favail == 0
    except OSError:
        return False


def _explain_operational_error(error: DBAPIError, path: Path | None = None) -> str:
    text = str(error.orig).lower() if error.orig is not None else str(error).lower()
    # SQLite reports a full disk as SQLITE_FULL, or as an I/O error when its shared-memory or
    # WAL file cannot grow; the free space tells the two apart.
    if "full" in text or "no space" in text or ("i/o" in text and _disk_nearly_full(path)):
        return QT_TRANSLATE_NOOP(
            "Refusal",
            "The disk is full, so the change was not saved; free some space and try again.",
        )
    if "i/o" in text:
        return QT_TRANSLATE_NOOP(
            "Refusal", "The disk could not be written (an I/O error), so the change was not saved."
        )
    if "readonly" in text or "read-only" in text:
        return QT_TRANSLATE_NOOP(
            "Refusal", "The database cannot be written to, so the change was not saved."
        )
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP(
            "Refusal",
            "The database is busy in another program; the change was not saved, try again.",
        )
    return QT_TRANSLATE_NOOP(
        "Refusal", "The database could not save the change; nothing was lost, try again."
    )


def open_database(target: str | Path) -> Database:
    """Open (creating or upgrading as needed) the record at a file path or database URL."""
    if not (isinstance(target, str) and is_url(target)):
        return _open_sqlite_file(Path(os.path.abspath(Path(target).expanduser())))
    url = target
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            return _open_sqlite_file(Path(os.path.abspath(path.expanduser())))
        database = Database(make_engine(url), url)
        migrate.upgrade(database.engine)
        return database
    return _open_server(url)


def _open_server(url: str) -> Database:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Could not connect to the database server; check the address, user and password.",
            )
        ) from error
    _check_revision(revision, tables, "The database")
    database = Database(engine, url)
    if revision != migrate.head_revision():
        try:
            migrate.upgrade(engine)
        except DBAPIError as error:
            engine.dispose()
            log.warning("Upgrade from revision %s failed: %s", revision, type(error.orig).__name__)
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The database could not be upgraded (each upgrade runs in one transaction, so "
                    "nothing changed); check that your database role may create and alter tables.",
                )
            ) from None
        database.report = OpenReport(upgraded_from=revision)
    return database


def _check_revision(revision: str | None, tables: set[str], what: str) -> None:
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "{file} belongs to another application, so it was not opened or changed."
            ),
            file=what,
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{file} was made by a newer version of this app; update the app to open it.",
            ),
            file=what,
        )


def _open_sqlite_file(path: Path) -> Database:
    if path.is_dir():
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} is a folder, not a workshop database."),
            file=str(path),
        )
    if path.exists() and not path.is_file():
        # A pipe or a device: SQLite would block on it or fail with a misleading I/O error.
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} is not an ordinary file, so it was not opened."),
            file=path.name,
        )
    if not path.exists() or path.stat().st_size == 0:
        return _create_sqlite(path)
    read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    revision = _inspect_existing_sqlite(path, read_only=read_only)
    url = sqlite_url(path)
    if read_only:
        if revision != migrate.head_revision():
            raise DatabaseRefused.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "{file} is read-only and made by an older version, "
                    "so it cannot be upgraded; open a copy you can write to.",
                ),
                file=path.name,
            )
        return _open_read_only(path, url)
    database = Database(make_sqlite_engine(path), url, path=path)
    if revision != migrate.head_revision():
        try:
            backup = backup_sqlite(path, suffix=f"before-upgrade-from-{revision}")
        except (OSError, sqlite3.Error) as error:
            database.dispose()
            raise DatabaseRefused(
                f"{path.name} needs an upgrade but no backup could be made first "
                f"({_explain_os_or_sqlite(error)}), so it was left as it was."
            ) from None
        try:
            migrate.upgrade(database.engine)
        except (DBAPIError, migrate.MigrationFailed) as error:
            database.dispose()
            log.warning("Upgrade from revision %s failed: %s", revision, type(error).__name__)
            raise DatabaseRefused.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "{file} could not be upgraded, so it was left as it was; a copy is in {copy}.",
                ),
                file=path.name,
                copy=backup.name,
            ) from None
        database.report = OpenReport(upgraded_from=revision, backup=backup)
        log.info("Upgraded database from revision %s; backup kept", revision)
    return database


def _open_read_only(path: Path, url: str) -> Database:
    """A database that cannot be written, opened so that SQLite creates nothing beside it.

    With no -wal beside it the file is complete, so it is read as immutable. A -wal left by a
    crash holds committed changes, so then the file is read with it: through its -shm if one is
    there, else with the WAL's index in memory (see models.db.ReadingMode), which a read-only
    folder needs and which leaves even a writable folder as it was.
    """
    engine = make_sqlite_engine(path, mode=reading_mode(path))
    return Database(engine, url, read_only=True, path=path)


def _explain_os_or_sqlite(error: BaseException) -> str:
    text = str(error).lower()
    if "full" in text or "no space" in text:
        return "the disk is full"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return "the copy failed"


def _create_sqlite(path: Path) -> Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            create_private_file(path)
        path.chmod(0o600)
    except OSError as error:
        raise DatabaseRefused(
            f"Could not create a database at {path}: {error.strerror or error}."
        ) from None
    url = sqlite_url(path)
    database = Database(make_sqlite_engine(path), url, path=path)
    try:
        migrate.upgrade(database.engine)
    except OperationalError as error:
        database.dispose()
        raise DatabaseRefused(
            f"Could not create a database at {path}: {_explain_operational_error(error, path)}"
        ) from None
    return database


def inspect_sqlite_file(path: Path) -> str | None:
    """The revision of a workshop database file, refusing one that cannot be opened safely."""
    return _inspect_existing_sqlite(path)


def _inspecting_uri(path: Path, *, read_only: bool) -> tuple[str, ReadingMode | None, bool]:
    """How to look at a file we may refuse: its URI, its reading mode, and whether a -shm
    SQLite makes for the look is to be removed afterwards.

    A file the app will not write is read as models.db.ReadingMode says, creating nothing. One
    it may go on to open for writing is read as that open will: with no -wal, as immutable; with
    a -wal left by a crash (committed changes) through a -shm, removed again afterwards, so a
    full disk is told here as it would be at the open.
    """
    if read_only:
        mode = reading_mode(path)
        return sqlite_file_uri(path, mode=mode), mode, False
    companions = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    made_shm = companions and not path.with_name(path.name + "-shm").exists()
    return sqlite_file_uri(path, read_only=True, immutable=not companions), None, made_shm


def _inspect_existing_sqlite(path: Path, *, read_only: bool = False) -> str | None:
    """Read-only look at a file: refuse foreign, corrupt or newer files without touching them."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read; check its permissions."),
            file=path.name,
        ) from None
    if header != SQLITE_HEADER:
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "{file} is not a workshop database, so it was not opened."
            ),
            file=path.name,
        )
    uri, mode, made_shm = _inspecting_uri(path, read_only=read_only)
    try:
        connection = connect_sqlite(uri, mode)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _refusal_for(error, path) from None
    finally:
        if made_shm:
            path.with_name(path.name + "-shm").unlink(missing_ok=True)
    if not check or check[0] != "ok":
        raise DatabaseRefused.of(
            QT_TRANSLATE_NOOP("Refusal", "{file} is damaged, so it was not opened or changed."),
            file=path.name,
        )
    _check_revision(revision, tables, path.name)
    return revision


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26


def _refusal_for(error: sqlite3.Error, path: Path) -> DatabaseRefused:
    """Why a file could not be read, by SQLite's error code: only corruption means damage.

    A full disk or a failing device is said as such, so nobody restores or deletes a healthy
    record because it was called damaged.
    """
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{file} is damaged, so it was not opened or changed."
        )
    elif code == _SQLITE_FULL or (
        code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _disk_nearly_full(path)
    ):
        template = QT_TRANSLATE_NOOP(
            "Refusal",
            "The disk holding {file} is full, so it was not opened; the record is not damaged, "
            "free some space and open it again.",
        )
    elif code == _SQLITE_IOERR:
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{file} could not be read because of a disk error; it was not changed."
        )
    elif code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{file} is busy in another program; close it there and try again."
        )
    elif code in (_SQLITE_CANTOPEN, _SQLITE_READONLY):
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{file} could not be opened for reading; check the file and its folder."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Refusal", "{file} could not be opened as a database; it was not changed."
        )
    log.info("Could not inspect the database: %s", getattr(error, "sqlite_errorname", error))
    return DatabaseRefused.of(template, file=path.name)


def backup_sqlite(path: Path, *, suffix: str, folder: Path | None = None) -> Path:
    """Copy a live SQLite database with the online backup API into a private file beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target_folder = folder or path.parent
    target_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = target_folder / f"{path.stem}.{suffix}.{stamp}{path.suffix or '.sqlite3'}"
    counter = 1
    while target.exists():
        counter += 1
        target = (
            target_folder / f"{path.stem}.{suffix}.{stamp}-{counter}{path.suffix or '.sqlite3'}"
        )
    copy_sqlite(path, target)
    return target


def copy_sqlite(
    source_path: Path,
    target: Path,
    *,
    pages: int = -1,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a live SQLite database page by page with the online backup API into a new private file.

    The copy is written to a temporary name and renamed, so a failure never leaves half a backup
    under the real name. With `pages` > 0 it is copied that many pages at a time and
    `progress(copied, total)` is called after each step; an exception raised by `progress` stops
    the copy and deletes the partial file (that is how a copy is cancelled).
    """
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        with private_umask():
            # A live record is read through its -shm, as the backup API needs to see changes
            # made meanwhile; a -wal without one (a read-only folder) is read without making one.
            mode = reading_mode(source_path)
            if mode is not ReadingMode.PRIVATE_INDEX:
                mode = ReadingMode.SHARED
            source = connect_sqlite(sqlite_file_uri(source_path, mode=mode), mode)
            try:
                destination = sqlite3.connect(partial)
                try:
                    if progress is None:
                        source.backup(destination, pages=pages)
                    else:
                        source.backup(
                            destination,
                            pages=pages,
                            progress=lambda _status, left, total: progress(total - left, total),
                        )
                    # A backup stands alone: no -wal file beside it is needed to read it.
                    destination.execute("PRAGMA journal_mode=DELETE")
                finally:
                    destination.close()
            finally:
                source.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
