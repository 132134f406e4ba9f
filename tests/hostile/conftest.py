"""A real demo record, the real command line run in-process, and proof the record is untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.db import sqlite_file_uri
from workshop.cli import main
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@dataclass(frozen=True)
class RecordState:
    """The record's bytes, its row counts and the files beside it."""

    digest: str
    rows: dict[str, int]
    beside: tuple[str, ...]


def record_state(path: Path) -> RecordState:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    # Immutable, so reading it for the test creates nothing beside it either.
    connection = sqlite3.connect(sqlite_file_uri(path, immutable=True), uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()
    beside = tuple(sorted(p.name for p in path.parent.iterdir()))
    return RecordState(digest, rows, beside)


def assert_one_sentence(message: str) -> None:
    """A refusal a person can read: one line, one sentence, no traceback."""
    text = message.strip()
    assert text, "no message"
    assert "\n" not in text, text
    assert "Traceback" not in text, text
    assert text.startswith("workshop: "), text
    assert text.endswith("."), text
    assert len(text) < 300, text


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile-demo") / "record.sqlite3"
    database = open_database(path)
    create_demo(Services(database))
    database.dispose()
    return path


@pytest.fixture
def record(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo record, alone in its folder (with an empty backups folder)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "record.sqlite3"
    shutil.copyfile(demo_master, path)
    path.chmod(0o600)
    (folder / "backups").mkdir(mode=0o700)
    return path


Run = Callable[..., Outcome]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `workshop ARGS` in this process (the real parser, handlers and exit codes)."""

    def run_cli(*args: str) -> Outcome:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run_cli
