"""Runs the real `workshop` command in a subprocess against a database in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path) -> Runner:
    database = tmp_path / "cli.sqlite3"

    def run(
        *args: str, database_arg: bool = True, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
        env.pop("WORKSHOP_DATABASE", None)
        command = [sys.executable, "-m", "workshop", *args]
        if database_arg:
            command += ["--database", str(database)]
        return subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout
        )

    run.database = database  # type: ignore[attr-defined]
    return run
