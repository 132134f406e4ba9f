"""Copies of SQLite records for tests: made through SQLite's backup, so they are consistent."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_record(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite record through SQLite's backup, private like a new one."""
    reading, writing = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        writing.close()
        reading.close()
    target.chmod(0o600)
    return target
