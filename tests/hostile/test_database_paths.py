"""A database argument is a URL only with a scheme; anything else is a path, with any characters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.hostile.conftest import Run, record_state

NAMES = [
    "base.sqlite3",
    "what?.sqlite3",
    "100%.sqlite3",
    "a%20b.sqlite3",
    "#1.sqlite3",
    "x?mode=memory.sqlite3",
    "spaces and ŵ.sqlite3",
    "colon:name.sqlite3",
    "file:record.sqlite3",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_relative_path_with_any_characters_is_that_file(
    name: str, record: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copyfile(record, folder / name)
    monkeypatch.chdir(folder)
    before = record_state(folder / name)
    result = run("--database", name, "list")
    assert result.code == 0, result.err
    assert "Home care in Riverside" in result.out
    # The very file named, read and left as it was, and no other file made beside it.
    assert record_state(folder / name) == before
    assert sorted(p.name for p in folder.iterdir()) == [name]


@pytest.mark.parametrize("name", NAMES)
def test_a_new_database_is_created_under_exactly_its_name(
    name: str, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("--database", name, "list")
    assert result.code == 0, result.err
    names = sorted(p.name for p in tmp_path.iterdir() if p.name != "settings")
    assert names == [name]
    assert (tmp_path / name).read_bytes().startswith(b"SQLite format 3")


def test_the_environment_variable_takes_a_relative_path_too(
    record: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(record.parent)
    monkeypatch.setenv("WORKSHOP_DATABASE", record.name)
    result = run("list")
    assert result.code == 0, result.err
    assert "Home care in Riverside" in result.out


def test_a_sqlite_url_is_still_a_url(record: Path, run: Run) -> None:
    result = run("--database", f"sqlite:///{record}", "list")
    assert result.code == 0, result.err
    assert "Home care in Riverside" in result.out
