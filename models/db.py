"""Engine creation with the connection settings that keep an acknowledged change safe."""

from __future__ import annotations

import contextlib
import enum
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

# Execution option a unit of work sets so its SQLite transaction takes the write lock at once.
WRITE_TRANSACTION = "workshop_write"

# The process umask is global; changing it from two threads at once could leave it wrong.
# Re-entrant: a copy made under a private umask opens its source the same way.
_umask_lock = threading.RLock()


# A database argument is a URL only when it starts with a scheme; anything else is a file path.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(target: str) -> bool:
    """Whether a --database argument is a URL (`postgresql+psycopg://…`, `sqlite:///…`)."""
    return bool(_SCHEME.match(target))


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other back ends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside the block are readable and writable by the user only."""
    with _umask_lock:
        old = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(old)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 (refusing to reuse one) before SQLite opens it.

    SQLite gives a database's -wal, -shm and -journal files the mode of the database file, so a
    private database file keeps every companion file private too.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)
    path.chmod(0o600)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Our own BEGIN (see _sqlite_begin) instead of the driver's, which never begins a transaction
    # for reads and so gives neither consistent snapshots nor an early write lock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # FULL: an acknowledged change survives a power cut, not just a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        # Deleted personal data is overwritten, not left in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA query_only=ON")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # A change takes the write lock when it starts (BEGIN IMMEDIATE), so two app instances on
    # one file queue up instead of one failing half-way with "database is locked", and the
    # rows a change reads are the rows it writes over. Reads get a deferred snapshot.
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return  # e.g. VACUUM, which SQLite refuses inside a transaction
    if options.get(WRITE_TRANSACTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _private_umask_connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    with private_umask():
        return dialect.connect(*cargs, **cparams)


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for the record at url; SQLite connections get our pragmas."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        return make_sqlite_engine(path, read_only=read_only)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    _listen(engine, read_only=read_only)
    return engine


class ReadingMode(enum.Enum):
    """How to read a database file without creating anything beside it."""

    # Complete on its own (no -wal): SQLite is told it cannot change, so it makes no -shm.
    IMMUTABLE = "immutable"
    # A -wal with its -shm already there: read both, as any reader would.
    SHARED = "shared"
    # A -wal but no -shm (a crash, or a copy): the WAL's index is kept in this connection's
    # memory (exclusive locking mode, no file locks), so no -shm is made, even where one could be.
    PRIVATE_INDEX = "private index"


# SQLite's unix VFS that takes no file locks; absent on Windows, where a -shm may be made.
_NO_LOCKS_VFS = "unix-none" if os.name == "posix" else None


def reading_mode(path: Path) -> ReadingMode:
    """How path can be read without creating anything beside it (see ReadingMode)."""
    wal = path.with_name(path.name + "-wal")
    if path.with_name(path.name + "-journal").exists():
        return ReadingMode.SHARED
    if wal.exists() and path.with_name(path.name + "-shm").exists():
        # Another program may have it open now: read through the index it keeps up to date.
        return ReadingMode.SHARED
    if not wal.exists() or wal.stat().st_size == 0:
        return ReadingMode.IMMUTABLE
    return ReadingMode.SHARED if _NO_LOCKS_VFS is None else ReadingMode.PRIVATE_INDEX


def sqlite_file_uri(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    mode: ReadingMode | None = None,
) -> str:
    """SQLite's URI for a file: any character in the path stays part of the path.

    `as_uri` percent-encodes `?`, `#` and `%`, which a URL parser would otherwise take as
    query, fragment or escapes, and so open another file. A `mode` means read-only, read
    that way.
    """
    uri = path.resolve().as_uri()
    if immutable or mode is ReadingMode.IMMUTABLE:
        return f"{uri}?mode=ro&immutable=1"
    if mode is ReadingMode.PRIVATE_INDEX:
        return f"{uri}?mode=ro&vfs={_NO_LOCKS_VFS}"
    return f"{uri}?mode=ro" if read_only or mode is not None else f"{uri}?mode=rwc"


def connect_sqlite(uri: str, mode: ReadingMode | None = None) -> sqlite3.Connection:
    """A connection to a SQLite URI, under a private umask so any file SQLite makes is private.

    With ReadingMode.PRIVATE_INDEX, exclusive locking is set before the first read: that is what
    makes SQLite keep the WAL's index in memory instead of a -shm file.
    """
    with private_umask():
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    if mode is ReadingMode.PRIVATE_INDEX:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    return connection


def make_sqlite_engine(
    path: Path, *, read_only: bool = False, mode: ReadingMode | None = None
) -> Engine:
    """An engine for the SQLite file at path, connecting through its URI (see sqlite_file_uri).

    A `mode` (see ReadingMode) reads the file without creating anything beside it: for a
    database in a folder or on a medium that cannot be written.
    """
    uri = sqlite_file_uri(path, read_only=read_only, mode=mode)

    def connect() -> sqlite3.Connection:
        return connect_sqlite(uri, mode)

    # "sqlite://" would choose the in-memory pool; a file gets an ordinary pool of connections.
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    _listen(engine, read_only=read_only or mode is not None)
    return engine


def _listen(engine: Engine, *, read_only: bool) -> None:
    event.listen(engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    # Connections open under a private umask so a database SQLite creates is private too.
    event.listen(engine, "do_connect", _private_umask_connect)
