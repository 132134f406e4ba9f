"""Engine creation with the connection settings that keep an acknowledged change safe."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
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


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for the record at url; SQLite connections get our pragmas."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        # Files are private to the user: the record holds personal data.
        old_umask = os.umask(0o077)
        try:
            if read_only:
                engine = create_engine(
                    f"sqlite:///file:{path}?mode=ro&uri=true",
                    connect_args={"check_same_thread": False},
                )
            else:
                engine = create_engine(url, connect_args={"check_same_thread": False})
        finally:
            os.umask(old_umask)
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    if not read_only:
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        event.listen(engine, "connect", _read_only_pragmas)
    # Connections are opened under a private umask so WAL and SHM files are private too.
    event.listen(engine, "do_connect", _private_umask_connect)
    return engine


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()


def _private_umask_connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    old_umask = os.umask(0o077)
    try:
        return dialect.connect(*cargs, **cparams)
    finally:
        os.umask(old_umask)
