"""Helpers for durability tests: real subprocesses of the app, file hashes, real faults."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database

ROOT = Path(__file__).resolve().parents[2]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in a folder with its hash: proof that nothing was created or changed."""
    return {p.name: file_hash(p) for p in sorted(folder.iterdir()) if p.is_file()}


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("WORKSHOP_DATABASE", None)
    env.update(extra)
    return env


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m workshop ARGS` as a real child process."""
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        cwd=ROOT,
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_one_sentence(message: str) -> None:
    """A refusal a person can read: one line, one sentence, no traceback."""
    text = message.strip()
    assert text, "no message"
    assert "\n" not in text, text
    assert "Traceback" not in text
    assert text.endswith("."), text
    body = text.removeprefix("workshop: ")
    assert ". " not in body.rstrip("."), text
    assert len(body) < 240, text


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    create_demo(Services(database))
    database.dispose()
    return path


@pytest.fixture
def demo_file(_demo_master: Path, tmp_path: Path) -> Path:
    """A closed workshop database with the demo workshop in it (no -wal beside it); a fresh copy."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_master, path)
    path.chmod(0o600)
    return path
