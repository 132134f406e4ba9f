"""Where the record lives by default, and the environment variable that overrides it."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "codesign-workshop"
DATABASE_ENV = "WORKSHOP_DATABASE"


def data_dir() -> Path:
    """The user's private data folder for the app (created readable by the user only)."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A folder made by an older version or by hand may be open to others: close it.
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def default_database() -> str:
    """The database named by WORKSHOP_DATABASE, else workshops.sqlite3 in the data folder."""
    return os.environ.get(DATABASE_ENV) or str(data_dir() / "workshops.sqlite3")
